"""What a statement naming part of an occasion keeps of its speaker's occasion in force (``partly_stated``)."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.carrying import partly_stated

from ..conftest import ArticleMaker
from .test_occasions import _resolved

pytestmark = pytest.mark.slow

_RELEASE = (
    "Manitoba RCMP said in a news release on Friday that the mayor had been charged with fraud.\n\n"
    "“The investigation is ongoing and further charges have not been ruled out,” the release said.",
    ("that the mayor had been charged with fraud", "said", "Manitoba RCMP"),
    ("The investigation is ongoing and further charges have not been ruled out", "said", "the release", "fraud."),
)
# a person speaking through the video named again: not the video as the subject of its saying
_VIDEO = (
    "Head keeper Nadia Okonjo said in a video posted on the zoo's page that the panda was unhurt.\n\n"
    "“Red pandas are good climbers,” she said in the video.",
    ("that the panda was unhurt", "said", "Head keeper Nadia Okonjo"),
    ("Red pandas are good climbers", "said", "she", "unhurt."),
)


@pytest.mark.parametrize(
    ("case", "on", "channel"),
    [
        (_RELEASE, True, "a news release"),
        (_RELEASE, False, "the release"),
        (_VIDEO, True, "the video"),
    ],
)
def test_a_document_named_again_as_its_saying_s_subject_is_the_one_first_told(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    case: tuple[str, tuple[str, ...], tuple[str, ...]],
    on: bool,
    channel: str,
) -> None:
    """ "Manitoba RCMP said in a news release on Friday ...", then "'...,' the release said": the release as first
    told (``DOCUMENTS_NAMED_AGAIN``); "she said in the video" keeps its own phrase."""
    monkeypatch.setattr(partly_stated, "DOCUMENTS_NAMED_AGAIN", on)
    text, *specs = case
    found = _resolved(article, text, *specs)[-1]
    assert found.channel is not None and found.channel.text == channel

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


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a question told for itself, its asker the subject of the clause: a moment within the interview
        ("Health Secretary Mara Lind said in an interview on Morning Call on Sunday that the clinics would stay "
         "open.\n\nWhen the presenter asked who would staff them, Lind said that retired nurses would be asked back.",
         ("that the clinics would stay open", "said", "Health Secretary Mara Lind"),
         ("that retired nurses would be asked back", "said", "Lind", "open.")),
        # a clause of what the speaker was doing: a moment within the meeting
        ("Councillor Joe Baird said at a meeting in Paisley on Monday that the library would stay open.\n\nHe also "
         "promised longer hours, as he toured the building with parents.",
         ("that the library would stay open", "said", "Councillor Joe Baird"),
         ("longer hours", "promised", "He", "open.")),
    ],
)  # fmt: skip
def test_a_paraphrase_dated_only_by_a_clause_keeps_its_speaker_s_channel(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    text: str,
    first: tuple[str, ...],
    second: tuple[str, ...],
) -> None:
    """A paraphrase whose only new field is a clause of time ("When the presenter asked ...", "as he toured ...") is a
    moment within the occasion in force and keeps its speaker's channel (``PARAPHRASED_CLAUSE_KEEPS``); off, the clause
    is a new occasion with no channel. The time is the clause either way."""
    monkeypatch.setattr(partly_stated, "PARAPHRASED_CLAUSE_KEEPS", on)
    told, again = _resolved(article, text, first, second)
    assert told.channel is not None
    kept = told.channel.text if on else None
    assert (None if again.channel is None else again.channel.text) == kept
    assert again.time is not None and again.time.text.split(" ")[0] in ("When", "as")

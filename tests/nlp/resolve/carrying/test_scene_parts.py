"""Who a scene is set for (``resolve.carrying.scene_parts``): the subjects of its verb."""

from __future__ import annotations

import pytest

from ..conftest import ArticleMaker
from .test_scenes import DAY, _texts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("flag", [True, False])
def test_a_scene_a_coordinated_subject_was_at_is_set_for_each_of_them(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "Reyes and Tran clashed ... at a town hall meeting": the meeting is carried to the second of the two as to the
    first (with ``COORDINATED_SUBJECTS`` off, only the parser's head, Reyes, was there)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_parts.COORDINATED_SUBJECTS", flag)
    text = (
        "Mayor Ann Reyes and Councilman Bo Tran clashed over the budget at a town hall meeting on Tuesday.\n\n"
        "“We cannot afford another tax increase,” Tran said."
    )
    art = article(text, published=DAY)
    found = art.one("We cannot afford another tax increase,", "said", "Tran", kind="direct")
    assert _texts(found)[0] == ("a town hall meeting" if flag else None)

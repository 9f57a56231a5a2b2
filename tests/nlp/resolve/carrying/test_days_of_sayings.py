"""A day that dates another act than a saying is not kept for the speaker (``partly_stated.KEPT_DAYS_OF_SAYINGS``,
reading ``stated.time_verbs.dates_another_act``)."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.carrying import partly_stated

from ..conftest import ArticleMaker
from .test_occasions import _resolved, _texts

pytestmark = pytest.mark.slow

# a television interview told after the day of a speech at a convention, told in a relative clause on the speaker
_KHAN = (
    "Khan, who had addressed the Democratic convention on Thursday, said on NBC that the nominee was unfit.\n\n"
    '"He has sacrificed nothing," Khan said.\n\nKhan told reporters that he would vote.'
)
_KHAN_SPECS = (
    ("that the nominee was unfit", "said", "Khan"),
    ("He has sacrificed nothing,", "said", "Khan", "unfit.", "direct"),
    ("that he would vote", "told", "Khan", "nothing,"),
)


@pytest.mark.parametrize("kept", [True, False])
def test_the_day_of_a_relative_clause_s_act_is_not_kept_for_the_speaker(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, kept: bool
) -> None:
    """The speech's day, told in a relative clause on the speaker, dates none of the interview's statements, which
    each state part of an occasion (NBC, then reporters); with ``KEPT_DAYS_OF_SAYINGS`` off, each kept "on
    Thursday"."""
    monkeypatch.setattr(partly_stated, "KEPT_DAYS_OF_SAYINGS", kept)
    found = [_texts(a) for a in _resolved(article, _KHAN, *_KHAN_SPECS)]
    day = None if kept else "on Thursday"
    assert found == [("NBC", None, day), ("NBC", None, day), ("NBC", "reporters", day)]

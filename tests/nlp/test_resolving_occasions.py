"""Each statement's occasion: a time apart from the statement's own cue (``TIMES_APART_FROM_CUES``)."""

from __future__ import annotations

import pytest

from quotegraph.nlp import resolving_occasions

from .conftest import ArticleMaker

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("on", [True, False])
def test_a_statement_s_time_is_no_phrase_holding_its_own_gerund_cue(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """TIMES_APART_FROM_CUES: "Kasich cautioned ..., before optimistically predicting that ...": the "before" clause is
    the prediction, not when it was made; the caution keeps it."""
    monkeypatch.setattr(resolving_occasions, "TIMES_APART_FROM_CUES", on)
    text = (
        "Kasich cautioned “let’s not get ahead of ourselves,” before optimistically predicting that a contested "
        "convention could actually have a healing effect on the party."
    )
    art = article(text)
    predicted = "that a contested convention could actually have a healing effect on the party"
    candidates = [
        art.candidate("let’s not get ahead of ourselves,", "cautioned", "Kasich", kind="direct"),
        art.candidate(predicted, "optimistically predicting", "Kasich"),
    ]
    _, (cautioned, predicting) = art.resolve(candidates)
    clause = text[text.index("before") : -1]
    assert cautioned.time is not None and cautioned.time.text == clause
    assert (predicting.time is None) == on

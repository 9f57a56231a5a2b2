"""The quotes an update places, read from the store's rows: each attribution's own, however often
its words recur (``quotes_of`` works a recurring wording out once)."""

from __future__ import annotations

from quotegraph.graph.quotes import Quote, normalized_words
from quotegraph.graph.statements import quotes_of
from quotegraph.store.statements import QuoteSource

WALL = "We are going to build a wall, believe me."
NO_SPANS: dict[str, str | None] = {"channel": None, "addressee": None, "source": None}


def source(
    article_key: int, content: str, speaker: str | None, *, kind: str = "direct", addressee: str | None = None
) -> QuoteSource:
    spans = {**NO_SPANS, "addressee": addressee}
    return QuoteSource(article_key, 0, kind, content, f"2016-01-{article_key:02d}", spans, "PERSON", speaker)


def test_a_recurring_wording_gives_each_occurrence_its_own_speaker_and_outlet() -> None:
    sources = [
        source(1, WALL, "Donald Trump", addressee="[[50, 58]]"),
        source(2, WALL, "Donald Trump"),
        source(3, WALL, "Mike Pence", addressee="[[50, 58]]"),
        source(4, f"He said “{WALL}”", "Donald Trump", kind="mixed"),
    ]
    deadline = ("Deadline", '[{"span": [50, 58], "text": "Deadline"}]')
    quotes = quotes_of(sources, [(1, *deadline), (2, *deadline)])
    assert [(q.article_key, q.day, q.speaker, q.cited_outlet) for q in quotes] == [
        (1, "2016-01-01", "donald trump", "Deadline"),
        (2, "2016-01-02", "donald trump", None),  # the outlet is mentioned, but not as the addressee
        (3, "2016-01-03", "mike pence", None),  # addressed to where the article mentions no outlet
        (4, "2016-01-04", "donald trump", None),
    ]
    assert {q.text for q in quotes} == {WALL}
    assert quotes[0].digest == quotes[1].digest == quotes[3].digest != quotes[2].digest
    for quote in quotes:  # as a quote worked out on its own would be
        alone = Quote(quote.article_key, 0, WALL, normalized_words(WALL), quote.day, quote.cited_outlet, quote.speaker)
        assert quote == alone


def test_a_wording_too_short_to_match_is_left_out_each_time() -> None:
    sources = [source(1, "Believe me.", "Donald Trump"), source(2, "Believe me.", "Donald Trump")]
    assert quotes_of([*sources, source(3, WALL, None)], []) == [
        Quote(3, 0, WALL, normalized_words(WALL), "2016-01-03", None, None)
    ]

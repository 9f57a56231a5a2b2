"""The speaker's own "I", "me", "my", "myself" in quoted words are mentions of the speaker."""

from __future__ import annotations

import pytest

from quotegraph.model import Entity

from ..conftest import ArticleMaker, entity_named

pytestmark = pytest.mark.slow


def _first_person(entities: list[Entity], name: str) -> list[str]:
    return [m.text for m in entity_named(entities, name).mentions if m.text in ("I", "me", "my", "myself")]


def test_first_person_in_a_direct_quote_is_the_speaker(article: ArticleMaker) -> None:
    art = article("“I will not resign, and my party knows it,” Rosa Ortiz said.")
    quote = "“I will not resign, and my party knows it,”"
    entities, (attribution,) = art.resolve([art.candidate(quote, "said", "Rosa Ortiz", kind="direct")])
    assert _first_person(entities, "Rosa Ortiz") == ["I", "my"]
    assert attribution.speaker is not None and attribution.speaker.name == "Rosa Ortiz"


def test_a_quote_within_the_quote_is_somebody_elses(article: ArticleMaker) -> None:
    art = article("“He told me, ‘I am leaving,’ and then he left,” Rosa Ortiz said.")
    quote = "“He told me, ‘I am leaving,’ and then he left,”"
    entities, _ = art.resolve([art.candidate(quote, "said", "Rosa Ortiz", kind="direct")])
    assert _first_person(entities, "Rosa Ortiz") == ["me"]


def test_only_the_quoted_part_of_a_mixed_quote_counts(article: ArticleMaker) -> None:
    art = article("Rosa Ortiz wrote that my reporting “hurt my family.”")
    content = "that my reporting “hurt my family.”"
    entities, _ = art.resolve([art.candidate(content, "wrote", "Rosa Ortiz", kind="mixed")])
    mentions = next(e for e in entities if e.name == "Rosa Ortiz").mentions
    assert [(m.text, m.span.start) for m in mentions if m.text == "my"] == [("my", art.text.index("my family"))]


def test_a_quote_reported_inside_another_gives_its_first_person_to_its_own_speaker(
    article: ArticleMaker,
) -> None:
    art = article("Rosa Ortiz said that Omar Haddad had told the board, “I am done.”")
    entities, _ = art.resolve(
        [
            art.candidate("that Omar Haddad had told the board, “I am done.”", "said", "Rosa Ortiz", kind="mixed"),
            art.candidate("“I am done.”", "told", "Omar Haddad", kind="direct"),
        ]
    )
    assert _first_person(entities, "Omar Haddad") == ["I"]
    assert _first_person(entities, "Rosa Ortiz") == []


def test_no_speaker_no_first_person_mention(article: ArticleMaker) -> None:
    art = article("“I will not resign,” read the sign held by Rosa Ortiz.")
    entities, (attribution,) = art.resolve([art.candidate("“I will not resign,”", kind="direct")])
    assert attribution.speaker is None
    assert not any(m.text == "I" for e in entities for m in e.mentions)

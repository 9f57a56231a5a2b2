"""The bundled sample article, with candidates built by hand from its text (the finder is tested elsewhere)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quotegraph.model import Attribution, Entity

from .conftest import Article, entity_named

pytestmark = pytest.mark.slow

SAMPLE = Path(__file__).resolve().parents[3] / "examples" / "seed-article.txt"
Resolved = tuple[list[Entity], list[Attribution]]


@pytest.fixture(scope="module")
def resolved(article: Callable[..., Article]) -> Resolved:
    art = article(SAMPLE.read_text(encoding="utf-8"), published="2025-02-01")
    long_quote = art.text[art.text.index("“Following") : art.text.index("difference,”") + len("difference,”")]
    candidates = [
        art.candidate(long_quote, "wrote", "Gascón", after="Gascón wrote", kind="direct"),
        art.candidate("“I sincerely apologize to everyone hurt along the way.”", kind="direct", continues=0),
        art.candidate("that he had broken up his relationship with Gascón", "stated", "who"),
        art.candidate("that he hasn’t “spoken to her, and I don’t want to.”", "told", "Audiard", kind="mixed"),
        art.candidate("“She is in a self-destructive approach", "added", "He", after="He added", kind="direct"),
        art.candidate("her apology", "reiterated", "she", after="she reiterated"),
        art.candidate("the actress has been kicked out", "according to", "a recent story by The Hollywood Reporter"),
        art.candidate("Netflix", "reportedly", after="Netflix,"),
    ]
    return art.resolve(candidates)


def test_gascon_is_one_entity_with_her_pronouns_and_descriptions(resolved: Resolved) -> None:
    gascon = entity_named(resolved[0], "Karla Sofía Gascón")
    texts = {m.text for m in gascon.mentions}
    assert gascon.type == "PERSON"
    assert {"Gascón", "she", "her", "the actress", "The troubled Oscar nominee for best actress"} <= texts
    assert "The first openly transgender artist" in texts  # copula: "The first ... artist ... is Gascón"


def test_each_seed_statement_has_its_speaker_in_order(resolved: Resolved) -> None:
    speakers = [a.speaker.name if a.speaker else None for a in resolved[1]]
    assert speakers == [
        "Karla Sofía Gascón",
        "Jacques Audiard",
        "Jacques Audiard",
        "Jacques Audiard",
        "Karla Sofía Gascón",
        "The Hollywood Reporter",
        None,
    ]


def test_the_cue_less_paragraph_is_part_of_her_written_statement(resolved: Resolved) -> None:
    wrote = resolved[1][0]
    assert wrote.content is not None and len(wrote.content.spans) == 2
    assert wrote.content.text.endswith("“I sincerely apologize to everyone hurt along the way.”")


def test_outlets_are_typed(resolved: Resolved) -> None:
    for name in ("The Hollywood Reporter", "Deadline Hollywood", "CNN en Español"):
        assert entity_named(resolved[0], name).type == "OUTLET"
    assert resolved[1][5].speaker is not None and resolved[1][5].speaker.type == "OUTLET"


def test_channels_addressee_and_time(resolved: Resolved) -> None:
    wrote, stated, told, _, reiterated, reporter, _ = resolved[1]
    # set by the sentence before ("took to Instagram on Friday"): carried
    assert wrote.channel is not None and (wrote.channel.text, wrote.channel.carried) == ("Instagram", True)
    assert wrote.time is not None and (wrote.time.text, wrote.time.date) == ("on Friday", "2025-01-31")
    assert wrote.time.carried
    assert stated.channel is not None and stated.channel.text == "an interview"
    assert told.addressee is not None and told.addressee.text == "Deadline Hollywood"
    assert told.time is not None and (told.time.text, told.time.date) == ("earlier this week", "2025-01-27/2025-02-01")
    assert reiterated.channel is not None and reiterated.channel.text == "an hour-long interview with CNN en Español"
    assert reiterated.time is not None and reiterated.time.text == "over the weekend"
    assert reporter.channel is not None and reporter.channel.text == "a recent story by The Hollywood Reporter"
    assert not (told.addressee.carried or told.time.carried or reiterated.channel.carried)


def test_he_added_carries_the_occasion_of_the_statement_it_continues(resolved: Resolved) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    told, added = resolved[1][2], resolved[1][3]
    assert added.addressee is not None and added.time is not None
    assert (added.addressee.text, added.addressee.carried) == ("Deadline Hollywood", True)
    assert (added.time.text, added.time.date, added.time.carried) == (
        "earlier this week",
        "2025-01-27/2025-02-01",
        True,
    )
    # a carried field keeps the spans of the phrase where the occasion was set
    assert told.addressee is not None and added.addressee.spans == told.addressee.spans
    assert text[added.time.spans[0].start : added.time.spans[0].end] == "earlier this week"


def test_the_actress_in_reported_content_is_gascon(resolved: Resolved) -> None:
    gascon = entity_named(resolved[0], "Karla Sofía Gascón")
    content = resolved[1][5].content
    assert content is not None
    assert any(m.text == "the actress" and content.start <= m.span.start < content.end for m in gascon.mentions)


def test_spans_point_into_the_text(resolved: Resolved) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for entity in resolved[0]:
        for mention in entity.mentions:
            assert text[mention.span.start : mention.span.end] == mention.text
    ids = {e.id for e in resolved[0]}
    assert all(a.speaker is None or a.speaker.entity in ids for a in resolved[1])
    assert all(0.0 <= a.confidence <= 1.0 for a in resolved[1])


def test_the_film_named_like_a_person_is_no_person(resolved: Resolved) -> None:
    film = entity_named(
        resolved[0], "Emilia Pérez"
    )  # "the director of Emilia Pérez", "Emilia Pérez's distribution rights"
    assert film.type == "OTHER"
    assert all(m.text == "Emilia Pérez" for m in film.mentions)


def test_first_person_in_each_quote_is_its_speaker(resolved: Resolved) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for name, quote in (("Karla Sofía Gascón", "I sincerely apologize"), ("Jacques Audiard", "I don’t want to")):
        start = text.index(quote)
        assert any(m.text == "I" and m.span.start == start for m in entity_named(resolved[0], name).mentions)

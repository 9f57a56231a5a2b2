"""A participle of saying set off after another cue of its sentence shares that cue's source."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.speakers.participle_hosts import host_of, with_host_sources

from ..conftest import ArticleMaker

pytestmark = pytest.mark.slow


def test_a_participle_after_said_takes_the_speakers_source(article: ArticleMaker) -> None:
    art = article('"We will break them down," he said, adding that the state would send a strong message.')
    said = art.candidate("We will break them down,", "said", "he")
    adding = art.candidate("that the state would send a strong message", "adding", "the state")
    assert host_of(art.doc, [said, adding], 1) == 0
    [_, shared] = with_host_sources(art.doc, [said, adding])
    assert shared.source == said.source and shared.content == adding.content


def test_a_participle_with_no_source_takes_the_hosts(article: ArticleMaker) -> None:
    art = article("Mrs. Clinton echoed the criticism, saying Mr. Trump was not in it for the American people.")
    echoed = art.candidate("the criticism", "echoed", "Mrs. Clinton")
    saying = art.candidate("Mr. Trump was not in it for the American people", "saying")
    [_, shared] = with_host_sources(art.doc, [echoed, saying])
    assert shared.source == echoed.source


def test_the_participles_own_adverbs_may_stand_after_the_comma(article: ArticleMaker) -> None:
    art = article('"There will be other voices," he said, not even suggesting Mr. Trump could have the loudest voice.')
    said = art.candidate("There will be other voices,", "said", "he")
    suggesting = art.candidate("Mr. Trump could have the loudest voice", "not even suggesting")
    assert host_of(art.doc, [said, suggesting], 1) == 0


def test_a_finite_clause_between_keeps_the_participle_off_the_cue(article: ArticleMaker) -> None:
    art = article("He tweeted when Clinton ended a debate last December, remarking that the force was with them.")
    tweeted = art.candidate("when Clinton ended a debate last December", "tweeted", "He")
    remarking = art.candidate("that the force was with them", "remarking")
    assert host_of(art.doc, [tweeted, remarking], 1) is None
    assert with_host_sources(art.doc, [tweeted, remarking]) == [tweeted, remarking]


# (text, host cue's content, cue, source, participle's content, cue, source): forms that lend the participle nothing
_NO_HOST = [
    # "according to" is a preposition whose object is the source, no host
    (
        "The senator resigned, according to two aides, citing his health.",
        ("The senator resigned", "according to", "two aides"),
        ("his health", "citing", "The senator"),
    ),
    # a participle on a noun with no comma is the noun's ("a letter saying")
    (
        "The mayor said he had received a letter saying the plant would close.",
        ("he had received a letter saying the plant would close", "said", "The mayor"),
        ("the plant would close", "saying", "a letter"),
    ),
    # a possessor the tagger took for the host's source is no subject to lend
    (
        "He held his fire on Ben Carson, calling him a nice guy.",
        ("on Ben Carson", "held his fire", "his"),
        ("him a nice guy", "calling", "He"),
    ),
]


@pytest.mark.parametrize(("text", "host", "participle"), _NO_HOST)
def test_forms_with_no_host(
    article: ArticleMaker, text: str, host: tuple[str, str, str], participle: tuple[str, str, str]
) -> None:
    art = article(text)
    candidates = [art.candidate(*host), art.candidate(*participle)]
    assert host_of(art.doc, candidates, 1) is None
    assert with_host_sources(art.doc, candidates) == candidates


def test_the_resolved_participle_has_the_hosts_speaker(article: ArticleMaker) -> None:
    art = article("Francois Hollande said Tuesday in Paris, noting that the nominee made him want to retch.")
    said = art.candidate("Francois Hollande said Tuesday in Paris", "said", "Francois Hollande")
    noting = art.candidate("that the nominee made him want to retch", "noting")
    _, (_, attribution) = art.resolve([said, noting])
    assert attribution.speaker is not None and attribution.speaker.name == "Francois Hollande"

"""An honorific alone is no one's name: a source the tagger cut to its title takes the name after it."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.speakers import titled_sources
from quotegraph.nlp.resolve.speakers.titled_sources import whole_titled_name, with_whole_titled_names

from ..conftest import ArticleMaker

pytestmark = pytest.mark.slow


def test_a_title_alone_takes_the_name_after_it(article: ArticleMaker) -> None:
    art = article('"What do you want from me?" asked Mr. Manafort, referring to the delegates.')
    asked = art.candidate("What do you want from me?", "asked", "Mr.")
    [mended] = with_whole_titled_names(art.doc, [asked])
    assert mended.source == [art.span("Mr. Manafort")] and mended.content == asked.content


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("Asked about it, Dr Jane Hill said no.", "Dr", "Dr Jane Hill"),  # a title with no full stop, two names
        ("Asked about it, said Sen. Ted Cruz.", "Sen.", "Sen. Ted Cruz"),
    ],
)
def test_titles_of_the_lexicon_take_their_names(article: ArticleMaker, text: str, title: str, name: str) -> None:
    art = article(text)
    assert whole_titled_name(art.doc, art.span(title)) == art.span(name)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Mr. Manafort said it was over.", "Mr. Manafort"),  # the name is there already
        ("King said it was over.", "King"),  # a title that is a name of its own, no name after it
        ("The mayor said it was over.", "The mayor"),  # no title
    ],
)
def test_sources_that_are_no_title_alone_stay(article: ArticleMaker, text: str, source: str) -> None:
    art = article(text)
    candidate = art.candidate("it was over", "said", source)
    assert with_whole_titled_names(art.doc, [candidate]) == [candidate]


def test_the_resolved_speaker_is_the_titled_person(article: ArticleMaker, monkeypatch: pytest.MonkeyPatch) -> None:
    art = article('Paul Manafort arrived late. "What do you want from me?" asked Mr. Manafort.')
    asked = art.candidate("What do you want from me?", "asked", "Mr.")
    [attribution] = art.resolve([asked])[1]
    assert attribution.speaker is not None and attribution.speaker.name == "Paul Manafort"
    monkeypatch.setattr(titled_sources, "TITLED_SOURCES_NAMED", False)
    [bare] = art.resolve([asked])[1]
    assert bare.speaker is not None and bare.speaker.name == "Mr."


def test_academic_and_malaysian_titles_are_no_words_of_the_name(article: ArticleMaker) -> None:
    """ "Professor Datin Nurul Hamidah" is Nurul Hamidah, whom "Prof Hamidah" names later: the titles (the honorifics
    lexicon's "Prof", "Professor", "Datin") are neither the name's first words nor a name of their own."""
    art = article(
        "Faculty keeps course\n\nProfessor Datin Nurul Hamidah, the faculty's dean, said the course would go on. "
        '"No student will lose a year," Prof Hamidah said.'
    )
    found = art.said(
        ("the course would go on", "Professor Datin Nurul Hamidah, the faculty's dean,"),
        ("No student will lose a year", "Prof Hamidah"),
    )
    assert found == ["Nurul Hamidah", "Nurul Hamidah"]


@pytest.mark.parametrize(
    ("full", "title", "later"),
    [
        ("Siobhán Mac Giolla Rua", "Cllr", "Mac Giolla Rua"),
        ("Pieter van der Wal", "Supt", "van der Wal"),
        ("Karim al-Haddad", "Insp", "al-Haddad"),
        ("Delphine Okonjo", "Coun", "Okonjo"),
    ],
)
def test_a_council_or_police_rank_shortened_before_a_surname_names_the_person_named_in_full(
    article: ArticleMaker, full: str, title: str, later: str
) -> None:
    """The council and police ranks the honorifics lexicon holds shortened ("Cllr", "Coun", "Supt", "Insp") are no
    words of a name: "Cllr Mac Giolla Rua" later is the one named in full before with that surname and its particles,
    and the rank is never a name by itself."""
    art = article(
        f"Depot to close\n\n{full}, who chairs the transport committee, said the depot would close in June. "
        f'"We have no other choice," {title} {later} said.'
    )
    found = art.said(
        ("the depot would close in June", f"{full}, who chairs the transport committee,"),
        ("We have no other choice", f"{title} {later}"),
    )
    assert found == [full, full]

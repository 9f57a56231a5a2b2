from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.find import relative_sources
from quotegraph.nlp.find.relative_sources import pronoun_antecedent, relative_reporter, source_named_by

from .conftest import subject_words


def _reporter(nlp: Language, text: str, content_from: str, cue: str) -> list[str]:
    doc = nlp(text)
    head = next(t for t in doc if t.text == cue)
    first = next(t.i for t in doc if t.text == content_from)
    found = relative_reporter(doc[:], head, [(first, len(doc) - 1)], [False] * len(doc))
    return [text[s:e] for s, e in found]


def test_a_clause_of_a_relative_clause_verb_is_reported_by_its_antecedent(nlp: Language) -> None:
    text = (
        "The senator went on television on Sunday to answer Mary Smith, the head of the union, "
        "who said in a speech that the deal was dead."
    )
    assert _reporter(nlp, text, "that", "went") == ["Mary Smith", "who"]


def test_a_relative_clause_without_a_clause_of_its_own_gives_no_source(nlp: Language) -> None:
    text = "The senator went on television to answer the union, which the deal was supposed to protect."
    assert _reporter(nlp, text, "deal", "went") == []


def test_a_relative_pronoun_source_comes_with_the_noun_it_stands_for(nlp: Language) -> None:
    text = "The deal was signed by the union, which said that wages would rise."
    assert subject_words(nlp, text, "said") == ["the union", "which"]
    doc = nlp(text)
    which = next(t.i for t in doc if t.text == "which")
    assert [text[s:e] for s, e in pronoun_antecedent(doc[:], [(which, which + 1)])] == ["the union", "which"]
    assert pronoun_antecedent(doc[:], [(which - 2, which)]) == []


def test_a_relative_clause_after_a_by_phrase_is_about_the_doer_not_the_noun_it_hangs_on(nlp: Language) -> None:
    text = "She was interrupted from the back of the hall by Keith Danby, who said the street had been ignored."
    doc = nlp(text)
    assert next(t for t in doc if t.text == "by").head.text == "back"  # the parse: "by" hangs on "the back"
    assert subject_words(nlp, text, "said") == ["Keith Danby", "who"]
    # out of an "of" phrase the clause still climbs to the noun it is about
    director = "She met the director of the film, who said the shoot had been hard."
    assert subject_words(nlp, director, "said") == ["the director", "who"]


def test_a_subject_names_its_phrase_a_relative_pronoun_with_its_noun_and_it_no_one(nlp: Language) -> None:
    def named(text: str, verb: str, subject: str) -> list[str] | None:
        doc = nlp(text)
        said, word = (next(t for t in doc if t.text == w) for w in (verb, subject))
        found = source_named_by(said, word)
        return None if found is None else [text[s:e] for s, e in found]

    assert named("The head of the union said the deal was dead.", "said", "head") == ["The head of the union"]
    assert named("It said the deal was dead.", "said", "It") is None
    text = "The senator met Mary Smith, who said the deal was dead."
    assert named(text, "said", "who") == ["Mary Smith", "who"]


@pytest.mark.parametrize("on", [True, False])
def test_a_who_clause_after_a_name_a_thing_comes_from_is_about_the_name(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """WHO_IS_THE_NAME_A_THING_COMES_FROM: "a question from Wong Kah Seng, who asked", "a letter from the mayor, who
    wrote": the clause is about the one who asked or wrote, not the thing; a place after "from" and a person's noun
    before it keep the climb."""
    monkeypatch.setattr(relative_sources, "WHO_IS_THE_NAME_A_THING_COMES_FROM", on)
    response = "The move drew a sharp response from Dana Ruiz, who said the plan was dead."
    assert subject_words(nlp, response, "said") == (["Dana Ruiz", "who"] if on else ["a sharp response", "who"])
    letter = "She got a letter from the mayor, who wrote that the road would close."
    assert subject_words(nlp, letter, "wrote") == (["the mayor", "who"] if on else ["a letter", "who"])
    place = "She quoted a gynecologist from Englewood, New Jersey, who said the clinic had closed."
    assert subject_words(nlp, place, "said") == ["a gynecologist", "who"]
    spokesman = "She called a spokesman from Oxfam, who said the aid had arrived."
    assert subject_words(nlp, spokesman, "said") == ["a spokesman", "who"]

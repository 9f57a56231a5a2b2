from __future__ import annotations

from spacy.language import Language

from quotegraph.nlp.find.roles import _relative_reporter


def _reporter(nlp: Language, text: str, content_from: str, cue: str) -> list[str]:
    doc = nlp(text)
    head = next(t for t in doc if t.text == cue)
    first = next(t.i for t in doc if t.text == content_from)
    found = _relative_reporter(doc[:], head, [(first, len(doc) - 1)], [False] * len(doc))
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

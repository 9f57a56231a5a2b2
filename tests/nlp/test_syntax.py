"""The shared reading of a parse: a verb's noun-phrase subjects, active or passive, and nothing else."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotegraph.nlp.syntax import (
    agents_of,
    entity_end,
    nominal_subjects,
    predicate_noun_before,
    principal_of,
    subtree_span,
)


def _parsed(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_an_active_and_a_passive_subject_are_both_nominal_subjects_in_text_order() -> None:
    # "Smith and aides were told": a coordinated subject hangs from the first; here two subjects of one verb
    doc = _parsed(
        ["Smith", ",", "aides", "were", "told"], [4, 4, 4, 4, 4], ["nsubj", "punct", "nsubjpass", "auxpass", "ROOT"]
    )
    assert [t.text for t in nominal_subjects(doc[4])] == ["Smith", "aides"]


def test_the_nouns_of_a_passive_s_by_phrase_are_its_agents() -> None:
    # "Asked by reporters whether": the "by" phrase is an agent; another phrase ("about it") is not
    doc = _parsed(
        ["Asked", "by", "reporters", "about", "it"], [0, 0, 1, 0, 3], ["ROOT", "agent", "pobj", "prep", "pobj"]
    )
    assert [t.text for t in agents_of(doc[0])] == ["reporters"]
    assert agents_of(doc[3]) == []


def test_the_one_an_on_behalf_of_phrase_names_is_the_principal() -> None:
    # "read a statement on behalf of the family" and "on the family's behalf"; "on the steps" names nobody
    doc = _parsed(
        ["read", "it", "on", "behalf", "of", "family", "on", "steps"],
        [0, 0, 0, 2, 3, 4, 0, 6],
        ["ROOT", "dobj", "prep", "pobj", "prep", "pobj", "prep", "pobj"],
    )
    assert [principal_of(doc[0])] == [doc[5]]
    owned = _parsed(
        ["read", "it", "on", "family", "'s", "behalf"],
        [0, 0, 0, 5, 3, 2],
        ["ROOT", "dobj", "prep", "poss", "case", "pobj"],
    )
    assert [principal_of(owned[0])] == [owned[3]]
    steps = _parsed(["read", "it", "on", "steps"], [0, 0, 0, 2], ["ROOT", "dobj", "prep", "pobj"])
    assert principal_of(steps[0]) is None


def test_clausal_subjects_expletives_and_objects_are_not_nominal_subjects() -> None:
    doc = _parsed(
        ["There", "told", "him", "what", "said"],
        [1, 1, 1, 4, 1],
        ["expl", "ROOT", "dobj", "nsubj", "csubj"],
    )
    assert nominal_subjects(doc[1]) == []
    assert [t.text for t in nominal_subjects(doc[4])] == ["what"]


def test_a_subtree_span_runs_from_the_first_to_the_last_word_a_token_heads() -> None:
    # "The Ledger 's farm desk said": the subject's words hang from "desk", the verb's from "said"
    doc = _parsed(
        ["The", "Ledger", "'s", "farm", "desk", "said"],
        [1, 4, 1, 4, 5, 5],
        ["det", "poss", "case", "compound", "nsubj", "ROOT"],
    )
    assert subtree_span(doc[4]).text == "The Ledger 's farm desk"
    assert subtree_span(doc[3]).text == "farm"
    assert subtree_span(doc[5]).text == "The Ledger 's farm desk said"


def _steward(verb: str, *, comma: bool = True) -> Doc:
    """ "One {verb} a steward, who told us", the relative clause hung on the subject, as the parser hangs it."""
    words = ["One", "was" if verb == "be" else "seemed", "a", "steward", ",", "who", "told", "us"]
    heads = [1, 1, 3, 1, 1, 6, 0, 6]
    deps = ["nsubj", "ROOT", "det", "attr", "punct", "nsubj", "relcl", "dobj"]
    pos = ["NUM", "AUX" if verb == "be" else "VERB", "DET", "NOUN", "PUNCT", "PRON", "VERB", "PRON"]
    lemmas = ["one", verb, "a", "steward", ",", "who", "tell", "we"]
    if not comma:
        words, deps, pos, lemmas = (v[:4] + v[5:] for v in (words, deps, pos, lemmas))
        heads = [1, 1, 3, 1, 5, 0, 5]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_relative_set_off_after_a_copula_s_predicate_noun_is_about_that_noun() -> None:
    """predicate_noun_before: "One was a steward, who told": the relative clause the parser hung on the subject
    ("One") is about the predicate noun before its comma; not without the comma, nor after a verb other than "be"."""
    doc = _steward("be")
    found = predicate_noun_before(doc[0], doc[5])
    assert found is not None and found.text == "steward"
    doc = _steward("be", comma=False)
    assert predicate_noun_before(doc[0], doc[4]) is None
    doc = _steward("seem")
    assert predicate_noun_before(doc[0], doc[5]) is None


def test_an_entity_s_end_is_past_its_last_word_and_no_further() -> None:
    # "a spokeswoman for the Ministry of Agriculture and Rural Development said": the tagged name runs on past "and"
    words = ["for", "the", "Ministry", "of", "Agriculture", "and", "Rural", "Development", "said", "Oslo", "Port"]
    ents = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "B-GPE"]
    doc = Doc(Vocab(), words=words, ents=ents)
    assert entity_end(doc, 5) == 8  # from inside the name: to its end
    assert entity_end(doc, 8) == 8  # at a word outside any name: where it was
    assert entity_end(doc, 10) == 10  # a name that begins there is another's, not a continuation
    assert entity_end(doc, 11) == 11  # the text's end

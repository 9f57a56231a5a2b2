from __future__ import annotations

from spacy.language import Language

from quotegraph.nlp.find.assemble import find_candidates
from quotegraph.nlp.find.inverted_cues import inverted_cue
from quotegraph.nlp.find.parse import ParseIndex


def _inverted(nlp: Language, text: str, quoted: str = "") -> tuple[str, str] | None:
    doc = nlp(text)
    head = next(t for t in doc if t.text == "said")
    found = inverted_cue(ParseIndex(doc), doc[:], head, [t.text in quoted.split() for t in doc])
    if found is None:
        return None
    [(a, b)], [(c, d)] = found
    return doc[a:b].text, doc[c:d].text


def test_a_verb_of_saying_ending_its_sentence_after_a_noun_phrase_is_an_inverted_cue(nlp: Language) -> None:
    text = (
        "A faulty signal is the first thing investigators are examining after Sunday's derailment at Marlow "
        "Junction, the National Transport Safety Board said on Wednesday."
    )
    doc = nlp(text)
    assert next(t for t in doc if t.text == "Board").dep_ == "appos"  # the parse this rule exists for
    assert _inverted(nlp, text) == (
        "A faulty signal is the first thing investigators are examining after Sunday's derailment at Marlow Junction",
        "the National Transport Safety Board",
    )
    # a clause after the verb, a quoted clause, or a clause with no verb: no inverted cue
    assert _inverted(nlp, "The bridge is closed, the mayor said we should wait.") is None
    assert _inverted(nlp, "The bridge is closed for good, the mayor said.", quoted="bridge is closed for good") is None
    assert _inverted(nlp, "Not now and not ever, the mayor said.") is None


def test_a_source_set_off_as_a_title_and_a_name_before_an_inverted_cue_is_its_source(nlp: Language) -> None:
    text = (
        "Turnout was 38 percent, the highest for a mayoral race since 2009, the county's registrar of voters, "
        "Lionel Park, said in a statement on Wednesday morning."
    )
    assert _inverted(nlp, text) == (
        "Turnout was 38 percent, the highest for a mayoral race since 2009",
        "the county's registrar of voters, Lionel Park",
    )
    text = "The bridge will stay closed until spring, Lionel Park, the county's chief engineer, said on Monday."
    assert _inverted(nlp, text) == (
        "The bridge will stay closed until spring",
        "Lionel Park, the county's chief engineer",
    )
    # a list of things set off by commas names no one
    assert _inverted(nlp, "Prices rose in every district, the county's roads, its old bridges, said on Monday.") is None


def test_a_document_s_verb_of_showing_inside_a_sentence_shows_the_sentence_around_it(nlp: Language) -> None:
    text = "During the same stretch, F.A.A. records show, the Cessna has flown roughly 216 hours."
    found = {text[c.cue[0][0] : c.cue[-1][1]]: c for c in find_candidates(nlp(text))}
    assert [text[a:b] for a, b in found["show"].content] == [
        "During the same stretch",
        "the Cessna has flown roughly 216 hours",
    ]
    assert [text[a:b] for a, b in found["show"].source] == ["F.A.A. records"]
    # a conjunction after it opens a clause of its own: what is shown ends before the document
    text = "The aircraft was insured at a value of $35 million in 2011, records show, and experts say it is worth less."
    found = {text[c.cue[0][0] : c.cue[-1][1]]: c for c in find_candidates(nlp(text))}
    assert [text[a:b] for a, b in found["show"].content] == [
        "The aircraft was insured at a value of $35 million in 2011"
    ]

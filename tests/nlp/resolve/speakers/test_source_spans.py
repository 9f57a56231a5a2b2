"""The words a source is read from: the name set off beside its noun, the noun a lone relative pronoun stands for."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.resolve.speakers import noun_classes, source_spans
from quotegraph.nlp.resolve.speakers.source_spans import with_name_before_relative

from ..conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow


def test_a_lone_relative_source_is_the_phrase_its_clause_hangs_on(article: ArticleMaker) -> None:
    art = article("Voters were split. Those who said the economy mattered most backed Smith.")
    assert art.said(("the economy mattered most", "who")) == ["Those"]


def test_a_name_set_off_before_a_relative_pronoun_is_who_the_source_noun_is(nlp: Language) -> None:
    doc = nlp(
        "The court heard evidence from the county's finds liaison officer, Tom Ashby, who said the coins had spread."
    )
    [officer] = [t for t in doc if t.text == "officer"]
    assert with_name_before_relative(doc[officer.i - 1 : officer.i + 1]).text == "liaison officer, Tom Ashby"
    # no relative clause after the name: the source stays as the finder gave it
    doc = nlp("The officer, Tom Ashby, said the coins had spread.")
    assert with_name_before_relative(doc[0:2]).text == "The officer"


_WARREN = (
    "The event was the culmination of an unlikely political alliance between Mrs. Clinton, who is often associated "
    "with her husband's centrist economic agenda, and Ms. Warren, who has assailed policies of the Bill Clinton era "
    "by tying the deregulation of Wall Street to the 2008 financial crisis."
)


@pytest.mark.parametrize("fallback", [True, False])
def test_a_relative_the_parser_hung_on_no_clause_names_the_noun_before_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, fallback: bool
) -> None:
    """UNHUNG_RELATIVES_TAKE_THE_NOUN_BEFORE: "Ms. Warren, who has assailed policies" parsed with "assailed" an
    adjective of "policies", so "who" is in no relative clause: the speaker is still Ms. Warren, not "who"."""
    monkeypatch.setattr(source_spans, "UNHUNG_RELATIVES_TAKE_THE_NOUN_BEFORE", fallback)
    art = article(_WARREN)
    _, (assailed,) = art.resolve(
        [art.candidate("policies of the Bill Clinton era", "has assailed", "who", after="Warren")]
    )
    assert speaker_name(assailed) == ("Warren" if fallback else "who")


def test_an_interrogative_who_after_a_verb_names_no_noun(article: ArticleMaker) -> None:
    art = article("Reporters asked who said the plant would close.")
    assert art.said(("the plant would close", "who")) == ["who"]


_SOURCE_IN_PIECES = (
    "The EFF MP who had asked the question, {name}, said the minister had made “the same promise in this House a "
    "year ago, word for word”."
)


def test_a_source_in_pieces_is_the_name_set_off_after_its_noun_s_clause(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pieces "The EFF MP who" and "Lindiwe Khumalo,": the name after the relative clause is who the MP is, not the
    party that modifies the noun."""
    # with the seat's letters a description ("the EFF MP"), its apposed name is hers whatever the pieces: off here
    monkeypatch.setattr(noun_classes, "SEAT_LETTERS_AFTER_THE", False)
    text = _SOURCE_IN_PIECES.format(name="Lindiwe Khumalo")
    art = article(text)
    content = text[text.index("the minister") : -1]
    pieces = [art.span("The EFF MP who"), art.span("Lindiwe Khumalo,")]
    candidate = Candidate(content=[art.span(content)], cue=[art.span("said")], source=pieces, kind="mixed")
    assert speaker_name(art.resolve([candidate])[1][0]) == "Lindiwe Khumalo"
    monkeypatch.setattr(source_spans, "NAMES_PAST_A_SOURCE_CLAUSE", False)
    assert speaker_name(art.resolve([candidate])[1][0]) != "Lindiwe Khumalo"


def test_a_source_of_one_piece_reads_no_name_past_it(article: ArticleMaker, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same source given as its first piece alone: no later piece, no name past the clause; with the seat's
    letters read as a description (noun_classes.SEAT_LETTERS_AFTER_THE), the MP is the name apposed to it."""
    text = _SOURCE_IN_PIECES.format(name="Lindiwe Khumalo")
    art = article(text)
    content = text[text.index("the minister") : -1]
    assert speaker_name(art.one(content, "said", "The EFF MP who", kind="mixed")) == "Lindiwe Khumalo"
    monkeypatch.setattr(noun_classes, "SEAT_LETTERS_AFTER_THE", False)
    assert speaker_name(art.one(content, "said", "The EFF MP who", kind="mixed")) != "Lindiwe Khumalo"

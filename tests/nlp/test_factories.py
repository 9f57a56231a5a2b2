"""The components that set sentence boundaries before the parser."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from quotegraph.model import Attribution, Entity
from quotegraph.nlp import factories
from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.extensions import register_extensions
from quotegraph.nlp.factories import QuotegraphComponent, paragraph_breaks, sentence_runs_on
from quotegraph.nlp.find.parse import root_of


def _starts(words_and_spaces: list[tuple[str, bool]], component: object) -> list[bool | None]:
    words, spaces = zip(*words_and_spaces, strict=True)
    doc = spacy.blank("en").make_doc("")
    doc = spacy.tokens.Doc(doc.vocab, words=list(words), spaces=list(spaces))
    assert callable(component)
    return [token.is_sent_start for token in component(doc)]


def test_a_blank_line_starts_a_sentence_and_a_single_break_does_not() -> None:
    words = [("Thune", True), ("Responds", False), ("\n\n", False), ("He", True), ("said", False), ("\n", False)]
    words += [("it", True), ("was", False)]
    assert _starts(words, paragraph_breaks) == [True, None, None, True, None, None, None, None]


def test_no_sentence_starts_after_a_possessive_and_other_boundaries_are_kept() -> None:
    words = [("Fox", True), ("News", False), ("’s", True), ("Sunday", True), ("show", False), ("\n\n", False)]
    words += [("Issa", True), ("said", False)]
    starts = _starts(words, paragraph_breaks)
    assert starts == [True, None, None, None, None, None, True, None]
    doc_starts = _starts(words, lambda doc: sentence_runs_on(paragraph_breaks(doc)))
    # "News" and "said" go on from their line's first word (LINE_OPENERS_RUN_ON)
    assert doc_starts == [True, False, None, False, None, None, True, False]


@pytest.mark.parametrize("on", [True, False])
def test_a_line_s_first_word_is_no_sentence_by_itself(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    """LINE_OPENERS_RUN_ON: "Tran Quoc Bao, a ferry pilot, said" opening a paragraph: the word after "Tran" on the same
    line starts no sentence; a word after a line break or a stop still may, and a one-word line is left alone."""
    monkeypatch.setattr(factories, "LINE_OPENERS_RUN_ON", on)
    words = [("Tran", True), ("Quoc", True), ("Bao", False), (",", True), ("a", True), ("pilot", False), (".", True)]
    words += [("Then", True), ("rain", False), ("\n\n", False), ("Update", False), ("\n\n", False), ("Ines", True)]
    words += [("Barreto", False)]
    starts = _starts(words, lambda doc: sentence_runs_on(paragraph_breaks(doc)))
    ran_on = [i for i, start in enumerate(starts) if start is False]
    assert ran_on == ([1, 13] if on else [])  # not "rain": "Then" opens no line
    assert starts[10] is True and starts[12] is True  # a paragraph's first word still starts one


def test_thousands_of_paragraphs_each_start_a_sentence() -> None:
    words = [("Yes", False), ("\n\n", False)] * 3000
    starts = _starts(words, paragraph_breaks)
    assert [i for i, start in enumerate(starts) if start] == list(range(0, 6000, 2))


def test_the_component_reads_span_roots_from_the_index_and_hands_the_document_back_without_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hooks: list[object] = []

    def find(doc: Doc) -> list[Candidate]:
        hooks.append(doc.user_span_hooks.get("root"))
        return []

    def resolve(doc: Doc, candidates: list[Candidate]) -> tuple[list[Entity], list[Attribution]]:
        hooks.append(doc.user_span_hooks.get("root"))
        return [], []

    monkeypatch.setattr(factories, "find_candidates", find)
    monkeypatch.setattr(factories, "resolve", resolve)
    register_extensions()
    doc = QuotegraphComponent()(spacy.blank("en")("He said so."))
    assert hooks == [root_of, root_of]
    assert "root" not in doc.user_span_hooks


def test_a_name_with_a_joined_initial_is_tagged_a_person_when_bare_or_typed_alone_as_a_body() -> None:
    """joined_initial_names: "G.Dulmaa", untagged, and "Kh.Altangerel", tagged a body by itself, are people; a joined
    initial inside a longer entity ("B.Tsend Street") and a word of another shape keep their tags."""
    words = ["G.Dulmaa", "met", "Kh.Altangerel", "on", "B.Tsend", "Street", "near", "Ulaanbaatar", "."]
    tags = ["NNP", "VBD", "NNP", "IN", "NNP", "NNP", "IN", "NNP", "."]
    ents = ["O", "O", "B-ORG", "O", "B-FAC", "I-FAC", "O", "B-GPE", "O"]
    doc = factories.joined_initial_names(Doc(spacy.blank("en").vocab, words=words, tags=tags, ents=ents))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("G.Dulmaa", "PERSON"),
        ("Kh.Altangerel", "PERSON"),
        ("B.Tsend Street", "FAC"),
        ("Ulaanbaatar", "GPE"),
    ]


def test_a_forename_written_with_a_stop_ends_no_sentence() -> None:
    """STOPPED_FORENAMES_OPEN_NAMES: the name word after "Ma." starts no sentence; after "Jack Ma." one still may."""
    words = [("Councilor", True), ("Ma", False), (".", True), ("Theresa", True), ("Reyes", False), (".", True)]
    words += [("Jack", True), ("Ma", False), (".", True), ("Alibaba", False)]
    tags = ["NNP", "NNP", ".", "NNP", "NNP", ".", "NNP", "NNP", ".", "NNP"]
    doc = Doc(spacy.blank("en").vocab, words=[w for w, _ in words], spaces=[s for _, s in words], tags=tags)
    starts = [token.is_sent_start for token in sentence_runs_on(doc)]
    # "Ma" goes on from the line's first word (LINE_OPENERS_RUN_ON); "Theresa" after "Ma." does; "Alibaba" is left alone
    assert [i for i, start in enumerate(starts) if start is False] == [1, 3]


def test_a_name_opened_by_a_stopped_forename_is_one_person_whatever_the_tagger_typed() -> None:
    """stopped_forename_names: "Ma. Theresa Reyes" typed a body with its title, "Md." a place and the rest a person,
    "Wm. Hartley" with the abbreviation left out are each one person's name from the abbreviation on; "Hartley, the
    churchwarden" keeps what follows it."""
    words = ["Councilor", "Ma", ".", "Theresa", "Reyes", "and", "Md.", "Rafiqul", "Islam", "met", "Wm.", "Hartley"]
    words += [",", "the", "warden", "."]
    tags = ["NNP", "NNP", ".", "NNP", "NNP", "CC", "NNP", "NNP", "NNP", "VBD", "NNP", "NNP", ",", "DT", "NN", "."]
    spaces = [True, False, True, True, True, True, True, True, True, True, True, False, True, True, False, False]
    ents = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON"]
    ents += ["O", "O", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, tags=tags, ents=ents)
    doc = factories.stopped_forename_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Ma. Theresa Reyes", "PERSON"),
        ("Md. Rafiqul Islam", "PERSON"),
        ("Wm. Hartley", "PERSON"),
    ]

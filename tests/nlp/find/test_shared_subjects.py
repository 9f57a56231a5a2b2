from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.nlp.find import shared_subjects
from quotegraph.nlp.find.cue_subjects import subject_of
from quotegraph.nlp.find.parse import ParseIndex
from quotegraph.nlp.find.shared_subjects import first_cue_of_conjunct

from .conftest import candidate_roles, hung_on, subject_words, word_of


def test_a_second_verb_of_saying_in_the_first_cue_s_form_shares_the_first_cue_s_subject(nlp: Language) -> None:
    text = (
        'Its leader column argues that the triple lock has become "unaffordable and unfair to younger workers", and '
        'urges the chancellor to "hold his nerve".'
    )
    urges = next(t for t in nlp(text) if t.text == "urges")
    assert urges.head.text == "become"  # the parse this rule exists for: the second verb joined to the clause's
    assert candidate_roles(nlp, text, "urges")[1] == ["Its leader column"]


def test_a_second_verb_in_the_clause_s_form_keeps_the_clause_s_subject(nlp: Language) -> None:
    doc = nlp("She said the minister resigned and urged calm.")
    urged = next(t for t in doc if t.text == "urged")
    assert first_cue_of_conjunct(urged) is None


@pytest.mark.parametrize("on", [True, False])
def test_a_gerund_after_a_preposition_of_time_or_means_has_its_verbs_subject(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """shared_subjects.PREPOSITION_GERUNDS_SHARE_SUBJECTS: "won the nomination by promising", "told reporters, before
    insisting"; not "praised Smith for saying" (Smith said it) nor "accused him of lying"."""
    monkeypatch.setattr(shared_subjects, "PREPOSITION_GERUNDS_SHARE_SUBJECTS", on)
    text = "Obama won his party's nomination by promising its furious revenge."
    assert word_of(nlp, text, "promising").dep_ == "pcomp"  # the parse this rule exists for
    assert subject_words(nlp, text, "promising") == (["Obama"] if on else [])
    later = "Trump told reporters on Monday, before insisting he had a great relationship with Latinos."
    assert subject_words(nlp, later, "insisting") == (["Trump"] if on else [])
    assert subject_words(nlp, "The mayor praised Smith for saying the bridge was safe.", "saying") == []


@pytest.mark.parametrize("on", [True, False])
def test_an_infinitive_under_a_predicate_adjective_has_the_subject_of_its_verb(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """shared_subjects.ADJECTIVE_PREDICATES_SHARE_SUBJECTS: "Sanders is likely to remind voters ... by mentioning", "He
    will be able to score endorsements by citing", "The mayor was happy to tell reporters"; not "It is hard to say" (an
    expletive names no one)."""
    monkeypatch.setattr(shared_subjects, "ADJECTIVE_PREDICATES_SHARE_SUBJECTS", on)
    text = "Sanders is also likely to remind voters of his roots by mentioning the fact that he was at the March."
    remind = word_of(nlp, text, "remind")
    assert (remind.dep_, remind.head.dep_, remind.head.pos_) == ("xcomp", "acomp", "ADJ")  # the parse it exists for
    assert subject_words(nlp, text, "mentioning") == (["Sanders"] if on else [])
    able = "He will likely be able to sign up donors and score endorsements by citing his Iowa results."
    assert subject_words(nlp, able, "citing") == (["He"] if on else [])
    assert subject_words(nlp, "The mayor was happy to tell reporters that the bridge was safe.", "tell") == (
        ["The mayor"] if on else []
    )
    assert subject_words(nlp, "It is hard to say whether the plan will work.", "say") == []


@pytest.mark.parametrize("on", [True, False])
def test_a_participle_or_second_verb_shares_the_passive_subject_of_the_verb_it_hangs_on(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """shared_subjects.PASSIVE_SUBJECTS_SHARED: "A federal lawsuit was filed ..., alleging that", "The mayor was forced
    into ... and said that"; not a passive second verb ("was arrested and charged": acted on twice), an infinitive ("was
    asked to comment"), nor under a "by" agent (the agent's, as before)."""
    monkeypatch.setattr(shared_subjects, "PASSIVE_SUBJECTS_SHARED", on)
    text = "A federal lawsuit was filed in 2012, alleging that the police had spied on the mosque."
    assert hung_on(nlp, text, "alleging") == ("advcl", "filed")  # the parse this rule exists for
    assert subject_words(nlp, text, "alleging") == (["A federal lawsuit"] if on else [])
    second = "The mayor was forced into a rare retreat and said that his words had been misconstrued."
    assert subject_words(nlp, second, "said") == (["The mayor"] if on else [])
    assert subject_words(nlp, "The mayor was arrested and charged with lying to investigators.", "charged") == []
    assert subject_words(nlp, "The mayor was asked to comment on the bridge.", "comment") == []
    agent = "The mayor was criticized by the council, saying the bridge was unsafe."
    assert subject_words(nlp, agent, "saying") == ["the council"]


@pytest.mark.parametrize("on", [True, False])
def test_a_verb_of_a_series_the_parser_broke_takes_the_subject_of_the_verb_before_it(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """shared_subjects.SERIES_SHARE_SUBJECTS: "She has praised the plan and promised to fund it, suggested that ...":
    the parser reads the first verbs as a clause the last one reports; not a reported clause before an inverted subject
    read as the object ("..., noted the annual report by the bank.")."""
    monkeypatch.setattr(shared_subjects, "SERIES_SHARE_SUBJECTS", on)
    reported = "Prices will rise and then stay high for years, noted the annual report by the bank."
    assert hung_on(nlp, reported, "rise") == ("ccomp", "noted")  # a series in form, but the object ends the sentence
    assert subject_words(nlp, reported, "noted") == []
    two = "Prices rose and wages fell last year, noted the report by the bank."
    assert subject_words(nlp, two, "noted") == []  # a clause of two subjects is what is reported
    text = "She has praised the plan and promised to fund it, suggested that it would work."
    assert hung_on(nlp, text, "praised") == ("ccomp", "suggested")  # the parse this rule exists for
    assert subject_words(nlp, text, "suggested") == (["She"] if on else [])


@pytest.mark.parametrize("on", [True, False])
def test_a_second_verb_takes_the_subject_of_a_coordinated_verb_before_it_under_a_head_with_none(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """shared_subjects.SERIES_SHARE_SUBJECTS: "Hastily politicizing the tragedy ..., Trump cast the blame ..., and
    emphasized the threat", parsed with the opening participle as the root and both verbs coordinated under it."""
    monkeypatch.setattr(shared_subjects, "SERIES_SHARE_SUBJECTS", on)
    words = ["Politicizing", "it", ",", "Trump", "cast", "blame", ",", "and", "emphasized", "threats", "."]
    heads = [0, 0, 0, 4, 0, 4, 4, 4, 0, 8, 0]
    deps = ["ROOT", "dobj", "punct", "nsubj", "conj", "dobj", "punct", "cc", "conj", "dobj", "punct"]
    pos = ["VERB", "PRON", "PUNCT", "PROPN", "VERB", "NOUN", "PUNCT", "CCONJ", "VERB", "NOUN", "PUNCT"]
    tags = ["VBG", "PRP", ",", "NNP", "VBD", "NN", ",", "CC", "VBD", "NNS", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    found = subject_of(ParseIndex(doc), doc[8])
    assert [doc.text[s:e] for s, e in found] == (["Trump"] if on else [])


@pytest.mark.parametrize("on", [True, False])
def test_a_participle_after_a_full_verb_shares_its_referring_it(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """shared_subjects.REFERRING_IT_SHARED: "it declined, citing legal risks" (the publisher); not an expletive "it"
    with a predicate of its own ("It remains unclear, noting ...")."""
    monkeypatch.setattr(shared_subjects, "REFERRING_IT_SHARED", on)
    text = "When the author asked the publisher to reprint the book, it declined, citing legal risks."
    assert word_of(nlp, text, "citing").head.text == "declined"  # the parse this rule exists for
    assert subject_words(nlp, text, "citing") == (["it"] if on else [])
    unclear = "It remains unclear, noting the delays."
    assert word_of(nlp, unclear, "noting").head.pos_ == "VERB"  # a full verb: only its predicate tells it apart
    assert subject_words(nlp, unclear, "noting") == []

from __future__ import annotations

from spacy.language import Language

from quotegraph.nlp.find.assemble import find_candidates
from quotegraph.nlp.find.reported_clauses import _that_clause_read_as_adverbial

from .conftest import complement_words, said_pieces, word_of


def test_the_fallback_clause_may_hang_below_the_medium_the_cue_names(nlp: Language) -> None:
    text = "The senator said in a commentary that the bill would fail."  # parsed as a relative clause
    assert complement_words(nlp, text, "said") == "that the bill would fail"
    text = "The senator said in a commentary published Tuesday that the bill would fail."
    assert complement_words(nlp, text, "said") == "that the bill would fail"
    text = "Both companies issued statements on Monday saying the merger was off."
    assert complement_words(nlp, text, "issued") == "the merger was off"


def test_a_relative_clause_of_the_medium_is_not_what_was_said(nlp: Language) -> None:
    assert complement_words(nlp, "The senator spoke in a hall that was full.", "spoke") == ""


def test_a_that_clause_read_as_relative_with_its_own_subject_and_auxiliary_is_what_was_said(nlp: Language) -> None:
    text = "Curtis Boone said at the briefing that 40 shelters would open by Tuesday afternoon."
    doc = nlp(text)
    assert next(t for t in doc if t.text == "open").dep_ == "relcl"  # the parse this rule exists for
    assert complement_words(nlp, text, "said") == "that 40 shelters would open by Tuesday afternoon"
    assert complement_words(nlp, "The mayor spoke at the school that she attended as a child.", "spoke") == ""


def test_a_that_clause_read_as_relative_with_its_own_subject_and_object_is_what_was_said(nlp: Language) -> None:
    text = "The spokesman told reporters at the lobby briefing that Holt enjoyed the exchange."
    doc = nlp(text)
    enjoyed = next(t for t in doc if t.text == "enjoyed")
    assert (enjoyed.dep_, next(t for t in doc if t.text == "that").dep_) == ("relcl", "dobj")  # the parse
    assert complement_words(nlp, text, "told") == "that Holt enjoyed the exchange"
    quoted = "The spokesman told reporters at the lobby briefing that Holt “enjoyed the exchange.”"
    assert said_pieces(nlp, quoted) == [("told", "that Holt “enjoyed the exchange.”")]
    # "that" standing for "when" on a time is a relative word
    assert complement_words(nlp, "The mayor spoke on the day that she won the race.", "spoke") == ""


def test_an_unmarked_clause_after_whom_a_verb_of_telling_names_is_what_was_told(nlp: Language) -> None:
    text = "Okoye told reporters he had learned of his nomination while stuck in a lift in Lagos."
    assert word_of(nlp, text, "learned").dep_ == "relcl"  # the parse this rule exists for
    assert complement_words(nlp, text, "told") == "he had learned of his nomination while stuck in a lift in Lagos"
    # a relative clause with its relative word is one, whatever the verb
    assert complement_words(nlp, "Okoye thanked the reporters who had waited in the rain.", "thanked") == ""


def test_a_that_clause_the_parser_made_adverbial_is_what_was_said(nlp: Language) -> None:
    text = "He told the Courier only that a new session had been scheduled."
    assert word_of(nlp, text, "scheduled").dep_ == "advcl"  # the parse this rule exists for
    assert complement_words(nlp, text, "told") == "only that a new session had been scheduled"
    clause = word_of(nlp, "He told the Courier so that the staff would know.", "know")
    assert clause.dep_ == "advcl"
    assert not _that_clause_read_as_adverbial(clause)


def test_a_that_clause_the_parser_made_a_second_subject_after_the_cue_is_what_was_said(nlp: Language) -> None:
    text = (
        'The all-clear came at 6:31 p.m.: "All payment services are operating normally," the page said.\n\n'
        "In a blog post published late Tuesday, Tillpoint's chief technology officer, Nikhil Rao, wrote that a "
        "routine update to the software that routes payments had been sent to every region at once instead of one "
        "at a time.\n\n"
        '"That should never have been possible, and it is on us," Rao wrote.'
    )
    assert word_of(nlp, text, "update").dep_ == "nsubj"  # the parse this rule exists for
    rao = next(c for c in find_candidates(nlp(text)) if text[c.cue[0][0] : c.cue[0][1]] == "wrote")
    assert [text[s:e] for s, e in rao.content] == [
        text[text.index("that a routine") : text.index(" at a time") + len(" at a time")]
    ]
    assert [text[s:e] for s, e in rao.source] == ["Tillpoint's chief technology officer, Nikhil Rao,"]


def test_a_clause_hung_on_a_time_clause_between_is_what_the_cue_reports(nlp: Language) -> None:
    text = "Aziz said after the royal car had left that he had used the time to press the town's case."
    doc = nlp(text)
    assert next(t for t in doc if t.text == "used").head.text == "left"  # the parse this rule exists for
    assert complement_words(nlp, text, "said") == "that he had used the time to press the town's case"
    # a verb of saying in the time clause reports its own clause
    text = "Aziz said after officials announced that the plant would close."
    assert complement_words(nlp, text, "said") == ""
    # a time clause on a verb of saying that takes no such clause ("spoke") leaves it to the cue
    text = "Jealous told The Huffington Post before he spoke before the committee that he believed it was time."
    assert next(t for t in nlp(text) if t.text == "believed").head.text == "spoke"
    assert complement_words(nlp, text, "told") == "that he believed it was time"
    text = "Jealous told The Huffington Post before he announced before the committee that he believed it was time."
    assert complement_words(nlp, text, "told") == ""


def test_a_clause_read_as_relative_closing_a_time_clause_between_is_what_the_cue_reports(nlp: Language) -> None:
    text = "The company said after the inquiry rose for the day that it had listened carefully to the community."
    doc = nlp(text)
    assert next(t for t in doc if t.text == "listened").dep_ == "relcl"  # the parse this rule exists for
    assert complement_words(nlp, text, "said") == "that it had listened carefully to the community"
    # a relative clause without a shifted tense stays the noun's
    text = "The company said after the team won on the day that she arrived."
    assert complement_words(nlp, text, "said") == ""


def test_a_that_clause_the_parser_hung_on_a_noun_read_as_a_gerund_in_the_medium_is_what_was_said(
    nlp: Language,
) -> None:
    text = "The harbour office said in a bulletin to shipping that the north lock would stay closed for a week."
    doc = nlp(text)
    assert (doc[8].text, doc[8].tag_, doc[8].dep_) == ("shipping", "VBG", "pcomp")  # the parse this rule is for
    assert complement_words(nlp, text, "said") == "that the north lock would stay closed for a week"


def test_a_that_clause_of_a_gerund_of_learning_after_the_cue_is_what_was_learned(nlp: Language) -> None:
    text = "The senator said in a statement after learning that the bill had failed that she would try again."
    assert "learning" in [t.text for t in nlp(text) if t.dep_ == "pcomp"]
    assert "bill had failed" not in complement_words(nlp, text, "said")

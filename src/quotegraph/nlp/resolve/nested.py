"""Nested reports: "Court documents say she told investigators that she had never seen the car",
"According to a police affidavit, he told detectives that he had been at home", "“...,” Henning said in
January, according to a recording obtained by the Ledger".

The statement is hers, told to investigators, through the court documents: when a document reports a
clause that opens with someone saying something (its verb a verb of saying, with its own subject and
its own reported clause), that someone is the speaker, the verb's object the addressee, and the
document the channel.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from quotegraph.nlp.lexicons import reports_words
from quotegraph.nlp.resolve.channels import addressee_of

__all__ = ["InnerReport", "inner_report"]

_REPORTED = ("ccomp",)
_SUBJECTS = ("nsubj",)


@dataclass(frozen=True)
class InnerReport:
    subject: Token
    verb: Token
    addressee: Span | None


def _says(verb: Token) -> bool:
    return verb.pos_ == "VERB" and reports_words(verb.lemma_.lower())


def _reports(cue: Token) -> list[Token]:
    """The clauses a cue reports: its reported clauses ("Court documents say she told ..."), or the verb
    its phrase hangs from ("According to a police affidavit, he told ...")."""
    clauses = [c for c in cue.children if c.dep_ in _REPORTED]
    if cue.dep_ != "prep" or cue.head.i == cue.i:
        return clauses
    # "He told deputies that he had pushed the man, according to an affidavit": the phrase may hang on the
    # reported clause, so the telling verb above it is looked at too
    telling = [cue.head.head] if cue.head.dep_ in _REPORTED and cue.head.head.i != cue.head.i else []
    return [*clauses, cue.head, *telling]


def inner_report(cue: Token, content: list[tuple[int, int]]) -> InnerReport | None:
    """The report a cue's reported clause opens with, when the content starts at its subject."""
    if not content:
        return None
    for clause in _reports(cue):
        subjects = [c for c in clause.children if c.dep_ in _SUBJECTS and c.i < clause.i]
        reports = [c for c in clause.children if c.dep_ in _REPORTED]
        if not (subjects and reports and _says(clause)):
            continue
        subject = subjects[0]
        first_word = min(content)[0]
        addressee = addressee_of(clause)
        if subject.left_edge.idx <= first_word <= subject.idx:  # the content opens with the inner speaker
            return InnerReport(subject, clause, addressee)
        # or with the "that" before a telling: "Emails show that X told colleagues that ...", not a poll that
        # "found that many voters said ..." (the poll's finding) nor "surveys suggest that some find him ..."
        # "tell" always has someone told, even where the parser loses the object ("a referee told officers
        # Hutchins had shoved him", "officers" read as a compound of the name)
        marks = [c.idx for c in clause.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < subject.i]
        if (addressee is not None or clause.lemma_ == _TELL) and first_word in marks:
            return InnerReport(subject, clause, addressee)
        if any(_opens_with(report, first_word) for report in reports if report.i < subject.i):
            return InnerReport(subject, clause, addressee)
        if _trailing_according(cue, clause) and any(_inside_report(report, first_word) for report in reports):
            return InnerReport(subject, clause, addressee)
    return None


_TELL = "tell"


def _trailing_according(cue: Token, clause: Token) -> bool:
    """ "X told deputies that ..., according to an arrest affidavit": the document's phrase hangs on the
    telling verb, after it, so the content the tagger gives it is the inner verb's reported clause."""
    on_it = cue.head == clause or (cue.head.head == clause and cue.head.dep_ in _REPORTED)
    return cue.dep_ == "prep" and on_it and cue.i > clause.i and clause.lemma_ == _TELL


def _inside_report(report: Token, first_char: int) -> bool:
    """Whether the content starts inside the inner verb's reported clause (its "that" included)."""
    return report.left_edge.idx <= first_char <= report.idx


_MARKS = " \"“”'‘’"


def _opens_with(report: Token, first_char: int) -> bool:
    """ "“Every week she is gone ...,” Henning said in January, according to a recording": the content opens
    with the inner verb's own quote, fronted before its speaker (only quotation marks between)."""
    start = report.left_edge.idx
    if first_char > start:
        return False
    # read back from the report over its own tokens, stopping at the first word: ``Doc.text`` joins the whole
    # document on each read, and a long content would make even a token walk to its start costly
    doc = report.doc
    for i in range(report.left_edge.i - 1, -1, -1):
        token = doc[i]
        if token.idx + len(token.text_with_ws) <= first_char:
            break
        if token.text_with_ws[max(0, first_char - token.idx) : start - token.idx].strip(_MARKS):
            return False
    return True

"""The content of a cue the tagger gave none, read off the parse: the reported clause as a run of the cue's window
(``complement_of``), a clause the parser made the root (``root_clause``), and the participle of saying whose clause a
cue reports ("..., saying that", "wrote to the company warning that", "wrote in a post shared ... that")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from quotegraph.nlp.find.cues import after_relative_clause, clause_made_root
from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.find.reported_clauses import complement_read_as_relative, reported_clauses
from quotegraph.nlp.find.role_words import SUBJECT_DEPS, complement_marked
from quotegraph.nlp.lexicons import reports_words
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS, nominal_subjects


def complement_of(window: Span, head: Token, in_quote: Sequence[bool]) -> list[tuple[int, int]]:
    """The cue's unquoted clause, before or after it, as a run of the window, for a cue the tagger gave
    no content (a quote is left to the quote handling). A cue the tagger never saw, after a relative
    clause, takes its clause quotes and all: the quote handling does not reach past its words."""
    quotes_too = after_relative_clause(head)
    for clause in reported_clauses(head):
        first, last = clause.left_edge.i - window.start, clause.right_edge.i - window.start
        if first < 0 or last >= len(window) or _across_semicolon(clause, head):
            continue
        if quotes_too or not any(in_quote[first : last + 1]) or _paraphrase_then_quote(clause, in_quote, first):
            return [(first, min(_quote_left_on_cue(head, clause) + 1 - window.start, len(window)))]
    return []


# The forms of quotation marks a quote opens with, as tokens
_OPENING_MARKS = frozenset({'"', "“", "``", "‘"})
# What ends a sentence or a clause, left out of a content
_TRAILING_PUNCTUATION = frozenset({".", "!", "?", ",", ";", ":"})


def _quote_left_on_cue(head: Token, clause: Token) -> int:
    """ "who told the Gazette before the sale that her family had kept the notebooks “in a biscuit tin under the
    stairs” for most of the last century": a reported clause opened by "that" after the cue and ended by the parser
    right before a quote it hung on the cue, with the rest of the sentence: the cue takes no quote after its own
    clause, so the quote and what follows it are the clause's and the statement is mixed. The index of the clause's
    last token, so widened up to the sentence's end."""
    doc, last = head.doc, clause.right_edge.i
    opening = clause.left_edge
    if opening.lower_ != "that" or opening.i < head.i or last + 2 >= len(doc):
        return last
    mark = doc[last + 1]
    if mark.text not in _OPENING_MARKS or mark.head != head:
        return last
    after = [c.right_edge.i for c in children_of(head) if c.i > last and c.right_edge.i > last]
    end = max(after, default=last)
    while end > last and doc[end].text in _TRAILING_PUNCTUATION:
        end -= 1
    return end


def _across_semicolon(clause: Token, head: Token) -> bool:
    """ "The three-time All-Star wants to play for a contender; the team says it does not comment on speculation": a
    clause before the cue that a semicolon parts from it is a sentence of its own, not what the cue reports (an
    inverted report takes a comma: "X, the team says")."""
    end = clause.right_edge.i
    return end < head.i and any(t.text == ";" for t in head.doc[end + 1 : head.i])


# Words of a marked clause before its first quote (the mark, a subject, an auxiliary: "that Amos had") that make
# it the reporter's paraphrase running into a quoted part, which the quote handling does not reach
_PARAPHRASE_LEAD = 2


def root_clause(window: Span, head: Token) -> list[tuple[int, int]]:
    """The reported clause the parser made the sentence's root (``clause_made_root``), from its "that" to its end,
    quotes and all, as a run of the window."""
    made = clause_made_root(head)
    if made is None:
        return []
    root, mark = made
    first, last = mark.i - window.start, root.right_edge.i - window.start
    return [(first, last + 1)] if first > 0 and last < len(window) else []


def _paraphrase_then_quote(clause: Token, in_quote: Sequence[bool], first: int) -> bool:
    """ "said after the programme that Amos had “insulted every resident.”": a marked clause that opens unquoted
    and quotes only after its own subject is a mixed content; a quote handled as a quote starts the clause."""
    read_as_relative = complement_read_as_relative(clause)
    if not (complement_marked(clause) or read_as_relative):
        return False
    lead = 0
    while first + lead < len(in_quote) and not in_quote[first + lead]:
        lead += 1
    # the quote handling does not reach into a clause the parser read as relative, however short its lead
    least = 1 if read_as_relative else _PARAPHRASE_LEAD
    # the subject may hang elsewhere in a garbled parse ("that she had “examined photographs, not paintings” and had
    # never been paid": "she" made the subject of "photographs"); a subject in the unquoted lead is as good
    opening = clause.left_edge.i
    in_lead = any(t.dep_ in NOMINAL_SUBJECTS for t in clause.doc[opening : opening + lead])
    return lead > least and (in_lead or any(c.i < clause.i for c in nominal_subjects(clause)))


def closing_participle(cue: Span, head: Token) -> Token | None:
    """ "welcomed the decision in a post on X, saying that ...": a cue the tagger ran over a whole reaction up to the
    participle of saying set off by a comma that ends it; that participle, not the verb the cue opens with, governs
    the words said. Not one that follows its own doer ("The conversation ended with Maddow asking whether ...")."""
    last = cue[-1]
    if last == head or last.tag_ != "VBG" or last.dep_ != "advcl" or last.head != head:
        return None
    if last.i == 0 or last.nbor(-1).text != "," or any(c.dep_ in SUBJECT_DEPS for c in children_of(last)):
        return None
    return last if reports_words(last.lemma_.lower()) else None


def participle_of_saying(head: Token) -> Token | None:
    """ "Ofwat wrote to the company last month warning that its leakage record was among the worst in England": a
    participle of saying after the cue with no comma, which the parser hangs on the cue as a clause of manner; the cue
    says how (a letter, to whom) and the participle what, so the participle's clause is the cue's content when the
    tagger gave it none. Only after a verb of saying or writing: after another verb the participle may have a doer of
    its own ("The conversation ended with Maddow asking whether ...", train-d). Not one set off by a comma ("wrote to
    members, saying that ..."), which the tagger takes for a cue of its own, nor one with a subject of its own."""
    if not reports_words(head.lemma_.lower()):
        return None
    for child in children_of(head):
        if child.dep_ != "advcl" or child.tag_ != "VBG" or child.i < head.i or not reports_words(child.lemma_.lower()):
            continue
        if child.nbor(-1).text == ",":
            continue
        if not any(c.dep_ in SUBJECT_DEPS for c in children_of(child)):
            return child
    return None


# Tags of a participle of the medium that the parser may read as a finite verb ("a post shared ...")
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})


def medium_participle_in_cue(cue: Span, head: Token) -> Token | None:
    """ "Derek Moffat, who wrote in a Facebook post shared more than 3,000 times by last night that he had waited ...":
    the tagger runs the cue over the medium and the participle that describes it ("shared"), which the parser read as
    a finite verb with the speaker for its subject, hanging on it the clause opened by "that" that the cue reports.
    That participle governs what was said when the cue's own reading finds no clause. Only a participle inside the
    tagger's cue after a noun of it (the medium), after a verb of saying or writing, whose clause opens with "that"
    after the cue. Fires on nurses-strike-holyrood (that statement found with its speaker, kind and channel, and the
    quote after it carries the post: pages every field +2) and on no train-d, train 0-59 or train-c article (their
    full-eval outputs byte-identical): its evidence is the page alone."""
    if not reports_words(head.lemma_.lower()):
        return None
    for token in cue:
        if token.i <= head.i or token.pos_ != "VERB" or token.tag_ not in _PARTICIPLE_TAGS:
            continue
        if not any(t.pos_ in ("NOUN", "PROPN") for t in cue.doc[head.i + 1 : token.i]):
            continue
        clauses = [c for c in children_of(token) if c.dep_ == "ccomp" and c.left_edge.i >= cue.end]
        if clauses and clauses[0].left_edge.lower_ == "that":
            return token
    return None

"""A second party's saying set against the first, inside the first cue's content: "Several supporters said the former
president had made a good case for his wife, while other voters said they had not heard anything ...". The first
cue's content runs on over the contrast, so the second party's words went to the first (the overlapcues round:
train-d's gold statements whose words another cue's content took). Here the content ends before the comma of the
contrast, and the contrasted verb is a statement of its own: its subject speaks, its clause is said."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.find.spans import cut_before, words_after_cue
from quotegraph.nlp.lexicons import reports_words
from quotegraph.nlp.syntax import nominal_subjects

__all__ = ["CONTRASTED_SAYINGS_SPLIT", "ContrastedSaying", "contrasted_saying"]

# "X said A, while/whereas Y said B": a verb of saying with its own subject and its own reported clause, in a clause
# set off after the cue's content by a comma and a word of contrast, is a second statement. Fires on train-d (full
# eval) in 5 articles: nyt it-s-still-bill ("while other voters said they had not heard ..."), nyt
# the-battle-of-the-billion ("while another says the United States has twice as many"), politico poll-trump-and-clint
# ("while 22 percent said they might change their mind"), politico criminal-charges ("whereas Petraeus acknowledged
# that he knew ..."): those four gold statements and the first cues' contents cut at the comma (criminal-charges'
# "said that for one, there appeared to be a lack of willfulness") gained, +5 in 4 articles, none lost; and nyt
# foundation-and-donors ("while 60 percent said he should be able to continue ...": not annotated, a cost of one
# content, with a poll statement the old long content had hidden). Train-d F1 0.7393 -> 0.7397 (P 0.8185 -> 0.8186,
# R 0.6741 -> 0.6747), source 0.9500 -> 0.9502. No fire on train 0-59, train-c or any of the 159 pages (outputs
# byte-identical, candidates compared with the flag on and off): a rare form, read off train-d's own misses.
CONTRASTED_SAYINGS_SPLIT = True
# Words that set a second party against the first ("while", "whereas"); not a concession ("though", "although"),
# which is the speaker's own reservation ("said it was altered, although it didn't appear that ...") as often as
# another's words, nor time ("as", "when") or cause ("because").
_CONTRAST_MARKS = frozenset({"while", "whereas"})
# What sets the contrasted clause off from the content before it
_SETTING_OFF = frozenset({",", ";", "—", "–", "--"})


@dataclass(frozen=True)
class ContrastedSaying:
    """The contrasted statement's roles, as character spans."""

    cue: CharSpan
    source: CharSpan
    content: CharSpan


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _reported_clause(verb: Token) -> Token | None:
    """The verb's own reported clause, after it."""
    return next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i > verb.i), None)


def _contrasted(verb: Token, head: Token, in_quote: Sequence[bool]) -> bool:
    """Whether ``verb`` is a verb of saying, outside quotes, opening a clause of contrast set off by a comma after the
    cue ``head``'s words, with a subject and a reported clause of its own."""
    if verb.dep_ != "advcl" or in_quote[verb.i] or not reports_words(verb.lemma_.lower()):
        return False
    if not (verb.head == head or head in verb.head.ancestors) or verb.head.i > verb.i:
        return False
    opening = verb.left_edge
    if opening.lower_ not in _CONTRAST_MARKS or opening.dep_ != "mark" or opening.i == 0:
        return False
    return _before(opening).text in _SETTING_OFF and bool(nominal_subjects(verb)) and _reported_clause(verb) is not None


def _before(token: Token) -> Token:
    """The token just before ``token`` (callers check it has one)."""
    return token.doc[token.i - 1]


def contrasted_saying(
    head: Token, content: list[CharSpan], in_quote: Sequence[bool]
) -> tuple[list[CharSpan], ContrastedSaying | None]:
    """The cue's content cut before the comma of a contrasted saying inside it, and that saying; else the content and
    None. (The tagger often marks the second verb as a cue too, but its statement, lying inside the first content, was
    lost: the saying is built here from the parse, whether the tagger found the verb or not.)"""
    for verb in words_after_cue(head, content):
        if not _contrasted(verb, head, in_quote):
            continue
        clause = _reported_clause(verb)
        subject = nominal_subjects(verb)[0]
        kept = cut_before(_before(verb.left_edge), content)
        if clause is None or not kept:
            continue
        saying = ContrastedSaying(
            cue=(verb.idx, _end(verb)),
            source=(subject.left_edge.idx, _end(subject.right_edge)),
            content=(clause.left_edge.idx, min(_end(clause.right_edge), content[-1][1])),
        )
        return kept, saying
    return content, None

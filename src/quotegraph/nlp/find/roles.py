"""Content and source of one cue: the learned role tagger over the cue's window.

``tag_roles`` reads the tagger's labels and mends them from the parse with the readings of its own modules: the clause
a cue reports (``reported_clauses``) and the content read off it (``clause_content``), where content runs stop
(``content_bounds``), inverted cues (``inverted_cues``), the cue's subject (``cue_subjects``, with the subjects shared
between verbs in ``shared_subjects``), relative pronouns and what they stand for (``relative_sources``), speakers the
tagger reads as content (``misread_speakers``), and what stands before a cue without being its source
(``source_asides``); the word classes they share are ``role_words``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.clause_content import (
    closing_participle,
    complement_of,
    medium_participle_in_cue,
    participle_of_saying,
    root_clause,
)
from quotegraph.nlp.find.content_bounds import relative_said_runs, runs_into_governor, runs_outside
from quotegraph.nlp.find.cue_subjects import subject_of
from quotegraph.nlp.find.cues import FoundCue, after_apposition, cue_root
from quotegraph.nlp.find.features import role_features
from quotegraph.nlp.find.inverted_cues import inverted_cue
from quotegraph.nlp.find.misread_speakers import passive_speaker, relative_read_as_clause, role_noun_read_as_verb
from quotegraph.nlp.find.model import ROLE_MODEL, load_tagger
from quotegraph.nlp.find.parse import ParseIndex, children_of
from quotegraph.nlp.find.quotes import QuoteRegion
from quotegraph.nlp.find.relative_sources import pronoun_antecedent, relative_reporter, source_named_by
from quotegraph.nlp.find.shared_subjects import first_cue_of_conjunct
from quotegraph.nlp.find.source_asides import past_opening_participle, past_parenthetical_cue
from quotegraph.nlp.find.spans import cue_window, runs, runs_to_chars

__all__ = ["CONTENT_LABEL", "SOURCE_LABEL", "Roles", "role_sequence", "tag_roles"]

CONTENT_LABEL = "C"
SOURCE_LABEL = "S"
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "dobj"})


@dataclass(frozen=True)
class Roles:
    content: list[CharSpan]
    source: list[CharSpan]


def role_sequence(
    parse: ParseIndex,
    cue: FoundCue,
    regions: Sequence[QuoteRegion],
    in_quote: Sequence[bool],
    within: tuple[int, int] | None = None,
) -> tuple[Span, list[list[str]]]:
    """The cue's window and one feature list per token of it (shared by training and finding)."""
    return _sequence_from(parse, cue, cue_root(parse.doc, cue.start, cue.end), regions, in_quote, within)


def _sequence_from(
    parse: ParseIndex,
    cue: FoundCue,
    head: Token,
    regions: Sequence[QuoteRegion],
    in_quote: Sequence[bool],
    within: tuple[int, int] | None,
) -> tuple[Span, list[list[str]]]:
    """``role_sequence`` with the cue's root already found: the finder works it out once a cue."""
    window = cue_window(parse, cue.start, regions, within)
    cue_mask = [cue.start <= i < cue.end for i in range(window.start, window.end)]  # no Token built a word
    return window, role_features(window, head, in_quote[window.start : window.end], cue_mask, parse)


def _complete_clauses(window: Span, head: Token, labels: list[str]) -> list[str]:
    """Content that starts a clause of the cue runs to the clause's end: the tagger often stops at a comma."""
    completed = list(labels)
    for child in children_of(head):
        if child.dep_ not in CLAUSE_DEPS:
            continue
        first, last = child.left_edge.i - window.start, child.right_edge.i - window.start
        if first < 0 or last >= len(labels):
            continue
        if labels[first] != CONTENT_LABEL and not _that_read_as_pronoun(child, head, labels[first : last + 1]):
            continue
        for at in range(first, last + 1):
            if completed[at] == "O" and not window[at].is_punct:
                completed[at] = CONTENT_LABEL
    return completed


def _that_read_as_pronoun(clause: Token, head: Token, labels: Sequence[str]) -> bool:
    """ "told the jury at Hollins County Court that Dr. Paul Kessler entered notes ...": the parser makes "that" an
    object of the reported clause's verb, and the tagger then starts the content late in the clause ("about three hours
    after ..."); a clausal complement opened by such a "that" after the cue runs whole from it once the tagger put
    content in it. Not a relative "that" before the cue ("the emails that Comey said they found"), which it is."""
    opening = clause.left_edge
    return (
        clause.dep_ == "ccomp"
        and opening.lower_ == "that"
        and opening.i > head.i
        and opening.dep_ != "mark"
        and opening.head == clause
        and CONTENT_LABEL in labels
    )


def tag_roles(
    parse: ParseIndex,
    cue: FoundCue,
    head: Token,
    regions: Sequence[QuoteRegion],
    in_quote: Sequence[bool],
    within: tuple[int, int] | None = None,
) -> Roles:
    """Content and source of ``cue``, whose root (``cue_root``) is ``head``, read in its window (kept inside the
    tokens ``within`` when given)."""
    window, features = _sequence_from(parse, cue, head, regions, in_quote, within)
    labels = load_tagger(ROLE_MODEL).tag(features).labels
    labels = _complete_clauses(window, head, labels)
    window_in_quote = in_quote[window.start : window.end]
    if after_apposition(head):  # the tagger reads the subject as the content: the parse says which is which
        subject = head.head
        clause = complement_of(window, head, window_in_quote) or root_clause(window, head)
        source = [(subject.left_edge.idx, head.nbor(-1).idx)] if clause else []
        return Roles(runs_to_chars(window, clause), source)
    content = runs([label == CONTENT_LABEL for label in labels]) or complement_of(window, head, window_in_quote)
    if (misread := relative_read_as_clause(head)) is not None:
        misread_clause, speaker = misread
        named = [(speaker.left_edge.idx, speaker.idx + len(speaker.text))]
        return Roles(runs_to_chars(window, runs_outside(window, misread_clause, content)), named)
    if (role := role_noun_read_as_verb(head)) is not None:
        name_end = head.nbor(-1)
        role_and_name = (role.idx, name_end.idx + len(name_end.text))
        return Roles(runs_to_chars(window, runs_outside(window, role, content)), [role_and_name])
    cue_span = parse.doc[cue.start : cue.end]
    saying = (
        closing_participle(cue_span, head) or participle_of_saying(head) or medium_participle_in_cue(cue_span, head)
    )
    if not content and saying is not None:
        # quotes and all, as after a relative clause: the quote handling does not reach a clause of the participle
        content = complement_of(window, saying, [False] * len(window_in_quote))
    source_runs = runs([label == SOURCE_LABEL for label in labels])
    # what was said is no one's name ("wrote that a routine update ...", read by the tagger as a second subject)
    source_runs = [(a, b) for a, b in source_runs if not any(a < d and c < b for c, d in content)]
    if not content and (inverted := inverted_cue(parse, window, head, window_in_quote)) is not None:
        # when the tagger's source is none, the phrase, or runs over the comma into the clause (not another phrase)
        comma, (phrase,) = inverted[0][0][1], inverted[1]
        if all(a <= comma < b or (phrase[0] <= a and b <= phrase[1]) for a, b in source_runs):
            content, source_runs = inverted
    content = [run for run in content if not runs_into_governor(window, head, cue.end, run)]
    if (relative := relative_said_runs(window, head, content)) is not None:
        content, pronoun = relative
        source_runs = [run for run in source_runs if not run[0] <= pronoun < run[1]]
    if (passive := passive_speaker(head)) is not None:
        subject, saying, above = passive
        content = [run for run in content if run[0] > saying.i - window.start]
        # quotes and all: the quote handling does not reach a clause under the gerund ("asking X to “check ...”")
        content = content or complement_of(window, saying, [False] * len(window_in_quote))
        # "a nurse who was sacked for saying": the relative pronoun with its nurse, as for an active verb's subject
        return Roles(runs_to_chars(window, content), list(source_named_by(above, subject) or ()))
    first = first_cue_of_conjunct(head)
    if first is not None and (shared := subject_of(parse, first)):
        return Roles(runs_to_chars(window, content), shared)
    source_runs = past_parenthetical_cue(window, head, source_runs)
    source = relative_reporter(window, head, content, window_in_quote)
    source = source or pronoun_antecedent(window, source_runs) or runs_to_chars(window, source_runs)
    source = source or subject_of(parse, head)
    return Roles(runs_to_chars(window, content), past_opening_participle(parse, head, cue.start, source))

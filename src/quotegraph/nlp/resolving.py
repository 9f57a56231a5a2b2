"""Resolving stage: Candidates plus the Doc become Entities and Attributions.

Mentions (names, outlets, pronouns, role descriptions) are found and clustered into entities once per
document; each candidate's source span is then resolved to one entity, and its channel, addressee and
time are read around its cue. See ``quotegraph.nlp.resolve`` for the parts.

This module runs the steps in order; each step is a module beside it: ``resolving_continuations`` (quote
paragraphs folded), ``resolving_one`` (one candidate), ``resolving_documents`` and ``resolving_reread`` (speakers
read again in text order), ``resolving_occasions`` (each statement's occasion) and ``resolving_output`` (entities
and attributions written out), sharing ``resolving_records``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from quotegraph.model import Attribution, Entity
from quotegraph.nlp.candidates import Candidate, CharSpan
from quotegraph.nlp.extensions import published_of
from quotegraph.nlp.find.transcripts import Turn, question_lines
from quotegraph.nlp.memo import document_text
from quotegraph.nlp.resolve.carrying.learned_times import with_learned_times
from quotegraph.nlp.resolve.speakers.asked_subjects import asked_subjects
from quotegraph.nlp.resolve.speakers.clusters import Cluster, ClusterSet
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.speakers.first_person import speakers_first_person
from quotegraph.nlp.resolve.speakers.interviews import answered_by_interviewee, first_turn, interviewee
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan
from quotegraph.nlp.resolve.speakers.mentions import find_mentions
from quotegraph.nlp.resolve.speakers.participle_hosts import with_host_sources
from quotegraph.nlp.resolve.speakers.raised_subjects import without_raised_subjects
from quotegraph.nlp.resolve.speakers.source_spans import source_span
from quotegraph.nlp.resolve.speakers.speakers import resolve_source
from quotegraph.nlp.resolve.speakers.titled_sources import with_whole_titled_names
from quotegraph.nlp.resolve.speakers.titles import work_titles
from quotegraph.nlp.resolve.stated.circumstances import CircumstanceFinder
from quotegraph.nlp.resolving_continuations import fold_continuations
from quotegraph.nlp.resolving_documents import documents_made, narrated_issuings
from quotegraph.nlp.resolving_occasions import statement_occasions, time_apart_from_cue
from quotegraph.nlp.resolving_one import resolve_one
from quotegraph.nlp.resolving_output import attribution_of, cue_of, listed_entities
from quotegraph.nlp.resolving_records import Resolved
from quotegraph.nlp.resolving_reread import (
    bodies_described_after,
    headlines_restated,
    lede_named_next,
    namesakes_continued,
)
from quotegraph.nlp.resolving_turns import turns_kept
from quotegraph.nlp.syntax import holds_a_verb

__all__ = ["resolve"]


@dataclass(frozen=True)
class _StatementParts:
    sources: set[int]  # tokens of the candidates' sources
    contents: tuple[CharSpan, ...]  # character spans of their contents


def _statement_parts(doc: Doc, candidates: list[Candidate]) -> _StatementParts:
    spans = (source_span(doc, [s]) for c in candidates for s in c.source)
    sources = {token.i for span in spans if span is not None for token in span}
    contents = tuple(span for c in candidates for span in c.content if _says_something(doc, span))
    return _StatementParts(sources, contents)


def _says_something(doc: Doc, content: CharSpan) -> bool:
    """A content with a verb: what someone said. A verbless one ("Humphrey" for "Humphrey said") is
    a finding-stage slip, and its name stays part of the narrative."""
    span = doc.char_span(*content, alignment_mode="expand")
    return span is not None and holds_a_verb(span)


def _corefer(
    doc: Doc,
    text: str,
    mentions: list[MentionSpan],
    statements: _StatementParts,
    titles: frozenset[frozenset[str]] = frozenset(),
) -> tuple[ClusterSet, Coreference]:
    """Names clustered, then pronouns and descriptions linked; a name whose key is in ``titles`` is a work."""
    for mention in mentions:
        mention.cluster = None
    clusters = ClusterSet()
    clusters.cluster_names(doc, [m for m in mentions if m.kind == "name"])
    for cluster in clusters.clusters:
        if cluster.key in titles:
            cluster.type = "OTHER"
    coref = Coreference(doc, text, clusters, mentions, frozenset(statements.sources), statements.contents)
    coref.run()
    return clusters, coref


def _analyse(doc: Doc, text: str, statements: _StatementParts) -> tuple[ClusterSet, Coreference]:
    """Mentions clustered into entities; when a person-like name turns out to title a work, the pronouns
    and descriptions are linked again with it as a work, so none of them goes to a film as to somebody."""
    mentions = find_mentions(doc, text, frozenset(statements.sources))
    clusters, coref = _corefer(doc, text, mentions, statements)
    titles = frozenset(c.key for c in work_titles(doc, clusters.clusters, statements.sources))
    return _corefer(doc, text, mentions, statements, titles) if titles else (clusters, coref)


def _answerer_speaking(
    doc: Doc, candidates: list[Candidate], resolved: list[Resolved], answerer: Cluster, questions: Sequence[Turn]
) -> list[Resolved]:
    """An "I" who speaks inside a printed interview's answer ("A: ... I think his conclusory comment is correct") is
    the person answering. Its occasion was held before this, as the "I"'s own: what the person thinks, or once said
    elsewhere ("I said, hey, you've got to change the culture" of a speech at Davos), is told within the answer, not
    a turn of the interview, and joined to the answerer's turns it took their occasion (on train-d, the interview's
    channel carried to 8 statements the annotation leaves with none, a habit's "on the stump" to 10 turns)."""
    return [
        replace(result, speaker=answerer)
        if answered_by_interviewee(source_span(doc, candidate.source), questions)
        else result
        for candidate, result in zip(candidates, resolved, strict=True)
    ]


def _add_first_person(doc: Doc, text: str, candidates: list[Candidate], resolved: list[Resolved]) -> None:
    """ "I", "me", "my" in a speaker's own quoted words are further mentions of that speaker."""
    found = speakers_first_person(doc, text, [(c.content, c.kind) for c in candidates])
    for tokens, result in zip(found, resolved, strict=True):
        if result.speaker is None:
            continue
        for token in tokens:
            result.speaker.add(
                MentionSpan(
                    start=token.i,
                    end=token.i + 1,
                    head=token.i,
                    kind="pronoun",
                    text=token.text,
                    start_char=token.idx,
                    end_char=token.idx + len(token),
                )
            )


def resolve(doc: Doc, candidates: list[Candidate], *, learned: bool = True) -> tuple[list[Entity], list[Attribution]]:
    """Entities of the article and one Attribution per candidate (continuations folded), in order; ``learned``
    False leaves out the learned time fallback (its training reads the statements the rules leave)."""
    text = document_text(doc)  # Doc.text joins every token on each read: once a document
    candidates = without_raised_subjects(doc, candidates)  # "The court seemed to send": no one's statement
    candidates = with_whole_titled_names(doc, candidates)  # "asked Mr. Manafort": "Mr." alone names no one
    candidates = with_host_sources(doc, candidates)  # "he said, adding that": the participle's source is his
    answered = interviewee(doc, first_turn(text, candidates))
    parts = _statement_parts(doc, candidates)
    if answered is not None:  # the person interviewed is the source of every answer
        parts = replace(parts, sources=parts.sources | {t.i for t in answered})
    clusters, coref = _analyse(doc, text, parts)
    published = published_of(doc)
    finder = CircumstanceFinder(doc, text, published, coref.sentences, coref.sentence_of)
    candidates = fold_continuations(candidates)
    answerer = None if answered is None else resolve_source(clusters, coref, answered).cluster
    questions = question_lines(text) if answerer is not None else ()
    resolved = [resolve_one(doc, clusters, coref, finder, c, answerer, questions) for c in candidates]
    paragraphs = coref.paragraphs  # the paragraphs coreference weighs mentions by
    first = resolved  # as the pronoun pass left the speakers, before the re-readings name some
    issued = narrated_issuings(doc, candidates, coref, finder)
    resolved = documents_made(doc, candidates, resolved, coref.sentence_of, paragraphs, issued)
    resolved = namesakes_continued(doc, clusters, paragraphs, candidates, resolved)
    resolved = headlines_restated(doc, candidates, resolved)
    resolved = lede_named_next(doc, coref.sentence_of, paragraphs, candidates, resolved)
    resolved = bodies_described_after(doc, clusters, paragraphs, candidates, resolved)
    resolved = turns_kept(doc, clusters, paragraphs, candidates, first, resolved)  # after the re-readings name speakers
    _add_first_person(doc, text, candidates, resolved)
    cues = [cue_of(doc, text, c.cue) for c in candidates]  # once: the occasions read their lemmas, the output them
    held = statement_occasions(finder, coref, candidates, resolved, paragraphs, cues)
    held = [time_apart_from_cue(h, c) for h, c in zip(held, candidates, strict=True)]
    if answerer is not None:  # after the occasions: see ``_answerer_speaking``
        resolved = _answerer_speaking(doc, candidates, resolved, answerer, questions)
    # after the occasions too, which take the one asked as the question's scene ("Asked ..., Clinton said"): no source
    asked = asked_subjects(doc, candidates)
    candidates = [replace(c, source=[]) if a else c for c, a in zip(candidates, asked, strict=True)]
    resolved = [replace(r, speaker=None) if a else r for r, a in zip(resolved, asked, strict=True)]
    entities = listed_entities(doc, clusters, {r.speaker.index for r in resolved if r.speaker is not None})
    pairs = zip(candidates, cues, zip(resolved, held, strict=True), strict=True)
    attributions = [attribution_of(doc, text, i + 1, c, cue, r, entities) for i, (c, cue, r) in enumerate(pairs)]
    # last: a statement the rules leave with no time may carry an earlier phrase the learned model is sure of
    if learned:
        attributions = with_learned_times(doc, text, attributions, list(entities.values()))
    return list(entities.values()), attributions

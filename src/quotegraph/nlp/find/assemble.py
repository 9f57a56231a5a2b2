"""Candidates from cues and roles: contents widened over whole quotes, kinds, cue-less quote paragraphs.

``find_candidates`` reads each cue's roles (``roles.tag_roles``) and mends the content and source with the readings of
its own modules: a content's pieces as spans (``content_pieces``), quotes widened, resumed and continued
(``quote_widening``), a quote beside its cue (``adjacent_quotes``), where a content starts and ends around what follows
the cue (``content_cuts``); it adds the candidates no cue's window gives (``other_candidates``: transcript turns,
speaker headlines, poll findings) and drops or mends the ones that are no statement (``candidate_filters``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from quotegraph.nlp.candidates import CONFIDENCE_DIGITS, Candidate, CharSpan
from quotegraph.nlp.find import contrasted_sayings
from quotegraph.nlp.find.adjacent_quotes import (
    adjacent_quote,
    headline_quote_alone,
    past_colon_lead_in,
    past_opening_according,
    quote_side,
    untagged_speaker,
)
from quotegraph.nlp.find.candidate_filters import (
    anonymous_teaser,
    deduplicated_with_orphans,
    discourse_that_said,
    named_phrase,
    part_of_same_cue,
    past_quoted_name,
    without_expletive_sources,
    without_others_sources,
)
from quotegraph.nlp.find.content_cuts import (
    backshifted_conjunct,
    before_coordinated_cue,
    before_participle_cue,
    from_first_that,
    from_that_before_quote,
    naming_object,
    past_cue_preposition,
    with_fronted_part,
)
from quotegraph.nlp.find.content_pieces import over_inner_punctuation, trim
from quotegraph.nlp.find.contrasted_sayings import ContrastedSaying, contrasted_saying
from quotegraph.nlp.find.cues import FoundCue, cue_root, find_cues
from quotegraph.nlp.find.datelines import past_dateline
from quotegraph.nlp.find.lines import Lines, document_lines
from quotegraph.nlp.find.other_candidates import (
    after_labels,
    past_labels,
    poll_candidates,
    speaker_headline_candidates,
    turn_candidates,
)
from quotegraph.nlp.find.parse import ParseIndex
from quotegraph.nlp.find.quote_widening import (
    attribution_kind,
    continuations,
    in_cue_paragraph,
    join_resumed_quotes,
    quote_first,
    widen_over_quotes,
    with_closing_quote,
)
from quotegraph.nlp.find.quotes import QuoteRegion, balanced, every_quote_region, headline_quotes, single_quoted_regions
from quotegraph.nlp.find.roles import Roles, tag_roles
from quotegraph.nlp.find.spans import past_cue_phrase, quote_mask
from quotegraph.nlp.find.transcripts import Turn, question_lines, transcript_turns

__all__ = ["find_candidates"]


def _past_auxiliary(doc: Doc, source: Sequence[CharSpan]) -> list[CharSpan]:
    """A source piece the tagger starts on the cue's auxiliary ("Did you" of "Did you ever think ...?") starts
    at the word after it: an auxiliary is the verb's, never part of who speaks."""
    trimmed = []
    for start, end in source:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) > 1:
            first = span[0]
            if first.dep_ in ("aux", "auxpass") and not span.start <= first.head.i < span.end:
                start = span[1].idx
        trimmed.append((start, end))
    return trimmed


# A participle of saying set off by a comma after the cue's content ("said he plans to preview a strategy for Libya
# after Christmas, insisting that ...", "wrote a letter to Columbia's president, calling the reports “inaccurate”") is
# a statement of its own when the tagger finds it as a cue: its candidate went as a report inside the first cue's
# longer content. Not the earlier round's cut at any participle or concession after a comma (dropped: the parser hangs
# those on the reported verb, where they are as often the speaker's): only a cue the tagger found, of saying. Rule
# alone (coordsplit, cached parses of main 187a71c, outputs equal to the full eval's): train-d F1 0.7295 -> 0.7299 (P
# 0.8082 -> 0.8074, R 0.6647 -> 0.6660), source 0.9387 -> 0.9388; 15 annotated statements found, 2 lost in 27
# articles (lost: "seemed to overstay his welcome, revealing a tendency ...", "was ordered to make four releases ...,
# concluding the disclosure process": a participle of result, which PolNeAR keeps in the statement); 24 contents more,
# about ten not annotated ("remarking that ...", "asking him a series of questions"). Train 0-59 +1 ("says ... —
# asserting that ..."), train-c +1 ("says he would release ..., calling them “very boring tax returns”"), none lost.
PARTICIPLE_SAYINGS_CUT = True


# The second saying of a cut (a participle, or a coordinated verb with an object) takes the first cue's source: the
# parser hangs it on the reported clause's verb as often as on the cue, and its subject is then the clause's ("says
# rival Bernie Sanders accepted ... — asserting that ...": Clinton asserts, train 0-59; "dismissed Sanders'
# accusations that the Clinton campaign ... — saying ...": the DNC chair says, train-d). With both cuts, train-d F1
# 0.7296 without it -> 0.7300 with it, source 0.9383 -> 0.9388 (an attribution counts as right only with its
# source); the news pages unchanged.
SECOND_SAYINGS_SHARE_SOURCES = True

# A cue and its source set off by commas in mid-sentence give the content the sentence's start before them
# (``content_cuts.with_fronted_part``; train-d content exact F1 +0.0008 with it, figures there)
FRONTED_PARTS = True


# Cues either side a cue's window may reach past: news has a handful a sentence, while "he said that she
# told them that ..." has one every four words, each window as long as the sentence, so that cost grew with
# the square of the sentence.
MAX_CUES_REACHED = 8


def _among_cues(cues: Sequence[FoundCue], at: int, length: int) -> tuple[int, int]:
    """The tokens a cue's window keeps within: up to the ``MAX_CUES_REACHED``-th cue either side."""
    low = cues[at - MAX_CUES_REACHED].start if at >= MAX_CUES_REACHED else 0
    high = cues[at + MAX_CUES_REACHED].end if at + MAX_CUES_REACHED < len(cues) else length
    return low, high


@dataclass(frozen=True)
class _Document:
    """What every cue of one document is read against: its parse (with its text), its lines, its quote regions and the
    mask of the tokens inside them, the headline's quotes, and the single-quoted regions (the headline's, and the
    body's in a text quoting in single marks) a content is balanced over."""

    parse: ParseIndex
    lines: Lines
    regions: list[QuoteRegion]
    in_quote: list[bool]
    headline: list[QuoteRegion]
    single: tuple[QuoteRegion, ...]


def find_candidates(doc: Doc) -> list[Candidate]:
    """Every attribution the learned taggers find in ``doc``, then cue-less quote paragraphs."""
    parse, lines = ParseIndex(doc), document_lines(doc)
    text = parse.text  # ``Doc.text`` joins every token on each read: the index's one read
    turns = transcript_turns(text)
    headline = headline_quotes(text)
    regions = after_labels(every_quote_region(doc), turns)
    in_quote = quote_mask(doc, regions)
    document = _Document(parse, lines, regions, in_quote, headline, single_quoted_regions(doc))
    found = _cue_candidates(document, turn_candidates(text, turns, regions))
    found.extend(speaker_headline_candidates(doc, text, regions, found))
    found.extend(poll_candidates(doc, text, in_quote, regions, found))
    found = _mended(document, turns, found)
    found = _statements_only(document, found)
    return found + continuations(text, lines, regions, found, parse)


def _cue_candidates(document: _Document, found: list[Candidate]) -> list[Candidate]:
    """``found`` (the transcript turns' candidates) and after them each cue's candidate, in the cues' order: its
    content, kind and source, a second saying cut from it taking its source, and a contrasted saying split from it."""
    parse, regions, in_quote = document.parse, document.regions, document.in_quote
    doc, text = parse.doc, parse.text
    contents = {tuple(c.content) for c in found}  # two cues tagging one content make one candidate
    cues = list(find_cues(doc, in_quote))
    heads = [cue_root(doc, cue.start, cue.end) for cue in cues]
    cue_roots = {head.i for head in heads}
    shared_sources: dict[int, list[CharSpan]] = {}  # a second saying's verb: the source of the cue it was cut from
    for at, (cue, head) in enumerate(zip(cues, heads, strict=True)):
        roles = tag_roles(parse, cue, head, regions, in_quote, _among_cues(cues, at, len(doc)))
        cue_chars, content, adjacent, second, contrasted = _cue_content(document, cue, head, roles, cue_roots)
        if not content:
            continue
        if tuple(content) in contents:
            continue
        contents.add(tuple(content))
        kind = attribution_kind(text, content, regions)
        source = roles.source or untagged_speaker(head, adjacent or content, bool(adjacent) or kind == "direct")
        source = shared_sources.get(head.i, source) if SECOND_SAYINGS_SHARE_SOURCES else source
        if second is not None and source:
            shared_sources[second.i] = source
        found.append(Candidate(content, cue_chars, source, kind, round(cue.confidence, CONFIDENCE_DIGITS)))
        if contrasted is not None and (contrasted.content,) not in contents:
            contents.add((contrasted.content,))
            found.append(_contrasted_candidate(document, contrasted, cue))
    return found


def _cue_content(
    document: _Document, cue: FoundCue, head: Token, roles: Roles, cue_roots: set[int]
) -> tuple[list[CharSpan], list[CharSpan], list[CharSpan], Token | None, ContrastedSaying | None]:
    """A cue's characters and its content, tagged or the quote beside it (``adjacent``), widened over its quotes and
    cut where another saying starts (``second``, a coordinated or participle cue) or a contrasted saying is split off
    (``contrasted``), in the order each reading mends what the one before left."""
    parse, lines, regions, in_quote = document.parse, document.lines, document.regions, document.in_quote
    doc, text = parse.doc, parse.text
    tagged = past_quoted_name(text, in_cue_paragraph(lines, doc[cue.start].idx, roles.content), regions)
    adjacent = [] if tagged else adjacent_quote(parse, lines, cue, regions)
    cue_chars = [(doc[cue.start].idx, doc[cue.end - 1].idx + len(doc[cue.end - 1].text))]
    tagged = with_closing_quote(doc, text, tagged, regions, cue_chars[0])
    tagged = backshifted_conjunct(head, tagged)
    content = widen_over_quotes(tagged or adjacent, regions, text)
    content = quote_side(text, quote_first(text, content, regions), cue_chars[0], regions)
    content = past_colon_lead_in(doc, text, content, cue_chars[0], regions)
    content = headline_quote_alone(text, content, cue_chars[0], document.headline)
    content = past_opening_according(text, content, cue_chars[0])
    content = past_cue_phrase(doc, head, content)
    content, second = before_coordinated_cue(doc, head, content, cue_roots, in_quote, regions)
    if PARTICIPLE_SAYINGS_CUT and second is None:
        content, second = before_participle_cue(doc, head, content, cue_roots, in_quote)
    contrasted = None
    if contrasted_sayings.CONTRASTED_SAYINGS_SPLIT and second is None:
        content, contrasted = contrasted_saying(head, content, in_quote)
    content = from_that_before_quote(doc, head, content, regions)
    content = from_first_that(doc, head, content)
    content = past_cue_preposition(doc, text, head, content, in_quote)
    cue_chars, content = naming_object(doc, text, cue, head, cue_chars, content)
    if FRONTED_PARTS:
        content = with_fronted_part(doc, text, cue_chars, roles.source, content, cue_roots)
    return cue_chars, content, adjacent, second, contrasted


def _contrasted_candidate(document: _Document, contrasted: ContrastedSaying, cue: FoundCue) -> Candidate:
    """The candidate of a saying split off a cue's content by contrast, with that cue's confidence."""
    text, regions = document.parse.text, document.regions
    said = widen_over_quotes([contrasted.content], regions, text)
    return Candidate(
        said,
        [contrasted.cue],
        [contrasted.source],
        attribution_kind(text, said, regions),
        round(cue.confidence, CONFIDENCE_DIGITS),
    )


def _mended(document: _Document, turns: list[Turn], found: list[Candidate]) -> list[Candidate]:
    """``found`` without duplicates (orphans joined), with resumed quotes joined, contents balanced and trimmed, and
    sources past a dateline, a transcript's or question's label and an auxiliary."""
    parse, lines, regions, single = document.parse, document.lines, document.regions, document.single
    doc, text = parse.doc, parse.text
    found = deduplicated_with_orphans(parse, regions, found)
    labelled = [*turns, *(q for q in question_lines(text) if q.label not in {t.label for t in turns})]
    found = join_resumed_quotes(text, lines, regions, found)
    return [
        replace(
            c,
            content=balanced(text, trim(text, over_inner_punctuation(text, c.content)), single),
            source=_past_auxiliary(doc, past_labels(labelled, past_dateline(text, lines, c.source))),
        )
        for c in found
    ]


def _statements_only(document: _Document, found: list[Candidate]) -> list[Candidate]:
    """``found`` without what is no statement: a part of another candidate of the same cue, a named phrase, an
    anonymous teaser, a discourse "that said", and without expletive or others' sources."""
    parse, lines, headline = document.parse, document.lines, document.headline
    doc, text = parse.doc, parse.text
    by_cue: dict[tuple[CharSpan, ...], list[Candidate]] = {}
    for candidate in found:
        by_cue.setdefault(tuple(candidate.cue), []).append(candidate)
    found = [c for c in found if not any(part_of_same_cue(c, other) for other in by_cue[tuple(c.cue)])]
    found = [c for c in found if not named_phrase(text, c) and not anonymous_teaser(parse, lines, headline, c)]
    found = [c for c in found if not discourse_that_said(doc, c)]
    found = without_expletive_sources(doc, found)
    return without_others_sources(doc, text, found)

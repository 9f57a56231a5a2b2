"""Whose turn a "he said" after a quoted speaker is, once the re-readings have named that speaker.

The pronoun pass (``pronouns``) weighs each entity by its mentions as coreference met them; a statement's speaker that
a re-reading names afterwards ("Marco Diaz's job at the weather office is to watch the charts. Speaking by phone, the
weather specialist said ...": ``resolving_reread``) was, for that pass, a description of no person, so the "he said"
of the next paragraph went to an earlier man (``turns_kept``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.find.spans import Covered
from quotegraph.nlp.lexicons.tables import Gender
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.speakers.clusters import ClusterSet
from quotegraph.nlp.resolve.speakers.mention_spans import PRONOUNS
from quotegraph.nlp.resolve.speakers.source_spans import source_span
from quotegraph.nlp.resolving_records import Resolved, stands_at
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS

# A statement whose source is "he" or "she" alone, in the paragraph after the statement before it (or in the same
# one), keeps the turn of that statement's speaker, a named person the pronoun fits, when the narrative between
# tells of no other person: a reporter who meant anyone else would have named them, and a quote paragraph closed by
# "he said" after a speaker's words goes on with that speaker ("..., the weather specialist said Ula had weakened.
# ¶ “What worries me now is the river ...,” he said"). Only a speaker the pronoun pass could not weigh, one a
# re-reading named after it (``resolving_reread``, ``resolving_documents``), so that the pass's own choices, tuned on
# PolNeAR, stand wherever it saw the speaker speak.
PRONOUNS_KEEP_THE_TURN = True
# paragraphs a pronoun's statement may lie after the statement whose turn it keeps: the next one, as a quote
# paragraph closed by "he said" follows the paragraph that named its speaker
_TURN_PARAGRAPHS = 1


def _extent(candidate: Candidate) -> tuple[int, int]:
    spans = candidate.content + candidate.cue + candidate.source
    return min(s for s, _ in spans), max(e for _, e in spans)


def _pronoun_gender(doc: Doc, candidate: Candidate) -> Gender | None:
    """The gender of a source that is "he" or "she" alone, its cue's subject, else None."""
    source = source_span(doc, candidate.source)
    if source is None or len(source) != 1 or source[0].lower_ not in PRONOUNS:
        return None
    if source[0].dep_ not in NOMINAL_SUBJECTS:  # "his passion for": no one's turn to speak
        return None
    gender, plural, _ = PRONOUNS[source[0].lower_]
    return None if plural or gender == "unknown" else gender


def turns_kept(
    doc: Doc,
    clusters: ClusterSet,
    paragraphs: Paragraphs,
    candidates: list[Candidate],
    first: list[Resolved],
    resolved: list[Resolved],
) -> list[Resolved]:
    """Each "he said" / "she said" statement given the speaker of the statement just before when that speaker is a
    named person the pronoun fits, whom a re-reading named (``first``, the statements as ``resolve_one`` left them,
    gave it another), and no other person is told of between outside anyone's words (``PRONOUNS_KEEP_THE_TURN``)."""
    if not PRONOUNS_KEEP_THE_TURN:
        return resolved
    # every person's mention outside the statements' words, by its first character, found once and bisected per gap
    words = Covered([s for c in candidates for s in c.content])
    people = sorted(
        (m.start_char, c.index)
        for c in clusters.clusters
        if c.type == "PERSON"
        for m in c.mentions
        if not words.overlaps((m.start_char, m.start_char + 1))
    )
    starts = [start for start, _ in people]
    order = sorted((i for i, c in enumerate(candidates) if c.content), key=lambda i: stands_at(candidates[i]))
    out = list(resolved)
    for before, i in pairwise(order):
        gender = _pronoun_gender(doc, candidates[i])
        previous = out[before].speaker
        if gender is None or previous is None or previous is out[i].speaker:  # the pass chose it already
            continue
        if previous.type != "PERSON" or previous.plural or not previous.named or previous.ruled_out(gender):
            continue
        if first[before].speaker is previous:
            continue  # the pronoun pass weighed this speaker where it spoke: its choice stands
        if words.overlaps((stands_at(candidates[before]), stands_at(candidates[before]) + 1)):
            continue  # a report told inside another's words ("pointing out that Costa had reported"): not a turn
        end = _extent(candidates[before])[1]
        start = _extent(candidates[i])[0]
        if end > start or paragraphs.of(candidates[i].source[0][0]) - paragraphs.of(end) > _TURN_PARAGRAPHS:
            continue
        pronoun = candidates[i].source[0][0]
        between = people[bisect_left(starts, end) : bisect_left(starts, start)]
        if any(index != previous.index for at, index in between if at != pronoun):
            continue
        out[i] = replace(out[i], speaker=previous)
    return out

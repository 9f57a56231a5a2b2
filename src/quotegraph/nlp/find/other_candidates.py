"""Candidates not read from a cue's window: the turns of a transcript (with their labels), a headline that names its
speaker before a colon, and a poll's findings."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc

from quotegraph.nlp.candidates import Candidate, CharSpan, chars_overlap
from quotegraph.nlp.find.cues import CUE_THRESHOLD
from quotegraph.nlp.find.headings import speaker_headline
from quotegraph.nlp.find.polls import poll_findings
from quotegraph.nlp.find.quote_widening import attribution_kind, widen_over_quotes
from quotegraph.nlp.find.quotes import QuoteRegion
from quotegraph.nlp.find.transcripts import INTERVIEW_LABELS, Turn

# A transcript's turns are marked by their layout, not learned: they outrank a tagged cue's reading.
TURN_CONFIDENCE = 0.9
# A printed interview's "Q:"/"A:" turn ranks below every tagged cue (``CUE_THRESHOLD`` and up), so the
# reports inside a long answer stay beside it rather than going as parts of it: PolNeAR marks the turns
# in one train interview and only the reports inside them in another, and with turns that outrank them
# train lost 25 of the second's exact contents for 6 gained in the first.
INTERVIEW_TURN_CONFIDENCE = CUE_THRESHOLD / 2


def after_labels(regions: Sequence[QuoteRegion], turns: Sequence[Turn]) -> list[QuoteRegion]:
    """Quoted transcript turns ("“PENCE: Well, ...") quote only the words after the speaker's label, and
    a turn never continues the quote of the turn before it, whose paragraph was left open too."""
    colons = [turn.colon[0] for turn in turns]
    adjusted = []
    for region in regions:
        at = bisect_left(colons, region.start)
        if at == len(turns) or turns[at].colon[0] >= region.end:
            adjusted.append(region)
        elif turns[at].content[0] < region.end:
            adjusted.append(QuoteRegion(turns[at].content[0], region.end, region.open_end, opens_paragraph=False))
    return adjusted


def turn_candidates(text: str, turns: Sequence[Turn], regions: Sequence[QuoteRegion]) -> list[Candidate]:
    """One candidate a turn: its words (and the quote paragraphs it runs on into), colon and label."""
    found = []
    for turn in turns:
        content = widen_over_quotes([turn.content], regions, text)
        kind = attribution_kind(text, content, regions)
        interview = text[slice(*turn.label)] in INTERVIEW_LABELS
        confidence = INTERVIEW_TURN_CONFIDENCE if interview else TURN_CONFIDENCE
        found.append(Candidate(content, [turn.colon], [turn.label], kind, confidence))
    return found


def past_labels(turns: Sequence[Turn], source: Sequence[CharSpan]) -> list[CharSpan]:
    """A source piece the tagger runs from a transcript turn's label past its colon ("Q: Did you") starts at
    the turn's words: a label ("Q", "A", "TAPPER") is its own turn's source, never a name in another cue's."""
    trimmed = []
    for start, end in source:
        label = next((t for t in turns if t.label[0] <= start < t.colon[1] < end), None)
        trimmed.append((start, end) if label is None else (label.content[0], end))
    return trimmed


# A headline's speaker and claim are marked by its layout, as a transcript's turns are.
HEADLINE_SPEAKER_CONFIDENCE = TURN_CONFIDENCE


def speaker_headline_candidates(
    doc: Doc, text: str, regions: Sequence[QuoteRegion], found: list[Candidate]
) -> list[Candidate]:
    """The statement of a headline that names its speaker before a colon (``headings.speaker_headline``), unless
    a cue the tagger found already reads the claim's words ("Obama: Families Of Gun Violence Victims Don't Care
    About Politics": "Don't Care About" is the tagger's cue, and PolNeAR's)."""
    stated = speaker_headline(doc, text)
    if stated is None:
        return []
    content, cue, source = stated
    if any(chars_overlap(piece, claim) for candidate in found for piece in candidate.content for claim in content):
        return []
    return [Candidate(content, cue, source, attribution_kind(text, content, regions), HEADLINE_SPEAKER_CONFIDENCE)]


# A poll's finding stated with "in" before the poll (``polls.poll_findings``, finder5): of train-d's 464 annotated
# statements found by no system content whose own sentence states a channel, addressee or time, the largest group by
# cue is PolNeAR's "in" before a poll (17; the rest a long tail of attitude verbs, one to three each). Fires on 18
# clauses in 15 train-d articles (huff-post 2015-12-17 bernie-sanders, 2016-02-01 here-s-why-winning, 2016-02-28
# democrats-should; nyt 2015-11-13 clinton-stays-well-ahead, 2016-01-12 evangelical-iowans, 2016-01-29 it-s-still-bill,
# 2016-02-01 iowa-caucus, 2016-02-18 trump-fires-up, 2016-03-12 republicans-lower-volume, 2016-05-31 trampling-latinos,
# 2016-07-15 latest-poll; politico 2015-12-23 ben-carson-hints, 2016-02-17 bush-rubio-collide, 2016-03-24
# polls-suggest-kasich, 2016-04-13 standing-with-activists): 10 pair with an annotated statement, 8 do not (PolNeAR
# leaves "She is still ahead in national polls" and "Mr. Trump holds a double-digit lead ... in the latest polls"
# unannotated, and the mid-January poll's sentence is annotated on "viewed"). Train-d (full eval): attribution F1
# 0.7259 -> 0.7263 (precision 0.8053 -> 0.8048, recall 0.6608 -> 0.6618), source 0.9347 -> 0.9348, cue F1 0.8088 ->
# 0.8093; channel +11 right (10 stated: the poll is the channel) and +1 false fill (a later statement's "the event"),
# time +4 right and +4 false fills (the annotators leave a poll's own "last month" unset), addressee unchanged. Train
# 0-59: 2 clauses in 2 articles (breitbart 2015-11-16 o-malley-campaign, 2015-12-13 poll-finds-clinton), 1 paired:
# F1 0.7200 -> 0.7202, source 0.9436 -> 0.9437, channel and time +1 right each. Train-c and the news pages unchanged.
POLL_FINDINGS = True


def poll_candidates(
    doc: Doc, text: str, in_quote: Sequence[bool], regions: Sequence[QuoteRegion], found: list[Candidate]
) -> list[Candidate]:
    """The statements of a poll's findings (``polls.poll_findings``), unless a statement found already holds the
    poll's phrase (someone reports the finding: "Smith said Clinton led in the poll")."""
    if not POLL_FINDINGS:
        return []
    return [
        Candidate(content, cue, source, attribution_kind(text, content, regions), CUE_THRESHOLD)
        for content, cue, source in poll_findings(doc, in_quote)
        if not any(chars_overlap(piece, cue[0]) for candidate in found for piece in candidate.content)
    ]

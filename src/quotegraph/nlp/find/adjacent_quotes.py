"""A quote right beside its cue: the quote a cue whose window holds no content takes (``adjacent_quote``) and its
speaker (``untagged_speaker``); a content kept to the quote's side of its cue (``quote_side``); and the writer's words
before a quote that are not what was said (a headline's colon, a lead-in with no verb of saying, "according to", a
dash)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from quotegraph.nlp.candidates import CharSpan, chars_within
from quotegraph.nlp.find.content_pieces import merge
from quotegraph.nlp.find.cues import FoundCue
from quotegraph.nlp.find.headings import opening_colon
from quotegraph.nlp.find.lines import Lines
from quotegraph.nlp.find.orphans import MAX_REPORTER_WORDS, participle_speaker, quote_speaker
from quotegraph.nlp.find.parse import ParseIndex
from quotegraph.nlp.find.quotes import (
    QUOTE_MARKS_AND_BREAKS,
    QuoteRegion,
    closed_by,
    ends_as_clause,
    region_end,
    regions_touching,
)
from quotegraph.nlp.find.spans import ends_with_colon
from quotegraph.nlp.lexicons import lexicon_section, reports_words
from quotegraph.nlp.syntax import VERB_POS, WORD, WORD_CHARACTER, holds_a_verb

# A quote set off by a dash interrupts the writer's sentence ("B - “A,” he said - and C").
_DASH_ENDS = (" -", "--", "—", "–")


# The words a speaker may take between a reported quote and its cue ("“X,” Ramos, 58, told AFP").
MAX_SPEAKER_WORDS = 4
# words of the cue's own phrase a colon may end before the quote it opens ("posted on TikTok late on Monday:")
MAX_CUE_PHRASE_WORDS = 8
# The forms of "tell", whose object after a reported quote is the one told.
_TELL_FORMS = frozenset({"tell", "tells", "told", "telling"})
_SENTENCE_END = re.compile(r"[.!?][\"”'’]*\s")


def adjacent_quote(parse: ParseIndex, lines: Lines, cue: FoundCue, regions: Sequence[QuoteRegion]) -> list[CharSpan]:
    """For a cue whose window holds no content: the quote right beside it in its paragraph.

    That is a reported quote just before the cue with at most the speaker between ("“X,” Ramos, 58,
    told AFP") or the quote the cue introduces with a comma or colon ("He added, “X.”"); else the quote
    just before its sentence ("“X.” He said so."); else, when the sentence ends with a colon, the quote
    after. Only the regions of the sentence's paragraph up to the first region after it qualify.
    """
    doc, text = parse.doc, parse.text
    sentence = parse.sentence(cue.start)
    first, last = sentence.start_char, sentence.end_char
    cue_start, cue_end = doc[cue.start].idx, doc[cue.end - 1].idx + len(doc[cue.end - 1].text)
    before: list[CharSpan] = []
    # Of the regions ending before the sentence, only the last can have nothing but marks after it.
    at = max(
        bisect_right(regions, lines.start(first) - 1, key=region_end), bisect_right(regions, first, key=region_end) - 1
    )
    while at < len(regions):
        region = regions[at]
        if region.end <= first:
            if not WORD_CHARACTER.search(text, region.end, first) and not lines.crosses(region.end, first):
                before = [(region.start, region.end)]
        elif region.end <= cue_start:
            if _reported_before(text, region, cue_start):
                return [(region.start, region.end)]
        elif region.start >= cue_end and region.start < last and _introduced(text, cue_end, region.start):
            return [(region.start, region.end)]
        elif region.start >= last:
            colon = ends_with_colon(sentence) and not WORD_CHARACTER.search(text, last, region.start)
            return before or ([(region.start, region.end)] if colon else [])
        at += 1
    return before


def untagged_speaker(verb: Token, content: list[CharSpan], quoted: bool) -> list[CharSpan]:
    """The speaker of a content the tagger gave no source, read from the cue's root ``verb``: for a quote the
    cue follows, found as for an orphan quote ("“X,” Ramos, 58, told AFP": Ramos; "“X,” replied Ortiz and
    Bell"); else the phrase a participle cue hangs from. (A verb's parsed subject the tagger left out is mostly
    no source: "It noted that ...", "That suggests".)"""
    if not content:
        return []
    region = QuoteRegion(*content[0])
    if quoted:
        return quote_speaker(verb, region) if verb.idx >= region.end else []
    return participle_speaker(verb, region)


def _reported_before(text: str, region: QuoteRegion, cue_start: int, speaker_words: int = MAX_SPEAKER_WORDS) -> bool:
    """Whether the quote ends as a reported clause with at most a speaker (``speaker_words`` words) between it and
    the cue."""
    between = text[region.end : cue_start]
    return "\n" not in between and ends_as_clause(text, region) and len(WORD.findall(between)) <= speaker_words


def _introduced(text: str, cue_end: int, quote_start: int) -> bool:
    """Whether only a comma or colon (and the opening mark) lies between the cue and the quote, or
    nothing when the cue takes that comma or colon itself ("said:")."""
    between = text[cue_end:quote_start].strip(QUOTE_MARKS_AND_BREAKS)
    return between in {",", ":"} or (not between and text[cue_end - 1 : cue_end] in {",", ":"})


def quote_side(text: str, content: list[CharSpan], cue: CharSpan, regions: Sequence[QuoteRegion]) -> list[CharSpan]:
    """A content with a quote right beside its cue keeps to the quote's side of the cue.

    The tagger runs such a content over the cue into the report on its other side: "“A,” he said,
    adding that B" (B is another attribution's), "Asked whether B, he replied, “A.”" (B is a question).
    Of a fragment not wholly on the quote's side only the quotes resuming it stay ("“A,” he said, “B.”"); a
    quote the cue introduces that ends as a clause ends its side ("He said, “A,” but in fact B"). A
    reported quote a dash sets off starts its side ("He praised B - “A,” he said").
    """
    for span in content:
        for region in regions_touching(*span, regions):
            if region.end <= cue[0] and _reported_before(text, region, cue[0], _speaker_reach(text, cue)):
                before = [_from_quote(text, s, region) for s in content if s[1] <= cue[0]]
                after = [p for s in content if s[1] > cue[0] for p in _quoted(s, regions)]
                after = [p for p in after if _resumes_past_cue(text, cue[1], p[0])]
                return merge(before + after)
            opened = _colon_after(text, cue[1], region)  # the cue's phrase is no part of the quote's side
            if not opened and _resumes_sentence_before(text, content, cue, region):
                return content
            if region.start >= cue[1] and (opened or _introduced(text, cue[1], region.start)):
                end = region.end if ends_as_clause(text, region) else len(text)
                side = (region.start if opened else cue[1], end)
                return merge([p for s in content for p in ([s] if chars_within(s, side) else _quoted(s, regions))])
    return content


# Characters read back from a content for the end of the sentence before: the content must open its sentence, not
# follow a question put to the speaker ("Asked whether B, he replied, “...”").
_LEAD_REACH = 200


def _speaker_reach(text: str, cue: CharSpan) -> int:
    """The words a speaker may take between a reported quote the content holds and the cue: before "told", a title
    and a name ("“...,” the trust's chair, Margaret Oduya, told the Evening Press"), as long as an orphan quote's
    reporter, for the words after "told" are its hearer, never the quote's. After other cues such words may be the
    content's own (PolNeAR train: "“...,” ... said of Mr. Trump", "recalled, ... him saying"): a short speaker only."""
    return MAX_REPORTER_WORDS if text[cue[0] : cue[1]].lower() in _TELL_FORMS else MAX_SPEAKER_WORDS


def _resumes_sentence_before(text: str, content: Sequence[CharSpan], cue: CharSpan, region: QuoteRegion) -> bool:
    """Whether a quote after its cue goes on with the sentence the content began before the cue, the cue and its
    speaker an aside set off by commas: it opens with a small letter ("It was advice he followed, she noted, “and
    then some”", "That, the commission said, “would be helpful”"), and the content opens its sentence. Both sides
    are the content, as PolNeAR train annotates them."""
    before = [s for s in content if s[1] <= cue[0]]
    if not before or region.start < cue[1] or not _introduced(text, cue[1], region.start):
        return False
    first = WORD_CHARACTER.search(text, region.start, region.end)
    aside = text[before[-1][1] : cue[0]].lstrip(QUOTE_MARKS_AND_BREAKS)
    lead = text[max(0, before[0][0] - _LEAD_REACH) : before[0][0]]
    opens_sentence = not WORD_CHARACTER.search(re.split(r"[.!?\n]", lead)[-1])
    return first is not None and first.group().islower() and aside.startswith(",") and opens_sentence


def headline_quote_alone(
    text: str, content: list[CharSpan], cue: CharSpan, headline: Sequence[QuoteRegion]
) -> list[CharSpan]:
    """A headline that opens with a quote set off by a colon gives the quote alone as the words ("'I checked the
    numbers eleven times': Nebraska school janitor claims $214 million Powerball jackpot"): what the cue after the
    colon takes besides is the headline's own news, not the speaker's words."""
    for region in headline:
        set_off = region.opens_paragraph and region.end <= cue[0] and closed_by(text, region) == ":"
        if set_off and any(s < region.end and region.start < e for s, e in content):
            return [(s, e) for s, e in content if s < region.end]
    return content


def past_colon_lead_in(
    doc: Doc, text: str, content: list[CharSpan], cue: CharSpan, regions: Sequence[QuoteRegion]
) -> list[CharSpan]:
    """A content that runs from the writer's words over a colon into a quote starts at the quote, when those words are
    no report: a lead-in with no verb of saying before a quote its cue follows ("The all-clear came at 6:31 p.m.: “All
    payment services are operating normally,” the page said"), or the cue's own object before a quote after it, with
    no verb ("posted a photo of the two of them on Instagram with the caption: “Still family.”"): the quote is the
    words the thing carried (only after a verb of writing or posting, ``_POSTING``). A lead-in holding a verb of saying
    ("said:") is part of the report."""
    if not content:
        return content
    start, end = content[0]
    for region in regions_touching(start, end, regions):
        lead = doc.char_span(start, region.start, alignment_mode="expand")
        if region.start <= start or lead is None or opening_colon(text, region) is None:
            continue
        if region.end <= cue[0] and not any(t.pos_ in VERB_POS and reports_words(t.lemma_.lower()) for t in lead):
            return [(region.start, end), *content[1:]]
        opening = lead[0] if lead[0].dep_ == "dobj" else lead[0].head  # the object or its determiner
        carried = opening.dep_ == "dobj" and opening.left_edge == lead[0] and opening.head.idx < cue[1] <= start
        if carried and opening.head.lemma_.lower() in _POSTING and not holds_a_verb(lead):
            return [(region.start, end), *content[1:]]
        break
    return content


# Verbs whose object is a thing that carries words ("posted a photo ... with the caption:", "sent a note:"); the object
# of another verb is what the words are about or listed ("listed an NBC show as his guilty pleasure: “SNL”", kept
# whole by PolNeAR; "promised mass deportation: “...”")
_POSTING = lexicon_section("cue_verbs", "writing and posting")


def past_opening_according(text: str, content: list[CharSpan], cue: CharSpan) -> list[CharSpan]:
    """ "According to the transcript of a police interview read to the court, Hale told detectives ... that he had
    “never once signed a canvas”": a fragment before the cue that opens with "according to" is the phrase of another
    cue, naming whom or what the words come through, never the words of the verb after it; the content keeps the
    fragments after it."""
    if len(content) < 2 or content[0][1] > cue[0]:
        return content
    start, _ = content[0]
    if _ACCORDING_TO.match(text, start):
        return content[1:]
    return content


_ACCORDING_TO = re.compile(r"according\s+to\b", re.IGNORECASE)


def _colon_after(text: str, cue_end: int, region: QuoteRegion) -> bool:
    """A quote a colon opens after the cue's own short phrase ("posted on TikTok: “A.”", "said in a statement on
    Monday: “A.”"): the phrase is where and when it was said, not part of the words said."""
    between = text[cue_end : region.start].rstrip(QUOTE_MARKS_AND_BREAKS).rstrip()
    words = WORD.findall(between)
    # the phrase's preposition, or the cue's last word when the cue took it ("posted on" TikTok:)
    cue_last = text[max(0, cue_end - _LONGEST_LEAD) : cue_end].split()[-1:]
    leads = {w.casefold() for w in [*words[:1], *cue_last]}
    return (
        between.endswith(":")
        and 0 < len(words) <= MAX_CUE_PHRASE_WORDS
        and bool(leads & _CUE_PHRASE_LEADS)
        and not _CLAUSE_WORDS & {w.casefold() for w in words}
        and "\n" not in between
        and not _SENTENCE_END.search(between)
    )


# prepositions that open a cue's phrase of medium, audience or time ("on TikTok", "in a statement", "to reporters",
# "after the vote"); not "of" or "about", which open what the words are about ("said of gay couples:")
_CUE_PHRASE_LEADS = frozenset({"on", "in", "via", "through", "to", "at", "during", "after", "before", "from", "over"})
_LONGEST_LEAD = len(" through")
_CLAUSE_WORDS = frozenset({"that", "which", "who", "what", "there"})  # a clause before the colon is said, not a phrase


def _resumes_past_cue(text: str, cue_end: int, quote_start: int) -> bool:
    """Whether a quote after a reported quote's cue resumes it: the cue's sentence goes on to it and a comma
    or colon opens it ("“A,” he said, “B.”"), unlike a quote in the words after ("“A,” he said of an
    “unfair” rule" or "“A,” he said. She nodded. “B.”")."""
    between = text[cue_end:quote_start].rstrip(QUOTE_MARKS_AND_BREAKS)
    return between.endswith((",", ":")) and not _SENTENCE_END.search(between)


def _from_quote(text: str, span: CharSpan, region: QuoteRegion) -> CharSpan:
    """A fragment running into a quote that a dash sets off and the words after it report starts at the
    quote: the words before the dash are the writer's ("He suggested B - “A,” he said - and ...")."""
    dashed = text[: region.start].rstrip(QUOTE_MARKS_AND_BREAKS).endswith(_DASH_ENDS)
    if span[0] < region.start < span[1] and dashed:
        return (region.start, span[1])
    return span


def _quoted(span: CharSpan, regions: Sequence[QuoteRegion]) -> list[CharSpan]:
    """The parts of ``span`` inside quoted regions."""
    return [(max(span[0], r.start), min(span[1], r.end)) for r in regions_touching(*span, regions)]

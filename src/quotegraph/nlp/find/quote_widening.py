"""Contents widened over whole quotes: a content touching a quote takes all of it and the paragraphs a still-open
quote runs on into (``widen_over_quotes``), a quote closing the paragraph after a reported clause, a content cut to
its cue's paragraph or ended with its opening quote, quotes resumed after their attribution (``join_resumed_quotes``),
cue-less quote paragraphs continuing the attribution before them (``continuations``), and the kind a content's quotes
make it (``attribution_kind``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from quotegraph.model import AttributionKind
from quotegraph.nlp.candidates import Candidate, CharSpan, chars_overlap, chars_within
from quotegraph.nlp.find.content_pieces import merge
from quotegraph.nlp.find.lines import Lines
from quotegraph.nlp.find.paragraphs import ParagraphIndex
from quotegraph.nlp.find.parse import ParseIndex, root_of
from quotegraph.nlp.find.quotes import QuoteRegion, regions_touching
from quotegraph.nlp.find.spans import Covered
from quotegraph.nlp.lexicons import reports_words
from quotegraph.nlp.syntax import VERB_POS, WORD_CHARACTER, nominal_subjects

# Quote regions come in text order and never overlap (``quote_regions``), so the regions near an
# offset are found by bisection rather than by a scan of every region of the article.


def _start(region: QuoteRegion) -> int:
    return region.start


def _continued_regions(region: QuoteRegion, regions: Sequence[QuoteRegion], text: str) -> list[CharSpan]:
    """The paragraphs that reopen a quote left open at the end of ``region``'s paragraph."""
    following: list[CharSpan] = []
    current = region
    for at in range(bisect_right(regions, region.end, key=_start), len(regions)):
        nxt = regions[at]
        if not current.open_end or not nxt.opens_paragraph or text.find("\n", current.end, nxt.start) < 0:
            break
        following.append((nxt.start, nxt.end))
        current = nxt
    return following


def widen_over_quotes(content: Sequence[CharSpan], regions: Sequence[QuoteRegion], text: str) -> list[CharSpan]:
    """A content touching a quoted region takes all of it, and the paragraphs a still-open quote runs on into."""
    widened = list(content)
    for span in content:
        for region in regions_touching(*span, regions):
            widened.append((region.start, region.end))
            widened.extend(_continued_regions(region, regions, text))
    return merge(widened)


# What may stand between a reported clause and a quote that closes its sentence: a comma and spaces
_BEFORE_CLOSING_QUOTE = re.compile(r",\s*[“\"]")  # a region holds the words inside the marks
# What may follow that quote in its paragraph: a full stop outside the marks, at most
_AFTER_CLOSING_QUOTE = re.compile(r"[”\"][.]?[ \t]*(?:\n|$)")


def with_closing_quote(
    doc: Doc, text: str, content: list[CharSpan], regions: Sequence[QuoteRegion], cue: CharSpan
) -> list[CharSpan]:
    """ "Lowe told listeners that the station had received more than 400 messages about the exchange, “most of them
    about bins, some of them about manners.”": a quote after a comma that ends the paragraph, right after a reported
    clause that follows its cue, goes on with that clause (the tagger stops at the comma, and the quote alone went to
    a cue found inside it). Not a quote with words after it in its paragraph ("..., “Y,” he added"), nor one after a
    verb of saying of its own inside the content ("Gore insisted it was “premature” ... while adding on climate
    change matters, “I don't have any doubt ...”": the quote is what he added)."""
    if not content or content[0][0] < cue[1]:
        return content
    end = content[-1][1]
    at = bisect_left(regions, end, key=_start)  # the first quote after the content
    if at == len(regions):
        return content
    region = regions[at]
    if not _BEFORE_CLOSING_QUOTE.fullmatch(text, end, region.start) or not _AFTER_CLOSING_QUOTE.match(text, region.end):
        return content
    between = doc.char_span(content[0][0], end, alignment_mode="expand")
    if between is None or any(t.pos_ == "VERB" and reports_words(t.lemma_.lower()) for t in between):
        return content
    return [*content, (region.start, region.end)]


def in_cue_paragraph(lines: Lines, cue_start: int, content: Sequence[CharSpan]) -> list[CharSpan]:
    """The content cut to the cue's paragraph, when some of it lies there.

    The parser's sentences can run over a paragraph break, so a content tagged in the window can reach
    into the quote of the paragraph before; a cue's content is in its own paragraph (a quote running on
    into the next paragraphs is followed afterwards).
    """
    start, end = lines.start(cue_start), lines.end(cue_start)
    clipped = [(max(s, start), min(e, end)) for s, e in content if max(s, start) < min(e, end)]
    return clipped or list(content)


def quote_first(text: str, content: list[CharSpan], regions: Sequence[QuoteRegion]) -> list[CharSpan]:
    """A content that opens with a whole quote ends with it ("X," he said, adding... / "X" when asked...).

    The tagger lets such a content run on past the closing mark over the words that follow it; words
    after a quote that the content begins with are the report around it, not part of the quote.
    """
    if not content:
        return content
    start, end = content[0]
    at = bisect_left(regions, start, key=_start)
    if at < len(regions):
        region = regions[at]
        if region.start == start and region.end < end and WORD_CHARACTER.search(text, region.end, end):
            return [(start, region.end), *content[1:]]
    return content


def _next_region(lines: Lines, end: int, regions: Sequence[QuoteRegion]) -> QuoteRegion | None:
    """The first quoted region after ``end`` in the same paragraph."""
    at = bisect_left(regions, end, key=_start)
    if at == len(regions):
        return None
    region = regions[at]
    return None if lines.crosses(end, region.start) else region


def _blocks(candidate: Candidate, gap: CharSpan, resumed: CharSpan, paragraph: CharSpan) -> bool:
    """Whether ``candidate`` keeps the ``resumed`` quote from joining the quote before ``gap``.

    It does when its cue or source is in the gap and its content reaches out of the gap (another
    speaker's quote, the resumed one included: "“A?” she asked. He answered, “B.”"), or when its
    content takes the resumed quote and its cue is in that paragraph. Another attribution wholly
    inside the gap ("..., referring to X.") does not; nor does a content on the resumed quote whose
    cue lies in another paragraph.
    """
    roles = candidate.cue + candidate.source
    if any(chars_overlap(gap, s) for s in roles):
        return not all(chars_within(s, gap) for s in candidate.content)
    if any(chars_overlap(resumed, s) for s in candidate.content):
        return any(chars_overlap(paragraph, s) for s in roles) or not candidate.cue
    return False


def join_resumed_quotes(
    text: str, lines: Lines, regions: Sequence[QuoteRegion], found: list[Candidate]
) -> list[Candidate]:
    """A quote that resumes after its attribution ("X," he said. "Y.") joins the candidate it resumes.

    Only when nothing between the two quotes is another speaker's attribution and the resumed region
    is not another candidate's content with a cue in its paragraph (see ``_blocks``); a candidate
    whose content lay wholly on the resumed quote with its cue elsewhere is absorbed. A candidate with
    the same cue never blocks: it is the other half of the quote ("“A,” he said, “B.”").

    The joins are read in order, a candidate widened first blocking or absorbing those after it, on copies: the
    candidates given are left as they were, and the ones returned are new where they were joined.
    """
    found = [replace(c) for c in found]  # widened below: copies, so no caller's candidate changes under it
    absorbed: set[int] = set()
    index = ParagraphIndex(text, found)
    for candidate in found:
        if candidate.kind == "indirect" or id(candidate) in absorbed:
            continue
        while (region := _next_region(lines, candidate.content[-1][1], regions)) is not None:
            gap, resumed = (candidate.content[-1][1], region.start), (region.start, region.end)
            paragraph = lines.start(region.start), lines.end(region.start)
            near = [c for c in index.near((gap[0], resumed[1])) if c is not candidate and id(c) not in absorbed]
            if any(_blocks(c, gap, resumed, paragraph) for c in near if c.cue != candidate.cue):
                break
            extra = [(region.start, region.end), *_continued_regions(region, regions, text)]
            joined = (region.start, extra[-1][1])
            inside = [c for c in index.near(joined) if c is not candidate and id(c) not in absorbed]
            absorbed.update(id(c) for c in inside if all(chars_within(s, joined) for s in c.content))
            candidate.content = merge(candidate.content + extra)
            index.add(candidate)
    return [c for c in found if id(c) not in absorbed]


def attribution_kind(text: str, content: Sequence[CharSpan], regions: Sequence[QuoteRegion]) -> AttributionKind:
    """direct when every word character of the content is quoted, mixed when some are, else indirect."""
    quoted = total = 0
    for start, end in content:
        for match in WORD_CHARACTER.finditer(text, start, end):
            total += 1
            at = bisect_right(regions, match.start(), key=_start) - 1
            quoted += at >= 0 and match.start() < regions[at].end
    if total and quoted == total:
        return "direct"
    return "mixed" if quoted else "indirect"


def _paragraph_quote(text: str, lines: Lines, region: QuoteRegion) -> bool:
    """A region that is its whole paragraph, but for marks and closing punctuation."""
    return region.opens_paragraph and not WORD_CHARACTER.search(text, region.end, lines.end(region.end))


def continuations(
    text: str, lines: Lines, regions: Sequence[QuoteRegion], found: list[Candidate], parse: ParseIndex | None = None
) -> list[Candidate]:
    """Cue-less quote paragraphs, each taking the source of the attribution just before it.

    Only when that attribution (or a quote paragraph continuing it) ends in the paragraph before: past
    a paragraph of narrative, the quote is as likely another speaker's, and folding it in would spoil
    the attribution it joins; but past one sentence of background about a person (``_background_subject``, read in
    ``parse``, the parse of ``text``, when given), the quote is that person's, a statement of its own. (A
    continuation is a quote region: it never overlaps a later one.)
    """
    words = [s for c in found for s in c.content + c.cue]
    taken = Covered(words)
    held = Covered(words + [(r.start, r.end) for r in regions])  # what a background sentence may not hold
    # the candidates by where their content ends; of two ending together, the first in ``found`` last
    ends = sorted((c.content[-1][1], -i) for i, c in enumerate(found) if c.content)
    extra: list[Candidate] = []
    last_continued: dict[int, int] = {}
    for region in regions:
        if not _paragraph_quote(text, lines, region):
            continue
        span = (region.start, region.end)
        before = bisect_right(ends, (region.start, 0))
        if taken.overlaps(span) or not before:
            continue
        index = -ends[before - 1][1]
        parent = found[index]
        last = max(parent.content[-1][1], last_continued.get(index, 0))
        narrative_from = lines.next_break(last, len(text))  # as ``text.find("\n", last)``, -1 searching all
        if WORD_CHARACTER.search(text, max(narrative_from, 0), region.start):
            if BACKGROUND_SUBJECT_SPEAKS and parse is not None and narrative_from >= 0:
                subject = _background_subject(parse, lines, held, narrative_from, region.start)
                if subject:
                    extra.append(Candidate([span], [], subject, "direct", parent.confidence))
            continue
        extra.append(Candidate([span], [], list(parent.source), "direct", parent.confidence, continues=index))
        last_continued[index] = region.end
    return extra


# A quote paragraph after one sentence of background about a person, itself after an attribution, is that person's:
# "... a retired schoolteacher ..., who told the committee the store would “hollow out” the downtown. ¶ Margaret
# Ellery, 71, moved to Millbrook Falls from Toronto in 1985 and taught ... until her retirement. ¶ “We have a
# butcher, a baker ...”". Fires on grocery-store-planning-row (that statement found, speaker and kind right: pages
# speaker +1, kind +1; cost: its time is the background's "in 1985", wrong, as the resolver reads a cue-less
# statement's occasion at its source, and it carries to her next statement, the petition's) and on no train-d,
# train 0-59 or train-c article (outputs byte-identical: of train-d's 13 quote paragraphs after a one-sentence
# paragraph it takes none): its evidence is the page alone.
BACKGROUND_SUBJECT_SPEAKS = True
# Subjects that stand for one person named before: the pronoun's person speaks as a name would
_PERSONAL_PRONOUNS = frozenset({"he", "she"})


def _background_subject(parse: ParseIndex, lines: Lines, held: Covered, start: int, end: int) -> list[CharSpan]:
    """The person a paragraph of one background sentence between ``start`` and ``end`` is about, as a source: its main
    clause's subject, a person's name (without what is set off after it, "Margaret Ellery, 71,") or "he" / "she";
    else none. Not a paragraph that ``held`` (quotes and candidates' words) overlaps or with a verb of saying for its
    main verb (a statement, not background), nor a stretch of more than one paragraph."""
    text = parse.text
    first = WORD_CHARACTER.search(text, start, end)
    if first is None:
        return []
    paragraph = (lines.start(first.start()), lines.end(first.start()))
    if WORD_CHARACTER.search(text, paragraph[1], end) or held.overlaps(paragraph):
        return []
    span = parse.doc.char_span(first.start(), first.end(), alignment_mode="expand")
    if span is None or not len(span):
        return []
    sentence = parse.sentence(span[0].i)
    if sentence.start_char > first.start() or WORD_CHARACTER.search(text, sentence.end_char, paragraph[1]):
        return []
    root = root_of(sentence)
    if root.pos_ not in VERB_POS or reports_words(root.lemma_.lower()):
        return []
    for subject in nominal_subjects(root):
        if (subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON") or subject.lower_ in _PERSONAL_PRONOUNS:
            return [(subject.left_edge.idx, subject.idx + len(subject.text))]
    return []

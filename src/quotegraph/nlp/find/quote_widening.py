"""Contents widened over whole quotes: a content touching a quote takes all of it and the paragraphs a still-open
quote runs on into (``widen_over_quotes``), a quote closing the paragraph after a reported clause, a content cut to
its cue's paragraph or ended with its opening quote, quotes resumed after their attribution (``join_resumed_quotes``),
cue-less quote paragraphs continuing the attribution before them or given to the speaker of a scene before them
(``continuations``), and the kind a content's quotes make it (``attribution_kind``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from quotegraph.model import AttributionKind
from quotegraph.nlp.candidates import Candidate, CharSpan, chars_overlap, chars_within
from quotegraph.nlp.find.content_pieces import merge
from quotegraph.nlp.find.cues import CUE_THRESHOLD
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
    ``parse``, the parse of ``text``, when given), the quote is that person's, a statement of its own. A quote
    paragraph right after a scene (``_scene_speaker``: the paragraph before ends telling of a named speaker speaking,
    without quoting them) is that speaker's, a statement of its own with or without an attribution before it, and
    the quote paragraphs right after it go on with it. (A continuation is a quote region: it never overlaps a later
    one.)
    """
    words = [s for c in found for s in c.content + c.cue]
    taken = Covered(words)
    held = Covered(words + [(r.start, r.end) for r in regions])  # what a background sentence may not hold
    # the candidates by where their content ends; of two ending together, the first in ``found`` last
    ends = sorted((c.content[-1][1], -i) for i, c in enumerate(found) if c.content)
    extra: list[Candidate] = []
    last_continued: dict[int, int] = {}
    scene: tuple[int, int] | None = None  # the last scene quote (its index among ``found + extra``) and its end
    for region in regions:
        if not _paragraph_quote(text, lines, region):
            continue
        span = (region.start, region.end)
        before = bisect_right(ends, (region.start, 0))
        if taken.overlaps(span):
            continue
        if scene is not None and not WORD_CHARACTER.search(text, scene[1], region.start):
            # a further quote paragraph right after a scene's quote goes on with it
            source = list(extra[scene[0] - len(found)].source)
            extra.append(Candidate([span], [], source, "direct", SCENE_CONFIDENCE, continues=scene[0]))
            scene = (scene[0], region.end)
            continue
        subject = _scene_speaker(parse, lines, held, region.start) if SCENE_SPEAKER_SPEAKS and parse else []
        if subject:
            scene = (len(found) + len(extra), region.end)
            extra.append(Candidate([span], [], subject, "direct", SCENE_CONFIDENCE))
            continue
        if not before:
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


# A quote paragraph after a scene, a paragraph whose last sentence has a person or a body speaking without quoting
# them ("Morales spoke to supporters in the square after the result. ¶ “This is your victory, not mine.”", "the DNC
# issued a statement apologizing to Sanders for the emails ... ¶ “On behalf of everyone at the DNC, ...”"), is the
# speaker's: a reader gives the quote to the one the sentence before has speaking, and the scene's occasion (its
# medium, audience and time, read at the source as for any cue-less statement) is the quote's. The scene's sentence
# holds no quote and no found statement (else it is a statement, and its quote paragraphs continue it).
# Evidence (cache17 parses, this finder): fires on two train-d articles and on no train 0-59 or train-c article:
# breitbart_2016-07-25_dnc-issues-deep-and-sincere-apol ("the DNC issued a statement apologizing to Sanders"; gold
# E2 found, channel "a statement" right, its addressee "Sanders" and carried time "Monday" missed) and
# huff-post_2016-03-10_trump-says-he-never-pledged-to-k ("since Trump spoke only in evasive bromides during the
# interview", four quote paragraphs, one statement: channel, addressee and time right); train-d F1 0.7398 -> 0.7400,
# channel 0.7197 -> 0.7199, addressee 0.6997 -> 0.6994 and time 0.6801 -> 0.6799 (the DNC statement's two misses),
# no false fill added. The 174 news pages score the same (every field 1,961): their cue-less quote paragraphs all
# follow a found statement. Of train-d's cue-less quote paragraphs the finder left without a statement (7), it takes
# five; the other two follow a paragraph of argument (a list of experts' comments), no scene. Its evidence is thin
# (two articles): it is built as a general reading of a form that next24's rally pages had, not fitted to a page.
SCENE_SPEAKER_SPEAKS = True
# A scene's quote has no cue of its own: it ranks as the least sure a tagged cue may be
SCENE_CONFIDENCE = CUE_THRESHOLD
# Nouns of a saying that a verb of doing takes as its object to tell of speaking ("issued a statement", "gave a
# speech", "delivered remarks", "granted an interview"): the object, not the verb, makes the sentence a scene.
_SAYINGS = frozenset({"statement", "speech", "remark", "address", "interview", "message", "announcement"})
# Names of what speaks in a scene: a person, or a body that issues statements
_SPEAKING_NAMES = frozenset({"PERSON", "ORG", "NORP"})


def _speaks(verb: Token) -> bool:
    """Whether ``verb`` tells of its subject speaking: a verb of saying, or a verb whose object is a saying."""
    if reports_words(verb.lemma_.lower()):
        return True
    return any(child.dep_ == "dobj" and child.lemma_.lower() in _SAYINGS for child in verb.children)


def _scene_speaker(parse: ParseIndex, lines: Lines, held: Covered, start: int) -> list[CharSpan]:
    """The speaker of the scene just before the quote paragraph at ``start``: in the last sentence of the paragraph
    before, the subject of its last verb telling of a name of a person or a body, or "he" / "she", speaking; else
    none. Not a clause that ``held`` (quotes and found statements) overlaps."""
    text = parse.text
    end = lines.start(start)  # the last character of the paragraph before, past the blank lines between
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if not end:
        return []
    token = parse.doc.char_span(end - 1, end, alignment_mode="expand")
    if token is None or not len(token):
        return []
    sentence = parse.sentence(token[0].i)
    # the last clause of the sentence telling of a named speaker speaking, its own words holding no quote ("What “go
    # after them” actually means is left to the imagination of voters, since Trump spoke only in evasive bromides")
    for verb in reversed(sentence):
        if verb.pos_ not in VERB_POS or not _speaks(verb):
            continue
        subject = _speaking_subject(verb)
        if subject is None:  # "which included staff members suggesting ...": a saying with no one named speaking
            continue
        if held.overlaps((verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text))):
            return []
        return [(subject.left_edge.idx, subject.idx + len(subject.text))]
    return []


def _speaking_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` when it is a name of a person or a body, or "he" / "she"."""
    for subject in nominal_subjects(verb):
        if (subject.pos_ == "PROPN" and subject.ent_type_ in _SPEAKING_NAMES) or subject.lower_ in _PERSONAL_PRONOUNS:
            return subject
    return None

"""Quotes attributed by their layout rather than by a verb.

A quote a colon opens after a short verbless heading naming someone takes the colon as cue and the
heading as source ("... - Philip Bump: “...”", "... - From the report: “...”"); the colon may end the
paragraph before ("He told his audience: ¶ “...”"). A quote followed by a dash and a name, ending its
line or opening the next, takes the dash as cue and the name as source ("“...” ― Sonya Herridge",
"“...” ¶ -President Obama, tweeting"). A news digest item (capitalised headline, quote, outlet in
brackets) takes the outlet as cue and the headline as source. A headline that names a speaker before a colon
and gives the claim after it ("Sanders: Brexit's message could draw Trump support in US.") takes the colon as cue,
the name as source and the claim as content, quoted or not.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.quote_context import QuoteContext, past, words_of
from quotegraph.nlp.find.quotes import HEADLINE_MAX_WORDS, QUOTE_MARKS, QUOTE_MARKS_AND_BREAKS, QuoteRegion
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.syntax import WORD, holds_a_verb

__all__ = [
    "MAX_HEADING_CHARS",
    "MAX_HEADING_WORDS",
    "MAX_HEADLINE_SPEAKER_WORDS",
    "Stated",
    "layout_attribution",
    "opener_offset",
    "opening_colon",
    "speaker_headline",
]

# A colon may follow a short heading naming the speaker, after a dash in a digest ("... - Philip Bump:").
MAX_HEADING_WORDS = 8
MAX_HEADING_CHARS = 300  # eight words of a heading or a name take far fewer characters
_HEADING_DASHES = (" - ", " -", " — ", " – ", ". ")
# A heading may name the quote's source after "from" ("From the report: “...”", "More from Bump: “...”").
_HEADING_FROM = re.compile(r"\s*(?:More\s+)?[Ff]rom\s+")
_BYLINE_DASHES = "-—–―"
_DASHES_AND_SPACES = re.compile(r"[-—–―\s]*")
_ACCOUNT = re.compile(r"\s*\(?@\w")  # a social account's handle, bracketed or not: "(@MayorOsei)"
_SPACES = re.compile(r"\s*")
_QUOTE_MARK_RUN = re.compile("[" + re.escape(QUOTE_MARKS) + "]*")
# A headline's speaker is a name, a title and name or a name and where ("Former AG Mukasey at RNC:", five words); a
# longer capitalised run before a colon is a headline's own words in title case ("Sarah Silverman Heckles Sanders
# Supporters At Rally:"). Within five, a title-cased verb the tagger reads as a name still passes ("Carly Fiorina
# Endorses Ted Cruz:", "Endorses" a PROPN); one it reads as a verb does not ("Obama Warns Congress:").
MAX_HEADLINE_SPEAKER_WORDS = 5
# the lower-case words a headline's speaker may hold: where or to whom ("Mukasey at RNC", "Clinton to Planned
# Parenthood", "CNN President On Trump")
_HEADLINE_SPEAKER_LINKS = frozenset({"at", "on", "to"})
_HEADLINE_COLON = re.compile(r":\s")
# a headline label opening with an article or a demonstrative is a topic ("The verdict: ...", "This week: ..."), not a
# speaker: only those words, not the wider set a description may open with (``resolve.speakers.noun_classes``, with
# "one", "two", "some"), which this check has never needed
_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "that"})
Attributed = tuple[list[CharSpan], list[CharSpan]]  # cue and source
Stated = tuple[list[CharSpan], list[CharSpan], list[CharSpan]]  # content, cue and source


def layout_attribution(quotes: QuoteContext, region: QuoteRegion) -> Attributed | None:
    """The cue and source a quote's layout gives it, if any: a heading, a byline or a digest outlet."""
    return _speaker_heading(quotes, region) or _byline(quotes, region) or _digest_item(quotes, region)


def _speaker_heading(quotes: QuoteContext, region: QuoteRegion) -> Attributed | None:
    """For a quote opened by a colon after a short verbless phrase naming someone ("Philip Bump: “...”",
    "Rep. Trey Gowdy (R-S.C.): “...”"): the colon as cue and the phrase as source."""
    doc, text = quotes.doc, quotes.text
    colon = opening_colon(text, region)
    if colon is None:
        return None
    # A heading of MAX_HEADING_WORDS words is far shorter than MAX_HEADING_CHARS: no need to look further back.
    line_start = max(quotes.lines.start(colon), colon - MAX_HEADING_CHARS)
    start = max(line_start, *(text.rfind(dash, line_start, colon) + len(dash) for dash in _HEADING_DASHES))
    source = _HEADING_FROM.match(text, start, colon)
    start = start if source is None else source.end()
    span = doc.char_span(start, colon, alignment_mode="expand")
    if span is None or not 0 < len(WORD.findall(text, start, colon)) <= MAX_HEADING_WORDS:
        return None
    if holds_a_verb(span):
        return None
    if source is None and not any(t.pos_ == "PROPN" for t in span) and not _title_cased(text, start, colon):
        return None
    return [(colon, colon + 1)], [words_of(list(span))]


def _title_cased(text: str, start: int, end: int) -> bool:
    """Whether every word from ``start`` to ``end`` starts with a capital (a name the tagger took for
    common nouns: "Pew Research")."""
    return all(word[0].isupper() for word in WORD.findall(text, start, end))


def _byline(quotes: QuoteContext, region: QuoteRegion) -> Attributed | None:
    """For a quote followed by a dash naming its speaker, at the end of the quote's line ("“...” ― Sonya
    Herridge") or opening the next line ("“...” ¶ -President Obama, tweeting after the speech."): the dash
    as cue and the name, up to a comma, as source. On the quote's own line the name must end the line and
    hold no verb: a dash there more often opens the writer's next clause ("“...” - Democrats said ...")."""
    doc, text, lines = quotes.doc, quotes.text, quotes.lines
    line_end = lines.end(region.end)
    after_marks = past(_QUOTE_MARK_RUN, text, region.end)
    same_line = after_marks < line_end and text[after_marks] in _BYLINE_DASHES
    if same_line:
        dash = after_marks
    else:
        if line_end == len(text) or WORD.search(text, region.end, line_end):
            return None
        dash = past(_SPACES, text, line_end)
    if dash >= len(text) or text[dash] not in _BYLINE_DASHES:
        return None
    name_start = past(_DASHES_AND_SPACES, text, dash)
    # A name of MAX_HEADING_WORDS words is far shorter than MAX_HEADING_CHARS: a longer line holds none.
    name_line_end = lines.end(name_start)
    if name_line_end - name_start > MAX_HEADING_CHARS:
        return None
    comma = text.find(",", name_start, name_line_end)
    # Up to a comma ("-President Obama, tweeting"), else the line without its full stop ("― Edwin G. Monroy.").
    credit_end = comma if comma >= 0 else len(text[name_start:name_line_end].rstrip(" .")) + name_start
    # An embedded post's credit goes on past the name with the account and the date ("— Mayor Kevin Osei
    # (@MayorOsei) July 19, 2025"): the name ends before them.
    account = _ACCOUNT.search(text, name_start, credit_end)
    name_end = credit_end if account is None else account.start()
    span = doc.char_span(name_start, name_end, alignment_mode="expand")
    if span is None or not 0 < len(span) <= MAX_HEADING_WORDS or not any(t.pos_ == "PROPN" for t in span):
        return None
    if same_line and (WORD.search(text, credit_end, line_end) or holds_a_verb(span)):
        return None
    start, end = words_of(list(span))
    return [(dash, dash + 1)], [(max(start, name_start), end)]


def _digest_item(quotes: QuoteContext, region: QuoteRegion) -> Attributed | None:
    """For a news digest item, a capitalised headline, a quote from the story and its outlet in brackets
    ("OBAMA’S LAST STATE OF THE UNION “...” [AP.]"): the bracketed outlet as cue and the headline as
    source, as the corpus marks them."""
    text, lines = quotes.text, quotes.lines
    line_start = lines.start(region.start)
    if region.start - line_start > MAX_HEADING_CHARS or (outlet := quotes.digest_outlet(region)) is None:
        return None
    headline = text[line_start : region.start].strip(QUOTE_MARKS)
    if len(WORD.findall(headline)) < 2 or not headline.isupper():
        return None
    start = line_start + text[line_start : region.start].index(headline)
    return [outlet.span(1)], [(start, start + len(headline))]


def opener_offset(text: str, region: QuoteRegion) -> int:
    """The offset of the last character before the quote but for marks and line breaks (-1: none): the
    colon or comma that opens it, even at the end of the paragraph before. Read backwards from the quote, so that a
    document of thousands of quotes costs one step a mark, not a copy of the text before each quote."""
    at = region.start - 1
    while at >= 0 and text[at] in QUOTE_MARKS_AND_BREAKS:
        at -= 1
    return at


def opening_colon(text: str, region: QuoteRegion) -> int | None:
    """The offset of the colon that opens the quote, if one does."""
    at = opener_offset(text, region)
    return at if at >= 0 and text[at] == ":" else None


def speaker_headline(doc: Doc, text: str) -> Stated | None:
    """For a headline that opens ``text`` with a speaker's name, a colon and the claim ("Sanders: Brexit's message
    could draw Trump support in US.", "Former AG Mukasey at RNC: Clinton email scandal disqualifies her"): the colon
    as cue and the name as source. The name is a short capitalised run with no verb ("The Latest:", "Paid Notice:",
    a determiner or a lower-case word other than where or to whom, is no speaker) and no medium alone ("Poll:"),
    and the claim holds a verb (a claim is a clause: "Monday's Morning Email: Putin's Potential Involvement ..."
    gives no one's words). PolNeAR annotates the form so (45 headlines of train-d, 22 of them found by no cue
    before). ``text`` is ``doc.text``; only the first line is read, once a document."""
    first = len(text) - len(text.lstrip())
    line_end = text.find("\n", first)
    line_end = len(text) if line_end < 0 else line_end
    # a first line longer than a headline is the lede ("WASHINGTON: ..." opening an untitled text)
    colon_match = _HEADLINE_COLON.search(text, first, line_end)
    if colon_match is None or len(WORD.findall(text, first, line_end)) > HEADLINE_MAX_WORDS:
        return None
    colon = colon_match.start()
    # a label before a dash is the page's, not the speaker's ("EXCLUSIVE – Roger Stone:")
    first = max([first, *(at + len(dash) for dash in _HEADING_DASHES if (at := text.rfind(dash, first, colon)) >= 0)])
    words = WORD.findall(text, first, colon)
    if not 0 < len(words) <= MAX_HEADLINE_SPEAKER_WORDS or words[0].lower() in _DETERMINERS:
        return None
    if not all(word[0].isupper() or word in _HEADLINE_SPEAKER_LINKS for word in words):
        return None
    # "Poll:" or "Report:" alone heads a document's findings, which the resolver would take for the channel and
    # carry over the body's own naming of it ("the latest Quinnipiac University poll"): on train-d 5 carried
    # channels lost for 2 statements found
    if len(words) == 1 and words[0].lower() in lexicons().media:
        return None
    name = doc.char_span(first, colon, alignment_mode="expand")
    claim = doc.char_span(colon + 1, line_end, alignment_mode="expand")
    if name is None or claim is None or holds_a_verb(name):
        return None
    if not holds_a_verb(claim):
        return None
    return [words_of(list(claim))], [(colon, colon + 1)], [words_of(list(name))]

"""Quotes the cue tagger left without an attribution, given to a speech verb beside them.

A quoted region of a few words or more that no candidate covers takes the nearest speech verb of its
sentence (outside the quote) as cue and that verb's subject as source: "“...,” she elaborated."
Right after a quote ending as a reported clause ("“...,”") any verb but a modifier will do, subject
parsed or not ("“...,” Trump barked"), even one the parser put in the next sentence ("“...?” she
asked"); before a quote that a colon opens, any verb ("Rubio fired back: “...”"), and before a comma,
a speech verb or a verb with a subject ("telling reporters, “...”"), its own words between them or not
("He told the host of the show, “...”"). A quote resuming an attributed one after a short report
takes no verb but a speech verb after it ("“...?” he told me. “...?” Nega sold his house": it joins the
first).
A quote whose layout names its speaker (a heading and a colon, a byline dash, a digest outlet) is
attributed by ``headings.py`` first. Short regions and title-cased ones are left alone: they are
mostly titles and scare quotes, unless a speech verb follows a short one that ends as a reported
clause ("“We love cats!” reply Burton and Nick").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from quotegraph.nlp.candidates import Candidate, CharSpan
from quotegraph.nlp.find.cues import after_relative_clause
from quotegraph.nlp.find.headings import layout_attribution, opener_offset, opening_colon
from quotegraph.nlp.find.parse import ParseIndex, children_of
from quotegraph.nlp.find.quote_context import QuoteContext, past, words_of
from quotegraph.nlp.find.quotes import QUOTE_MARKS, QuoteRegion, ends_as_clause
from quotegraph.nlp.find.spans import Covered
from quotegraph.nlp.lexicons import lexicon, reports_words
from quotegraph.nlp.syntax import WORD, nominal_subjects

__all__ = ["MAX_REPORTER_WORDS", "MIN_ORPHAN_WORDS", "attribute_orphan_quotes", "participle_speaker", "quote_speaker"]

MIN_ORPHAN_WORDS = 4
# An orphan quote's verb is found beside the quote, not by the cue tagger: its candidate ranks as the least sure a
# tagged cue may be (``CUE_THRESHOLD``), fixed and low.
ORPHAN_CONFIDENCE = 0.5
# The verb must sit right beside the quote, with at most its subject between ("”, the senator added").
MAX_GAP_WORDS = 4
MAX_REPORTER_WORDS = 10
MAX_SUBJECT_WORDS = 20
MAX_DEPENDENT_WORDS = 12
# A speech verb heading the sentence before a quote that opens the next sentence of its paragraph reports the quote
# past its own indirect report ("Deltoro said he had already heard from two. “A cousin ...”"): a sentence's length.
MAX_REPORT_BEFORE_WORDS = 40
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "for", "and", "or", "to", "in", "on", "at", "by", "with"})
# What may follow a quote's last word before the words reporting it: punctuation and closing marks.
_CLOSING = re.compile(r"[\s\"“”'’`,.?!]*")
_SPEAKER_POS = frozenset({"PROPN", "PRON", "NOUN"})
# words read after a verb of saying for its speaker when none stands before it ("posted Smith", "said the mayor")
_SPEAKER_AFTER_WORDS = 2
_MODIFIERS = frozenset({"acl", "relcl", "advcl", "amod"})
# A verb hanging from an earlier one shares its subject ("The email went on to say, “...”").
_CLAUSES_OF_HEAD = frozenset({"xcomp", "advcl", "conj"})


# Only tokens this close to a quote are searched for its verb: a verb must be within MAX_SUBJECT_WORDS
# words of the quote, and walking whole sentences for each quote made a text of one endless sentence
# full of quotes quadratic.
MAX_VERB_REACH = 120  # tokens


def _sentence_before(quotes: QuoteContext, first: Span, region: QuoteRegion, first_in_paragraph: bool) -> int | None:
    """The number of the sentence just before a quote that opens its sentence and is the first quote of
    its paragraph ("X said in a statement. “...”"), when it is in the same paragraph."""
    parse, text = quotes.parse, quotes.text
    number = parse.sentence_of[first.start]
    if not first_in_paragraph or number == 0:
        return None
    sentence_start = parse.doc[parse.sentences[number][0]].idx
    if WORD.search(text, sentence_start, region.start):
        return None
    before_start = parse.doc[parse.sentences[number - 1][0]].idx
    return None if quotes.lines.crosses(before_start, region.start) else number - 1


def _sentence_after(quotes: QuoteContext, region: QuoteRegion) -> int | None:
    """The number of the sentence right after a quote ending as a reported clause: the parser often ends
    a sentence at a quoted question or exclamation, leaving its reporting verb in the next ("“Why?”
    Lichtman asked.")."""
    text = quotes.text
    if not ends_as_clause(text, region):
        return None
    start = past(_CLOSING, text, region.end)
    after = quotes.doc.char_span(start, start + 1, alignment_mode="expand") if start < len(text) else None
    return None if after is None else quotes.parse.sentence_of[after.start]


def _colon_sentence(quotes: QuoteContext, region: QuoteRegion) -> int | None:
    """The number of the sentence ending with the colon that opens the quote, even at the end of the
    paragraph before ("Jared Potts echoed: ¶ “...”")."""
    colon = opening_colon(quotes.text, region)
    if colon is None:
        return None
    span = quotes.doc.char_span(colon, colon + 1, alignment_mode="expand")
    return None if span is None else quotes.parse.sentence_of[span.start]


def _searched_tokens(quotes: QuoteContext, first: Span, region: QuoteRegion, first_in_paragraph: bool) -> list[Token]:
    """The tokens near the quote that may report it: those of its sentences (and of the one after) in its
    paragraph, then those of the sentence before and of the colon's sentence, none inside a quote of
    its paragraph."""
    parse, lines = quotes.parse, quotes.lines
    paragraph = range(lines.start(region.start), lines.end(region.end))
    reach = range(max(0, first.start - MAX_VERB_REACH), first.end + MAX_VERB_REACH)
    own = [parse.sentence_of[first.start], parse.sentence_of[first.end - 1], _sentence_after(quotes, region)]
    tokens = [t for n in own if n is not None for t in quotes.sentence_tokens(n, reach) if t.idx in paragraph]
    others = (_sentence_before(quotes, first, region, first_in_paragraph), _colon_sentence(quotes, region))
    tokens += [t for n in others if n is not None for t in quotes.sentence_tokens(n, reach)]
    return [t for t in tokens if not _quoted_in(quotes, t.idx, paragraph)]


def _quoted_in(quotes: QuoteContext, at: int, paragraph: range) -> bool:
    """Whether offset ``at`` lies inside a quoted region that overlaps ``paragraph``."""
    region = quotes.region_at(at)
    return region is not None and region.start < paragraph.stop and paragraph.start < region.end


def _speech_verb(quotes: QuoteContext, region: QuoteRegion, first_in_paragraph: bool) -> Token | None:
    """The verb beside the quote that reports it; never a word of a quote (a title's verb: "“Pop-up
    show strives to...,” by Eddie Small: “...”")."""
    first = quotes.doc.char_span(region.start, region.end, alignment_mode="expand")
    if first is None:
        return None
    # The parser's sentences can run over a paragraph break; the verb is in the quote's paragraph.
    tokens = _searched_tokens(quotes, first, region, first_in_paragraph)
    text = quotes.text
    at = opener_offset(text, region)
    reported, opener = ends_as_clause(text, region), text[at] if at >= 0 else ""
    verbs = [
        t
        for t in tokens
        if (t.pos_ == "VERB" or _verb_tagged_as_noun(t))
        and (_speech_verb_with_subject(t) or _reports_quote(t, region, reported) or _introduces(t, region, opener))
    ]
    near = [t for t in verbs if _words_between(text, t, region) <= _max_gap(quotes, t, region, reported, opener)]
    return min(near, key=lambda t: min(abs(t.idx - region.start), abs(t.idx - region.end)), default=None)


def _verb_tagged_as_noun(token: Token) -> bool:
    """A verb that the tagger took for a noun heading the sentence, known by its speech-verb lemma or by
    its subject: "“...,” the email read.", "Article 33 affirms: “...”" (the sentence has no verb at all)."""
    return token.dep_ == "ROOT" and token.pos_ == "NOUN" and (_is_speech_verb(token) or _has_subject(token))


def _is_speech_verb(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in lexicon("cue_verbs") or lemma in lexicon("quote_verbs")


def _has_subject(verb: Token) -> bool:
    return bool(nominal_subjects(verb))


def _speech_verb_with_subject(verb: Token) -> bool:
    return _is_speech_verb(verb) and _has_subject(verb)


def _reports_quote(verb: Token, region: QuoteRegion, reported: bool) -> bool:
    """A verb right after a quote ending as a reported clause reports it, whatever the verb and whether
    or not the parser found its subject: "“...,” Trump barked", "“...,” Ramos, 58, told AFP". Not a
    participle ("“Title,” published in 2015") nor a verb whose subject precedes the quote (a title),
    but for a speech verb the parser hung from the speaker between ("“...!” the nominee, Donald Trump,
    tweeted")."""
    if not reported or verb.idx < region.end:
        return False
    if verb.dep_ in _MODIFIERS and not (_is_speech_verb(verb) and region.end <= verb.head.idx < verb.idx):
        return False
    return not any(c.idx < region.start for c in nominal_subjects(verb))


def _introduces(verb: Token, region: QuoteRegion, opener: str) -> bool:
    """A verb before a quote that a colon opens introduces it, whatever the verb ("Rubio fired back:
    “...”"); before a comma, a speech verb does, with or without a subject ("telling reporters, “...”"),
    and any verb with a subject ("Hillary shot back, “...”")."""
    if verb.idx >= region.start:
        return False
    return opener == ":" or (opener == "," and (_is_speech_verb(verb) or _has_subject(verb)))


def _max_gap(quotes: QuoteContext, verb: Token, region: QuoteRegion, reported: bool, opener: str) -> int:
    """After a reported quote the speaker between may be a long title ("“...,” Sanders campaign manager
    Jeff Weaver said"), and longer still when all of it is the verb's subject, a name with its
    apposition ("“...,” James Comey, the director of the F.B.I., said"); before a quote a comma or colon
    opens, the verb's own words may lie between ("He told the host of the show, “...”"); elsewhere the
    verb must sit right beside the quote."""
    if verb.idx < region.end:
        own_words = opener in {",", ":"} and _dependents_between(quotes.parse, verb, region)
        if not own_words and _heads_report_before(quotes.parse, verb, region):
            return MAX_REPORT_BEFORE_WORDS
        return MAX_DEPENDENT_WORDS if own_words else MAX_GAP_WORDS
    if not reported:
        return MAX_GAP_WORDS
    return MAX_SUBJECT_WORDS if _subject_between(quotes.parse, verb, region) else MAX_REPORTER_WORDS


def _heads_report_before(parse: ParseIndex, verb: Token, region: QuoteRegion) -> bool:
    """Whether ``verb`` is a speech verb with a subject heading a sentence ended before the quote: the quote goes on
    with the report's speaker ("Deltoro said he had already heard from two. “A cousin ...”"). (Only the sentence
    just before a quote opening its paragraph's next sentence is searched: ``_sentence_before``.)"""
    last = parse.doc[parse.sentences[parse.sentence_of[verb.i]][1] - 1]
    return verb.dep_ == "ROOT" and _speech_verb_with_subject(verb) and last.idx + len(last.text) <= region.start


def _tokens_up_to(verb: Token, end: int) -> list[Token]:
    """The tokens after ``verb`` that start before offset ``end``, in order (a walk, not a scan of the
    rest of the document: a book-length text has millions of tokens)."""
    tokens = []
    for i in range(verb.i + 1, len(verb.doc)):
        if verb.doc[i].idx >= end:
            break
        tokens.append(verb.doc[i])
    return tokens


def _tokens_back_to(verb: Token, start: int) -> list[Token]:
    """The tokens before ``verb`` that start at offset ``start`` or later, in order."""
    tokens = []
    for i in range(verb.i - 1, -1, -1):
        if verb.doc[i].idx < start:
            break
        tokens.append(verb.doc[i])
    return tokens[::-1]


def _dependents_between(parse: ParseIndex, verb: Token, region: QuoteRegion) -> bool:
    """Whether every word between the verb and the quote after it hangs from the verb."""
    between = [t for t in _tokens_up_to(verb, region.start) if not (t.is_punct or t.is_space)]
    return all(parse.above(verb.i, t.i) for t in between)


def _subject_between(parse: ParseIndex, verb: Token, region: QuoteRegion) -> bool:
    """Whether every word between the quote and the verb after it belongs to the verb's subject."""
    between = [t for t in _tokens_back_to(verb, region.end) if not (t.is_punct or t.is_space)]
    subjects = [c for c in nominal_subjects(verb) if c.idx >= region.end]
    return bool(between) and any(all(parse.above(t.i, w.i) or t == w for w in between) for t in subjects)


def _words_between(text: str, verb: Token, region: QuoteRegion) -> int:
    start, end = (region.end, verb.idx) if verb.idx >= region.end else (verb.idx + len(verb.text), region.start)
    return len(WORD.findall(text, start, end))


def quote_speaker(verb: Token, region: QuoteRegion) -> list[CharSpan]:
    """The verb's subject (not a word of the quote the parser took for it), else the name or pronoun
    between the quote and the verb ("“...,” Ramos, 58, told"), else the one right after the verb
    ("“...,” asked Todd")."""
    if subject := _own_subject(verb, region):
        return subject
    if verb.dep_ in _CLAUSES_OF_HEAD and verb.head.i < verb.i:
        return quote_speaker(verb.head, region)
    doc = verb.doc
    if verb.dep_ in _MODIFIERS and region.end <= verb.head.left_edge.idx and verb.head.i < verb.i:
        # A verb hung from the speaker's noun ("“...!” the nominee, Donald Trump, tweeted"): that noun phrase.
        return [words_of(list(doc[verb.head.left_edge.i : verb.i]))]
    if after_relative_clause(verb) and verb.idx < region.start:
        # "Hollis, who had been tipped to win, posted on Instagram: “...”": the name the parser hung the verb on, not
        # the word after it
        return [_name(verb.head)]
    between = [t for t in _tokens_back_to(verb, region.end) if t.pos_ in _SPEAKER_POS]
    after = [t for t in doc[verb.i + 1 : verb.i + 1 + _SPEAKER_AFTER_WORDS] if t.pos_ in _SPEAKER_POS]
    for speaker in between[:1] or after[:1]:
        return [_name(speaker)]
    return []


def _own_subject(verb: Token, region: QuoteRegion) -> list[CharSpan]:
    """The verb's subject, unless the parser took a word of the content for it."""
    subjects = (c for c in nominal_subjects(verb) if not region.start <= c.idx < region.end)
    return [words_of(list(subject.subtree)) for subject in subjects][:1]


def participle_speaker(verb: Token, region: QuoteRegion) -> list[CharSpan]:
    """For a verb of saying the parser hung as a participle from the noun phrase before it, with what it
    says after it ("Marcus Bell, the team's head coach, texted to say that ..."): that noun phrase (not
    for "HLN, once known as ...")."""
    says = [verb, *(c for c in children_of(verb) if c.dep_ == "xcomp")]  # "texted to say", "called to say"
    if verb.dep_ != "acl" or not any(reports_words(v.lemma_.lower()) for v in says):
        return []
    if verb.head.i < verb.i and verb.idx < region.start:
        return [words_of(list(verb.doc[verb.head.left_edge.i : verb.i]))]
    return []


def _name(token: Token) -> CharSpan:
    """A speaker token with the compound words before it ("Paul Manafort") and the names joined to it
    ("Burton and Nick")."""
    start = token
    while start.i > 0 and start.nbor(-1).dep_ == "compound" and start.nbor(-1).head == token:
        start = start.nbor(-1)
    joined = [c for c in children_of(token) if c.dep_ == "conj"]
    last = joined[-1] if joined else token
    return (start.idx, last.idx + len(last.text))


def _exclaimed(quotes: QuoteContext, region: QuoteRegion) -> bool:
    """A short quote ending as a reported clause with a speech verb right after it: speech however short
    ("“We love cats!” reply Burton and Nick", "“No,” said Ms. Reyes"), not a title or a scare quote."""
    if not ends_as_clause(quotes.text, region):
        return False
    after = past(_CLOSING, quotes.text, region.end)
    span = quotes.doc.char_span(after, after + 1, alignment_mode="expand") if after < len(quotes.text) else None
    return span is not None and span.root.pos_ == "VERB" and _is_speech_verb(span.root)


def _is_work_title(text: str, region: QuoteRegion) -> bool:
    """A quote whose words all start with a capital but for short function words is a title
    (“Planet of the Apes,” “Crippled America: How to Make America Great Again”), not speech."""
    words = [w for w in WORD.findall(text, region.start, region.end) if w.lower() not in _TITLE_SMALL_WORDS]
    return all(w[0].isupper() or w[0].isdigit() for w in words)


def _resumes_after_report(text: str, before: QuoteRegion, region: QuoteRegion, attributed: bool) -> bool:
    """Whether ``region`` resumes the attributed quote before it after a short report ("“A?” he told me.
    “B?” Nega put his house up for sale"): it joins that quote, so a verb after it other than a speech
    verb ("“B,” she replied") is the writer's."""
    between = text[before.end : region.start].strip(QUOTE_MARKS)
    return attributed and between.endswith(".") and len(WORD.findall(between)) <= MAX_REPORTER_WORDS


def attribute_orphan_quotes(
    parse: ParseIndex, regions: Sequence[QuoteRegion], found: list[Candidate]
) -> list[Candidate]:
    """Candidates for uncovered quotes with a speech verb beside them (confidence ``ORPHAN_CONFIDENCE``)."""
    quotes = QuoteContext(parse, regions)
    text = quotes.text
    taken = Covered([span for c in found for span in c.content])
    extra = []
    orphaned: set[int] = set()  # the regions given a candidate here; regions never overlap one another
    for i, region in enumerate(regions):
        first_in_paragraph = i == 0 or quotes.lines.crosses(regions[i - 1].end, region.start)
        if taken.overlaps((region.start, region.end)):
            continue
        short = len(WORD.findall(text, region.start, region.end)) < MIN_ORPHAN_WORDS
        if (short and not _exclaimed(quotes, region)) or _is_work_title(text, region):
            continue
        if (heading := layout_attribution(quotes, region)) is not None:
            cue, source = heading
        elif (verb := _speech_verb(quotes, region, first_in_paragraph)) is not None:
            after = verb.idx >= region.end and not _is_speech_verb(verb)
            before = regions[i - 1]
            attributed = i - 1 in orphaned or taken.overlaps((before.start, before.end))
            if after and not first_in_paragraph and _resumes_after_report(text, before, region, attributed):
                continue
            cue, source = [(verb.idx, verb.idx + len(verb.text))], quote_speaker(verb, region)
        else:
            continue
        extra.append(Candidate([(region.start, region.end)], cue, source, "direct", ORPHAN_CONFIDENCE))
        orphaned.add(i)
    return extra

"""Where a tagged content starts and ends around what follows the cue: cut before a second verb of saying or a
participle of saying the tagger found as a cue of its own, run on over a backshifted verb coordinated with the cue,
started at the reported clause's "that" rather than at a quote or a second "that" inside it, and given the object of a
verb of naming."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.cues import AUXILIARIES, FoundCue
from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.find.quotes import QUOTE_MARKS, QuoteRegion, region_end, regions_touching
from quotegraph.nlp.find.reported_clauses import reported_clauses
from quotegraph.nlp.find.spans import cut_before, opens_with_that, words_after_cue
from quotegraph.nlp.lexicons import lexicon_section, reports_words
from quotegraph.nlp.syntax import WORD_CHARACTER, nominal_subjects


def before_coordinated_cue(
    doc: Doc,
    head: Token,
    content: list[CharSpan],
    cue_roots: set[int],
    in_quote: Sequence[bool],
    regions: Sequence[QuoteRegion],
) -> tuple[list[CharSpan], Token | None]:
    """ "said in a statement on Saturday that “not a single book was damaged” and thanked students for “the tidiest
    protest ...”", "said winds would ease by the afternoon but warned that “...”": a content the tagger runs over a
    second verb coordinated with the cue ends before the coordinating word when that verb is a cue of its own with
    its own that-clause or quote (PolNeAR gives the two verbs two statements about twenty times as often as one).
    Not a second verb with a bare clause ("concluded that X but said Y"), its own subject ("says X but he feels
    confident that Y") or of belief ("said X and hoped that Y", "but wants “smarter” deals"): PolNeAR gives those
    as one statement. With the cut content, the second verb when it shares the cue's source (it takes an object,
    ``_saying_with_object``), else None."""
    clauses = [c for c in children_of(head) if c.dep_ == "ccomp" and c.i > head.i and not in_quote[c.i]]
    for verb in (c for h in (head, *clauses) for c in children_of(h) if c.dep_ == "conj" and c.i > head.i):
        if verb.i not in cue_roots or in_quote[verb.i] or not any(s <= verb.idx < e for s, e in content):
            continue
        # "and hoped that Y" ("hoped": the lemmatizer gives "hop", hence the form less its "d"), "but he feels that Y"
        if nominal_subjects(verb) or {verb.lemma_.lower(), verb.lower_.removesuffix("d")} & _BELIEF:
            continue
        own_clause = any(c.dep_ == "ccomp" and c.i > verb.i and opens_with_that(c) for c in children_of(verb))
        with_object = COORDINATED_OBJECT_SAYINGS and not own_clause and _saying_with_object(head, verb)
        # a quote starting after the verb within its phrase, found by bisection (a chain of "and said" in a long
        # sentence would read each verb's phrase again)
        at = bisect_right(regions, verb.idx, key=region_end)
        own_quote = at < len(regions) and regions[at].start < verb.right_edge.idx + len(verb.right_edge)
        joiners = [c for c in children_of(verb.head) if c.dep_ == "cc" and c.i < verb.i and not in_quote[c.i]]
        if not (own_clause or own_quote or with_object) or not joiners or joiners[-1].i == 0:
            continue
        last = doc[joiners[-1].i - 1]  # the word before "and" or "but", a comma or a closing mark at most
        while last.i > 0 and ((last.is_punct and not last.is_quote) or last.is_space):
            last = doc[last.i - 1]
        cut = last.idx + len(last.text)
        kept = [(s, min(e, cut)) for s, e in content if s < cut]
        return (kept, verb if with_object and not own_quote else None) if kept else (content, None)
    return content, None


# What sets a participle clause off from the clause before it
_SETTING_OFF = frozenset({",", "—", "–", "-", "--"})


def before_participle_cue(
    doc: Doc, head: Token, content: list[CharSpan], cue_roots: set[int], in_quote: Sequence[bool]
) -> tuple[list[CharSpan], Token | None]:
    """The cue's content cut before the comma of a participle of saying that the tagger found as a cue, with no subject
    of its own, hung by the parser on the cue or on a verb of the clause it reports ("said X, adding, “...”"), and the
    participle, which shares the cue's source; else the content and None."""
    for verb in words_after_cue(head, content):
        if verb.i not in cue_roots or verb.tag_ != "VBG" or verb.dep_ != "advcl" or in_quote[verb.i]:
            continue
        if not reports_words(verb.lemma_.lower()) or nominal_subjects(verb):
            continue
        opening = verb.left_edge
        if (opening.i < verb.i and opening.lower_ != "while") or opening.i == 0:
            continue
        comma = doc[opening.i - 1]
        if comma.text not in _SETTING_OFF or not (verb.head == head or head in verb.head.ancestors):
            continue
        kept = cut_before(comma, content)
        return (kept, verb) if kept else (content, None)
    return content, None


# A second verb of saying joined to the cue with an object or an infinitive of its own, not only a that-clause or a
# quote, is a statement of its own ("suggested Melania's speechwriter be fired and defended Trump as a candidate",
# "announced that he was undergoing therapy and vowed to focus on being a better father"): the tagger finds it as a
# cue, but its candidate went as a report inside the first cue's longer content. PolNeAR splits such pairs about as
# often as it keeps them one, so the rule asks for the cue's own act (``_saying_with_object``). Rule alone (coordsplit,
# cached parses of main 187a71c): train-d F1 0.7295 -> 0.7296, source unchanged; 5 annotated statements found in 4
# articles ("forecast that the economy would soon rebound | and praised efforts by ...", "said “The Hispanics” | and
# swears Latinos love him"), 1 lost ("finally acknowledged the public health costs and ordered limits on new
# construction", one statement in the gold), in 7 articles; train 0-59 and train-c unchanged.
COORDINATED_OBJECT_SAYINGS = True


def _saying_with_object(head: Token, verb: Token) -> bool:
    """``verb``, a verb of saying with no subject of its own joined by the parser to the cue ``head`` or to a verb of
    the clause the cue reports, takes an object or an infinitive ("and praised efforts by ...", "and vowed to focus
    ..."), and is the cue's own act: joined to the cue itself, or in the cue's form and not the clause verb's
    ("forecast that the economy would soon rebound and praised ...": the speaker praised, as the speaker forecast; not
    "said he hoped to get her account back, and then would continue ...": an auxiliary of its own goes on with the
    clause)."""
    if not reports_words(verb.lemma_.lower()) or any(c.dep_ in AUXILIARIES for c in children_of(verb)):
        return False
    if not any(c.dep_ in _SAYING_OBJECTS and c.i > verb.i for c in children_of(verb)):
        return False
    clause = verb.head
    # "showed that Schilling had shared it and added his own comment": after a participle, a past form is that
    # participle again ("had added"), the clause's subject's act
    return clause == head or verb.tag_ == head.tag_ != clause.tag_ != "VBN"


# What a second verb of saying says, when it is no that-clause: its object or its infinitive
_SAYING_OBJECTS = frozenset({"dobj", "xcomp"})


def backshifted_conjunct(head: Token, content: list[CharSpan]) -> list[CharSpan]:
    """ "posted on Threads on Wednesday that he had known for months and had “never seen two people handle it
    better.”": a verb the parser coordinated with the cue, with no subject of its own, whose auxiliary repeats the
    backshifted one of the cue's reported that-clause ("had", "would") while the cue has none, goes on with that
    clause: the speaker did not "have seen", the words say he had. The content runs to that verb's end."""
    if not content or any(c.dep_ in AUXILIARIES for c in children_of(head)):
        return content
    end = content[-1][1]
    for clause in (c for c in children_of(head) if c.dep_ == "ccomp" and c.i > head.i and opens_with_that(c)):
        tense = {c.lower_ for c in children_of(clause) if c.dep_ in AUXILIARIES} & _BACKSHIFTED
        clause_end = clause.right_edge.idx + len(clause.right_edge)
        if not tense or not clause.idx <= end <= clause_end:
            continue
        for verb in (c for c in children_of(head) if c.dep_ == "conj" and c.i > clause.right_edge.i):
            shared = {c.lower_ for c in children_of(verb) if c.dep_ in AUXILIARIES} & tense
            joined = any(c.dep_ == "cc" and clause.right_edge.i < c.i < verb.i for c in children_of(head))
            if shared and joined and not nominal_subjects(verb):
                last = verb.right_edge
                return [*content[:-1], (content[-1][0], last.idx + len(last))]
    return content


# The auxiliaries of reported speech's shifted tenses: "had known" (for "have known" or "knew"), "would" (for "will")
_BACKSHIFTED = frozenset({"had", "would"})


def from_that_before_quote(
    doc: Doc, head: Token, content: list[CharSpan], regions: Sequence[QuoteRegion]
) -> list[CharSpan]:
    """ "said on the same episode that Mensah had “earned the right to choose.”": a content the tagger starts at a
    quote inside the cue's reported clause starts at the clause's "that" after the cue (as a content the tagger
    starts before "that" does, ``past_cue_phrase``): the words between are the clause's own subject and verb, and
    the statement is mixed."""
    if not content:
        return content
    start = content[0][0]
    if not any(r.start <= start < r.end for r in regions_touching(start, start + 1, regions)):
        return content
    for clause in reported_clauses(head):
        that = clause.left_edge
        if that.lower_ != "that" or that.dep_ != "mark" or that.i <= head.i or that.idx >= start:
            continue
        if that.idx < start <= clause.right_edge.idx:
            return [(that.idx, content[0][1]), *content[1:]]
    return content


def from_first_that(doc: Doc, head: Token, content: list[CharSpan]) -> list[CharSpan]:
    """ "said on a local radio program on Wednesday that she respected the senator but that “respect is not a campaign
    platform.”": a content the tagger starts at the "that" of a second clause, after "and" or "but", starts at the
    "that" of the cue's reported clause it is coordinated with (the parser hangs the second on the first or on the
    cue): PolNeAR gives two that-clauses of one cue one statement (37 of 37 on train-d)."""
    first = doc.char_span(*content[0], alignment_mode="expand") if content else None
    if first is None or first[0].lower_ != "that" or first[0].dep_ != "mark" or first.start < 2:
        return content
    joiner, second = doc[first.start - 1], first[0].head
    if joiner.dep_ != "cc" or second.dep_ != "conj":
        return content
    for clause in reported_clauses(head):
        that = clause.left_edge
        if that.lower_ != "that" or that.dep_ != "mark" or not head.i < that.i < joiner.i:
            continue
        end = clause.right_edge.i + 1
        if end < joiner.i and doc[end].text == ",":  # "that X, and that Y"
            end += 1
        if second.head == clause or (second.head == head and end == joiner.i):
            return [(that.idx, content[0][1]), *content[1:]]
    return content


# Verbs of belief, knowledge or wanting: a second verb of these goes on with the statement it is coordinated with
_BELIEF = lexicon_section("cue_verbs", "belief, knowledge, perception")
# Verbs whose object is named by the words said ("called the decision “a start, not a finish”")
_NAMING = frozenset({"call", "label", "dub", "brand"})


def naming_object(
    doc: Doc, text: str, cue: FoundCue, head: Token, cue_chars: list[CharSpan], content: list[CharSpan]
) -> tuple[list[CharSpan], list[CharSpan]]:
    """ "Herrera called the decision “a start, not a finish” in an interview": a cue of naming the tagger ran over
    its object, with the content right after it, gives the object to the content: what was said is the object and
    its name (PolNeAR: "called [the agreement “an historic step forward”]"), and the cue is the verb."""
    if head.lemma_.lower() not in _NAMING or not content or head.i + 1 >= cue.end or content[0][0] < cue_chars[0][1]:
        return cue_chars, content
    objects = [c for c in children_of(head) if c.dep_ == "dobj" and head.i < c.i]
    tail = doc[head.i + 1 : cue.end]
    if not objects or not all(t.i in {w.i for w in objects[0].subtree} for t in tail):
        return cue_chars, content
    if WORD_CHARACTER.search(text, cue_chars[0][1], content[0][0]):
        return cue_chars, content
    return [(cue_chars[0][0], head.idx + len(head.text))], [(tail[0].idx, content[0][1]), *content[1:]]


# What a preposition holds: a noun phrase or a clause ("for [reporting that ...]")
_PREPOSITION_OBJECTS = frozenset({"pobj", "pcomp"})


def past_cue_preposition(
    doc: Doc, text: str, head: Token, content: list[CharSpan], in_quote: Sequence[bool]
) -> list[CharSpan]:
    """ "called [for] increased regulation", "boasted [of] his negotiating skills", "responded [to] a request for
    comment": a content that opens with a preposition of the cue and is that prepositional phrase, outside quotes,
    starts after the preposition (PolNeAR puts the preposition in the cue: on train-d a gold content starts right
    after "for" 188 times against 37 starting with it, "of" 234 / 24, "about" 261 / 33, "on" 179 / 23, "with" 67 /
    12, "against" 67 / 0). Only a bare preposition: with the cue's object before it ("described [the attack] as",
    "accused [him] of", "criticized [the FBI] for") PolNeAR keeps the object and the preposition in the content
    (that version on train-d: 27 statements newly exact, 181 no longer, dropped).

    Train-d (full eval against main 379f2889): 88 contents start later in 80 articles; 38 newly exact in 34 articles
    ("a request for comment" three times, "a second-place finish in the New Hampshire primary", "his job", "free
    trade", ...), 7 no longer in 6 (the gold keeps "about the mainstream media", "on the election", "with Sullivan",
    ...), 43 still not exact; overlap matches and sources unchanged but one: "did not respond to [requests for an
    interview]" now pairs with a gold content "an interview" that has no source. Train 0-59: 16 contents, 6 newly
    exact, none lost; train-c: unchanged; news pages: unchanged."""
    if not content or content[0][0] < head.idx + len(head.text):
        return content  # a content before its cue ("“...,” he said") is no phrase of it
    words = [t for t in words_after_cue(head, content) if not (t.is_space or t.is_quote)]
    if not words or words[0].idx < content[0][0]:
        return content
    preposition = words[0]
    if preposition.dep_ != "prep" or preposition.head != head or preposition.pos_ != "ADP":
        return content
    if in_quote[preposition.i] or preposition.i + 1 >= len(doc):
        return content
    if not any(c.dep_ in _PREPOSITION_OBJECTS for c in children_of(preposition)):
        return content
    rest = doc[preposition.i + 1]
    end = preposition.right_edge.idx + len(preposition.right_edge.text)
    if WORD_CHARACTER.search(text, end, content[-1][1]):
        return content  # the content goes on past the phrase: more was said than what it was about
    return [(s, e) for s, e in ((max(s, rest.idx), e) for s, e in content) if s < e]


# At most this many words before a cue set off in mid-sentence are taken as the start of what was said: a longer
# stretch is more likely a sentence the parser failed to end than a fronted phrase ("While consumer confidence is at
# its highest level in years, he said, ..." is 11)
MAX_FRONTED_WORDS = 25

# What lies between a sentence's fronted part and the cue's phrase set off after it: a comma and spaces
_SETTING_OFF_COMMA = re.compile(r",\s+")
# What lies between the cue's phrase and the content after it: a comma, spaces, an opening quotation mark
_AFTER_SET_OFF_CUE = re.compile(r"\s*,\s*[“\"‘'`]*")
_DOUBLE_QUOTE_MARK = re.compile(r"``|''|[\"“”„«»]")
# A fronted part ending in a preposition, a subordinating or a coordinating conjunction is the writer's sentence
# running on over the cue ("after, according to him, ...", "to help his clients and, he argued, to help ...")
_RUNNING_ON = frozenset({"ADP", "SCONJ", "CCONJ"})


def with_fronted_part(
    doc: Doc,
    text: str,
    cue_chars: Sequence[CharSpan],
    source: Sequence[CharSpan],
    content: list[CharSpan],
    cue_roots: set[int],
) -> list[CharSpan]:
    """ "Instead, she said, her boss told her ...", "In Miami, Mr. Regalado said, Mr. Trump is seen as ...": a cue and
    its single source set off by commas in mid-sentence, with an unquoted content right after them, say the
    sentence's start too: the words before the cue are the speaker's sentence begun (PolNeAR gives the fronted part to
    the content as a fragment of its own: on train-d, with an unquoted content after such a cue, 83 times in 55
    articles against 6 in 6 where the content starts after the cue). Not before a quote (the words before it are the
    writer's scene: "As boos erupt from the crowd, he said, “Please quiet down”"; with quotes train-d lost 21
    statements for 8), nor when the fronted part holds a quotation mark (``join_resumed_quotes`` joins quotes), a cue
    of its own, more than ``MAX_FRONTED_WORDS`` words, or ends in a preposition or conjunction (``_RUNNING_ON``).

    Train-d (full eval against main 379f2889): 20 contents in 19 articles; 12 newly exact ("Instead | her boss told
    her ...", "In Miami | ...", "Investment | helped global economy ...", "Time | was on their side", "If the
    negligence law has never had its day in court | there's a simple explanation", ...), 5 no longer (the gold leaves
    out "Still", "In addition", "Six months ago", "Even then", "In the early 1990s": for a fronted adverb of time or
    sequence it is inconsistent, "Even then" is in once and out once), 3 still not exact. Train 0-59: one no longer
    exact (the gold leaves out "So" before a question); train-c and the news pages: unchanged."""
    if not content or len(source) != 1 or not cue_chars:
        return content  # a source in pieces ("he supported X and, he argued, Y") is no phrase set off in one place
    phrase_start = min(source[0][0], cue_chars[0][0])
    phrase_end = max(source[-1][1], cue_chars[-1][1])
    after = _AFTER_SET_OFF_CUE.match(text, phrase_end)
    if after is None or not phrase_end < content[0][0] <= after.end() or "," not in text[phrase_end : content[0][0]]:
        return content
    if _DOUBLE_QUOTE_MARK.search(after.group(0)) or text[content[0][0]] in QUOTE_MARKS:
        return content  # a quote after the cue: the words before it are the writer's scene, not the quote's start
    if WORD_CHARACTER.search(text, min(source[-1][1], cue_chars[-1][1]), max(source[0][0], cue_chars[0][0])):
        return content  # words between the source and the cue ("she said in an interview" ends at the verb)
    sentence = doc.char_span(phrase_start, phrase_end, alignment_mode="expand")
    if sentence is None:
        return content
    start = max(sentence[0].sent.start_char, text.rfind("\n", 0, phrase_start) + 1)
    comma = text.rfind(",", start, phrase_start)
    if comma < 0 or not _SETTING_OFF_COMMA.fullmatch(text, comma, phrase_start):
        return content
    fronted = text[start:comma]
    if not WORD_CHARACTER.search(fronted) or _DOUBLE_QUOTE_MARK.search(fronted):
        return content
    if len(fronted.split()) > MAX_FRONTED_WORDS:
        return content
    words = doc.char_span(start, comma, alignment_mode="expand")
    if words is None or any(t.i in cue_roots for t in words):
        return content  # "He tells audiences X (the existence of which, many say, ...)": a saying of its own
    if words[-1].pos_ in _RUNNING_ON:
        return content  # "crossed the border after, according to him, ...": the writer's phrase runs on over the cue
    while start < comma and text[start].isspace():
        start += 1
    return [(start, comma), *content]

"""Names of bodies, outlets, groups and storms the tagger missed: a name spelt by its bracketed abbreviation, an
outlet's name by its last word, a name after a noun for a body, a body's first word as a speaker, a group with
the body it belongs to, a storm's name."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.find.parse import children_of, document_words, lefts_of, rights_of, root_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan
from quotegraph.nlp.resolve.speakers.name_shapes import (
    NAME_JOINERS,
    NAME_WORDS,
    UNREAD_LABELS,
    capitalised_word,
    name_start,
    name_word,
    speaks,
    unlabelled_name_word,
)
from quotegraph.nlp.resolve.speakers.names import abbreviated_in_another_language, abbreviation_of, fold, strip_name
from quotegraph.nlp.resolve.speakers.noun_classes import a_body_noun, a_body_word


def body_groups(doc: Doc) -> Iterator[Span]:
    """ "House Republicans", "Senate Democrats", "Iowa Democrats": a group with the body or place it
    belongs to, which the tagger labels apart ("House" an organisation, "Republicans" a group)."""
    for ent in doc.ents:
        if ent.label_ != "NORP" or root_of(ent).tag_ not in ("NNPS", "NNS"):
            continue
        group = strip_name(ent)
        start = group.start
        while start > 0 and _qualifies_group(doc[start - 1], group):
            start -= 1
        if start < group.start:
            yield doc[start : group.end]


# "Storm Edith", "Hurricane Ian", "Tropical Storm Alberto", "Typhoon Haiyan": the forename a weather service gives a
# storm, after the word for what it is, names no person, and no "he" nor "she" stands for it
_WEATHER_WORDS = frozenset({"storm", "hurricane", "typhoon", "cyclone"})


def weather_names(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """A capitalised word for a storm and the person's name after it (tagged as one, or a known forename first): a
    storm's name, an entity of its own (of no kind that speaks), so that the tagger's person "Storm Edith" or a
    forename finder's "Edith" is never somebody. Not a word inside a body's name ("the National Hurricane Center")."""
    for i, lower in enumerate(document_words(doc).lower):
        if lower not in _WEATHER_WORDS:
            continue
        token = doc[i]
        if not token.is_title or token.i in taken or token.i + 1 >= len(doc):
            continue
        name = doc[token.i + 1]
        if (token.i > 0 and doc[token.i - 1].is_title) or not (
            name.ent_type_ == "PERSON" or fold(name.text) in lexicons().forenames
        ):
            continue
        end = token.i + 1
        while end < len(doc) and end not in taken and doc[end].is_title and doc[end].lower_ not in _WEATHER_WORDS:
            end += 1
        if end > token.i + 1:
            yield doc[token.i : end]


def _qualifies_group(token: Token, group: Span) -> bool:
    return (
        token.dep_ == "compound"
        and token.tag_ == "NNP"
        and token.ent_type_ in ("ORG", "GPE")
        and token.head.i in range(token.i + 1, group.end)
    )


def untagged_body_short_names(
    doc: Doc, names: list[MentionSpan], taken: set[int], sources: frozenset[int]
) -> Iterator[Span]:
    """ "Corrigan added" after "Corrigan Savings", its word read as no proper noun: a speaker's word that opens a
    body's name given before is a name, for the clusters to join to that body (clusters.py)."""
    first_words: dict[str, int] = {}  # a body's first word -> where the body is first named
    for m in names:
        words = [t for t in doc[m.start : m.end] if t.lower_ != "the"]
        if m.type == "ORG" and len(words) > 1:
            first_words[words[0].text] = min(first_words.get(words[0].text, m.start), m.start)
    for i in sorted(sources):
        token = doc[i]
        if i not in taken and token.tag_ != "NNP" and speaks(token, sources) and first_words.get(token.text, i) < i:
            yield doc[i : i + 1]


# an abbreviation has at most 7 letters (names.py), and a name spelt by them a few joiners more: a bound on the walk
_MAX_ABBREVIATED_WORDS = 12


def untagged_abbreviated_names(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """ "The Competition and Markets Board (CMB) said": capitalised words the tagger left untagged right before
    a bracketed abbreviation that spells their capitals are a body's name (the tagger often tags only the
    abbreviation), so that the body is named in full and "the regulator" can find it."""
    texts = document_words(doc).text
    for i, text in enumerate(texts):
        if text != "(" or i + 2 >= len(doc) or texts[i + 2] != ")":
            continue
        token = doc[i]
        start, first = token.i, max(0, token.i - _MAX_ABBREVIATED_WORDS)
        while start > first and start - 1 not in taken and name_word(doc[start - 1]):
            start -= 1
        while start < token.i and doc[start].lower_ in NAME_JOINERS:
            start += 1  # a name starts with a capital
        span = doc[start : token.i]
        if len(span) < NAME_WORDS:
            continue
        short = doc[token.i + 1]
        # "The Agency for Public Legal Records (AJPES)": a body's noun in the run makes it a body's name, whatever
        # language its abbreviation spells
        if abbreviation_of(short.text, span.text) or (
            abbreviated_in_another_language(span, short) and any(a_body_word(t.text) for t in span)
        ):
            yield span


def untagged_outlets(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """A name of capitalised words ending in an outlet word that the tagger missed ("The Gazette-Herald",
    "the Springfield Courier") or took for a work's title ("The Riverside Ledger"): an outlet, so that
    "the paper" can find it. One outlet word with its article ("The Dispatch leads on ...") is a paper too when the
    tagger gave it no name or a people's label, as it does to a paper's name it reads as an adjective."""
    strings = document_words(doc)
    for i, text in enumerate(strings.text):
        if text not in lexicons().outlet_words or strings.dep[i] == "compound" or i in taken:
            continue
        token = doc[i]
        start = name_start(token, taken)
        span = doc[start : token.i + 1]
        words = [t for t in span if t.tag_ != "HYPH"]
        untagged = len(words) >= NAME_WORDS and all(t.tag_ == "NNP" and t.ent_type_ in _UNNAMED for t in words)
        if untagged or (len(words) == 1 and _outlet_word_with_article(token)):
            yield span


def _outlet_word_with_article(token: Token) -> bool:
    """ "The Dispatch leads on", "told the Herald": a proper outlet word whose only word is the article "the"; not one
    with words of its own after it ("the Star of David") or a capitalised word before its article, which make it part
    of a longer name ("Correct the Record", "Eat The Press")."""
    lefts, doc = lefts_of(token), token.doc
    if token.tag_ != "NNP" or token.ent_type_ not in _ONE_WORD_OUTLET_LABELS or rights_of(token):
        return False
    if len(lefts) != 1 or lefts[0].lower_ != "the" or lefts[0].i != token.i - 1:
        return False
    before = doc[token.i - 2] if token.i >= _ARTICLE_AND_NAME else None
    return before is None or not capitalised_word(before.text) or bool(lefts[0].is_sent_start)


_ARTICLE_AND_NAME = 2  # "the" and the outlet word: a word before them may be a longer name's


def names_after_a_body_noun(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """ "The cycling campaign group Leeds on Wheels said", "the dairy company Halvorsen said": capitalised words right
    after a lower-case noun for a body with its article, which no name took and the tagger gave no name's label (it
    read "Leeds" as a verb), are that body's name; joiners may stand inside it ("on"), not at its ends."""
    strings = document_words(doc)
    for i, tag in enumerate(strings.tag):
        if tag != "NN" or not strings.text[i].islower():
            continue
        token = doc[i]
        if not a_body_noun(token):
            continue
        if not any(c.dep_ == "det" for c in children_of(token)):
            continue  # "on board EgyptAir Flight MS804": a class noun before a name takes an article
        end, last = token.i + 1, min(len(doc), token.i + 1 + _MAX_ABBREVIATED_WORDS)
        while end < last and _unread_name_word(doc[end], taken):
            end += 1
        while end > token.i + 1 and doc[end - 1].lower_ in NAME_JOINERS:
            end -= 1
        if end > token.i + 1 and doc[token.i + 1].lower_ not in NAME_JOINERS:
            yield doc[token.i + 1 : end]


# A body's name the tagger missed whole is read by its last word, a body's noun written as a name's word ("The Eastern
# Cape Ports Authority said", "The Independent Electoral and Boundaries Commission on Monday set"): the noun capitalised
# as a proper noun, with the capitalised words and joiners the parser hangs before it, none of them labelled or taken,
# two words at least, so that "the authority" or "the commission" said later has a body named so to join
# (``bodies._body_named_so``). Written by bodynames (thirty-seventh set; docs/occasion-rounds.md) for a shape of the
# blind pages' speaker misses.
NAMES_ENDING_IN_A_BODY_NOUN = True
_NOUN_AND_NAME_WORD = 2  # words: a name's word before the body's noun ("Ports Authority"); a bare "Authority" is none


def names_ending_in_a_body_noun(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """Names of bodies the tagger missed that end in a capitalised body noun (``NAMES_ENDING_IN_A_BODY_NOUN``)."""
    if not NAMES_ENDING_IN_A_BODY_NOUN:
        return
    for token in doc:
        if token.tag_ != "NNP" or not a_body_word(token.lower_) or not _unread_body_noun(token, taken):
            continue
        start = token.left_edge.i
        while start < token.i and (doc[start].lower_ == "the" or doc[start].lower_ in NAME_JOINERS):
            start += 1
        words = doc[start : token.i + 1]
        if len(words) >= _NOUN_AND_NAME_WORD and all(_unread_name_word(t, taken) for t in words[:-1]):
            yield words


def _unread_body_noun(token: Token, taken: set[int]) -> bool:
    """A body's noun capitalised as a name's last word ("Authority"), which no name took and the tagger left unread."""
    return token.i not in taken and token.ent_type_ in UNREAD_LABELS and capitalised_word(token.text)


def _unread_name_word(token: Token, taken: set[int]) -> bool:
    """A word of a body's name no name took: a joiner, or a capitalised word that is no common word, title or role."""
    if token.i in taken or token.ent_type_ not in UNREAD_LABELS:
        return False
    return token.lower_ in NAME_JOINERS or (not token.is_stop and unlabelled_name_word(token, taken))


_UNNAMED = ("", "WORK_OF_ART")  # the tagger's label of an outlet's name it missed, if any


# the tagger's labels of a paper's one-word name ("The Dispatch", "the Sentinel") when it sees no organisation: those,
# or a people's (it reads the word as a nationality)
_ONE_WORD_OUTLET_LABELS = frozenset({*_UNNAMED, "NORP"})

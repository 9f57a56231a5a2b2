"""The spaCy factory registry: every quotegraph component is registered here, once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import TYPE_CHECKING, cast

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.extensions import register_extensions
from quotegraph.nlp.find.parse import indexed_span_roots
from quotegraph.nlp.finding import find_candidates
from quotegraph.nlp.resolve.speakers.names import joined_initial, stopped_forenames
from quotegraph.nlp.resolving import resolve

if TYPE_CHECKING:
    from thinc.types import Ints2d

__all__ = [
    "JOINED_INITIAL_NAMES",
    "PARAGRAPH_BREAKS",
    "SENTENCE_RUNS_ON",
    "STOPPED_FORENAME_NAMES",
    "QuotegraphComponent",
    "joined_initial_names",
    "make_quotegraph",
    "paragraph_breaks",
    "sentence_runs_on",
    "stopped_forename_names",
]

PARAGRAPH_BREAKS = "quotegraph_paragraph_breaks"
JOINED_INITIAL_NAMES = "quotegraph_joined_initial_names"
SENTENCE_RUNS_ON = "quotegraph_sentence_runs_on"
STOPPED_FORENAME_NAMES = "quotegraph_stopped_forename_names"
_POSSESSIVES = frozenset({"'s", "’s"})
# Sentence-start values as spaCy's attribute arrays hold them (unsigned 64-bit): 1 starts a sentence, -1 does not
_STARTS = 1
_DOES_NOT_START = (1 << 64) - 1


class QuotegraphComponent:
    """Finds attributions and resolves their speakers; sets ``doc._.attributions`` and ``doc._.entities``."""

    def __call__(self, doc: Doc) -> Doc:
        with indexed_span_roots(doc):  # ``span.root`` without a walk up the tree per read (a long chain's length)
            candidates = find_candidates(doc)
            doc._.qg_candidates = candidates
            entities, attributions = resolve(doc, candidates)
        doc._.entities = entities
        doc._.attributions = attributions
        return doc


@Language.factory(
    "quotegraph",
    assigns=["doc._.attributions", "doc._.entities", "doc._.qg_candidates"],
    requires=["token.dep", "token.lemma", "token.tag", "doc.ents"],
)
def make_quotegraph(nlp: Language, name: str) -> QuotegraphComponent:
    register_extensions()
    return QuotegraphComponent()


@Language.component(PARAGRAPH_BREAKS, assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence, so that a heading without a full stop ("Thune Responds", a live
    blog's "Schumer Blasts Republicans") is not parsed into the paragraph after it; it runs before the
    parser, which keeps the boundaries it is given. A single line break is left to the parser (on PolNeAR
    train 0-59 splitting there too cut a few sentences a writer had run on: channel false fill 0.045 ->
    0.057)."""
    # each word and the one before it from one walk over the document: ``doc[i]`` builds a Token on every read, and
    # reading the word before as ``doc[token.i - 1]`` built two a word (both components: 220,000 Tokens on PolNeAR
    # train 0-59, half of them now; same boundaries, ``test_factories``)
    starts = (
        token.i
        for before, token in pairwise(doc)
        if before.is_space and before.text.count("\n") >= 2 and not token.is_space
    )
    return _with_sentence_starts(doc, starts, _STARTS)


@Language.component(JOINED_INITIAL_NAMES, assigns=["doc.ents"])
def joined_initial_names(doc: Doc) -> Doc:
    """A proper noun written as an initial joined to a given name ("B.Enkhtuvshin", ``names.JOINED_INITIALS``) that the
    tagger left untagged, or tagged alone as something else, is a person's name: the tagger knows the form from no
    training text, so it left the name bare (the speaker was then taken from the words around it, "Governor
    B.Enkhtuvshin", "D.Sukhbaatar, a herder in the province,") or typed it a body. Runs after the tagger, each word
    read once."""
    people = [
        Span(doc, token.i, token.i + 1, label="PERSON")
        for token, after in pairwise((*doc, None))
        if token.tag_ == "NNP" and _bare_or_alone(token, after) and joined_initial(token.text) is not None
    ]
    if people:
        doc.set_ents(people, default="unmodified")
    return doc


@Language.component(STOPPED_FORENAME_NAMES, assigns=["doc.ents"])
def stopped_forename_names(doc: Doc) -> Doc:
    """A person's name opened by a forename written shortened with a stop ("Ma. Theresa Reyes", "Md. Rafiqul Islam":
    ``names.STOPPED_FORENAMES_OPEN_NAMES``) is one person's name from the abbreviation to the end of the name after it:
    the entity the tagger gave the words after the stop (whatever its type: it typed "Councilor Ma. Theresa Reyes" a
    body and "Md." a place), else those words while they are proper nouns. Any entity overlapping the name gives way
    to it. Runs after the tagger."""
    names: list[Span] = []
    for first, after in stopped_forenames(doc):
        word = doc[after]
        if word.ent_type_:
            end = next((t.i for t in doc[after + 1 :] if t.ent_iob_ != "I"), len(doc))
        else:
            end = next((t.i for t in doc[after + 1 :] if t.tag_ != "NNP" or not t.text.istitle()), len(doc))
        if not names or names[-1].end <= first:
            names.append(Span(doc, first, end, label="PERSON"))
    if names:
        kept = [e for e in doc.ents if not any(e.start < n.end and n.start < e.end for n in names)]
        doc.ents = sorted([*kept, *names], key=lambda span: span.start)
    return doc


def _bare_or_alone(token: Token, after: Token | None) -> bool:
    """A word in no entity, or an entity by itself (the next word no part of it)."""
    return not token.ent_type_ or (token.ent_iob_ == "B" and (after is None or after.ent_iob_ != "I"))


@Language.component(SENTENCE_RUNS_ON, assigns=["token.is_sent_start"])
def sentence_runs_on(doc: Doc) -> Doc:
    """No sentence starts right after "’s": a possessive needs its noun, a contracted "is" what it is ("Sunday
    on Fox News channel’s “Sunday Morning Futures,” Rep. Issa said", where the parser ended one before the
    quote and the statement lost its occasion). It runs before the parser, which keeps the boundaries it is
    given; a line break still ends a sentence where it did."""
    runs_on = [
        token.i
        for before, token in pairwise(doc)
        if before.text in _POSSESSIVES and not token.is_space and "\n" not in before.whitespace_
    ]
    if LINE_OPENERS_RUN_ON:
        runs_on.extend(_after_a_line_s_first_word(doc))
    runs_on.extend(name for _, name in stopped_forenames(doc))  # "Ma. Theresa Reyes": the stop ends no sentence
    return _with_sentence_starts(doc, runs_on, _DOES_NOT_START)


# A line's first word with more words after it on the same line is no sentence by itself: the parser cut "Joaquim" off
# "Joaquim Ferreira Bastos, a grower, said ..." and "Vo" off "Vo Thi Lan, ...", each a one-word sentence of its own,
# so the speaker's name lost its first word (a forename, or the family name that opens a Vietnamese, Chinese or Korean
# name) and the rest was taken for another person (namejoins). A sentence ends on a stop, a question or exclamation
# mark or a line break, none of which stands between the two words. The parser split so in 1 train-d and 3 train 0-59
# articles ("Texas" off "Texas Lt. Gov. Dan Patrick"): full eval scores unchanged, two sources now whole; on the 177
# tuned pages no field moves, about twenty statements' names or spans grow by the word ("Rafael Quintero", "Aid
# agencies"), one headline's speaker goes wrong ("Wensum Athletic owner" is the club).
LINE_OPENERS_RUN_ON = True


def _after_a_line_s_first_word(doc: Doc) -> Iterator[int]:
    """The word after each line's first word, where both are words on one line (``LINE_OPENERS_RUN_ON``)."""
    line_start = True  # the document's first token opens a line
    opener: Token | None = None
    for token in doc:
        if opener is not None and token.is_alpha:
            yield token.i
        opener = token if line_start and token.is_alpha and "\n" not in token.whitespace_ else None
        line_start = token.is_space and "\n" in token.text


def _with_sentence_starts(doc: Doc, tokens: Iterable[int], value: int) -> Doc:
    """``doc`` with the sentence start of each of ``tokens`` set to ``value``, all at once: each
    ``Token.is_sent_start = ...`` scans the whole doc for a parse first, which made a text of thousands of
    paragraphs cost the square of its length (a 120 KB text of short quote paragraphs spent 3.5 s here)."""
    indexes = list(tokens)
    if indexes:
        starts = doc.to_array([SENT_START])  # one value a token
        starts[indexes] = value
        doc.from_array([SENT_START], cast("Ints2d", starts))
    return doc

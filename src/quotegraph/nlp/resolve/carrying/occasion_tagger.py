"""A learned tagger of occasion phrases: CHANNEL, ADDRESSEE and TIME phrases in every sentence.

The rules of ``circumstances`` and ``scenes`` read an occasion where a cue or a verb of saying places it.
Many occasions a reader carries are told elsewhere ("Clinton is using her victory speech after the Nevada
caucuses to ...", "... in a tweet" at a sentence's end, a lead's scene): this CRF (python-crfsuite, like the
cue and role taggers) marks such phrases wherever they stand, BIO over the tokens of each sentence, from the
parse (word, lemma, tag, dependency, head, entity type, shape, neighbours), the lexicons (medium and scene
nouns, dated expressions) and whether a cue verb is near. It is trained on the occasion annotations of PolNeAR
train (``python -m quotegraph.nlp.training.occasions``): each annotated value, stated or carried, is an
occasion phrase in the text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.find.features import word_features
from quotegraph.nlp.find.model import OCCASION_MODEL, Tagger, load_tagger
from quotegraph.nlp.find.parse import document_tree, document_words
from quotegraph.nlp.find.spans import document_quote_mask
from quotegraph.nlp.lexicons import lexicon
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.stated.channel_nouns import is_channel_word
from quotegraph.nlp.resolve.stated.timeexpr import document_times

__all__ = ["FIELD_LABELS", "TaggedPhrase", "occasion_features", "occasion_labels", "phrases_of", "tag_occasions"]

# BIO label stems per occasion field
FIELD_LABELS = {"channel": "CH", "addressee": "AD", "time": "TI"}
_FIELD_OF = {label: name for name, label in FIELD_LABELS.items()}
CUE_REACH = 6  # tokens either side within which a cue verb counts as near
_NEIGHBOURS = (-2, -1, 1, 2)


@dataclass(frozen=True)
class TaggedPhrase:
    """One tagged phrase: its field, its tokens and the tagger's mean marginal over them."""

    field: str
    span: Span
    confidence: float


def _shape(token: Token) -> str:
    """The word's shape, runs of one kind of character cut to two ("Xxxxx" -> "Xxx")."""
    shape = token.shape_
    out: list[str] = []
    for ch in shape:
        if len(out) >= 2 and out[-1] == ch and out[-2] == ch:
            continue
        out.append(ch)
    return "".join(out)


def _cue_near(sentence: Span) -> list[bool]:
    verbs = lexicon("cue_verbs")
    # a running count of the cue reaches open at each token, so that a long sentence of many cues stays linear
    opened = [0] * (len(sentence) + 1)
    strings = document_words(sentence.doc)  # each word's coarse tag and lemma, read once a document
    for c, at in enumerate(range(sentence.start, sentence.end)):
        if strings.pos[at] == "VERB" and strings.lemma[at] in verbs:
            opened[max(0, c - CUE_REACH)] += 1
            opened[min(len(sentence), c + CUE_REACH + 1)] -= 1
    near, open_reaches = [], 0
    for i in range(len(sentence)):
        open_reaches += opened[i]
        near.append(open_reaches > 0)
    return near


def _in_times(text: str, sentence: Span) -> list[bool]:
    """Whether each token lies in a dated expression of ``timeexpr`` (no publication date is needed to find one)."""
    marks = [False] * len(sentence)
    starts: list[int] = []  # the tokens' offsets, read once for all the matches
    for match in document_times(sentence.doc, text, sentence.start_char, sentence.end_char, None):
        starts = starts or [token.idx for token in sentence]
        # only the tokens the match covers: a walk over the whole sentence for each match made a run-on sentence of
        # thousands of days cost its length squared
        at = bisect_left(starts, match.start)
        while at < len(starts) and starts[at] < match.end:
            marks[at] = True
            at += 1
    return marks


def occasion_features(sentence: Span, in_quote: Sequence[bool], text: str) -> list[list[str]]:
    """One feature list per token of ``sentence``; ``in_quote`` is aligned with its tokens and ``text`` is its
    document's text, passed in because ``Doc.text`` joins every token again on each read (read per sentence,
    that made tagging quadratic in the length of the document)."""
    words = lexicons()
    near = _cue_near(sentence)
    timed = _in_times(text, sentence)
    cue_verbs = lexicon("cue_verbs")
    # each word's strings and its head's are read from the document's (``document_words``, ``document_tree``), once a
    # document: every word is read as its own, as a head and as four neighbours, and spaCy builds a Token and its
    # strings anew on each read (over PolNeAR train 0-59 these features took 6% of the own stages' CPU, read from spaCy)
    strings, heads = document_words(sentence.doc), document_tree(sentence.doc).head
    lowers, tags, entity_types, offset = strings.lower, strings.tag, strings.ent, sentence.start
    rows = []
    for i, token in enumerate(sentence):
        at = offset + i
        head = heads[at]
        head_pos, head_dep = strings.pos[head], strings.dep[head]
        feats = [
            *word_features(token),
            f"hp={head_pos}",
            f"dh={strings.dep[at]}|{lowers[head] if head_dep == 'prep' else head_pos}",
            f"e={token.ent_iob_}{entity_types[at]}",
            f"s={_shape(token)}",
            f"q={in_quote[i]}",
            f"cn={near[i]}",
            f"tx={timed[i]}",
        ]
        if is_channel_word(token):
            feats.append("cw")
        if strings.lemma[at] in words.scenes:
            feats.append("scene")
        if head_pos == "VERB" and strings.lemma[head] in cue_verbs:
            feats.append("hcue")
        above = heads[head]
        if head_dep == "prep" and strings.pos[above] == "VERB" and strings.lemma[above] in cue_verbs:
            feats.append("hhcue")
        if i == 0:
            feats.append("first")
        for step in _NEIGHBOURS:
            j = i + step
            if not 0 <= j < len(sentence):
                feats.append(f"{step}:edge")
                continue
            near_at = offset + j
            feats.extend(
                (f"{step}:w={lowers[near_at]}", f"{step}:t={tags[near_at]}", f"{step}:e={entity_types[near_at]}")
            )
            if abs(step) == 1:
                feats.append(f"{step}:tx={timed[j]}")
        rows.append(feats)
    return rows


def occasion_labels(sentence: Span, phrases: Iterable[tuple[str, int, int]]) -> list[str]:
    """BIO labels of ``sentence`` for annotated phrases ``(field, start_char, end_char)``; a token already
    labelled keeps its first label (a town hall annotated both as channel and addressee is read once)."""
    labels = ["O"] * len(sentence)
    for name, start, end in phrases:
        inside = [i for i, t in enumerate(sentence) if start <= t.idx < end and not t.is_space]
        if not inside or any(labels[i] != "O" for i in inside):
            continue
        stem = FIELD_LABELS[name]
        for k, i in enumerate(inside):
            labels[i] = f"{'B' if k == 0 else 'I'}-{stem}"
    return labels


def phrases_of(sentence: Span, labels: Sequence[str], marginals: Sequence[float]) -> list[TaggedPhrase]:
    """The phrases a sentence's BIO labels mark, each with the mean of its tokens' marginals."""
    found: list[TaggedPhrase] = []
    start, stem = -1, ""
    for i, label in enumerate([*labels, "O"]):
        inside = label.startswith("I-") and label[2:] == stem and start >= 0
        if start >= 0 and not inside:
            span = sentence[start:i]
            confidence = sum(marginals[start:i]) / (i - start)
            found.append(TaggedPhrase(_FIELD_OF[stem], span, confidence))
            start = -1
        if label[:2] in ("B-", "I-") and not inside:  # an "I-" with no "B-" before opens a phrase too
            start, stem = i, label[2:]
    return found


def tag_occasions(
    doc: Doc, text: str, tagger: Tagger | None = None, sentences: Iterable[Span] | None = None
) -> list[TaggedPhrase]:
    """Every occasion phrase the tagger marks in ``doc`` (or only in ``sentences`` of it: each sentence is
    tagged on its own), in text order; ``text`` is ``doc.text``, read once by the caller."""
    tagger = tagger or load_tagger(OCCASION_MODEL)
    in_quote = document_quote_mask(doc)
    found: list[TaggedPhrase] = []
    for sentence in doc.sents if sentences is None else sentences:
        tagged = tagger.tag(occasion_features(sentence, in_quote[sentence.start : sentence.end], text))
        found.extend(phrases_of(sentence, tagged.labels, tagged.marginals))
    return found

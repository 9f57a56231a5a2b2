"""Training sequences for the cue and role taggers, from a parsed Doc and its gold attributions."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from quotegraph.nlp.find.cues import CUE_LABEL, FoundCue
from quotegraph.nlp.find.features import SHIPPED_CUE_FEATURES, cue_features
from quotegraph.nlp.find.parse import ParseIndex
from quotegraph.nlp.find.quotes import quote_regions
from quotegraph.nlp.find.roles import CONTENT_LABEL, SOURCE_LABEL, role_sequence
from quotegraph.nlp.find.spans import char_mask, quote_mask, runs
from quotegraph.nlp.training.corpus import GoldArticle, GoldAttribution

__all__ = ["Sequence", "cue_sequences", "role_sequences"]

Sequence = tuple[list[list[str]], list[str]]

# A gold content mostly outside its cue's window (a quote several sentences away) would teach the
# role tagger that content can be absent; those examples are left out.
MIN_CONTENT_IN_WINDOW = 0.5


def cue_sequences(doc: Doc, gold: GoldArticle, feature_set: str = SHIPPED_CUE_FEATURES) -> Iterator[Sequence]:
    in_quote = quote_mask(doc, quote_regions(doc.text))
    is_cue = char_mask(doc, [span for a in gold.attributions for span in a.cue])
    for sentence in doc.sents:
        features = cue_features(sentence, in_quote[sentence.start : sentence.end], feature_set)
        labels = [CUE_LABEL if is_cue[t.i] else "O" for t in sentence]
        yield features, labels


def _gold_cue(doc: Doc, attribution: GoldAttribution) -> FoundCue | None:
    found = runs(char_mask(doc, attribution.cue))
    return FoundCue(found[0][0], found[-1][1], 1.0) if found else None


def role_sequences(doc: Doc, gold: GoldArticle) -> Iterator[Sequence]:
    regions = quote_regions(doc.text)
    in_quote = quote_mask(doc, regions)
    parse = ParseIndex(doc)
    for attribution in gold.attributions:
        cue = _gold_cue(doc, attribution)
        if cue is None:
            continue
        window, features = role_sequence(parse, cue, regions, in_quote)
        content = char_mask(window, attribution.content)
        source = char_mask(window, attribution.source)
        in_doc = sum(char_mask(doc, attribution.content))
        if not in_doc or sum(content) < MIN_CONTENT_IN_WINDOW * in_doc:
            continue
        labels = [SOURCE_LABEL if s else CONTENT_LABEL if c else "O" for s, c in zip(source, content, strict=True)]
        yield features, labels

"""The occasion phrase tagger: its labels, its decoding, the shipped weights, and its use by the carrying rules."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import pytest
from spacy.language import Language

import quotegraph.nlp.resolve.carrying.tagged as tagged_module
import quotegraph.nlp.resolving_occasions as resolving_occasions
from quotegraph.nlp.find.model import OCCASION_MODEL, load_tagger
from quotegraph.nlp.resolve.carrying.occasion_records import Held, OccasionInput
from quotegraph.nlp.resolve.carrying.occasion_tagger import (
    TaggedPhrase,
    occasion_features,
    occasion_labels,
    phrases_of,
    tag_occasions,
)
from quotegraph.nlp.resolve.carrying.scene_parts import SaidAt
from quotegraph.nlp.resolve.carrying.tagged import TagUse, UsablePhrases, fill_from_tags, stated_from_tags
from quotegraph.nlp.resolve.stated.stated_occasion import Stated

from ..conftest import ArticleMaker

TEXT = "The senator said in a statement on Friday that the bill would fail."


def _chars(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def test_labels_mark_each_annotated_phrase_in_bio(nlp: Language) -> None:
    sentence = next(iter(nlp(TEXT).sents))
    labels = occasion_labels(sentence, [("channel", *_chars(TEXT, "a statement")), ("time", *_chars(TEXT, "Friday"))])
    assert [(t.text, label) for t, label in zip(sentence, labels, strict=True) if label != "O"] == [
        ("a", "B-CH"),
        ("statement", "I-CH"),
        ("Friday", "B-TI"),
    ]


def test_a_token_keeps_its_first_label_when_two_fields_annotate_it(nlp: Language) -> None:
    text = "She told a town hall in Salem that taxes would fall."
    sentence = next(iter(nlp(text).sents))
    hall = _chars(text, "a town hall")
    labels = occasion_labels(sentence, [("channel", *hall), ("addressee", *hall)])
    assert labels[2:5] == ["B-CH", "I-CH", "I-CH"]


def test_features_are_one_list_per_token(nlp: Language) -> None:
    sentence = next(iter(nlp(TEXT).sents))
    features = occasion_features(sentence, [False] * len(sentence), sentence.doc.text)
    assert len(features) == len(sentence)
    assert "cw" in features[5]  # "statement" is a medium word
    assert "cw" not in features[1]


def test_decoding_joins_a_phrase_and_averages_its_marginals(nlp: Language) -> None:
    sentence = next(iter(nlp(TEXT).sents))
    labels = ["O"] * len(sentence)
    labels[4:6] = ["B-CH", "I-CH"]
    labels[7] = "I-TI"  # an inside label with no beginning still opens a phrase
    marginals = [1.0] * len(sentence)
    marginals[5] = 0.5
    found = phrases_of(sentence, labels, marginals)
    assert [(p.field, p.span.text, p.confidence) for p in found] == [
        ("channel", "a statement", 0.75),
        ("time", "Friday", 1.0),
    ]


def test_the_weights_file_is_versioned_and_shipped() -> None:
    assert re.fullmatch(r"occasions-v\d+\.crfsuite", OCCASION_MODEL)
    assert resources.files("quotegraph.nlp.find").joinpath("weights", OCCASION_MODEL).is_file()


@pytest.mark.slow
def test_the_shipped_tagger_tags_a_medium_and_a_day(nlp: Language) -> None:
    load_tagger(OCCASION_MODEL)  # loads, or raises PipelineError
    alone_doc = nlp(TEXT)
    found = {(p.field, p.span.text) for p in tag_occasions(alone_doc, alone_doc.text)}
    assert ("channel", "a statement") in found or ("channel", "in a statement") in found
    assert any(field == "time" and "Friday" in text for field, text in found)
    doc = nlp("The weather was mild. " + TEXT)
    first, second = list(doc.sents)
    alone = {(p.field, p.span.text) for p in tag_occasions(doc, doc.text, sentences=[second])}
    assert alone == {(p.field, p.span.text) for p in tag_occasions(doc, doc.text)} == found
    assert tag_occasions(doc, doc.text, sentences=[first]) == []


@pytest.mark.slow
def test_a_tagged_phrase_fills_only_an_empty_field_outside_the_content(article: ArticleMaker) -> None:
    text = "Speaking on the radio show, Ortiz said that the plan in the budget was sound."
    art = article(text)
    doc = art.doc
    verb = next(t for t in doc if t.text == "said")
    content = _chars(text, "that the plan in the budget was sound")
    statement = OccasionInput(verb.idx, 0, None, Stated())
    at = SaidAt(verb, [content])
    show = doc.char_span(*_chars(text, "the radio show"))
    budget = doc.char_span(*_chars(text, "the budget"))
    assert show is not None and budget is not None
    phrases = [TaggedPhrase("channel", budget, 0.9), TaggedPhrase("channel", show, 0.9)]
    filled = stated_from_tags(statement, at, UsablePhrases(phrases, TagUse(stated=True)))
    assert filled.stated.channel is not None and filled.stated.channel.text == "the radio show"
    weak = [TaggedPhrase("channel", show, 0.4)]
    kept = OccasionInput(verb.idx, 0, None, Stated(channel=budget))
    assert stated_from_tags(statement, at, UsablePhrases(weak, TagUse(stated=True))).stated.channel is None
    assert stated_from_tags(kept, at, UsablePhrases(phrases, TagUse(stated=True))).stated.channel is budget


@pytest.mark.slow
def test_fills_take_only_what_carrying_left_empty_and_are_stated(article: ArticleMaker) -> None:
    text = "Ortiz said at the town hall on Friday that the plan was sound."
    doc = article(text).doc
    verb = next(t for t in doc if t.text == "said")
    at = SaidAt(verb, [_chars(text, "that the plan was sound")])
    hall = doc.char_span(*_chars(text, "the town hall"))
    friday = doc.char_span(*_chars(text, "Friday"))
    assert hall is not None and friday is not None
    phrases = [TaggedPhrase("channel", hall, 0.9), TaggedPhrase("time", friday, 0.9)]
    carried = Held(Stated(channel=hall), frozenset({"channel"}))
    [filled] = fill_from_tags([carried], [at], UsablePhrases(phrases, TagUse(fills=True)), "2025-02-07")
    assert filled.stated.channel is hall and filled.carried == frozenset({"channel"})
    assert filled.stated.time is not None and filled.stated.time.span.text == "Friday"
    assert filled.stated.time.date == "2025-02-07"
    [unchanged] = fill_from_tags([Held(Stated())], [at], UsablePhrases(phrases, TagUse(stated=True)))
    assert unchanged.stated.empty  # fills off: nothing taken after carrying


@pytest.mark.slow
def test_a_tagged_scene_in_a_sentence_without_statements_is_carried_by_its_subject(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Ortiz was greeted by a crowd at the fairground on Friday. “We will win,” Ortiz said."
    art = article(text, published="2025-02-07")
    fairground = art.doc.char_span(*_chars(text, "the fairground"))
    assert fairground is not None

    def tagged(doc: Any, tagger: Any = None, sentences: Any = None) -> list[TaggedPhrase]:
        return [TaggedPhrase("channel", fairground, 0.9)]

    candidate = art.candidate("We will win,", "said", "Ortiz", after="We will", kind="direct")
    monkeypatch.setattr(resolving_occasions, "tag_occasions", tagged)
    monkeypatch.setattr(resolving_occasions, "TAG_USE", TagUse())
    [untagged] = art.resolve([candidate])[1]
    monkeypatch.setattr(resolving_occasions, "TAG_USE", TagUse(scenes=True))
    [found] = art.resolve([candidate])[1]
    assert untagged.channel is None
    assert found.channel is not None and found.channel.text == "the fairground" and found.channel.carried


_PRAISED = "Okafor praised the volunteers aboard the ferry to the island."


def _kept_next(article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, after: str, keeps: bool = True) -> list[Any]:
    """The attributions of ``_PRAISED`` and of the quote in ``after`` (its cue "said", its source the last word before
    it), with the tagger tagging only "the ferry" as a channel (fills on) and ``tagged.NEXT_SENTENCE_KEEPS_FILLS`` set
    to ``keeps``."""
    art = article(f"{_PRAISED} {after}")
    source = after.split("”")[1].split()[0]
    praised = art.candidate("the volunteers", "praised", "Okafor", kind="indirect")
    said = art.candidate("They never stopped,", "said", source, after="They never", kind="direct")
    ferry = art.doc.char_span(*_chars(art.text, "the ferry"))
    assert ferry is not None

    def tagged(doc: Any, tagger: Any = None, sentences: Any = None) -> list[TaggedPhrase]:
        return [TaggedPhrase("channel", ferry, 0.9)]

    monkeypatch.setattr(resolving_occasions, "tag_occasions", tagged)
    monkeypatch.setattr(resolving_occasions, "TAG_USE", TagUse(fills=True, fields=frozenset({"channel"})))
    monkeypatch.setattr(tagged_module, "NEXT_SENTENCE_KEEPS_FILLS", keeps)
    # the text is all lede, whose fills ``LEDE_FILLS_KEPT`` carries however far: off, to see this rule alone
    monkeypatch.setattr(tagged_module, "LEDE_FILLS_KEPT", False)
    return list(art.resolve([praised, said])[1])


@pytest.mark.slow
def test_a_filled_channel_is_kept_for_the_same_speaker_s_next_sentence(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = _kept_next(article, monkeypatch, "“They never stopped,” Okafor said.")
    assert first.channel is not None and first.channel.text == "the ferry" and not first.channel.carried
    assert second.channel is not None and second.channel.text == "the ferry" and second.channel.carried
    _, untouched = _kept_next(article, monkeypatch, "“They never stopped,” Okafor said.", keeps=False)
    assert untouched.channel is None


@pytest.mark.slow
def test_a_filled_channel_is_not_kept_for_another_speaker_or_a_moment_of_its_own(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _kept_next(article, monkeypatch, "“They never stopped,” Ruiz said.")[1].channel is None
    later = _kept_next(article, monkeypatch, "“They never stopped,” Okafor said later.")[1]
    assert later.time is not None and later.channel is None  # "later": a moment of its own, another occasion


@pytest.mark.slow
def test_a_filled_channel_is_not_kept_two_sentences_on(article: ArticleMaker, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _kept_next(article, monkeypatch, "The crossing took an hour. “They never stopped,” Okafor said.")
    assert found[1].channel is None


def test_features_of_a_later_sentence_read_its_own_words_and_heads(nlp: Language) -> None:
    """The features read the document's strings by token index (``document_words``): a sentence after the first reads
    its own words, its heads' and its neighbours', as spaCy's tokens give them."""
    doc = nlp("It rained all day. " + TEXT)
    sentence = list(doc.sents)[1]
    features = occasion_features(sentence, [False] * len(sentence), doc.text)
    statement = next(i for i, t in enumerate(sentence) if t.text == "statement")
    token = sentence[statement]
    assert (token.head.text, token.head.dep_, token.head.head.text) == ("in", "prep", "said")  # the parse read
    row = features[statement]
    assert "dh=pobj|in" in row and "hp=ADP" in row and "hhcue" in row and "hcue" not in row
    assert "-1:w=a" in row and "1:w=on" in row and "-2:w=in" in row and "2:w=friday" in row
    assert "cn=True" in row  # "said" is a cue verb two words before
    assert f"e={token.ent_iob_}{token.ent_type_}" in row and "l=statement" in row and "hl=in" in row

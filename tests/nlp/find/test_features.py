from __future__ import annotations

import hashlib
import json

import pytest
from spacy.language import Language

from quotegraph.errors import PipelineError
from quotegraph.nlp.find.features import (
    SHIPPED_CUE_FEATURES,
    _distance,
    cue_features,
    role_features,
    word_features,
)
from quotegraph.nlp.find.parse import ParseIndex

pytestmark = pytest.mark.slow


def _row(features: list[list[str]], index: int, prefix: str) -> list[str]:
    return [f for f in features[index] if f.startswith(prefix)]


def test_role_features_mark_where_the_reported_clause_begins_and_ends(nlp: Language) -> None:
    doc = nlp("The mayor said the bridge would reopen soon, and then she left.")
    said = doc[2]
    clause = next(c for c in said.children if c.dep_ == "ccomp")
    features = role_features(doc[:], said, [False] * len(doc), [t.i == said.i for t in doc], ParseIndex(doc))
    assert _row(features, clause.left_edge.i, "sedge=") == ["sedge=True|False"]
    assert _row(features, clause.right_edge.i, "sedge=") == ["sedge=False|True"]
    assert _row(features, 4, "sedge=") == ["sedge=False|False"]


def test_role_features_mark_the_tokens_beside_a_quote(nlp: Language) -> None:
    doc = nlp('He said "we will win" today.')
    in_quote = [2 <= t.i <= 6 for t in doc]
    features = role_features(doc[:], doc[1], in_quote, [t.i == 1 for t in doc], ParseIndex(doc))
    assert _row(features, 1, "qe=") == ["qe=False|False|True"]
    assert _row(features, 6, "qe=") == ["qe=True|True|False"]
    assert _row(features, 0, "qe=") == ["qe=None|False|False"]


_SNAPSHOT_TEXT = (
    'His support for the bill, he said, was "never in doubt": the senator wants to vote and argued that it passes.'
)
# The shipped cue features of _SNAPSHOT_TEXT, hashed on main 2d37946f before the feature sets were named: the
# shipped weights (cues-v1.crfsuite) read exactly these, so a change to them needs a new model name.
_SHIPPED_DIGEST = "4197a6d9a223dba81bb21ba398ef84474c6a6bbad5688bf7d6b344f7a7846a15"


def _snapshot_features(nlp: Language, feature_set: str | None) -> list[list[str]]:
    doc = nlp(_SNAPSHOT_TEXT)
    opening, closing = _SNAPSHOT_TEXT.index('"'), _SNAPSHOT_TEXT.rindex('"')
    mask = [opening <= t.idx <= closing for t in doc]
    rows = []
    for sentence in doc.sents:
        in_quote = mask[sentence.start : sentence.end]
        if feature_set is None:
            rows.extend(cue_features(sentence, in_quote))
        else:
            rows.extend(cue_features(sentence, in_quote, feature_set))
    return rows


def test_the_default_cue_features_are_the_shipped_ones(nlp: Language) -> None:
    rows = _snapshot_features(nlp, None)
    assert hashlib.sha256(json.dumps(rows).encode()).hexdigest() == _SHIPPED_DIGEST
    assert rows == _snapshot_features(nlp, SHIPPED_CUE_FEATURES)


def test_the_long_tail_cue_features_add_to_the_shipped_ones(nlp: Language) -> None:
    shipped, long_tail = _snapshot_features(nlp, None), _snapshot_features(nlp, "cues-v2")
    added = [row[len(base) :] for base, row in zip(shipped, long_tail, strict=True)]
    assert all(row[: len(base)] == base for base, row in zip(shipped, long_tail, strict=True))
    words = _SNAPSHOT_TEXT.replace(",", " ,").replace(":", " :").replace('"', ' " ').split()
    by_word = dict(zip(words, added, strict=False))
    assert "cls=verb|VERB" in by_word["said"]
    assert "cls=verb|VERB" in by_word["wants"] and "ginf" in by_word["wants"]
    assert "gthat" in by_word["argued"]
    assert "gposs" in by_word["support"]
    assert "cls=none|NOUN" in by_word["bill"] and "gthat" not in by_word["bill"]


def test_a_held_view_noun_is_read_by_its_class(nlp: Language) -> None:
    doc = nlp("Her belief that taxes will fall is wrong.")
    rows = cue_features(doc[:], [False] * len(doc), "cues-v2")
    assert "cls=thought|NOUN" in rows[1]
    assert "cls=none|NOUN" in rows[3]


def test_a_quoted_child_and_a_colon_are_read_as_governed(nlp: Language) -> None:
    doc = nlp('The mayor said: "We will win."')
    in_quote = [t.idx >= doc.text.index('"') for t in doc]
    said = doc[2]
    rows = cue_features(doc[:], in_quote, "cues-v2")
    assert "gcolon" in rows[said.i]
    assert "gq=ccomp" in rows[said.i]
    assert not any(f.startswith(("gq=", "gcolon")) for f in rows[1])


def test_the_governs_ablation_has_no_word_classes(nlp: Language) -> None:
    long_tail, governs = _snapshot_features(nlp, "cues-v2"), _snapshot_features(nlp, "cues-v2g")
    assert [[f for f in row if not f.startswith(("cls=", "hcls=", "cls2="))] for row in long_tail] == governs
    assert any("gposs" in row for row in governs)


def test_an_unknown_cue_feature_set_is_a_pipeline_error(nlp: Language) -> None:
    doc = nlp("The mayor said so.")
    with pytest.raises(PipelineError):
        cue_features(doc[:], [False] * len(doc), "cues-v9")


def test_word_features_read_from_the_document_agree_with_spacy_s_tokens(nlp: Language) -> None:
    """``word_features`` reads the document's strings and tree (``document_words``, ``document_tree``), not spaCy's
    Tokens: the same strings, for every word, its head's among them (a sentence's root is its own head)."""
    doc = nlp(_SNAPSHOT_TEXT)
    for token in doc:
        head = token.head
        assert word_features(token) == [
            "b",
            f"w={token.lower_}",
            f"l={token.lemma_.lower()}",
            f"t={token.tag_}",
            f"d={token.dep_}",
            f"hl={head.lemma_.lower()}",
            f"hd={head.dep_}",
        ]


def test_cue_features_of_a_later_sentence_read_its_own_words(nlp: Language) -> None:
    """The cue features read the document's strings by token index: a sentence after the first reads its own words,
    heads, children and neighbours, as spaCy's tokens give them."""
    doc = nlp("It rained all day. " + _SNAPSHOT_TEXT)
    sentence = list(doc.sents)[1]
    rows = cue_features(sentence, [False] * len(sentence))
    for i, token in enumerate(sentence):
        head, row = token.head, rows[i]
        assert row[:7] == word_features(token) and row[2] == f"l={token.lemma_.lower()}"
        assert row[7] == f"dh={token.dep_}|{head.pos_}" and f"hl={head.lemma_.lower()}" in row
        before = ["-1:edge"] if i == 0 else [f"-1:l={doc[token.i - 1].lemma_.lower()}", f"-1:t={doc[token.i - 1].tag_}"]
        assert all(feature in row for feature in before)
        assert [f for f in row if f.startswith("c=")] == [f"c={c.dep_}" for c in token.children if f"c={c.dep_}" in row]
    said = next(i for i, t in enumerate(sentence) if t.text == "said")
    assert "lexv|VERB" in rows[said] and "c=nsubj" in rows[said] and "cs=PRP" in rows[said]


@pytest.mark.parametrize(
    ("at", "cue", "label"),
    [
        (4, 3, "R1"),
        (3, 4, "L1"),
        (6, 3, "R3"),
        (7, 3, "R8"),
        (3, 11, "L8"),
        (12, 3, "R20"),
        (3, 23, "L20"),
        (24, 3, "Rfar"),
    ],
)
def test_the_distance_feature_keeps_the_labels_the_taggers_were_trained_on(at: int, cue: int, label: str) -> None:
    # each bucket's last distance and the first past it: the shipped weights know these labels and no other
    assert _distance(at, cue) == label

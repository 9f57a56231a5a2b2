from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from quotegraph.errors import PipelineError
from quotegraph.nlp.find import model
from quotegraph.nlp.find.cues import CUE_LABEL
from quotegraph.nlp.find.features import cue_features
from quotegraph.nlp.find.model import CUE_MODEL, ROLE_MODEL, Tagger, cue_feature_set, load_tagger, use_weights_dir

pytestmark = pytest.mark.slow


def test_the_shipped_cue_model_loads_and_marks_said(nlp: Language) -> None:
    doc = nlp("The mayor said the bridge would reopen in May.")
    sentence = next(iter(doc.sents))
    tagged = load_tagger(CUE_MODEL).tag(cue_features(sentence, [False] * len(sentence)))
    assert [t.text for t, label in zip(sentence, tagged.labels, strict=True) if label == CUE_LABEL] == ["said"]
    assert all(0.0 <= p <= 1.0 for p in tagged.marginals)


def test_the_shipped_role_model_loads() -> None:
    assert load_tagger(ROLE_MODEL).tag([]).labels == []


def test_a_missing_model_file_is_a_pipeline_error(tmp_path: object) -> None:
    with pytest.raises(PipelineError):
        Tagger(str(tmp_path) + "/absent.crfsuite")


def test_the_cue_feature_set_follows_the_weights_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(model, "_weights_dir", [])
    monkeypatch.setattr(model, "_cue_features", [])
    assert cue_feature_set() == "cues-v1"
    use_weights_dir(tmp_path, "cues-v2")
    assert cue_feature_set() == "cues-v2"
    use_weights_dir(tmp_path)
    assert cue_feature_set() == "cues-v1"
    load_tagger.cache_clear()

"""The shipped CRF taggers (python-crfsuite files under ``weights/``), loaded once per process."""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from quotegraph.errors import PipelineError
from quotegraph.nlp.find.features import SHIPPED_CUE_FEATURES

__all__ = [
    "CUE_MODEL",
    "OCCASION_MODEL",
    "ROLE_MODEL",
    "Tagged",
    "Tagger",
    "cue_feature_set",
    "load_tagger",
    "use_weights_dir",
]

# Versioned names: a retrained model with other features gets a new name, never a silent swap.
CUE_MODEL = "cues-v1.crfsuite"
ROLE_MODEL = "roles-v3.crfsuite"
OCCASION_MODEL = "occasions-v1.crfsuite"  # channel, addressee and time phrases (resolve.carrying.occasion_tagger)

_files = ExitStack()


@dataclass(frozen=True)
class Tagged:
    labels: list[str]
    marginals: list[float]


class Tagger:
    """A CRF over one sequence of feature lists; returns labels and each label's marginal probability."""

    def __init__(self, path: str) -> None:
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(path)
        except (OSError, ValueError) as exc:
            raise PipelineError(f"cannot load the finder model {path}: {exc}") from exc

    def tag(self, features: list[list[str]]) -> Tagged:
        if not features:
            return Tagged([], [])
        self._tagger.set(features)
        labels = list(self._tagger.tag())
        marginals = [self._tagger.marginal(label, i) for i, label in enumerate(labels)]
        return Tagged(labels, marginals)

    def probability(self, features: list[list[str]], label: str) -> list[float]:
        """Each position's marginal probability of ``label`` (0 for a label the model never saw)."""
        if not features:
            return []
        self._tagger.set(features)
        if label not in self._tagger.labels():
            return [0.0] * len(features)
        return [self._tagger.marginal(label, i) for i in range(len(features))]


_weights_dir: list[Path] = []
_cue_features: list[str] = []


def use_weights_dir(directory: Path, cue_features: str = "") -> None:
    """Load models from ``directory`` instead of the package (measuring a model trained on a slice); a cue model
    trained with another feature set (``features.CUE_FEATURE_SETS``) is read with ``cue_features``."""
    _weights_dir[:] = [directory]
    _cue_features[:] = [cue_features] if cue_features else []
    load_tagger.cache_clear()


def cue_feature_set() -> str:
    """The feature set the loaded cue model reads: the shipped one unless ``use_weights_dir`` named another."""
    return _cue_features[0] if _cue_features else SHIPPED_CUE_FEATURES


@cache
def load_tagger(name: str) -> Tagger:
    """The packaged model ``name`` (a file in ``quotegraph/nlp/find/weights``)."""
    if _weights_dir:
        return Tagger(str(_weights_dir[0] / name))
    resource = resources.files(__package__).joinpath("weights", name)
    if not resource.is_file():
        raise PipelineError(f"finder model {name} is missing: run `make train` to build it")
    return Tagger(str(_files.enter_context(resources.as_file(resource))))

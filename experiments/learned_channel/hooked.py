"""Run a script or module with the experimental channel fallback after the rules and the learned time fallback.

    python experiments/learned_channel/hooked.py MODEL.json SCRIPT.py|-m MODULE [ARGS ...]

The fallback is not in the product: this wraps ``resolving.with_learned_times`` (the last step of ``resolve``) so
that the same statements the product would see get the channel the model is sure of, and runs the given program
(``experiments/occasion_stated/fast.py``, ``experiments/news_pages/score.py``, ``-m quotegraph eval``) unchanged.
"""

from __future__ import annotations

import json
import runpy
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from channels import ChannelModel, with_learned

import quotegraph.nlp.resolving as resolving


def load(path: Path) -> ChannelModel:
    raw = json.loads(path.read_text())
    weights: list[float] = raw["weights"]
    return ChannelModel(
        threshold=float(raw["threshold"]),
        weights={name: float(weights[i]) for name, i in raw["index"].items()},
        bias=float(weights[-1]),
    )


def main(argv: Sequence[str]) -> None:
    model = load(Path(argv[0]))
    timed = resolving.with_learned_times

    def both(doc: Any, text: str, attributions: Any, entities: Any, *rest: Any) -> Any:
        return with_learned(doc, text, timed(doc, text, attributions, entities, *rest), entities, model)

    resolving.with_learned_times = both  # type: ignore[assignment]
    rest = list(argv[1:])
    if rest[0] == "-m":
        sys.argv = [rest[1], *rest[2:]]
        runpy.run_module(rest[1], run_name="__main__", alter_sys=True)
    else:
        sys.argv = rest
        runpy.run_path(rest[0], run_name="__main__")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Run a measuring script with rule flags switched to the other value than their default.

    PYTHONPATH=src python experiments/flagpins/flipped.py FLAGS SCRIPT [ARG ...]

``FLAGS`` is a comma-separated list of ``module:NAME`` (``nlp/resolve/carrying/carrier.py:MOMENTS_ON_THE_STORY_DAY``,
the form ``pinned.py`` writes) or a ``pinned.py`` output file, whose unpinned flags (``pinned`` false or null) are
taken. Each flag is set to ``not`` its value once its module is imported, then ``SCRIPT`` runs in this process with
its arguments (``experiments/occasion_stated/slices.py run ...``, ``experiments/news_pages/score.py --skip ...``):
the same output as with the flags on says no slice or page reads them.
"""

from __future__ import annotations

import importlib
import json
import runpy
import sys
from pathlib import Path


def _named(spec: str) -> list[tuple[str, str]]:
    path = Path(spec)
    if path.is_file():
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return [(row["module"], row["flag"]) for row in rows if not row["pinned"]]
    return [tuple(item.rsplit(":", 1)) for item in spec.split(",")]  # type: ignore[misc]


def main() -> None:
    spec, script, *args = sys.argv[1:]
    for module, name in _named(spec):
        home = importlib.import_module("quotegraph." + module.removesuffix(".py").replace("/", "."))
        setattr(home, name, not getattr(home, name))
        print(f"flipped {module}:{name} -> {getattr(home, name)}", file=sys.stderr)
    sys.argv = [script, *args]
    sys.path.insert(0, str(Path(script).resolve().parent))  # as ``python SCRIPT`` puts its folder first
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()

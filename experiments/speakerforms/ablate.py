"""Run one slice's fast loop with one of speakerforms' readings switched off, to tell which reading moves an output.

    PYTHONPATH=src python experiments/speakerforms/ablate.py FLAG /tmp/train-i.jsonl CACHE GOLD OUT.jsonl

FLAG is module.NAME under quotegraph.nlp.resolve.speakers (names.TITLE_INITIALS_BEFORE_SURNAMES, ...); the output is
compared byte for byte with the branch's own run, so a check slice's articles are never read.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))
from fast import run  # type: ignore[import-not-found]


def main() -> None:
    flag, gold, cached, occasions, output = sys.argv[1:6]
    module, name = flag.rsplit(".", 1)
    setattr(importlib.import_module(f"quotegraph.nlp.resolve.speakers.{module}"), name, False)
    run(Path(gold), Path(cached), Path(occasions), Path(output))


if __name__ == "__main__":
    main()

"""The fast loop on one slice with one of this round's flags off (to tell which reading moved a statement).

    python experiments/hearings/flag_off.py FLAG ARTICLES CACHE GOLD --output OUT.jsonl

FLAG is a module attribute path ("quotegraph.nlp.resolve.carrying.lede_sessions.QUESTIONS_IN_THE_ROOM")."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))

from fast import run  # type: ignore[import-not-found]


def main() -> None:
    flag, articles, cache, gold, _, output = sys.argv[1:7]
    module, name = flag.rsplit(".", 1)
    setattr(importlib.import_module(module), name, False)
    run(Path(articles), Path(cache), Path(gold), Path(output))


if __name__ == "__main__":
    main()

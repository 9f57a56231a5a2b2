"""``groups.py`` with rule flags set first: counts only, as ``groups.py`` prints them.

    cd experiments/news_pages && PYTHONPATH=../../src python ../speakerlinks/groups_flags.py MODULE:FLAG=0 ... -- \
        --tuned-only check=groups/check-broadpages.txt

Each MODULE:FLAG=0|1 sets a flag of a module under ``quotegraph.nlp`` (``resolve.speakers.phrase_forms``) before the
pages run, so that one reading's part of a group's count can be read with the rest of the branch on.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
from groups import main  # type: ignore[import-not-found]

if __name__ == "__main__":
    at = sys.argv.index("--")
    for setting in sys.argv[1:at]:
        where, value = setting.split("=")
        module, flag = where.split(":")
        setattr(importlib.import_module("quotegraph.nlp." + module), flag, value == "1")
    main(sys.argv[at + 1 :])

"""Carry round 12: ``experiments/occasion_stated/fast.py run`` with some of the round's rules off, to measure each rule
on against off on a cached slice (compare the outputs with ``experiments/occasion_stated/compare.py``).

    OFF=NAMED_BY_ANOTHER,MEDIA_READ_OUT python experiments/occasion_carry/round12/onoff.py GOLD CACHE OCCASIONS OUT

``OFF`` names module constants of ``occasions``, ``scenes`` or a module split from it (``NAMED_BY_ANOTHER``,
``INTRODUCED_ONLY``, ``REPLY_ON_PLATFORM``, ``MEDIA_READ_OUT``); each is set to False before the run.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "occasion_stated"))

import fast  # the sibling experiment's module, found through the path above

from quotegraph.nlp.resolve import (
    group_scenes,
    occasions,
    questioned,
    scene_days,
    scene_parts,
    scene_roles,
    scenes,
    sentence_settings,
    where_scenes,
)

# ``scenes`` and the modules split from it, after ``occasions``: where a rule constant may be
_RULE_MODULES = (
    occasions,
    scenes,
    scene_parts,
    sentence_settings,
    questioned,
    scene_days,
    group_scenes,
    where_scenes,
    scene_roles,
)


def main() -> None:
    for name in filter(None, os.environ.get("OFF", "").split(",")):
        module = next((m for m in _RULE_MODULES if hasattr(m, name)), None)
        if module is None:
            raise SystemExit(f"no rule constant {name!r} in occasions or the scene modules")
        setattr(module, name, False)
    gold, cache, annotations, out = map(Path, sys.argv[1:5])
    fast.run(gold, cache, annotations, out)


if __name__ == "__main__":
    main()

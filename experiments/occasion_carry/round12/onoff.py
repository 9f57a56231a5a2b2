"""Carry round 12: ``experiments/occasion_stated/fast.py run`` with some of the round's rules off, to measure each rule
on against off on a cached slice (compare the outputs with ``experiments/occasion_stated/compare.py``).

    OFF=NAMED_BY_ANOTHER,MEDIA_READ_OUT python experiments/occasion_carry/round12/onoff.py GOLD CACHE OCCASIONS OUT

``OFF`` names module constants of ``occasions`` or a module of its carrier, ``scenes`` or a module split from it
(``NAMED_BY_ANOTHER``, ``INTRODUCED_ONLY``, ``REPLY_ON_PLATFORM``, ``MEDIA_READ_OUT``); each is set to False before the
run.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "occasion_stated"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import fast  # the sibling experiment's module, found through the first path above
from harness import rule_module  # the carry harness, one folder up, found through the second

from quotegraph.nlp.resolve.carrying import occasions


def main() -> None:
    for name in filter(None, os.environ.get("OFF", "").split(",")):
        setattr(occasions if hasattr(occasions, name) else rule_module(name), name, False)
    gold, cache, annotations, out = map(Path, sys.argv[1:5])
    fast.run(gold, cache, annotations, out)


if __name__ == "__main__":
    main()

"""Count the finder's own misses on a tuning slice: annotated statements the system has no content for (by the
scorer's pairing, token Jaccard >= 0.5), and why, by form.

    python experiments/finder/misses.py GOLD.jsonl SYSTEM.jsonl [--show CLASS] [--cues]

GOLD is the PolNeAR slice the system ran on, SYSTEM the rows of ``quotegraph eval GOLD --json --output SYSTEM``.
Each unpaired annotated statement is put in one class by the system contents that share tokens with it:

- ``not found``: no system content shares a token with it;
- ``merged``: a system content holds (nearly) all of it and more (a longer content: the annotation's statement is
  one part of what the system found, often with another annotated statement);
- ``split``: it holds (nearly) all of one or more system contents (the system cut it, or found a part);
- ``boundary``: the best overlapping content shares part of it and runs past it.

Unpaired system contents are counted as ``extra`` (no annotated content shares a token) or ``overlapping``. With
``--cues`` the ``not found`` ones are counted by their annotated cue's words. For tuning slices only (train 0-59,
train-d, train-e): never on train-c or dev.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from quotegraph.evaluation.metrics import GoldText, Item, greedy

# a content counts as held by another when this share of its tokens is inside it
HELD = 0.9


def _rows(path: Path) -> dict[str, dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return {row["id"]: row for row in map(json.loads, lines)}


def _pairs(golds: list[Item], preds: list[Item]) -> list[tuple[int, int]]:
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            inter = len(g.tokens & p.tokens)
            if inter and inter / len(g.tokens | p.tokens) >= 0.5:
                pairs.append((inter / len(g.tokens | p.tokens), gi, pi))
    return greedy(pairs)


def unpaired(
    gid: str, row: dict[str, Any], system: dict[str, dict[str, Any]]
) -> tuple[GoldText, list[Item], list[Item], list[int], list[int]]:
    """An article's gold text, its annotated and system items with a content, and the indexes of those of each the
    scorer's pairing leaves unpaired."""
    gold = GoldText(row["text"])
    attrs = (system.get(gid) or {}).get("attributions", [])
    golds = [g for g in (Item(gold, a, f"gold {gid}") for a in row["attributions"]) if g.content]
    preds = [p for p in (Item(gold, a, f"system {gid}") for a in attrs) if p.content]
    pairs = _pairs(golds, preds)
    paired_g = {gi for gi, _ in pairs}
    paired_p = {pi for _, pi in pairs}
    left_g = [gi for gi in range(len(golds)) if gi not in paired_g]
    return gold, golds, preds, left_g, [pi for pi in range(len(preds)) if pi not in paired_p]


def _class(g: Item, preds: list[Item]) -> str:
    sharing = [p for p in preds if g.tokens & p.tokens]
    if not sharing:
        return "not found"
    best = max(sharing, key=lambda p: len(g.tokens & p.tokens))
    inter = len(g.tokens & best.tokens)
    if inter >= HELD * len(g.tokens):
        return "merged"
    if all(len(g.tokens & p.tokens) >= HELD * len(p.tokens) for p in sharing):
        return "split"
    return "boundary"


def _text(gold: GoldText, text: str, spans: Any) -> str:
    return " | ".join(text[a:b] for a, b in spans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("--show", default="")
    parser.add_argument("--cues", action="store_true")
    args = parser.parse_args()
    system = _rows(args.system)
    classes: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    for gid, row in _rows(args.gold).items():
        text = row["text"]
        gold, golds, preds, left_g, left_p = unpaired(gid, row, system)
        for g in (golds[gi] for gi in left_g):
            kind = _class(g, preds)
            classes[kind] += 1
            cue = _text(gold, text, g.cue).lower() if g.cue else "(no cue)"
            if kind == "not found":
                cues[cue] += 1
            if args.show in (kind, "all"):
                near = [p for p in preds if g.tokens & p.tokens]
                print(f"[{kind}] {gid}\n  gold: {_text(gold, text, g.content)!r}  cue {cue!r}")
                for p in near:
                    print(f"  sys:  {_text(gold, text, p.content)!r}")
        for p in (preds[pi] for pi in left_p):
            kind = "extra" if not any(p.tokens & g.tokens for g in golds) else "overlapping"
            classes["system " + kind] += 1
            if args.show in ("system " + kind, "all"):
                print(f"[system {kind}] {gid}\n  sys: {_text(gold, text, p.content)!r}")
    for kind, n in classes.most_common():
        print(f"{n:5d}  {kind}")
    if args.cues:
        for cue, n in cues.most_common(40):
            print(f"{n:5d}  {cue}")


if __name__ == "__main__":
    main()

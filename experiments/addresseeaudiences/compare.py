"""Right values and false fills a change gains or loses, field by field, between two fast-loop outputs of one slice.

    python experiments/addresseeaudiences/compare.py GOLD.jsonl OCCASIONS.jsonl BEFORE.jsonl AFTER.jsonl [--list]

Each paired statement's channel, addressee and time before and after are judged as the scorer judges them (the value
holds half the annotated phrase's content words; channel and addressee may hold each other's): a right value, another
value, a false fill (a value where the annotators have none) or a miss. It prints, per field, right values gained and
lost and false fills added and removed, and the articles they are in. ``--list`` names each changed statement with its
values: for tuning slices only (train-d, train 0-59, train-f); on a check slice count, never list.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import read_occasions, shares_content

FIELDS = ("channel", "addressee", "time")
_OTHER = {"channel": "addressee", "addressee": "channel", "time": None}


def _judged(field: str, wanted: Any, system: dict[str, Any]) -> str:
    value = (system.get(field) or {}).get("text")
    other = _OTHER[field]
    alternative = (system.get(other) or {}).get("text") if other else None
    if not isinstance(wanted, dict):
        return "false fill" if value else "null right"
    if shares_content(value, wanted["text"]) or shares_content(alternative, wanted["text"]):
        return "right"
    return "another value" if value else "miss"


def _read(path: Path) -> dict[str, dict[str, Any]]:
    return {str(r["id"]): r for r in (json.loads(line) for line in path.read_text().splitlines() if line.strip())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", type=Path, nargs=4, metavar="GOLD OCCASIONS BEFORE AFTER")
    parser.add_argument("--list", action="store_true", help="name each changed statement (tuning slices only)")
    args = parser.parse_args()
    gold_path, occasions, before_path, after_path = args.paths
    annotations = read_occasions(occasions)
    before, after = _read(before_path), _read(after_path)
    counts: Counter[tuple[str, str, str]] = Counter()
    articles: dict[tuple[str, str, str], set[str]] = {}
    for line in gold_path.read_text().splitlines():
        gold = json.loads(line)
        key = str(gold["id"])
        if key not in annotations or key not in before or key not in after:
            continue
        judged: dict[str, dict[str, str]] = {}
        for label, result in (("before", before[key]), ("after", after[key])):
            for gi, pi in overlap_matches(gold["text"], gold["attributions"], result["attributions"]):
                gid = str(gold["attributions"][gi].get("id"))
                fields = annotations[key].get(gid) or {}
                for field in FIELDS:
                    judged.setdefault(f"{gid}/{field}", {})[label] = (
                        _judged(field, fields.get(field), result["attributions"][pi])
                        + " | "
                        + str((result["attributions"][pi].get(field) or {}).get("text"))
                    )
        for where, pair in judged.items():
            was, now = (pair.get(k, "unpaired | None") for k in ("before", "after"))
            if was == now:
                continue
            field = where.split("/")[1]
            change = (field, was.split(" | ")[0], now.split(" | ")[0])
            counts[change] += 1
            articles.setdefault(change, set()).add(key)
            if args.list:
                print(f"{key} {where}: {was} -> {now}")
    for (field, was, now), n in sorted(counts.items()):
        print(f"{field}: {was} -> {now}: {n} in {len(articles[(field, was, now)])} articles")


if __name__ == "__main__":
    main()

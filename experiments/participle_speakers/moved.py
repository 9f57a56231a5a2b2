"""The system statements whose source, speaker or occasion differ between two runs of one slice, with the gold
source and occasion each is paired with: what the participlespeakers round read one by one.

    python experiments/participle_speakers/moved.py GOLD.jsonl OCCASIONS.jsonl BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import read_occasions

FIELDS = ("source", "speaker", "channel", "addressee", "time")


def _text(value: Any) -> str:
    if not value:
        return "-"
    if isinstance(value, dict):
        return str(value.get("text") or value.get("name") or value.get("span"))
    return str(value)


def _rows(path: Path) -> dict[str, list[Any]]:
    rows = (json.loads(line) for line in path.read_text().splitlines() if line.strip())
    return {str(r["id"]): r.get("attributions") or [] for r in rows}


def main() -> None:
    parser = argparse.ArgumentParser()
    for name in ("gold", "occasions", "before", "after"):
        parser.add_argument(name, type=Path)
    args = parser.parse_args()
    occasions = read_occasions(args.occasions)
    before, after = _rows(args.before), _rows(args.after)
    for line in args.gold.read_text().splitlines():
        gold = json.loads(line)
        old, new = before[gold["id"]], after[gold["id"]]
        if old == new:
            continue
        pairs = {pi: gi for gi, pi in overlap_matches(gold["text"], gold["attributions"], new)}
        annotated = occasions.get(str(gold["id"]), {})
        for pi, attr in enumerate(new):
            same = (a for a in old if a.get("cue") == attr.get("cue") and a.get("content") == attr.get("content"))
            was = next(same, None)
            if was is not None and all(_text(was.get(f)) == _text(attr.get(f)) for f in FIELDS):
                continue
            content = (attr.get("content") or {}).get("text", "")[:70]
            print(f"{gold['id'][:55]} {attr.get('cue', {}).get('text')!r}: {content!r}")
            for f in FIELDS:
                print(f"    {f}: {_text(was.get(f)) if was else 'NEW'} -> {_text(attr.get(f))}")
            gi = pairs.get(pi)
            if gi is not None:
                g = gold["attributions"][gi]
                fields = annotated.get(str(g.get("id"))) or {}
                src = " ".join(gold["text"][a:b] for a, b in g.get("source") or [])
                occ = " | ".join(f"{f}={_text(fields.get(f))}" for f in ("channel", "addressee", "time"))
                print(f"    gold: source={src!r} {occ}")
            else:
                print("    gold: unpaired")


if __name__ == "__main__":
    main()

"""Which statements' occasion fields moved between two fast.py outputs, judged against the gold occasions.

Usage: moved.py GOLD_SLICE OCCASIONS BEFORE AFTER

Each moved field: the article, the statement's opening, the value before and after, the annotated value (None when
the gold says null; "-" when the statement pairs with no annotated one), and the verdict of each side.
"""

import json
import sys
from collections import Counter
from pathlib import Path

from quotegraph.evaluation.occasion import paired_annotations, read_occasions, shares_content

FIELDS = ("channel", "addressee", "time")


def _verdict(value: str | None, gold: str | None) -> str:
    if gold is None:
        return "null-ok" if value is None else "false-fill"
    if value is None:
        return "miss"
    return "right" if shares_content(value, gold) else "wrong"


def main() -> None:
    gold_path, occ_path, before_path, after_path = sys.argv[1:5]
    occ = read_occasions(Path(occ_path))
    before = {json.loads(line)["id"]: json.loads(line) for line in Path(before_path).read_text().splitlines()}
    after = {json.loads(line)["id"]: json.loads(line) for line in Path(after_path).read_text().splitlines()}
    tally: Counter[tuple[str, str, str]] = Counter()
    for line in Path(gold_path).read_text().splitlines():
        g = json.loads(line)
        b, a = before.get(g["id"]), after.get(g["id"])
        if b is None or a is None or b["attributions"] == a["attributions"]:
            continue
        pairs = paired_annotations(g, a["attributions"], occ)
        for i, (x, y) in enumerate(zip(b["attributions"], a["attributions"], strict=False)):
            for f in FIELDS:
                vb, va = (x.get(f) or {}).get("text"), (y.get(f) or {}).get("text")
                if vb == va:
                    continue
                gv = pairs.get(i, {}).get(f) if i in pairs else "-"
                gtext = gv.get("text") if isinstance(gv, dict) else gv
                vd = (_verdict(vb, gtext), _verdict(va, gtext)) if gv != "-" else ("-", "-")
                tally[(f, *vd)] += 1
                opening = (y.get("content") or y.get("cue") or {}).get("text", "")[:50]
                print(f, g["id"][:40], repr(opening), "|", vb, "->", va, "| gold:", gtext, "|", *vd)
    for k, v in sorted(tally.items()):
        print(v, *k)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Join the reading labels (labels_raw.py) with the pairs and put the stratum back -> labels.jsonl.

Run after labelling: the stratum and similarity figures live only in candidates_key.jsonl,
which was not read while labelling.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def main() -> None:
    scope: dict = {}
    exec((HERE / "labels_raw.py").read_text(encoding="utf-8"), scope)
    labels: dict[int, tuple[bool, str]] = scope["L"]
    shown = {p["pair"]: p for p in map(json.loads, (HERE / "to_label.jsonl").open(encoding="utf-8"))}
    key = {p["pair"]: p for p in map(json.loads, (HERE / "candidates_key.jsonl").open(encoding="utf-8"))}
    assert set(labels) == set(shown) == set(key), "every pair needs exactly one label"
    counts: Counter[tuple[str, bool]] = Counter()
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for n in sorted(key):
            k, s = key[n], shown[n]
            same, note = labels[n]
            rec: dict = {"pair": n}
            for side in "ab":
                assert k[side]["text"] == s[side]["text"]
                rec[side] = {f: k[side][f] for f in ("article", "attribution", "speaker", "text")}
                rec[side]["split"] = s[side]["split"]
            rec["same"] = same
            if note:
                rec["note"] = note
            rec["stratum"] = k["stratum"]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            counts[(k["stratum"], same)] += 1
    for st in "ABCD":
        print(st, "same", counts[(st, True)], "not", counts[(st, False)])
    print("total", sum(counts.values()), "same", sum(v for (s, t), v in counts.items() if t))


if __name__ == "__main__":
    main()

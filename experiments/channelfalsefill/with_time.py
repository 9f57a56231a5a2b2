"""Which channel false fills come with a time false fill from the same carry: the statement's gold time is null, its
system time is carried too, and the time phrase stands in the sentence that set the carried channel (the same setting
or statement gave both). For the time rounds (timefalsefill) to know which carry steps they share with the channel.

    python experiments/channelfalsefill/with_time.py GOLD.jsonl ROWS.jsonl OCCASIONS.jsonl   # ROWS: falsefills.py --out

Reads the rows and the ``ROWS.system.jsonl`` beside them that ``falsefills.py`` writes. Tuning slices only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from quotegraph.evaluation.occasion import read_occasions


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("rows", type=Path)
    parser.add_argument("occasions", type=Path)
    args = parser.parse_args()
    occasions = read_occasions(args.occasions)
    system_path = args.rows.with_suffix(".system.jsonl")
    texts = {}
    for line in args.gold.read_text().splitlines():
        if line.strip():
            article = json.loads(line)
            texts[str(article["id"])] = article["text"]
    system = {}
    for line in system_path.read_text().splitlines():
        row = json.loads(line)
        system[str(row["id"])] = (texts[str(row["id"])], {a["id"]: a for a in row.get("attributions") or []})
    counts: Counter[tuple[str, str]] = Counter()
    for line in args.rows.read_text().splitlines():
        r = json.loads(line)
        if r["outcome"] != "false-fill":
            continue
        text, attrs = system[str(r["article"])]
        mine = attrs[r["sys_id"]]
        gold_time = (occasions.get(str(r["article"]), {}).get(str(r["gold_id"])) or {}).get("time")
        time = mine.get("time")
        kind = "carried" if r["carried"] else "stated"
        if time is None:
            counts[(kind, "no time")] += 1
            continue
        if gold_time is not None:
            counts[(kind, "time gold set")] += 1
            continue
        start = time["spans"][0][0] if isinstance(time["spans"][0], list) else time["spans"][0]["start"]
        span = r["system_span"]
        a = max(text.rfind(". ", 0, span[0]), text.rfind("\n", 0, span[0]))
        b = min(x for x in (text.find(". ", span[1]), text.find("\n", span[1]), len(text)) if x >= 0)
        same = a < start < b
        counts[(kind, "time false fill, same sentence" if same else "time false fill, elsewhere")] += 1
    for (kind, what), n in sorted(counts.items()):
        print(f"  {kind:8s} {what:34s} {n}")


if __name__ == "__main__":
    main()

"""Which channel false fills come with a time false fill from the same carry: the statement's gold time is null, its
system time is carried too, and the time phrase stands in the sentence that set the carried channel (the same setting
or statement gave both). For the time rounds (timefalsefill) to know which carry steps they share with the channel.

    python experiments/channelfalsefill/with_time.py GOLD.jsonl ROWS.jsonl OCCASIONS.jsonl [--list]
    # ROWS: falsefills.py --out; --list: the carried ones with a same-sentence time false fill, by shape and writer,
    # then each (the channelnewcomers round's reading of them)

Reads the rows and the ``ROWS.system.jsonl`` beside them that ``falsefills.py`` writes. Tuning slices only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from quotegraph.evaluation.occasion import read_occasions


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("rows", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("--list", action="store_true")
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
    both: list[dict[str, Any]] = []  # carried, with a time false fill from the same sentence
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
        if same and r["carried"]:
            both.append(r)
    for (kind, what), n in sorted(counts.items()):
        print(f"  {kind:8s} {what:34s} {n}")
    if args.list:
        _list(both)


def _list(both: list[dict[str, Any]]) -> None:
    """The carried channel false fills with a time false fill from the same sentence, by shape and writer, then each."""
    for (shape, writer), n in Counter((r["shape"], r["writer"]) for r in both).most_common():
        print(f"  {n:3d} {shape:28s} {writer}")
    for r in both:
        print(
            f"\n[{r['article'][:45]} {r['gold_id']}] {r['shape']} {r['writer']} ch={r['system']!r} "
            f"spk={r['speaker']!r} cue={r['cue']!r} par {r.get('set_paragraph')}->{r['paragraph']}\n"
            f"  S: {r['sentence'][:250]}\n  SET: {r.get('setting_sentence', '')[:250]}"
        )


if __name__ == "__main__":
    main()

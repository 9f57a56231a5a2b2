"""The carried channel false fills that come with a time false fill from the same sentence, listed by shape and writer.

    python experiments/channelnewcomers/both.py GOLD.jsonl ROWS.jsonl OCCASIONS.jsonl [--list]

``with_time.py`` (experiments/channelfalsefill) counts them; this prints their classes (``falsefills.py``'s shapes and
writers) and, with ``--list``, each one, for a round that would read a carry's channel and day together. ROWS is
``falsefills.py --out`` (with its ``.system.jsonl`` beside it). Tuning slices only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from quotegraph.evaluation.occasion import read_occasions


def _same_sentence(text: str, span: list[int], start: int) -> bool:
    """Whether ``start`` lies in the sentence around ``span`` (as ``with_time.py`` cuts it)."""
    a = max(text.rfind(". ", 0, span[0]), text.rfind("\n", 0, span[0]))
    b = min(x for x in (text.find(". ", span[1]), text.find("\n", span[1]), len(text)) if x >= 0)
    return a < start < b


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("rows", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    occasions = read_occasions(args.occasions)
    texts = {}
    for line in args.gold.read_text().splitlines():
        if line.strip():
            article = json.loads(line)
            texts[str(article["id"])] = article["text"]
    system: dict[str, dict[str, Any]] = {}
    for line in args.rows.with_suffix(".system.jsonl").read_text().splitlines():
        row = json.loads(line)
        system[str(row["id"])] = {a["id"]: a for a in row.get("attributions") or []}
    both: list[dict[str, Any]] = []
    for line in args.rows.read_text().splitlines():
        r = json.loads(line)
        if r["outcome"] != "false-fill" or not r["carried"]:
            continue
        time = system[str(r["article"])][r["sys_id"]].get("time")
        gold = (occasions.get(str(r["article"]), {}).get(str(r["gold_id"])) or {}).get("time")
        if time is None or gold is not None:
            continue
        first = time["spans"][0]
        start = first[0] if isinstance(first, list) else first["start"]
        if _same_sentence(texts[str(r["article"])], r["system_span"], start):
            both.append(r)
    for (shape, writer), n in Counter((r["shape"], r["writer"]) for r in both).most_common():
        print(f"  {n:3d} {shape:28s} {writer}")
    if args.list:
        for r in both:
            print(
                f"\n[{r['article'][:45]} {r['gold_id']}] {r['shape']} {r['writer']} ch={r['system']!r} "
                f"spk={r['speaker']!r} cue={r['cue']!r} par {r.get('set_paragraph')}->{r['paragraph']}\n"
                f"  S: {r['sentence'][:250]}\n  SET: {r.get('setting_sentence', '')[:250]}"
            )


if __name__ == "__main__":
    main()

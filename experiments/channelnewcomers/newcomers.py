"""The statements a newcomer's plain shared-scene join gave a channel, by outcome, from ``falsefills.py``'s rows.

    PYTHONPATH=src python experiments/channelfalsefill/falsefills.py /tmp/train-d.jsonl \
        /work/annotations/cache36/train-d data/occasion/train-d.jsonl --out ROWS.jsonl
    python experiments/channelnewcomers/newcomers.py ROWS.jsonl [--list]

A row's carry step is ``joined-unstated>carried-from`` alone when the speaker joined the latest shared scene of their
paragraph (``carrier.MAX_SCENE_GAP``), not a group's, an interview's or a gathering's. Counts them by outcome (false
fill, wrong, right) and with ``--list`` prints each with its sentence and the sentence that set the scene. Tuning slices
only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

PLAIN_JOIN = "via joined-unstated>carried-from"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=Path)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.rows.read_text().splitlines() if line.strip()]
    steps: Counter[tuple[str, str]] = Counter()
    for r in rows:
        writer = r["writer"] or ""
        if "joined-unstated" in writer:
            steps[(writer.split(" via ")[-1], r["outcome"])] += 1
    for (step, outcome), n in sorted(steps.items()):
        print(f"  {step:45s} {outcome:12s} {n}")
    if not args.list:
        return
    for r in rows:
        if (r["writer"] or "").endswith(PLAIN_JOIN):
            print(
                f"\n[{r['outcome']}] {r['article'][:50]} {r['gold_id']} ch={r['system']!r} gold={r['gold']!r} "
                f"spk={r['speaker']!r} cue={r['cue']!r} par {r.get('set_paragraph')}->{r['paragraph']}\n"
                f"  S: {r['sentence'][:300]}\n  SET: {r.get('setting_sentence', '')[:300]}"
            )


if __name__ == "__main__":
    main()

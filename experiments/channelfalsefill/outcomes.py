"""Each paired statement's channel outcome from a fast-loop output (``slices.py run``'s SLICE.jsonl), and the changes
between two runs: false fills removed or added, right values lost or gained, per slice.

    python experiments/channelfalsefill/outcomes.py GOLD.jsonl OCCASIONS.jsonl BEFORE.jsonl AFTER.jsonl [--list]

Outcomes as ``quotegraph.evaluation.occasion`` scores the channel: right, wrong, miss (gold set, none given),
false-fill (gold null, a channel given that does not carry the gold addressee), null-kept. ``--list`` prints each
changed statement: for tuning slices only; on a check slice give the counts alone.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import read_occasions, shares_content


def outcomes(gold: list[dict[str, Any]], occasions: Any, system: list[dict[str, Any]]) -> dict[tuple[str, str], Any]:
    out: dict[tuple[str, str], Any] = {}
    by_id = {str(s["id"]): s for s in system}
    for row in gold:
        sys_row = by_id.get(str(row["id"]))
        if sys_row is None:
            continue
        sys_attrs = sys_row.get("attributions") or []
        annotated = occasions.get(str(row["id"]), {})
        for gi, pi in overlap_matches(row["text"], row["attributions"], sys_attrs):
            g = row["attributions"][gi]
            fields = annotated.get(str(g.get("id")))
            if fields is None:
                continue
            s = sys_attrs[pi]
            system = None if s.get("channel") is None else s["channel"]["text"]
            addressee = None if s.get("addressee") is None else s["addressee"]["text"]
            want, want_ad = fields.get("channel"), fields.get("addressee")
            if want is None:
                if system is None:
                    outcome = "null-kept"
                elif want_ad is not None and shares_content(system, want_ad["text"]):
                    outcome = "null-but-addressee"
                else:
                    outcome = "false-fill"
            else:
                right = shares_content(system, want["text"]) or shares_content(addressee, want["text"])
                outcome = "right" if right else ("miss" if system is None else "wrong")
            cue = (s.get("cue") or {}).get("text")
            out[(str(row["id"]), str(g.get("id")))] = (outcome, system, cue)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    gold = [json.loads(line) for line in args.gold.read_text().splitlines() if line.strip()]
    occasions = read_occasions(args.occasions)
    load = [json.loads(line) for line in args.before.read_text().splitlines() if line.strip()]
    before = outcomes(gold, occasions, load)
    after = outcomes(gold, occasions, [json.loads(x) for x in args.after.read_text().splitlines() if x.strip()])
    changes: Counter[tuple[str, str]] = Counter()
    articles: dict[tuple[str, str], set[str]] = {}
    for key in sorted(before.keys() | after.keys()):
        was, now = before.get(key, ("unpaired", None, None)), after.get(key, ("unpaired", None, None))
        if was[:2] == now[:2]:
            continue
        changes[(was[0], now[0])] += 1
        articles.setdefault((was[0], now[0]), set()).add(key[0])
        if args.list:
            print(f"{was[0]} -> {now[0]} [{key[0][:45]} {key[1]}] {was[1]!r} -> {now[1]!r} cue={now[2] or was[2]!r}")
    for (was, now), n in changes.most_common():
        print(f"  {was} -> {now}: {n} in {len(articles[(was, now)])} articles")


if __name__ == "__main__":
    main()

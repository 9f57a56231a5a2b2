"""Every time a tuning slice's statement is given, right / false fill / wrong, with the rule that gave it
(``provenance.py``'s marks), counted by rule and by shape (``experiments/time_false/table.py``'s rows: where the phrase
stands, its form); ``--show`` lists each false fill with its phrase, sentence and statement.

    python experiments/timefalsefill/falsefills.py GOLD.jsonl OCCASIONS.jsonl SYS.jsonl [--by rule,where] [--show] \
        [--tsv OUT.tsv]

Tuning slices only (train-d, train-a, train-f): a false fill is read here, so never point it at a check slice.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "time_false"))
from table import rows_of, write_tsv

OUTCOMES = ("right", "false fill", "wrong")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("--by", default="rule", help="comma-separated columns to count by (rule, where, form, ...)")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--tsv", type=Path)
    args = parser.parse_args()
    rows = rows_of(args.gold, args.occasions, args.system, {})
    by = args.by.split(",")
    counts: dict[tuple[str, ...], collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for r in rows:
        counts[tuple(str(r[b]) for b in by)][r["outcome"]] += 1
    print(" / ".join(by), *OUTCOMES, sep="\t")
    for key, c in sorted(counts.items(), key=lambda kv: -kv[1]["false fill"]):
        print(" / ".join(key), *(c[o] for o in OUTCOMES), sep="\t")
    total = collections.Counter(r["outcome"] for r in rows)
    print("total", *(total[o] for o in OUTCOMES), sep="\t")
    if args.tsv:
        write_tsv(args.tsv, rows)
    if args.show:
        for r in (r for r in rows if r["outcome"] == "false fill"):
            print(f"\n{r['article']} {r['attribution']} {r['rule']} [{r['carrier']}] where={r['where']} "
                  f"form={r['form']}\n  phrase: {r['phrase']!r}\n  sentence: {r['sentence'][:300]}\n"
                  f"  statement: {r['statement']}")  # fmt: skip


if __name__ == "__main__":
    main()

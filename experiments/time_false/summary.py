"""Markdown tables of ``table.py``'s TSV files, one column group per slice: the time values that are not the annotated
one (false fills, wrong values) and the right ones, by the step that wrote them and where the phrase stands, and by
form.

    python experiments/time_false/summary.py NAME=base-d.tsv NAME=base-f.tsv ... [--by writer,where|form|rules]
"""

from __future__ import annotations

import argparse
import collections
import csv
from pathlib import Path

_OUTCOMES = ("right", "false fill", "wrong")


def _key(row: dict[str, str], by: list[str]) -> str:
    parts = []
    for field in by:
        value = row[field]
        if field == "where" and value.startswith("speaker's statement"):
            value = "speaker's earlier statement"
        parts.append(value or "-")
    return " / ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("slices", nargs="+")
    parser.add_argument("--by", default="writer,where")
    parser.add_argument("--min", type=int, default=1)
    args = parser.parse_args()
    by = args.by.split(",")
    counts: dict[str, collections.Counter[tuple[str, str]]] = {}
    names = []
    for item in args.slices:
        name, _, path = item.partition("=")
        names.append(name)
        with Path(path).open() as f:
            counts[name] = collections.Counter((_key(r, by), r["outcome"]) for r in csv.DictReader(f, delimiter="\t"))
    keys = sorted(
        {k for c in counts.values() for k, _ in c},
        key=lambda k: -sum(c[(k, "false fill")] + c[(k, "wrong")] for c in counts.values()),
    )
    header = " | ".join(f"{n} right / ff / wrong" for n in names)
    print(f"| {' / '.join(by)} | {header} |")
    print("|---|" + "---|" * len(names))
    for k in keys:
        if sum(c[(k, o)] for c in counts.values() for o in ("false fill", "wrong")) < args.min:
            continue
        cells = " | ".join(" / ".join(str(counts[n][(k, o)]) for o in _OUTCOMES) for n in names)
        print(f"| {k} | {cells} |")
    totals = " | ".join(
        " / ".join(str(sum(v for (_, o), v in counts[n].items() if o == oc)) for oc in _OUTCOMES) for n in names
    )
    print(f"| all | {totals} |")


if __name__ == "__main__":
    main()

"""Every time a tuning slice's statement is given, right / false fill / wrong, with the rule that gave it
(``provenance.py``'s marks), where its phrase stands and its form (``experiments/time_false/table.py``'s readings),
counted by rule and shape; ``--show`` lists each false fill with its phrase and statement.

    python experiments/timefalsefill/falsefills.py GOLD.jsonl OCCASIONS.jsonl SYS.jsonl [--show] [--tsv OUT.tsv] \
        [--by reader,where]

Tuning slices only (train-d, train-a, train-f): a false fill is read here, so never point it at a check slice.
"""

from __future__ import annotations

import argparse
import collections
import csv
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "occasion_stated"))
sys.path.insert(0, str(HERE.parent / "time_false"))
from paired import annotated_articles  # noqa: E402
from table import Text, form, where  # noqa: E402

from quotegraph.evaluation.metrics import overlap_matches  # noqa: E402
from quotegraph.evaluation.occasion import shares_content  # noqa: E402


def rule_of(attribution: dict[str, Any]) -> str:
    """The rule named for a time: the learned fallback, the stated reader, or the innermost carrier."""
    writer = attribution.get("time_writer") or "?"
    if writer == "carried":
        return "carried:" + ((attribution.get("time_carrier") or "?").split(" < ")[0])
    if writer == "stated":
        return "stated:" + (attribution.get("time_reader") or "?")
    return writer


def rows_of(gold_path: Path, occasions: Path, system_path: Path) -> list[dict[str, Any]]:
    rows = []
    for gold, annotated, system in annotated_articles(gold_path, occasions, system_path):
        text = Text(gold["text"])
        for gi, pi in overlap_matches(gold["text"], gold["attributions"], system):
            fields = annotated.get(str(gold["attributions"][gi].get("id")))
            if fields is None or system[pi].get("time") is None:
                continue
            sys_time, want = system[pi]["time"], fields.get("time")
            want_text = None if want is None else want.get("text")
            if want_text is not None and shares_content(sys_time["text"], want_text):
                outcome = "right"
            else:
                outcome = "false fill" if want_text is None else "wrong"
            rows.append({
                "outcome": outcome, "rule": rule_of(system[pi]), "writer": system[pi].get("time_writer") or "?",
                "carrier": system[pi].get("time_carrier") or "", "where": where(text, system[pi], [
                    o for o in system if o is not system[pi]]), "form": form(sys_time["text"]),
                "article": str(gold["id"]), "attribution": str(gold["attributions"][gi].get("id")),
                "phrase": sys_time["text"], "annotated": want_text or "",
                "sentence": text.sentence_text(sys_time["spans"][0][0])[:300],
                "statement": " ".join((system[pi].get("content") or {}).get("text", "").split())[:200],
            })  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("--by", default="rule", help="comma-separated columns to count by (rule, where, form, ...)")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--tsv", type=Path)
    args = parser.parse_args()
    rows = rows_of(args.gold, args.occasions, args.system)
    by = args.by.split(",")
    counts: dict[tuple[str, ...], collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for r in rows:
        counts[tuple(r[b] for b in by)][r["outcome"]] += 1
    print(f"{' / '.join(by)}\tright\tfalse fill\twrong")
    for key, c in sorted(counts.items(), key=lambda kv: -kv[1]["false fill"]):
        print(f"{' / '.join(key)}\t{c['right']}\t{c['false fill']}\t{c['wrong']}")
    total = collections.Counter(r["outcome"] for r in rows)
    print(f"total\t{total['right']}\t{total['false fill']}\t{total['wrong']}")
    if args.tsv:
        with args.tsv.open("w", newline="") as out:
            w = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter="\t")
            w.writeheader()
            w.writerows(rows)
    if args.show:
        for r in rows:
            if r["outcome"] == "false fill":
                print(f"\n{r['article']} {r['attribution']} {r['rule']} [{r['carrier']}] where={r['where']} "
                      f"form={r['form']}\n  phrase: {r['phrase']!r}\n  sentence: {r['sentence']}\n"
                      f"  statement: {r['statement']}")  # fmt: skip


if __name__ == "__main__":
    main()

"""Each time rule's precision on the tuning data: every time given on the tuning slices and the tuned news pages,
counted by the rule that gave it (``experiments/timefalsefill/provenance.py``'s marks), right / false fill / wrong.

    python experiments/timefills/rules.py slices SYS.jsonl=GOLD.jsonl=OCCASIONS.jsonl ... [--by rule] [--show RULE]
    python experiments/timefills/rules.py pages [--show RULE]

``slices`` reads provenance outputs of train-d, train-a and train-f (``provenance.py GOLD CACHE OCCASIONS --output
SYS.jsonl``) and prints, per rule, right / false fill / wrong and the precision (right over all given); ``--show RULE``
lists each false fill and wrong value of the rules whose name holds RULE. The rule is finer than ``table.rule_of``: the
carried time's carrier chain (two functions) and the stated reader, so that ``carrier._carried_from`` is split by the
path that built the held occasion.

``pages`` runs the tuned news pages (every page not in ``experiments/news_pages/held_out.txt``, which is never read)
with the same marks and counts, per rule, the times given to expected statements with an annotated time (right or
wrong) and the times given where the page's expectation names no time ("unannotated": the pages do not annotate a null
time, so these are no false fills, only where to look).

Tuning data only: never point ``slices`` at a check slice, dev or a held-out page.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "time_false"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "timefalsefill"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news_pages"))
from table import rows_of

OUTCOMES = ("right", "false fill", "wrong")
_CHAIN = 3  # carrier functions named, innermost first


def fine_rule(writer: str, reader: str, carrier: str) -> str:
    """The rule of a time: the learned fallback, the stated reader (innermost function), or the carried time's
    carrier chain and the reader of the phrase it carried."""
    if writer == "learned" or reader == "learned_times":
        return "learned"
    read = reader.split(" < ")[0] if reader else "?"
    if writer == "carried" or carrier:
        chain = " < ".join(carrier.split(" < ")[:_CHAIN]) if carrier else "?"
        return f"carried:{chain} [{read}]"
    return f"stated:{read}"


def _table(counts: dict[str, collections.Counter[str]], outcomes: tuple[str, ...]) -> None:
    print("rule", *outcomes, "precision", sep="\t")
    rows = sorted(counts.items(), key=lambda kv: (kv[1][outcomes[0]] / max(1, sum(kv[1].values())), kv[0]))
    for rule, c in rows:
        given = sum(c[o] for o in outcomes if o in OUTCOMES)  # not "unannotated" or "missed": no time given there
        precision = f"{c['right'] / given:.2f}" if given else "-"
        print(rule, *(c[o] for o in outcomes), precision, sep="\t")
    total: collections.Counter[str] = sum(counts.values(), collections.Counter())
    given = sum(total[o] for o in outcomes if o in OUTCOMES)
    print("total", *(total[o] for o in outcomes), f"{total['right'] / max(1, given):.3f}", sep="\t")


def slices(triples: list[str], show: str | None) -> None:
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    shown = []
    for triple in triples:
        system, gold, occasions = (Path(p) for p in triple.split("="))
        marks = {}
        for row in (json.loads(line) for line in system.read_text().splitlines() if line.strip()):
            for a in row["attributions"]:
                if a.get("time") is not None:
                    marks[str(row["id"]), a["time"]["text"], _statement(a)] = a
        for r in rows_of(gold, occasions, system, {}):
            a = marks.get((r["article"], r["phrase"], r["statement"]), {})
            r["fine"] = fine_rule(r["writer"], a.get("time_reader", ""), a.get("time_carrier", ""))
            counts[r["fine"]][r["outcome"]] += 1
            if show and show in r["fine"] and r["outcome"] != "right":
                shown.append(r)
    _table(counts, OUTCOMES)
    for r in shown:
        print(f"\n[{r['outcome']}] {r['article']} {r['attribution']} {r['fine']} where={r['where']} "
              f"form={r['form']} kind={r['kind']}\n  phrase: {r['phrase']!r}  annotated: {r['annotated']!r}\n"
              f"  sentence: {r['sentence'][:300]}\n  statement: {r['statement']}")  # fmt: skip


def _statement(attribution: Any) -> str:
    """A statement's words as ``table.rows_of`` shows them (its key beside the article and the time's phrase)."""
    return " ".join((attribution.get("content") or {}).get("text", "").split())[:160]


def pages(show: str | None) -> None:
    import provenance
    from score import HELD_OUT, PAGES, _holding, listed_pages

    import quotegraph
    from quotegraph.evaluation.occasion import shares_content
    from quotegraph.io import read
    from quotegraph.model import Article

    provenance.install()
    skip = listed_pages(HELD_OUT)
    everything: dict[str, Any] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    shown = []
    for page, spec in everything.items():
        if page in skip:
            continue
        [article] = read(str(PAGES / page))
        assert isinstance(article, Article)
        found = list(quotegraph.extract(article.text, article.published, id=article.id).attributions)
        for expected in spec["statements"]:
            holding = _holding(found, expected)
            if not holding or holding[0].time is None:
                if "time" in expected:
                    counts["(none given)"]["missed"] += 1
                continue
            statement = holding[0]
            mark = provenance.marks(statement, statement)
            carried = "carried" if statement.time.carried else "stated"
            rule = fine_rule(carried, mark["time_reader"], mark["time_carrier"])
            if "time" not in expected:
                outcome = "unannotated"
            else:
                outcome = "right" if shares_content(statement.time.text, expected["time"]) else "wrong"
            counts[rule][outcome] += 1
            if show and show in rule and outcome != "right":
                shown.append((page, outcome, rule, statement.time.text, expected.get("time"), expected["content"]))
    _table(counts, ("right", "wrong", "unannotated", "missed"))
    for page, outcome, rule, text, want, content in shown:
        print(f"\n[{outcome}] {page} {rule}\n  time: {text!r}  expected: {want!r}\n  content: {content[:160]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("slices", "pages"))
    parser.add_argument("triples", nargs="*", help="SYS.jsonl=GOLD.jsonl=OCCASIONS.jsonl (slices only)")
    parser.add_argument("--show")
    args = parser.parse_args()
    if args.what == "slices":
        slices(args.triples, args.show)
    else:
        pages(args.show)


if __name__ == "__main__":
    main()

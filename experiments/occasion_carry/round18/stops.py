"""What stopped each "broken too early" carry (carry round 18).

    python experiments/occasion_carry/round18/stops.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl [--field F] \
        [--show STOP]

For each continuation the system broke too early (round 15's ``classify.py``: an earlier system statement of the same
entity holds the annotated value, this one nothing), the first statement of that entity after the holder that no
longer holds it (where the carry broke), and the first stop that applies there: ``own fields`` (it states a field of
its own: a new occasion), ``lapse`` (a paraphrase 6+ paragraphs on, another speaker between), ``other speaker with
occasion`` or ``other speaker, none`` heard in between, else ``unexplained`` (a held view, a value the carrier drops).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round15"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "occasion_stated"))

from classify import _holds, _paragraph, _start, articles
from paired import run_parser

from quotegraph.evaluation.occasion import FIELDS
from quotegraph.nlp.resolve.carrying.lapses import LAPSE_PARAGRAPHS


def main() -> None:
    parser = run_parser()
    parser.add_argument("--show", help="a stop whose rows to list")
    args = parser.parse_args()
    table: Counter[tuple[str, str]] = Counter()
    shown = []
    for article in articles(args.gold, args.occasions, args.system):
        text = article.gold["text"]
        system = list(article.system)
        order = sorted(range(len(system)), key=lambda i: _start(system[i]))
        for rank, index in enumerate(article.order):
            for name in FIELDS:
                row = article.row(index, name, article.order[:rank])
                if row is None or row["cause"] != "broken too early" or row["origin"] != "continuation":
                    continue
                if args.field not in (None, name):
                    continue
                phrase = (article.fields(index) or {})[name]["text"]
                mine = system[article.pairs[index]]
                entity = (mine.get("speaker") or {}).get("entity")
                at = order.index(article.pairs[index])
                holder = max(
                    (
                        r
                        for r in range(at)
                        if (system[order[r]].get("speaker") or {}).get("entity") == entity
                        and _holds(system[order[r]], name, phrase)
                    ),
                    default=None,
                )
                if holder is None:
                    continue
                # the break: the first statement of the entity after the holder that no longer holds the value
                at = next(
                    r
                    for r in range(holder + 1, at + 1)
                    if (system[order[r]].get("speaker") or {}).get("entity") == entity
                    and not _holds(system[order[r]], name, phrase)
                )
                mine = system[order[at]]
                between = [system[order[r]] for r in range(holder + 1, at)]
                others = [b for b in between if (b.get("speaker") or {}).get("entity") != entity]
                gap = _paragraph(text, _start(mine)) - _paragraph(text, _start(system[order[holder]]))
                own = [f for f in FIELDS if mine.get(f) is not None and not mine[f].get("carried")]
                if own:
                    stop = f"own fields ({'+'.join(own)})"
                elif mine.get("kind") != "direct" and gap >= LAPSE_PARAGRAPHS and others:
                    stop = "lapse"
                elif any(any(b.get(f) is not None for f in FIELDS) for b in others):
                    stop = "other speaker with occasion"
                elif others:
                    stop = "other speaker, none"
                else:
                    stop = "unexplained"
                table[(stop, name)] += 1
                if args.show and stop.startswith(args.show):
                    broke = " ".join(text[a:b] for a, b in mine["content"]["spans"])[:90] if mine.get("content") else ""
                    held = {f: (mine.get(f) or {}).get("text") for f in FIELDS}
                    had = (system[order[holder]].get(name) or {}).get("text")
                    shown.append({**row, "stop": stop, "kind": mine.get("kind"), "gap": gap, "broke": broke})
                    shown[-1].update({"between": len(between), "held": held, "had": had})
    for stop in sorted({s for s, _ in table}):
        print(f"{stop:32} channel / addressee / time: " + " / ".join(str(table[(stop, f)]) for f in FIELDS))
    for r in shown:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Speaker splits that break a carry: an annotated carried value the system misses while an earlier statement of the
SAME annotated source (the same source words, or a shared capitalised surname) holds it under ANOTHER system speaker
entity. One line per miss: the two entities' names, to read the shape of the split.

    python experiments/speakers/round27/count.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl [--show]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "occasion_carry" / "round15"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "occasion_stated"))

from classify import _Article, _holds, articles
from paired import run_parser


def _surname(text: str) -> str | None:
    words = [w for w in text.split() if w[:1].isupper()]
    return words[-1].strip(".,'’s").lower() if words else None


def _same_source(article: _Article, a: int, b: int) -> bool:
    attrs = article.gold["attributions"]
    text = article.gold["text"]

    def raw(i: int) -> str:
        return " ".join(text[x:y] for x, y in attrs[i].get("source") or [])

    if article.source(a) and article.source(a) == article.source(b):
        return True
    sa, sb = _surname(raw(a)), _surname(raw(b))
    return sa is not None and sa == sb


def main() -> None:
    parser = run_parser()
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    for article in articles(args.gold, args.occasions, args.system):
        for rank, index in enumerate(article.order):
            earlier = article.order[:rank]
            for name in ("channel", "addressee", "time"):
                row = article.row(index, name, earlier)
                if row is None or row["want"] is None or row["got"] is not None:
                    continue
                holders = [
                    g
                    for g in earlier
                    if g in article.pairs
                    and _same_source(article, g, index)
                    and not article.same_entity(g, index)
                    and _holds(article.system[article.pairs[g]], name, row["want"])
                ]
                if not holders:
                    continue
                counts[name] += 1
                if args.show:
                    mine = article.system[article.pairs[index]].get("speaker") or {}
                    theirs = article.system[article.pairs[holders[-1]]].get("speaker") or {}
                    print(
                        f"{article.gold['id']}\t{name}\t{row['want']!r}\tgold {row['source']!r} / "
                        f"{article.source(holders[-1])!r}\tsys {mine.get('name')!r} / {theirs.get('name')!r}"
                    )
    print(dict(counts))


if __name__ == "__main__":
    main()

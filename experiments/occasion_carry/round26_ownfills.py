"""Carried values a statement holds whose speaker spoke before it (ownlapse, December 6): right, false fill
(annotated null) or another value, by kind (direct, indirect, mixed), paragraphs since the speaker's own previous
statement (4 = 4 or more) and whether another speaker was heard between.

Usage: round26_ownfills.py GOLD OCCASIONS SYSTEM

Train-d on main 5bee541f (cache17): own-carried values are right far more often than false fills at every distance
for channel and time (direct quotes 4+ paragraphs on with others between: channel 22 right / 6 false fills, time
21 / 4; paraphrases: channel 25 / 9, time 16 / 4); the only cells where false fills outnumber right values are small
(channel indirect 2-3 paragraphs on with only narration between, 7 / 11) or the addressee of a paraphrase in a later
paragraph (36 right / 42 false fills / 12 other; dropping it cost addressee accuracy 0.6997 -> 0.6767).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

from paired_runs import FIELDS, holds, paired_runs, statement_start


def main() -> None:
    gold, occ, system = sys.argv[1:4]
    table: dict[str, Counter[str]] = defaultdict(Counter)
    arts: dict[str, set[str]] = defaultdict(set)
    for article in paired_runs(gold, occ, system):
        order = sorted(range(len(article.attrs)), key=lambda i: statement_start(article.attrs[i]))
        for pos, i in enumerate(order):
            if i not in article.pairs:
                continue
            a = article.attrs[i]
            spk = (a.get("speaker") or {}).get("entity")
            prev = [j for j in order[:pos] if (article.attrs[j].get("speaker") or {}).get("entity") == spk]
            if not prev or spk is None:
                continue
            p = prev[-1]
            between = order[order.index(p) + 1 : pos]
            others = any((article.attrs[j].get("speaker") or {}).get("entity") != spk for j in between)
            gap = article.paragraph(statement_start(a)) - article.paragraph(statement_start(article.attrs[p]))
            for f in FIELDS:
                v = a.get(f)
                if not v or not v.get("carried"):
                    continue
                ann = article.pairs[i].get(f)
                verdict = "ff" if not ann else "right" if holds(a, f, ann["text"]) else "other"
                key = f"{f} {a['kind'][:5]} gap={min(gap, 4)} others={int(others)}"
                table[key][verdict] += 1
                arts[key].add(article.gold["id"])
    for key in sorted(table):
        c = table[key]
        print(f"{key:40s} right {c['right']:4d} ff {c['ff']:4d} other {c['other']:4d} articles {len(arts[key])}")


if __name__ == "__main__":
    main()

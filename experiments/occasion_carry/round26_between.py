"""Own-occasion breaks (ownlapse, December 6): for each carried annotated value the system misses because its
speaker's own statement in between held none ("broken") or another value ("replaced"), what that in-between statement
stated itself and how many paragraphs after the setter it stood, with its text.

Usage: round26_between.py GOLD OCCASIONS SYSTEM

Train-d on main 5bee541f (cache17), values: the lapse of a paraphrase 6+ paragraphs on (nothing stated between):
time broken 17, channel broken 11, channel replaced 20 (most of the replaced ones the same occasion named again under
another phrase the scorer does not pair, "the news conference" for "his traditional year-end news conference", "his
speech" for "one of the last major addresses of his presidency"); a time stated between (a moment, "at one point", "When
Mr. Rubio did take Mr. Trump on", or a period, "a year ago"): 5 channel broken, 9 time replaced; the rest 1-6 each.
Half of the 6+ paragraph breaks are in four articles (nyt 2015-12-19 putin-chides-turkey, nyt 2016-07-29
obama-lays-out-stakes, politico 2016-08-08 how-newtown-gave-chris-murphy, politico 2015-11-29 clinton pothole).
"""

from __future__ import annotations

import sys
from collections import Counter

from paired_runs import FIELDS, field_text, holds, paired_runs, statement_start


def main() -> None:
    gold, occ, system = sys.argv[1:4]
    rows: Counter[str] = Counter()
    for article in paired_runs(gold, occ, system):
        attrs, at, text = article.attrs, statement_start, article.text
        for pi, fields in article.pairs.items():
            a = attrs[pi]
            spk = (a.get("speaker") or {}).get("entity")
            for f in FIELDS:
                ann = fields.get(f)
                if not ann or not ann.get("carried") or holds(a, f, ann["text"]) or ann["span"][0] > at(a):
                    continue
                before = sorted((i for i in range(len(attrs)) if at(attrs[i]) < at(a)), key=lambda i: at(attrs[i]))
                setters = [i for i in before if holds(attrs[i], f, ann["text"])]
                if not setters or (attrs[setters[-1]].get("speaker") or {}).get("entity") != spk:
                    continue
                own = [
                    i
                    for i in before
                    if at(attrs[i]) > at(attrs[setters[-1]]) and (attrs[i].get("speaker") or {}).get("entity") == spk
                ]
                if not own or holds(attrs[own[-1]], f, ann["text"]):
                    continue
                b = attrs[own[-1]]
                got = field_text(b, f)
                kind = "replaced" if got else "broken"
                stated = "+".join(g[:2] for g in FIELDS if field_text(b, g) and not (b.get(g) or {}).get("carried"))
                gp = article.paragraph(at(b)) - article.paragraph(at(attrs[setters[-1]]))
                key = f"{f} {kind} between-states={stated or '-'} between-gap={min(gp, 6)}"
                rows[key] += 1
                s = at(b)
                print(f"--- {key} | {article.gold['id'][:45]} want={ann['text']!r} between-got={got!r}")
                print("  BETWEEN", repr(text[s - 60 : s + 160]))
    for k, n in rows.most_common():
        print(n, k)


if __name__ == "__main__":
    main()

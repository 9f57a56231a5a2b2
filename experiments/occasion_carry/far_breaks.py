"""Why the chain broke for annotated carried values set four or more paragraphs back that the system misses.

Usage: far_breaks.py GOLD_SLICE OCCASIONS SYSTEM_OUTPUT [-v]

For each such miss: the system statement that read the phrase (the setter), whether its speaker is the missing
statement's, and how the speaker's own statements between fared: the last one before the miss held the value
("dropped here"), held another value ("replaced"), or held none ("broken earlier").
"""

import sys
from collections import Counter

from paired_runs import FIELDS, field_text, holds, paired_runs, statement_start

FAR = 4  # paragraphs back: the bucket this script reads


def main() -> None:
    gold_path, occ_path, sys_path = sys.argv[1:4]
    verbose = "-v" in sys.argv
    counts: Counter[tuple[str, str]] = Counter()
    for article in paired_runs(gold_path, occ_path, sys_path):
        g, attrs, text, para = article.gold, article.attrs, article.text, article.paragraph
        at, value = statement_start, field_text
        order = sorted(range(len(attrs)), key=lambda i: at(attrs[i]))
        for pi, fields in article.pairs.items():
            a = attrs[pi]
            for f in FIELDS:
                gv = fields.get(f)
                if not gv or not gv.get("carried") or holds(a, f, gv["text"]) or value(a, f):
                    continue
                gs = gv["span"]
                if gs[0] >= at(a) or para(at(a)) - para(gs[0]) < FAR:
                    continue
                before = [i for i in order if at(attrs[i]) < at(a)]
                setters = [i for i in before if holds(attrs[i], f, gv["text"])]
                if not setters:
                    counts[(f, "never read")] += 1
                    continue
                setter = setters[-1]
                spk = a.get("speaker")
                same = attrs[setter].get("speaker") == spk
                own = [i for i in before if attrs[i].get("speaker") == spk and at(attrs[i]) > at(attrs[setter])]
                others = [i for i in before if attrs[i].get("speaker") != spk and at(attrs[i]) > at(attrs[setter])]
                if own:
                    last = own[-1]
                    why = (
                        "dropped-here"
                        if holds(attrs[last], f, gv["text"])
                        else ("replaced" if value(attrs[last], f) else "broken-earlier")
                    )
                else:
                    why = "first-own-after"
                gap = min(para(at(a)) - para(at(attrs[setter])), 9)
                key = (f, f"{why} {'same' if same else 'other'}-setter gap={gap}")
                counts[key] += 1
                if verbose:
                    print(
                        f,
                        key[1],
                        g["id"][:40],
                        repr(gv["text"][:40]),
                        "| stmt:",
                        repr(text[at(a) : at(a) + 50]),
                        "| own between",
                        len(own),
                        "others",
                        len(others),
                        "| last own:",
                        value(attrs[own[-1]], f) if own else None,
                    )
    for k, v in sorted(counts.items(), key=lambda x: (x[0][0], -x[1])):
        print(v, *k)


if __name__ == "__main__":
    main()

"""Why the chain broke for annotated carried values set four or more paragraphs back that the system misses.

Usage: far_breaks.py GOLD_SLICE OCCASIONS SYSTEM_OUTPUT [-v]

For each such miss: the system statement that read the phrase (the setter), whether its speaker is the missing
statement's, and how the speaker's own statements between fared: the last one before the miss held the value
("dropped here"), held another value ("replaced"), or held none ("broken earlier").
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

from quotegraph.evaluation.occasion import paired_annotations, read_occasions, shares_content

FIELDS = ("channel", "addressee", "time")
FAR = 4  # paragraphs back: the bucket this script reads


def main() -> None:
    gold_path, occ_path, sys_path = sys.argv[1:4]
    verbose = "-v" in sys.argv
    occ = read_occasions(Path(occ_path))
    system = {json.loads(line)["id"]: json.loads(line) for line in Path(sys_path).read_text().splitlines()}
    counts: Counter[tuple[str, str]] = Counter()
    for line in Path(gold_path).read_text().splitlines():
        g = json.loads(line)
        s = system.get(g["id"])
        if s is None:
            continue
        attrs = s.get("attributions") or []
        text = g["text"]
        breaks = [m.start() for m in re.finditer(r"\n\n", text)]

        def para(i: int, breaks: list[int] = breaks) -> int:
            return sum(1 for p in breaks if p < i)

        def at(a: dict) -> int:
            return (((a.get("content") or {}).get("spans")) or ((a.get("cue") or {}).get("spans")))[0][0]

        def value(a: dict, f: str) -> str | None:
            return (a.get(f) or {}).get("text")

        def holds(a: dict, f: str, gv: str) -> bool:
            if shares_content(value(a, f), gv):
                return True
            other = {"channel": "addressee", "addressee": "channel"}.get(f)
            return other is not None and shares_content(value(a, other), gv)

        order = sorted(range(len(attrs)), key=lambda i: at(attrs[i]))
        pairs = paired_annotations(g, attrs, occ)
        for pi, fields in pairs.items():
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

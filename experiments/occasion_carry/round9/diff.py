"""Harness script (carry round 9): each paired statement's outcome per field against saved rows of another run
(``BASE``, ``json.dump(rec.system_rows())``), filed under the lexicon entry its channel names."""

# ruff: noqa: F821, E501, SIM115  (run by the harness with ``rec``, ``analyse``, ``occasions`` and ``resolving`` in its namespace)
import json
from collections import Counter

from quotegraph.evaluation.occasion import paired_annotations, shares_content

BASE = globals().get("BASE", "/tmp/c9/base_traind.json")
ENTRIES = ("campaign trail", "stump", "town hall", "debate stage", "victory party", "conversation")
base_rows = json.load(open(BASE))
new_rows = rec.system_rows() if not globals().get("RERUN") else (rec.rerun(), rec.system_rows())[1]


def outcome(fields, sysa, f):
    ann = fields.get(f)
    others = (f,) if f == "time" else ("channel", "addressee")
    got = sysa.get(f)
    if ann is None:
        if got is None:
            return "null ok"
        if f != "time" and any(fields.get(o) and shares_content(got["text"], fields[o]["text"]) for o in others):
            return "null ok"
        return "ff"
    return "right" if any(shares_content((sysa.get(o) or {}).get("text"), ann["text"]) for o in others) else "miss"


table = Counter()
for k, gold in enumerate(rec.gold):
    b, n = base_rows[k], new_rows[k]
    if len(b["attributions"]) != len(n["attributions"]):
        table[("?", "attribution count changed")] += 1
        continue
    pb = paired_annotations(gold, b["attributions"], rec.occasions)
    pn = paired_annotations(gold, n["attributions"], rec.occasions)
    for pi, fields in pn.items():
        if pi not in pb:
            continue
        for f in ("channel", "addressee", "time"):
            ob, on = outcome(pb[pi], b["attributions"][pi], f), outcome(fields, n["attributions"][pi], f)
            if ob == on:
                continue
            val = (
                (n["attributions"][pi].get("channel") or {}).get("text", "")
                + " | "
                + (b["attributions"][pi].get("channel") or {}).get("text", "")
            )
            word = next((e for e in ENTRIES if e in val.lower()), "other")
            table[(f, f"{word}: {ob} -> {on}")] += 1
            table[(f, f"art {k}")] += 1
            if globals().get("SHOW_DIFF"):
                got = n["attributions"][pi].get(f)
                print(
                    f"  art {k} {f}: {ob} -> {on}: new {got and got['text']!r} ann {(fields.get(f) or {}).get('text')!r}"
                )
for key, c in sorted(table.items()):
    print(key, c)

"""Harness script (``harness.py --serve DIR``; copy to DIR/NAME.py with OUT set): the decision data of a recording.

For every paired statement and field the system does not state (its own sentence gives no value, so the rules carry
one or leave it null), the candidates (``candidates.py``, any distance back, so the reachable bound can be read per
reach), their features, whether each shares content with the annotated value, and the rules' outcome. Written as
JSON lines to ``OUT`` (set by the copying shell: ``sed s,@OUT@,/tmp/x.jsonl,``).
"""

# ruff: noqa: E402, F821  (run by the harness with ``rec``, ``brief`` and ``resolving`` in its namespace)

import json
import sys

sys.path.insert(0, "experiments/occasion_carry/learn")
import importlib

import candidates as cmod

importlib.reload(cmod)
from quotegraph.evaluation.occasion import paired_annotations, shares_content

OUT = "@OUT@"
rec.rerun()
rows = rec.system_rows()
n = 0
with open(OUT, "w") as out:
    for k, (gold, row) in enumerate(zip(rec.gold, rows, strict=True)):
        statements, settings = rec.inputs[k]
        held = rec.helds[k]
        paired = paired_annotations(gold, row["attributions"], rec.occasions)
        for field in cmod.FIELDS:
            phrases = cmod.catalogue(statements, settings, field)
            for si, fields in paired.items():
                s = statements[si]
                if getattr(s.stated, field) is not None:
                    continue
                final = getattr(held[si].stated, field)
                if final is not None and field not in held[si].carried:
                    continue  # filled from its own sentence's tags: stated
                rule_value = final
                cands = cmod.candidates_for(s, field, phrases, rule_value, reach=999, after=cmod.AFTER)
                feats = cmod.features(s, si, field, cands, statements, rule_value)
                ann = fields.get(field)
                ann_text = ann["text"] if ann else None
                got = row["attributions"][si].get(field)
                if ann_text is None:
                    rule = "null" if got is None else "ff"
                else:
                    rule = (
                        "right"
                        if got is not None and shares_content(got["text"], ann_text)
                        else ("miss" if got is None else "wrong")
                    )
                record = {
                    "article": gold["id"], "k": k, "si": si, "field": field, "paragraph": s.paragraph,
                    "ann": ann_text, "ann_carried": bool(ann and ann.get("carried")), "rule": rule,
                    "cands": [
                        {"text": c.text, "kind": c.kind,
                         "back": (s.paragraph - c.paragraph) if c.kind != "rule" and c.position < s.position else -1,
                         "after": c.kind != "rule" and c.position > s.position,
                         "label": bool(ann_text is not None and shares_content(c.text, ann_text)),
                         "f": f}
                        for c, f in zip(cands, feats, strict=True)
                    ],
                }  # fmt: skip
                out.write(json.dumps(record) + "\n")
                n += 1
print(f"{n} decisions written to {OUT}")

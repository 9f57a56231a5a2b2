"""List the carried values the system leaves null though the phrase was read for a statement in the same or the
previous paragraph (train tuning slices only): the missing statement's cue, kind, speaker; the statement that read
the phrase, its speaker and cue; same speaker or not.

Usage: near.py GOLD_SLICE OCCASIONS SYSTEM_OUTPUT
"""

import json
import re
import sys
from pathlib import Path

from quotegraph.evaluation.occasion import paired_annotations, read_occasions, shares_content

FIELDS = ("channel", "addressee", "time")
gold_path, occ_path, sys_path = sys.argv[1:4]
occ = read_occasions(Path(occ_path))
system = {json.loads(line)["id"]: json.loads(line) for line in Path(sys_path).read_text().splitlines()}
for line in Path(gold_path).read_text().splitlines():
    g = json.loads(line)
    s = system.get(g["id"])
    if s is None:
        continue
    attrs = s.get("attributions") or []
    text = g["text"]
    paras = [m.start() for m in re.finditer(r"\n\n", text)]

    def para(i: int, paras: list[int] = paras) -> int:
        return sum(1 for p in paras if p < i)

    def first(a: dict) -> int:
        return (((a.get("content") or {}).get("spans")) or (a.get("cue") or {}).get("spans") or [[0]])[0][0]

    for pi, fields in paired_annotations(g, attrs, occ).items():
        a = attrs[pi]
        st = first(a)
        for f in FIELDS:
            gv = fields.get(f)
            if not gv or not gv.get("carried") or (a.get(f) or {}).get("text"):
                continue
            other = {"channel": "addressee", "addressee": "channel"}.get(f)
            if other and shares_content((a.get(other) or {}).get("text"), gv["text"]):
                continue  # the scorer counts the value read in the other field as right
            gs = gv["span"]
            if gs[0] >= st:
                continue
            d = para(st) - para(gs[0])
            if d > 1:
                continue
            readers = [
                b for b in attrs if any(shares_content((b.get(ff) or {}).get("text"), gv["text"]) for ff in FIELDS)
            ]
            readers = [b for b in readers if first(b) < st]
            if not readers:
                continue
            r = readers[-1]
            same = (r.get("speaker") or {}).get("entity") == (a.get("speaker") or {}).get("entity")
            print(
                f"{g['id'][:45]} d={d} {f} gold={gv['text']!r} | MISS {a['id']} {a['kind']}"
                f" cue={(a.get('cue') or {}).get('text')!r}"
                f" spk={(a.get('speaker') or {}).get('name')!r} ch={(a.get('channel') or {}).get('text')!r}"
                f" t={(a.get('time') or {}).get('text')!r} | READ {r['id']}"
                f" spk={(r.get('speaker') or {}).get('name')!r}"
                f" cue={(r.get('cue') or {}).get('text')!r} same={same}"
            )
            print("     ", text[max(0, min(gs[0], first(r)) - 0) : min(len(text), st + 150)].replace("\n", " ")[:600])

"""List the carried values the system leaves null though the phrase was read for a statement in the same or the
previous paragraph (train tuning slices only): the missing statement's cue, kind, speaker; the statement that read
the phrase, its speaker and cue; same speaker or not.

Usage: near.py GOLD_SLICE OCCASIONS SYSTEM_OUTPUT
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # paired_runs.py, one folder up

from paired_runs import FIELDS, field_text, holds, paired_runs, statement_start

from quotegraph.evaluation.occasion import shares_content

for article in paired_runs(*sys.argv[1:4]):
    g, attrs, text, para, first = article.gold, article.attrs, article.text, article.paragraph, statement_start
    for pi, fields in article.pairs.items():
        a = attrs[pi]
        st = first(a)
        for f in FIELDS:
            gv = fields.get(f)
            if not gv or not gv.get("carried") or field_text(a, f):
                continue
            if holds(a, f, gv["text"]):
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

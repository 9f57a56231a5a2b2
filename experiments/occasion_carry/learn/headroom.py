"""The reachable bound against the rules: per field and reach, annotated values some candidate shares content with,
how many of those the rules already get right, and the rules' right values no candidate within the reach holds.

    .venv/bin/python experiments/occasion_carry/learn/headroom.py DECISIONS.jsonl
"""

import json
import sys
from collections import Counter

FIELDS = ("channel", "addressee", "time")
with open(sys.argv[1]) as fh:
    decisions = [json.loads(line) for line in fh]
for field in FIELDS:
    ds = [d for d in decisions if d["field"] == field]
    valued = [d for d in ds if d["ann"] is not None]
    rules = Counter(d["rule"] for d in ds)
    print(
        f"== {field}: decisions {len(ds)} (annotated null {len(ds) - len(valued)}, valued {len(valued)}); "
        f"rules right {rules['right']}, wrong {rules['wrong']}, ff {rules['ff']}"
    )
    for reach in (0, 1, 2, 3, 6, 10, 999):

        def reached(d, reach=reach):
            return any(c["label"] and (0 <= c["back"] <= reach or c["after"]) for c in d["cands"])

        r = [d for d in valued if reached(d)]
        rr = sum(d["rule"] == "right" for d in r)
        out = sum(d["rule"] == "right" and not reached(d) for d in valued)
        nc = sum(len([c for c in d["cands"] if 0 <= c["back"] <= reach or c["after"]]) for d in ds) / len(ds)
        print(
            f"  reach {reach:3d}: reachable {len(r):5d} ({len(r) / len(valued):.2f} of valued), rules right among "
            f"them {rr:4d}, headroom {len(r) - rr:4d}; rules right beyond reach {out:3d}; candidates/decision {nc:.1f}"
        )

#!/usr/bin/env python3
"""Print pairs from to_label.jsonl for reading: python3 show.py FIRST LAST [--context]."""
import json, sys
lo, hi = int(sys.argv[1]), int(sys.argv[2])
ctx = "--context" in sys.argv
for line in open(__file__.replace("show.py", "to_label.jsonl"), encoding="utf-8"):
    p = json.loads(line)
    if lo <= p["pair"] <= hi:
        print(f"=== {p['pair']}")
        for s in "ab":
            q = p[s]
            print(f" {s}) [{q['speaker']}|{q['speaker_id']}|{q['outlet']} {q['day']}] {q['text']}")
            if ctx:
                print(f"    CTX: {q['context']}")

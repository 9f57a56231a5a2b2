"""The adder's largest fill as a hand rule, counted on the decisions (no model): where the rules leave a field null, a
statement takes the latest candidate within ``BACK`` paragraphs when it is another speaker's statement's own phrase
(variants: quotes only, dated times only, the candidate from the statement just before).

    .venv/bin/python experiments/occasion_carry/learn/lead.py DECISIONS.jsonl
"""

import sys
from collections import Counter

import model as lm

decisions = lm.load(sys.argv[1], 3)
for field in ("time", "channel"):
    pop = lm.population([d for d in decisions if d["field"] == field], "adder")
    for back in (0, 1):
        for quotes in (True, False):
            for just_before in (True, False):
                for dated in (True, False) if field == "time" else (False,):
                    c: Counter[str] = Counter()
                    for d in pop:
                        before = [x for x in d["cands"] if x["kind"] != "rule" and not x["after"]]
                        if not before:
                            continue
                        x = before[-1]  # the latest
                        f = x["f"]
                        if x["kind"] != "statement" or not f.get("same_other") or x["back"] > back:
                            continue
                        if quotes and f.get("st_paraphrase"):
                            continue
                        if just_before and not f.get("from_prev_statement"):
                            continue
                        if dated and not f.get("t_dated"):
                            continue
                        c[lm.outcome(d, x)] += 1
                    net = c["right"] - lm.COST[field] * c["ff"]
                    print(
                        f"{field:8s} back<={back} quotes={quotes!s:5s} just_before={just_before!s:5s} "
                        f"dated={dated!s:5s}: right {c['right']:3d} wrong {c['wrong']:3d} ff {c['ff']:3d}"
                        f" net {net:+.1f}"
                    )

"""Harness script (carry round 10): the scene rules' constants off, then each on alone against all off, then all on
(right values / carried right / false fills per field); saves the rows of all off and all on (``OUT``) for
``round9/diff.py``; ``FLAGS`` names the scene rule constants (in ``scenes`` or a module split from it)."""

# ruff: noqa: F821, SIM115  (run by the harness with ``rec``, ``rule_module`` and ``brief`` in its namespace)
import json

flags = globals().get("FLAGS", ("PREP_CLAUSE_SUBJECT", "APPOSED_SUBJECT"))
OUT = globals().get("OUT", "/tmp/c10/rows")
for f in flags:
    setattr(rule_module(f), f, False)
rec.rerun()
base = rec.score()
json.dump(rec.system_rows(), open(f"{OUT}_off.json", "w"))
for f in flags:
    setattr(rule_module(f), f, True)
    rec.rerun()
    print(f"== {f} alone on vs all off")
    print(brief(rec.score(), base))
    setattr(rule_module(f), f, False)
for f in flags:
    setattr(rule_module(f), f, True)
rec.rerun()
s = rec.score()
json.dump(rec.system_rows(), open(f"{OUT}_on.json", "w"))
print("== all on vs all off")
print(brief(s, base))
print("== all on")
print(brief(s))

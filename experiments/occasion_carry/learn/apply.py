"""Harness script (``harness.py --serve DIR``; copy to DIR/NAME.py with @WEIGHTS@ and @MODES@ replaced): the learned
carry decision applied inside the occasion stage (after the rules and the tag fill of empty fields from their own
sentence), scored exactly as ``quotegraph eval --occasion`` scores, against the rules, per mode and per occasion file.
"""

# ruff: noqa: E402, F821  (run by the harness with ``rec``, ``brief`` and ``resolving`` in its namespace)

import json
import math
import sys

sys.path.insert(0, "experiments/occasion_carry/learn")
import importlib

import candidates as cmod

importlib.reload(cmod)
from quotegraph.nlp.resolve.carrying.occasion_records import Held
from quotegraph.nlp.resolve.stated.stated_occasion import Stated

WEIGHTS = "@WEIGHTS@"
MODES = "@MODES@".split(",")  # noqa: SIM905 (replaced before it runs)
FILES = "@FILES@".split(",")  # noqa: SIM905
with open(WEIGHTS) as fh:
    MODEL = json.load(fh)


def prob(weights, f):
    z = sum(weights.get(n, 0.0) * v for n, v in f.items())
    return 1 / (1 + math.exp(-z))


def learned(fill, mode, fields_on, shift=0.0):
    """``resolving.fill_from_tags`` followed by the model, on the statements and settings the carrier was just given
    (the harness keeps them: ``rec.inputs[-1]``)."""

    def run(*args):
        held = fill(*args)
        statements, settings = rec.inputs[-1]
        out = list(held)
        for field in fields_on:
            m = MODEL["fields"][field][mode]
            t = m["threshold"] + shift
            phrases = cmod.catalogue(statements, settings, field)
            for si, s in enumerate(statements):
                if getattr(s.stated, field) is not None:
                    continue
                h = out[si]
                value = getattr(h.stated, field)
                if value is not None and field not in h.carried:
                    continue
                if mode == "adder" and value is not None:
                    continue
                if mode in ("filter", "switch") and value is None:
                    continue
                cands = cmod.candidates_for(s, field, phrases, value, reach=MODEL["reach"], after=cmod.AFTER)
                feats = cmod.features(s, si, field, cands, statements, value)
                ps = [prob(m["weights"], f) for f in feats]
                chosen = None
                if mode == "filter":
                    j = next(i for i, f in enumerate(feats) if f.get("is_rule_value"))
                    chosen = value if ps[j] >= t else None
                elif mode == "switch":
                    chosen = cands[max(range(len(ps)), key=ps.__getitem__)].value
                elif ps:
                    j = max(range(len(ps)), key=ps.__getitem__)
                    chosen = cands[j].value if ps[j] >= t else None
                vals = {f: getattr(h.stated, f) for f in cmod.FIELDS}
                vals[field] = chosen
                carried = set(h.carried) - {field} | ({field} if chosen is not None else set())
                out[si] = Held(Stated(vals["channel"], vals["addressee"], vals["time"]), frozenset(carried))
        return out

    return run


rec.rerun()
base = cmod.scores_by_file(rec, FILES)
original = resolving.fill_from_tags
try:
    for mode in MODES:
        for fields_on in (("channel",), ("addressee",), ("time",)):
            resolving.fill_from_tags = learned(original, mode, fields_on)
            rec.rerun()
            got = cmod.scores_by_file(rec, FILES)
            for name in got:
                line = brief(got[name], base[name]).split("\n")
                print(f"{mode:8s} {fields_on[0]:9s} {name:16s} {line[cmod.FIELDS.index(fields_on[0])]}")
finally:
    resolving.fill_from_tags = original
    rec.rerun()
print("base:")
for name in base:
    print(name)
    print(brief(base[name]))

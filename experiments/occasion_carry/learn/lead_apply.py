"""Harness script (``harness.py --serve DIR``; copy to DIR/NAME.py with @FILES@ replaced): the lead of ``lead.py`` as a
hand rule inside the occasion stage, scored exactly: where the rules and the tag fill leave a statement's time null and
it is a quote (not a paraphrase), it takes the time the statement just before stated, when that one is another
speaker's and in the same paragraph (``SAME_PARAGRAPH``; also tried a paragraph back).
"""

# ruff: noqa: E402, F821  (run by the harness with ``rec``, ``brief`` and ``resolving`` in its namespace)

import importlib
import sys

sys.path.insert(0, "experiments/occasion_carry/learn")
import candidates as cmod

importlib.reload(cmod)
from quotegraph.nlp.resolve.carrying.occasion_records import Held
from quotegraph.nlp.resolve.stated.stated_occasion import Stated

FILES = "@FILES@".split(",")  # noqa: SIM905 (replaced before it runs)


def lead(fill, back, dated_only):
    def run(*args):
        held = fill(*args)
        statements, _ = rec.inputs[-1]
        out = list(held)
        for si, s in enumerate(statements):
            if si == 0 or s.stated.time is not None or out[si].stated.time is not None or s.paraphrase:
                continue
            prev = statements[si - 1]
            time = prev.stated.time
            if time is None or prev.speaker is None or prev.speaker == s.speaker or s.paragraph - prev.paragraph > back:
                continue
            if dated_only and time.date is None:
                continue
            h = out[si]
            out[si] = Held(Stated(h.stated.channel, h.stated.addressee, time), h.carried | {"time"})
        return out

    return run


rec.rerun()
base = cmod.scores_by_file(rec, FILES)
original = resolving.fill_from_tags
try:
    for back in (0, 1):
        for dated_only in (False, True):
            resolving.fill_from_tags = lead(original, back, dated_only)
            rec.rerun()
            got = cmod.scores_by_file(rec, FILES)
            for name in got:
                line = brief(got[name], base[name]).split("\n")[2]
                print(f"back<={back} dated_only={dated_only!s:5s} {name:16s} {line}")
finally:
    resolving.fill_from_tags = original
    rec.rerun()

"""Harness script (carry round 10): how many settings a scene rule constant (``FLAG``, in ``scenes``
or a module split from it) adds or changes, and where."""

# ruff: noqa: F821  (run by the harness with ``rec`` and ``rule_module`` in its namespace)
flag = globals().get("FLAG", "PREP_CLAUSE_SUBJECT")


def sets():
    rec.rerun()
    return [
        {(s.position, s.stated.channel and s.stated.channel.text, s.participants) for s in st} for _, st in rec.inputs
    ]


setattr(rule_module(flag), flag, False)
off = sets()
setattr(rule_module(flag), flag, True)
on = sets()
n = arts = 0
for k, (a, b) in enumerate(zip(off, on, strict=False)):
    d = b - a
    if d:
        arts += 1
        n += len(d)
        text = rec.gold[k]["text"]
        for pos, _ch, _people in sorted(d):
            print(f"  art {k} new/changed setting at {pos}: {' '.join(text[max(0, pos - 120) : pos + 100].split())!r}")
print(f"{flag}: {n} settings new or changed in {arts} articles")

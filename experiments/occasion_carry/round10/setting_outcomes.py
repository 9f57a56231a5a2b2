"""Harness script (carry round 10): every carried value that comes from a setting (``scenes.py``), its outcome (right,
another value, a false fill) by whether the setting's sentence holds a statement, by paragraphs back, by the sentence's
root verb."""

# ruff: noqa: F821  (run by the harness with ``rec`` and ``analyse`` in its namespace)
from bisect import bisect_right

rec.rerun()
cache = {}


def sentinfo(k, pos):
    finder, _coref, candidates, resolved, _paragraphs = rec.calls[k]
    if k not in cache:
        doc = finder.doc
        starts = [t.idx for t in doc]
        held = set()
        for r in resolved:
            if r.said_at is not None:
                held.add(finder.sentence_of[r.said_at.verb.i])
        for c in candidates:
            for a, _ in c.cue or c.content:
                held.add(finder.sentence_of[max(0, bisect_right(starts, a) - 1)])
        cache[k] = (starts, held)
    starts, held = cache[k]
    si = finder.sentence_of[max(0, bisect_right(starts, pos) - 1)]
    sent = finder.sentences[si]
    return si in held, sent.root.lemma_.lower()


ks = {id(g): i for i, g in enumerate(rec.gold)}


def keys(f):
    p = f["phrase"]
    if p is None or p.kind not in ("setting", "used"):
        return []
    k = next(i for i, g in enumerate(rec.gold) if g["text"] is f["text"])
    has, verb = sentinfo(k, p.start)
    b = f["back"]
    bb = "after" if b == -1 else str(b) if b <= 1 else "2+"
    where = "sentence with a statement" if has else "statement-less sentence"
    return [where, f"{where} back {bb}", f"{where} verb {verb}"]


t = analyse.decisions(rec, keys)
for key in sorted(t, key=lambda x: (x.split(" verb ")[0], -sum(t[x].values()))):
    c = t[key]
    if " verb " in key and sum(c.values()) < 3:
        continue
    print(f"  {key:70s} right {c['right']:4d}  wrong {c['wrong']:4d}  ff {c['ff']:4d}")

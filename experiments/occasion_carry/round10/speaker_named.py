"""Harness script (carry round 10): the carried values left null whose phrase sits in a sentence holding no statement,
before the statement (train-d only: a tuning set). Does that sentence name the statement's speaker (a mention the
coreference links, as its verb's subject or not)? Did the system read a setting there, and for whom? Prints the counts
and examples; reuses ``round9/count.py`` (run from the repository's root)."""

# ruff: noqa: F821  (run by the harness with ``rec`` and ``analyse`` in its namespace)
import random
from collections import Counter
from pathlib import Path

exec(Path("experiments/occasion_carry/round9/count.py").read_text().split("found = count(rec)")[0])
rec.rerun()
found = count(rec)
rows = []
for x in found:
    if x["where"] != "no-statement sentence" or x["back"] == "after":
        continue
    k, s = x["k"], x["s"]
    finder, coref, candidates, resolved, paragraphs = rec.calls[k]
    doc = finder.doc
    art = _article(rec, k)
    si = art["sent_of"](x["a0"])
    sent = finder.sentences[si]
    names = "nospeaker"
    subj = False
    if s.speaker is not None:
        cl = coref.clusters.clusters[s.speaker]
        inside = [m for m in cl.mentions if sent.start_char <= m.start_char < sent.end_char]
        names = "names speaker" if inside else "other"

        root = sent.root
        subj = any(doc[m.head].dep_ in ("nsubj", "nsubjpass") for m in inside)
    _st, settings = rec.inputs[k]
    sets = [st for st in settings if sent.start_char <= st.position < sent.end_char]
    setk = (
        "no setting"
        if not sets
        else ("setting for speaker" if any(s.speaker in st.participants for st in sets) else "setting for others")
    )
    rows.append(dict(x, names=names, subj=subj, setk=setk, verb=sent.root.lemma_.lower(), sent=sent.text))
for f in ("channel", "addressee", "time"):
    mine = [r for r in rows if r["f"] == f]
    print(f"== {f}: {len(mine)} (no-statement sentence before the statement)")
    print("  names:", Counter(r["names"] for r in mine).most_common())
    print("  names x subj x setting:", Counter((r["names"], r["subj"], r["setk"]) for r in mine).most_common())
    sp = [r for r in mine if r["names"] == "names speaker"]
    print(
        "  named: back",
        Counter(r["back"] for r in sp).most_common(),
        "articles",
        len({r["k"] for r in sp}),
        "max/article",
        max(Counter(r["k"] for r in sp).values(), default=0),
    )
    print("  named: verbs", Counter(r["verb"] for r in sp).most_common(30))
    random.seed(10)
    for r in random.sample(sp, min(25, len(sp))):
        print(f"   art {r['k']} back {r['back']} subj {r['subj']} {r['setk']} want {r['ann']!r} verb {r['verb']}")
        print("      SENT:", " ".join(r["sent"].split())[:260])

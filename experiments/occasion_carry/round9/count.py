"""Harness script (carry round 9): where the phrase that sets a carried occasion sits, for every annotated carried
value the system leaves empty (train-d only: a tuning set).

Dropped into ``harness.py --serve DIR`` (``rec`` and ``analyse`` in its namespace). For each paired statement and
field whose annotated value is carried while the system gives nothing (channel and addressee: neither field holds
it), the annotated phrase's place: title / first paragraph / body; its sentence: the statement's own, another
statement's sentence of the same speaker or of another, inside a statement's content, or a sentence holding no
statement; paragraphs back; whether the system read it anywhere (``analyse.phrases``). Prints the counts and
``SHOW`` examples per field (``SEED`` picks them).
"""

# ruff: noqa: F821, RUF059, B023  (run by the harness with ``rec`` and ``analyse`` in its namespace)
import random
from bisect import bisect_right
from collections import Counter

from quotegraph.evaluation.occasion import paired_annotations
from quotegraph.nlp.resolve.lexicons import lexicons

SHOW = globals().get("SHOW", 30)
SEED = globals().get("SEED", 9)
FIELDS_ = globals().get("FIELDS_", ("channel", "addressee", "time"))


def _bucket(n):
    return "after" if n < 0 else str(n) if n <= 2 else "3-5" if n <= 5 else "6+"


def count(rec):
    rows = rec.system_rows()
    found = []
    for k, (gold, row) in enumerate(zip(rec.gold, rows, strict=True)):
        finder, coref, candidates, resolved, paragraphs = rec.calls[k]
        doc, text = finder.doc, gold["text"]
        statements, settings = rec.inputs[k]
        catalogue = analyse.phrases(text, statements, settings)
        starts = [t.idx for t in doc]

        def sent_of(offset):
            return finder.sentence_of[max(0, bisect_right(starts, offset) - 1)]

        said_sent = {}  # sentence -> speakers of statements whose cue verb is in it
        for r in resolved:
            if r.said_at is not None:
                said_sent.setdefault(finder.sentence_of[r.said_at.verb.i], set()).add(
                    None if r.speaker is None else r.speaker.index
                )
        cand_sent = {}
        for c, r in zip(candidates, resolved, strict=True):
            for a, _ in c.cue or c.content:
                cand_sent.setdefault(sent_of(a), set()).add(None if r.speaker is None else r.speaker.index)
        contents = [(a, b) for c in candidates for a, b in c.content]
        for pi, fields in paired_annotations(gold, row["attributions"], rec.occasions).items():
            s, sysa = statements[pi], row["attributions"][pi]
            for f in FIELDS_:
                ann = fields.get(f)
                if ann is None or not ann.get("carried"):
                    continue
                others = (f,) if f == "time" else ("channel", "addressee")
                if any(sysa.get(o) for o in others):
                    continue
                a0, a1 = ann["span"]
                par = paragraphs.of(a0)
                place = "title" if par == 0 and paragraphs.headline else "lede" if par <= 1 else "body"
                back = s.paragraph - par if a0 <= s.position else -1
                sa, ss = sent_of(a0), sent_of(s.position)
                speakers = said_sent.get(sa, set()) | cand_sent.get(sa, set())
                in_content = any(a <= a0 < b for a, b in contents)
                if sa == ss:
                    where = "own sentence"
                elif in_content:
                    where = "in a quote's content"
                elif not speakers:
                    where = "no-statement sentence"
                elif s.speaker is not None and s.speaker in speakers:
                    where = "same speaker's statement"
                else:
                    where = "other's statement"
                how, p = analyse._find(catalogue, a0, a1, ann["text"], others)
                span = doc.char_span(a0, a1, alignment_mode="expand")
                head = span.root if span is not None else None
                lemma = head.lemma_.lower() if head is not None else "?"
                words = lexicons()
                noun = (
                    "scene"
                    if lemma in words.scenes
                    else "media"
                    if lemma in words.media
                    else head.ent_type_ or head.pos_
                    if head is not None
                    else "?"
                )
                found.append(
                    dict(
                        k=k,
                        f=f,
                        place=place,
                        back=_bucket(back),
                        where=where,
                        seen=how,
                        noun=noun,
                        lemma=lemma,
                        ann=ann["text"],
                        s=s,
                        text=text,
                        a0=a0,
                        par=par,
                        kind=s.paraphrase,
                    )
                )
    return found


found = count(rec)
for f in FIELDS_:
    mine = [x for x in found if x["f"] == f]
    print(f"== {f}: {len(mine)} carried values left null")
    for key in ("place", "where", "back", "seen", "noun"):
        print(f"  {key}: " + ", ".join(f"{v} {n}" for v, n in Counter(x[key] for x in mine).most_common(12)))
    print(
        "  where x back: "
        + ", ".join(f"{v} {n}" for v, n in Counter((x["where"], x["back"]) for x in mine).most_common(20))
    )
    print(
        "  place x where: "
        + ", ".join(f"{v} {n}" for v, n in Counter((x["place"], x["where"]) for x in mine).most_common(20))
    )
    print("  lemma: " + ", ".join(f"{v} {n}" for v, n in Counter(x["lemma"] for x in mine).most_common(40)))
    random.seed(SEED)
    for x in random.sample(mine, min(SHOW, len(mine))):
        s, text = x["s"], x["text"]
        lo = text.rfind("\n", 0, max(0, s.position - 1))
        print(
            f"--- [{f}] art {x['k']} par {s.paragraph} sp {s.speaker} para={x['kind']} want {x['ann']!r} "
            f"({x['place']}/{x['where']}/back {x['back']}/{x['seen']}/{x['noun']})"
        )
        print("    STMT: " + " ".join(text[max(lo, s.position - 220) : s.position + 120].split()))
        a0 = x["a0"]
        plo = text.rfind("\n", 0, a0)
        print("    SET:  " + " ".join(text[max(plo, a0 - 200) : a0 + 150].split()))

"""Harness script (carry round 9): where the phrase that sets a carried occasion sits, for every annotated carried
value the system leaves empty (train-d only: a tuning set).

Dropped into ``harness.py --serve DIR`` (``rec`` and ``analyse`` in its namespace). For each paired statement and
field whose annotated value is carried while the system gives nothing (channel and addressee: neither field holds
it), the annotated phrase's place: title / first paragraph / body; its sentence: the statement's own, another
statement's sentence of the same speaker or of another, inside a statement's content, or a sentence holding no
statement; paragraphs back; whether the system read it anywhere (``analyse.phrases``). Prints the counts and
``SHOW`` examples per field (``SEED`` picks them).
"""

# ruff: noqa: F821  (run by the harness with ``rec`` and ``analyse`` in its namespace)
import random
from bisect import bisect_right
from collections import Counter

from quotegraph.nlp.lexicons.tables import lexicons

SHOW = globals().get("SHOW", 30)
SEED = globals().get("SEED", 9)
FIELDS_ = globals().get("FIELDS_", ("channel", "addressee", "time"))


def _bucket(n):
    return "after" if n < 0 else str(n) if n <= 2 else "3-5" if n <= 5 else "6+"


def _article(rec, k):
    """What the count reads of article ``k``: its text, the system's phrases, and which speakers' statements each
    sentence holds (by their cue verbs and by the candidates' cues)."""
    finder, _coref, candidates, resolved, paragraphs = rec.calls[k]
    doc, text = finder.doc, rec.gold[k]["text"]
    statements, settings = rec.inputs[k]
    starts = [t.idx for t in doc]

    def sent_of(offset):
        return finder.sentence_of[max(0, bisect_right(starts, offset) - 1)]

    speakers = {}  # sentence -> speakers of the statements in it
    for r in resolved:
        if r.said_at is not None:
            speakers.setdefault(finder.sentence_of[r.said_at.verb.i], set()).add(
                None if r.speaker is None else r.speaker.index
            )
    for c, r in zip(candidates, resolved, strict=True):
        for a, _ in c.cue or c.content:
            speakers.setdefault(sent_of(a), set()).add(None if r.speaker is None else r.speaker.index)
    return {
        "doc": doc,
        "text": text,
        "paragraphs": paragraphs,
        "sent_of": sent_of,
        "speakers": speakers,
        "contents": [(a, b) for c in candidates for a, b in c.content],
        "catalogue": analyse.phrases(text, statements, settings),
    }


def _where(art, s, a0):
    sa = art["sent_of"](a0)
    speakers = art["speakers"].get(sa, set())
    if sa == art["sent_of"](s.position):
        return "own sentence"
    if any(a <= a0 < b for a, b in art["contents"]):
        return "in a quote's content"
    if not speakers:
        return "no-statement sentence"
    if s.speaker is not None and s.speaker in speakers:
        return "same speaker's statement"
    return "other's statement"


def _noun(head):
    words = lexicons()
    if head is None:
        return "?"
    lemma = head.lemma_.lower()
    return "scene" if lemma in words.scenes else "media" if lemma in words.media else head.ent_type_ or head.pos_


def count(rec):
    found = []
    articles = {}
    for k, _pi, s, _sysa, f, ann in analyse.left_null(rec, FIELDS_):
        if k not in articles:
            articles[k] = _article(rec, k)
        art = articles[k]
        a0, a1 = ann["span"]
        par = art["paragraphs"].of(a0)
        others = (f,) if f == "time" else ("channel", "addressee")
        how, _ = analyse._find(art["catalogue"], a0, a1, ann["text"], others)
        span = art["doc"].char_span(a0, a1, alignment_mode="expand")
        head = span.root if span is not None else None
        found.append(
            {
                "k": k,
                "f": f,
                "place": "title" if par == 0 and art["paragraphs"].headline else "lede" if par <= 1 else "body",
                "back": _bucket(s.paragraph - par if a0 <= s.position else -1),
                "where": _where(art, s, a0),
                "seen": how,
                "noun": _noun(head),
                "lemma": head.lemma_.lower() if head is not None else "?",
                "ann": ann["text"],
                "s": s,
                "text": art["text"],
                "a0": a0,
                "par": par,
                "kind": s.paraphrase,
            }
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

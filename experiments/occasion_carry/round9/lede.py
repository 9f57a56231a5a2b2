"""Harness script (carry round 9): what a lede's occasion would give the statements the rules leave empty (train only).

The lede: the first ``LEDE`` paragraphs. Its occasion: in a sentence of the lede that holds no statement (no statement's
cue verb, no candidate's cue), the first singular scene noun (lexicon ``scenes``) as the channel, the first dated time
(a day, not a period) as the time. For every paired statement after it that the rules leave without the field (and
that is no held view), the annotated value against that phrase: right (shares content), ff (annotated null), other.
Counted by the statement's kind, its paragraph, and whether its speaker spoke before with any occasion.
"""

# ruff: noqa: F821, E501, RUF059  (run by the harness with ``rec`` in its namespace)
from bisect import bisect_right
from collections import Counter

from quotegraph.evaluation.occasion import paired_annotations, shares_content
from quotegraph.nlp.resolve.carrying import carried_times
from quotegraph.nlp.resolve.carrying.scene_parts import scene_noun

LEDE = globals().get("LEDE", 2)
SHOW = globals().get("SHOW", 0)


def lede_occasion(rec, k):
    finder, coref, candidates, resolved, paragraphs = rec.calls[k]
    doc = finder.doc
    starts = [t.idx for t in doc]
    busy = {finder.sentence_of[r.said_at.verb.i] for r in resolved if r.said_at is not None}
    for c in candidates:
        for a, _ in c.cue or c.content:
            busy.add(finder.sentence_of[max(0, bisect_right(starts, a) - 1)])
    channel = time = None
    for n, sentence in enumerate(finder.sentences):
        if paragraphs.of(sentence.start_char) >= LEDE:
            break
        if n in busy:
            continue
        if channel is None:
            channel = next((t for t in sentence if scene_noun(t)), None)
        if time is None:
            time = next(
                (t for t in finder.times_in(sentence) if t.date is not None and not carried_times.a_period(t)), None
            )
    return channel, time


table = Counter()
shown = 0
rows = rec.system_rows()
for k, (gold, row) in enumerate(zip(rec.gold, rows, strict=True)):
    channel, time = lede_occasion(rec, k)
    if channel is None and time is None:
        continue
    text = gold["text"]
    statements, _ = rec.inputs[k]
    ctext = None if channel is None else text[channel.idx : channel.idx + len(channel.text)]
    scene_text = None if channel is None else channel.doc[channel.left_edge.i : channel.i + 1].text
    for pi, fields in paired_annotations(gold, row["attributions"], rec.occasions).items():
        s, sysa = statements[pi], row["attributions"][pi]
        if s.held_view:
            continue
        for f, phrase in (("channel", scene_text), ("time", None if time is None else time.span.text)):
            if phrase is None:
                continue
            others = (f,) if f == "time" else ("channel", "addressee")
            if any(sysa.get(o) for o in others):
                continue
            anchor = channel.idx if f == "channel" else time.span.start_char
            if s.position < anchor:
                continue
            ann = fields.get(f)
            if ann is None:
                out = "ff"
            elif shares_content(phrase, ann["text"]):
                out = "right"
            else:
                out = "other"
            far = s.paragraph - (rec.calls[k][4].of(anchor))
            for key in (
                "all",
                f"kind {'para' if s.paraphrase else 'quote'}",
                f"far {'0-1' if far <= 1 else '2-5' if far <= 5 else '6+'}",
                f"spoke {'yes' if any(x.speaker == s.speaker and x.position < s.position and not x.stated.empty for x in statements) else 'no'}",
                f"art {k}",
            ):
                table[(f, key, out)] += 1
            if SHOW and shown < SHOW and out != "ff":
                shown += 1
                print(f"[{f} {out}] art {k} par {s.paragraph}: {phrase!r} ann={None if ann is None else ann['text']!r}")

for f in ("channel", "time"):
    keys = sorted({key for (g, key, _) in table if g == f and not key.startswith("art")})
    for key in keys:
        print(
            f"{f:8s} {key:14s} right {table[(f, key, 'right')]:4d} other {table[(f, key, 'other')]:4d} ff {table[(f, key, 'ff')]:4d}"
        )
    arts = Counter({key: table[(f, key, "right")] for (g, key, _) in table if g == f and key.startswith("art")})
    print(f"{f} right by article: {arts.most_common(12)}")
    arts = Counter({key: table[(f, key, "ff")] for (g, key, _) in table if g == f and key.startswith("art")})
    print(f"{f} ff by article: {arts.most_common(12)}")

"""Harness script (carry round 9): what the carrier held for the statement's speaker when a carried value the
system leaves empty came (replays ``carrier.OccasionCarrier.hold``); train-d only."""

# ruff: noqa: F821, E501  (run by the harness with ``rec``, ``analyse``, ``occasions`` and ``resolving_occasions`` in its namespace)
from collections import Counter

from quotegraph.evaluation.occasion import shares_content
from quotegraph.nlp.resolve.carrying import as_carried, carrier, lapses

occ = carrier
state = {}
orig_hold = occ.OccasionCarrier.hold


def hold(self, statement):
    own = self.by_speaker.get(statement.speaker) if statement.speaker is not None else None
    info = None
    if own is not None:
        info = dict(
            stated=own.stated,
            opened=own.opened,
            paragraph=own.paragraph,
            lapsed=lapses.lapsed(own, statement, self.other_since),
            current=as_carried.as_carried(own, statement),
        )
    state[(id(self.names), statement.position)] = info
    return orig_hold(self, statement)


occ.OccasionCarrier.hold = hold
try:
    # rerun with a per-article key: positions are unique per article; keep a list per article
    per_article = []
    calls = rec.calls
    helds = []
    for args in calls:
        state.clear()
        rec_inputs_before = len(rec.inputs)
        helds.append(resolving_occasions.statement_occasions(*args))
        per_article.append({pos: v for (_, pos), v in state.items()})
finally:
    occ.OccasionCarrier.hold = orig_hold


def txt(v):
    if v is None:
        return None
    sp = v.span if hasattr(v, "date") else v
    return sp.text


table = Counter()
ex = Counter()
for k, _pi, s, _sysa, f, ann in analyse.left_null(rec, ("channel", "time")):
    info = per_article[k].get(s.position)
    if s.held_view:
        why = "held view"
    elif not s.stated.empty:
        why = "states another field"
    elif info is None:
        why = "no frame for speaker" if s.speaker is not None else "no speaker"
    elif info["lapsed"]:
        why = "lapsed paraphrase"
    else:
        frame_val = txt(getattr(info["stated"], f))
        cur_val = txt(getattr(info["current"], f))
        if frame_val is None:
            why = "frame lacks field"
        elif cur_val is None:
            why = "frame field dropped by _current"
        else:
            why = "frame has field?"
        if frame_val is not None and shares_content(frame_val, ann["text"]):
            why += " (frame holds the annotated phrase)"
    table[(f, why)] += 1
    if ex[(f, why)] < 3 and why.startswith("frame lacks"):
        ex[(f, why)] += 1
        print(
            f"[{f} {why}] art {k} want {ann['text']!r}; frame {info and {x: txt(getattr(info['stated'], x)) for x in ('channel', 'addressee', 'time')}}"
        )
for key, n in sorted(table.items()):
    print(key, n)

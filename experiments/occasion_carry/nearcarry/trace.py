"""Trace the carrier's decision for each statement of chosen articles (train tuning slices only).

Usage: trace.py GOLD CACHE OCCASIONS ID_PREFIX...  Prints, per statement of an article whose id starts with a prefix:
its cue offset, the text there, speaker, flags, the speaker's occasion in force before it and what it held.
"""

import sys
from pathlib import Path
from typing import Any

import fast  # experiments/occasion_stated on sys.path

from quotegraph.nlp.resolve.carrying import carrier

gold_path, cache, occ = sys.argv[1:4]
prefixes = tuple(sys.argv[4:])
current: dict[str, Any] = {"id": "", "doc": None}
resolve = fast.resolve


def traced_resolve(doc: Any, found: Any) -> Any:
    return resolve(doc, found)


rows = fast._gold(Path(gold_path))
ids = iter(str(r["id"]) for r in rows)


def resolve_with_id(doc: Any, found: Any) -> Any:
    current["id"], current["doc"] = next(ids), doc
    return resolve(doc, found)


fast.resolve = resolve_with_id
hold = carrier.OccasionCarrier.hold


def fmt(st: Any) -> str:
    def t(x: Any) -> str:
        return "-" if x is None else repr(getattr(x, "text", None) or x.span.text)

    return f"ch={t(st.channel)} to={t(st.addressee)} t={t(st.time)}"


def traced_hold(self: Any, statement: Any) -> Any:
    out = hold(self, statement)
    if current["id"].startswith(prefixes):
        doc = current["doc"]
        own = self.by_speaker.get(statement.speaker)
        snippet = doc.text[statement.position : statement.position + 40].replace("\n", " ")
        flags = [
            k for k in ("held_view", "paraphrase", "polled", "group", "replies", "questions") if getattr(statement, k)
        ]
        print(
            f"{current['id'][:40]} @{statement.position} p{statement.paragraph} spk={statement.speaker} {flags} "
            f"{snippet!r}\n    stated: {fmt(statement.stated)}"
            f"\n    held: {fmt(out.stated)} carried={sorted(out.carried)}"
            f"\n    own after: {None if own is None else (fmt(own.stated), own.paragraph, own.opened)}"
        )
    return out


carrier.OccasionCarrier.hold = traced_hold
fast.run(Path(gold_path), Path(cache), Path(occ), None)

"""Trace the written articles (``articles.py``): each statement's speaker, channel, addressee and time, whether the
later speakers at the gathering got its channel and day, and for each the first guard of
``gatherings.joins_the_gathering`` that said no (or what was latest when no gathering was in force).

    PYTHONPATH=src python experiments/gather_fire/guards.py [NAME ...] [--all]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "nlp" / "resolve" / "carrying"))

from gathering_articles import ARTICLES

from quotegraph.nlp.resolve.carrying import carrier, gatherings

CALLS: dict[int, str] = {}
_joins = gatherings.joins_the_gathering


def _reason(scene: Any, statement: Any, named: Any, own: Any, since: int, heard: Any) -> str:
    if scene is None:
        return "no scene in force"
    ch = scene.stated.channel
    what = f"latest=({ch and ch.text!r}, {scene.stated.time and scene.stated.time.span.text!r}, shared={scene.shared})"
    speaker = statement.speaker
    if own is not None:
        return f"own occasion {what}"
    if speaker is None:
        return "no speaker"
    if speaker in scene.speakers:
        return f"a speaker of the scene {what}"
    if speaker not in named:
        return f"no single person {what}"
    if not gatherings._newcomer(speaker, named, since, heard):
        return f"not a newcomer {what}"
    if not statement.told_in_the_past:
        return f"not past {what}"
    if statement.held_view:
        return "held view"
    if statement.questions or statement.asked is not None or statement.replies:
        return "exchange"
    if not scene.shared:
        return f"not shared {what}"
    if not gatherings._within_reach(scene, statement.paragraph):
        return f"out of reach p{statement.paragraph} set p{scene.paragraph} {what}"
    if ch is None or ch.root.lemma_.lower() not in gatherings.GATHERINGS:
        return f"no gathering noun {what}"
    return f"other (day?) {what}"


def _recording(scene: Any, statement: Any, named: Any, own: Any, since: int, heard: Any = ()) -> bool:
    joined = _joins(scene, statement, named, own, since, heard)
    CALLS[statement.position] = "JOINED" if joined else _reason(scene, statement, named, own, since, heard)
    return joined


carrier.joins_the_gathering = _recording  # type: ignore[assignment]


def main() -> None:
    import quotegraph

    names = [a for a in sys.argv[1:] if not a.startswith("--")]
    show_all = "--all" in sys.argv
    total = right_c = right_t = 0
    for name, shape, text, expected in ARTICLES:
        if names and name not in names:
            continue
        CALLS.clear()
        found = quotegraph.extract(text, "2026-11-02", id=name).attributions
        print(f"== {name} ({shape})")
        if show_all:
            for a in found:
                print(
                    f"   {a.source and a.source.text!r} | {a.cue and a.cue.text!r}"
                    f" | {a.content and a.content.text[:50]!r}"
                    f" | ch={a.channel and a.channel.text!r} ad={a.addressee and a.addressee.text!r}"
                    f" t={a.time and a.time.text!r}"
                )
        for content, channel, time in expected:
            holding = [a for a in found if a.content is not None and content in a.content.text]
            total += 1
            if not holding:
                print(f"   NOT FOUND {content!r}")
                continue
            a = holding[0]
            ch = a.channel.text if a.channel else None
            t = a.time.text if a.time else None
            ok_c = channel is None or (ch is not None and channel.lower() in ch.lower())
            ok_t = time is None or (t is not None and time.lower() in t.lower())
            right_c += ok_c
            right_t += ok_t
            stands = a.cue or a.content
            why = CALLS.get(stands.start, "no gathering call") if stands else "?"
            mark = ("C" if ok_c else "c") + ("T" if ok_t else "t")
            src = a.source.text if a.source else None
            print(f"   {mark} {src!r} {content[:34]!r} ch={ch!r} t={t!r} :: {why}")
    print(f"channel {right_c}/{total} time {right_t}/{total}")


if __name__ == "__main__":
    main()

"""Each statement of a written article (``articles.py``) as the carrier reads it: its speaker, what it states, the
latest occasion before it, and what it holds (``OccasionCarrier.hold``).

    PYTHONPATH=src python experiments/gather_fire/steps.py NAME
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "nlp" / "resolve" / "carrying"))

from gathering_articles import ARTICLES

from quotegraph.nlp.resolve.carrying import carrier, occasions

_hold = carrier.OccasionCarrier.hold
_setting = occasions._Reading.setting


def _frame(frame: Any) -> str:
    if frame is None:
        return "-"
    s = frame.stated
    return (
        f"({s.channel and s.channel.text!r}, {s.addressee and s.addressee.text!r}, {s.time and s.time.span.text!r}"
        f"{'' if s.time is None else ' ' + str(s.time.date)}, shared={frame.shared}, p{frame.paragraph})"
    )


def _held(self: Any, statement: Any) -> Any:
    latest = _frame(self.latest)
    before = _frame(self.by_speaker.get(statement.speaker))
    held = _hold(self, statement)
    s = statement.stated
    print(
        f"  p{statement.paragraph} spk={statement.speaker} past={statement.told_in_the_past} "
        f"states=({s.channel and s.channel.text!r}, {s.addressee and s.addressee.text!r},"
        f" {s.time and s.time.span.text!r})"
        f" own={before} latest={latest}\n     -> {_frame_h(held)}"
    )
    return held


def _frame_h(held: Any) -> str:
    s = held.stated
    return f"({s.channel and s.channel.text!r}, {s.addressee and s.addressee.text!r}, {s.time and s.time.span.text!r})"


def _set(self: Any, setting: Any) -> Any:
    s = setting.stated
    print(
        f"  SETTING p{setting.paragraph} people={set(setting.participants)}"
        f" ({s.channel and s.channel.text!r}, {s.time and s.time.span.text!r})"
    )
    return _setting(self, setting)


carrier.OccasionCarrier.hold = _held  # type: ignore[method-assign]
occasions._Reading.setting = _set  # type: ignore[method-assign]

if __name__ == "__main__":
    import quotegraph

    for name, _, text, _ in ARTICLES:
        if name in sys.argv[1:]:
            print("==", name)
            quotegraph.extract(text, "2026-11-02", id=name)

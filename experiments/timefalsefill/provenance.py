"""Each statement's time with the rule that gave it: ``experiments/time_false/trace.py``'s fast loop (which marks
``time_writer``: "stated", "carried" or "learned") with the time phrases and the statements' held occasions traced to
the functions that made them.

    python experiments/timefalsefill/provenance.py GOLD.jsonl CACHE_DIR OCCASIONS.jsonl --output SYS.jsonl \
        [--off module.CONSTANT ...] [--no-learned]

Each attribution with a time gets two keys more: ``time_reader`` (the functions that read its phrase, "module.function",
innermost first, " < " between) and ``time_carrier`` (for a carried time, the carrying functions that built the
statement's held occasion; else empty). The engine is not changed: the constructors of ``TimePhrase`` and ``Held`` are
wrapped in this process only, to note who called them, and the scores printed are the fast loop's. Tuning slices only
(train-d, train-a, train-f); never the check slices, dev or the held-out pages.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import FrameType
from typing import Any

import quotegraph.nlp.resolving_output as resolving_output
from quotegraph.model import Attribution
from quotegraph.nlp.resolve.carrying.occasion_records import Held
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "time_false"))
from trace import main as traced

_OWN = "/quotegraph/nlp/"
# frames that build or copy a record and decide nothing: skipped when naming the rule
_PLUMBING = {"__init__", "replace", "filled", "carried_whole", "addressed_after_carrying", "init", "<lambda>"}
_DEPTH = 4  # functions named, innermost first

# Every phrase and held occasion made, by id, with the functions that made it; kept alive so that no id is reused
_made_by: dict[int, tuple[Any, tuple[str, ...]]] = {}
_told: dict[int, tuple[Any, Held]] = {}  # id of an output TimeRef -> (it, the held occasion it was written from)


def _makers(frame: FrameType | None) -> tuple[str, ...]:
    names: list[str] = []
    while frame is not None and len(names) < _DEPTH:
        path = frame.f_code.co_filename
        if _OWN in path and frame.f_code.co_name not in _PLUMBING:
            module = path.rsplit("/", 1)[-1].removesuffix(".py")
            names.append(f"{module}.{frame.f_code.co_name}")
        frame = frame.f_back
    return tuple(names)


def _inherited(made: Any, caller: FrameType | None) -> tuple[str, ...]:
    """A held occasion rebuilt from another whose time was carried (a later pass copying a statement's occasion,
    ``tagged.fill_from_tags``) keeps the makers of the one it was built from: found among its maker's local names."""
    if not isinstance(made, Held) or "time" not in made.carried or made.stated.time is None:
        return ()
    while caller is not None and caller.f_code.co_name in _PLUMBING:
        caller = caller.f_back
    for value in list(caller.f_locals.values()) if caller is not None else []:
        if (
            isinstance(value, Held)
            and value is not made
            and "time" in value.carried
            and value.stated.time is made.stated.time
            and id(value) in _made_by
        ):
            return _made_by[id(value)][1]
    return ()


def _traced(cls: type) -> None:
    original = cls.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        caller = sys._getframe(1)
        _made_by[id(self)] = (self, _inherited(self, caller) or _makers(caller))

    cls.__init__ = init  # type: ignore[misc]


def install() -> None:
    """Wrap the constructors and the output's time writer of this process."""
    _traced(TimePhrase)
    _traced(Held)
    original = resolving_output._time

    def told(text: str, held: Held) -> Any:
        time = original(text, held)
        if time is not None:
            _told[id(time)] = (time, held)
        return time

    resolving_output._time = told  # type: ignore[assignment]


def marks(before: Attribution, after: Attribution) -> dict[str, str]:
    """``time_reader`` and ``time_carrier`` of a time (empty when the learned fallback set it or it is unknown)."""
    if before.time is None or id(before.time) not in _told:
        return {"time_reader": "learned_times" if before.time is None else "", "time_carrier": ""}
    _, held = _told[id(before.time)]
    reader = _made_by.get(id(held.stated.time), (None, ()))[1]
    carrier = _made_by.get(id(held), (None, ()))[1] if "time" in held.carried else ()
    return {"time_reader": " < ".join(reader), "time_carrier": " < ".join(carrier)}


def main() -> None:
    install()
    traced(marks)


if __name__ == "__main__":
    main()

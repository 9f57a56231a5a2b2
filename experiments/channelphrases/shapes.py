"""How often two phrases that both name a setting (an event after which one speaks, an event at a venue, a show on
a station, a station's show) are annotated as channel or time, and what the engine gives. Adapted from
``experiments/eventphrases/shapes.py``.

    python experiments/channelphrases/shapes.py slices SYS.jsonl=GOLD.jsonl=OCCASIONS.jsonl ... [--show]
    python experiments/channelphrases/shapes.py pages [--show]

A phrase is found in the text by pattern (``PATTERNS``): an event one speaks after ("after the weekly state executive
council meeting at Alausa on Wednesday", "following Friday's prayers"), an event at a venue ("at a hearing at the
Hennepin County courthouse", "an inquest at Dublin Coroner's Court"), a show or a column on or in a medium ("on the
Coaches Corner podcast on SEN", "Morning Ireland on RTÉ Radio 1", "a column in the Globe and Mail"). A paired statement
counts for a phrase when its annotated channel or time lies in it; it is then counted by shape and by what the
annotation takes from the phrase (channel, time, both) and by what the engine's channel and time are (right as
occasion.md scores them, missing, wrong). ``--show`` lists the statements not right in channel and time.

The counting is ``experiments/eventphrases/shapes.py``'s, run with these patterns in place of its own.

``slices`` reads fast-loop outputs of tuning slices (train-a, train-d, train-f) only. ``pages`` runs the tuned news
pages that hold such a phrase (every page not in ``experiments/news_pages/held_out.txt``, which is never read) and
checks their expected statements' channel and time the same way. Never point it at a check slice, dev or a held-out
page: their misses are not to be read.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path


def _counter():  # type: ignore[no-untyped-def]
    """``experiments/eventphrases/shapes.py``, loaded by its path (this file has its name)."""
    path = Path(__file__).resolve().parents[1] / "eventphrases" / "shapes.py"
    spec = importlib.util.spec_from_file_location("eventphrases_shapes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


COUNTER = _counter()
_DAYNAME, _DAY = COUNTER._DAYNAME, COUNTER._DAY  # its days: "Wednesday", "yesterday", "last week", "Feb. 3"
EVENTS = (
    r"(?:briefing|sitting|session|meeting|conference|hearing|interview|rally|speech|address|debate|event|"
    r"appearance|town\s+hall|forum|summit|convention|gathering|question\s+time|trial|vote|ceremony|visit|"
    r"prayers|inquest|inquiry|service|mass|retreat|caucus|assembly|meet|talks|launch|dinner|luncheon|lecture)s?"
)
SHOWS = r"(?:show|programme|program|podcast|broadcast|segment|episode|column|op-ed|editorial|newsletter)s?"
_WORDS = r"(?:[\w’'.&-]+\s+){0,4}?"
_DET = rf"(?:a|an|the|his|her|their|its|this|last|{_DAY}(?:'s|’s))"
_PLACE = r"(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*){0,5}"
PATTERNS = {
    # "after the weekly state executive council meeting at Alausa on Wednesday", "following Friday's prayers"
    "after an event": re.compile(
        rf"\b(?i:after|following)\s+(?i:{_DET})\s+{_WORDS}(?i:{EVENTS})\b(?:\s+(?:at|in)\s+{_PLACE})?"
        rf"(?:,?\s+(?:on\s+|last\s+)?(?i:{_DAY}))?"
    ),
    # "at a hearing at the Hennepin County courthouse", "an inquest at Dublin Coroner's Court"
    "event at a venue": re.compile(
        rf"\b(?i:at|during|in)\s+(?i:a|an|the)\s+{_WORDS}(?i:{EVENTS})\s+(?:at|in)\s+{_PLACE}"
        rf"(?:,?\s+(?:on\s+|last\s+)?(?i:{_DAY}))?"
    ),
    # "on the Coaches Corner podcast on SEN", "Morning Ireland on RTÉ Radio 1", "a column in the Globe and Mail"
    "show on a medium": re.compile(rf"\b{_WORDS}(?i:{SHOWS})\s+(?:on|in)\s+{_PLACE}"),
}


def main() -> None:
    """``experiments/eventphrases/shapes.py``'s command line, counting these patterns' phrases."""
    COUNTER.PATTERNS = PATTERNS  # ``phrases`` reads the module's patterns when it runs
    COUNTER.main()


if __name__ == "__main__":
    main()

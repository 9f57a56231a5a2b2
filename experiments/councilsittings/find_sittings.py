"""The statements made at a sitting on the tuned pages, with what the system found for each.

    python experiments/councilsittings/find_sittings.py --skip LIST [PAGE.html ...]

Lists every expected statement of a tuned page (none named in LIST, which must hold the held-out and check pages:
``/work/annotations/skip-44.txt``) whose expected channel names a body's sitting (a meeting, session, sitting, hearing,
debate, plenary, question period), with its expected channel, addressee and time beside the found ones (``+``/``-``
for channel, addressee, time as the page test checks them). Only pages holding such a statement are run.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news_pages"))

from score import PAGES, listed_pages, page_checks  # type: ignore[import-not-found]

SITTINGS = re.compile(
    r"\b(meeting|session|sitting|hearing|debate|plenary|question period|question time|questions|council)\b",
    re.IGNORECASE,
)


def main(argv: list[str]) -> None:
    if "--skip" not in argv:
        sys.exit(__doc__)
    at = argv.index("--skip")
    skip = listed_pages(Path(argv[at + 1]))
    named = set(argv[:at] + argv[at + 2 :])
    everything = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    for page, spec in everything.items():
        if page in skip or (named and page not in named):
            continue
        wanted = [s for s in spec["statements"] if SITTINGS.search(s.get("channel") or "")]
        if not wanted:
            continue
        contents = {s["content"] for s in wanted}
        for statement, ok, what in page_checks(page, spec):
            if statement["content"] not in contents:
                continue
            right = "".join("+" if ok.get(f, True) else "-" for f in ("channel", "addressee", "time"))
            print(
                f"{page[:40]} | {statement['speaker'][:22]} | ch {statement.get('channel')!r} | "
                f"ad {statement.get('addressee')!r} | ti {statement.get('time')!r} | {right} | found {what}",
                flush=True,
            )


if __name__ == "__main__":
    main(sys.argv[1:])

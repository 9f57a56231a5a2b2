"""Field-by-field counts on the news pages of ``tests/nlp/test_news_pages.py``, known misses included.

    python experiments/news_pages/score.py [PAGE.html ...] --skip LIST
    python experiments/news_pages/score.py [PAGE.html ...] --all

``--skip LIST`` leaves the pages named in the file LIST (one a line) out unread and unscored: the held-out pages
(``--skip experiments/news_pages/held_out.txt``), which a round counting the tuned pages alone must not run.
One of ``--skip`` or ``--all`` is required, so that a command typed without it (or with ``--help``) never
scores and prints the held-out pages by accident; ``--all`` is for the lead's count over every page.

Each expected statement is checked as the test checks it (speaker, kind, channel, addressee, time, source,
once, not_channel); the pages named on the command line are counted apart as "new", the rest as "old".
Prints the counts per field, the statements right in every field per page, and each miss with what was
found. The test stays the gate; this is for counting a round's before and after.

The test's occasion check is stricter than the held-out measure: the expected phrase must lie inside the
found one. A second line counts channel, addressee and time as ``occasion.md`` scores them (the found value
holds at least half the expected phrase's content words; channel and addressee may hold each other's), so
the pages can be read beside the held-out figures.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import quotegraph
from quotegraph.evaluation.occasion import shares_content, speaker_named
from quotegraph.io import read
from quotegraph.model import Article

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"
HELD_OUT = Path(__file__).resolve().parent / "held_out.txt"  # the pages no round may read or tune on
FIELDS = ("speaker", "kind", "channel", "addressee", "time")
OCCASION_FIELDS = ("channel", "addressee", "time")


def _text(part: Any) -> str:
    return "" if part is None else str(part.text).casefold()


def _holding(found: list[Any], expected: dict[str, Any]) -> list[Any]:
    """The statements found whose content holds the expected content piece."""
    return [a for a in found if a.content is not None and expected["content"] in a.content.text]


def _checks(found: list[Any], expected: dict[str, Any]) -> tuple[dict[str, bool], str]:
    holding = _holding(found, expected)
    statement = holding[0] if holding else None
    name = statement.speaker.name if statement is not None and statement.speaker is not None else ""
    ok = {"found": statement is not None, "speaker": speaker_named(expected["speaker"], name)}
    parties = "" if statement is None else _text(statement.channel) + " | " + _text(statement.addressee)
    if "kind" in expected:
        ok["kind"] = statement is not None and statement.kind == expected["kind"]
    for field in ("channel", "addressee"):
        if field in expected:
            ok[field] = expected[field].casefold() in parties
    if "time" in expected:
        ok["time"] = statement is not None and expected["time"].casefold() in _text(statement.time)
    if "once" in expected:
        ok["once"] = len(holding) == 1
    if "source" in expected:
        ok["source"] = statement is not None and _text(statement.source) == expected["source"].casefold()
    if "not_channel" in expected:
        ok["not_channel"] = statement is not None and expected["not_channel"].casefold() not in _text(statement.channel)
    what = "nothing" if statement is None else f"speaker {name!r}, kind {statement.kind}, {parties!r}, time "
    what += "" if statement is None else repr(_text(statement.time))
    return ok, what


def _measured(found: list[Any], expected: dict[str, Any]) -> dict[str, bool]:
    """Each expected occasion field held as occasion.md's scorer counts it (not the test's check)."""
    holding = _holding(found, expected)
    measured = {}
    for field in (f for f in OCCASION_FIELDS if f in expected):
        holders = (
            () if not holding else (holding[0].time,) if field == "time" else (holding[0].channel, holding[0].addressee)
        )
        measured[field] = any(part is not None and shares_content(part.text, expected[field]) for part in holders)
    return measured


def page_checks(page: str, spec: dict[str, Any]) -> Iterator[tuple[dict[str, Any], dict[str, bool], str]]:
    """Each expected statement of ``page`` (its ``spec`` in expected.json), with its checks as the test makes them,
    "every field" and the occasion fields as occasion.md scores them ("measured FIELD"), and what was found."""
    [article] = read(str(PAGES / page))
    assert isinstance(article, Article)
    found = list(quotegraph.extract(article.text, article.published, id=article.id).attributions)
    for statement in spec["statements"]:
        ok, what = _checks(found, statement)
        ok["every field"] = all(ok.values())
        ok |= {"measured " + field: right for field, right in _measured(found, statement).items()}
        yield statement, ok, what


def main(new: set[str], skip: frozenset[str] = frozenset()) -> None:
    everything: dict[str, Any] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    expected = {page: spec for page, spec in everything.items() if page not in skip}
    totals: Counter[tuple[str, str]] = Counter()
    rights: Counter[tuple[str, str]] = Counter()
    misses = []
    for page, spec in expected.items():
        group = "new" if page in new else "old"
        for statement, ok, what in page_checks(page, spec):
            for field, right in ok.items():
                totals[group, field] += 1
                rights[group, field] += right
                totals[page, field] += 1
                rights[page, field] += right
            if not ok["every field"]:
                wrong = [f for f, r in ok.items() if not r and not f.startswith("measured ")]
                misses.append(f"{page}: {statement['content']!r}: {wrong}; {what}")
    for group in ("old", "new"):
        counts = ", ".join(f"{f} {rights[group, f]}/{totals[group, f]}" for f in ("every field", *FIELDS))
        print(f"{group} pages: {counts}")
        measured = ", ".join(
            f"{f} {rights[group, 'measured ' + f]}/{totals[group, 'measured ' + f]}" for f in OCCASION_FIELDS
        )
        print(f"  as occasion.md scores them: {measured}")
    for page in expected:
        print(f"  {page}: {rights[page, 'every field']}/{totals[page, 'every field']}")
    print("\n".join(misses))


def listed_pages(path: Path) -> frozenset[str]:
    """The page names a list file holds, one a line; ``#`` starts a comment (``held_out.txt`` names its sets so)."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line)


def _skipped(argv: list[str]) -> tuple[list[str], frozenset[str]]:
    """The command line without ``--skip LIST``, and the pages LIST names."""
    if "--skip" not in argv:
        return argv, frozenset()
    at = argv.index("--skip")
    return argv[:at] + argv[at + 2 :], listed_pages(Path(argv[at + 1]))


if __name__ == "__main__":
    argv = sys.argv[1:]
    if "--skip" not in argv and "--all" not in argv:
        sys.exit(__doc__)
    args, skip = _skipped([arg for arg in argv if arg != "--all"])
    main(set(args), skip)

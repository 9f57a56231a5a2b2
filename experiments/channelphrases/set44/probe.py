"""Run ``quotegraph extract`` on the written articles of ``articles.txt`` and score each expected statement's channel,
addressee and time as occasion.md scores them: an outlet or a channel word is right as either field (the channel may
be carried by the addressee, an addressee by the channel).

An article is a paragraph of text followed by its expectation lines, ``# CONTENT FRAGMENT || CHANNEL || ADDRESSEE ||
TIME`` ("-" is null: a channel or time there is a false fill; an addressee "-" is not scored); blank lines separate
articles.

    PYTHONPATH=src python experiments/channelphrases/set44/probe.py [FILE] > probe-X.txt
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from quotegraph.evaluation.occasion import shares_content

FIELDS = ("channel", "addressee", "time")
Wanted = tuple[str, dict[str, str | None]]


def _articles(path: Path) -> list[tuple[str, list[Wanted]]]:
    found = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().splitlines() if line.strip()]
        if not lines:
            continue
        text = " ".join(line for line in lines if not line.startswith("#"))
        wanted: list[Wanted] = []
        for line in lines:
            if line.startswith("#"):
                fragment, *values = (part.strip() for part in line[1:].split("||"))
                wanted.append((fragment, {f: None if v == "-" else v for f, v in zip(FIELDS, values, strict=True)}))
        found.append((text, wanted))
    return found


def _text(field: Any) -> str | None:
    return str(field["text"]) if field else None


def _mark(field: str, value: str | None, got: dict[str, str | None], totals: dict[str, list[int]]) -> str:
    if value is None:
        if field == "addressee":
            return "--"
        totals[field][3] += 1
        wrong = got[field] is not None
        totals[field][2] += wrong
        return "FF" if wrong else "ok"
    totals[field][1] += 1
    other = {"channel": "addressee", "addressee": "channel"}.get(field)
    right = shares_content(got[field], value) or (other is not None and shares_content(got[other], value))
    totals[field][0] += right
    return "ok" if right else "XX"


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("articles.txt"))
    articles = _articles(path)
    lines = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, (t, _) in enumerate(articles))
    with tempfile.TemporaryDirectory() as folder:
        written = Path(folder) / "articles.jsonl"
        written.write_text(lines, encoding="utf-8")
        command = [sys.executable, "-m", "quotegraph", "extract", str(written)]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    totals = {field: [0, 0, 0, 0] for field in FIELDS}  # right, of, false fills, of nulls
    for line, (text, wanted) in zip(out.splitlines(), articles, strict=True):
        result = json.loads(line)
        print("==", text[:110])
        for fragment, values in wanted:
            match = [a for a in result["attributions"] if fragment in a["content"]["text"]]
            if not match:
                print(f"   MISSING {fragment!r}")
                for field, value in values.items():
                    if value is not None or field != "addressee":
                        totals[field][1 if value else 3] += 1
                continue
            a = match[0]
            got = {field: _text(a[field]) for field in FIELDS}
            marks = " ".join(_mark(field, values[field], got, totals) for field in FIELDS)
            source = a["source"]["text"] if a["source"] else None
            print(
                f"   {marks} {source!s:18} ch={got['channel']!s:30} ad={got['addressee']!s:16} ti={got['time']}"
                f"   [{fragment[:28]}]"
            )
    for field, (right, of, false, nulls) in totals.items():
        print(f"{field}: right {right} / {of}, false fill {false} / {nulls}")


if __name__ == "__main__":
    main()

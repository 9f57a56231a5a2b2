"""Run the whole pipeline (``quotegraph extract``) on the written articles of ``articles.txt`` and score each expected
statement's channel and time as occasion.md scores them (the channel may be carried by the addressee).

An article is a paragraph of text followed by its expectation lines, ``# CONTENT FRAGMENT || CHANNEL || TIME`` ("-"
is null: a value there is a false fill); articles are separated by blank lines.

    PYTHONPATH=src python experiments/channelphrases/probe.py [FILE] > probe-X.txt
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from quotegraph.evaluation.occasion import shares_content


def _articles(path: Path) -> list[tuple[str, list[tuple[str, str | None, str | None]]]]:
    found = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().splitlines() if line.strip()]
        if not lines:
            continue
        text = " ".join(line for line in lines if not line.startswith("#"))
        wanted = []
        for line in lines:
            if line.startswith("#"):
                fragment, channel, time = (part.strip() for part in line[1:].split("||"))
                wanted.append((fragment, None if channel == "-" else channel, None if time == "-" else time))
        found.append((text, wanted))
    return found


def _text(field: Any) -> str | None:
    return str(field["text"]) if field else None


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("articles.txt"))
    articles = _articles(path)
    lines = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, (t, _) in enumerate(articles))
    with tempfile.TemporaryDirectory() as folder:
        written = Path(folder) / "articles.jsonl"
        written.write_text(lines, encoding="utf-8")
        command = [sys.executable, "-m", "quotegraph", "extract", str(written)]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    totals = {"channel": [0, 0, 0, 0], "time": [0, 0, 0, 0]}  # right, of, false fills, of nulls
    for line, (text, wanted) in zip(out.splitlines(), articles, strict=True):
        result = json.loads(line)
        print("==", text[:110])
        for fragment, channel, time in wanted:
            match = [a for a in result["attributions"] if fragment in a["content"]["text"]]
            if not match:
                print(f"   MISSING {fragment!r}")
                for field, value in (("channel", channel), ("time", time)):
                    totals[field][1 if value else 3] += 1
                continue
            a = match[0]
            got = {"channel": _text(a["channel"]), "addressee": _text(a["addressee"]), "time": _text(a["time"])}
            marks = []
            for field, value in (("channel", channel), ("time", time)):
                if value is None:
                    totals[field][3] += 1
                    wrong = got[field] is not None
                    totals[field][2] += wrong
                    marks.append("FF" if wrong else "ok")
                    continue
                totals[field][1] += 1
                right = shares_content(got[field], value) or (
                    field == "channel" and shares_content(got["addressee"], value)
                )
                totals[field][0] += right
                marks.append("ok" if right else "XX")
            source = a["source"]["text"] if a["source"] else None
            print(
                f"   {marks[0]} {marks[1]} {source!s:20} ch={got['channel']!s:34} ad={got['addressee']!s:12}"
                f" ti={got['time']}   [{fragment[:30]}]"
            )
    for field, (right, of, false, nulls) in totals.items():
        print(f"{field}: right {right} / {of}, false fill {false} / {nulls}")


if __name__ == "__main__":
    main()

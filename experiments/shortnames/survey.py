"""Speakers that are a short form of another entity of the same article, and the reverse (shortnames round).

    python experiments/shortnames/survey.py pages [--skip PAGE ...]     # the fixture pages, with the expectations
    python experiments/shortnames/survey.py sys SYS.jsonl                # a fast.py / eval output

A pair is a speaker entity and another entity of its article whose name is a word subset of the other's
(articles and possessives aside), the first word of it, or its capitals' abbreviation. Each pair is printed with
the statements the speaker holds and, on pages, the expected speaker, so one reads whether the two are one entity.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from quotegraph.nlp.resolve.speakers.names import abbreviation_of

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"
_SKIPPED_WORDS = frozenset({"the", "'s", "’s", "of", "and", "&", "for"})


def _words(name: str) -> list[str]:
    return [
        w.casefold().strip(".,'’")
        for w in name.replace("’s", "").replace("'s", "").split()
        if w.casefold() not in _SKIPPED_WORDS
    ]


def relation(short: str, long: str) -> str | None:
    """How ``short`` is a short form of ``long``, if it is."""
    s, full = _words(short), _words(long)
    if not s or not full or s == full:
        return None
    if abbreviation_of(short.replace("the ", "").strip(), long):
        return "acronym"
    if len(s) < len(full) and s == full[: len(s)]:
        return "prefix"
    if len(s) < len(full) and set(s) <= set(full):
        return "subset"
    return None


def pairs(entities: list[dict[str, Any]], speakers: set[str]) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    found = []
    for a in entities:
        if a["id"] not in speakers:
            continue
        for b in entities:
            if b is a:
                continue
            for short, long, direction in ((a, b, "speaker short"), (b, a, "speaker long")):
                how = relation(short["name"], long["name"])
                if how is not None:
                    found.append((f"{direction} {how}", a, b))
    return found


def _report(label: str, result: dict[str, Any], kinds: Counter[str], expected: list[dict[str, Any]] | None) -> None:
    """Print each pair of one article and the statements its speaker holds (with the page's expected speakers)."""
    atts = result["attributions"]
    speakers = {a["speaker"]["entity"] for a in atts if a.get("speaker")}
    for how, a, b in pairs(result["entities"], speakers):
        kinds[how] += 1
        print(f"{label}: {how}: {a['name']!r} ({a['type']}) ~ {b['name']!r} ({b['type']})")
        for att in atts:
            if att.get("speaker") and att["speaker"]["entity"] == a["id"]:
                content = att["content"]["text"] if att.get("content") else ""
                source = att["source"]["text"] if att.get("source") else ""
                want = (
                    ""
                    if expected is None
                    else f" expected {[s['speaker'] for s in expected if s['content'] in content]}"
                )
                print(f"    source {source!r}: {content[:70]!r}{want}")


def pages(skip: set[str]) -> None:
    import quotegraph
    from quotegraph.io import read
    from quotegraph.model.codec import encode_result

    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    kinds: Counter[str] = Counter()
    for page, spec in expected.items():
        if page in skip:
            continue
        [article] = read(str(PAGES / page))
        result = json.loads(encode_result(quotegraph.extract(article.text, article.published, id=article.id)))
        _report(page, result, kinds, spec["statements"])
    print(kinds)


def system(sys_path: Path) -> None:
    kinds: Counter[str] = Counter()
    for line in sys_path.read_text().splitlines():
        result = json.loads(line)
        _report(str(result["id"]), result, kinds, None)
    print(kinds)


if __name__ == "__main__":
    if sys.argv[1] == "pages":
        pages(set(sys.argv[3:]) if len(sys.argv) > 2 else set())
    else:
        system(Path(sys.argv[2]))

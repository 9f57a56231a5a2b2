"""Speaker names against the gold: statements whose source span is right but whose resolved speaker name is not the
gold source's person, by rough class.

    python experiments/speakers/round21/names.py GOLD.jsonl SYSTEM.jsonl [--show CLASS]

PolNeAR has no entity names, so the gold's person is read from its source span: the capitalised words of that span
when it names someone, else (a pronoun or a description) the capitalised words of the nearest earlier gold source
that names someone. The second is a guess, so its rows are counted apart ("gold inferred"). A name is right when it
shares a capitalised word with the gold's person. For tuning sets only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from quotegraph.evaluation.metrics import GoldText, Item, overlap_matches, source_right

_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "him", "them"})
_NOT_NAMES = frozenset({"The", "A", "An", "He", "She", "They", "It", "We", "I", "His", "Her", "Their", "Its", "In"})


def _capitals(text: str) -> frozenset[str]:
    words = (w.strip(".,;:’'\"“”()").removesuffix("’s").removesuffix("'s") for w in text.split())
    return frozenset(w for w in words if w[:1].isupper() and w not in _NOT_NAMES)


def _source_text(text: str, item: dict[str, object]) -> str:
    spans = item.get("source") or []
    if isinstance(spans, dict):
        spans = spans.get("spans") or []
    return " ".join(text[a:b] for a, b in spans)  # type: ignore[misc]


def _class(given: str, name: str) -> str:
    if name.lower() in _PRONOUNS:
        return "pronoun left as name"
    if name[:1].islower():
        return "description left as name"
    if given.lower() in _PRONOUNS:
        return "pronoun to the wrong person"
    if given[:1].islower() or given.split()[0] in {"The", "A", "An"}:
        return "description to the wrong entity"
    return "name span, another name"


def _attributions_by_article(path: Path) -> dict[str, list[dict[str, Any]]]:
    rows = (json.loads(line) for line in path.read_text().splitlines())
    return {str(row["id"]): row.get("attributions") or [] for row in rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for name in ("gold", "system"):
        parser.add_argument(name, type=Path)
    parser.add_argument("--show", default="", help="list the rows of this class ('all' for every class)")
    args = parser.parse_args()
    system = _attributions_by_article(args.system)
    classes: Counter[str] = Counter()
    right = checked = 0
    rows = []
    for line in args.gold.read_text().splitlines():
        article = json.loads(line)
        text, gold = article["text"], GoldText(article["text"])
        found = system.get(str(article["id"]), [])
        named = sorted(
            (min(a for a, _ in attr["source"]), _capitals(_source_text(text, attr)))
            for attr in article["attributions"]
            if attr.get("source") and _capitals(_source_text(text, attr))
        )
        for gi, pi in overlap_matches(text, article["attributions"], found):
            want, mine = Item(gold, article["attributions"][gi], "gold"), Item(gold, found[pi], "system")
            attr = article["attributions"][gi]
            if not want.source or not source_right(gold, want, mine):
                continue
            person = _capitals(_source_text(text, attr))
            origin = "gold names"
            if not person:
                start = min(a for a, _ in attr["source"])
                earlier = [caps for at, caps in named if at < start]
                if not earlier:
                    continue
                person, origin = earlier[-1], "gold inferred"
            checked += 1
            speaker = found[pi].get("speaker") or {}
            name = str(speaker.get("name") or "") if isinstance(speaker, dict) else str(speaker)
            if person & _capitals(name):
                right += 1
                continue
            given = _source_text(text, found[pi])
            cls = f"{_class(given, name or '-')} ({origin})"
            classes[cls] += 1
            rows.append(f"{cls} | {article['id']} | gold {sorted(person)} | system {given!r} -> {name!r}")
    print(f"names right {right} of {checked}")
    for cls, n in classes.most_common():
        print(n, cls)
    for row in sorted(rows):
        if args.show == "all" or (args.show and row.startswith(args.show)):
            print(row)


if __name__ == "__main__":
    main()

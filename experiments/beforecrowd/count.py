"""Count the "before X" forms on the tuning slices and the tuned news pages: what "before" takes as its object.

    python experiments/beforecrowd/count.py [--show]

Parses each sentence holding "before" (the project's pipeline, ``load_pipeline``) and sorts every "before" that the
parser reads as a preposition with a noun object: people or a body (``stated_times.audience_before``: the round's
reading, "before a crowd", "before the committee"), or anything else (a time, an event: "before the vote"). Clauses
("before he spoke") and adverbs ("the day before") are counted apart. Only tuning data: train 0-59, train-d, train-f
and the tuned pages (held-out pages skipped unread).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from quotegraph.io import read
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.stated.stated_times import audience_before
from quotegraph.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "fixtures" / "news-pages"
HELD_OUT = ROOT / "experiments" / "news_pages" / "held_out.txt"
SLICES = ("/tmp/train-a.jsonl", "/tmp/train-d.jsonl", "/tmp/train-f.jsonl")
_BEFORE = re.compile(r"\bbefore\b", re.IGNORECASE)


def _lines(path: str) -> list[str]:
    return Path(path).read_text(encoding="utf-8").splitlines()


def _texts() -> list[tuple[str, str]]:
    """(where, text) of every tuning article and tuned page."""
    texts = [(Path(s).stem, json.loads(line)["text"]) for s in SLICES for line in _lines(s)]
    held = {line.strip() for line in HELD_OUT.read_text().splitlines() if line.strip() and not line.startswith("#")}
    for page in sorted(PAGES.glob("*.html")):
        if page.name not in held:
            [article] = read(str(page))
            texts.append(("pages", article.text))
    return texts


def main(show: bool) -> None:
    """Print the counts per data and kind (and, with ``show``, each noun object's sentence)."""
    nlp = load_pipeline(Settings())
    counts: Counter[tuple[str, str]] = Counter()
    for where, text in _texts():
        for paragraph in text.split("\n"):
            if not _BEFORE.search(paragraph):
                continue
            for token in nlp(paragraph):
                if token.lower_ != "before":
                    continue
                objects = [c for c in token.children if c.dep_ == "pobj"]
                if token.dep_ != "prep" or not objects:
                    kind = "clause or adverb"
                elif audience_before(token) is not None:
                    kind = "audience"
                else:
                    kind = "other object"
                counts[where, kind] += 1
                if show and kind != "clause or adverb":
                    sent = token.sent.text.replace("\n", " ")
                    print(f"{where}\t{kind}\t{objects[0].text}/{objects[0].tag_}/{objects[0].ent_type_}\t{sent[:160]}")
    for (where, kind), n in sorted(counts.items()):
        print(f"{where:10} {kind:18} {n}")


if __name__ == "__main__":
    main("--show" in sys.argv)

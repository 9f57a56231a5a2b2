"""On the named fixture pages, the expected channels, addressees and times the system misses, with whether the
expected phrase lies in the statement's own sentence (the sentence of its cue, or inside its content), in the
paragraph just before, or elsewhere. Prints each own-sentence miss and counts by field. Tuned pages only.

    python experiments/own_sentence/page_misses.py PAGE.html ...
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from misses import _sentence

import quotegraph
from quotegraph.evaluation.occasion import shares_content
from quotegraph.io import read
from quotegraph.model import Article

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"


def main(pages: list[str]) -> None:
    expected: dict[str, Any] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    counts: Counter[str] = Counter()
    for page in pages:
        [article] = read(str(PAGES / page))
        assert isinstance(article, Article)
        text = article.text
        found = list(quotegraph.extract(text, article.published, id=article.id).attributions)
        for statement in expected[page]["statements"]:
            holding = [a for a in found if a.content is not None and statement["content"] in a.content.text]
            if not holding:
                continue
            a = holding[0]
            at = a.cue.spans[0].start if a.cue is not None else a.content.spans[0].start  # type: ignore[union-attr]
            lo, hi = _sentence(text, at)
            for span in a.content.spans:  # type: ignore[union-attr]
                lo, hi = min(lo, span.start), max(hi, span.end)
            for field in ("channel", "addressee", "time"):
                if field not in expected[page]["statements"][0] and field not in statement:
                    continue
                want = statement.get(field)
                if not want:
                    continue
                holders = (a.time,) if field == "time" else (a.channel, a.addressee)
                if any(h is not None and shares_content(h.text, want) for h in holders):
                    continue
                where = text.casefold().find(want.casefold(), max(0, lo - 1))
                place = "own sentence" if 0 <= where < hi else "elsewhere"
                if place == "elsewhere":
                    before = text.casefold().rfind(want.casefold(), 0, lo)
                    par = text.rfind("\n\n", 0, lo)
                    place = "paragraph before" if before >= 0 and before >= text.rfind("\n\n", 0, par) else place
                got = getattr(a, field)
                counts[f"{field} {place}"] += 1
                if place != "elsewhere":
                    print(f"== {field} {place} | {page} | want [{want}] got [{got.text if got else None}]")
                    print("   " + text[lo:hi].replace("\n", " ")[:500])
    for name, n in sorted(counts.items()):
        print(f"# {name}: {n}")


if __name__ == "__main__":
    main(sys.argv[1:])

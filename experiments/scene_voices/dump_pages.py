"""Dump the system's statements on the tuned news pages (the held-out pages named in a file are skipped unread).

    python experiments/scene_voices/dump_pages.py HELDOUT.txt OUT.jsonl

One row a page: its expected statements and the system's attributions (content, speaker, cue offset, channel,
addressee and time with their carried flags), for ``count.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import msgspec

import quotegraph
from quotegraph.io import read
from quotegraph.model import Article

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"


def main(heldout: Path, out: Path) -> None:
    skipped = set(heldout.read_text().split())
    expected: dict[str, Any] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    rows = []
    for page, spec in expected.items():
        if page in skipped:
            continue
        [article] = read(str(PAGES / page))
        assert isinstance(article, Article)
        found = quotegraph.extract(article.text, article.published, id=article.id).attributions
        rows.append(
            {
                "page": page,
                "text": article.text,
                "expected": spec["statements"],
                "found": [msgspec.to_builtins(a) for a in found],
            }
        )
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))

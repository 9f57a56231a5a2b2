"""The tuned news pages' statements whose expected channel or time the system misses, with the sentence where the
expected phrase first stands and whether the system found a statement in that sentence (narration when none did).

Usage: page_settings.py HELD_OUT_NAMES_FILE   (pages named in the file are skipped, unread)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import quotegraph
from quotegraph.io import read
from quotegraph.model import Article

PAGES = Path("tests/fixtures/news-pages")


def _holds(part: Any, want: str) -> bool:
    return part is not None and want.casefold() in part.text.casefold()


def main() -> None:
    held = set(Path(sys.argv[1]).read_text().split())
    expected: dict[str, Any] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    for page, spec in expected.items():
        if page in held:
            continue
        [article] = read(str(PAGES / page))
        assert isinstance(article, Article)
        text = article.text
        found = list(quotegraph.extract(text, article.published, id=article.id).attributions)
        for st in spec["statements"]:
            mine = [a for a in found if st["content"] in text[a.content.start : a.content.end]]
            for field in ("channel", "time"):
                want = st.get(field)
                if not want or not mine:
                    continue
                a = mine[0]
                got = a.time if field == "time" else a.channel
                if _holds(got, want) or (field == "channel" and _holds(a.addressee, want)):
                    continue
                at = text.find(want)
                start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
                end = min(x for x in (text.find(". ", at), text.find("\n", at), len(text)) if x >= 0)
                stated = any(start <= a2.cue.start < end for a2 in found if a2.cue is not None)
                kind = "STATED" if stated else "NARRATED"
                print(f"{page}\t{field}\t{kind}\t{st['speaker']}\t{want!r}\tgot={got.text if got else None!r}")
                print(f"    {text[start:end].strip()[:300]!r}")


if __name__ == "__main__":
    main()

"""Check, with the reader only, that every expected piece of the check pages appears once in the
reader's text and that the published date is read (no extraction runs here)."""

import sys
from pathlib import Path

from quotegraph.io import read

sys.path.insert(0, str(Path(__file__).parent))
from pages import PAGES

ROOT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"
bad = 0
for name, entry in PAGES.items():
    [article] = read(str(ROOT / name))
    text = article.text
    body_words = len(text.split())
    print(f"{name}: published {article.published}, reader words {body_words}, statements {len(entry['statements'])}")
    for s in entry["statements"]:
        n = text.count(s["content"])
        words = len(s["content"].split())
        if n != 1 or not 4 <= words <= 10:
            bad += 1
            print(f"  content x{n} ({words} words): {s['content']!r}")
        for field in ("channel", "addressee", "time", "speaker", "not_channel"):
            if field in s and s[field] not in text:
                bad += 1
                print(f"  {field} missing: {s[field]!r}")
    for f in entry["furniture"]:
        if f not in text and f not in Path(ROOT / name).read_text():
            bad += 1
            print(f"  furniture missing: {f!r}")
    for ns in entry["not_speakers"]:
        if ns not in text:
            print(f"  not_speaker not in text: {ns!r}")
print("bad", bad)

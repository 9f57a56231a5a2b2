"""Append the six check pages' entries to the fixtures' expected.json (keeps its indent=2 format).

Refuses to overwrite a page already present; prints only the page names it added.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pages import PAGES

PATH = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages" / "expected.json"
raw = PATH.read_text(encoding="utf-8")
data = json.loads(raw)
for name, entry in PAGES.items():
    if name in data:
        raise SystemExit(f"{name} already in expected.json")
    data[name] = entry
    print("added", name)
out = json.dumps(data, indent=2, ensure_ascii=False)
if raw.endswith("\n"):
    out += "\n"
PATH.write_text(out, encoding="utf-8")

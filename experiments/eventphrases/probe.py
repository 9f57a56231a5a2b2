"""Run the whole pipeline (``quotegraph extract``) on the written test articles in ``sentences.txt`` (articles
separated by blank lines) and print each statement's speaker, channel, addressee and time.

    PYTHONPATH=src python experiments/eventphrases/probe.py [FILE]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("sentences.txt"))
    articles = [a.strip() for a in path.read_text(encoding="utf-8").split("\n\n") if a.strip()]
    lines = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(articles))
    with tempfile.TemporaryDirectory() as folder:
        written = Path(folder) / "articles.jsonl"
        written.write_text(lines, encoding="utf-8")
        command = [sys.executable, "-m", "quotegraph", "extract", str(written)]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        result = json.loads(line)
        print("==", result["text"][:110])
        for a in result["attributions"]:
            fields = [(a[k] or {}).get("text") for k in ("channel", "addressee", "time")]
            carried = "".join("c" if (a[k] or {}).get("carried") else "." for k in ("channel", "addressee", "time"))
            source = a["source"]["text"] if a["source"] else None
            print(f"   {source!s:22} {carried} ch={fields[0]!s:38} ad={fields[1]!s:14} ti={fields[2]}")


if __name__ == "__main__":
    main()

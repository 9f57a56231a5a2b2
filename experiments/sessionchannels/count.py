"""Where the brief's session forms stand in the tuning data: each sentence of the tuning slices' articles (train-a,
train-d, train-f) and of the tuned news pages (never a held-out or sealed one) that matches one of the forms, by form.

    PYTHONPATH=src python experiments/sessionchannels/count.py [--list FORM]

Forms: ``fronted-run`` (a fronted gerund running a session: "Winding up the debate", "Opening the second reading"),
``fronted-when`` ("When the debate resumed", "As the hearing began"), ``fronted-during`` ("During Tuesday's sitting"),
``narrated-verb`` (a body debating on a day: "The Senate debated the bill for six hours on Tuesday"), ``narrated-noun``
("The trial opened yesterday", "The hearing continued on Thursday"), ``leaves`` ("Outside court", "after the verdict").
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
PAGES = REPOSITORY / "tests" / "fixtures" / "news-pages"
HELD_OUT = REPOSITORY / "experiments" / "news_pages" / "held_out.txt"
SLICES = ("/tmp/train-a.jsonl", "/tmp/train-d.jsonl", "/tmp/train-f.jsonl")  # the tuning slices only

_SESSION = r"(?:debate|hearing|trial|sitting|session|inquest|meeting|second reading|inquiry|committee stage)"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last night|this morning)"
FORMS = {
    "fronted-run": re.compile(
        rf"(?:^|\. )(?:Opening|Closing|Winding up|Wrapping up|Concluding|Starting|Beginning|Resuming|Leading|Chairing)"
        rf" (?:the |a |Tuesday's |this )?(?:\w+ ){{0,2}}{_SESSION}\b"
    ),
    "fronted-when": re.compile(
        rf"(?:^|\. )(?:When|As|After|Before|While) (?:the|a) (?:\w+ ){{0,3}}{_SESSION} "
        r"(?:resumed|began|opened|started|continued|got under way|closed|ended|wound up)"
    ),
    "fronted-during": re.compile(rf"(?:^|\. )(?:During|At|In) (?:\w+'s )?(?:the )?(?:\w+ ){{0,2}}{_SESSION}\b[^.]*,"),
    "narrated-verb": re.compile(rf"\b(?:debated|discussed|deliberated)\b[^.]{{0,80}}\b(?:on )?{_DAY}\b"),
    "narrated-noun": re.compile(
        rf"\b(?:The|the) (?:\w+ ){{0,4}}{_SESSION} (?:opened|began|resumed|continued|started|heard)\b[^.]*"
    ),
    "leaves": re.compile(
        r"\b(?:Outside (?:court|the court|the courthouse|the chamber)|after (?:the )?(?:verdict|court|hearing))\b"
    ),
}


def _tuned_pages() -> list[tuple[str, str]]:
    held = {line.strip() for line in HELD_OUT.read_text().splitlines() if line.strip() and not line.startswith("#")}
    out = []
    for page in sorted(PAGES.glob("*.html")):
        if page.name in held or page.stem in held:
            continue
        text = re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8", errors="replace"))
        out.append((f"page:{page.name}", re.sub(r"\s+", " ", text)))
    return out


def _articles() -> list[tuple[str, str]]:
    out = []
    for path in SLICES:
        for line in Path(path).read_text().splitlines():
            article = json.loads(line)
            key = article.get("id") or article.get("doc_id") or "?"
            out.append((f"{Path(path).stem}:{key}", article.get("text", "")))
    return out


def main() -> None:
    listing = sys.argv[sys.argv.index("--list") + 1] if "--list" in sys.argv else None
    counts: Counter[tuple[str, str]] = Counter()
    for where, text in _tuned_pages() + _articles():
        kind = "pages" if where.startswith("page:") else "slices"
        for form, pattern in FORMS.items():
            for match in pattern.finditer(text):
                counts[form, kind] += 1
                if form == listing:
                    start = max(0, match.start() - 20)
                    print(f"{where}: ...{text[start : match.end() + 60]!r}")
    for form in FORMS:
        print(f"{form:16} slices {counts[form, 'slices']:4}  tuned pages {counts[form, 'pages']:4}")


if __name__ == "__main__":
    main()

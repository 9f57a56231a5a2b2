"""Count the phrasecuts round's four shapes in the tuning material (PolNeAR train-a, d, f and the tuned pages).

    python experiments/phrasecuts/shapes.py slices OUTDIR          # OUTDIR/train-X.jsonl from slices.py run
    python experiments/phrasecuts/shapes.py pages TUNED_LIST       # page names, one a line (held-out ones refused)

The shapes (experiments/phrasecuts/README.md):
- body: a run of capitalised words and joiners before a bracketed abbreviation, or led by a nationality, whose
  entity in the output is shorter than the run (the tagger's cut kept);
- programme: a podcast, show or programme named on a verb of saying ("on the X podcast", "told the X podcast");
- role: a clergy noun (imam, rabbi, cleric, ...) as "the NOUN said" or "NOUN NAME said";
- today: a sentence opened by a bare time word with no comma before its subject and a verb of saying.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
PAGES = REPOSITORY / "tests" / "fixtures" / "news-pages"
HELD_OUT = REPOSITORY / "experiments" / "news_pages" / "held_out.txt"
SLICES = {"train-a": "/tmp/train-a.jsonl", "train-d": "/tmp/train-d.jsonl", "train-f": "/tmp/train-f.jsonl"}

JOINERS = r"(?:of|and|for|the|on|&)"
WORD = r"[A-Z][\w'’.-]*"
RUN = re.compile(rf"((?:{WORD}|{JOINERS})(?:,?\s+(?:{WORD}|{JOINERS})){{2,14}})\s+\(([A-Z][A-Za-z]{{1,9}})\)")
NATIONALITY = re.compile(
    r"\b((?:Australian|American|British|Philippine|Kenyan|Nigerian|Indian|Canadian|Irish|Ghanaian|Malaysian|"
    r"Singaporean|South African|New Zealand)(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the)){2,10})"
)
SAYING = r"(?:said|says|told|tells|added|stated|announced|argued|wrote|warned|insisted|explained)"
PROGRAMME = re.compile(
    r"\b(?:on|to|told)\s+(?:the\s+|[A-Z][\w’']*(?:’s|'s)\s+)?((?:[A-Z][\w’'-]*\s+){1,5})(podcast|show|programme|program)\b"
    r"|\b(podcast|show|programme|program)\s+on\s+([A-Z][\w-]*)"
)
CLERGY = (
    r"(?:imam|rabbi|cleric|sheikh|vicar|pastor|priest|bishop|archbishop|monk|mufti|preacher|chaplain|nun|deacon"
    r"|reverend)"
)
ROLE = re.compile(
    rf"\b(?:the|an?|[Tt]he local|[A-Z][\w’']*(?:’s|'s))\s+{CLERGY}\b[^.]{{0,40}}?\b{SAYING}\b"
    rf"|\b{SAYING}\s+the\s+{CLERGY}\b",
    re.I,
)
TODAY = re.compile(rf"^(Today|Yesterday|Tonight|Now|Earlier today|Later)\s+(?!,)[^,;]{{1,60}}?\b{SAYING}\b")


def _initials_spell(run: str, abbreviation: str) -> bool:
    """The abbreviation's capitals come in order from the run's capitalised words (loosely: the first letters)."""
    capitals = "".join(w[0] for w in re.findall(WORD, run))
    letters = [c for c in abbreviation.upper() if c.isalpha()]
    at = 0
    for c in letters:
        at = capitals.find(c, at)
        if at < 0:
            return False
        at += 1
    return True


def shapes(text: str, names: set[str] | None) -> Counter[str]:
    """The shapes of one article; ``names`` (entity mention texts) decides whether a body's run was cut."""
    counts: Counter[str] = Counter()
    for match in RUN.finditer(text):
        run, abbreviation = match.group(1).strip(" ,"), match.group(2)
        run = re.sub(rf"^(?:{JOINERS}\s+)+", "", run)
        if len(run.split()) < 3 or not _initials_spell(run, abbreviation):
            continue
        kind = "comma" if "," in run else (" of " in run and "of") or "plain"
        counts[f"body with bracket ({kind})"] += 1
        if names is not None and not any(run.endswith(n) and len(n) >= len(run) - 4 for n in names):
            counts[f"body with bracket ({kind}) cut in output"] += 1
            print("  cut:", run, f"({abbreviation})", file=sys.stderr)
    for match in NATIONALITY.finditer(text):
        counts["body led by nationality"] += 1
        run = match.group(1)
        if names is not None and not any(n.startswith(run.split()[0]) and run.startswith(n) for n in names):
            counts["body led by nationality, nationality cut in output"] += 1
            print("  nationality:", run, file=sys.stderr)
    for match in PROGRAMME.finditer(text):
        counts["programme on a verb or before a station"] += 1
        print("  programme:", text[max(0, match.start() - 60) : match.end() + 40].replace("\n", " "), file=sys.stderr)
    for match in ROLE.finditer(text):
        counts["clergy noun saying"] += 1
        print("  clergy:", match.group(0).replace("\n", " "), file=sys.stderr)
    for sentence in re.split(r"(?<=[.!?\"”])\s+|\n+", text):
        if TODAY.match(sentence.strip()):
            counts["fronted time word, no comma"] += 1
            print("  today:", sentence.strip()[:120], file=sys.stderr)
    return counts


def _names(article: dict[str, object]) -> set[str]:
    return {m["text"] for e in article.get("entities", []) for m in e["mentions"]}  # type: ignore[attr-defined, index]


def main() -> None:
    what, where = sys.argv[1], Path(sys.argv[2])
    total: Counter[str] = Counter()
    if what == "slices":
        for name, articles in SLICES.items():
            lines = (where / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
            outputs = {json.loads(line)["id"]: json.loads(line) for line in lines}
            counts: Counter[str] = Counter()
            for line in Path(articles).read_text(encoding="utf-8").splitlines():
                article = json.loads(line)
                print(f"{name} {article['id']}", file=sys.stderr)
                counts += shapes(article["text"], _names(outputs.get(article["id"], {})))
            print(name, dict(sorted(counts.items())))
            total += counts
    else:
        listed = HELD_OUT.read_text(encoding="utf-8").splitlines()
        held = {line.strip() for line in listed if line and not line.startswith("#")}
        for page in where.read_text(encoding="utf-8").split():
            if page in held:
                raise SystemExit(f"{page} is held out")
            text = html.unescape(re.sub(r"<[^>]+>", " ", (PAGES / page).read_text(encoding="utf-8")))
            text = re.sub(r"[ \t]+", " ", text)
            print(page, file=sys.stderr)
            total += shapes(text, None)
    print("total", dict(sorted(total.items())))


if __name__ == "__main__":
    main()

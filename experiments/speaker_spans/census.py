"""The speakers of three shapes in a run's output (a fast-loop slice or ``dump_pages.py``'s pages), with the gold
source each is paired with where a gold file is given: what the speakerspans round counted before building.

    python experiments/speaker_spans/census.py SYSTEM.jsonl [GOLD.jsonl]

(a) a source that is an honorific alone ("Mr." of "asked Mr. Manafort"); (b) a speaker name that ends in letters
after a name with one word before them ("Dafydd MS"); (c) a description as source (a phrase opening with a
determiner) whose sentence or the next names someone: a name set off after it in apposition ("a midwife of 20 years,
Carys Morgan,"), "gave his name as", "identified as", "named".
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.speakers.names import POST_NOMINALS

_DESCRIPTION = re.compile(r"^(a|an|the|one|another|his|her|their|its)\s", re.IGNORECASE)
_NAMING = re.compile(
    r"(gave (his|her|their) names? as|identified (himself |herself |themselves )?as|\bnamed\b|"
    r"[,—–-]\s*(\d+-year-old\s+)?[A-Z][\w'’-]+(\s+[A-Z][\w'’-]+)+\s*[,—–-])"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")


def _pieces(text: str, spans: Any) -> str:
    return " ".join(text[a:b] for a, b in spans or [])


def _sentence_and_next(text: str, at: int) -> str:
    """The text from the start of the sentence holding ``at`` to the end of the sentence after it (rough)."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    ends = [m.end() for m in _SENTENCE_END.finditer(text, at)][:2]
    return text[start : ends[-1] if ends else len(text)]


def shape(text: str, attribution: dict[str, Any]) -> str | None:
    """Which of the three shapes the statement's source or speaker has, or None."""
    source = attribution.get("source") or {}
    source_text = _pieces(text, source.get("spans")).strip(" ,")
    name = ((attribution.get("speaker") or {}).get("name") or "").strip()
    honorifics = lexicons().honorifics
    if source_text and (source_text in honorifics or source_text.removesuffix(".") + "." in honorifics):
        return "a"
    words = name.split()
    if len(words) == 2 and words[-1] in POST_NOMINALS:
        return "b"
    described = source_text and _DESCRIPTION.match(source_text) and source.get("spans")
    if described and _NAMING.search(_sentence_and_next(text, source["spans"][0][0])):
        return "c"
    return None


def main() -> None:
    system = [json.loads(line) for line in Path(sys.argv[1]).read_text().splitlines() if line.strip()]
    gold = {}
    if len(sys.argv) > 2:
        gold = {str(g["id"]): g for g in map(json.loads, Path(sys.argv[2]).read_text().splitlines())}
    counts: Counter[str] = Counter()
    articles: dict[str, set[str]] = {}
    for row in system:
        text = row.get("text") or (gold.get(str(row["id"])) or {}).get("text") or ""
        found = row.get("attributions") or []
        paired = {}
        if str(row["id"]) in gold:
            g = gold[str(row["id"])]
            paired = {pi: g["attributions"][gi] for gi, pi in overlap_matches(text, g["attributions"], found)}
        for pi, attribution in enumerate(found):
            kind = shape(text, attribution)
            if kind is None:
                continue
            counts[kind] += 1
            articles.setdefault(kind, set()).add(str(row["id"]))
            source = _pieces(text, (attribution.get("source") or {}).get("spans"))
            name = (attribution.get("speaker") or {}).get("name")
            want = paired.get(pi)
            wanted = "unpaired" if want is None else repr(_pieces(text, want.get("source")))
            cue = (attribution.get("cue") or {}).get("text")
            print(f"({kind}) {str(row['id'])[:60]} {cue!r}: source {source!r} -> {name!r}; gold {wanted}")
    for kind in "abc":
        print(f"({kind}) {counts[kind]} statements in {len(articles.get(kind, ()))} articles")


if __name__ == "__main__":
    main()

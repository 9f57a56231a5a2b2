"""Sub-classify carry15's "not linked: unseen" misses (origin scene or setting) by where the annotated phrase is.

    python experiments/occasion_carry/round23/where.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl [--show CLASS]

An unseen miss is an annotated carried value that no earlier statement of the system holds: nothing read the phrase,
so nothing could carry it. Its place (the annotated span): the headline (the first paragraph); inside a statement's
own words (a gold content span: "Saturday night's debate" in a paraphrase); a statement's sentence, where the system
read it as another field of some statement or read it nowhere; a sentence with no statement: the lede (the story's
first sentence after the headline), an event sentence (a name or pronoun as the subject of its verb before the
phrase: "Obama spoke at the rally on Saturday"), or another sentence (a noun phrase or a clause with no person:
"The debate on Thursday night drew ..."). Prints the counts per field and class; ``--show`` lists one class.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round15"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "occasion_stated"))

from classify import articles
from paired import run_parser

from quotegraph.evaluation.occasion import FIELDS, shares_content

_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])|\n+")
_CAUSE = "not linked: unseen"


def sentence_of(text: str, offset: int) -> tuple[int, int]:
    """The bounds of the sentence (a rough split: end punctuation before a capital, or a paragraph break) at offset."""
    start, end = 0, len(text)
    for match in _SENTENCE_END.finditer(text):
        if match.end() <= offset:
            start = match.end()
        elif match.start() >= offset:
            end = match.start()
            break
    return start, end


def _inside(spans: Sequence[Sequence[int]], a: int, b: int) -> bool:
    return any(s <= a and b <= e for s, e in spans)


def _spans(attribution: Mapping[str, Any], key: str) -> list[list[int]]:
    spans = attribution.get(key) or []
    return spans["spans"] if isinstance(spans, dict) else spans


def place(gold: Mapping[str, Any], system: Sequence[Mapping[str, Any]], span: Sequence[int], phrase: str) -> str:
    text = gold["text"]
    a, b = span
    if "\n" not in text[:a]:
        return "headline"
    if any(_inside(_spans(g, "content"), a, b) for g in gold["attributions"]):
        return "inside a statement's own words"
    start, end = sentence_of(text, a)
    first = text.index("\n") + len(re.match(r"\n*", text[text.index("\n") :]).group())  # type: ignore[union-attr]
    cues = [g for g in gold["attributions"] if any(start <= s < end for s, _ in _spans(g, "cue"))]
    if cues:
        read = any(shares_content((s.get(f) or {}).get("text"), phrase) for s in system for f in FIELDS)
        lede = " (lede)" if start == first else ""
        return f"statement sentence{lede}: read as another field" if read else f"statement sentence{lede}: read nowhere"
    if start == first:
        return "no statement: lede"
    before = text[start:a]
    if re.search(r"\b(he|she|they|[A-Z][a-z]+)\s+(\w+ ){0,2}\w+(ed|s)\b", before):
        return "no statement: event sentence (person subject)"
    return "no statement: other sentence"


def main() -> None:
    parser = run_parser()
    parser.add_argument("--show", help="a class (or part of one) whose misses to list")
    args = parser.parse_args()
    table: Counter[tuple[str, str, str]] = Counter()
    for article in articles(args.gold, args.occasions, args.system):
        for rank, index in enumerate(article.order):
            for name in FIELDS:
                row = article.row(index, name, article.order[:rank])
                if row is None or row["cause"] != _CAUSE or row["origin"] == "continuation":
                    continue
                want = (article.fields(index) or {})[name]
                found = place(article.gold, article.system, want["span"], want["text"])
                table[(row["origin"], found, name)] += 1
                if args.show and args.show in found:
                    a, _ = want["span"]
                    start, end = sentence_of(article.gold["text"], a)
                    print(json.dumps({**row, "place": found, "sentence": article.gold["text"][start:end][:240]}))
    for origin in ("scene", "setting"):
        for found in sorted({p for o, p, _ in table if o == origin}):
            counts = " / ".join(str(table[(origin, found, f)]) for f in FIELDS)
            print(f"{origin:8} {found:48} channel / addressee / time: {counts}")


if __name__ == "__main__":
    main()

"""Every time a tuning slice's statements are given that is not the annotated one (a false fill where the annotation is
null, a wrong value where it is not), with the step that wrote it (``trace.py``'s ``time_writer``), the rule constants
whose turning off removes or changes it (the ``--ablated`` runs), where its phrase stands and its form.

    python experiments/time_false/table.py GOLD.jsonl OCCASIONS.jsonl SYS.jsonl [--ablated NAME=SYS.jsonl ...] \
        [--show] [--tsv OUT.tsv]
"""

from __future__ import annotations

import argparse
import bisect
import collections
import csv
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))
from paired import annotated_articles

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import shares_content

_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])|\n+")
_FORMS: list[tuple[str, re.Pattern[str]]] = [
    ("since/for a stretch", re.compile(r"^(?:since|for|over the (?:past|last)|throughout|all)\b|\bsince\b", re.I)),
    ("asked-clause", re.compile(r"^(?:when |after being |)asked\b|^pressed\b|^questioned\b", re.I)),
    (
        "clause",
        re.compile(r"^(?:when|after|before|as|while|during|until|once|upon|following|at the end|speaking)\b", re.I),
    ),
    (
        "year/era",
        re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b|\b(?:last|this|next) year\b|\byears? ago\b|\bdecades?\b", re.I),
    ),
    (
        "month",
        re.compile(
            r"^(?:in |last |this |earlier this |early |late )*"
            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$",
            re.I,
        ),
    ),
    ("weekday", re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)),
    ("monthday", re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.I)),
    ("deictic day", re.compile(r"\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening))\b", re.I)),
    ("week/weekend/month", re.compile(r"\b(?:week|weekend|month|days)\b", re.I)),
    (
        "adverb",
        re.compile(
            r"^(?:later|earlier|recently|previously|once|then|now|again|afterwards?|at one point|at the time|"
            r"last night|at first|first|subsequently|in the past|this time)\b",
            re.I,
        ),
    ),
]


def form(text: str) -> str:
    for name, pattern in _FORMS:
        if pattern.search(text.strip()):
            return name
    return "other"


class Text:
    """An article's sentences and paragraphs, found by punctuation: enough to show and place a phrase."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
        self.paragraphs = [0] + [m.end() for m in re.finditer(r"\n\s*\n|\n", text)]

    def sentence(self, at: int) -> int:
        return bisect.bisect_right(self.starts, at) - 1

    def paragraph(self, at: int) -> int:
        return bisect.bisect_right(self.paragraphs, at) - 1

    def sentence_text(self, at: int) -> str:
        n = self.sentence(at)
        end = self.starts[n + 1] if n + 1 < len(self.starts) else len(self.text)
        return " ".join(self.text[self.starts[n] : end].split())


def _start(attribution: Any) -> int:
    spans = [s[0] for part in ("cue", "content") if attribution.get(part) for s in attribution[part]["spans"]]
    return min(spans) if spans else 0


def _sentences(text: Text, attribution: Any) -> set[int]:
    spans = [s for part in ("cue", "content", "source") if attribution.get(part) for s in attribution[part]["spans"]]
    return {text.sentence(at) for s, e in spans for at in (s, max(s, e - 1))}


def _in(spans: list[list[int]], at: int) -> bool:
    return any(s <= at < e for s, e in spans)


def where(text: Text, attribution: Any, others: list[Any]) -> str:
    """Where a time's phrase stands for its statement: inside its own words (a content time), in its own sentence, in
    a sentence holding a statement of the same speaker or of another, or in narration (no statement there)."""
    time = attribution["time"]
    at = time["spans"][0][0]
    content = attribution["content"]["spans"] if attribution.get("content") else []
    if _in(content, at):
        return "own words"
    sentence = text.sentence(at)
    if sentence in _sentences(text, attribution):
        return "own sentence"
    speaker = (attribution.get("speaker") or {}).get("entity")
    there = [o for o in others if sentence in _sentences(text, o)]
    if any(_in(o["content"]["spans"] if o.get("content") else [], at) for o in there):
        return "another's words"
    if any(speaker is not None and (o.get("speaker") or {}).get("entity") == speaker for o in there):
        back = text.paragraph(_start(attribution)) - text.paragraph(at)
        distance = "same par" if back == 0 else "3+ par back" if back >= 3 else f"{back} par back"
        return f"speaker's statement {distance}"
    if there:
        return "another's statement"
    return "narration" + (" (lede/headline)" if text.paragraph(at) <= 1 else "")


def rule_of(attribution: Any) -> str:
    """The rule that wrote a time, when ``experiments/timefalsefill/provenance.py`` marked it: the learned fallback,
    the stated reader or the innermost carrier; else only its writer."""
    writer = attribution.get("time_writer") or "?"
    if writer == "carried" and attribution.get("time_carrier"):
        return "carried:" + attribution["time_carrier"].split(" < ")[0]
    if writer == "stated" and attribution.get("time_reader"):
        return "stated:" + attribution["time_reader"]
    return writer


def rows_of(
    gold_path: Path, occasions: Path, system_path: Path, ablated: dict[str, dict[tuple[str, str], Any]]
) -> list[dict[str, Any]]:
    """Every time given to a paired, annotated statement, right / false fill / wrong, with its writer and rule, the
    ablations that move it, where its phrase stands, its form and the text to read it by."""
    rows = []
    for gold, annotated, system in annotated_articles(gold_path, occasions, system_path):
        text = Text(gold["text"])
        for gi, pi in overlap_matches(gold["text"], gold["attributions"], system):
            fields = annotated.get(str(gold["attributions"][gi].get("id")))
            if fields is None:
                continue
            sys_time, want = system[pi].get("time"), fields.get("time")
            if sys_time is None:
                continue
            want_text = None if want is None else want.get("text")
            if want_text is not None and shares_content(sys_time["text"], want_text):
                outcome = "right"
            else:
                outcome = "false fill" if want_text is None else "wrong"
            key = (str(gold["id"]), str(gold["attributions"][gi].get("id")))
            moved = [name for name, times in ablated.items() if (times.get(key) or {}).get("text") != sys_time["text"]]
            place = where(text, system[pi], [o for o in system if o is not system[pi]])
            rows.append({
                "outcome": outcome, "writer": system[pi].get("time_writer") or "?", "rule": rule_of(system[pi]),
                "carrier": system[pi].get("time_carrier") or "", "rules": "+".join(moved), "where": place,
                "form": form(sys_time["text"]), "kind": system[pi].get("kind") or "",
                "back": text.paragraph(_start(system[pi])) - text.paragraph(sys_time["spans"][0][0]),
                "article": key[0], "attribution": key[1], "phrase": sys_time["text"],
                "annotated": want_text or "", "sentence": text.sentence_text(sys_time["spans"][0][0]),
                "statement": " ".join((system[pi].get("content") or {}).get("text", "").split())[:160],
            })  # fmt: skip
    return rows


def write_tsv(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", newline="") as out:
        w = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter="\t")
        w.writeheader()
        w.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("--ablated", action="append", default=[])
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--tsv", type=Path)
    args = parser.parse_args()
    ablated = {}
    for item in args.ablated:
        name, _, path = item.partition("=")
        ablated[name] = {
            (str(g["id"]), str(g["attributions"][gi].get("id"))): s[pi].get("time")
            for g, _, s in annotated_articles(args.gold, args.occasions, Path(path))
            for gi, pi in overlap_matches(g["text"], g["attributions"], s)
        }
    rows = rows_of(args.gold, args.occasions, args.system, ablated)
    counts = collections.Counter((r["outcome"], r["writer"], r["where"]) for r in rows)
    for outcome in ("right", "false fill", "wrong"):
        total = sum(n for k, n in counts.items() if k[0] == outcome)
        print(f"{outcome}: {total}")
        for by in ("writer", "where", "form", "rules"):
            c = collections.Counter(r[by] for r in rows if r["outcome"] == outcome)
            print(f"  by {by}: " + ", ".join(f"{k or '-'} {n}" for k, n in c.most_common()))
    if args.tsv:
        write_tsv(args.tsv, rows)
    if args.show:
        for r in rows:
            if r["outcome"] != "right":
                print(f"\n[{r['outcome']}] {r['article']} {r['attribution']} writer={r['writer']} rules={r['rules']} "
                      f"where={r['where']} form={r['form']}\n  phrase: {r['phrase']!r}  annotated: {r['annotated']!r}\n"
                      f"  sentence: {r['sentence'][:300]}\n  statement: {r['statement']}")  # fmt: skip


if __name__ == "__main__":
    main()

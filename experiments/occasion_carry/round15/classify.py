"""Carried-field errors by cause: continuations (an annotated carried value whose phrase the same speaker's earlier
statement holds) and the rest.

    python experiments/occasion_carry/round15/classify.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl \
        [--show CAUSE] [--origin ORIGIN] [--field FIELD]

Per paired statement and field: an annotated carried value the system misses (null or another value), and a false
fill whose system value is carried. The annotated value's origin is the nearest earlier annotated statement holding
the same phrase in that field (stated or carried): a continuation when its source is the same speaker (the paired
system statements' entity, or the same source words), a scene otherwise, a setting when no annotated statement holds
it. Causes of a miss: ``not linked`` (no earlier statement of this speaker's entity holds the phrase: ``no speaker``,
``another entity`` holds it (a split speaker, or another's scene), or ``unseen``), ``broken too early`` (an earlier
statement of the same entity holds it, this one nothing), ``wrong earlier statement`` (another value carried), ``own
wrong value`` (the system's value is its own). Causes of a false fill: ``broken too late`` (the annotators gave the
value to an earlier statement of the speaker and stopped), ``carried not annotated`` (no earlier annotated statement
of the speaker holds it).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "occasion_stated"))

from paired import CARRIERS, annotated_articles, run_parser

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import FIELDS, shares_content


def _start(attribution: Mapping[str, Any]) -> int:
    spans = attribution.get("cue") or attribution.get("content")
    if isinstance(spans, dict):
        spans = spans["spans"]
    return min(s[0] for s in spans) if spans else 0


def _paragraph(text: str, offset: int) -> int:
    return len(re.findall(r"\n+", text[:offset]))


def _holds(attribution: Mapping[str, Any], name: str, phrase: str) -> bool:
    """Whether a system attribution's field (or the field that may carry it) holds ``phrase``."""
    return any(shares_content((attribution.get(o) or {}).get("text"), phrase) for o in CARRIERS[name])


@dataclass
class _Article:
    gold: Mapping[str, Any]
    annotated: Mapping[str, Any]
    system: Sequence[Mapping[str, Any]]

    def __post_init__(self) -> None:
        attrs = self.gold["attributions"]
        self.pairs = dict(overlap_matches(self.gold["text"], attrs, list(self.system)))
        self.order = sorted(range(len(attrs)), key=lambda i: _start(attrs[i]))
        self.entity = {g: (self.system[p].get("speaker") or {}).get("entity") for g, p in self.pairs.items()}

    def fields(self, index: int) -> Mapping[str, Any] | None:
        return self.annotated.get(str(self.gold["attributions"][index].get("id")))

    def source(self, index: int) -> str:
        return " ".join(self.gold["text"][a:b] for a, b in self.gold["attributions"][index].get("source") or []).lower()

    def same_entity(self, a: int, b: int) -> bool:
        return self.entity.get(a) is not None and self.entity.get(a) == self.entity.get(b)

    def same_speaker(self, a: int, b: int) -> bool:
        return self.same_entity(a, b) or self.source(a) == self.source(b) != ""

    def row(self, index: int, name: str, earlier: Sequence[int]) -> dict[str, Any] | None:
        """The error of one statement's field, classified, or None when there is none to classify."""
        fields = self.fields(index)
        if fields is None or index not in self.pairs:
            return None
        mine = self.system[self.pairs[index]]
        want, value = fields.get(name), mine.get(name)
        if want is not None and (not want.get("carried") or _holds(mine, name, want["text"])):
            return None
        if want is None and (value is None or not value.get("carried")):
            return None
        attribution = self.gold["attributions"][index]
        text = self.gold["text"]
        found: dict[str, Any] = {"article": self.gold["id"], "id": attribution.get("id"), "field": name}
        found["want"] = None if want is None else want["text"]
        found["got"] = None if value is None else value["text"] + (" (c)" if value.get("carried") else "")
        found["source"] = self.source(index)
        found["content"] = " ".join(text[a:b] for a, b in attribution["content"])[:90]
        phrase = want["text"] if want is not None else value["text"]
        holders = [g for g in earlier if shares_content(((self.fields(g) or {}).get(name) or {}).get("text"), phrase)]
        if want is None:
            spoke = [g for g in holders if self.same_speaker(g, index)]
            carried_own = any(
                self.same_entity(g, index) and (self.system[self.pairs[g]].get(name) or {}).get("text") == phrase
                for g in earlier
                if g in self.pairs
            )
            found["origin"] = "continuation" if spoke or carried_own else "scene"
            found["cause"] = "broken too late" if spoke else "carried not annotated"
            return found
        origin = holders[-1] if holders else None
        found["origin"] = (
            "setting" if origin is None else "continuation" if self.same_speaker(origin, index) else "scene"
        )
        had = [g for g in earlier if g in self.pairs and self.same_entity(g, index)]
        had = [g for g in had if _holds(self.system[self.pairs[g]], name, phrase)]
        if value is not None:
            found["cause"] = "wrong earlier statement" if value.get("carried") else "own wrong value"
        elif had:
            found["cause"] = "broken too early"
            found["gap"] = _paragraph(text, _start(attribution)) - _paragraph(
                text, _start(self.gold["attributions"][had[-1]])
            )
        elif mine.get("speaker") is None:
            found["cause"] = "not linked: no speaker"
        elif any(g in self.pairs and _holds(self.system[self.pairs[g]], name, phrase) for g in earlier):
            found["cause"] = "not linked: another entity"
        else:
            found["cause"] = "not linked: unseen"
        return found

    def rows(self) -> Iterator[dict[str, Any]]:
        for rank, index in enumerate(self.order):
            for name in FIELDS:
                found = self.row(index, name, self.order[:rank])
                if found is not None:
                    yield found


def articles(gold_path: Path, occasions_path: Path, system_path: Path) -> Iterator[_Article]:
    """Every annotated article of ``gold_path`` with its occasions and the system's attributions."""
    for gold, annotated, attributions in annotated_articles(gold_path, occasions_path, system_path):
        yield _Article(gold, annotated, attributions)


def classify(gold_path: Path, occasions_path: Path, system_path: Path) -> list[dict[str, Any]]:
    return [row for article in articles(gold_path, occasions_path, system_path) for row in article.rows()]


def main() -> None:
    parser = run_parser()
    parser.add_argument("--show", help="a cause whose errors to list, one JSON line each")
    parser.add_argument("--origin", default="continuation")
    args = parser.parse_args()
    rows = classify(args.gold, args.occasions, args.system)
    table = Counter((r["origin"], r["cause"], r["field"]) for r in rows)
    for origin in ("continuation", "scene", "setting"):
        for cause in sorted({c for o, c, _ in table if o == origin}):
            counts = " / ".join(str(table[(origin, cause, f)]) for f in FIELDS)
            print(f"{origin:13} {cause:27} channel / addressee / time: {counts}")
    if args.show:
        for r in rows:
            if r["cause"] == args.show and r["origin"] == args.origin and args.field in (None, r["field"]):
                print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()

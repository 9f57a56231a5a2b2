"""Sub-classify carry15's "scene, not linked: another entity" misses: the annotators carry a phrase that another
speaker's statement holds (in the system's output) to this speaker's statement, and the system gives nothing.

    python experiments/occasion_carry/round21/subclassify.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl [--show KEY]

Per miss: what the phrase is (a scene noun, another channel, an outlet or a person addressed, a time that names a day
or none), how far back the holder is (same paragraph, the next, further), whether this speaker has an occasion of its
own in the system before (any field filled on an earlier statement of its entity), whether a statement of a third
speaker with another stated value of the field intervenes, and whether the holder's value is stated or carried. Prints
one count table per feature and the joint table of the largest features; ``--show`` lists the misses whose joined key
holds KEY.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round15"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "occasion_stated"))

from classify import _Article, _holds, _paragraph, _start, articles
from paired import run_parser

from quotegraph.evaluation.occasion import FIELDS, shares_content
from quotegraph.nlp.lexicons.tables import lexicons

_DAY = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|"
    r"jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)\b",
    re.IGNORECASE,
)


_GAPS = ("same paragraph", "next paragraph", "2-3 paragraphs", "2-3 paragraphs")


def phrase_kind(name: str, phrase: str) -> str:
    words = {w.strip(",.’'\"“”").lower() for w in phrase.split()}
    if name == "time":
        return "time: a day" if _DAY.search(phrase) else "time: no day"
    scenes = lexicons().scenes
    if any(w in scenes or w.rstrip("s") in scenes for w in words):
        return f"{name}: scene noun"
    if any(w[:1].isupper() for w in phrase.split()):
        return f"{name}: a name (outlet, show, person)"
    return f"{name}: other noun"


def _system_value(attribution: Mapping[str, Any], name: str) -> Mapping[str, Any] | None:
    return attribution.get(name)


_WEAK = {"the", "a", "an", "of", "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "president", "he", "she", "it"}


def _name_words(attribution: Mapping[str, Any]) -> set[str]:
    text = ((attribution.get("speaker") or {}).get("name") or "").lower()
    return {w.strip(",.'\"") for w in text.split()} - _WEAK - {""}


def features(article: _Article, row: Mapping[str, Any], index: int, earlier: list[int]) -> dict[str, str]:
    name, phrase = row["field"], row["want"]
    text = article.gold["text"]
    paired = [g for g in earlier if g in article.pairs]
    holders = [g for g in paired if _holds(article.system[article.pairs[g]], name, phrase)]
    holder = holders[-1]
    here = _paragraph(text, _start(article.gold["attributions"][index]))
    there = _paragraph(text, _start(article.gold["attributions"][holder]))
    gap = here - there
    held = _system_value(article.system[article.pairs[holder]], name) or {}
    own = [g for g in paired if article.same_entity(g, index)]
    own_occasion = any(any(article.system[article.pairs[g]].get(f) for f in FIELDS) for g in own)
    between = paired[paired.index(holder) + 1 :]
    between = [g for g in between if not article.same_entity(g, holder) and not article.same_entity(g, index)]
    other_value = any(
        (v := _system_value(article.system[article.pairs[g]], name)) is not None
        and not v.get("carried")
        and not shares_content(v.get("text"), phrase)
        for g in between
    )
    holder_attribution = article.system[article.pairs[holder]]
    told = " ".join(((holder_attribution.get(f) or {}).get("text") or "") for f in ("channel", "addressee")).lower()
    mine_words = _name_words(article.system[article.pairs[index]])
    return {
        "named": "speaker named in holder's channel/addressee"
        if mine_words & set(re.findall(r"[\w’']+", told))
        else "not named there",
        "phrase": phrase_kind(name, phrase),
        "gap": _GAPS[gap] if gap < len(_GAPS) else "4+",
        "own": "speaker has own occasion" if own_occasion else "speaker has none",
        "between": "another stated value between" if other_value else "nothing between",
        "holder": "holder carried" if held.get("carried") else "holder stated" if held else "holder via other field",
        "kind": "quote" if row["content"].lstrip()[:1] in '“"' else "paraphrase",
    }


def main() -> None:
    parser = run_parser()
    parser.add_argument("--show")
    args = parser.parse_args()
    tables: dict[str, Counter[tuple[str, str]]] = {}
    joint: Counter[tuple[str, str]] = Counter()
    for article in articles(args.gold, args.occasions, args.system):
        for rank, index in enumerate(article.order):
            for name in FIELDS:
                row = article.row(index, name, article.order[:rank])
                if row is None or row["origin"] != "scene" or row["cause"] != "not linked: another entity":
                    continue
                found = features(article, row, index, article.order[:rank])
                for key, value in found.items():
                    tables.setdefault(key, Counter())[(value, name)] += 1
                key = " | ".join((found["gap"], found["own"], found["between"]))
                joint[(key, name)] += 1
                if args.show and args.show in " | ".join(found.values()):
                    print(json.dumps({**row, **found}, ensure_ascii=False))
    for key, table in [*tables.items(), ("joint (gap | own | between)", joint)]:
        print(f"## {key}")
        for value in sorted({v for v, _ in table}, key=lambda v: -sum(table[(v, f)] for f in FIELDS)):
            print(f"  {value:62} channel / addressee / time: " + " / ".join(str(table[(value, f)]) for f in FIELDS))


if __name__ == "__main__":
    main()

"""Sub-classify carry15's "continuation, not linked: another entity" misses: is the other entity that holds the
phrase the same person split by coreference (a shared surname or name word), or another speaker of a scene?

    python experiments/occasion_carry/round16/subclassify.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl [--show KIND]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round15"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "occasion_stated"))

from classify import _Article, _holds
from paired import run_parser

from quotegraph.evaluation.occasion import read_occasions

# Name words that say nothing about who a speaker is: titles and function words.
_WEAK = {"the", "a", "an", "of", "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "president", "he", "she"}


def _words(attribution: Mapping[str, Any]) -> set[str]:
    text = ((attribution.get("speaker") or {}).get("name") or "").lower()
    return {w.strip(",.'\"") for w in text.split()} - _WEAK - {""}


def kind(article: _Article, row: Mapping[str, Any], index: int, earlier: list[int]) -> str:
    """``split`` when the holder's speaker shares a name word with this one, ``pronoun`` when either is a pronoun
    or nameless, ``scene`` otherwise."""
    name, phrase = row["field"], row["want"]
    mine = article.system[article.pairs[index]]
    holders = [g for g in earlier if g in article.pairs and _holds(article.system[article.pairs[g]], name, phrase)]
    other = article.system[article.pairs[holders[-1]]]
    a, b = _words(mine), _words(other)
    row["names"] = [(mine.get("speaker") or {}).get("name"), (other.get("speaker") or {}).get("name")]
    if not a or not b:
        return "pronoun/nameless"
    return "split (shared name word)" if a & b else "scene (other name)"


def main() -> None:
    parser = run_parser()
    parser.add_argument("--show")
    args = parser.parse_args()
    occasions = read_occasions(args.occasions)
    system = {}
    for line in Path(args.system).read_text().splitlines():
        got = json.loads(line)
        system[str(got["id"])] = got.get("attributions") or []
    table: Counter[tuple[str, str]] = Counter()
    for line in Path(args.gold).read_text().splitlines():
        gold = json.loads(line)
        annotated = occasions.get(str(gold["id"]))
        if annotated is None:
            continue
        article = _Article(gold, annotated, system.get(str(gold["id"]), []))
        for rank, index in enumerate(article.order):
            for name in ("channel", "addressee", "time"):
                row = article.row(index, name, article.order[:rank])
                if row is None or row["origin"] != "continuation" or row["cause"] != "not linked: another entity":
                    continue
                k = kind(article, row, index, article.order[:rank])
                table[(k, name)] += 1
                if args.show and args.show in k:
                    print(json.dumps({**row, "kind": k}, ensure_ascii=False))
    for k in sorted({k for k, _ in table}):
        print(
            f"{k:26} channel / addressee / time: "
            + " / ".join(str(table[(k, f)]) for f in ("channel", "addressee", "time"))
        )


if __name__ == "__main__":
    main()

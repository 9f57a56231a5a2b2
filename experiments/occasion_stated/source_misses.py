"""The source misses of a run on a tuning slice, by rough cause: which stage a wrong source on a matched statement
comes from.

    python experiments/occasion_stated/source_misses.py GOLD.jsonl SYSTEM.jsonl [--show]

Pairs statements as the scorer does (``overlap_matches``) and counts those whose source is wrong (``source_right``):
the gold has none and the system gives one, the system gives none, the system's source is a pronoun or names the
gold's speaker (resolution), or another span (the finder). For tuning sets only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from quotegraph.evaluation.metrics import GoldText, Item, overlap_matches, source_right

_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its"})


def _cause(gold: GoldText, want: Item, found: Item) -> str:
    if not want.source:
        return "gold none, system gives"
    if not found.source:
        return "system none"
    wanted, given = gold.norm_text(want.source), gold.norm_text(found.source)
    if found.speaker and (found.speaker in wanted or wanted in found.speaker):
        return "speaker names the gold source, span differs"
    if given in _PRONOUNS:
        return "system pronoun, another entity"
    if wanted in _PRONOUNS:
        return "gold pronoun, system another span"
    return "another span"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("--show", action="store_true", help="list every miss with its cause")
    args = parser.parse_args()
    system = {}
    for line in args.system.read_text().splitlines():
        row = json.loads(line)
        system[str(row["id"])] = row.get("attributions") or []
    causes: Counter[str] = Counter()
    rows = []
    for line in args.gold.read_text().splitlines():
        article = json.loads(line)
        gold = GoldText(article["text"])
        found = system.get(str(article["id"]), [])
        for gi, pi in overlap_matches(article["text"], article["attributions"], found):
            want, mine = Item(gold, article["attributions"][gi], "gold"), Item(gold, found[pi], "system")
            if source_right(gold, want, mine):
                continue
            cause = _cause(gold, want, mine)
            causes[cause] += 1
            wanted = gold.norm_text(want.source) if want.source else ""
            given = gold.norm_text(mine.source) if mine.source else ""
            rows.append(f"{cause} | {article['id']} | gold {wanted!r} | system {given!r} -> {mine.speaker!r}")
    for cause, n in causes.most_common():
        print(n, cause)
    if args.show:
        print("\n".join(sorted(rows)))


if __name__ == "__main__":
    main()

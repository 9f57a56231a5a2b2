"""Which gold cue words a variant's cue tagger finds that the baseline's does not, and the reverse.

``python experiments/cue_features/cue_words.py GOLD.jsonl BASE.jsonl VARIANT.jsonl``: a gold cue is found when a
system cue shares a character with it; a system cue is spurious when it shares none with a gold cue. Prints the
counts and the cue words (lower-cased gold cue text) gained and lost, most frequent first, with the number of articles
each is gained or lost in.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

TOP = 40  # cue words printed per list


def _spans(raw: Any) -> list[tuple[int, int]]:
    spans = raw.get("spans", []) if isinstance(raw, dict) else raw
    return [(int(s), int(e)) for s, e in spans]


def _chars(attributions: list[dict[str, Any]]) -> list[set[int]]:
    return [{i for s, e in _spans(a.get("cue", [])) for i in range(s, e)} for a in attributions]


def _read(path: Path) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def main(gold_path: Path, base_path: Path, variant_path: Path) -> None:
    gold, base, variant = _read(gold_path), _read(base_path), _read(variant_path)
    gained: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    gained_in: dict[str, set[str]] = {}
    lost_in: dict[str, set[str]] = {}
    totals: Counter[str] = Counter()
    for aid, article in gold.items():
        text = article["text"]
        cues = [(c, a) for c, a in zip(_chars(article["attributions"]), article["attributions"], strict=True) if c]
        systems = {}
        for name, rows in (("base", base), ("variant", variant)):
            systems[name] = _chars(rows.get(aid, {}).get("attributions", []))
            gold_chars = set().union(*(c for c, _ in cues)) if cues else set()
            totals[f"{name} cues"] += len(systems[name])
            totals[f"{name} spurious"] += sum(1 for s in systems[name] if s and not s & gold_chars)
        for chars, attribution in cues:
            found = {name: any(chars & s for s in systems[name]) for name in systems}
            totals["gold cues"] += 1
            totals["base found"] += found["base"]
            totals["variant found"] += found["variant"]
            word = " ".join(text[s:e] for s, e in _spans(attribution["cue"])).lower().strip()
            if found["variant"] and not found["base"]:
                gained[word] += 1
                gained_in.setdefault(word, set()).add(aid)
            elif found["base"] and not found["variant"]:
                lost[word] += 1
                lost_in.setdefault(word, set()).add(aid)
    print(json.dumps(dict(totals)))
    print(
        f"gold cues gained {sum(gained.values())} in {len(set().union(*gained_in.values())) if gained_in else 0} "
        f"articles, lost {sum(lost.values())} in {len(set().union(*lost_in.values())) if lost_in else 0}"
    )
    for title, counts, where in (("gained", gained, gained_in), ("lost", lost, lost_in)):
        shown = ", ".join(f"{w} {n}/{len(where[w])}" for w, n in counts.most_common(TOP))
        print(f"{title} (word count/articles): {shown}")


if __name__ == "__main__":
    main(*(Path(arg) for arg in sys.argv[1:4]))

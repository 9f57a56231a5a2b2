"""The tuned pages' carried channel and time misses whose expected phrase the page tells before the statement, by
where it was told: in another speaker's statement's sentence, the same speaker's, or a sentence with no statement.

    python experiments/scene_voices/page_misses.py PAGES.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from count_pages import held
from count_train import paragraph_of, paragraph_starts, sentence_around

from quotegraph.evaluation.occasion import shares_content


def main() -> None:
    rows = [json.loads(line) for line in Path(sys.argv[1]).read_text().splitlines()]
    counts: Counter[str] = Counter()
    for row in rows:
        text, found = row["text"], row["found"]
        low = text.lower()
        starts = paragraph_starts(text)
        for exp in row["expected"]:
            att = held(row, exp)
            if att is None:
                continue
            at = att["cue"]["spans"][0][0]
            sent = sentence_around(text, at, att["cue"]["spans"][0][1])
            sent_start = text.find(sent)
            speaker = (att.get("speaker") or {}).get("entity")
            for field in ("channel", "time"):
                want = exp.get(field)
                if want is None:
                    continue
                holders = [att.get("time")] if field == "time" else [att.get("channel"), att.get("addressee")]
                if any(h is not None and shares_content(h["text"], want) for h in holders):
                    continue
                where = low.find(want.lower())
                if where < 0 or where >= sent_start:
                    counts[f"{field} own-sentence-or-unfound"] += 1
                    continue
                told = sentence_around(text, where, where + len(want))
                told_start = text.find(told)
                setter = [
                    a for a in found if a.get("cue") and told_start <= a["cue"]["spans"][0][0] < told_start + len(told)
                ]
                kind = "narration"
                if setter:
                    sp = (setter[0].get("speaker") or {}).get("entity")
                    kind = "same-speaker" if sp == speaker else "other-speaker"
                gap = paragraph_of(starts, at) - paragraph_of(starts, where)
                mine = holders[0]
                state = "empty" if all(h is None for h in holders) else "wrong"
                counts[f"{field} {kind} {state}"] += 1
                print(
                    f"[{field} {kind} {state} gap={gap}] {row['page']} want={want!r} got={mine and mine['text']!r} "
                    f"| {sent.strip()[:150]}"
                )
    for key, n in sorted(counts.items()):
        print(key, n)


if __name__ == "__main__":
    main()

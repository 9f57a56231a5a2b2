"""List every carried-addressee miss of a tuning slice: per miss the annotated phrase, the sentence where it was set
(its first mention), the statement (speaker, cue, content), and what the system gave (channel, addressee).

    python experiments/carried_addressees/misses.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl [--all] [--jsonl OUT]

SYSTEM is the ``--output`` of ``experiments/occasion_stated/fast.py run``. ``--all`` lists the right carried values
too. For tuning slices only (train-d, train 0-59, train-f): never on a check slice or dev.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))
from paired import CARRIERS, annotated_pairs, run_parser

from quotegraph.evaluation.occasion import shares_content


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (roughly: between full stops or line breaks) that holds ``text[start:end]``."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_stop = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_stop) if right_stop else len(text)
    return re.sub(r"\s+", " ", text[left + 1 : right + 1]).strip()


def _spans(text: str, spans: list[list[int]]) -> str:
    return " … ".join(text[s:e] for s, e in spans)


def main() -> None:
    parser = run_parser()  # GOLD OCCASIONS SYSTEM (its --field is not read: the field is the addressee)
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--jsonl", type=Path)
    args = parser.parse_args()
    rows: list[dict[str, Any]] = []
    for pair in annotated_pairs(args.gold, args.occasions, args.system):
        wanted = pair.fields.get("addressee")
        if not isinstance(wanted, dict) or not wanted.get("carried"):
            continue
        system = pair.system
        values = {f: (system.get(f) or {}).get("text") for f in CARRIERS["addressee"]}
        right = any(shares_content(v, wanted["text"]) for v in values.values())
        if right and not args.all:
            continue
        text = pair.gold["text"]
        attr = pair.gold["attributions"][pair.index]
        start, end = wanted["span"]
        stmt_start = min(s for s, _ in attr["content"] + attr["cue"])
        rows.append(
            {
                "article": pair.gold["id"],
                "attribution": pair.attribution_id,
                "right": right,
                "gold": wanted["text"],
                "gold_channel": (pair.fields.get("channel") or {}).get("text"),
                "set_in": _sentence_around(text, start, end),
                "distance": stmt_start - end,
                "source": _spans(text, attr.get("source") or []),
                "cue": _spans(text, attr["cue"]),
                "content": _spans(text, attr["content"])[:160],
                "system_speaker": (system.get("speaker") or {}).get("name"),
                "system_channel": values["channel"],
                "system_addressee": values["addressee"],
                "note": pair.fields.get("note"),
            }
        )
    for r in rows:
        mark = "RIGHT" if r["right"] else "MISS"
        print(
            f"== {mark} {r['article']} {r['attribution']}  gold addressee [{r['gold']}] channel [{r['gold_channel']}]"
        )
        print(f"   set in: {r['set_in'][:300]}")
        print(f"   statement ({r['distance']} chars on): {r['source']} | {r['cue']} | {r['content']}")
        print(
            f"   system: speaker {r['system_speaker']!r} channel {r['system_channel']!r}"
            f" addressee {r['system_addressee']!r}"
        )
        if r["note"]:
            print(f"   note: {r['note']}")
    print(
        f"{sum(not r['right'] for r in rows)} misses" + (f", {sum(r['right'] for r in rows)} right" if args.all else "")
    )
    if args.jsonl is not None:
        args.jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows))


if __name__ == "__main__":
    main()

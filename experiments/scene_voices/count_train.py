"""Count, on a tuning slice, the statements after another speaker's scene (a channel naming a gathering) and what
the occasion gold does with them, split by clues of the telling.

    python experiments/scene_voices/count_train.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl [--show]

For tuning slices only (train-d, train 0-59): never on train-c or dev.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))

from paired import annotated_articles

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import shares_content

MAX_GAP = 4  # paragraphs after the scene's statement
GATHERINGS = re.compile(
    r"\b(press conference|news conference|conference|briefing|meeting|hearing|session|assembly|forum|town hall|"
    r"debate|congress|rally|summit|convention|event|ceremony|gathering|presser|vigil|protest|march|speech|remarks|address|"
    r"interview|roundtable|panel|trial)s?\b",
    re.I,
)
MANY_VOICED = re.compile(
    r"\b(press conference|news conference|conference|briefing|meeting|hearing|session|assembly|forum|town hall|"
    r"debate|summit|convention|gathering|presser|roundtable|panel|trial)s?\b",
    re.I,
)
PART = re.compile(
    r"\b(told the (meeting|briefing|conference|hearing|committee|council|crowd|audience|assembly|gathering|session|"
    r"forum|delegates|members|panel|board|reporters|journalists|media|press)|replied|responded|answered|asked|"
    r"in response|also (said|told|spoke)|at the (same )?(event|meeting|briefing|conference|hearing|session|forum|"
    r"rally|summit|ceremony|news conference|press conference)|who (also )?(spoke|attended|joined)|"
    r"(alongside|beside|next to|joined))\b",
    re.I,
)


def paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\s*\n|\n", text)]


def paragraph_of(starts: list[int], offset: int) -> int:
    lo = 0
    for i, s in enumerate(starts):
        if s <= offset:
            lo = i
    return lo


def sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left:right]


def nearest_scene(ordered: list[Any], at: int, speaker: object) -> tuple[Any, bool]:
    """The nearest statement before offset ``at`` by another speaker whose own (not carried) channel names a
    gathering, and whether a statement between states a channel or time of its own."""
    between_own = False
    for prev in reversed([a for a in ordered if a["cue"]["spans"][0][0] < at]):
        pch = prev.get("channel")
        psp = (prev.get("speaker") or {}).get("entity")
        if pch and not pch.get("carried") and GATHERINGS.search(pch["text"]) and psp != speaker:
            return prev, between_own
        if (pch and not pch.get("carried")) or (prev.get("time") and not prev["time"].get("carried")):
            between_own = True
    return None, between_own


def count_clues(
    counts: Counter[tuple[str, ...]],
    key: tuple[str, str, str],
    sent: str,
    lede: str,
    att: Any,
    scene: Any,
    gap: int,
    between_own: bool,
) -> dict[str, str]:
    """Count the statement (``key``: field, system outcome, gold outcome) under each clue of its telling."""
    found = GATHERINGS.search(scene["channel"]["text"])
    clues = {
        "gap": str(min(gap, 3)),
        "many": "many" if MANY_VOICED.search(scene["channel"]["text"]) else "one",
        "part": "part" if PART.search(sent) else "-",
        "between": "own-between" if between_own else "clear",
        "report": "event-story" if found and re.search(found.group(1), lede, re.I) else "-",
        "tense": "present" if att["cue"]["text"].lower() in {"says", "say", "tells", "adds"} else "past",
    }
    counts[key] += 1
    combo = clues["many"] == "many" and clues["between"] == "clear" and gap <= 2
    clues["many+clear+gap<=2"] = str(combo)
    clues["many+clear+gap<=2+event-story"] = str(combo and clues["report"] != "-")
    clues["many+clear+part"] = str(combo and clues["part"] == "part")
    for name, value in clues.items():
        counts[(*key, name, value)] += 1
    return clues


def print_tables(counts: Counter[tuple[str, ...]]) -> None:
    """Each outcome's count, then, for the statements the system leaves empty, the gold outcomes under each clue."""
    for key in sorted(counts):
        if len(key) == 3:
            print(key, counts[key])
    for field in ("channel", "time"):
        for clue in sorted({k[3] for k in counts if len(k) == 5 and k[0] == field}):
            for value in sorted({k[4] for k in counts if len(k) == 5 and k[0] == field and k[3] == clue}):
                row = {g: counts[(field, "empty", g, clue, value)] for g in ("scene", "null", "other")}
                print(f"{field} empty {clue}={value}: {row}")


def count_statement(
    counts: Counter[tuple[str, ...]], text: str, ordered: list[Any], att: Any, want: dict[str, str | None]
) -> list[tuple[str, str, str, int, dict[str, str], Any]]:
    """Count one system statement after another speaker's scene, ``want`` being the gold or expected channel and time
    text; the ones the system leaves empty where the gold carries the scene or gives null, for showing."""
    starts = paragraph_starts(text)
    lede = text[: starts[3] if len(starts) > 3 else len(text)]
    at = att["cue"]["spans"][0][0]
    scene, between_own = nearest_scene(ordered, at, (att.get("speaker") or {}).get("entity"))
    if scene is None:
        return []
    gap = paragraph_of(starts, at) - paragraph_of(starts, scene["cue"]["spans"][0][0])
    if gap > MAX_GAP:
        return []
    shown = []
    for field in ("channel", "time"):
        sv, mine = scene.get(field), att.get(field)
        if sv is None or (mine is not None and not mine.get("carried")):
            continue  # the scene has no such field, or the statement states its own
        wanted = want[field]
        g = "null" if wanted is None else "scene" if shares_content(sv["text"], wanted) else "other"
        s = "empty" if mine is None else ("scene" if shares_content(mine["text"], sv["text"]) else "other")
        sent = sentence_around(text, at, att["cue"]["spans"][0][1])
        clues = count_clues(counts, (field, s, g), sent, lede, att, scene, gap, between_own)
        if s == "empty" and g in ("scene", "null"):
            shown.append((field, g, sent, gap, clues, scene))
    return shown


def main() -> None:
    gold_path, occ_path, sys_path = (Path(a) for a in sys.argv[1:4])
    show = "--show" in sys.argv
    counts: Counter[tuple[str, ...]] = Counter()
    for gold, annotated, found in annotated_articles(gold_path, occ_path, sys_path):
        text = gold["text"]
        ordered = sorted((a for a in found if a.get("cue")), key=lambda a: a["cue"]["spans"][0][0])
        pairs = {pi: gi for gi, pi in overlap_matches(text, gold["attributions"], found)}
        for idx, att in enumerate(found):
            if not att.get("cue") or idx not in pairs:
                continue
            fields = annotated.get(str(gold["attributions"][pairs[idx]].get("id")))
            if fields is None:
                continue
            want = {f: (None if fields.get(f) is None else fields[f]["text"]) for f in ("channel", "time")}
            for field, g, sent, gap, clues, scene in count_statement(counts, text, ordered, att, want):
                if show and field == "channel":
                    print(
                        f"[{g}] {gold['id']} gap={gap} scene={scene['channel']['text']!r} {clues['part']} "
                        f"{clues['between']} | {sent.strip()[:200]}"
                    )
    print_tables(counts)


if __name__ == "__main__":
    main()

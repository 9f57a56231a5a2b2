"""Every channel false fill of a tuning slice, with the rule that gave it and its shape, sorted into classes, counted.

    PYTHONPATH=src python experiments/channelfalsefill/falsefills.py GOLD.jsonl CACHE_DIR OCCASIONS.jsonl \
        --out ROWS.jsonl [--list CLASS]

Built on ``experiments/channel_false/provenance.py`` (the thirty-fifth set's writer trace, brought up to this set's
code there: the gathering a speaker ran, the narrated and roundup readers), with the carry step added: which of
``OccasionCarrier.hold``'s paths gave a carried value, and the habits' step its copy of ``statement_occasions`` lacks. A
false fill is a paired statement whose gold channel is null and whose system channel does not carry the gold
addressee (as ``quotegraph.evaluation.occasion`` scores it). Each row adds to provenance's: the statement's content,
its paragraph, for a carried channel the paragraph and speaker of the statement or sentence that set it, and a shape:

- ``in-content``: the channel phrase lies inside the statement's own content (a medium the words talk about);
- ``habitual``: a perfect or habitual cue ("has said", "has long argued", "often says") or one of a held view;
- ``carried:other-speaker``: carried from a statement of another speaker, outside the scene readers;
- ``carried:same-speaker`` / ``carried:setting`` (a scene reader's setting) with ``far`` when three or more paragraphs
  lie between;
- ``lede``: a statement of the first two paragraphs;
- ``stated:own-clause``: the rest of the stated ones.

For tuning slices only (train-d, train-f, train-a); never a check slice or dev.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "channel_false"))

import provenance as prov  # type: ignore[import-not-found]

import quotegraph.nlp.resolving as resolving_mod
import quotegraph.nlp.resolving_occasions as ro
from quotegraph.nlp.resolve.carrying import carrier as carrier_mod
from quotegraph.nlp.resolve.carrying.carrier import OccasionCarrier
from quotegraph.nlp.resolve.carrying.occasion_records import habit_carries_no_channel

# The carry step: which of ``OccasionCarrier.hold``'s paths gave a statement what it holds, by the statement's position
CARRY_STEPS: dict[int, list[str]] = {}
_AT: list[int] = [-1]


def _step(name: str, fn: Any, test: Any = lambda out, args: out is not None) -> Any:
    def wrapped(self: Any, *args: Any) -> Any:
        out = fn(self, *args)
        if test(out, args):
            CARRY_STEPS.setdefault(_AT[0], []).append(name)
        return out

    return wrapped


_hold = OccasionCarrier.hold


def _held(self: Any, statement: Any) -> Any:
    _AT[0] = statement.position
    CARRY_STEPS[statement.position] = []
    return _hold(self, statement)


OccasionCarrier.hold = _held  # type: ignore[method-assign]
for _method, _label in (
    ("_named_elsewhere", "named-elsewhere"),
    ("_joined", "joined"),
    ("_restated", "restated"),
    ("_new_occasion", "new-occasion"),
    ("in_the_story_scene", "story-scene"),
    ("party", "party"),
    ("_carried_from", "carried-from"),
):
    setattr(OccasionCarrier, _method, _step(_label, getattr(OccasionCarrier, _method)))
for _method, _label in (("of_a_group", "group"), ("interviewing", "interviewing")):
    setattr(OccasionCarrier, _method, _step(_label, getattr(OccasionCarrier, _method)))
_joins_the_gathering = carrier_mod.joins_the_gathering


def _joins_watched(*args: Any) -> Any:
    out = _joins_the_gathering(*args)
    if out:
        CARRY_STEPS.setdefault(_AT[0], []).append("gathering")
    return out


carrier_mod.joins_the_gathering = _joins_watched  # type: ignore[assignment]
OccasionCarrier._joined_unstated = _step(  # type: ignore[method-assign]
    "joined-unstated", OccasionCarrier._joined_unstated, lambda out, args: out is not None and out is not args[1]
)
_occasions = ro.statement_occasions


def _statement_occasions(finder: Any, coref: Any, candidates: Any, resolved: Any, paragraphs: Any, cues: Any) -> Any:
    CARRY_STEPS.clear()
    out = _occasions(finder, coref, candidates, resolved, paragraphs, cues)
    for candidate, held in zip(candidates, out, strict=True):
        record = prov.BY_HELD.get(id(held))
        if record is not None and record["writer"].startswith("carried"):
            record["writer"] += " via " + ">".join(CARRY_STEPS.get(ro.stands_at(candidate), []) or ["?"])
    return out


# provenance's copy of ``statement_occasions`` predates the habits' step (``habit_carries_no_channel``):
# it is taken with the transcript turns' views, the step before it
_views_in_turns = ro._views_in_turns


def _views_then_habits(doc: Any, candidates: Any, statements: Any, held: Any, in_turns: Any) -> Any:
    held = _views_in_turns(doc, candidates, statements, held, in_turns)
    return [habit_carries_no_channel(s, h) for s, h in zip(statements, held, strict=True)]


ro._views_in_turns = _views_then_habits  # type: ignore[assignment]
ro.statement_occasions = _statement_occasions  # type: ignore[assignment]
resolving_mod.statement_occasions = _statement_occasions  # type: ignore[attr-defined]

HABITUAL = re.compile(
    r"\b(has|have|had|'s|’s)\b.*\b\w+(ed|en|ne|id|ld|ght|wn)\b|\b(often|repeatedly|long|always|frequently|routinely|"
    r"regularly|consistently|usually|continues|continue|continued|been)\b",
    re.IGNORECASE,
)
FAR = 3  # paragraphs between the setting and the statement from which a carry counts as far


def _paragraph(text: str, at: int) -> int:
    return text.count("\n\n", 0, at)


def _content(attribution: dict[str, Any]) -> list[tuple[int, int]]:
    return [(prov._start(s), prov._end(s)) for s in attribution["content"]["spans"]]


def shape(row: dict[str, Any]) -> str:
    span = row["system_span"]
    if any(a <= span[0] and span[1] <= b for a, b in row["content_spans"]):
        return "in-content"
    if row["cue"] and HABITUAL.search(row["cue"]):
        return "habitual"
    far = "far" if row.get("set_paragraph") is not None and row["paragraph"] - row["set_paragraph"] >= FAR else "near"
    if row["carried"]:
        if row["writer"].startswith("carried<-setting"):
            return f"carried:setting:{far}"
        if row.get("set_speaker") is not None and row["set_speaker"] != row["speaker"]:
            return f"carried:other-speaker:{far}"
        return f"carried:same-speaker:{far}"
    if row["paragraph"] <= 1:
        return "lede"
    return "stated:own-clause"


def annotate(rows: list[dict[str, Any]], gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> None:
    """Add each row's content, paragraph, setting paragraph and speaker, and shape."""
    texts = {str(g["id"]): g["text"] for g in gold}
    by_article = {str(s["id"]): s.get("attributions") or [] for s in system}
    for row in rows:
        text = texts[str(row["article"])]
        attrs = by_article[str(row["article"])]
        mine = next(a for a in attrs if a["id"] == row["sys_id"])
        row["content_spans"] = _content(mine)
        row["content"] = " … ".join(text[a:b] for a, b in row["content_spans"])[:300]
        row["paragraph"] = _paragraph(text, row["at"])
        if row["system"] is None:
            continue
        span = row["system_span"]
        row["set_paragraph"] = _paragraph(text, span[0])
        row["setting_sentence"] = prov._sentence(text, span[0])
        setter = next(
            (
                a
                for a in attrs
                if a.get("channel")
                and not a["channel"].get("carried")
                and [prov._start(a["channel"]["spans"][0]), prov._end(a["channel"]["spans"][-1])] == span
            ),
            None,
        )
        row["set_speaker"] = None if setter is None else (setter.get("speaker") or {}).get("name")
        row["shape"] = shape(row)


def main() -> None:
    """provenance's arguments (GOLD CACHE_DIR OCCASIONS --out ROWS) passed on to it, with ``--list`` taken here."""
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--list", help="print every false fill of this shape (or writer prefix)")
    args, rest = parser.parse_known_args()
    system_path = args.out.with_suffix(".system.jsonl")
    sys.argv = [sys.argv[0], str(args.gold), *rest, "--out", str(args.out), "--system", str(system_path)]
    prov.main()
    gold = [json.loads(line) for line in args.gold.read_text().splitlines() if line.strip()]
    system = [json.loads(line) for line in system_path.read_text().splitlines() if line.strip()]
    rows = [json.loads(line) for line in args.out.read_text().splitlines() if line.strip()]
    annotate(rows, gold, system)
    args.out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        if row["system"] is not None:
            table[row["shape"]][row["outcome"]] += 1
    print("shape: false-fill / wrong / right (over statements given a channel)")
    for name, counts in sorted(table.items(), key=lambda kv: -kv[1]["false-fill"]):
        print(f"  {name:32s} {counts['false-fill']:4d} {counts['wrong']:4d} {counts['right']:4d}")
    writers: Counter[tuple[str, str]] = Counter((r["shape"], r["writer"]) for r in rows if r["outcome"] == "false-fill")
    print("false fills by shape and writer")
    for (name, writer), n in writers.most_common():
        print(f"  {n:4d} {name:30s} {writer}")
    if args.list:
        for r in rows:
            if r["outcome"] == "false-fill" and (r["shape"] == args.list or r["writer"].startswith(args.list)):
                print(
                    f"\n[{r['article'][:40]} {r['gold_id']}] {r['shape']} {r['writer']} ch={r['system']!r} "
                    f"cue={r['cue']!r} spk={r['speaker']!r} set_spk={r['set_speaker']!r} "
                    f"par {r.get('set_paragraph')}->{r['paragraph']}\n  S: {r['sentence'][:300]}\n"
                    f"  SET: {r['setting_sentence'][:300]}"
                )


if __name__ == "__main__":
    main()

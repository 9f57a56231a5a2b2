"""Carried-occasion harness: run the pipeline once, then re-run only the occasion stage as the rules change.

    .venv/bin/python experiments/occasion_carry/harness.py GOLD.jsonl OCCASIONS.jsonl [OCCASIONS.jsonl ...] \
        --serve DIR

Runs the whole pipeline once over GOLD (as ``quotegraph eval`` does), recording for every article what the resolver's
occasion stage (``resolving_occasions.statement_occasions``) is given. Then it waits for Python files dropped into DIR
(``DIR/NAME.py``): each is run with the recorded data in its namespace (``rec``: the ``Recorded``; ``analyse``: the
analysis module) after the occasion modules (``occasions``, ``scenes`` and its neighbours, ``tagged``,
``resolving_occasions``, ``resolving``) are reloaded from the working tree, and its output goes to ``DIR/NAME.out``.
So a change to the carrying rules is scored on hundreds of articles in seconds, not in a ten-minute pipeline run. Only
the occasion stage is re-run: a change elsewhere (speakers, candidates) needs a new recording.

``rec.score()`` gives the occasion scores exactly as ``quotegraph eval --occasion`` computes them (the system
rows are the pipeline's, with their channel, addressee and time replaced by the re-run stage's).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import sys
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import analyse

import quotegraph.nlp.resolving as resolving
import quotegraph.nlp.resolving_occasions as resolving_occasions
from quotegraph.evaluation.occasion import read_occasions, score_occasions
from quotegraph.evaluation.polnear import evaluate, read_gold
from quotegraph.nlp import load_pipeline
from quotegraph.nlp.resolve.carrying import (
    carrier,
    carrier_state,
    group_scenes,
    joining,
    kept_days,
    lapses,
    occasions,
    open_scenes,
    questioned,
    scene_days,
    scene_parts,
    scene_roles,
    scenes,
    sentence_settings,
    tagged,
    told_before,
    where_scenes,
)
from quotegraph.settings import ATTRIBUTION_TYPES, load_settings

FIELDS = ("channel", "addressee", "time")


class Recorded:
    """The gold rows, the pipeline's system rows and, per article, the occasion stage's arguments."""

    def __init__(self, gold_path: str, occasion_paths: list[str]) -> None:
        self.calls: list[tuple[Any, ...]] = []
        stage = resolving.statement_occasions

        def recording(*args: Any) -> Any:
            self.calls.append(args)
            return stage(*args)

        resolving.statement_occasions = recording  # type: ignore[assignment]
        try:
            # the same settings as ``quotegraph eval`` (every attribution type), so the rows are the CLI's
            settings = load_settings({"types": ",".join(ATTRIBUTION_TYPES)})
            self.gold = read_gold(Path(gold_path))
            self.rows = evaluate(load_pipeline(settings), self.gold, settings).system_rows
        finally:
            resolving.statement_occasions = stage
        if len(self.calls) != len(self.rows):
            raise SystemExit(f"{len(self.calls)} occasion stages recorded for {len(self.rows)} articles")
        self.occasions: dict[str, Any] = {}
        for path in occasion_paths:
            self.occasions.update(read_occasions(Path(path)))
        self.helds: list[list[Any]] = []
        self.inputs: list[tuple[list[Any], list[Any]]] = []  # per article: the carrier's statements, settings

    def rerun(self) -> list[list[Any]]:
        """The occasion stage of every article with the modules as they are now; the carrier's inputs kept."""
        self.inputs = []
        carry = occasions.carry_occasions

        def keeping(statements: Any, settings: Any, *rest: Any) -> Any:
            self.inputs.append((list(statements), list(settings)))
            return carry(statements, settings, *rest)

        resolving_occasions.carry_occasions = keeping  # type: ignore[assignment]
        try:
            self.helds = [resolving_occasions.statement_occasions(*args) for args in self.calls]
        finally:
            resolving_occasions.carry_occasions = carry
        return self.helds

    def system_rows(self) -> list[dict[str, Any]]:
        """The pipeline's rows with the re-run occasion fields (as ``resolving_output.attribution_of`` writes them)."""
        rows = []
        for gold, row, held in zip(self.gold, self.rows, self.helds, strict=True):
            text = gold["text"]
            attributions = [
                dict(a, **{f: _field(text, h, f) for f in FIELDS})
                for a, h in zip(row["attributions"], held, strict=True)
            ]
            rows.append({"id": row["id"], "attributions": attributions})
        return rows

    def score(self) -> dict[str, float | int]:
        return score_occasions(self.gold, self.system_rows(), self.occasions)


def span_of(value: Any) -> Any:
    return value.span if hasattr(value, "date") else value


def _field(text: str, held: Any, name: str) -> dict[str, Any] | None:
    value = getattr(held.stated, name)
    if value is None:
        return None
    span = span_of(value)
    piece = text[span.start_char : span.end_char].strip()
    if not piece:
        return None
    return {"text": piece, "spans": [[span.start_char, span.end_char]], "carried": name in held.carried}


def brief(scores: dict[str, float | int], base: dict[str, float | int] | None = None) -> str:
    """Per field: accuracy (stated / carried), false fill, right and false-fill counts (and the change)."""
    parts = []
    for f in FIELDS:
        right = round(scores[f"occasion_{f}_acc"] * scores[f"occasion_{f}_n"])
        carried = round(scores[f"occasion_{f}_carried_acc"] * scores[f"occasion_{f}_carried_n"])
        false = round(scores[f"occasion_{f}_false_fill"] * scores[f"occasion_{f}_null_n"])
        text = (
            f"{f} {scores[f'occasion_{f}_acc']:.3f} (st {scores[f'occasion_{f}_stated_acc']:.3f}"
            f" / ca {scores[f'occasion_{f}_carried_acc']:.3f}) ff {scores[f'occasion_{f}_false_fill']:.3f}"
            f" [right {right}, carried right {carried}, ff {false}"
        )
        if base is not None:
            b_right = round(base[f"occasion_{f}_acc"] * base[f"occasion_{f}_n"])
            b_carried = round(base[f"occasion_{f}_carried_acc"] * base[f"occasion_{f}_carried_n"])
            b_false = round(base[f"occasion_{f}_false_fill"] * base[f"occasion_{f}_null_n"])
            text += f"; {right - b_right:+d} / {carried - b_carried:+d} / {false - b_false:+d}"
        parts.append(text + "]")
    return "\n".join(parts)


def reload_rules() -> None:
    """The occasion modules from the working tree, in import order (each takes the names of the ones before)."""
    global occasions, scene_parts, sentence_settings, questioned, scene_days, group_scenes, where_scenes, scene_roles
    global scenes, tagged, resolving_occasions, resolving
    global lapses, carrier_state, told_before, kept_days, joining, open_scenes, carrier
    lapses = importlib.reload(lapses)  # the carrier's modules (``occasions`` is put together from them)
    carrier_state = importlib.reload(carrier_state)
    told_before = importlib.reload(told_before)
    kept_days = importlib.reload(kept_days)
    joining = importlib.reload(joining)
    open_scenes = importlib.reload(open_scenes)
    carrier = importlib.reload(carrier)
    occasions = importlib.reload(occasions)
    scene_parts = importlib.reload(scene_parts)
    sentence_settings = importlib.reload(sentence_settings)
    questioned = importlib.reload(questioned)
    scene_days = importlib.reload(scene_days)
    group_scenes = importlib.reload(group_scenes)
    where_scenes = importlib.reload(where_scenes)
    scene_roles = importlib.reload(scene_roles)
    scenes = importlib.reload(scenes)
    tagged = importlib.reload(tagged)
    resolving_occasions = importlib.reload(resolving_occasions)
    resolving = importlib.reload(resolving)
    importlib.reload(analyse)


def rule_module(name: str) -> Any:
    """The module that holds the rule constant ``name`` (``scenes`` or one of the modules split from it, or one of the
    carrier's modules split from ``occasions``), for scripts that switch a rule by its name."""
    modules = (scenes, scene_parts, sentence_settings, questioned, scene_days, group_scenes, where_scenes, scene_roles)
    modules += (carrier, carrier_state, told_before, kept_days, joining, open_scenes, lapses)
    found = [m for m in modules if hasattr(m, name)]
    if not found:
        raise SystemExit(f"no rule constant {name!r} in the scene modules")
    return found[0]


def serve(rec: Recorded, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    print(f"serving {folder}", flush=True)
    while True:
        for script in sorted(folder.glob("*.py")):
            out = io.StringIO()
            started = time.process_time()
            with contextlib.redirect_stdout(out):
                try:
                    reload_rules()
                    exec(
                        compile(script.read_text(), str(script), "exec"), {"rec": rec, "analyse": analyse, **globals()}
                    )
                except Exception:  # a broken rule or script is reported, the recording kept
                    traceback.print_exc(file=out)
            out.write(f"\n[{time.process_time() - started:.1f} s CPU]\n")
            script.rename(script.with_suffix(".done"))
            script.with_suffix(".out").write_text(out.getvalue())
        time.sleep(1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold")
    parser.add_argument("occasions", nargs="+")
    parser.add_argument("--serve", required=True, type=Path)
    args = parser.parse_args()
    started = time.process_time()
    rec = Recorded(args.gold, args.occasions)
    print(f"recorded {len(rec.calls)} articles in {time.process_time() - started:.0f} s CPU", flush=True)
    rec.rerun()
    print(brief(rec.score()), flush=True)
    serve(rec, args.serve)


if __name__ == "__main__":
    main()

"""``quotegraph eval``: accuracy against PolNeAR-style gold."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from quotegraph.errors import QuotegraphError
from quotegraph.settings import ATTRIBUTION_TYPES, load_settings

__all__ = ["evaluate"]

_ROWS = ("content_exact", "content_overlap", "direct_overlap", "other_overlap", "mixed_overlap", "indirect_overlap")


def _report(scores: dict[str, float | int], console: Console) -> None:
    table = Table(title="attribution scores (definitions: README, Evaluation)")
    for column in ("score", "P", "R", "F1"):
        table.add_column(column, justify="left" if column == "score" else "right")
    for row in (*_ROWS, "direct_exact", "other_exact", "attribution", "cue"):
        table.add_row(row, *(f"{scores[f'{row}_{m}']:.3f}" for m in ("p", "r", "f1")))
    console.print(table)
    console.print(
        f"source accuracy {scores['source_acc']:.3f} over {scores['source_acc_n']} matched contents "
        f"({scores['source_acc_gold_has_source']:.3f} where gold has a source); "
        f"gold contents {scores['gold_contents']}, system contents {scores['system_contents']}",
        highlight=False,
    )


@click.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="also write the system JSONL here.")
@click.option("--json", "as_json", is_flag=True, help="print the scores as one JSON object instead of a table.")
@click.option(
    "--floors",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help='JSON {"score": minimum}; exit 1 when any score is below its floor.',
)
def evaluate(gold: Path, output: Path | None, as_json: bool, floors: Path | None) -> None:
    """Run the whole pipeline on each GOLD article (published = its "date") and report precision,
    recall and F1 for attributions, contents (exact and overlap; direct, other, mixed, indirect),
    source accuracy and cues."""
    from quotegraph.evaluation.polnear import check_floors, read_gold
    from quotegraph.evaluation.polnear import evaluate as run_eval
    from quotegraph.nlp import load_pipeline

    try:
        settings = load_settings({"types": ",".join(ATTRIBUTION_TYPES)})  # the gold has every type
        run = run_eval(load_pipeline(settings), read_gold(gold), settings)
        if output is not None:
            output.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in run.system_rows), "utf-8")
        problems = check_floors(run.scores, json.loads(floors.read_text("utf-8"))) if floors else []
    except (QuotegraphError, OSError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(run.scores))
    else:
        _report(run.scores, Console())
    errors = Console(stderr=True, soft_wrap=True)
    for failure in run.failures:
        errors.print(f"error: {failure.source}: {failure.reason}", highlight=False)
    for problem in problems:
        errors.print(f"below floor: {problem}", highlight=False)
    if problems or run.failures:
        sys.exit(1)

"""``quotegraph eval``: accuracy against PolNeAR-style gold."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from quotegraph.cli.errors import exit_with, fail
from quotegraph.cli.output import plain_console
from quotegraph.errors import EXIT_FAILED, InputError, QuotegraphError
from quotegraph.evaluation.types import TypeReport
from quotegraph.settings import ATTRIBUTION_TYPES, load_settings

__all__ = ["evaluate"]

_ROWS = ("content_exact", "content_overlap", "direct_overlap", "other_overlap", "mixed_overlap", "indirect_overlap")


def _confusion(title: str, table: dict[str, dict[str, int]], console: Console) -> None:
    grid = Table(title=title)
    grid.add_column("label \\ given")
    for column in table:
        grid.add_column(column, justify="right")
    for label, row in table.items():
        grid.add_row(label, *(str(n) for n in row.values()))
    console.print(grid)


def _report_types(scores: dict[str, float | int], report: TypeReport, console: Console) -> None:
    console.print(
        f"type accuracy {scores['type_acc']:.3f} over {scores['type_matched']} labelled attributions found "
        f"(of {scores['type_labelled']}); {scores['type_acc_gold_spans']:.3f} on the gold cue and source spans",
        highlight=False,
    )
    _confusion("types of the attributions found", report.table(report.matched), console)
    _confusion("types from the gold spans", report.table(report.gold_spans), console)


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
    if "occasion_matched" in scores:
        _report_occasion(scores, console)


def _report_occasion(scores: dict[str, float | int], console: Console) -> None:
    def cell(key: str, count: str) -> str:
        return f"{scores[key]:.3f} ({scores[count]})"

    lines = [f"{'occasion':10}{'accuracy':>14}{'stated':>14}{'carried':>14}{'false fill':>14}"]
    for field in ("channel", "addressee", "time"):
        name = f"occasion_{field}"
        lines.append(
            f"{field:10}{cell(f'{name}_acc', f'{name}_n'):>14}{cell(f'{name}_stated_acc', f'{name}_stated_n'):>14}"
            f"{cell(f'{name}_carried_acc', f'{name}_carried_n'):>14}"
            f"{cell(f'{name}_false_fill', f'{name}_null_n'):>14}"
        )
    lines.append(
        f"(statements annotated, of them stated and carried; false fill over the annotated nulls) "
        f"{scores['occasion_matched']} of {scores['occasion_annotated']} annotated statements matched by content"
    )
    console.print("\n".join(lines), highlight=False)


@click.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="also write the system JSONL here.")
@click.option("--json", "as_json", is_flag=True, help="print the scores as one JSON object instead of a table.")
@click.option(
    "--floors",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help='JSON {"score": minimum}; exit 1 when any score is below its floor.',
)
@click.option(
    "--type-labels",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSONL type labels of gold attributions (data/types/dev.jsonl): also report type accuracy.",
)
@click.option(
    "--occasion",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="occasion annotations (channel, addressee, time) of GOLD's attributions: also score those.",
)
def evaluate(
    gold: Path, output: Path | None, as_json: bool, floors: Path | None, type_labels: Path | None, occasion: Path | None
) -> None:
    """Run the whole pipeline on each GOLD article (published = its "date") and report precision,
    recall and F1 for attributions, contents (exact and overlap; direct, other, mixed, indirect),
    source accuracy and cues; with --type-labels, the accuracy of the attribution types and their confusion;
    with --occasion, channel, addressee and time accuracy and false fill."""
    from quotegraph.batch.process import prepare_extracting_process
    from quotegraph.evaluation.occasion import read_occasions, score_occasions
    from quotegraph.evaluation.polnear import check_floors, read_floors, read_gold
    from quotegraph.evaluation.polnear import evaluate as run_eval
    from quotegraph.evaluation.types import read_type_labels, type_report
    from quotegraph.nlp import load_pipeline

    prepare_extracting_process()
    types: TypeReport | None = None
    try:
        settings = load_settings({"types": ",".join(ATTRIBUTION_TYPES)})  # the gold has every type
        occasions = read_occasions(occasion) if occasion is not None else None
        labels = read_type_labels(type_labels) if type_labels is not None else None  # a bad file fails at once
        pinned = read_floors(floors) if floors is not None else None
        gold_rows, nlp = read_gold(gold), load_pipeline(settings)  # a bad gold file fails before the model loads
        run = run_eval(nlp, gold_rows, settings)
        scores = dict(run.scores)
        if labels is not None:
            types = type_report(nlp, gold_rows, run.system_rows, labels, settings)
            scores.update(types.scores())
        if occasions is not None:
            scores.update(score_occasions(gold_rows, run.system_rows, occasions))
        if output is not None:
            output.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in run.system_rows), "utf-8")
        problems = check_floors(scores, pinned) if pinned is not None else []
    except OSError as exc:  # the output file
        fail(InputError(str(exc)))
    except QuotegraphError as exc:
        fail(exc)
    if as_json:
        tables = {} if types is None else {"type_confusion": types.table(types.matched)}
        click.echo(json.dumps({**scores, **tables}))
    else:
        _report(scores, plain_console())
        if types is not None:
            _report_types(scores, types, plain_console())
    errors = plain_console(stderr=True)
    for failure in run.failures:
        errors.print(f"error: {failure.source}: {failure.reason}", highlight=False)
    for problem in problems:
        errors.print(f"below floor: {problem}", highlight=False)
    if problems or run.failures:
        exit_with(EXIT_FAILED)

"""Agreement of two annotators: type labels (observed agreement, Cohen's kappa, the confusion table) or,
with ``--occasion``, occasion annotations (each file scored against the other as the system is).

``python -m quotegraph.evaluation.agreement FIRST.jsonl SECOND.jsonl [--occasion] [--json]`` compares what
the two files give the same gold attributions (``data/types/dev.jsonl`` against a second pass over part of
it; two occasion files that annotate the same articles); attributions only one file labels are counted but
not compared.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from quotegraph.errors import main_status
from quotegraph.evaluation.occasion import FIELDS, occasion_agreement, read_occasions
from quotegraph.evaluation.types import TypeLabels, read_type_labels
from quotegraph.model import TYPES

__all__ = ["agreement", "cohen_kappa", "main"]


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> float:
    """Cohen's kappa of paired labels: (observed - chance) / (1 - chance), chance from each side's shares.
    1.0 when both sides always agree on a single label (chance agreement is then total)."""
    n = len(pairs)
    if not n:
        return 0.0
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(first[label] * second[label] for label in first) / (n * n)
    return 1.0 if chance == 1 else (observed - chance) / (1 - chance)


def agreement(first: TypeLabels, second: TypeLabels) -> dict[str, object]:
    """Counts, observed agreement, kappa and the confusion table (rows: first file, columns: second)."""
    shared = sorted(first.keys() & second.keys())
    pairs = [(first[key], second[key]) for key in shared]
    confusion = Counter(pairs)
    return {
        "compared": len(pairs),
        "only_first": len(first.keys() - second.keys()),
        "only_second": len(second.keys() - first.keys()),
        "agreement": round(sum(a == b for a, b in pairs) / len(pairs), 4) if pairs else 0.0,
        "kappa": round(cohen_kappa(pairs), 4),
        "confusion": {a: {b: confusion[(a, b)] for b in TYPES} for a in TYPES},
        "disagreements": [[*key, first[key], second[key]] for key in shared if first[key] != second[key]],
    }


def _lines(report: dict[str, object]) -> list[str]:
    confusion = report["confusion"]
    assert isinstance(confusion, dict)  # for mypy only: ``compare`` builds the report
    rows = ["first / second".ljust(16) + "".join(f"{t:>11}" for t in TYPES)]
    rows += [f"{a:<16}" + "".join(f"{confusion[a][b]:>11}" for b in TYPES) for a in TYPES]
    head = (
        f"{report['compared']} attributions labelled in both files ({report['only_first']} only in the first, "
        f"{report['only_second']} only in the second): agreement {report['agreement']:.3f}, "
        f"Cohen's kappa {report['kappa']:.3f}"
    )
    return [head, *rows]


def _occasion_lines(report: dict[str, object]) -> list[str]:
    rows = [f"{report['compared']} attributions of {report['articles']} articles annotated in both files"]
    for direction in ("second_against_first", "first_against_second"):
        scores = report[direction]
        assert isinstance(scores, dict)  # for mypy only: ``compare`` builds the report
        cells = [
            f"{field} {scores[f'occasion_{field}_acc']:.3f} "
            f"({scores[f'occasion_{field}_stated_acc']:.3f} / {scores[f'occasion_{field}_carried_acc']:.3f}), "
            f"false fill {scores[f'occasion_{field}_false_fill']:.3f}"
            for field in FIELDS
        ]
        rows.append(f"{direction.replace('_', ' ')}: " + "; ".join(cells))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quotegraph.evaluation.agreement", description=__doc__)
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--occasion", action="store_true", help="the files are occasion annotations")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object")
    args = parser.parse_args(argv)
    return main_status(lambda: _report(args.first, args.second, occasion=args.occasion, as_json=args.json))


def _report(first: Path, second: Path, *, occasion: bool, as_json: bool) -> None:
    if occasion:
        report = occasion_agreement(read_occasions(first), read_occasions(second))
    else:
        report = agreement(read_type_labels(first), read_type_labels(second))
    lines = _occasion_lines(report) if occasion else _lines(report)
    print(json.dumps(report) if as_json else "\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())

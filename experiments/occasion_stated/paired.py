"""The statements of a tuning slice paired as the scorer pairs them (``quotegraph.evaluation.occasion``), each
with its occasion annotation: what ``misses.py`` and ``compare.py`` both read."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import FIELDS, read_occasions

# The system fields that may hold an annotated field's value: a channel and an addressee carry each other
CARRIERS = {"channel": ("channel", "addressee"), "addressee": ("channel", "addressee"), "time": ("time",)}


@dataclass(frozen=True)
class Pair:
    gold: Mapping[str, Any]  # the PolNeAR article row
    index: int  # of the gold attribution in ``gold["attributions"]``
    fields: Mapping[str, Any]  # its annotated occasion
    system: Mapping[str, Any]  # the system attribution paired with it

    @property
    def attribution_id(self) -> str:
        return str(self.gold["attributions"][self.index].get("id"))


def annotated_articles(
    gold_path: Path, occasions_path: Path, system_path: Path
) -> Iterator[tuple[Mapping[str, Any], Mapping[str, Any], list[Any]]]:
    """Every gold article with an occasion annotation: the PolNeAR row, its annotations by attribution id, and the
    attributions ``system_path`` (the ``--output`` of ``quotegraph eval``) gives it, in gold order."""
    occasions = read_occasions(occasions_path)
    system = {}
    for line in system_path.read_text().splitlines():
        row = json.loads(line)
        system[str(row["id"])] = row.get("attributions") or []
    for line in gold_path.read_text().splitlines():
        gold = json.loads(line)
        annotated = occasions.get(str(gold["id"]))
        if annotated is not None:
            yield gold, annotated, system.get(str(gold["id"]), [])


def annotated_pairs(gold_path: Path, occasions_path: Path, system_path: Path) -> Iterator[Pair]:
    """Every gold attribution with an occasion annotation that a system attribution of ``system_path`` is paired
    with, in gold order."""
    for gold, annotated, sys_attrs in annotated_articles(gold_path, occasions_path, system_path):
        for gi, pi in overlap_matches(gold["text"], gold["attributions"], sys_attrs):
            fields = annotated.get(str(gold["attributions"][gi].get("id")))
            if fields is not None:
                yield Pair(gold, gi, fields, sys_attrs[pi])


def run_parser() -> argparse.ArgumentParser:
    """The arguments of a tool that reads one system run of a tuning slice: GOLD, OCCASIONS, SYSTEM and ``--field``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("--field", choices=FIELDS)
    return parser

"""The seam between the batch runner and where the work runs: an ``Engine`` protocol and a registry
of engines by name ("local" here; a Spark engine registers itself the same way)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Protocol

from quotegraph.errors import ConfigError
from quotegraph.io import Record
from quotegraph.settings import Settings

__all__ = ["Chunk", "Engine", "Job", "PartReport", "engine_names", "get_engine", "register_engine"]


class Chunk(NamedTuple):
    """``part_size`` consecutive input records; ``part`` fixes the output part's name, so the
    output does not depend on which worker ran it or when."""

    part: int
    records: list[Record]
    position: int  # bytes of input read up to the end of this chunk, for progress


class PartReport(NamedTuple):
    part: int
    extracted: int
    failed: int
    position: int


@dataclass(frozen=True)
class Job:
    out_dir: Path
    output_format: str
    settings: Settings


class Engine(Protocol):
    """Runs every chunk through ``quotegraph.batch.work.process_chunk`` (which writes the part) and
    calls ``on_part`` in the caller's process as each part is done, in any order."""

    name: str

    def run(self, chunks: Iterable[Chunk], job: Job, on_part: Callable[[PartReport], None]) -> None: ...


EngineFactory = Callable[[int], Engine]
_ENGINES: dict[str, EngineFactory] = {}


def register_engine(name: str, factory: EngineFactory) -> None:
    _ENGINES[name] = factory


def engine_names() -> list[str]:
    return sorted(_ENGINES)


def get_engine(name: str, workers: int) -> Engine:
    try:
        factory = _ENGINES[name]
    except KeyError:
        raise ConfigError(f"unknown engine {name!r}; choose one of {', '.join(engine_names())}") from None
    return factory(workers)

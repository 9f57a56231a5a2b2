"""``run_batch``: inputs → chunks → engine → parts, skipping the parts a previous run finished."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from quotegraph.batch import local  # registers the "local" engine
from quotegraph.batch.engine import Chunk, Job, PartReport, get_engine
from quotegraph.batch.progress import Counts, QuietProgress, Reporter
from quotegraph.batch.state import check_manifest, done_parts, finish, remove_temporaries
from quotegraph.io import InputFile, Record, read_file
from quotegraph.io.sources import walk
from quotegraph.io.writers import JSONL, check_output_format
from quotegraph.settings import Settings

__all__ = ["BatchOutcome", "run_batch"]

_REGISTERED = local.LocalEngine.name  # imported for its registration


@dataclass
class BatchOutcome:
    counts: Counts
    totals: dict[str, int] = field(default_factory=dict)  # over all parts on disk, this run and earlier ones


def run_batch(
    inputs: list[str],
    out_dir: Path,
    settings: Settings,
    *,
    output_format: str = JSONL,
    input_format: str | None = None,
    engine: str = "local",
    progress: Reporter | None = None,
    after_part: Callable[[int], None] | None = None,
) -> BatchOutcome:
    """``after_part`` is called in this process with the number of each part this run finishes."""
    check_output_format(output_format)
    runner = get_engine(engine, settings.workers)
    check_manifest(out_dir, inputs, input_format, output_format, settings)  # makes out_dir, or says why it cannot
    remove_temporaries(out_dir)
    done = done_parts(out_dir, output_format)
    counts = Counts()
    reporter = progress or QuietProgress()
    reporter.start(sum(e.size for e in walk(inputs, input_format) if isinstance(e, InputFile)))
    chunks = _Chunker(inputs, input_format, settings, done, counts, reporter)
    furthest = 0

    def on_part(report: PartReport) -> None:
        nonlocal furthest
        counts.part_done(report.extracted, report.failed)
        furthest = max(furthest, report.position)
        reporter.update(furthest, counts)
        if after_part is not None:
            after_part(report.part)

    try:
        runner.run(chunks, Job(out_dir, output_format, settings), on_part)
    finally:
        reporter.close()
    return BatchOutcome(counts, finish(out_dir, output_format, chunks.parts))


class _Chunker:
    """The input as numbered chunks of ``part_size`` records, minus those whose part exists."""

    def __init__(
        self,
        inputs: list[str],
        input_format: str | None,
        settings: Settings,
        done: set[int],
        counts: Counts,
        reporter: Reporter,
    ) -> None:
        self.inputs, self.input_format, self.settings = inputs, input_format, settings
        self.done, self.counts, self.reporter = done, counts, reporter
        self.parts = 0

    def __iter__(self) -> Iterator[Chunk]:
        batch: list[Record] = []
        position = 0
        for record, position in self._records():
            batch.append(record)
            if len(batch) == self.settings.part_size:
                yield from self._emit(batch, position)
                batch = []
        if batch:
            yield from self._emit(batch, position)

    def _records(self) -> Iterator[tuple[Record, int]]:
        base = 0
        for entry in walk(self.inputs, self.input_format):
            if isinstance(entry, Record):
                yield entry, base
                continue
            for record in read_file(entry, self.settings):
                yield record, base + record.offset
            base += entry.size

    def _emit(self, batch: list[Record], position: int) -> Iterator[Chunk]:
        index = self.parts
        self.parts += 1
        self.counts.read += len(batch)
        if index in self.done:
            self.counts.skipped += len(batch)
            self.reporter.update(position, self.counts)
            return
        yield Chunk(index, batch, position)

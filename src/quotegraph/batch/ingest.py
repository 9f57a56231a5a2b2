"""``ingest``: inputs into a corpus. Results already extracted go straight in; articles are
extracted by the batch runner first (workers, progress, failures recorded), part by part.

The runner's parts are kept in a work folder until the run has ended, so an interrupted ingest
resumes where it stopped (``work_dir`` given again); adding a result twice changes nothing, so a
part stored before the interruption costs only its reading.
"""

from __future__ import annotations

import contextlib
import gc
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from quotegraph.batch.progress import Counts, QuietProgress, Reporter
from quotegraph.batch.runner import run_batch
from quotegraph.batch.state import done_parts
from quotegraph.graph.aliases import read_aliases
from quotegraph.graph.speakers import update_speakers
from quotegraph.graph.statements import update_statements
from quotegraph.io.results import Loaded, ResultFile, read_results, split_inputs
from quotegraph.io.writers import JSONL, failures_path, part_path
from quotegraph.model import ArticleResult, Failure
from quotegraph.model.corpus import IngestReport
from quotegraph.model.identity import IdentityReport
from quotegraph.settings import Settings
from quotegraph.store import Store

__all__ = ["IngestOutcome", "ingest"]

STORE_BATCH = 500  # results handed to the store at once (its own transactions group them again)


@dataclass
class IngestOutcome:
    report: IngestReport = field(default_factory=IngestReport)
    failures: list[Failure] = field(default_factory=list)
    loaded: int = 0  # results read from result files
    extracted: int = 0  # articles extracted by this run
    speakers: IdentityReport | None = None  # the regrouping of the corpus's speakers, when one ran


def ingest(
    inputs: list[str],
    store: Store,
    settings: Settings,
    *,
    input_format: str | None = None,
    work_dir: Path | None = None,
    progress: Reporter | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    engine: str = "local",
) -> IngestOutcome:
    """Every input into ``store``; failures are recorded in the store and passed to ``on_failure``.
    Articles are extracted by the batch ``engine`` into ``work_dir`` (a temporary folder if None).
    Then the corpus's speakers are grouped again (``graph.speakers``), with the alias file of
    ``settings.aliases`` when set (read first: a bad file stores nothing)."""
    aliases = read_aliases(settings.aliases) if settings.aliases else None
    with _collector_paused():
        outcome = _ingest(inputs, store, settings, _Extraction(input_format, work_dir, progress, engine), on_failure)
    if aliases is not None or outcome.report.added or outcome.report.replaced:
        outcome.speakers = update_speakers(store, aliases)
    return outcome


@dataclass(frozen=True)
class _Extraction:
    input_format: str | None
    work_dir: Path | None
    progress: Reporter | None
    engine: str


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Ingest allocates millions of short-lived objects that form no cycles; the cycle collector
    walking them again and again took a third of the time of loading results."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _ingest(
    inputs: list[str],
    store: Store,
    settings: Settings,
    extraction: _Extraction,
    on_failure: Callable[[Failure], None] | None,
) -> IngestOutcome:
    outcome = IngestOutcome()
    reporter = extraction.progress or QuietProgress()
    result_files, article_inputs = split_inputs(inputs)

    def keep(items: Iterable[Loaded]) -> Iterator[ArticleResult]:
        for item, _ in items:
            if isinstance(item, ArticleResult):
                yield item
            else:
                outcome.failures.append(item)
                store.add_failures([item])
                if on_failure is not None:
                    on_failure(item)

    if result_files:
        outcome.loaded = _load_files(result_files, store, keep, outcome, reporter)
    if article_inputs:
        _extract_and_store(article_inputs, store, settings, extraction, keep, outcome)
    return outcome


def _add(store: Store, results: Iterator[ArticleResult], outcome: IngestOutcome) -> int:
    """Stores the results, then places their quotes in statements (the graph layer's update works
    on what the store marks pending, so an interrupted ingest's leftovers are placed too)."""
    count = 0
    while batch := list(islice(results, STORE_BATCH)):
        outcome.report = outcome.report + store.add(batch)
        count += len(batch)
    update_statements(store)
    return count


def _load_files(
    files: list[ResultFile],
    store: Store,
    keep: Callable[[Iterable[Loaded]], Iterator[ArticleResult]],
    outcome: IngestOutcome,
    reporter: Reporter,
) -> int:
    counts = Counts()
    sizes = [Path(f.path).stat().st_size for f in files]
    reporter.start(sum(sizes))
    loaded, position = 0, 0
    try:
        for result_file, size in zip(files, sizes, strict=True):
            before = len(outcome.failures)
            added = _add(store, keep(read_results(result_file)), outcome)
            loaded += added
            position += size
            counts.read += added + len(outcome.failures) - before
            counts.part_done(added, len(outcome.failures) - before)
            reporter.update(position, counts)
    finally:
        reporter.close()
    return loaded


def _extract_and_store(
    inputs: list[str],
    store: Store,
    settings: Settings,
    extraction: _Extraction,
    keep: Callable[[Iterable[Loaded]], Iterator[ArticleResult]],
    outcome: IngestOutcome,
) -> None:
    own_dir = extraction.work_dir is None
    folder = extraction.work_dir or Path(tempfile.mkdtemp(prefix="quotegraph-ingest-"))
    earlier = done_parts(folder, JSONL)

    def store_part(index: int) -> None:
        outcome.extracted += _add(store, keep(_part(folder, index)), outcome)

    try:
        run_batch(
            inputs,
            folder,
            settings,
            input_format=extraction.input_format,
            engine=extraction.engine,
            progress=extraction.progress,
            after_part=store_part,
        )
        for index in sorted(earlier):  # parts an interrupted run finished; storing them again changes nothing
            store_part(index)
    except BaseException as exc:
        exc.add_note(f"the extracted parts are kept in {folder}: give it as the work folder to resume")
        raise
    if own_dir:
        shutil.rmtree(folder, ignore_errors=True)


def _part(folder: Path, index: int) -> Iterator[Loaded]:
    yield from read_results(ResultFile(str(failures_path(folder, index)), "failures"))
    yield from read_results(ResultFile(str(part_path(folder, index, JSONL)), "results"))

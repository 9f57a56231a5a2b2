"""The default engine: a pool of worker processes on this machine, one spaCy pipeline each."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from spacy.language import Language

from quotegraph.batch.engine import Chunk, Job, PartReport, register_engine
from quotegraph.batch.process import prepare_extracting_process
from quotegraph.batch.work import process_chunk
from quotegraph.errors import PipelineError
from quotegraph.nlp import load_pipeline
from quotegraph.settings import Settings

__all__ = ["LocalEngine"]

_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
_worker_nlp: Language | None = None


def _load_worker(settings: Settings) -> None:
    global _worker_nlp
    prepare_extracting_process()  # the pool's initializer: where each worker process starts
    _worker_nlp = load_pipeline(settings)


def _run_chunk(chunk: Chunk, job: Job) -> PartReport:
    if _worker_nlp is None:  # a process the pool did not start through ``_load_worker``
        raise PipelineError("no pipeline in this worker: the pool initializer loads it")
    return process_chunk(_worker_nlp, chunk, job)


class LocalEngine:
    name = "local"

    def __init__(self, workers: int = 0) -> None:
        self.workers = workers or os.cpu_count() or 1

    def run(self, chunks: Iterable[Chunk], job: Job, on_part: Callable[[PartReport], None]) -> None:
        # spawn, not fork: the parent may hold threads (the progress display) that fork would copy broken.
        context = multiprocessing.get_context("spawn")
        in_flight_limit = 2 * self.workers  # bounds memory: the reader never runs far ahead of the workers
        with (
            _one_thread_per_worker(),
            ProcessPoolExecutor(self.workers, context, _load_worker, (job.settings,)) as pool,
        ):
            pending: set[Future[PartReport]] = set()
            for chunk in chunks:
                pending.add(pool.submit(_run_chunk, chunk, job))
                if len(pending) >= in_flight_limit:
                    pending = _drain(pending, on_part, FIRST_COMPLETED)
            _drain(pending, on_part, "ALL_COMPLETED")


@contextlib.contextmanager
def _one_thread_per_worker() -> Iterator[None]:
    """The workers are the parallelism: a BLAS thread pool in each would oversubscribe the cores
    (spawned children read these variables at start-up). Values the user set are kept."""
    added = [name for name in _THREAD_VARIABLES if name not in os.environ]
    os.environ.update(dict.fromkeys(added, "1"))
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)


def _drain(
    pending: set[Future[PartReport]], on_part: Callable[[PartReport], None], until: str
) -> set[Future[PartReport]]:
    done, still = wait(pending, return_when=until)
    for future in done:
        on_part(future.result())
    return still


register_engine("local", LocalEngine)

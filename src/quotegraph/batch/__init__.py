"""Runs many documents: readers → extraction → writers, in parallel and resumable."""

from quotegraph.batch.engine import Chunk, Engine, Job, PartReport, engine_names, get_engine, register_engine
from quotegraph.batch.runner import BatchOutcome, run_batch

__all__ = [
    "BatchOutcome",
    "Chunk",
    "Engine",
    "Job",
    "PartReport",
    "engine_names",
    "get_engine",
    "register_engine",
    "run_batch",
]

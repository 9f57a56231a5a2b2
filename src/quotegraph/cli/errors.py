"""The one way a command ends in error: a message on stderr and an exit status that says which kind.

0 all went well; 1 an input, a document or the corpus could not be used (the message says which
and why), and for a run over documents, no document went through; 2 the command was called wrongly
(an option or setting), as click's own usage errors; 3 a run over documents where some failed (each
reported and recorded) and the others went through; 130 an ingest stopped by Ctrl-C, after naming
the work folder that resumes it.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import NoReturn

import click

from quotegraph.errors import ConfigError, QuotegraphError

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_PARTIAL",
    "EXIT_USAGE",
    "end_run",
    "exit_code",
    "fail",
    "failing",
    "run_exit_code",
]

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3  # not 1, so that a script can tell "some bad documents" from "nothing came out"
EXIT_INTERRUPTED = 130  # what a shell gives a command stopped by Ctrl-C (128 + SIGINT), so scripts treat it alike


def exit_code(exc: QuotegraphError) -> int:
    return EXIT_USAGE if isinstance(exc, ConfigError) else EXIT_FAILED


def run_exit_code(succeeded: int, failed: int) -> int:
    """The status of a run over documents (extract, batch, ingest, spark): 0 when none failed; 1 when
    some failed and none went through (a wrong input format or field, every file unreadable); 3 when
    some failed and the others went through. A run with no document at all is not a failure."""
    if not failed:
        return 0
    return EXIT_PARTIAL if succeeded else EXIT_FAILED


def end_run(succeeded: int, failed: int) -> None:
    """Ends the command with ``run_exit_code``'s status when it is not 0; returns otherwise."""
    status = run_exit_code(succeeded, failed)
    if status:
        sys.exit(status)


def fail(exc: QuotegraphError) -> NoReturn:
    click.echo(f"error: {exc}", err=True)
    sys.exit(exit_code(exc))


@contextlib.contextmanager
def failing() -> Iterator[None]:
    """Ends the command through ``fail`` on any QuotegraphError raised inside."""
    try:
        yield
    except QuotegraphError as exc:
        fail(exc)

"""The one way a command ends in error: a message on stderr and an exit status that says which kind.

The statuses and what each means are ``quotegraph.errors``'s (``exit_code``, ``run_exit_code``, the ``EXIT_*``
names), shared with the modules' own ``python -m`` mains, which may not import ``cli``. Every command's exit
with a status goes through ``exit_with`` (``tests/cli/test_errors`` checks that no other CLI module calls
``sys.exit``).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import NoReturn

import click

from quotegraph.errors import QuotegraphError, error_line, exit_code, run_exit_code

__all__ = ["NOTHING_READ", "end_run", "exit_with", "fail", "failing"]

NOTHING_READ = "note: no document was read (an empty folder or file, or no file of a kind quotegraph reads)"


def exit_with(status: int) -> NoReturn:
    """Ends the command with ``status``, one of ``quotegraph.errors``'s ``EXIT_*`` (what the README's "Exit status"
    table promises): the one place the CLI exits."""
    sys.exit(status)


def end_run(succeeded: int, failed: int) -> None:
    """Ends the command with ``run_exit_code``'s status when it is not 0; returns otherwise. A run that read no
    document at all still ends 0, as no document failed, but says so on stderr: an empty folder or file, or a
    folder of no known kind of file, would otherwise pass for a run that found nothing to report."""
    if not succeeded and not failed:
        click.echo(NOTHING_READ, err=True)
    status = run_exit_code(succeeded, failed)
    if status:
        exit_with(status)


def fail(exc: QuotegraphError) -> NoReturn:
    click.echo(error_line(exc), err=True)
    exit_with(exit_code(exc))


@contextlib.contextmanager
def failing() -> Iterator[None]:
    """Ends the command through ``fail`` on any QuotegraphError raised inside."""
    try:
        yield
    except QuotegraphError as exc:
        fail(exc)

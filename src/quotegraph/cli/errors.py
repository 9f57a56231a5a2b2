"""The one way a command ends in error: a message on stderr and an exit status that says which kind.

0 all went well; 1 an input, a document or the corpus could not be used (the message says which
and why); 2 the command was called wrongly (an option or setting), as click's own usage errors.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import NoReturn

import click

from quotegraph.errors import ConfigError, QuotegraphError

__all__ = ["EXIT_FAILED", "EXIT_USAGE", "exit_code", "fail", "failing"]

EXIT_FAILED = 1
EXIT_USAGE = 2


def exit_code(exc: QuotegraphError) -> int:
    return EXIT_USAGE if isinstance(exc, ConfigError) else EXIT_FAILED


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

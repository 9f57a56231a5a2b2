"""The one exception tree of quotegraph.

::

    QuotegraphError            anything quotegraph raises on purpose
    ├── InputError             the input cannot be used (empty, binary, undecodable, too large, malformed)
    │   ├── TooLargeError      the input is over a size limit (a server's ``max_extract_chars``)
    │   └── QueryError         a corpus query cannot be run as given (bad search syntax, date, cursor)
    ├── ConfigError            a setting, flag or file option is invalid
    ├── PipelineError          the NLP pipeline cannot be loaded or failed on a document
    ├── StoreError             reading or writing results failed
    ├── server.errors.ApiError an HTTP answer other than success decided by the server itself (auth, unknown id)
    └── server.errors.Busy     too many extractions already wait for the pipeline (HTTP 503)

The two server errors live in ``quotegraph.server.errors`` because only the HTTP layer raises them and they carry
its status and headers. Callers catch ``QuotegraphError`` to handle every expected failure; anything else is a bug.

A program that ends on one (the ``quotegraph`` command, a module's ``python -m`` main) prints
``error_line`` on stderr and exits with ``exit_code``'s status. The statuses live here, below every
layer, so that they keep one meaning whichever program ends: 0 all went well; 1 an input, a document
or the corpus could not be used (the message says which and why), and for a run over documents, no
document went through; 2 the program was called wrongly (an option, argument or setting), as click's
and argparse's own usage errors; 3 a run over documents where some failed (each reported and
recorded) and the others went through; 130 an ingest stopped by Ctrl-C, after naming the work folder
that resumes it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_PARTIAL",
    "EXIT_USAGE",
    "ConfigError",
    "InputError",
    "PipelineError",
    "QueryError",
    "QuotegraphError",
    "StoreError",
    "TooLargeError",
    "error_line",
    "exit_code",
    "main_status",
    "run_exit_code",
]

EXIT_FAILED = 1
EXIT_USAGE = 2  # what click and argparse exit with on a usage error, so a wrong setting reads alike
EXIT_PARTIAL = 3  # not 1, so that a script can tell "some bad documents" from "nothing came out"
EXIT_INTERRUPTED = 130  # what a shell gives a command stopped by Ctrl-C (128 + SIGINT), so scripts treat it alike


class QuotegraphError(Exception):
    """Base class of every error quotegraph raises on purpose."""


# Also a ValueError: msgspec turns a ValueError raised while a struct is built from data into a
# ValidationError naming the field, so model checks raise InputError and still read that way.
class InputError(QuotegraphError, ValueError):
    """The input document cannot be used; the message says why in words a user understands."""


class TooLargeError(InputError):
    """The input is over a size limit: a server answers it 413, not 400."""


class QueryError(InputError):
    """A search or listing of the corpus was asked in a form that cannot be run; the message says how to fix it."""


class ConfigError(QuotegraphError):
    """A setting, command-line flag or option value is invalid."""


class PipelineError(QuotegraphError):
    """The NLP pipeline could not be loaded, or failed on a document."""


class StoreError(QuotegraphError):
    """Results could not be written or read back."""


def exit_code(exc: QuotegraphError) -> int:
    """The exit status of a program ended by ``exc``: a usage error for a bad setting, else a failure."""
    return EXIT_USAGE if isinstance(exc, ConfigError) else EXIT_FAILED


def run_exit_code(succeeded: int, failed: int) -> int:
    """The status of a run over documents (extract, batch, ingest, spark): 0 when none failed; 1 when
    some failed and none went through (a wrong input format or field, every file unreadable); 3 when
    some failed and the others went through. A run with no document at all is not a failure."""
    if not failed:
        return 0
    return EXIT_PARTIAL if succeeded else EXIT_FAILED


def error_line(exc: QuotegraphError) -> str:
    """The one line a program ended by ``exc`` prints on stderr, in place of a traceback."""
    return f"error: {exc}"


def main_status(run: Callable[[], object]) -> int:
    """The status of a module's ``python -m`` main: 0 when ``run`` returns; when it raises one of the tree,
    ``error_line`` on stderr and ``exit_code``'s status, so every main ends on a bad call or input as the
    ``quotegraph`` command does (no traceback, 2 for a wrong call, 1 for an unusable input)."""
    try:
        run()
    except QuotegraphError as exc:
        print(error_line(exc), file=sys.stderr)
        return exit_code(exc)
    return 0

"""The one exception tree of quotegraph.

::

    QuotegraphError            anything quotegraph raises on purpose
    ├── InputError             the input cannot be used (empty, binary, undecodable, too large, malformed)
    │   ├── TooLargeError      the input is over a size limit (a server's ``max_extract_chars``)
    │   └── QueryError         a corpus query cannot be run as given (bad search syntax, date, cursor)
    ├── ConfigError            a setting, flag or file option is invalid
    ├── PipelineError          the NLP pipeline cannot be loaded or failed on a document
    └── StoreError             reading or writing results failed

Callers catch ``QuotegraphError`` to handle every expected failure; anything else is a bug.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "InputError",
    "PipelineError",
    "QueryError",
    "QuotegraphError",
    "StoreError",
    "TooLargeError",
]


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

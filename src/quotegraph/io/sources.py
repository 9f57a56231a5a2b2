"""Input paths to input files: directory trees walked in a stable order, formats by extension."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from quotegraph.errors import ConfigError
from quotegraph.io.readers import FORMATS, READERS, TextReader, reader_for_name
from quotegraph.io.records import Record, failure

__all__ = ["InputFile", "format_of", "walk"]

_KNOWN_SUFFIXES = [suffix for reader in READERS.values() for suffix in reader.suffixes]


class InputFile(NamedTuple):
    path: str  # "-" for stdin
    format: str
    size: int


def format_of(path: str) -> str | None:
    reader = reader_for_name(path)
    return reader.name if reader is not None else None


def walk(paths: list[str], input_format: str | None) -> Iterator[InputFile | Record]:
    """Files in the order given, each directory's files sorted by path, so every run sees the same
    sequence. Directories yield only files with a known extension; a file named on the command
    line with an unknown one, a missing path or a symlink loop becomes a failure."""
    if input_format is not None and input_format not in FORMATS:
        raise ConfigError(f"unknown input format {input_format!r}; choose one of {', '.join(FORMATS)}")
    for path in paths:
        if path == "-":
            yield InputFile("-", input_format or TextReader.name, 0)  # stdin has no name to tell its format
        elif os.path.isdir(path):
            yield from _walk_dir(path, input_format)
        else:
            yield _named_file(path, input_format)


def _named_file(path: str, input_format: str | None) -> InputFile | Record:
    fmt = input_format or format_of(path)
    if not os.path.exists(path):
        return failure(path, path, _missing(path))
    if fmt is None:
        return failure(
            path, path, f"unknown format: name the extension ({', '.join(_KNOWN_SUFFIXES)}) or pass --input-format"
        )
    return InputFile(path, fmt, _size(path))


def _walk_dir(root: str, input_format: str | None) -> Iterator[InputFile | Record]:
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=None):
        st = os.stat(dirpath)
        if (st.st_dev, st.st_ino) in seen:
            dirnames[:] = []
            yield failure(dirpath, dirpath, "symlink loop: this directory was already read under another path")
            continue
        seen.add((st.st_dev, st.st_ino))
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            fmt = input_format or format_of(name)
            if fmt is None:
                continue
            if not os.path.exists(path):
                yield failure(path, path, _missing(path))
            else:
                yield InputFile(path, fmt, _size(path))


def _missing(path: str) -> str:
    """Why a path that ``os.path.exists`` denies cannot be read: a link that leads nowhere or round in a loop (a
    named one was reported "no such file", which sent the user looking for a file where a link stands), or nothing."""
    return "broken symlink" if os.path.islink(path) else "no such file"


def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0

from __future__ import annotations

import io

import click
import pytest

from quotegraph.cli import main
from quotegraph.io import FORMATS, READERS, format_of
from quotegraph.io.readers import GZIP_SUFFIX, Reader, is_gzipped, reader_for_name
from quotegraph.model import Article, Failure
from quotegraph.settings import Settings

SAMPLES = {
    "txt": b"The minister said the plan would work.",
    "html": b"<html><body><article><p>The minister said the plan would work, and more.</p></article></body></html>",
    "jsonl": b'{"id": "a1", "text": "The minister said the plan would work."}\n',
}


def test_every_format_is_one_reader_with_its_own_suffixes() -> None:
    assert FORMATS == ("txt", "html", "jsonl", "warc")
    claims = [suffix for reader in READERS.values() for suffix in reader.suffixes]
    assert len(claims) == len(set(claims))
    for name, reader in READERS.items():
        assert reader.name == name
        assert all(reader_for_name(f"x{suffix.upper()}") is reader for suffix in reader.suffixes)


@pytest.mark.parametrize(
    ("path", "expected"), [("a.jsonl.gz", "jsonl"), ("b.warc.gz", "warc"), ("c.gz", None), ("d.htm", "html")]
)
def test_the_longest_suffix_names_the_format(path: str, expected: str | None) -> None:
    assert format_of(path) == expected


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_each_reader_reads_its_own_bytes(name: str) -> None:
    reader: Reader = READERS[name]
    records = list(reader.read(io.BytesIO(SAMPLES[name]), f"sample.{name}", Settings()))
    assert len(records) == 1
    item = records[0].item
    if name == "html":  # pages wait to be extracted (in a batch worker, say)
        assert not isinstance(item, Failure)
    else:
        assert isinstance(item, Article)
        assert item.text.startswith("The minister said")


@pytest.mark.parametrize("name", ["txt", "html"])
def test_a_whole_document_reader_refuses_a_file_larger_than_any_article(name: str) -> None:
    settings = Settings(max_page_bytes=10)
    records = list(READERS[name].read(io.BytesIO(b"x" * 11), "big", settings))
    [failure] = [r.item for r in records]
    assert isinstance(failure, Failure) and "max_page_bytes" in failure.reason


@pytest.mark.parametrize("command", ["batch", "ingest"])
def test_the_command_line_offers_the_registered_formats(command: str) -> None:
    assert isinstance(main, click.Group)
    option = next(p for p in main.commands[command].params if p.name == "input_format")
    assert isinstance(option.type, click.Choice)
    assert tuple(option.type.choices) == FORMATS


@pytest.mark.parametrize(
    ("name", "gzipped"),
    [("a.jsonl.gz", True), ("A.WARC.GZ", True), ("a.jsonl", False), ("a.gzip", False), ("gz", False)],
)
def test_a_gzipped_file_is_known_by_its_suffix_in_any_case(name: str, gzipped: bool) -> None:
    assert is_gzipped(name) is gzipped


def test_the_gzipped_forms_the_readers_claim_are_their_plain_suffixes_and_the_gzip_one() -> None:
    gzipped = sorted(s for reader in READERS.values() for s in reader.suffixes if is_gzipped(s))
    assert gzipped == [".jsonl" + GZIP_SUFFIX, ".warc" + GZIP_SUFFIX]

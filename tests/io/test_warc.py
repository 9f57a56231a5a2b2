"""WARC files (plain and gzipped): HTML responses become articles, other responses failures."""

from __future__ import annotations

import gzip as gzip_module
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.warcwriter import WARCWriter

from quotegraph.io import read, read_records, warc
from quotegraph.model import Article, Failure
from quotegraph.settings import Settings

PAGE = (Path(__file__).parents[1] / "fixtures" / "budget.html").read_text(encoding="utf-8")


@pytest.fixture
def write_warc(warc_response: Callable[..., None]) -> Callable[..., None]:
    def write(path: Path, pages: int, gzip: bool, extras: bool = False) -> None:
        with open(path, "wb") as out:
            writer = WARCWriter(out, gzip=gzip)
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
            for n in range(pages):
                page = PAGE.replace("Budget row", f"Budget row {n}").replace('<link rel="canonical"', "<link")
                warc_response(writer, f"https://news.example/{n}", page.encode(), "text/html; charset=utf-8")
            if extras:
                warc_response(writer, "https://news.example/logo.png", b"\x89PNG....", "image/png")
                warc_response(
                    writer, "dns:news.example", b"20250101 news.example. 300 IN A 1.2.3.4\n", "text/dns", http=False
                )
                request = writer.create_warc_record(
                    "https://news.example/0", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
                )
                writer.write_record(request)

    return write


@pytest.mark.parametrize("gzip", [False, True])
def test_html_responses_become_articles_with_uri_and_date(
    tmp_path: Path, gzip: bool, write_warc: Callable[..., None]
) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_warc(path, 3, gzip)
    items = list(read(str(path)))
    assert [i.url for i in items if isinstance(i, Article)] == [f"https://news.example/{n}" for n in range(3)]
    assert all(isinstance(i, Article) and i.id == i.url and i.meta["warc_date"].startswith("2025") for i in items)


def test_non_html_and_non_http_records_are_failures_and_reading_goes_on(
    tmp_path: Path, write_warc: Callable[..., None]
) -> None:
    path = tmp_path / "mixed.warc.gz"
    write_warc(path, 2, gzip=True, extras=True)
    records = list(read_records(str(path)))
    # The warcinfo and request records describe the crawl, not documents: passed over, not failures.
    assert [type(r.item).__name__ for r in records] == ["Article", "Article", "Failure", "Failure"]
    png, dns = records[2].item, records[3].item
    assert isinstance(png, Failure) and "image/png" in png.reason
    assert "@" in png.source and png.id == "https://news.example/logo.png"
    assert isinstance(dns, Failure) and dns.reason.startswith("not an HTTP response")


def _undated_page(path: Path, warc_response: Callable[..., None], **fields: str) -> None:
    """A WARC of one response whose page names no date; ``fields`` are the response's other fields (its date)."""
    page = (
        b"<html><body><article><p>"
        + b"The mayor said the bridge would reopen soon. " * 5
        + b"</p></article></body></html>"
    )
    with open(path, "wb") as out:
        warc_response(WARCWriter(out, gzip=False), "https://news.example/bridge", page, "text/html", **fields)


def test_warc_date_is_used_when_the_page_has_none(tmp_path: Path, warc_response: Callable[..., None]) -> None:
    path = tmp_path / "undated.warc"
    _undated_page(path, warc_response)
    [item] = read(str(path))
    assert isinstance(item, Article) and item.published == "2025-03-04"


def test_truncated_warc_gz_keeps_the_records_before_the_cut(tmp_path: Path, write_warc: Callable[..., None]) -> None:
    path = tmp_path / "cut.warc.gz"
    write_warc(path, 20, gzip=True)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.6)])
    items = list(read(str(path)))
    articles = [i for i in items if isinstance(i, Article)]
    assert 5 < len(articles) < 20


def test_a_record_the_file_ends_in_is_a_failure_not_half_a_page(
    tmp_path: Path, write_warc: Callable[..., None]
) -> None:
    """FastWARC hands over what there is of a cut record without a word: half the page passed for the article."""
    path = tmp_path / "cut.warc"
    write_warc(path, 2, gzip=False)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 400])  # inside the second page's HTML
    records = list(read_records(str(path)))
    assert [type(r.item).__name__ for r in records] == ["Article", "Failure"]
    cut = records[1].item
    assert isinstance(cut, Failure) and cut.reason.startswith("record cut short") and cut.id.endswith("/1")


def _with_content_length(record: bytes, change: int) -> bytes:
    """One record with its declared Content-Length moved by ``change`` bytes (the content is not)."""
    head, _, rest = record.partition(b"Content-Length: ")
    length, _, tail = rest.partition(b"\r\n")
    return head + b"Content-Length: " + str(int(length) + change).encode() + b"\r\n" + tail


@pytest.fixture
def records(warc_response: Callable[..., None]) -> Callable[[int], list[bytes]]:
    """Response records of pages 0..n-1, each on its own (to be joined, or gzipped one member each)."""

    def make(pages: int) -> list[bytes]:
        made = []
        for n in range(pages):
            out = io.BytesIO()
            page = PAGE.replace("Budget row", f"Budget row {n}").replace('<link rel="canonical"', "<link")
            warc_response(WARCWriter(out, gzip=False), f"https://news.example/{n}", page.encode(), "text/html")
            made.append(out.getvalue())
        return made

    return make


def _archive(path: Path, parts: list[bytes], gzipped: bool) -> None:
    path.write_bytes(b"".join(gzip_module.compress(p) for p in parts) if gzipped else b"".join(parts))


@pytest.mark.parametrize("gzipped", [False, True])
@pytest.mark.parametrize("change", [-100, +300])
def test_a_record_whose_content_length_is_wrong_is_a_failure_and_the_records_after_it_are_read(
    tmp_path: Path, records: Callable[[int], list[bytes]], gzipped: bool, change: int
) -> None:
    """FastWARC read the rest of the record as the next header, stopped, and lost every good record after it;
    a Content-Length too short also passed the front of the page off as the whole article."""
    path = tmp_path / ("broken.warc.gz" if gzipped else "broken.warc")
    pages = records(4)
    _archive(path, [pages[0], _with_content_length(pages[1], change), pages[2], pages[3]], gzipped)
    found = list(read_records(str(path)))
    assert [type(r.item).__name__ for r in found] == ["Article", "Failure", "Article", "Article"]
    broken = found[1].item
    assert isinstance(broken, Failure) and broken.id == "https://news.example/1"
    assert (
        broken.reason.startswith("its Content-Length") and f"next record at byte {found[2].offset:,}" in broken.reason
    )
    assert [r.item.url for r in found if isinstance(r.item, Article)] == [
        f"https://news.example/{n}" for n in (0, 2, 3)
    ]


@pytest.mark.parametrize("gzipped", [False, True])
def test_bytes_that_are_no_record_are_a_failure_named_where_they_are(
    tmp_path: Path, records: Callable[[int], list[bytes]], gzipped: bool
) -> None:
    path = tmp_path / ("junk.warc.gz" if gzipped else "junk.warc")
    pages = records(2)
    _archive(path, [b"not a record\r\n", pages[0], b"junk between records\r\n\r\n", pages[1]], gzipped)
    found = list(read_records(str(path)))
    assert [type(r.item).__name__ for r in found] == ["Failure", "Article", "Failure", "Article"]
    start, between = found[0].item, found[2].item
    assert isinstance(start, Failure) and start.reason.startswith("not a WARC record at byte 0")
    assert isinstance(between, Failure) and between.reason.startswith("not a WARC record")
    if not gzipped:  # a plain file names the very byte the junk starts at
        assert between.source.endswith(f"@{len(b'not a record') + 2 + len(pages[0])}")


def test_a_broken_last_record_says_no_record_follows(tmp_path: Path, records: Callable[[int], list[bytes]]) -> None:
    path = tmp_path / "end.warc"
    pages = records(2)
    _archive(path, [pages[0], _with_content_length(pages[1], -10)], gzipped=False)
    found = list(read_records(str(path)))
    assert [type(r.item).__name__ for r in found] == ["Article", "Failure"]
    last = found[1].item
    assert isinstance(last, Failure) and last.reason.endswith("no record starts after it")


@pytest.mark.parametrize("gzipped", [False, True])
def test_the_next_record_is_found_across_the_scan_s_pieces(
    tmp_path: Path, records: Callable[[int], list[bytes]], gzipped: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(warc, "_SCAN_CHUNK", 5)  # every record start and gzip member cut by a piece's edge
    path = tmp_path / ("pieces.warc.gz" if gzipped else "pieces.warc")
    pages = records(3)
    _archive(path, [_with_content_length(pages[0], -50), pages[1], _with_content_length(pages[2], -1)], gzipped)
    found = list(read_records(str(path)))
    assert [type(r.item).__name__ for r in found] == ["Failure", "Article", "Failure"]


class _Unseekable(io.BytesIO):
    """A pipe's stream (stdin): read once, no way back."""

    def seekable(self) -> bool:
        return False


def test_a_stream_that_cannot_seek_stops_at_the_break_and_says_so(records: Callable[[int], list[bytes]]) -> None:
    pages = records(3)
    stream = _Unseekable(pages[0] + _with_content_length(pages[1], -100) + pages[2])
    found = list(warc.read_warc_stream(stream, "<stdin>", Settings()))
    assert isinstance(found[-1].item, Failure) and found[-1].item.reason.startswith("cannot read further")


def test_a_warc_date_that_is_no_date_is_not_the_article_s_date(
    tmp_path: Path, warc_response: Callable[..., None]
) -> None:
    path = tmp_path / "odd-date.warc"
    _undated_page(path, warc_response, date="2025-02-30T05:06:07Z")
    [item] = read(str(path))
    assert isinstance(item, Article) and item.published is None and item.meta["warc_date"] == "2025-02-30T05:06:07Z"

"""WARC files (plain and gzipped): HTML responses become articles, other responses failures."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.warcwriter import WARCWriter

from quotegraph.io import read, read_records
from quotegraph.model import Article, Failure

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


def test_warc_date_is_used_when_the_page_has_none(tmp_path: Path, warc_response: Callable[..., None]) -> None:
    path = tmp_path / "undated.warc"
    page = (
        b"<html><body><article><p>"
        + b"The mayor said the bridge would reopen soon. " * 5
        + b"</p></article></body></html>"
    )
    with open(path, "wb") as out:
        warc_response(WARCWriter(out, gzip=False), "https://news.example/bridge", page, "text/html")
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

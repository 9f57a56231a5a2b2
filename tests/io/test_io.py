"""The dispatcher and the text and JSONL readers: every document comes out as an Article or a Failure."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from quotegraph.errors import ConfigError
from quotegraph.io import read, read_records
from quotegraph.io.ids import content_id
from quotegraph.io.jsonl import NOT_A_DATE, parse_line
from quotegraph.model import Article, Failure
from quotegraph.settings import Settings


def _jsonl(rows: Sequence[object]) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in rows)


def test_text_file_is_one_article_with_a_content_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ms Lee said it was fine.\n\nShe left.", encoding="utf-8")
    [item] = read(str(tmp_path / "a.txt"))
    assert isinstance(item, Article)
    assert item.text.startswith("Ms Lee said")
    assert item.id == content_id(item.text)


def test_path_objects_are_read_as_their_strings_are(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ms Lee said it was fine.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Mr Oduya said it was not.", encoding="utf-8")
    [one] = read(tmp_path / "a.txt")
    both = list(read([tmp_path / "a.txt", str(tmp_path / "b.txt")]))
    assert isinstance(one, Article) and one.text == "Ms Lee said it was fine."
    assert [item.text for item in both if isinstance(item, Article)] == [one.text, "Mr Oduya said it was not."]


def test_directory_is_read_in_sorted_order_and_unknown_extensions_are_passed_over(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("second")
    (tmp_path / "1.txt").write_text("first")
    (tmp_path / "notes.md").write_text("not an input")
    texts = [i.text for i in read(str(tmp_path)) if isinstance(i, Article)]
    assert texts == ["first", "second"]


def test_jsonl_fields_ids_and_carried_meta(tmp_path: Path) -> None:
    rows = [
        {"id": "a1", "text": "One.", "url": "http://x/1", "published": "2025-02-01", "lang": "en"},
        {"text": "Two.", "url": "http://x/2"},
        {"text": "Three."},
    ]
    (tmp_path / "in.jsonl").write_bytes(_jsonl(rows))
    items = list(read(str(tmp_path / "in.jsonl")))
    assert all(isinstance(i, Article) for i in items)
    a, b, c = items
    assert isinstance(a, Article) and isinstance(b, Article) and isinstance(c, Article)
    assert (a.id, a.published, a.url, a.meta) == ("a1", "2025-02-01", "http://x/1", {"lang": "en"})
    assert b.id == "http://x/2"
    assert c.id == content_id("Three.")


def test_jsonl_field_names_are_configurable(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_bytes(_jsonl([{"key": 7, "body": "Hello."}]))
    [item] = read(str(tmp_path / "in.jsonl"), settings=Settings(text_field="body", id_field="key"))
    assert isinstance(item, Article)
    assert (item.id, item.text) == ("7", "Hello.")


def test_bad_jsonl_lines_become_failures_and_the_rest_is_read(tmp_path: Path) -> None:
    lines = b'{"text": "good"}\nnot json\n[1, 2]\n{"id": "x", "body": "no text field"}\n{"text": "also good"}\n'
    (tmp_path / "in.jsonl").write_bytes(lines)
    records = list(read_records(str(tmp_path / "in.jsonl")))
    kinds = [type(r.item).__name__ for r in records]
    assert kinds == ["Article", "Failure", "Failure", "Failure", "Article"]
    reasons = [r.item.reason for r in records if isinstance(r.item, Failure)]
    assert reasons[0].startswith("not JSON") and "object" in reasons[1] and "'text'" in reasons[2]
    assert records[1].source.endswith("in.jsonl:line 2")
    assert isinstance(records[3].item, Failure) and records[3].item.id == "x"


def test_a_jsonl_line_not_in_utf8_or_nested_past_any_limit_is_a_failure_and_the_rest_is_read(tmp_path: Path) -> None:
    """msgspec raises UnicodeDecodeError and RecursionError for these, not its DecodeError: both ended the whole
    file (and a batch run) with a traceback."""
    deep = b"[" * 10_000 + b"]" * 10_000
    lines = b'{"text": "caf\xe9 said"}\n' + deep + b"\n" + b'{"a": ' * 10_000 + b"1" + b"}" * 10_000 + b"\n"
    (tmp_path / "in.jsonl").write_bytes(lines + b'{"text": "good"}\n')
    records = list(read_records(str(tmp_path / "in.jsonl")))
    assert [type(r.item).__name__ for r in records] == ["Failure", "Failure", "Failure", "Article"]
    reasons = [r.item.reason for r in records if isinstance(r.item, Failure)]
    assert all(reason.startswith("not JSON") for reason in reasons)
    assert "utf-8" in reasons[0] and "recursion" in reasons[1]


@pytest.mark.parametrize("gz", [False, True])
def test_a_jsonl_line_longer_than_max_page_bytes_is_a_failure_read_past_in_bounded_pieces(
    tmp_path: Path, gz: bool
) -> None:
    """A line with no end (``/dev/zero`` read as JSONL) was held whole in memory until MemoryError ended the run."""
    lines = _jsonl([{"text": "x" * 5_000}, {"text": "after it"}])
    path = tmp_path / ("in.jsonl.gz" if gz else "in.jsonl")
    path.write_bytes(gzip.compress(lines) if gz else lines)
    records = list(read_records(str(path), settings=Settings(max_page_bytes=1_000)))
    assert [type(r.item).__name__ for r in records] == ["Failure", "Article"]
    assert isinstance(records[0].item, Failure) and "max_page_bytes=1,000" in records[0].item.reason
    assert records[1].source.endswith(":line 2")


def test_a_jsonl_line_that_is_json_but_no_object_is_named_in_json_s_words(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_bytes(b'[1]\n42\n"text"\nnull\ntrue\n1.5\n')
    reasons = [i.reason for i in read(str(tmp_path / "in.jsonl")) if isinstance(i, Failure)]
    kinds = ["array", "number", "string", "null", "true or false", "number"]
    assert reasons == [f"a JSON {kind}, not an object" for kind in kinds]


def test_jsonl_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Windows tools and spreadsheet exports write a UTF-8 BOM: the first line was "not JSON"."""
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + _jsonl([{"id": "a1", "text": "One."}, {"id": "a2", "text": "Two."}]))
    assert [item.id for item in read([str(path)])] == ["a1", "a2"]


def test_gzipped_jsonl(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl.gz").write_bytes(gzip.compress(_jsonl([{"text": f"Article {n}."} for n in range(50)])))
    items = list(read(str(tmp_path / "in.jsonl.gz")))
    assert [i.text for i in items if isinstance(i, Article)] == [f"Article {n}." for n in range(50)]


def test_truncated_gzip_keeps_what_was_read_and_records_the_rest(tmp_path: Path) -> None:
    data = gzip.compress(_jsonl([{"text": f"Article number {n} " * 20} for n in range(2000)]))
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "z.txt").write_text("after the broken file")
    items = list(read(str(tmp_path)))
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert 0 < len(articles) - 1 < 2000
    assert len(failures) == 1 and "cannot read further" in failures[0].reason
    assert articles[-1].text == "after the broken file"


def test_corrupt_gzip_header_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl.gz").write_bytes(b"this is not gzip at all")
    [item] = read(str(tmp_path / "bad.jsonl.gz"))
    assert isinstance(item, Failure) and "cannot read further" in item.reason


def test_invalid_utf8_text_is_a_failure_with_the_byte_position(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 au lait")
    [item] = read(str(tmp_path / "bad.txt"))
    assert isinstance(item, Failure) and "UTF-8" in item.reason and "byte 3" in item.reason


def test_missing_and_unknown_files_are_failures(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b")
    items = list(read([str(tmp_path / "gone.txt"), str(tmp_path / "data.csv")]))
    assert [type(i) for i in items] == [Failure, Failure]
    assert isinstance(items[0], Failure) and items[0].reason == "no such file"
    assert isinstance(items[1], Failure) and "unknown format" in items[1].reason


def test_a_named_link_that_leads_nowhere_or_round_in_a_loop_is_a_broken_symlink_not_a_missing_file(
    tmp_path: Path,
) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    items = list(read([str(tmp_path / "dangling.txt"), str(tmp_path / "self.txt")]))
    assert [i.reason for i in items if isinstance(i, Failure)] == ["broken symlink", "broken symlink"]


def test_input_format_overrides_the_extension(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_bytes(_jsonl([{"text": "From a .csv name."}]))
    [item] = read(str(tmp_path / "data.csv"), input_format="jsonl")
    assert isinstance(item, Article) and item.text == "From a .csv name."
    with pytest.raises(ConfigError):
        list(read(str(tmp_path / "data.csv"), input_format="pdf"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("hidden")
    path.chmod(0)
    [item] = read(str(path))
    assert isinstance(item, Failure) and "cannot read file" in item.reason


def test_directory_with_a_symlink_loop_is_read_once_and_the_loop_recorded(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("only once")
    (tmp_path / "d" / "loop").symlink_to(tmp_path / "d", target_is_directory=True)
    (tmp_path / "d" / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    items = list(read(str(tmp_path)))
    assert [i.text for i in items if isinstance(i, Article)] == ["only once"]
    reasons = sorted(i.reason for i in items if isinstance(i, Failure))
    assert reasons == ["broken symlink", "symlink loop: this directory was already read under another path"]


def test_dash_reads_jsonl_articles_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(_jsonl([{"text": "piped"}])))
    monkeypatch.setattr(sys, "stdin", stdin)
    [item] = read("-", input_format="jsonl")
    assert isinstance(item, Article) and item.text == "piped"


def test_a_file_that_cannot_be_opened_is_a_failure(tmp_path: Path) -> None:
    # Works as root too: opening a directory as a file fails like an unreadable file does.
    from quotegraph.io import InputFile, read_file

    [record] = list(read_file(InputFile(str(tmp_path), "txt", 0), Settings()))
    assert isinstance(record.item, Failure) and record.item.reason.startswith("cannot read file")


@pytest.mark.parametrize("given", ["yesterday", "2020-02-31", "99999-01-01", 12, ["2020-01-01"]])
def test_a_published_that_is_not_a_date_is_kept_in_meta_and_the_article_still_read(
    tmp_path: Path, given: object
) -> None:
    """It was carried to the output as the article's date (the API refuses it with 400) and 2020-02-31 was
    stored as a day."""
    (tmp_path / "in.jsonl").write_bytes(_jsonl([{"id": "a", "text": "She said so.", "published": given, "lang": "en"}]))
    [item] = read(str(tmp_path / "in.jsonl"))
    assert isinstance(item, Article) and item.published is None
    assert item.meta == {"lang": "en", NOT_A_DATE: given}


@pytest.mark.parametrize("given", ["2020-02-14", "2020-02-14T10:00:00Z", None, ""])
def test_a_published_date_or_none_is_taken_with_no_note(tmp_path: Path, given: str | None) -> None:
    (tmp_path / "in.jsonl").write_bytes(_jsonl([{"id": "a", "text": "She said so.", "published": given}]))
    [item] = read(str(tmp_path / "in.jsonl"))
    assert isinstance(item, Article) and item.published == (given or None) and item.meta == {}


def test_a_date_field_stands_in_for_a_published_that_is_not_a_date() -> None:
    line = json.dumps({"text": "She said so.", "published": "soon", "date": "2020-02-14"}).encode()
    item = parse_line(line, "in.jsonl:line 1", Settings()).item
    assert isinstance(item, Article) and item.published == "2020-02-14"
    assert item.meta == {"date": "2020-02-14", NOT_A_DATE: "soon"}


def test_an_html_line_s_published_that_is_not_a_date_is_not_handed_on() -> None:
    line = json.dumps({"html": "<p>She said so.</p>", "published": "2020-02-31"}).encode()
    page = parse_line(line, "in.jsonl:line 1", Settings(html_field="html")).item
    assert not isinstance(page, (Article, Failure)) and page.published is None
    assert page.extra[NOT_A_DATE] == "2020-02-31"

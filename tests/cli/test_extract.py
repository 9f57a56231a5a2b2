from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from quotegraph.cli import main
from quotegraph.cli.errors import NOTHING_READ

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("cached_pipeline", "fake_finder")]

ARTICLE = "“We will win,” Smith said on Friday.\n\nOfficials said the vote was close.\n"


def _run(*args: str, stdin: bytes | None = None) -> tuple[int, list[dict[str, Any]], str]:
    """The exit code, the JSON rows written (as ``json.loads`` reads them) and what went to stderr."""
    result = CliRunner().invoke(main, ["extract", *args], input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, rows, result.stderr


def test_text_file_to_jsonl(tmp_path: Path, output_checker: Callable[..., None]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")
    code, rows, _ = _run("--format", "jsonl", "--published", "2025-02-01", str(path))
    assert code == 0 and len(rows) == 1
    # the io layer names a text file's article by its content and keeps the path in meta
    assert rows[0]["meta"] == {"source": str(path)} and rows[0]["published"] == "2025-02-01"
    assert [a["content"]["text"] for a in rows[0]["attributions"]] == ["We will win,"]
    output_checker(rows[0])


def test_jsonl_fields_are_carried_and_ids_kept(tmp_path: Path, output_checker: Callable[..., None]) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [{"id": "x1", "text": ARTICLE, "publisher": "nyt", "date": "2016-09-08"}, {"id": "x2", "text": "Hi."}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    code, rows, _ = _run(str(path))
    assert code == 0
    assert [r["id"] for r in rows] == ["x1", "x2"]
    assert rows[0]["meta"] == {"publisher": "nyt", "date": "2016-09-08"}
    assert rows[0]["published"] == "2016-09-08"
    for row in rows:
        output_checker(row)


def test_stdin_and_no_text(output_checker: Callable[..., None]) -> None:
    code, rows, _ = _run("--no-text", "-", stdin=ARTICLE.encode())
    assert code == 0 and rows[0]["text"] is None and rows[0]["meta"] == {"source": "<stdin>"}
    output_checker(rows[0], text=ARTICLE)


def test_table_format_shows_the_attribution(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "table", str(path)])
    assert result.exit_code == 0
    # the speaker's cell holds the name and nothing else: a longer name ("Smithers") does not pass
    assert "We will win" in result.stdout and re.search(r"│ Smith +│", result.stdout)


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv"])
def test_extract_writes_every_form_it_offers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    from quotegraph.cli.output import HIT_COLUMNS, WRITERS

    assert fmt in WRITERS
    monkeypatch.chdir(tmp_path)  # a short relative name, which the table's title does not wrap
    Path("a.txt").write_text(ARTICLE, "utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", fmt, "--published", "2025-02-01", "a.txt"])
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        (row,) = [json.loads(line) for line in result.stdout.splitlines()]
        assert [a["content"]["text"] for a in row["attributions"]] == ["We will win,"]
    elif fmt == "csv":
        header, *rows = list(csv.reader(io.StringIO(result.stdout)))
        assert tuple(header) == HIT_COLUMNS
        assert [(row[HIT_COLUMNS.index("content")], row[HIT_COLUMNS.index("published")]) for row in rows] == [
            ("We will win,", "2025-02-01")
        ]
    else:
        assert result.stdout.splitlines()[0].strip() == "a.txt: 1 attributions"


def test_text_that_looks_like_terminal_markup_is_printed_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Square brackets are rich's markup: an article or a file name holding "[/bold]" crashed the table."""
    monkeypatch.chdir(tmp_path)  # a short relative name, which the table's column does not wrap
    Path("[red]a.txt").write_text("“We will [/bold] win [red]this[/red],” Smith said on Friday.\n", "utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "table", "[red]a.txt"])
    assert result.exception is None and result.exit_code == 0
    assert "[/bold]" in result.stdout and "[red]this[/red]" in result.stdout and "[red]a.txt" in result.stdout


def test_a_failure_naming_terminal_markup_is_reported_as_it_is(tmp_path: Path) -> None:
    code, _, stderr = _run(str(tmp_path / "[/x].txt"))
    assert code == 1 and f"error: {tmp_path / '[/x].txt'}: no such file" in stderr


BAD_INPUTS: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty text"),
    "blank.txt": (b"  \n\t\n", "empty text"),
    "nul.txt": (b"abc\x00\x00\x00def ghi", "looks binary"),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not valid UTF-8"),
    "image.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "unknown format"),
    "latin1.txt": ("Le président a déclaré".encode("latin-1"), "not valid UTF-8"),
    "bad.jsonl": (b'{"id": "ok", "text": "Fine."}\n{not json\n{"id": "nt"}\n', "not JSON"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_reported_and_the_rest_goes_on(tmp_path: Path, name: str) -> None:
    data, message = BAD_INPUTS[name]
    bad, good = tmp_path / name, tmp_path / "good.txt"
    bad.write_bytes(data)
    good.write_text(ARTICLE, "utf-8")
    code, rows, stderr = _run(str(bad), str(good))
    assert code == 3  # some failed, the others went through
    assert message in stderr and name in stderr and "Traceback" not in stderr
    assert rows[-1]["meta"] == {"source": str(good)}


def test_a_directory_is_walked_as_batch_walks_it(tmp_path: Path) -> None:
    """The help says PATHS may be directories, as for `quotegraph batch`: their articles are read."""
    folder = tmp_path / "articles"
    (folder / "inner").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, "utf-8")
    (folder / "inner" / "b.jsonl").write_text(json.dumps({"id": "b1", "text": ARTICLE}) + "\n", "utf-8")
    code, rows, stderr = _run("--format", "jsonl", str(folder))
    assert code == 0, stderr
    assert sorted(str(r["id"]) for r in rows)[0] == "b1" and len(rows) == 2


def test_missing_file_is_reported(tmp_path: Path) -> None:
    code, rows, stderr = _run(str(tmp_path / "nope.txt"))
    assert code == 1 and rows == [] and "nope.txt" in stderr


@pytest.mark.parametrize(
    "text",
    [
        "no punctuation here just words and more words",
        'He said "this quote never closes\n\nand “neither” does ” this',
        "El presidente dijo que «no habrá cambios» en el gabinete.",
        "Президент заявил, что «изменений не будет».",
    ],
)
def test_odd_text_gives_a_valid_result(tmp_path: Path, text: str, output_checker: Callable[..., None]) -> None:
    path = tmp_path / "odd.txt"
    path.write_text(text, "utf-8")
    code, rows, _ = _run(str(path))
    assert code == 0
    output_checker(rows[0])


# "20250201" and "2025W051" are dates to Python 3.11's date.fromisoformat; they were taken and
# written out as the article's publication day, which every other field reads as YYYY-MM-DD.
@pytest.mark.parametrize("published", ["last Friday", "2025-02-30", "20250201", "2025W051", "2025-W05-1"])
def test_bad_published_date_is_a_usage_error(tmp_path: Path, published: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")
    result = CliRunner().invoke(main, ["extract", "--published", published, str(path)])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


def test_jsonl_field_names_follow_the_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTEGRAPH_TEXT_FIELD", "body")
    monkeypatch.setenv("QUOTEGRAPH_ID_FIELD", "key")
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"key": "k1", "body": ARTICLE, "text": "ignored"}) + "\n", "utf-8")
    code, rows, _ = _run(str(path))
    assert code == 0 and rows[0]["id"] == "k1" and rows[0]["meta"] == {"text": "ignored"}
    assert len(rows[0]["attributions"]) == 1


def test_type_filter_and_the_type_column(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("“We will win,” Smith said.\n\n“The count was wrong,” Jones believes.\n", "utf-8")
    code, rows, _ = _run("--type", "statement", str(path))
    assert code == 0 and [a["id"] for a in rows[0]["attributions"]] == ["A1"]
    table = CliRunner().invoke(main, ["extract", "--format", "table", "--type", "thought", str(path)]).stdout
    assert "thought" in table and "count was wrong" in table and "We will win" not in table
    refused = CliRunner().invoke(main, ["extract", "--type", "opinion", str(path)])
    assert refused.exit_code == 2 and "opinion" in refused.stderr


@pytest.mark.parametrize("kind", ["an empty folder", "an empty JSONL file", "a folder of unknown files"])
def test_a_run_that_reads_no_document_ends_0_and_says_so(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    target = folder
    if kind == "an empty JSONL file":
        target = folder / "empty.jsonl"
        target.write_text("", "utf-8")
    elif kind == "a folder of unknown files":
        (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    code, rows, err = _run("--format", "jsonl", str(target))
    assert (code, rows) == (0, []) and err.strip() == NOTHING_READ


def test_a_run_that_reads_a_document_prints_no_note(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")
    code, rows, err = _run("--format", "jsonl", str(path))
    assert code == 0 and len(rows) == 1 and NOTHING_READ not in err

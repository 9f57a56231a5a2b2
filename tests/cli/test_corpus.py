"""``quotegraph ingest``, ``search`` and ``speakers`` end to end on results built by hand.

``quotegraph aliases`` and ``ingest --aliases``: an alias file merges, splits and labels the corpus's speakers; a bad
one changes nothing (joined from ``test_aliases``)."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import msgspec
import pytest
from click.testing import CliRunner, Result

from quotegraph.cli import main
from quotegraph.model import ArticleResult, Attribution, Cue, Entity, Mention, SpeakerRef, TextSpan, excerpt_of
from quotegraph.model.codec import encode_result
from quotegraph.store import open_store


@pytest.fixture
def corpus(tmp_path: Path, populated_result: ArticleResult) -> Path:
    """A corpus of three copies of the fully populated result (the senator's "We will win")."""
    source = tmp_path / "results.jsonl"
    results = [msgspec.structs.replace(populated_result, id=f"a{n}", published=f"2025-02-0{n + 1}") for n in range(3)]
    source.write_bytes(b"".join(encode_result(r) + b"\n" for r in results))
    db = tmp_path / "corpus.db"
    outcome = CliRunner().invoke(main, ["ingest", str(source), "--db", str(db), "--quiet"])
    assert outcome.exit_code == 0, outcome.output
    assert "3 added, 0 replaced, 0 unchanged" in outcome.stderr
    return db


def test_ingest_reports_failures_and_exits_1(tmp_path: Path, corpus: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x", "entities": [], "attributions": [{}], "schema_version": "1.1"}\n')
    outcome = CliRunner().invoke(main, ["ingest", str(broken), "--db", str(corpus), "--quiet"])
    assert outcome.exit_code == 1
    assert f"error: {broken}:line 1: not a quotegraph result" in outcome.stderr
    assert outcome.stderr.count("not a quotegraph result") == 1  # the reason is said once
    assert "1 failed" in outcome.stderr


@pytest.mark.parametrize("command", [["search", "win"], ["speakers"], ["statements"], ["report", "--out", "report"]])
def test_a_read_of_a_corpus_that_does_not_exist_is_an_error(tmp_path: Path, command: list[str]) -> None:
    """A mistyped --db would otherwise be created empty and answer nothing, with exit status 0."""
    missing = tmp_path / "typo.db"
    with contextlib.chdir(tmp_path):
        outcome = CliRunner().invoke(main, [*command, "--db", str(missing)])
    assert outcome.exit_code == 1 and f"no corpus at {missing}" in outcome.stderr
    assert not missing.exists()


def test_search_as_jsonl_csv_and_table(corpus: Path) -> None:
    runner = CliRunner()
    lines = runner.invoke(main, ["search", "win", "--db", str(corpus), "--format", "jsonl"]).stdout.splitlines()
    hits = [json.loads(line) for line in lines]
    assert [h["article"]["id"] for h in hits] == ["a2", "a1", "a0"]  # equal relevance: newest first
    assert hits[0]["speaker"]["name"] == "the senator" and hits[0]["content"]["text"] == "We will win … and soon"
    assert [hits[0]["content"]["text"][s:e] for s, e in hits[0]["matches"]] == ["win"]
    rows = list(
        csv.DictReader(io.StringIO(runner.invoke(main, ["search", "--db", str(corpus), "--format", "csv"]).stdout))
    )
    assert (rows[0]["article"], rows[0]["type"], rows[0]["channel"]) == ("a2", "thought", "n a stateme")
    table = runner.invoke(main, ["search", "soon", "--db", str(corpus), "--format", "table", "--limit", "1"])
    assert table.exit_code == 0 and "│ 2025-02-03 │" in table.stdout and "more: --cursor" in table.stderr


def test_search_follows_the_cursor(corpus: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(main, ["search", "--db", str(corpus), "--format", "table", "--limit", "2"])
    cursor = first.stderr.split("--cursor ")[1].strip()
    rest = runner.invoke(main, ["search", "--db", str(corpus), "--format", "jsonl", "--cursor", cursor])
    assert [json.loads(line)["article"]["id"] for line in rest.stdout.splitlines()] == ["a0"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_search_prints_the_next_cursor_on_stderr_in_every_format(corpus: Path, fmt: str) -> None:
    """The README says a page prints the next page's cursor; JSONL and CSV (what scripts read) printed
    none, so a script could not get past the first page. Stdout keeps only the hits."""
    runner = CliRunner()
    first = runner.invoke(main, ["search", "--db", str(corpus), "--format", fmt, "--limit", "2"])
    assert first.exit_code == 0 and "more: --cursor " in first.stderr and "--cursor" not in first.stdout
    cursor = first.stderr.split("--cursor ")[1].strip()
    rest = runner.invoke(main, ["search", "--db", str(corpus), "--format", "jsonl", "--cursor", cursor])
    assert [json.loads(line)["article"]["id"] for line in rest.stdout.splitlines()] == ["a0"]
    assert "--cursor" not in rest.stderr  # the last page names no next one


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--since", "2025-02-31"], "invalid date '2025-02-31'"),
        (['"unclosed'], "unclosed quotation mark"),
        (["--cursor", "nonsense"], "invalid cursor"),
        (["--limit", "1000"], "limit must be between 1 and 200"),
    ],
)
def test_search_input_errors_exit_1_with_the_reason(corpus: Path, arguments: list[str], message: str) -> None:
    outcome = CliRunner().invoke(main, ["search", *arguments, "--db", str(corpus)])
    assert outcome.exit_code == 1
    assert f"error: {message}" in outcome.stderr


def test_speakers_lists_named_speakers_only(tmp_path: Path, corpus: Path, populated_result: ArticleResult) -> None:
    entity = msgspec.structs.replace(populated_result.entities[0], name="Ann Lee")
    attribution = populated_result.attributions[0]
    assert attribution.speaker is not None
    named = msgspec.structs.replace(
        populated_result,
        id="named",
        entities=(entity,),
        attributions=(
            msgspec.structs.replace(attribution, speaker=msgspec.structs.replace(attribution.speaker, name="Ann Lee")),
        ),
    )
    source = tmp_path / "named.jsonl"
    source.write_bytes(encode_result(named) + b"\n")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(source), "--db", str(corpus), "--quiet"]).exit_code == 0
    outcome = runner.invoke(main, ["speakers", "--db", str(corpus), "--format", "jsonl"])
    listed = [json.loads(line) for line in outcome.stdout.splitlines()]
    assert [(s["name"], s["statements"], s["first"]) for s in listed] == [("Ann Lee", 1, "2025-02-01")]


def test_the_corpus_comes_from_the_setting(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTEGRAPH_DB", str(corpus))
    outcome = CliRunner().invoke(main, ["search", "--format", "jsonl"])
    assert len(outcome.stdout.splitlines()) == 3


def test_a_corpus_that_cannot_be_used_exits_1(tmp_path: Path, corpus: Path) -> None:
    runner = CliRunner()
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database" * 500)
    outcome = runner.invoke(main, ["search", "--db", str(garbage)])
    assert outcome.exit_code == 1 and "is not a usable SQLite database" in outcome.stderr
    sqlite3.connect(corpus).execute("UPDATE meta SET value = '99'").connection.commit()
    outcome = runner.invoke(main, ["speakers", "--db", str(corpus)])
    assert outcome.exit_code == 1 and "newer than this quotegraph" in outcome.stderr
    outcome = runner.invoke(main, ["search", "--db", str(tmp_path / "no" / "such.db")])
    assert outcome.exit_code == 1 and "does not exist" in outcome.stderr


def test_an_interrupted_ingest_names_its_work_folder_and_exits_130(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stopped_by_ctrl_c(*args: object, **kwargs: object) -> None:
        interrupt = KeyboardInterrupt()
        interrupt.add_note("resume with --work-dir /somewhere/parts")
        raise interrupt

    monkeypatch.setattr("quotegraph.batch.ingest.ingest", stopped_by_ctrl_c)
    source = tmp_path / "more.jsonl"
    source.write_text('{"id": "b", "text": "Bob said so."}\n')
    outcome = CliRunner().invoke(main, ["ingest", str(source), "--db", str(corpus), "--quiet"])
    assert outcome.exit_code == 130
    assert "resume with --work-dir /somewhere/parts" in outcome.stderr


ALIASES = "name\taliases\twikidata\nKanye West\tYe\tQ15935\n"


def said(article_id: str, speaker: str, words: str) -> ArticleResult:
    text = f"{speaker} said that {words}."
    content = excerpt_of(text, [(text.index("that"), len(text) - 1)])
    entity = Entity(id="E1", name=speaker, type="PERSON", mentions=(Mention(TextSpan(0, len(speaker)), speaker),))
    at = text.index(" said") + 1
    attribution = Attribution(
        id="A1",
        kind="indirect",
        content=content,
        cue=Cue(spans=(TextSpan(at, at + 4),), text="said"),
        source=excerpt_of(text, [(0, len(speaker))]),
        speaker=SpeakerRef(entity="E1", name=speaker, type="PERSON"),
        confidence=0.9,
    )
    return ArticleResult(
        id=article_id, text=text, entities=(entity,), attributions=(attribution,), published="2016-05-01"
    )


@pytest.fixture
def results(tmp_path: Path) -> Path:
    path = tmp_path / "results.jsonl"
    path.write_bytes(
        b"".join(
            encode_result(r) + b"\n"
            for r in (said("k1", "Kanye West", "it was done"), said("k2", "Ye", "he would run"))
        )
    )
    return path


def run(*arguments: str) -> Result:
    return CliRunner().invoke(main, list(arguments))


def speakers(db: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in run("speakers", "--db", str(db), "--format", "jsonl").stdout.splitlines()]


def test_an_alias_file_applies_to_a_whole_corpus(tmp_path: Path, results: Path) -> None:
    db = tmp_path / "corpus.db"
    outcome = run("ingest", str(results), "--db", str(db), "--quiet")
    assert outcome.exit_code == 0 and "speakers: 2 names in 2 people" in outcome.stderr
    assert len(speakers(db)) == 2
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text(ALIASES, encoding="utf-8")
    outcome = run("aliases", str(aliases), "--db", str(db))
    assert outcome.exit_code == 0, outcome.output
    assert "1 alias entries; speakers: 2 names in 1 people" in outcome.stderr
    [person] = speakers(db)
    assert (person["name"], set(person["names"]), person["wikidata"], person["statements"]) == (
        "Kanye West",
        {"Kanye West", "Ye"},
        "Q15935",
        2,
    )
    table = CliRunner().invoke(main, ["speakers", "--db", str(db), "--format", "table"], env={"COLUMNS": "200"})
    # the row's cells, not substrings of the whole table: "Ye" alone would pass on "Yeezy" in any column
    rows = [[cell.strip() for cell in line.strip("│").split("│")] for line in table.stdout.splitlines()]
    assert [row[1:3] for row in rows if len(row) > 2 and row[0] == str(person["id"])] == [["Kanye West (Q15935)", "Ye"]]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name\tnickname\nKanye West\tYe\n", "line 1: unknown column 'nickname'"),
        ("name\taliases\nKanye West\tYe\nYe\tYeezy\n", "line 3: 'Ye' is already a name of 'Kanye West' (line 2)"),
        ("name\twikidata\nKanye West\tQ1\nYe\tQ1\n", "line 3: Q1 is already 'Kanye West''s (line 2)"),
    ],
)
def test_a_bad_alias_file_exits_1_and_changes_nothing(tmp_path: Path, results: Path, text: str, message: str) -> None:
    db = tmp_path / "corpus.db"
    good = tmp_path / "good.tsv"
    good.write_text(ALIASES, encoding="utf-8")
    assert run("ingest", str(results), "--db", str(db), "--aliases", str(good), "--quiet").exit_code == 0
    bad = tmp_path / "bad.tsv"
    bad.write_text(text, encoding="utf-8")
    for arguments in (
        ("aliases", str(bad), "--db", str(db)),
        ("ingest", str(results), "--db", str(db), "--aliases", str(bad)),
    ):
        outcome = run(*arguments)
        assert outcome.exit_code == 1 and message in outcome.stderr and "nothing applied" in outcome.stderr
    store = open_store(db)
    try:
        assert [e.name for e in store.speaker_aliases()] == ["Kanye West"]
        assert len(store.speakers()) == 1
    finally:
        store.close()


def test_a_bad_alias_file_stores_no_article(tmp_path: Path, results: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("nom\nYe\n", encoding="utf-8")
    db = tmp_path / "corpus.db"
    assert run("ingest", str(results), "--db", str(db), "--aliases", str(bad)).exit_code == 1
    store = open_store(db)
    try:
        assert store.stats().articles == 0
    finally:
        store.close()


def test_the_alias_file_may_come_from_the_setting(
    tmp_path: Path, results: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text(ALIASES, encoding="utf-8")
    monkeypatch.setenv("QUOTEGRAPH_ALIASES", str(aliases))
    db = tmp_path / "corpus.db"
    assert run("ingest", str(results), "--db", str(db), "--quiet").exit_code == 0
    assert [p["name"] for p in speakers(db)] == ["Kanye West"]

"""``quotegraph aliases`` and ``ingest --aliases``: an alias file merges, splits and labels the
corpus's speakers; a bad one changes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from quotegraph.cli import main
from quotegraph.model import ArticleResult, Attribution, Cue, Entity, Mention, SpeakerRef, TextSpan, excerpt_of
from quotegraph.model.codec import encode_result
from quotegraph.store import open_store

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

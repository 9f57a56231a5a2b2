"""``quotegraph bench serve`` serves a corpus in another process, searches it and reports the figures
(no figure is asserted: only that the run works and counts what it did)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from quotegraph.cli import main
from quotegraph.model import ArticleResult, Attribution, Cue, Entity, Mention, SpeakerRef, TextSpan, excerpt_of
from quotegraph.server.loadtest import _percentile
from quotegraph.store import open_store

PEOPLE = ["Maria Lopez", "John Smith", "Ann Lee"]


def _result(number: int) -> ArticleResult:
    name = PEOPLE[number % len(PEOPLE)]
    text = f'"Farmers fear tariffs on grain number {number}," {name} said.'
    content = excerpt_of(text, [(1, text.index(","))])
    start = text.index(name)
    mention = Mention(TextSpan(start, start + len(name)), name)
    said = text.index("said")
    attribution = Attribution(
        id="A1",
        kind="direct",
        content=content,
        cue=Cue(spans=(TextSpan(said, said + 4),), text="said", head="said", lemma="say"),
        source=excerpt_of(text, [(start, start + len(name))]),
        speaker=SpeakerRef(entity="E1", name=name, type="PERSON"),
    )
    return ArticleResult(
        id=f"a{number}",
        entities=(Entity(id="E1", name=name, type="PERSON", mentions=(mention,)),),
        attributions=(attribution,),
        text=text,
        published=f"2025-0{1 + number % 3}-{10 + number % 15}",
        meta={"outlet": ["nyt", "cnn"][number % 2]},
    )


def test_bench_serve_reports_requests_latency_and_errors(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    store = open_store(db)
    store.add(_result(n) for n in range(60))
    store.close()
    result = CliRunner().invoke(main, ["bench", "serve", "--db", str(db), "--clients", "3", "--seconds", "2", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["attributions"] == 60 and report["clients"] == 3
    assert report["requests"] > 0 and report["errors"] == 0, report["error_samples"]
    assert set(report["by_kind"]) <= {"text", "speaker", "dates", "combined", "pages"}
    assert sum(k["requests"] for k in report["by_kind"].values()) == report["requests"]
    assert 0 < report["p50_ms"] <= report["p95_ms"] <= report["p99_ms"]
    assert 0 <= report["cached"] < report["requests"]  # the first answer to each search is computed
    assert 0 < report["computed_p50_ms"] <= report["computed_p95_ms"]
    assert report["warm"] is False and len(report["load_average"]) == 2


def test_bench_serve_warm_asks_every_search_before_the_run(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    store = open_store(db)
    store.add(_result(n) for n in range(60))
    store.close()
    args = ["bench", "serve", "--db", str(db), "--clients", "3", "--seconds", "2", "--warm", "--json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["warm"] is True and report["errors"] == 0 and report["requests"] > 0
    assert report["cached"] == report["requests"]  # every search and followed page was answered once before


def test_bench_serve_fails_cleanly_without_a_corpus(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["bench", "serve", "--db", str(tmp_path / "no" / "c.db"), "--seconds", "1"])
    assert result.exit_code == 1 and "error:" in result.output


def test_percentiles_are_nearest_rank_in_milliseconds() -> None:
    samples = [n / 1000 for n in range(1, 101)]  # 1 ms to 100 ms
    assert (_percentile(samples, 50), _percentile(samples, 95), _percentile(samples, 99)) == (50.0, 95.0, 99.0)
    assert _percentile([], 95) == 0.0

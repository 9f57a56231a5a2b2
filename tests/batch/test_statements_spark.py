"""The Spark statements job finds the statements a local ingest finds, on the same input (local mode,
127.0.0.1 only)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quotegraph.batch.spark import RESULTS_DIR, spark_session
from quotegraph.batch.statements_spark import run_statements_spark
from quotegraph.graph.statements import update_statements
from quotegraph.io.parquet import results_to_table
from quotegraph.model import ArticleResult
from quotegraph.store import open_store

from ..store.quoted import WALL, article, corpus, spoken

# one Spark session at a time on two cores: every Spark test in one test process
pytestmark = [pytest.mark.spark, pytest.mark.slow, pytest.mark.xdist_group("spark")]


def _results() -> list[ArticleResult]:
    extra = [
        article("e1", [WALL + " And they will be happy to do it, believe me, folks."], published="2016-01-20"),
        article("e2", ["And they will be happy to do it, believe me, folks, every one of them."], outlet="ap"),
        article("e3", ["A quote nobody else repeats anywhere at all today."], outlet="ap"),
    ]
    return corpus() + extra + spoken()


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    with spark_session("local[2]", cores=2, app_name="quotegraph-statements-test") as session:
        yield session


def test_spark_statements_equal_the_local_ones(spark: Any, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    results = _results()
    articles = tmp_path / "spark-out" / RESULTS_DIR
    articles.mkdir(parents=True)
    for number, result in enumerate(results):  # a part a result: more partitions than one
        pq.write_table(results_to_table([result]).drop(["published"]), articles / f"part-{number}.parquet")
    summary = run_statements_spark(spark, tmp_path / "spark-out", tmp_path / "statements")
    rows = pq.read_table(tmp_path / "statements").to_pylist()
    spark_groups: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for row in rows:
        spark_groups[row["statement"]].add((row["article"], row["attribution"]))

    store = open_store(tmp_path / "local.db")
    try:
        store.add(results)
        update_statements(store)
        local = {frozenset((o.article.id, o.attribution) for o in s.occurrences) for s in store.statements()}
    finally:
        store.close()
    assert {frozenset(g) for g in spark_groups.values()} == local
    assert summary.statements == len(local) and summary.quotes == sum(len(g) for g in local)
    assert any(len(g) >= 4 for g in local)  # the bridge (e1) joins the wall quotes with e2's

"""The Spark job in local mode on a JSONL and a WARC made here: same outcome as the local batch run."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import msgspec
import pytest

pytest.importorskip("pyspark")
pytest.importorskip("warcio")

from quotegraph.batch import run_batch
from quotegraph.batch.spark import FAILURES_DIR, PARTITION_COLUMN, RESULTS_DIR, run_spark, spark_session
from quotegraph.model import Failure
from quotegraph.settings import Settings

# one Spark session at a time on two cores: every Spark test in one test process
pytestmark = [pytest.mark.spark, pytest.mark.slow, pytest.mark.xdist_group("spark")]

PARAGRAPHS = [
    '"We will not accept this ruling," Maria Lopez, the mayor of Springfield, said on Tuesday.',
    "According to a statement from the city council, the budget will be cut by ten percent next year.",
    "Lopez told reporters that the decision had been made without consulting residents.",
    '"It is a sad day for the city," she added, before leaving the building.',
]


def _article_text(n: int) -> str:
    return "\n\n".join(PARAGRAPHS[n % len(PARAGRAPHS) :] + PARAGRAPHS[: n % len(PARAGRAPHS)])


def _write_jsonl(path: Path) -> None:
    lines = [
        json.dumps({"id": f"j{n}", "text": _article_text(n), "published": f"2025-02-0{n % 3 + 1}"}) for n in range(6)
    ]
    lines.append(json.dumps({"id": "undated", "text": _article_text(1), "source": "wire"}))
    lines.append(json.dumps({"id": "blank", "text": "   ", "published": "2025-02-01"}))
    lines.append("{this line is not JSON")
    lines.append(json.dumps({"id": "no-text", "body": "the text field is missing"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _html(n: int) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in _article_text(n).split("\n\n"))
    page = (
        f"<html><head><title>City news {n}</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Mayor rejects ruling {n}</h1>{paragraphs}</article><footer>© News</footer></body></html>"
    )
    return page.encode("utf-8")


def _write_warc(path: Path, warc_response: Callable[..., None]) -> None:
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        bodies = [(f"https://news.example/{n}", "text/html; charset=utf-8", _html(n)) for n in range(3)]
        bodies.insert(1, ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)))
        for url, content_type, body in bodies:
            warc_response(writer, url, body, content_type, date="2025-02-03T10:00:00Z")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, warc_response: Callable[..., None]) -> list[Path]:
    root = tmp_path_factory.mktemp("spark-inputs")
    _write_jsonl(root / "articles.jsonl")
    _write_warc(root / "crawl.warc.gz", warc_response)
    return [root / "articles.jsonl", root / "crawl.warc.gz"]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    with spark_session("local[2]", cores=2) as session:
        yield session


@pytest.fixture(scope="module")
def spark_out(spark: Any, inputs: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("spark-out")
    summary = run_spark(spark, [str(p) for p in inputs], out, partitions=4)  # more tasks than cores
    assert summary.files == 2
    return out


def _rows(source: Path | list[str], partitioning: Any = None) -> list[dict[str, Any]]:
    """The rows of the Parquet files under a directory, or of the files listed."""
    import pyarrow.dataset as ds

    rows: list[dict[str, Any]] = ds.dataset(source, format="parquet", partitioning=partitioning).to_table().to_pylist()
    return rows


def _spark_results(out: Path) -> dict[str, dict[str, Any]]:
    import pyarrow as pa
    import pyarrow.dataset as ds

    dates = ds.partitioning(pa.schema([(PARTITION_COLUMN, pa.date32())]), flavor="hive")
    rows = _rows(out / RESULTS_DIR, dates)
    by_id = {r["id"]: r for r in rows}
    assert len(by_id) == len(rows), "an article was written twice"
    return by_id


def _local_batch(inputs: list[Path], out: Path) -> tuple[dict[str, dict[str, Any]], set[Failure]]:
    run_batch([str(p) for p in inputs], out, Settings(workers=1), output_format="parquet")
    results = {r["id"]: r for r in _rows([str(p) for p in sorted((out / "parts").glob("part-*.parquet"))])}
    lines = b"".join(p.read_bytes() for p in sorted((out / "parts").glob("failures-*.jsonl"))).splitlines()
    return results, {msgspec.json.decode(line, type=Failure) for line in lines}


def test_spark_finds_what_the_local_batch_run_finds(
    spark_out: Path, inputs: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    expected_results, expected_failures = _local_batch(inputs, tmp_path_factory.mktemp("local-out"))
    results = _spark_results(spark_out)
    failures = {msgspec.convert(r, Failure) for r in _rows(spark_out / FAILURES_DIR)}
    assert results == expected_results
    assert failures == expected_failures
    assert {"j0", "undated"} <= results.keys() and any(i.startswith("https://") for i in results)
    assert len(failures) >= 3  # blank text, a line that is not JSON, a line without text


def test_results_are_partitioned_by_published_date(spark_out: Path) -> None:
    results = _spark_results(spark_out)
    assert results["undated"][PARTITION_COLUMN] is None
    assert results["j1"][PARTITION_COLUMN] == dt.date(2025, 2, 2)
    dates = {p.name for p in (spark_out / RESULTS_DIR).iterdir() if p.is_dir()}
    assert {f"{PARTITION_COLUMN}=2025-02-0{d}" for d in (1, 2, 3)} <= dates
    assert f"{PARTITION_COLUMN}=__HIVE_DEFAULT_PARTITION__" in dates


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        target = os.readlink(fd) if fd.is_symlink() else ""
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    return inodes


def _address(hex_address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    host = bytes.fromhex(hex_address.split(":")[0])
    # /proc prints each 32-bit word of the address in host (little-endian) order
    host = b"".join(host[i : i + 4][::-1] for i in range(0, len(host), 4))
    address = ipaddress.ip_address(host)
    mapped = getattr(address, "ipv4_mapped", None)
    return mapped or address


def test_spark_uses_only_the_loopback_interface(spark: Any, spark_out: Path) -> None:
    pid = spark._jvm.java.lang.ProcessHandle.current().pid()
    inodes = _socket_inodes(pid)
    seen = []
    for table in ("tcp", "tcp6", "udp", "udp6"):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[9] in inodes:
                seen.append((table, _address(fields[1]), _address(fields[2])))
    assert seen, "the JVM has no sockets: the check would prove nothing"
    for table, local, remote in seen:
        assert local.is_loopback, f"{table} socket bound to {local}"
        assert remote.is_loopback or remote.is_unspecified, f"{table} socket connected to {remote}"

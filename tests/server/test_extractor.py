"""The server's extractor: work off the event loop, one at a time, a bounded queue; and the real
pipeline behind the API (slow)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import anyio
import pytest
from fastapi.testclient import TestClient
from spacy.language import Language

from quotegraph.errors import InputError, TooLargeError
from quotegraph.model import ArticleResult, Failure
from quotegraph.server import ArticleSource, PipelineExtractor, create_app
from quotegraph.server.errors import Busy
from quotegraph.server.extractor import SerialWorker, to_article
from quotegraph.settings import Settings
from quotegraph.store import Store

SEED = Path(__file__).resolve().parents[2] / "examples" / "seed-article.txt"
HANG = 30.0  # seconds after which a call that should have returned is taken to hang


def test_work_runs_off_the_event_loop_one_piece_at_a_time() -> None:
    """Each piece of work waits until the event loop has turned while it runs: it can only finish
    if the loop is free, whatever the machine's speed (no timing is measured)."""
    worker = SerialWorker(max_waiting=8)
    running, most = 0, 0
    lock = threading.Lock()
    loop_turned = threading.Event()
    waits: list[bool] = []

    def work() -> int:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        waits.append(loop_turned.wait(timeout=10))
        loop_turned.clear()
        with lock:
            running -= 1
        return threading.get_ident()

    async def main() -> list[int]:
        loop_thread = threading.get_ident()
        idents: list[int] = []

        async def one() -> None:
            idents.append(await worker.run(work))

        async with anyio.create_task_group() as group:
            for _ in range(4):
                group.start_soon(one)
            while len(idents) < 4:  # the loop keeps turning while the work runs
                if running:
                    loop_turned.set()
                await anyio.sleep(0.001)
        assert loop_thread not in idents
        return idents

    anyio.run(main)
    assert most == 1
    assert waits == [True] * 4


def test_past_the_waiting_bound_work_is_refused() -> None:
    worker = SerialWorker(max_waiting=1)
    release = threading.Event()
    refused: list[Exception] = []

    async def main() -> None:
        async def one() -> None:
            try:
                await worker.run(release.wait)
            except Busy as exc:
                refused.append(exc)

        async with anyio.create_task_group() as group:
            for _ in range(3):  # one runs, one waits, the third is refused
                group.start_soon(one)
                await anyio.sleep(0.02)
            release.set()

    anyio.run(main)
    assert len(refused) == 1


def test_an_article_is_text_or_html_within_the_limit() -> None:
    settings = Settings(max_extract_chars=100)
    article = to_article(ArticleSource(text="Some text.", url="https://ex.com/a", meta={"outlet": "ex"}), settings)
    assert (article.id, article.meta) == ("https://ex.com/a", {"outlet": "ex"})
    with pytest.raises(InputError):
        to_article(ArticleSource(text="a", html="<p>a</p>"), settings)
    with pytest.raises(InputError):
        to_article(ArticleSource(), settings)
    with pytest.raises(TooLargeError):
        to_article(ArticleSource(text="x" * 101), settings)
    with pytest.raises(TooLargeError):
        to_article(ArticleSource(html=f"<html><body><article><p>{'word ' * 40}</p></article></body></html>"), settings)


@pytest.mark.slow
def test_the_real_pipeline_behind_the_api(nlp: Language, tmp_path: Path, store: Store) -> None:
    settings = Settings(db=str(tmp_path / "unused.db"), api_token="t")
    app = create_app(settings, store, PipelineExtractor(settings, pipeline=nlp))
    text = SEED.read_text(encoding="utf-8")
    with TestClient(app) as client:
        result = client.post("/api/extract", json={"text": text, "published": "2025-02-01"}).json()
        assert {"Karla Sofía Gascón", "Jacques Audiard"} <= {
            a["speaker"]["name"] for a in result["attributions"] if a["speaker"]
        }
        body = {
            "articles": [{"id": "seed", "text": text, "published": "2025-02-01", "outlet": "sample"}, {"text": " "}]
        }
        report = client.post("/api/articles", json=body, headers={"Authorization": "Bearer t"}).json()
        assert report["ingested"] == [{"id": "seed", "attributions": len(result["attributions"])}]
        assert report["failures"][0]["error"] == "InputError"
        hits = client.get("/api/attributions", params={"speaker": "Gascón", "outlet": "sample"}).json()["items"]
        assert hits and all(h["article"]["id"] == "seed" for h in hits)


class BlockingExtractor(PipelineExtractor):
    """The server's extractor, with an extraction that waits for ``release`` instead of spaCy."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.started = threading.Event()
        self.release = threading.Event()

    def _extract_one(self, source: ArticleSource) -> Any:
        self.started.set()
        self.release.wait()
        raise InputError("released")


def test_reads_are_answered_while_an_extraction_runs(tmp_path: Path, store: Store) -> None:
    settings = Settings(db=str(tmp_path / "unused.db"))
    extractor = BlockingExtractor(settings)
    answers: dict[str, int] = {}
    with TestClient(create_app(settings, store, extractor)) as client:

        def extract() -> None:
            answers["extract"] = client.post("/api/extract", json={"text": "Some text."}).status_code

        def read() -> None:
            answers["stats"] = client.get("/api/stats").status_code

        extracting = threading.Thread(target=extract)
        extracting.start()
        try:
            assert extractor.started.wait(HANG)
            reading = threading.Thread(target=read)
            reading.start()
            reading.join(HANG)  # returns long before: the event loop is free while the extraction waits
            assert answers == {"stats": 200} and extracting.is_alive()
        finally:
            extractor.release.set()
            extracting.join(HANG)
    assert answers == {"stats": 200, "extract": 400}


@pytest.mark.slow
def test_every_failure_of_a_request_is_named_by_its_place_in_it(nlp: Language) -> None:
    """A blank or binary text passes the request's own checks and fails in the extraction, whose
    failure named the article's id as its source ("n2") where the others say "articles[N]"."""
    extractor = PipelineExtractor(Settings(), pipeline=nlp)
    sources = [
        ArticleSource(id="ok", text="Ann Lee said the plan works."),
        ArticleSource(id="blank", text="   "),
        ArticleSource(id="both", text="a", html="<p>a</p>"),
        ArticleSource(id="nul", text="a\x00b"),
    ]
    outcomes = anyio.run(extractor.extract_articles, sources)
    failures = [(o.id, o.source) for o in outcomes if isinstance(o, Failure)]
    assert failures == [("blank", "articles[1]"), ("both", "articles[2]"), ("nul", "articles[3]")]
    assert isinstance(outcomes[0], ArticleResult) and outcomes[0].id == "ok"

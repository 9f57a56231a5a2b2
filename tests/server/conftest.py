"""An application over a small SQLite corpus with an in-process fake extractor: the API's tests
never need the spaCy pipeline (one slow test runs the real one)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from quotegraph.errors import InputError, QuotegraphError
from quotegraph.graph.statements import update_statements
from quotegraph.model import ArticleResult, Attribution, Cue, Entity, Failure, Mention, SpeakerRef, TextSpan, excerpt_of
from quotegraph.server import ArticleSource, create_app
from quotegraph.server.extractor import check_length, to_article
from quotegraph.settings import Settings
from quotegraph.store import Store, open_store

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

# "...," Name Name said   (the fake's only rule)
_STATEMENT = re.compile(r"\"([^\"]+),\" ([A-Z]\w+(?: [A-Z]\w+)*) (said|told)")


def fake_result(article_id: str, text: str, published: str | None = None, **fields: Any) -> ArticleResult:
    """What the pipeline might give: one direct attribution per `"...," Name said` in ``text``; ``fields``
    are other fields of the ``ArticleResult``."""
    if not text.strip():
        raise InputError(f"article {article_id!r} has no text")
    entities: dict[str, Entity] = {}
    attributions = []
    for number, match in enumerate(_STATEMENT.finditer(text), 1):
        name = match.group(2)
        if name not in entities:
            mentions = tuple(Mention(TextSpan(m.start(), m.end()), name) for m in re.finditer(re.escape(name), text))
            entities[name] = Entity(id=f"E{len(entities) + 1}", name=name, type="PERSON", mentions=mentions)
        cue = excerpt_of(text, [match.span(3)])
        assert cue is not None
        attributions.append(
            Attribution(
                id=f"A{number}",
                kind="direct",
                content=excerpt_of(text, [match.span(1)]),
                cue=Cue(spans=cue.spans, text=cue.text, head=cue.text, lemma="say"),
                source=excerpt_of(text, [match.span(2)]),
                speaker=SpeakerRef(entity=entities[name].id, name=name, type="PERSON"),
                confidence=0.9,
            )
        )
    return ArticleResult(
        id=article_id,
        entities=tuple(entities.values()),
        attributions=tuple(attributions),
        text=text,
        published=published,
        model_version="fake",
        **fields,
    )


class FakeExtractor:
    """The server's ``ArticleExtractor`` with the fake rule in place of the pipeline (HTML is still
    read by trafilatura, through the server's own ``to_article``)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.calls = 0

    async def extract(
        self, *, text: str | None = None, html: str | None = None, published: str | None = None
    ) -> ArticleResult:
        self.calls += 1
        if text is not None:
            check_length(text, self.settings)
        article = to_article(ArticleSource(text=text, html=html, published=published), self.settings)
        return fake_result(article.id, article.text, article.published)

    async def extract_articles(self, sources: Sequence[ArticleSource]) -> list[ArticleResult | Failure]:
        self.calls += 1
        outcomes: list[ArticleResult | Failure] = []
        for position, source in enumerate(sources):
            try:
                a = to_article(source, self.settings)
                outcomes.append(fake_result(a.id, a.text, a.published, url=a.url, title=a.title, meta=a.meta))
            except QuotegraphError as exc:
                outcomes.append(Failure(id=source.id or str(position), source=f"articles[{position}]", reason=str(exc)))
        return outcomes


ARTICLES = [
    ("nyt-1", '"We will cut the budget," Maria Lopez said on Monday. "Taxes stay," Maria Lopez told reporters.',
     "2025-01-10", "nyt"),
    ("cnn-1", '"The plan is reckless," John Smith said. "Lopez is wrong about the budget," John Smith said.',
     "2025-02-03", "cnn"),
    ("nyt-2", '"Tariffs worry farmers," Ann Lee said.', "2025-03-01", "nyt"),
    ("xss-1", '"<script>alert(1)</script> <img src=x onerror=alert(2)>," Evil Doer said.', "2025-03-02", "web"),
]  # fmt: skip


def corpus() -> list[ArticleResult]:
    return [fake_result(i, text, day, meta={"outlet": outlet}) for i, text, day, outlet in ARTICLES]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """schemathesis gives every operation's test the node id of its function, and pytest-xdist (``make test``
    runs two processes) schedules by node id: all operations but one would go untested. Each gets its label."""
    for item in items:
        label = getattr(item, "operation_label", None)
        if label is not None and item.parent is not None and not item.nodeid.endswith("]"):
            item._id = item.parent.id.child(item.name)  # what pytest gives any other test: its name, label included


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=str(tmp_path / "corpus.db"), api_token=TOKEN, max_body_bytes=20_000, max_extract_chars=5_000)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    opened = open_store(settings.db)
    opened.add(corpus())
    update_statements(opened)
    yield opened
    opened.close()


@pytest.fixture
def extractor(settings: Settings) -> FakeExtractor:
    return FakeExtractor(settings)


@pytest.fixture
def client(settings: Settings, store: Store, extractor: FakeExtractor) -> Iterator[TestClient]:
    with TestClient(create_app(settings, store, extractor), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def auth() -> dict[str, str]:
    """The headers of a client that has the server's token."""
    return dict(AUTH)


@pytest.fixture
def client_for(store: Store) -> Callable[..., TestClient]:
    """A client of an application with other settings (``Settings`` fields), over ``store`` unless given."""

    def make(db: str = "unused.db", given_store: Store | None = None, **fields: Any) -> TestClient:
        settings = Settings(db=db, **fields)
        app = create_app(settings, given_store or store, FakeExtractor(settings))
        return TestClient(app, raise_server_exceptions=False)

    return make

"""Every store test runs against each backend: SQLite in a temporary file, and PostgreSQL in a
fresh schema of the server named by QUOTEGRAPH_TEST_POSTGRES (started by .ci/run; on CI a missing
server is an error, elsewhere its tests are skipped)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Required, TypedDict
from urllib.parse import urlencode

import pytest

from quotegraph.store import Store, open_store
from quotegraph.store.sql import SqlStore

POSTGRES_URL = os.environ.get("QUOTEGRAPH_TEST_POSTGRES")
BACKENDS = ["sqlite", "postgresql"]
EXTENSION_LOCK = 7_210_001  # any key of the test server's advisory locks that nothing else uses


def postgres_url_or_skip() -> str:
    if POSTGRES_URL:
        return POSTGRES_URL
    if os.environ.get("CI"):
        pytest.fail("QUOTEGRAPH_TEST_POSTGRES is not set: .ci/run starts PostgreSQL and sets it")
    pytest.skip("no PostgreSQL server (set QUOTEGRAPH_TEST_POSTGRES=postgresql://...)")


@pytest.fixture
def postgres_schema_url() -> Iterator[str]:
    """A URL whose connections work in a new, empty schema, dropped afterwards."""
    import psycopg

    base = postgres_url_or_skip()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as connection:
        with connection.transaction():
            # two test processes creating it at once would both insert it: one waits for the other
            connection.execute("SELECT pg_advisory_xact_lock(%s)", (EXTENSION_LOCK,))
            # in public, so that dropping a test's schema never drops the extension other schemas use
            connection.execute("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public")
        connection.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in base else "?"
    yield base + separator + urlencode({"options": f"-csearch_path={schema}"})
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "corpus.db")
    url: str = request.getfixturevalue("postgres_schema_url")
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.close()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store_url" in metafunc.fixturenames:
        metafunc.parametrize("store_url", BACKENDS, indirect=True)


# -- a small corpus built by hand: the store never needs the NLP pipeline ------------------------

from quotegraph.model import (  # noqa: E402
    ArticleResult,
    Attribution,
    Cue,
    Entity,
    Mention,
    Occasion,
    SpeakerRef,
    TextSpan,
    excerpt_of,
)
from quotegraph.model.attribution import AttributionKind, AttributionType  # noqa: E402


class Said(TypedDict, total=False):
    """One attribution for ``build``: its parts as phrases of the article's text."""

    content: Required[str]
    cue: Required[str]
    lemma: str
    source: str
    speaker: str  # a name among the article's people
    kind: AttributionKind
    type: AttributionType
    channel: str
    addressee: str


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def build(
    article_id: str,
    text: str,
    statements: list[Said],
    *,
    published: str | None = None,
    outlet: str | None = None,
    people: tuple[str, ...] = (),
) -> ArticleResult:
    """A result whose entities are ``people`` (each mentioned where its name occurs in the text) and
    whose attributions are ``statements``: dicts of content, cue, source, speaker (a name in people)
    and optionally kind, type, channel, addressee, all given as phrases of the text."""
    entities = []
    for number, name in enumerate(people, 1):
        mentions = []
        at = text.find(name)
        while at != -1:
            mentions.append(Mention(TextSpan(at, at + len(name)), name))
            at = text.find(name, at + 1)
        entities.append(Entity(id=f"E{number}", name=name, type="PERSON", mentions=tuple(mentions)))
    by_name = {e.name: e for e in entities}
    attributions = []
    for number, s in enumerate(statements, 1):
        speaker = by_name.get(s.get("speaker", ""))
        cue = excerpt_of(text, [_span(text, s["cue"])])
        assert cue is not None
        attributions.append(
            Attribution(
                id=f"A{number}",
                kind=s.get("kind", "indirect"),
                content=excerpt_of(text, [_span(text, s["content"])]),
                cue=Cue(spans=cue.spans, text=cue.text, head=cue.text.split()[-1], lemma=s.get("lemma")),
                source=excerpt_of(text, [_span(text, s["source"])]) if "source" in s else None,
                type=s.get("type", "statement"),
                speaker=None if speaker is None else SpeakerRef(entity=speaker.id, name=speaker.name, type="PERSON"),
                channel=Occasion(spans=(TextSpan(*_span(text, s["channel"])),), text=s["channel"])
                if "channel" in s
                else None,
                addressee=Occasion(spans=(TextSpan(*_span(text, s["addressee"])),), text=s["addressee"])
                if "addressee" in s
                else None,
                confidence=0.9,
            )
        )
    return ArticleResult(
        id=article_id,
        entities=tuple(entities),
        attributions=tuple(attributions),
        text=text,
        published=published,
        meta={"publisher": outlet} if outlet else {},
    )


AUDIARD, GASCON = "Jacques Audiard", "Karla Sofía Gascón"


def small_corpus() -> list[ArticleResult]:
    t1 = f"{AUDIARD} said that he had broken up his relationship with {GASCON} after the campaign."
    t2 = f"{AUDIARD} told Deadline that he had not spoken to {GASCON}, and did not want to."
    t3 = f"In an interview, {GASCON} said she sincerely apologized to everyone hurt along the way."
    t4 = "A poll found that most voters support the trade plan, though tariffs worry them."
    t5 = f"{AUDIARD} said the film was a beautiful ode to love and difference."
    return [
        build(
            "nyt-1",
            t1,
            [
                Said(
                    content=t1[t1.index("that") : t1.index(" after")],
                    cue="said",
                    source=AUDIARD,
                    speaker=AUDIARD,
                    lemma="say",
                )
            ],
            published="2025-01-10",
            outlet="nyt",
            people=(AUDIARD, GASCON),
        ),
        build(
            "deadline-1",
            t2,
            [
                Said(
                    content=t2[t2.index("that") : -1],
                    cue="told",
                    source=AUDIARD,
                    speaker=AUDIARD,
                    addressee="Deadline",
                    lemma="tell",
                )
            ],
            published="2025-02-03",
            outlet="deadline",
            people=(AUDIARD, GASCON),
        ),
        build(
            "cnn-1",
            t3,
            [
                Said(
                    content=t3[t3.index("she sincerely") : -1],
                    cue="said",
                    source=GASCON,
                    speaker=GASCON,
                    channel="an interview",
                    lemma="say",
                )
            ],
            published="2025-02-05",
            outlet="cnn",
            people=(GASCON,),
        ),
        build(
            "poll-1",
            t4,
            [
                Said(
                    content=t4[t4.index("most") : t4.index(",")],
                    cue="found",
                    source="A poll",
                    type="finding",
                    lemma="find",
                )
            ],
            published="2025-03-01T08:00:00",
            outlet="nyt",
        ),
        build(
            "undated-1",
            t5,
            [
                Said(
                    content=t5[t5.index("the film") : -1],
                    cue="said",
                    source=AUDIARD,
                    speaker=AUDIARD,
                    kind="indirect",
                    lemma="say",
                )
            ],
            people=(AUDIARD,),
        ),
    ]


@pytest.fixture
def corpus_results() -> list[ArticleResult]:
    return small_corpus()


def sql_store(store: Store) -> SqlStore:
    """The SQL backend behind ``store``, for the tests that read its tables, tune its bands or set
    its schema by hand: the ``Store`` protocol (all that code above the store sees) offers none of that."""
    assert isinstance(store, SqlStore), type(store)
    return store


def back_to_schema(store: Store, version: int, *undo: str) -> None:
    """The corpus as an older quotegraph left it, for the tests of migrations: schema 7's integer
    article keys undone, then ``undo``, in one transaction, and the schema version set to ``version``."""
    sql = sql_store(store)
    with sql._transaction() as cur:
        for statement in (*article_keys_undone(sql.dialect), *undo):
            cur.execute(statement)
        cur.execute(f"UPDATE meta SET value = '{version}' WHERE key = 'schema_version'")


def article_keys_undone(dialect: str) -> list[str]:
    """Statements that take a corpus back from schema 7's integer article keys to text ids, for the
    tests of older schemas: each row names its article by id again, and ``articles.key`` is gone
    (SQLite keeps the key column, renamed, in tables that migration 7 rebuilds anyway)."""
    statements = []
    for table in ("attributions", "entities", "attribution_about", "quotes"):
        statements += [
            f"ALTER TABLE {table} ADD COLUMN article_id TEXT",
            f"UPDATE {table} SET article_id = (SELECT id FROM articles WHERE key = {table}.article_key)",
            f"ALTER TABLE {table} RENAME COLUMN article_key TO was_keyed"
            if dialect == "sqlite"
            else f"ALTER TABLE {table} DROP COLUMN article_key",
        ]
    return [*statements, "DROP INDEX articles_key", "ALTER TABLE articles DROP COLUMN key"]

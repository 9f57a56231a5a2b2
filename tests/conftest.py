"""Shared fixtures: one loaded pipeline per session, a fake finder, and a checker for every output."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import msgspec
import pytest
from spacy.language import Language
from spacy.tokens import Doc

import quotegraph.nlp
from quotegraph.model import (
    ArticleResult,
    Attribution,
    Cue,
    Entity,
    Mention,
    Occasion,
    SpeakerRef,
    TextSpan,
    TimeRef,
    excerpt_of,
)
from quotegraph.model.attribution import AttributionType
from quotegraph.model.codec import load_schema
from quotegraph.model.span import FRAGMENT_SEPARATOR
from quotegraph.nlp import factories
from quotegraph.nlp.candidates import Candidate

_QUOTE = re.compile(r"[“\"]([^”\"\n]+)[”\"]")
_CUE = re.compile(r"(\w+) (said|told|wrote|believes)\b")


def fake_find(doc: Doc) -> list[Candidate]:
    """Stands in for the finder: each quoted stretch, with the "X said" of its paragraph if any."""
    candidates = []
    text = doc.text  # spaCy rebuilds doc.text on each access
    for match in _QUOTE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        cue = _CUE.search(text, line_start, line_end if line_end != -1 else len(text))
        candidates.append(
            Candidate(
                content=[match.span(1)],
                cue=[cue.span(2)] if cue else [],
                source=[cue.span(1)] if cue else [],
                kind="direct",
            )
        )
    return candidates


def _headless_cue(text: str, spans: Iterable[tuple[int, int]]) -> Cue | None:
    """The cue at ``spans`` with no head word, as the resolver gives one it found no head in."""
    excerpt = excerpt_of(text, spans)
    return None if excerpt is None else Cue(spans=excerpt.spans, text=excerpt.text)


def fake_resolve(doc: Doc, candidates: list[Candidate]) -> tuple[list[Entity], list[Attribution]]:
    """Stands in for the resolver where no parse exists: spans only, no speakers."""
    text = doc.text
    attributions = [
        Attribution(
            id=f"A{i + 1}",
            kind=c.kind,
            content=excerpt_of(text, c.content),
            cue=_headless_cue(text, c.cue),
            source=excerpt_of(text, c.source),
        )
        for i, c in enumerate(candidates)
    ]
    return [], attributions


@pytest.fixture(scope="session")
def nlp() -> Language:
    return quotegraph.nlp.load_pipeline()


@pytest.fixture
def fake_finder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(factories, "find_candidates", fake_find)


@pytest.fixture
def fake_resolver(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(factories, "resolve", fake_resolve)


@pytest.fixture
def cached_pipeline(monkeypatch: pytest.MonkeyPatch, nlp: Language) -> Iterator[Language]:
    """Commands that load the pipeline get the session's, so each test does not pay for spacy.load."""
    monkeypatch.setattr(quotegraph.nlp, "load_pipeline", lambda settings=None: nlp)
    yield nlp


def _check_excerpt(text: str, excerpt: dict[str, Any] | None) -> None:
    if excerpt is None:
        return
    pieces = [text[start:end] for start, end in excerpt["spans"]]
    assert excerpt["spans"] == sorted(excerpt["spans"])
    assert FRAGMENT_SEPARATOR.join(pieces) == excerpt["text"]


def check_row(row: dict[str, Any], text: str | None = None) -> None:
    """Valid against the shipped JSON Schema, and every span's text is what the offsets point at."""
    jsonschema.validate(row, load_schema())
    text = row["text"] if text is None else text
    for attribution in row["attributions"]:
        for role in ("content", "cue", "source", "channel", "addressee", "time"):
            _check_excerpt(text, attribution[role])
    for entity in row["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["span"][0] : mention["span"][1]] == mention["text"]


def write_warc_response(
    writer: Any, url: str, body: bytes, content_type: str, date: str = "2025-03-04T05:06:07Z", http: bool = True
) -> None:
    """One response record: an HTTP 200 with ``content_type``, or with ``http=False`` a bare payload (dns:)."""
    from warcio.statusandheaders import StatusAndHeaders  # the warc extra: only tests that use it need it

    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1") if http else None
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": date},
        warc_content_type=None if http else content_type,
    )
    writer.write_record(record)


@pytest.fixture(scope="session")
def warc_response() -> Callable[..., None]:
    return write_warc_response


@pytest.fixture
def output_checker() -> Callable[..., None]:
    return check_row


def skip_without_corpus(path: Path, missing: str) -> None:
    """Skips the test when ``path`` (PolNeAR or another file of ../shared) is not there, and fails it instead under
    ``REQUIRE_CORPUS=1``: ``.ci/run`` sets it beside ../shared, where a missing file is a broken checkout, not a
    laptop without the corpus (as the Makefile's accuracy gate does)."""
    if path.is_file():
        return
    if os.environ.get("REQUIRE_CORPUS") == "1":
        pytest.fail(f"{missing}, and REQUIRE_CORPUS=1 (.ci/run) makes a missing corpus an error: {path}")
    pytest.skip(f"{missing}: {path}")


@pytest.fixture(scope="session")
def corpus_or_skip() -> Callable[[Path, str], None]:
    """``skip_without_corpus``, for a test to call with the file it reads and what is missing without it."""
    return skip_without_corpus


FULL_TEXT = 'On Friday, "We will win," the senator told reporters in a statement, "and soon."'


def _occasion(start: int, end: int, carried: bool) -> Occasion:
    return Occasion(spans=(TextSpan(start, end),), text=FULL_TEXT[start:end], carried=carried)


def full_result() -> ArticleResult:
    """A result in which every field of every model type holds a value other than its default, so a
    storage form that drops a field fails its round trip (``unset_fields`` checks the fixture itself)."""
    content = excerpt_of(FULL_TEXT, [(12, 23), (70, 78)])
    speaker = Entity(id="E1", name="the senator", type="PERSON", mentions=(Mention(TextSpan(26, 37), "the senator"),))
    attribution = Attribution(
        id="A1",
        kind="direct",
        content=content,
        cue=Cue(spans=(TextSpan(38, 42),), text="told", head="told", lemma="tell"),
        source=excerpt_of(FULL_TEXT, [(26, 37)]),
        type="thought",
        speaker=SpeakerRef(entity="E1", name="the senator", type="PERSON"),
        channel=_occasion(54, 65, True),
        addressee=_occasion(43, 51, True),
        time=TimeRef(spans=(TextSpan(0, 9),), text="On Friday", date="2025-01-31", carried=True),
        confidence=0.75,
    )
    return ArticleResult(
        id="a1",
        entities=(speaker,),
        attributions=(attribution,),
        text=FULL_TEXT,
        published="2025-02-01",
        title="A title",
        url="https://example.com/a1",
        meta={"publisher": "example", "n": [1, 2]},
        schema_version="1.1",
        model_version="quotegraph test",
    )


def unset_fields(value: object, path: str = "") -> list[str]:
    """The paths of fields left empty or at their default anywhere inside ``value`` (but the schema
    version, whose default is the current one)."""
    found: list[str] = []
    if isinstance(value, msgspec.Struct):
        for field in msgspec.structs.fields(value):
            item = getattr(value, field.name)
            # a default made by a factory (``meta: dict = {}``) is compared with what the factory makes
            default = field.default if field.default_factory is msgspec.NODEFAULT else field.default_factory()
            has_default = field.default is not msgspec.NODEFAULT or field.default_factory is not msgspec.NODEFAULT
            if field.name != "schema_version" and (item is None or (has_default and item == default)):
                found.append(f"{path}.{field.name}")
            found.extend(unset_fields(item, f"{path}.{field.name}"))
    elif isinstance(value, tuple | list):
        if not value:
            found.append(path)
        for item in value:
            found.extend(unset_fields(item, path))
    return found


@pytest.fixture
def populated_result() -> ArticleResult:
    result = full_result()
    assert unset_fields(result) == [], "the fixture must fill every field"
    return result


# -- a corpus for the analytics, built by hand: who is quoted, where, when, by pronoun -------------

TRUMP, HILLARY, BILL, RUIZ, GREENPEACE = "Donald Trump", "Hillary Clinton", "Bill Clinton", "Ana Ruiz", "Greenpeace"
# article id, outlet, published, its attributions as (speaker, type: "statement" or "thought")
ANALYTICS_ARTICLES: list[tuple[str, str | None, str | None, list[tuple[str, AttributionType]]]] = [
    ("nyt-1", "nyt", "2016-01-01", [(TRUMP, "statement"), (TRUMP, "statement"), (HILLARY, "statement")]),
    (
        "nyt-2",
        "nyt",
        "2016-02-10",
        [(HILLARY, "statement"), (HILLARY, "statement"), (RUIZ, "statement"), (GREENPEACE, "statement")],
    ),
    (
        "wp-1",
        "wash-post",
        "2016-01-20",
        [(TRUMP, "statement"), (TRUMP, "statement"), (TRUMP, "statement"), (BILL, "statement")],
    ),
    ("wp-2", "wash-post", "2016-03-01", [(HILLARY, "thought"), (RUIZ, "statement")]),
    ("blog-1", None, "2016-02-15", [(TRUMP, "statement")]),
    ("undated-1", "usa-today", None, [(HILLARY, "statement")]),
]
# what each article's own pronouns say of a speaker (the speaker identity work stores them; NULL: not read)
ANALYTICS_PRONOUNS: dict[tuple[str, str], str | None] = {
    ("nyt-1", TRUMP): "he",
    ("nyt-1", HILLARY): "she",
    ("nyt-2", HILLARY): "",
    ("nyt-2", RUIZ): "they",
    ("nyt-2", GREENPEACE): "they",
    ("wp-1", TRUMP): "he",
    ("wp-1", BILL): None,
    ("wp-2", RUIZ): "she",
    ("wp-2", HILLARY): "she",
    ("blog-1", TRUMP): "he",
    ("undated-1", HILLARY): "she",
}


def analytics_article(
    article_id: str, outlet: str | None, published: str | None, said: list[tuple[str, AttributionType]]
) -> ArticleResult:
    """One sentence an attribution: "NAME said that issue N matters." (or "believes" for a thought)."""
    sentences: list[str] = []
    spans: list[tuple[int, int, int, int]] = []  # the name's start and end, the cue's end, the sentence's end
    for number, (name, kind) in enumerate(said, 1):
        cue = "believes" if kind == "thought" else "said"
        start = sum(len(s) + 1 for s in sentences)
        sentences.append(f"{name} {cue} that issue {number} matters.")
        spans.append((start, start + len(name), start + len(name) + 1 + len(cue), len(sentences[-1]) - 1))
    text = " ".join(sentences)
    names = list(dict.fromkeys(name for name, _ in said))
    entities = [
        Entity(
            id=f"E{n}",
            name=name,
            type="ORG" if name == GREENPEACE else "PERSON",
            mentions=tuple(Mention(TextSpan(m.start(), m.end()), name) for m in re.finditer(re.escape(name), text)),
        )
        for n, name in enumerate(names, 1)
    ]
    attributions = []
    for number, ((name, kind), (start, name_end, cue_end, end)) in enumerate(zip(said, spans, strict=True), 1):
        entity = entities[names.index(name)]
        attributions.append(
            Attribution(
                id=f"A{number}",
                kind="indirect",
                content=excerpt_of(text, [(cue_end + 1, start + end)]),
                cue=Cue(spans=(TextSpan(name_end + 1, cue_end),), text=text[name_end + 1 : cue_end], head="said"),
                source=excerpt_of(text, [(start, name_end)]),
                type=kind,
                speaker=SpeakerRef(entity=entity.id, name=name, type=entity.type),
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


@pytest.fixture
def analytics_corpus() -> list[ArticleResult]:
    return [analytics_article(*article) for article in ANALYTICS_ARTICLES]


def _store_pronouns(store: Any) -> None:
    """Fills ``entities.pronoun`` by hand with ``ANALYTICS_PRONOUNS``."""
    cursor = store._cursor()
    for (article, name), pronoun in ANALYTICS_PRONOUNS.items():
        cursor.execute(
            store._sql(
                "UPDATE entities SET pronoun = ? "
                "WHERE article_key = (SELECT key FROM articles WHERE id = ?) AND name = ?"
            ),
            (pronoun, article, name),
        )


@pytest.fixture
def store_pronouns() -> Callable[[Any], None]:
    return _store_pronouns


@pytest.fixture
def analytics_store(tmp_path: Any, analytics_corpus: list[ArticleResult]) -> Iterator[Any]:
    """An SQLite corpus of ``analytics_corpus`` (the store's own tests run it on both backends)."""
    from quotegraph.store import open_store

    store = open_store(tmp_path / "analytics.db")
    store.add(analytics_corpus)
    yield store
    store.close()

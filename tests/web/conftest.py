"""The web pages over a small corpus built by hand, with a fake extractor: no NLP pipeline here
(the browser tests add a real one)."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.testclient import TestClient

from quotegraph.errors import InputError, TooLargeError
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
from quotegraph.model.attribution import AttributionKind
from quotegraph.settings import Settings, load_settings
from quotegraph.store import Store, open_store
from quotegraph.web import STATIC_DIR, web_router
from quotegraph.web.extractor import Extractor

AUDIARD, GASCON, RUIZ = "Jacques Audiard", "Karla Sofía Gascón", "Ana Ruiz"
SCRIPT = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
POLLS = 24  # statements of Ana Ruiz, one a fortnight: more than one page of hits, a timeline of months


def spans_of(text: str, *phrases: str) -> list[tuple[int, int]]:
    found = []
    for phrase in phrases:
        start = text.index(phrase)
        found.append((start, start + len(phrase)))
    return found


def person(text: str, number: int, name: str, *others: str) -> Entity:
    """An entity mentioned wherever its name or one of ``others`` occurs."""
    mentions = [
        Mention(TextSpan(m.start(), m.end()), m.group())
        for form in (name, *others)
        for m in re.finditer(re.escape(form), text)
    ]
    return Entity(id=f"E{number}", name=name, type="PERSON", mentions=tuple(sorted(mentions, key=lambda m: m.span)))


def statement(
    text: str,
    number: int,
    speaker: Entity | None,
    *,
    content: list[str],
    cue: str,
    source: str | None = None,
    kind: AttributionKind = "indirect",
    **occasions: str,
) -> Attribution:
    """An attribution whose parts are phrases of ``text`` (each the first occurrence)."""
    cue_excerpt = excerpt_of(text, spans_of(text, cue))
    assert cue_excerpt is not None
    channel, addressee, time = occasions.get("channel"), occasions.get("addressee"), occasions.get("time")
    return Attribution(
        id=f"A{number}",
        kind=kind,
        content=excerpt_of(text, spans_of(text, *content)),
        cue=Cue(spans=cue_excerpt.spans, text=cue, head=cue.split()[-1], lemma=cue.split()[-1]),
        source=excerpt_of(text, spans_of(text, source)) if source else None,
        speaker=SpeakerRef(entity=speaker.id, name=speaker.name, type=speaker.type) if speaker else None,
        channel=Occasion(spans=(TextSpan(*spans_of(text, channel)[0]),), text=channel) if channel else None,
        addressee=Occasion(spans=(TextSpan(*spans_of(text, addressee)[0]),), text=addressee) if addressee else None,
        time=TimeRef(spans=(TextSpan(*spans_of(text, time)[0]),), text=time, date=occasions.get("date"))
        if time
        else None,
        confidence=0.87,
    )


def interview_article() -> ArticleResult:
    """Audiard on Gascón, and Gascón's two-part quote around its cue, with a source inside
    another attribution's content."""
    text = (
        f"{AUDIARD} told Deadline on Monday that he had not spoken to {GASCON}.\n\n"
        f"“I apologize,” {GASCON} wrote on Instagram, “to everyone hurt along the way.”"
    )
    audiard = person(text, 1, AUDIARD, "he")
    gascon = person(text, 2, GASCON, "I")
    attributions = (
        statement(
            text,
            1,
            audiard,
            content=[f"that he had not spoken to {GASCON}"],
            cue="told",
            source=AUDIARD,
            addressee="Deadline",
            time="on Monday",
            date="2025-02-03",
        ),
        statement(
            text,
            2,
            gascon,
            content=["I apologize", "to everyone hurt along the way."],
            cue="wrote",
            source=f"{GASCON} wrote",
            kind="direct",
            channel="Instagram",
        ),
    )
    return ArticleResult(
        id="deadline-1",
        entities=(audiard, gascon),
        attributions=attributions,
        text=text,
        published="2025-02-05",
        title="Audiard breaks with Gascón",
        url="https://deadline.example/audiard",
        meta={"outlet": "deadline"},
    )


def hostile_article() -> ArticleResult:
    """Markup in the text, the speaker's name, the title, the outlet and a javascript: URL."""
    name = "<b>Mallory</b> O'Hara"
    text = f'{name} said "{SCRIPT}" and left.'
    mallory = person(text, 1, name)
    attribution = statement(text, 1, mallory, content=[SCRIPT], cue="said", source=name, kind="direct")
    return ArticleResult(
        id="evil/<1>",
        entities=(mallory,),
        attributions=(attribution,),
        text=text,
        published="2025-03-01",
        title=f"Title {SCRIPT}",
        url="javascript:window.pwned=3",
        meta={"outlet": "<i>evil</i> news"},
    )


def poll_articles() -> list[ArticleResult]:
    """Ana Ruiz commenting on a poll every fortnight from January 2024, about Gascón once."""
    results = []
    for n in range(POLLS):
        day = f"2024-{1 + n // 2:02d}-{1 + 14 * (n % 2):02d}"
        about = f" unlike {GASCON}" if n == 0 else ""
        text = f"{RUIZ} said the trade plan number {n} was popular{about}, according to the poll."
        ruiz = person(text, 1, RUIZ)
        entities = (ruiz, person(text, 2, GASCON)) if about else (ruiz,)
        attribution = statement(
            text, 1, ruiz, content=[f"the trade plan number {n} was popular{about}"], cue="said", source=RUIZ
        )
        results.append(
            ArticleResult(
                id=f"poll-{n}",
                entities=entities,
                attributions=(attribution,),
                text=text,
                published=day,
                meta={"outlet": "reuters"},
            )
        )
    return results


def web_corpus() -> list[ArticleResult]:
    return [interview_article(), hostile_article(), *poll_articles()]


class FakeExtractor:
    """Finds “quote,” NAME said|wrote: enough to see the page show what an extractor gives, and
    refuses what the real one refuses (empty, NUL bytes, too long)."""

    PATTERN = re.compile(r"[“\"]([^”\"]+)[”\"],? ((?:[A-Z][\w'<>/]*\s?)+?) (said|wrote)")

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.calls: list[dict[str, str | None]] = []

    async def extract(
        self, *, text: str | None = None, html: str | None = None, published: str | None = None
    ) -> ArticleResult:
        self.calls.append({"text": text, "html": html, "published": published})
        body = text if text is not None else re.sub(r"<[^>]+>", "", html or "")
        if not body.strip():
            raise InputError("the text is empty")
        if "\x00" in body:
            raise InputError("the text is binary (NUL bytes)")
        if len(body) > self.settings.max_extract_chars:
            raise TooLargeError(f"the text is longer than max_extract_chars={self.settings.max_extract_chars}")
        entities: list[Entity] = []
        attributions: list[Attribution] = []
        for number, match in enumerate(self.PATTERN.finditer(body), 1):
            speaker = person(body, number, match.group(2).strip())
            entities.append(speaker)
            attributions.append(
                statement(
                    body,
                    number,
                    speaker,
                    content=[match.group(1)],
                    cue=match.group(3),
                    source=match.group(2).strip(),
                    kind="direct",
                )
            )
        return ArticleResult(
            id="pasted", entities=tuple(entities), attributions=tuple(attributions), text=body, published=published
        )


def make_app(store: Store, extractor: Extractor, settings: Settings, version: Callable[[], Hashable] = int) -> FastAPI:
    """The web pages as the server mounts them, ``/analytics`` with the server's analyst (whose kept
    reports last while ``version()`` gives the same value)."""
    from quotegraph.server.analytics import GraphAnalyst

    app = FastAPI()
    app.include_router(web_router(store, extractor, settings, analyst=GraphAnalyst(store, version)))
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


@pytest.fixture
def settings() -> Settings:
    return load_settings({"max_extract_chars": 2_000, "max_body_bytes": 20_000}, env={})


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "corpus.db")
    opened.add(web_corpus())
    yield opened
    opened.close()


@pytest.fixture
def extractor(settings: Settings) -> FakeExtractor:
    return FakeExtractor(settings)


@pytest.fixture
def client(store: Store, extractor: FakeExtractor, settings: Settings) -> TestClient:
    return TestClient(make_app(store, extractor, settings))


PARK = "Lena Park"
BRIDGES = [  # one statement of Lena Park as four outlets printed it, a changed word and a changed phrase
    ("bridges-1", "2025-03-03", "reuters", "We will rebuild every bridge in this state within two years"),
    ("bridges-2", "2025-03-04", "nypost", "We will rebuild every bridge in this state within two years"),
    ("bridges-3", "2025-03-06", "deadline", "We will repair every bridge in this state within two years"),
    ("bridges-4", "2025-03-10", "cnn", "We will rebuild every bridge in the state within two years <b>now</b>"),
]


def bridge_articles() -> list[ArticleResult]:
    """Articles quoting Lena Park's one statement (direct quotes, which statements group)."""
    results = []
    for article_id, day, outlet, words in BRIDGES:
        text = f"“{words},” {PARK} said at the state house."
        park = person(text, 1, PARK)
        said = statement(text, 1, park, content=[words], cue="said", source=PARK, kind="direct")
        results.append(
            ArticleResult(
                id=article_id,
                entities=(park,),
                attributions=(said,),
                text=text,
                published=day,
                title="Park promises new bridges",
                meta={"outlet": outlet},
            )
        )
    return results

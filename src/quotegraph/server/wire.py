"""What the HTTP API reads and writes: request and response bodies as msgspec types.

Responses are the model's corpus values (``model.corpus``) in the shapes the API promises; their
JSON Schemas in the OpenAPI spec are generated from these types (``schema_components``), as the
result's JSON Schema is from the model, so the spec cannot drift from what the server sends.
"""

from __future__ import annotations

from typing import Annotated, Any, TypeVar

import msgspec

from quotegraph.model import ArticleResult, Attribution, Failure, TextSpan
from quotegraph.model.analytics import Analytics, GenderBreakdown, PairComparison, QuotedMost
from quotegraph.model.corpus import (
    ArticleRef,
    CorpusStats,
    Hit,
    OutletSummary,
    SpeakerDetail,
    SpeakerSummary,
    StoredArticle,
)
from quotegraph.model.statements import StatementRecord

__all__ = [
    "MAX_ARTICLES_PER_REQUEST",
    "ArticleInput",
    "ArticlePage",
    "ArticlesRequest",
    "ErrorBody",
    "ErrorDetail",
    "ExtractRequest",
    "FoundAttribution",
    "IngestResponse",
    "IngestedArticle",
    "OutletList",
    "SpeakerPage",
    "StatementPage",
    "StoredArticleView",
    "encode",
    "found",
    "ref",
    "schema_components",
    "stored_view",
]

MAX_ARTICLES_PER_REQUEST = 50  # each is extracted before the answer: about 0.2 s an article on one core

# the publication day, as `quotegraph extract --published` takes it
DAY_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
Day = Annotated[str, msgspec.Meta(pattern=DAY_PATTERN, extra_json_schema={"format": "date"})]
# An article's day in a batch: the shape is the request's to get right (a 400), but a day the
# calendar lacks is one article's bad data, a failure beside the others as an empty text is; so the
# spec does not claim `format: date` for it, which would make the whole request invalid.
ArticleDay = Annotated[
    str,
    msgspec.Meta(
        pattern=DAY_PATTERN,
        description="YYYY-MM-DD; a day the calendar lacks (2025-02-30) makes this article a failure",
    ),
]


class FoundAttribution(Attribution, frozen=True, kw_only=True):
    """A search hit: the attribution as in the result schema, with its article, ``matches`` (the
    pieces of ``content.text`` the search words matched, offsets into that text) and ``speaker_id``,
    the corpus speaker of a named speaker (``/api/speakers/{id}``)."""

    article: ArticleRef
    matches: tuple[TextSpan, ...] = ()
    speaker_id: int | None = None


class ArticlePage(msgspec.Struct, frozen=True):
    """One page of hits; pass ``next`` back as ``cursor`` for the following page (null on the last)."""

    items: tuple[FoundAttribution, ...]
    next: str | None = None


class SpeakerPage(msgspec.Struct, frozen=True):
    """Speakers, the most quoted first; ``next_offset`` is the ``offset`` of the following page."""

    items: tuple[SpeakerSummary, ...]
    next_offset: int | None = None


class StatementPage(msgspec.Struct, frozen=True):
    """Statements, the most quoted first; pass ``next`` back as ``cursor`` for the following page."""

    items: tuple[StatementRecord, ...]
    next: str | None = None


class OutletList(msgspec.Struct, frozen=True):
    items: tuple[OutletSummary, ...]


class StoredArticleView(ArticleResult, frozen=True, kw_only=True):
    """A stored article: the result as in the result schema, with its outlet and when it was stored."""

    outlet: str | None = None
    ingested_at: str


class ExtractRequest(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One article as ``text`` or as ``html`` (exactly one); ``published`` (an ISO date) resolves
    relative times such as "on Friday"."""

    text: str | msgspec.UnsetType = msgspec.UNSET
    html: str | msgspec.UnsetType = msgspec.UNSET
    published: Day | msgspec.UnsetType = msgspec.UNSET


class ArticleInput(msgspec.Struct, frozen=True):
    """An article to extract and store. ``id`` as in the CLI: given, else the URL, else a hash of
    the text; ``outlet`` names the publication; other fields are kept in ``meta``."""

    id: str | msgspec.UnsetType = msgspec.UNSET
    text: str | msgspec.UnsetType = msgspec.UNSET
    html: str | msgspec.UnsetType = msgspec.UNSET
    url: str | msgspec.UnsetType = msgspec.UNSET
    published: ArticleDay | msgspec.UnsetType = msgspec.UNSET
    title: str | msgspec.UnsetType = msgspec.UNSET
    outlet: str | msgspec.UnsetType = msgspec.UNSET
    meta: dict[str, Any] | msgspec.UnsetType = msgspec.UNSET


class ArticlesRequest(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    articles: Annotated[list[ArticleInput], msgspec.Meta(min_length=1, max_length=MAX_ARTICLES_PER_REQUEST)]


class IngestedArticle(msgspec.Struct, frozen=True):
    id: str
    attributions: int


class IngestResponse(msgspec.Struct, frozen=True):
    """The articles stored (``added`` new, ``replaced`` with a changed result, ``unchanged``) and
    the articles that could not be extracted, each with its reason."""

    ingested: tuple[IngestedArticle, ...]
    failures: tuple[Failure, ...]
    added: int
    replaced: int
    unchanged: int


class ErrorDetail(msgspec.Struct, frozen=True):
    code: str
    message: str


class ErrorBody(msgspec.Struct, frozen=True):
    """Every 4xx and 5xx answer: a stable ``code`` for programs and a ``message`` for people."""

    error: ErrorDetail


# Every response type by the name the spec gives it (the schema of its component)
RESPONSE_TYPES: tuple[type[Any], ...] = (
    ArticlePage,
    SpeakerPage,
    SpeakerDetail,
    OutletList,
    OutletSummary,
    StoredArticleView,
    CorpusStats,
    ArticleResult,
    IngestResponse,
    ErrorBody,
    Analytics,
    QuotedMost,
    PairComparison,
    GenderBreakdown,
    StatementPage,
    StatementRecord,
)
REQUEST_TYPES: tuple[type[Any], ...] = (ExtractRequest, ArticlesRequest)

REF_TEMPLATE = "#/components/schemas/{name}"

W = TypeVar("W", bound=msgspec.Struct)

_encoder = msgspec.json.Encoder()


def encode(value: Any) -> bytes:
    return _encoder.encode(value)


def _widened(cls: type[W], value: msgspec.Struct, **added: Any) -> W:
    """``value`` as ``cls``, a subclass of its type that adds the fields ``added``."""
    return cls(**msgspec.structs.asdict(value), **added)


def found(hit: Hit) -> FoundAttribution:
    return _widened(
        FoundAttribution, hit.attribution, article=hit.article, matches=hit.matches, speaker_id=hit.speaker_id
    )


def stored_view(stored: StoredArticle) -> StoredArticleView:
    return _widened(StoredArticleView, stored.result, outlet=stored.article.outlet, ingested_at=stored.ingested_at)


# what a type's annotations cannot say: an article comes as text or as HTML, not both
_CONSTRAINTS = {"ExtractRequest": {"oneOf": [{"required": ["text"]}, {"required": ["html"]}]}}


def schema_components() -> dict[str, Any]:
    """The JSON Schema of every request and response type, as OpenAPI components."""
    _, components = msgspec.json.schema_components((*RESPONSE_TYPES, *REQUEST_TYPES), ref_template=REF_TEMPLATE)
    # through JSON, so that tuples become lists as in a parsed spec
    loaded: dict[str, Any] = msgspec.json.decode(msgspec.json.encode(components))
    for name, constraint in _CONSTRAINTS.items():
        loaded[name].update(constraint)
    return loaded


def ref(cls: type[Any]) -> dict[str, str]:
    return {"$ref": REF_TEMPLATE.format(name=cls.__name__)}

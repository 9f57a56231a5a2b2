"""Plain data: the types every layer speaks. Imports nothing but the standard library and msgspec."""

from quotegraph.model.article import HTML_SUFFIXES, SCHEMA_VERSION, Article, ArticleResult, Failure
from quotegraph.model.attribution import (
    KINDS,
    TYPES,
    Attribution,
    AttributionKind,
    AttributionType,
    Cue,
    Occasion,
    TimeRef,
)
from quotegraph.model.entity import ENTITY_TYPES, Entity, EntityType, Mention, SpeakerRef
from quotegraph.model.span import Excerpt, TextSpan, excerpt_of

__all__ = [
    "ENTITY_TYPES",
    "HTML_SUFFIXES",
    "KINDS",
    "SCHEMA_VERSION",
    "TYPES",
    "Article",
    "ArticleResult",
    "Attribution",
    "AttributionKind",
    "AttributionType",
    "Cue",
    "Entity",
    "EntityType",
    "Excerpt",
    "Failure",
    "Mention",
    "Occasion",
    "SpeakerRef",
    "TextSpan",
    "TimeRef",
    "excerpt_of",
]

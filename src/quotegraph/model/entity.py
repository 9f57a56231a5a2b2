"""Canonical entities (speakers, outlets, addressees) and their mentions."""

from __future__ import annotations

from typing import Literal

import msgspec

from quotegraph.model.span import TextSpan

__all__ = ["ENTITY_TYPES", "Entity", "EntityType", "Mention", "SpeakerRef"]

EntityType = Literal["PERSON", "ORG", "OUTLET", "GPE", "OTHER"]
ENTITY_TYPES: tuple[EntityType, ...] = ("PERSON", "ORG", "OUTLET", "GPE", "OTHER")


class Mention(msgspec.Struct, frozen=True, gc=False):
    """One place the article refers to an entity: a name, a pronoun or a description."""

    span: TextSpan
    text: str


class Entity(msgspec.Struct, frozen=True, gc=False):
    """One real-world referent; ``name`` is the longest proper name the article uses for it."""

    id: str
    name: str
    type: EntityType
    mentions: tuple[Mention, ...] = ()


class SpeakerRef(msgspec.Struct, frozen=True, gc=False):
    """The entity an attribution is credited to, repeated by value so a row reads on its own."""

    entity: str
    name: str
    type: EntityType

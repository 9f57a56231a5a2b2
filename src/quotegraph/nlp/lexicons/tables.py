"""The typed word tables (role nouns, honorifics, outlets, type cues ...) loaded once from this package's data.

The resolver reads most of them and the finder a few (role nouns, media), so they live below both stages.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal

from quotegraph.errors import PipelineError
from quotegraph.model import TYPES, AttributionType
from quotegraph.nlp.lexicons import lexicon_file

__all__ = [
    "CueClass",
    "Gender",
    "Lexicons",
    "RoleNoun",
    "SourceWordClass",
    "TypeCue",
    "WorkNounKind",
    "fold",
    "lexicons",
]

Gender = Literal["m", "f", "unknown"]
RoleKind = Literal["person", "anonymous", "org", "outlet"]
WorkNounKind = Literal["work", "maker", "part"]
# a cue gives one of the attribution types, or leaves the type to its source (evidential) or to its clause (raising)
CueClass = Literal[AttributionType, "evidential", "raising"]
SourceWordClass = Literal["evidence", "share", "document", "public"]
_CUE_CLASSES: tuple[CueClass, ...] = (*TYPES, "evidential", "raising")
_SOURCE_CLASSES: tuple[SourceWordClass, ...] = ("evidence", "share", "document", "public")


@dataclass(frozen=True)
class RoleNoun:
    gender: Gender
    kind: RoleKind
    # a noun for a person by the party or nation they belong to ("republican", "german"), which opens bodies' names
    affiliation: bool = False

    @property
    def of_person(self) -> bool:
        """A noun for a person, named ("sheriff", "widow") or unnamed ("official", "agent")."""
        return self.kind in ("person", "anonymous")


@dataclass(frozen=True)
class TypeCue:
    """A cue word's class, and the type it gives when the source is a person or group (``evidential``)."""

    cls: CueClass
    with_agent: AttributionType = "statement"


@dataclass(frozen=True)
class Lexicons:
    forenames: dict[str, Gender]
    short_forenames: dict[str, str]  # folded: "ken": "kenneth"
    stopped_forenames: dict[str, str]  # as written, without the stop: "Ma": "maria" (the forename folded)
    stopped_forename_places: frozenset[str]  # those also a place's abbreviation: "Md"
    honorifics: dict[str, tuple[Gender, str | None]]
    role_nouns: dict[str, RoleNoun]
    outlets: frozenset[str]
    outlet_words: frozenset[str]
    platforms: frozenset[str]
    platforms_after_on: frozenset[str]
    media: frozenset[str]  # every common noun naming a channel, scenes included
    media_not_after_on: frozenset[str]
    media_not_subject: frozenset[str]
    media_only_in: frozenset[str]
    media_of_words: frozenset[str]
    scenes: frozenset[str]
    scenes_only_on: frozenset[str]
    medium_verbs: frozenset[str]
    work_nouns: dict[str, WorkNounKind]
    type_cues: dict[str, TypeCue]
    type_sources: dict[str, SourceWordClass]

    def names_a_person(self, lemma: str) -> bool:
        """Whether the role noun ``lemma`` (lower case) is a noun for a person (``RoleNoun.of_person``)."""
        role = self.role_nouns.get(lemma)
        return role is not None and role.of_person


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in lexicon_file(name).splitlines() if line.strip() and not line.startswith("#")]


def _gender(code: str) -> Gender:
    return "m" if code == "m" else "f" if code == "f" else "unknown"


def _role_kind(code: str) -> RoleKind:
    if code not in ("person", "anonymous", "org", "outlet"):
        raise PipelineError(f"unknown role kind {code!r} in resolve_role_nouns.tsv")
    return code  # type: ignore[return-value]


def _role_noun(row: list[str]) -> RoleNoun:
    if len(row) > _ROLE_AFFILIATION_COLUMN and row[_ROLE_AFFILIATION_COLUMN] != "affiliation":
        raise PipelineError(f"unknown role mark {row[_ROLE_AFFILIATION_COLUMN]!r} in resolve_role_nouns.tsv")
    return RoleNoun(_gender(row[1]), _role_kind(row[2]), affiliation=len(row) > _ROLE_AFFILIATION_COLUMN)


_PLACE_COLUMN = 2  # the optional third column of resolve_stopped_forenames.tsv: "place"
_ROLE_AFFILIATION_COLUMN = 3  # the optional fourth column of resolve_role_nouns.tsv: "affiliation"


def _work_noun_kind(code: str) -> WorkNounKind:
    if code not in ("work", "maker", "part"):
        raise PipelineError(f"unknown work noun kind {code!r} in resolve_work_nouns.tsv")
    return code  # type: ignore[return-value]


def _choice(code: str, allowed: tuple[str, ...], file: str) -> str:
    if code not in allowed:
        raise PipelineError(f"unknown class {code!r} in {file}")
    return code


def _type_cue(row: list[str]) -> TypeCue:
    cls = _choice(row[1], _CUE_CLASSES, "type_cues.tsv")
    agent = _choice(row[2], TYPES, "type_cues.tsv") if len(row) > 2 else "statement"
    return TypeCue(cls, agent)  # type: ignore[arg-type]


def fold(text: str) -> str:
    """Lower case without accents, so "Gascón" and "Gascon" match: how a name's key is spelled."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# the kinds of resolve_channels.tsv whose words are common nouns naming a channel, each a medium somewhere
_MEDIUM_KINDS = frozenset(
    {"medium", "medium_not_on", "medium_not_subject", "medium_in", "medium_words", "scene", "scene_on"}
)
# the kinds of resolve_channels.tsv whose words name a scene, an event several people may speak at
_SCENE_KINDS = frozenset({"scene", "scene_on"})


@cache
def lexicons() -> Lexicons:
    channels = _rows("resolve_channels.tsv")
    return Lexicons(
        # under both spellings: the names' matching keys drop accents ("Inés" is "ines"), the text keeps them
        forenames={
            key: _gender(row[1]) for row in _rows("resolve_forenames.tsv") for key in (row[0].casefold(), fold(row[0]))
        },
        short_forenames={fold(row[0]): fold(row[1]) for row in _rows("resolve_short_forenames.tsv")},
        stopped_forenames={row[0]: fold(row[1]) for row in _rows("resolve_stopped_forenames.tsv")},
        stopped_forename_places=frozenset(
            row[0] for row in _rows("resolve_stopped_forenames.tsv") if row[_PLACE_COLUMN:] == ["place"]
        ),
        honorifics={
            row[0]: (_gender(row[1]), None if row[2] == "-" else row[2]) for row in _rows("resolve_honorifics.tsv")
        },
        role_nouns={row[0]: _role_noun(row) for row in _rows("resolve_role_nouns.tsv")},
        outlets=frozenset(row[0] for row in _rows("resolve_outlets.txt")),
        outlet_words=frozenset(row[0] for row in _rows("resolve_outlet_words.txt")),
        platforms=frozenset(row[0] for row in channels if row[1] == "platform"),
        platforms_after_on=frozenset(row[0] for row in channels if row[1] == "platform_on"),
        media=frozenset(row[0] for row in channels if row[1] in _MEDIUM_KINDS),
        media_not_after_on=frozenset(row[0] for row in channels if row[1] == "medium_not_on"),
        media_not_subject=frozenset(row[0] for row in channels if row[1] == "medium_not_subject"),
        media_only_in=frozenset(row[0] for row in channels if row[1] == "medium_in"),
        media_of_words=frozenset(row[0] for row in channels if row[1] == "medium_words"),
        scenes=frozenset(row[0] for row in channels if row[1] in _SCENE_KINDS),
        scenes_only_on=frozenset(row[0] for row in channels if row[1] == "scene_on"),
        medium_verbs=frozenset(row[0] for row in channels if row[1] == "medium_verb"),
        work_nouns={row[0]: _work_noun_kind(row[1]) for row in _rows("resolve_work_nouns.tsv")},
        type_cues={row[0]: _type_cue(row) for row in _rows("type_cues.tsv")},
        type_sources={
            row[0]: _choice(row[1], _SOURCE_CLASSES, "type_sources.tsv")  # type: ignore[misc]
            for row in _rows("type_sources.tsv")
        },
    )

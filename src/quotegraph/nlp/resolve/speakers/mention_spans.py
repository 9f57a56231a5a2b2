"""A mention: a phrase that can refer to an entity (``MentionSpan``, made by ``mention_of``), and the pronoun
words read as mentions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span

from quotegraph.model import EntityType
from quotegraph.nlp.find.parse import root_of
from quotegraph.nlp.lexicons.tables import Gender
from quotegraph.nlp.resolve.speakers.names import name_titles, without_nickname

MentionKind = Literal["name", "pronoun", "description"]


# pronoun -> (gender, plural, person-only)
PRONOUNS: dict[str, tuple[Gender, bool, bool]] = {
    **dict.fromkeys(("he", "him", "his", "himself"), ("m", False, True)),
    **dict.fromkeys(("she", "her", "hers", "herself"), ("f", False, True)),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"), ("unknown", True, False)),
    **dict.fromkeys(("it", "its", "itself"), ("unknown", False, False)),
}


RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})


@dataclass
class MentionSpan:
    """A phrase that refers to an entity; ``start``/``end``/``head`` are token indices."""

    start: int
    end: int
    head: int
    kind: MentionKind
    text: str
    start_char: int
    end_char: int
    type: EntityType = "OTHER"
    gender: Gender = "unknown"
    plural: bool = False
    role: str | None = None
    indefinite: bool = False
    specific: bool = False
    cluster: int | None = None
    # a name's title words that are no honorific: "guitarist" of "Guitarist Declan Moss", "sgt." of "Sgt. Luis
    # Carrera", "guard" and "veteran" of "veteran guard Marcus Delacroix" (``name_titles``)
    titles: tuple[str, ...] = ()


def mention_of(span: Span, kind: MentionKind, **extra: object) -> MentionSpan:
    return MentionSpan(
        start=span.start,
        end=span.end,
        head=root_of(span).i,
        kind=kind,
        text=without_nickname(span) if kind == "name" else span.text,
        start_char=span.start_char,
        end_char=span.end_char,
        titles=name_titles(span) if kind == "name" else (),
        **extra,  # type: ignore[arg-type]
    )

"""Finding the phrases that can refer to an entity: names (``name_mentions``), pronouns and descriptions
(``role_descriptions``, ``picked_out``), in the text's order."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from quotegraph.nlp.find.parse import document_words
from quotegraph.nlp.resolve.speakers.mention_spans import PRONOUNS, RELATIVE_PRONOUNS, MentionSpan, mention_of
from quotegraph.nlp.resolve.speakers.name_mentions import name_mentions
from quotegraph.nlp.resolve.speakers.picked_out import age_mentions, one_of_a_group
from quotegraph.nlp.resolve.speakers.role_descriptions import description_mentions

__all__ = ["find_mentions"]


def _pronoun_mentions(doc: Doc) -> Iterator[MentionSpan]:
    words = document_words(doc)
    for i, (lower, tag) in enumerate(zip(words.lower, words.tag, strict=True)):
        if lower in PRONOUNS and tag in ("PRP", "PRP$"):
            gender, plural, _ = PRONOUNS[lower]
            yield mention_of(doc[i : i + 1], "pronoun", gender=gender, plural=plural)
        elif (lower in RELATIVE_PRONOUNS and tag in ("WP", "WP$", "WDT")) or (
            lower == "that" and tag == "WDT"  # relative "that"; not the conjunction "said that"
        ):
            yield mention_of(doc[i : i + 1], "pronoun")


def find_mentions(doc: Doc, text: str, sources: frozenset[int] = frozenset()) -> list[MentionSpan]:
    """Every candidate mention, sorted by position (names first when two start together); ``text`` is ``doc.text``,
    read once by the caller (spaCy joins it from every token on each read); ``sources`` are the tokens of
    statements' sources, where a capitalised word the tagger missed is a name."""
    names = name_mentions(doc, text, sources)
    named = {i for m in names for i in range(m.start, m.end)}
    pronouns = [m for m in _pronoun_mentions(doc) if m.head not in named]
    descriptions = [
        *description_mentions(doc, named, sources),
        *age_mentions(doc, named, sources),
        *one_of_a_group(doc, named),
    ]
    order = {"name": 0, "description": 1, "pronoun": 2}
    return sorted(names + pronouns + descriptions, key=lambda m: (m.start, order[m.kind]))

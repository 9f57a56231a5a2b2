"""What one article's entity says about who it is, kept at ingest for grouping names across articles:
the pronouns the article uses for it, and whether its name is spelled as a description.

Both are read from the article's own words, nothing is guessed from a name: the pronouns are the
entity's mentions that the article's coreference joined to it; a description is a name with a
lower-case word in it ("Sanders supporters", "a Latino judge"), where a person's name is capitalised.
"""

from __future__ import annotations

from quotegraph.model import Entity
from quotegraph.model.identity import PronounCounts

__all__ = ["PRONOUNS", "entity_pronoun", "spelled_as_description"]

PRONOUNS: dict[str, str] = {
    **dict.fromkeys(("he", "him", "his", "himself"), "he"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "she"),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves", "themself"), "they"),
}
# as written: "he", "He", "HE" (every mention is looked up: ingest reads millions)
_PRONOUN_FORMS = {form: p for word, p in PRONOUNS.items() for form in (word, word.capitalize(), word.upper())}
# Lower-case words a person's name may hold ("Charles de Gaulle", "Bashar al-Assad").
_NAME_PARTICLES = frozenset(
    {
        "de",
        "da",
        "di",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "le",
        "la",
        "du",
        "dos",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
    }
)
_OPENING_WORDS = frozenset({"the", "a", "an"})


def entity_pronoun(entity: Entity) -> str:
    """ "he", "she" or "they" when at least ``PRONOUN_AGREEMENT`` of the entity's pronoun mentions
    say so (``PronounCounts.gender``); "" when it has none or they disagree."""
    said: dict[str, int] | None = None
    for mention in entity.mentions:
        pronoun = _PRONOUN_FORMS.get(mention.text)
        if pronoun is not None:
            said = said or {"he": 0, "she": 0, "they": 0}
            said[pronoun] += 1
    if said is None:
        return ""  # most entities: no pronoun at all
    gender = PronounCounts(said["he"], said["she"], said["they"]).gender
    return "" if gender == "unknown" else gender


def spelled_as_description(name: str) -> bool:
    """Whether a word of the name (but an opening article or a name particle) starts lower case."""
    words = name.split()
    if words and words[0].lower() in _OPENING_WORDS:
        words = words[1:]
    for word in words:
        for part in word.split("-"):
            if part[:1].isalpha() and part[:1].islower() and part not in _NAME_PARTICLES:
                return True
    return False

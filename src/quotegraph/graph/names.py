"""The parts of a person's name, read from its normalized key alone ("sen elizabeth warren").

Only the key is read, never one article's spelling of it, so a name parses the same whatever order
articles arrive in. A key is lower case without accents or punctuation (``store.keys``): "Sen.
Elizabeth Warren" is "sen elizabeth warren", "Donald Trump's" is "donald trump s".
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from quotegraph.model.identity import Gender

__all__ = ["MAX_NAME_WORDS", "ParsedName", "parse_name"]

# Titles and honorifics before a name. The gendered ones are the article's own word for the person
# ("Mrs. Clinton"), as a pronoun is; the others name a role.
GENDERED_TITLES: dict[str, Gender] = {
    "mr": "he", "sir": "he", "lord": "he", "king": "he", "prince": "he", "pope": "he", "father": "he",
    "mrs": "she", "ms": "she", "miss": "she", "dame": "she", "lady": "she", "queen": "she",
    "princess": "she", "sister": "she", "first lady": "she",
}  # fmt: skip
ROLE_TITLES = frozenset({
    "president", "vice president", "senator", "sen", "representative", "rep", "congressman",
    "congresswoman", "governor", "gov", "lieutenant governor", "lt gov", "mayor", "secretary",
    "secretary of state", "attorney general", "judge", "justice", "chief justice", "speaker",
    "chancellor", "prime minister", "minister", "ambassador", "general", "gen", "colonel", "col",
    "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant", "sgt", "admiral", "adm",
    "commissioner", "sheriff", "dr", "doctor", "professor", "prof", "reverend", "rev", "rabbi",
    "imam", "sheikh", "chairman", "chairwoman", "director", "chief",
})  # fmt: skip
_TITLES = {title: tuple(title.split()) for title in (*GENDERED_TITLES, *ROLE_TITLES)}
# by first word, longest first: "secretary of state" before "secretary"
_TITLES_FROM: dict[str, list[str]] = {}
for _title in sorted(_TITLES, key=lambda title: -len(_TITLES[title])):
    _TITLES_FROM.setdefault(_TITLES[_title][0], []).append(_title)
_TIME_MODIFIERS = frozenset({"former", "then", "ex", "late", "acting", "incoming", "outgoing"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Lower-case words that belong to a surname ("Charles de Gaulle", "Mohammed bin Salman").
# ("al" and "el" are left out: "Al Gore" is a given name.)
_PARTICLES = frozenset(
    {"de", "da", "di", "del", "della", "van", "von", "der", "den", "le", "la", "du", "dos", "bin", "ibn"}
)
# Words that are never part of a person's name: a phrase holding one is a description that came out
# capitalised ("People close to Sharpton", "Sanders supporters", "Rubio and Cruz").
_NOT_NAME_WORDS = frozenset({
    "a", "an", "the", "of", "and", "or", "to", "for", "at", "in", "on", "with", "from", "by", "about",
    "as", "but", "not", "no", "than", "that", "this", "these", "those", "his", "her", "their", "its",
    "among", "between", "against", "during", "after", "before", "under", "over", "into", "through",
    "without", "within", "like", "via", "per", "near", "since", "until", "upon", "toward", "towards",
    "our", "my", "your", "some", "many", "most", "all", "both", "other", "others", "several", "few",
    "more", "every", "each", "any", "who", "what", "which", "close", "s",
    "supporters", "aides", "advisers", "advisors", "officials", "voters", "allies", "staffers", "fans",
    "people", "campaign", "administration", "family", "foundation", "team", "camp", "spokesman",
    "spokeswoman", "spokesperson", "lawyers", "attorneys", "critics", "rivals", "opponents", "backers",
    "donors", "delegates", "members", "leaders", "workers", "supporter", "aide", "adviser", "official",
})  # fmt: skip
MAX_NAME_WORDS = 4  # a person's name rarely has more words (given, two middle, surname); more is a phrase


@dataclass(frozen=True)
class ParsedName:
    """A key taken apart. ``core`` is the name without titles, a possessive's "s" or a footnote
    number ("mr donald trump s 2" -> "donald trump"). A shaped name looks like a person's name: one
    to four words, none of them a function word or a group noun. A full name has a given name and a
    surname; a short name is one word (a surname, or a given name: which one is not known)."""

    key: str
    core: str
    titles: frozenset[str]
    gender: Gender | None  # from a gendered title ("mrs") only
    shaped: bool
    given: str | None = None
    middles: tuple[str, ...] = ()
    surname: str | None = None
    suffix: str | None = None

    @property
    def full(self) -> bool:
        return self.shaped and self.given is not None and self.surname is not None

    @property
    def short(self) -> bool:
        return self.shaped and self.given is None and self.surname is not None


@functools.lru_cache(maxsize=200_000)
def parse_name(key: str) -> ParsedName:
    words = _without_noise(key.split())
    titles, words = _titles(words)
    gender = next((GENDERED_TITLES[t] for t in sorted(titles) if t in GENDERED_TITLES), None)
    core = " ".join(words)
    suffix = words[-1] if len(words) > 1 and words[-1] in _SUFFIXES else None
    body = words[:-1] if suffix else words
    shaped = (
        0 < len(body) <= MAX_NAME_WORDS
        and all(w.isalpha() and w not in _NOT_NAME_WORDS for w in body)
        and " ".join(body) not in _TITLES  # "President" alone is a word, not a name
    )
    if not shaped:
        return ParsedName(key, core, titles, gender, shaped=False)
    start = _surname_start(body)
    surname = " ".join(body[start:])
    if start == 0:
        return ParsedName(key, core, titles, gender, shaped=True, surname=surname, suffix=suffix)
    middles = _initials(body[1:start])
    return ParsedName(key, core, titles, gender, True, given=body[0], middles=middles, surname=surname, suffix=suffix)


def _without_noise(words: list[str]) -> list[str]:
    """Without a possessive's "s" left at either end ("’s Donald Trump", "Donald Trump's") and
    without one trailing number ("Marco Rubio 3", a footnote or a count; "Guccifer 2.0" keeps its two)."""
    if len(words) > 1 and words[-1].isdigit() and not words[-2].isdigit():
        words = words[:-1]
    while words and words[-1] == "s":
        words = words[:-1]
    while words and words[0] == "s":
        words = words[1:]
    return words


def _titles(words: list[str]) -> tuple[frozenset[str], list[str]]:
    """The titles before a name ("former president", "sen", "mrs"), and the words after them; a
    title is only a title when a name follows it ("President" alone is a word)."""
    found: set[str] = set()
    while True:
        start = 1 if words and words[0] in _TIME_MODIFIERS else 0
        candidates = _TITLES_FROM.get(words[start], []) if len(words) > start else []
        title = next((t for t in candidates if _starts_with(words[start:], _TITLES[t])), None)
        if title is None or len(words) <= start + len(_TITLES[title]):
            return frozenset(found), words
        found.add(title)
        words = words[start + len(_TITLES[title]) :]


def _starts_with(words: list[str], prefix: tuple[str, ...]) -> bool:
    return tuple(words[: len(prefix)]) == prefix


def _surname_start(body: list[str]) -> int:
    """Where the surname begins: the last word, with the particles before it ("de gaulle"); the
    first word is the given name unless every word before the last is a particle."""
    start = len(body) - 1
    while start > 0 and body[start - 1] in _PARTICLES:
        start -= 1
    return start


def _initials(middles: list[str]) -> tuple[str, ...]:
    """Middle names, a two-letter one read as two initials ("george hw bush" as "george h w bush")."""
    spread: list[str] = []
    for word in middles:
        spread.extend(word if len(word) == 2 else [word])
    return tuple(spread)

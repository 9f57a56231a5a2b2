"""A person's name's edges read apart from what the tagger glued to them: a place named before the name ("Karvan Tariq
Mehmood Khan") and a title with the seat it is held for ("Sinn Féin TD for Donegal Seamus Doherty")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.lexicons.tables import fold, lexicons
from quotegraph.nlp.resolve.speakers.name_shapes import capitalised_word, name_parts, person_sized
from quotegraph.nlp.resolve.speakers.names import POST_NOMINALS

__all__ = [
    "PLACES_BY_THEIR_GENERIC_WORD",
    "PLACES_CUT_FROM_NAMES",
    "TITLES_FOR_A_SEAT_CUT",
    "named_by_a_place_word",
    "person_after_a_seat",
    "place_words",
    "title_before_a_seat",
    "without_a_place",
]

# A place's name the tagger read into the front of a person's name ("Karvan Tariq Mehmood Khan said", where the title
# between them was left out or the place set before the name as a dateline's or a caption's is) is cut from it when the
# text names the word as a place elsewhere: tagged a place on its own, after "in" or "near", or before a place noun
# ("the Karvan valley"), and a listed forename and one or two more name words follow it. Not a listed forename itself,
# and never a two-word name ("Rio Ferdinand", "Paris Hilton" when the text also names Rio or Paris: no name is left).
# Left: a three-word name opening on a place's name that is a forename no list holds ("Jordan Michael Henderson" in a
# text that names Jordan as a place) is cut.
PLACES_CUT_FROM_NAMES = True
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_BEFORE_A_PLACE = frozenset({"in", "near"})  # "in Karvan", "near Karvan": the word after names a place
# "Karvan district", "the Karvan valley": a capitalised word before one of these names a place
_PLACE_NOUNS = frozenset({"district", "valley", "province", "region", "county", "village", "town", "city", "state"})
_NAME_AFTER_A_PLACE = 2  # the fewest name parts left after the place: a forename and a surname

# A name opening on the generic word of a river, a mountain, a lake or an island in the language of the place
# ("Batang Sinamar", "Sungai Golok", "Gunung Jerai", "Kali Brantas", "Mount Merapi", "Lake Toba") is the place's, not a
# person's, whatever the tagger typed it: "The Batang Harau and Batang Sinamar rivers burst their banks" made "Batang
# Sinamar" a person and "Water from Batang Sinamar ..., he said" his words (docs/occasion-rounds.md, namedwhole,
# thirty-seventh set). Not after a title ("Ms Kali Reis": a forename then), and never a name of one word.
PLACES_BY_THEIR_GENERIC_WORD = True
# the words, capitalised as a name's first word, that say what kind of place follows: Malay and Indonesian (river,
# river again, mountain, hill, lake, lake again, island), Javanese "Kali" (river), English and Spanish
_GENERIC_PLACE_WORDS = frozenset(
    {
        "Batang",
        "Sungai",
        "Sg.",
        "Gunung",
        "Bukit",
        "Danau",
        "Tasik",
        "Pulau",
        "Kali",
        "Mount",
        "Mt",
        "Mt.",
        "Lake",
        "River",
        "Río",
        "Lago",
        "Cerro",
        "Volcán",
        # a street's generic word, Spanish, Portuguese and Malay or Indonesian: "students occupied the main campus on
        # Avenida España. ... He added" gave the rector's words to the avenue (a tuned page)
        "Avenida",
        "Calle",
        "Rua",
        "Jalan",
        "Jl.",
    }
)
_PLACE_NAME_WORDS = 2  # a generic word and the place's own name at least


def named_by_a_place_word(name: Span) -> bool:
    """Whether ``name`` is a place's by its first word (``PLACES_BY_THEIR_GENERIC_WORD``): "Batang Sinamar"."""
    if not PLACES_BY_THEIR_GENERIC_WORD or len(name) < _PLACE_NAME_WORDS or name[0].text not in _GENERIC_PLACE_WORDS:
        return False
    before = name.doc[name.start - 1] if name.start > 0 else None
    words = lexicons()
    return before is None or not (before.text in words.honorifics or before.lower_ in words.role_nouns)


# A title with the seat, office or body it is held for before a person's name ("Sinn Féin TD for Donegal Seamus
# Doherty", "Labour MP for Hallworth South Janet Pryce"): the tagger reads the title into one name ("Sinn Féin TD", no
# person's) and the seat and the person into another ("Donegal Seamus Doherty", often typed a body's). The title is no
# name; the name after "for" or "of" is the person's from its first listed forename after the seat's first word, or, in
# a name the tagger calls a person's, its last two words; a body's name with no listed forename is no person's
# ("Director of The Remembrance Project", "Minister of Foreign Affairs": train 0-59, in a first form). Only right after
# a title and its "for" or "of", so a body's own name ("Bank of Ireland") stays. Left: an unlisted forename in a name
# typed a body's ("Donegal Pearse Doherty") stays whole.
TITLES_FOR_A_SEAT_CUT = True
# the offices written before the seat or body they are held for; not any role noun, since a surname may be one ("Senator
# Mara Boxer of Ohio", "Peter T. King of New York")
_SEAT_TITLES = frozenset(
    {
        "Senator",
        "Councillor",
        "Minister",
        "Secretary",
        "Commissioner",
        "Superintendent",
        "Inspector",
        "Director",
        "Governor",
        "Representative",
        "Deputy",
        "Member",
    }
)
_SEAT_LINKS = frozenset({"for", "of"})  # "TD for Donegal", "Commissioner of Police"
_TITLE_AND_LINK = 2  # "TD for": the words before a seat
_SEAT_WORDS = 1  # the seat or body has a word at least: "TD for Seamus Rourke" names no seat
_PLAIN_NAME_WORDS = 2  # with no listed forename, a forename and a surname


def place_words(doc: Doc) -> frozenset[str]:
    """The words ``doc`` names as places on their own: a one-word place the tagger tagged, a capitalised word alone
    after "in" or "near", or before a place noun. One pass over the tokens and one over the entities."""
    if not PLACES_CUT_FROM_NAMES:
        return frozenset()
    words = {ent.text for ent in doc.ents if ent.label_ in _PLACE_LABELS and len(ent) == 1}
    for token in doc[1:-1]:
        before, after = doc[token.i - 1], doc[token.i + 1]
        # "New York": a word after another capitalised one is a longer name's, not a place named alone
        if not capitalised_word(token.text) or (capitalised_word(before.text) and before.lower_ not in _BEFORE_A_PLACE):
            continue
        if (before.lower_ in _BEFORE_A_PLACE and not capitalised_word(after.text)) or after.lower_ in _PLACE_NOUNS:
            words.add(token.text)
    return frozenset(words)


def without_a_place(name: Span, places: frozenset[str]) -> Span:
    """``name``, a person's, without the place glued before it (``PLACES_CUT_FROM_NAMES``)."""
    if len(name) <= _NAME_AFTER_A_PLACE or name[0].text not in places:
        return name
    forenames = lexicons().forenames
    rest = name[1:]
    if fold(name[0].text) in forenames or fold(rest[0].text) not in forenames:
        return name
    if len(name_parts(rest)) < _NAME_AFTER_A_PLACE or not person_sized(rest) or not _plain_words(rest):
        return name
    return rest


def title_before_a_seat(name: Span) -> bool:
    """ "Sinn Féin TD" of "Sinn Féin TD for Donegal Seamus Doherty": a name ending in a title right before "for" or
    "of" is the title, no one's name (``TITLES_FOR_A_SEAT_CUT``)."""
    doc = name.doc
    if not TITLES_FOR_A_SEAT_CUT or name.end >= len(doc) or doc[name.end].lower_ not in _SEAT_LINKS:
        return False
    # "Senator Barbara Boxer of California": a forename says the name is a person's, its last word no title ("boxer")
    forenames = lexicons().forenames
    return _a_seat_title(name[-1]) and not any(fold(t.text) in forenames for t in name)


def person_after_a_seat(name: Span, label: str) -> Span | None:
    """ "Seamus Doherty" of "Donegal Seamus Doherty" after "Sinn Féin TD for": the person's name after a title's seat,
    from the first listed forename after the seat's first word (``TITLES_FOR_A_SEAT_CUT``); ``label``: the tagger's."""
    doc = name.doc
    if not TITLES_FOR_A_SEAT_CUT or name.start < _TITLE_AND_LINK or doc[name.start - 1].lower_ not in _SEAT_LINKS:
        return None
    if not _a_seat_title(doc[name.start - 2]):
        return None
    forenames = lexicons().forenames
    words = [t for t in name if t.tag_ != "HYPH" and t.text != "-"]  # "Cavan-Monaghan" is one word of a seat
    if len(words) <= _SEAT_WORDS:
        return None
    start = next((t.i for t in words[_SEAT_WORDS:] if fold(t.text) in forenames), None)
    if start is None and label == "PERSON":  # no forename listed, a person's by the tagger: two name words end it
        start = words[-_PLAIN_NAME_WORDS].i if len(words) >= _SEAT_WORDS + _PLAIN_NAME_WORDS else name.end
    if start is None:
        return None  # "Director of The Remembrance Project", "Minister of Foreign Affairs": a body's name, no person
    person = doc[start : name.end]
    return person if person_sized(person) and _plain_words(person) else None


def _a_seat_title(word: Token) -> bool:
    """ "Superintendent", "TD": an office held for a seat or a body, or the letters of one ("MP")."""
    return word.text in POST_NOMINALS or word.text in _SEAT_TITLES


def _plain_words(name: Span) -> bool:
    """No word of a body's or an outlet's name and no role noun: "Tariq Mehmood Khan", not "Karvan Police Station"."""
    words = lexicons()
    return not any(t.text in words.outlet_words or t.lower_ in words.role_nouns for t in name)

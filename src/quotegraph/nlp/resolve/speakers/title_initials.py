"""A title shortened to its initials after the article gave it in full before a person's name: "DPP Tan" after "Deputy
Public Prosecutor Tan Wei Ming", "DCI Price" after "Detective Chief Inspector Gareth Price", "the AG" after
"Queensland's Attorney-General, Deb Frecklington,".

News copy names a person once with the title spelled out and then shortens the title to its capitals, as it shortens a
body's name ("the National Transportation Safety Board ... the NTSB"). The capitals are no word of the name: "DPP Tan"
is the surname Tan with a title, and "the AG" is the one person titled Attorney-General. No list of titles: the
letters must be the initials of words the article itself wrote right before (or set off before) that person's name,
so "AJ Smith" stays a forename's initials unless the text titled a Smith with words starting A, J.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.lexicons.tables import fold, lexicons
from quotegraph.nlp.memo import per_document

# A title's initials as copy writes them: two to four capitals ("AG", "DPP", "DCI", "ACPO" is a body's and never
# follows a title written in full before a name in one article). Longer capitals are a body's name or a shouted word.
_INITIALS_LETTERS = range(2, 5)
# The words of a title before a name are few: "Deputy Public Prosecutor", "Detective Chief Superintendent", "Senior
# Assistant Commissioner of Police" (a small word inside: "of" is passed over, its initial kept out as copy keeps it:
# "ACP")
_TITLE_WORDS = 6
_SMALL_WORDS = frozenset({"of", "for", "and"})
_JOINERS = frozenset({"-", "–"})  # "Attorney-General": the tokenizer splits the hyphen off, each half a capital


class TitledName(NamedTuple):
    """A person's name the article gave with a title before it (or set off before it, or taken into it by the tagger),
    and the title's initials. The name is kept as token offsets, not a ``Span``: the names are memoised once a document
    (``memo.per_document``), and a value holding its document would keep every document of a batch alive."""

    start: int  # the tagger's person name: its first token
    end: int  # and the token after its last
    name_words: frozenset[str]  # the name's words, folded
    initials: str  # the capitals of the title's words, in order ("DPP")
    title_words: int  # how many words the title has


def _title_words_before(doc: Doc, start: int) -> list[Token]:
    """The capitalised words right before ``start`` (a name's first word), leftwards past one comma of an apposition
    ("Attorney-General, Deb Frecklington"), hyphens and small words inside ("of the" of "Attorney-General of the
    Federation", whose initials are "AGF"); in text order."""
    words: list[Token] = []
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    while i >= 0 and len(words) < _TITLE_WORDS:
        word = doc[i]
        inside = bool(words) and i > 0
        if word.text in _JOINERS or (inside and word.lower_ in _SMALL_WORDS):
            i -= 1
            continue
        if inside and word.lower_ == "the" and doc[i - 1].lower_ in _SMALL_WORDS:
            i -= 1  # "Attorney-General of the Federation": "the" after a small word inside the title
            continue
        if not (word.is_alpha and word.text[0].isupper()) or word.pos_ == "DET":
            break
        words.append(word)
        if word.is_sent_start:
            break
        i -= 1
    return list(reversed(words))


# counted once a document: Doc.ents builds every entity of the text on each read, and the names are asked of often
@per_document
def titled_names(doc: Doc) -> list[TitledName]:
    """Every person name of ``doc`` given with capitalised title words before it (inside the tagger's name, as in
    "Coroner Kate Robertson", or outside it)."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        title = _title_words_before(doc, ent.start)
        name = [t for t in ent if t.is_alpha]
        # a title the tagger took into the name ("Coroner Kate Robertson"): its leading words for a role
        inside = next((n for n, t in enumerate(name) if not _a_title_word(t)), len(name))
        title += name[: min(inside, len(name) - 1)]
        words = frozenset(fold(t.text) for t in ent)
        found.append(TitledName(ent.start, ent.end, words, "".join(w.text[0] for w in title), len(title)))
    return found


def _a_title_word(word: Token) -> bool:
    """A capitalised word for a role or an honorific ("Coroner", "Superintendent", "Supt")."""
    role = lexicons().role_nouns.get(word.lower_)
    return word.text in lexicons().honorifics or (role is not None and role.of_person)


def _initials_of_a_title(letters: str, titled: TitledName) -> bool:
    """Whether ``letters`` are the initials of the title's last words, its noun among them: "DPP" of "Deputy Public
    Prosecutor", "AG" of "Attorney-General", "DCI" of "Detective Chief Inspector"; not "RNC" of "Republican National
    Committee Chairman", the body's letters in the title."""
    return bool(titled.title_words) and titled.initials.endswith(letters)


def title_initials(word: Token) -> bool:
    """Whether ``word``, capitals before a surname ("DPP" of "DPP Tan"), is the initials of a title the article wrote
    in full before a person's name ending in that surname ("Deputy Public Prosecutor Tan Wei Ming" has surname "Ming"
    for its last word, but Tan as its first: any word of the name counts, as a name's key does)."""
    doc = word.doc
    if not _capitals(word) or word.i + 1 >= len(doc):
        return False
    surname = fold(doc[word.i + 1].text)
    return any(
        _initials_of_a_title(word.text, titled)
        for titled in titled_names(doc)
        if titled.start != word.i + 1 and surname in titled.name_words
    )


def titled_by_initials(word: Token) -> Span | None:
    """The one person name ``word`` (capitals alone, "the AG said") is the title initials of, or None."""
    if not _capitals(word):
        return None
    doc = word.doc
    names = [doc[t.start : t.end] for t in titled_names(doc) if _initials_of_a_title(word.text, t)]
    people = {fold(n.text) for n in names}
    return names[0] if len(people) == 1 else None


def _capitals(word: Token) -> bool:
    return word.is_alpha and word.is_upper and len(word) in _INITIALS_LETTERS

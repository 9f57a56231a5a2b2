"""Whom quoted words address by name: "“Russia, if you're listening, I hope ...,” Trump said", "“Don't forget,
Mika, that you have ...”", "“He wants to give away our country, folks.”", "“Thank you, Delaware, for ...”".

A vocative is a name or a word of address set off inside the quoted words: between commas, or between a comma and the
quoted sentence's edge, or after a greeting or thanks ("Hi Americans!", "Thank you Beverly Bond for ..."). A name set
off so may as well be an apposition or a fronted subject ("Obama, who ..., said"; "The city, it seems, ..."): it is a
vocative only where its sentence speaks to someone (a second-person pronoun: "Mark, you are a total loser!"), follows
a greeting or thanks, or is a word that is only said to people ("folks", "everybody").

The addressee of the statement is then the one named, as PolNeAR's annotators give it (train-d: 18 vocatives in 14
articles annotated as the stated addressee where the system had none; ``experiments/own_sentence``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.quotes import QuoteRegion, regions_touching

__all__ = ["VOCATIVE_ADDRESSEES", "vocative"]

# Rule on against off: see the report of round ownsentence (docs/occasion-rounds.md).
VOCATIVE_ADDRESSEES = True

MAX_VOCATIVE_TOKENS = 4  # tokens: "Ladies and gentlemen", "Mr. Trump", "Beverly Bond"; a longer phrase is a clause part
# words only ever said to people, a vocative wherever they are set off (no "you" needed: "There it is, everybody.")
_ADDRESS_WORDS = frozenset({"everybody", "everyone", "folks", "guys", "y'all", "honey", "sir", "ma'am", "madam"})
_GREETINGS = frozenset({"hi", "hello", "hey", "dear", "thanks"})  # "Hi Americans!", "Dear Mark,"
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves", "y'all"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_NAME_TAGS = frozenset({"PROPN", "NOUN"})
_LISTED_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})  # what a list's or an apposition's neighbour is
_NOT_CALLED = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_JOINING = frozenset({"DET", "CCONJ", "PUNCT"})  # "Ladies and gentlemen", "Mr." split as a title


def vocative(doc: Doc, content: Sequence[CharSpan], regions: Sequence[QuoteRegion]) -> Span | None:
    """The first name or word of address the quoted words of ``content`` are spoken to, or None."""
    if not VOCATIVE_ADDRESSEES:
        return None
    for start, end in content:
        for region in regions_touching(start, end, regions):
            words = doc.char_span(max(start, region.start), min(end, region.end), alignment_mode="contract")
            found = _in_quoted(words) if words is not None else None
            if found is not None:
                return found
    return None


def _in_quoted(words: Span) -> Span | None:
    """A vocative inside one stretch of quoted words, read token by token once (no walk of any subtree)."""
    doc = words.doc
    opened = words.start  # where the current quoted sentence opens
    i = words.start
    while i < words.end:
        token = doc[i]
        if token.text in _SENTENCE_ENDS:
            opened = i + 1
        if _nominal(token) and (i == opened or _opens_after(doc[i - 1])):
            end = _phrase_end(words, i)
            found = _set_off(words, opened, i, end)
            if found is not None:
                return found
            i = end
            continue
        i += 1
    return None


_ASIDES = frozenset({"know", "see", "understand"})  # "you know", "you see": an aside, not the one spoken to


def _goes_on_about(next_words: Span) -> bool:
    """Whether the words after a name's comma go on about it: a relative pronoun, or an aside ("you know")."""
    first = next_words[0]
    if first.tag_ in ("WDT", "WP", "WP$"):
        return True
    return len(next_words) > 1 and first.lower_ == "you" and next_words[1].lower_ in _ASIDES


def _listed(words: Span, start: int, end: int) -> bool:
    """Whether the phrase is an item of a list or an apposition: a comma joins it to a noun or adjective before it
    ("your best friend, Betsy") or after it ("ideals, values, principles")."""
    doc = words.doc
    before = doc[start - 2] if start - 2 >= words.start and doc[start - 1].text == "," else None
    after = doc[end + 1] if end + 1 < words.end and doc[end].text == "," else None
    return any(t is not None and t.pos_ in _LISTED_TAGS for t in (before, after))


def _opens_after(before: Token) -> bool:
    return before.text == "," or before.lower_ in _GREETINGS or (before.lower_ == "you" and _thanks(before))


def _thanks(you: Token) -> bool:
    return you.i > 0 and you.doc[you.i - 1].lower_ == "thank"


def _nominal(token: Token) -> bool:
    # a greeting the tagger calls a name ("Hi" in "Hi Canadians!") opens the phrase, it is not of it
    return (token.pos_ in _NAME_TAGS and token.lower_ not in _GREETINGS) or token.lower_ in _ADDRESS_WORDS


def _phrase_end(words: Span, start: int) -> int:
    """The end of the noun phrase opening at ``start``: names, nouns and the words that join them."""
    doc = words.doc
    end = start + 1
    while (
        end < words.end
        and end - start < MAX_VOCATIVE_TOKENS
        and (_nominal(doc[end]) or (doc[end].pos_ in _JOINING and doc[end].text not in (",", *_SENTENCE_ENDS)))
    ):
        end += 1
    while end > start + 1 and not _nominal(doc[end - 1]):  # "Ladies and": no phrase ends on its joining word
        end -= 1
    return end


def _set_off(words: Span, opened: int, start: int, end: int) -> Span | None:
    """The phrase ``start``..``end`` when it is set off as one spoken to: followed by a comma, the quoted sentence's end
    or the quotation's, and its sentence speaks to someone (or it follows a greeting or thanks, or is a word of
    address)."""
    doc = words.doc
    before = doc[start - 1] if start > words.start else None
    if before is not None and (before.lower_ in _GREETINGS or (before.lower_ == "you" and _thanks(before))):
        return doc[start:end]  # "Thank you Beverly Bond for ...", "Hi Americans!"
    after = doc[end].text if end < words.end else "."
    if after not in (",", *_SENTENCE_ENDS):
        return None
    if after == "," and end + 1 < words.end and _goes_on_about(doc[end + 1 : min(words.end, end + 3)]):
        return None  # "Trump, you know, is ...", "Obama, who ...": the name is the sentence's subject
    if after != "," and before is None:
        return None  # a quoted sentence that is only a name ("“Mark.”") names, it does not call
    phrase = doc[start:end]
    if any(t.ent_type_ in _NOT_CALLED for t in phrase):
        return None  # "Today, you proved ...": a time set off, not one called on
    if any(t.lower_ in _ADDRESS_WORDS for t in phrase):
        return phrase
    if _listed(words, start, end):
        return None  # "football games, graduations, you name it", "ideals, values, principles"
    if any(t.pos_ == "PRON" for t in phrase) or (phrase.root.dep_ in ("nsubj", "nsubjpass") and after != ","):
        return None
    sentence_end = next((t.i for t in doc[end : words.end] if t.text in _SENTENCE_ENDS), words.end)
    if any(t.lower_ in _SECOND_PERSON for t in doc[opened:sentence_end]):
        return phrase
    return None

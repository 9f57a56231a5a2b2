from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from quotegraph.nlp.find.assemble import find_candidates
from quotegraph.nlp.find.clause_content import complement_of
from quotegraph.nlp.find.cue_subjects import subject_of
from quotegraph.nlp.find.parse import ParseIndex
from quotegraph.settings import Settings


@pytest.fixture(scope="session")
def nlp() -> Language:
    return spacy.load(Settings().spacy_model)


# Readers of a cue's roles, shared by the tests of roles.py and of the modules split from it


def subject_words(nlp: Language, text: str, cue: str) -> list[str]:
    doc = nlp(text)
    return [text[s:e] for s, e in subject_of(ParseIndex(doc), next(t for t in doc if t.text == cue))]


def complement_words(nlp: Language, text: str, cue: str, quoted: str = "") -> str:
    doc = nlp(text)
    head = next(t for t in doc if t.text == cue)
    in_quote = [t.text in quoted.split() for t in doc]  # the words of ``quoted`` are inside quotation marks
    found = complement_of(doc[:], head, in_quote)
    return " ".join(doc[a:b].text for a, b in found)


def said_pieces(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [
        (text[c.cue[0][0] : c.cue[-1][1]], text[c.content[0][0] : c.content[-1][1]]) for c in find_candidates(nlp(text))
    ]


def word_of(nlp: Language, text: str, word: str) -> Token:
    """The first token of ``text`` (parsed) that is ``word``."""
    return next(t for t in nlp(text) if t.text == word)


def hung_on(nlp: Language, text: str, word: str) -> tuple[str, str]:
    """How the parser hung the first ``word`` of ``text``: its label and the word it hangs on."""
    token = word_of(nlp, text, word)
    return token.dep_, token.head.text


def candidate_roles(nlp: Language, text: str, cue: str) -> tuple[list[str], list[str]]:
    """Content and source pieces of the candidate whose cue holds ``cue``."""
    [found] = [c for c in find_candidates(nlp(text)) if any(cue in text[s:e] for s, e in c.cue)]
    return [text[s:e] for s, e in found.content], [text[s:e] for s, e in found.source]


def nth_token(doc: Doc, word: str, nth: int = 0) -> Token:
    """The ``nth`` token of ``doc`` whose text is ``word``."""
    return [t for t in doc if t.text == word][nth]

"""Shared by the tests of the resolver's parts: the bare parser as ``nlp``, and the look-ups their assertions make (the
names ``find_mentions`` types, a doc of fixed tags). ``Article``, ``article`` and the speaker and entity look-ups are
``tests/nlp/conftest.py``'s, shared with the tests of the resolving stage one level up; they are named here again for
the tests that import them from this module."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import quotegraph
from quotegraph.nlp.resolve.speakers.mentions import find_mentions

from ..conftest import Article as Article
from ..conftest import ArticleMaker as ArticleMaker
from ..conftest import entity_named as entity_named
from ..conftest import speaker_name as speaker_name


@pytest.fixture(scope="session")
def nlp(parser: Language) -> Language:
    """The resolver's parts parse with the bare parser that ``article`` parses with (``tests/nlp/conftest.py``)."""
    return parser


def name_types(nlp: Language, text: str, source: str | None = None) -> dict[str, str]:
    """The names ``find_mentions`` gives in ``text``, each with its type; ``source`` is the phrase of a statement's
    source, whose tokens the finders read as a source's."""
    doc = nlp(text)
    sources: frozenset[int] = frozenset()
    if source is not None:
        start = text.index(source)
        sources = frozenset(t.i for t in doc if start <= t.idx < start + len(source))
    return {m.text: m.type for m in find_mentions(doc, text, sources) if m.kind == "name"}


def tagged_doc(nlp: Language, words: list[str], tags: list[str]) -> Doc:
    """A doc of ``words`` with the given part-of-speech ``tags`` and no parse: a rule's input held fixed."""
    doc = Doc(nlp.vocab, words=words)
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    return doc


# a statement's channel, addressee and time as their texts, None where it has none
Found = tuple[str | None, str | None, str | None]


def occasion_of(text: str, content: str, published: str = "2026-11-20") -> Found:
    """The channel, addressee and time the whole pipeline gives the statement of ``text`` holding ``content``."""
    found = quotegraph.extract(text, published).attributions
    held = next(a for a in found if a.content is not None and content in a.content.text)
    parts = (held.channel, held.addressee, held.time)
    channel, addressee, time = (None if part is None else part.text for part in parts)
    return channel, addressee, time


def occasion_on_and_off(monkeypatch: pytest.MonkeyPatch, flag: str, text: str, content: str) -> tuple[Found, Found]:
    """The statement's occasion (``occasion_of``) with the rule ``flag`` (a module attribute's full path) on, then
    off."""
    on = occasion_of(text, content)
    monkeypatch.setattr(flag, False)
    return on, occasion_of(text, content)


def speaker_of(text: str, content: str, published: str = "2026-11-02") -> str | None:
    """The speaker's name the whole pipeline gives the one statement of ``text`` holding ``content`` (None for none)."""
    found = quotegraph.extract(text, published).attributions
    [held] = [a for a in found if a.content is not None and content in a.content.text]
    return speaker_name(held)

"""Shared by the tests of the resolving stage (``tests/nlp/test_resolving*.py``) and of its parts under
``tests/nlp/resolve/``: a bare parser, and an ``Article`` that builds candidates from quoted phrases and resolves them,
with the look-ups their assertions make (a speaker's name, an entity by name).

The ``nlp`` of ``tests/conftest.py`` is the full pipeline, whose quotegraph component already resolves every doc it
parses: the resolver's tests parse with ``parser`` (no quotegraph component) and hand ``resolve`` the candidates they
build. ``article`` takes ``parser`` and not ``nlp``, so that one session-wide ``article`` parses alike wherever ``nlp``
is overridden."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.model import Attribution, AttributionKind, Entity
from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.extensions import register_extensions
from quotegraph.nlp.resolving import resolve
from quotegraph.settings import Settings


@pytest.fixture(scope="session")
def parser() -> Language:
    register_extensions()
    return spacy.load(Settings().spacy_model)


@dataclass
class Article:
    """A parsed text plus helpers that find character offsets by searching the text (never by hand).

    ``after`` picks which occurrence a cue or source is: the first one at or after that phrase.
    """

    doc: Doc

    @property
    def text(self) -> str:
        return self.doc.text

    def span(self, phrase: str, after: str | None = None) -> tuple[int, int]:
        start = self.text.index(phrase, self.text.index(after) if after else 0)
        return (start, start + len(phrase))

    def candidate(
        self,
        content: str,
        cue: str | None = None,
        source: str | None = None,
        *,
        after: str | None = None,
        kind: AttributionKind = "indirect",
        continues: int | None = None,
    ) -> Candidate:
        return Candidate(
            content=[self.span(content)],
            cue=[self.span(cue, after)] if cue else [],
            source=[self.span(source, after)] if source else [],
            kind=kind,
            continues=continues,
        )

    def resolve(self, candidates: list[Candidate]) -> tuple[list[Entity], list[Attribution]]:
        return resolve(self.doc, candidates)

    def one(self, content: str, *words: str | None, **options: Any) -> Attribution:
        """The attribution of one candidate, given as to ``candidate``, resolved alone."""
        [found] = self.resolve([self.candidate(content, *words, **options)])[1]
        return found

    def said(self, *statements: tuple[str, str] | tuple[str, str, str]) -> list[str | None]:
        """The speaker's name (None for none) of each statement ``(content, source[, after])`` cued by
        "said", its source the first one at or after ``after``."""
        candidates = [self.candidate(s[0], "said", s[1], after=s[2] if len(s) > 2 else None) for s in statements]
        _, attributions = self.resolve(candidates)
        return [speaker_name(a) for a in attributions]


# what the ``article`` fixture gives: an ``Article`` of a text, published on a day if given
ArticleMaker = Callable[..., Article]


def speaker_name(attribution: Attribution) -> str | None:
    """The name an attribution credits, None when it credits nobody."""
    return None if attribution.speaker is None else attribution.speaker.name


def entity_named(entities: Sequence[Entity], name: str) -> Entity:
    return next(e for e in entities if e.name == name)


@pytest.fixture(scope="session")
def article(parser: Language) -> ArticleMaker:
    def make(text: str, published: str | None = None) -> Article:
        doc = parser(text)
        doc._.published = published
        return Article(doc)

    return make


@pytest.fixture
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The resolving stage without the learned time fallback: a test of one carrying rule, switched off, expects no
    time, while the fallback may carry one there (its own tests: ``tests/nlp/resolve/carrying/test_learned_times``)."""
    monkeypatch.setattr("quotegraph.nlp.resolving.with_learned_times", lambda doc, text, found, entities: found)

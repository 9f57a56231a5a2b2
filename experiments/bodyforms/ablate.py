"""Which written statements each of the round's readings carries: the probe's right speakers with every reading on,
then with each switched off alone (the kinds and the lexicon words by taking them out of their tables).

    PYTHONPATH=src python experiments/bodyforms/ablate.py
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from articles import ARTICLES  # type: ignore[import-not-found]

import quotegraph
from quotegraph.evaluation.occasion import speaker_named
from quotegraph.nlp import resolving_documents
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.speakers import bodies, body_kinds, names, speakers

_NEW_KINDS = {"authority", "corporation", "union"}  # the family words the round added (with "association")
_NEW_ROLES = ("corporation", "service")


def _right() -> set[tuple[str, str]]:
    right = set()
    for name, article in ARTICLES.items():
        found = list(quotegraph.extract(article.text, article.published).attributions)
        for expected in article.expected:
            holding = [a for a in found if a.content is not None and expected.content in a.content.text]
            speaker = holding[0].speaker.name if holding and holding[0].speaker is not None else ""
            if speaker_named(expected.speaker, speaker):
                right.add((name, expected.content))
    return right


@contextmanager
def _flag(module: object, flag: str) -> Iterator[None]:
    setattr(module, flag, False)
    try:
        yield
    finally:
        setattr(module, flag, True)


@contextmanager
def _old_kinds() -> Iterator[None]:
    kept = body_kinds.BODY_KINDS
    old = tuple(
        family - _NEW_KINDS if len(family) > 2 else family for family in kept if family != {"union", "association"}
    )
    body_kinds.BODY_KINDS = bodies.BODY_KINDS = old
    try:
        yield
    finally:
        body_kinds.BODY_KINDS = bodies.BODY_KINDS = kept


@contextmanager
def _old_roles() -> Iterator[None]:
    roles = lexicons().role_nouns
    kept = {word: roles.pop(word) for word in _NEW_ROLES}
    try:
        yield
    finally:
        roles.update(kept)


READINGS: dict[str, Callable[[], object]] = {
    "CONTRACTED_NAMES": lambda: _flag(names, "CONTRACTED_NAMES"),
    "SHORT_FORMS_UNTAGGED": lambda: _flag(speakers, "SHORT_FORMS_UNTAGGED"),
    "STUDIES_SPEAK_FOR_THEIR_MAKERS": lambda: _flag(resolving_documents, "STUDIES_SPEAK_FOR_THEIR_MAKERS"),
    "BODY_KINDS families": _old_kinds,
    "role nouns corporation, service": _old_roles,
}


def main() -> None:
    every = _right()
    print(f"all on: {len(every)} right")
    for reading, off in READINGS.items():
        with off():  # type: ignore[attr-defined]
            without = _right()
        lost = sorted(every - without)
        gained = sorted(without - every)
        articles = sorted({name for name, _ in lost})
        print(f"{reading}: carries {len(lost)} in {len(articles)} articles {articles}; off gains {gained}")


if __name__ == "__main__":
    main()

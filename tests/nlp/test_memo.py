"""A memo of a function of a document: built once a document, a new one for another, gone with its document."""

from __future__ import annotations

import gc
import weakref

import spacy
from spacy.tokens import Doc

from quotegraph.nlp.memo import PerDocument, document_text, per_document


def _counted() -> tuple[PerDocument[list[str]], list[str]]:
    """A memo of a document's words, and the texts it was built for, one entry a build (texts, not documents: the
    list must not keep a document alive)."""
    built: list[str] = []

    @per_document
    def words(doc: Doc) -> list[str]:
        """The words of ``doc``."""
        built.append(doc.text)
        return [t.text for t in doc]

    return words, built


def test_a_document_s_value_is_built_once_and_the_same_object_after() -> None:
    words, built = _counted()
    doc = spacy.blank("en")("The aide said it.")
    first = words(doc)
    assert first == ["The", "aide", "said", "it", "."]
    assert words(doc) is first and words(doc) is first
    assert built == [doc.text]  # built on the first call only


def test_another_document_gets_its_own_value_even_of_the_same_text() -> None:
    words, built = _counted()
    nlp = spacy.blank("en")
    doc, same_text, other = nlp("The aide said it."), nlp("The aide said it."), nlp("She left.")
    assert words(other) == ["She", "left", "."]
    assert words(same_text) is not words(doc)  # kept by document, not by text: a parse differs with its document
    assert words(same_text) == words(doc)
    assert len(built) == 3


def test_a_value_of_none_is_kept_too() -> None:
    built: list[str] = []

    @per_document
    def nothing(doc: Doc) -> None:
        built.append(doc.text)

    doc = spacy.blank("en")("Nothing here.")
    assert nothing(doc) is None and nothing(doc) is None
    assert built == [doc.text]  # None is a value, not a miss that builds again


def test_a_document_s_entry_goes_when_the_document_does() -> None:
    """A long batch must not keep its documents alive: the memo holds them weakly and drops their values with them."""
    words, _ = _counted()
    nlp = spacy.blank("en")
    doc, kept = nlp("The aide said it."), nlp("She left.")
    value, alive = words(doc), weakref.ref(doc)
    words(kept)
    assert any(v is value for v in words.values())
    del doc
    gc.collect()
    assert alive() is None  # the memo did not keep the document alive
    assert all(v is not value for v in words.values())  # and its entry went with it
    assert [v for v in words.values()] == [["She", "left", "."]]  # the live document's stays


def test_the_memo_reads_as_the_function_it_keeps() -> None:
    words, _ = _counted()
    assert words.__doc__ == "The words of ``doc``." and words.__wrapped__.__name__ == "words"


def test_documents_asked_in_turn_each_get_their_own_value() -> None:
    """The memo answers the document asked last without a lookup: asking another in between must not hand one
    document's value to the other."""
    words, built = _counted()
    nlp = spacy.blank("en")
    doc, other = nlp("The aide said it."), nlp("She left.")
    first, second = words(doc), words(other)
    assert words(doc) is first and words(other) is second and words(other) is second and words(doc) is first
    assert built == [doc.text, other.text]


class _Value:
    """A value a weak reference can watch (a list cannot be referenced weakly)."""


def test_the_value_answered_last_goes_with_its_document() -> None:
    """The document asked last is kept weakly with its value: when the document goes, the value is not kept either."""

    @per_document
    def made(doc: Doc) -> _Value:
        return _Value()

    doc = spacy.blank("en")("The aide said it.")
    value = weakref.ref(made(doc))
    assert made(doc) is value()  # answered from the last pair
    del doc
    gc.collect()
    assert value() is None


def test_a_document_s_text_is_joined_once() -> None:
    """``document_text`` is ``doc.text``, the same string on each call for that document (spaCy joins a new one each
    read), and another document's for another."""
    nlp = spacy.blank("en")
    doc, other = nlp("The aide said it.\n\nShe left. "), nlp("She left.")
    text = document_text(doc)
    assert text == doc.text and text is not doc.text  # spaCy's own read is a new string each time
    assert document_text(doc) is text
    assert document_text(other) == "She left."

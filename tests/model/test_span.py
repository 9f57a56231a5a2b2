from __future__ import annotations

import subprocess
import sys

import msgspec
import pytest

from quotegraph.errors import InputError
from quotegraph.model import Excerpt, TextSpan, excerpt_of
from quotegraph.model.span import FRAGMENT_SEPARATOR

TEXT = '"We will win," the senator said, "and soon."'


def test_text_span_rejects_negative_and_reversed_offsets() -> None:
    with pytest.raises(InputError):
        TextSpan(-1, 3)
    with pytest.raises(InputError):
        TextSpan(5, 4)


def test_text_span_serialises_as_a_pair() -> None:
    assert msgspec.json.encode(TextSpan(3, 9)) == b"[3,9]"
    assert msgspec.json.decode(b"[3,9]", type=TextSpan) == TextSpan(3, 9)


def test_excerpt_of_sorts_fragments_and_joins_their_text() -> None:
    excerpt = excerpt_of(TEXT, [(34, 43), (1, 12)])
    assert excerpt is not None
    assert excerpt.spans == (TextSpan(1, 12), TextSpan(34, 43))
    assert excerpt.text == f"We will win{FRAGMENT_SEPARATOR}and soon."
    assert (excerpt.start, excerpt.end) == (1, 43)


def test_excerpt_of_drops_empty_fragments_and_gives_none_when_nothing_is_left() -> None:
    assert excerpt_of(TEXT, [(4, 4)]) is None
    assert excerpt_of(TEXT, []) is None


def test_excerpt_of_rejects_spans_outside_the_text() -> None:
    with pytest.raises(InputError, match="outside text"):
        excerpt_of(TEXT, [(0, len(TEXT) + 1)])


def test_excerpt_round_trips_through_json() -> None:
    excerpt = Excerpt(spans=(TextSpan(0, 3),), text='"We')
    assert msgspec.json.decode(msgspec.json.encode(excerpt), type=Excerpt) == excerpt


def test_importing_the_model_does_not_load_spacy() -> None:
    code = "import sys, quotegraph.model; assert 'spacy' not in sys.modules, 'spacy loaded'"
    subprocess.run([sys.executable, "-c", code], check=True)

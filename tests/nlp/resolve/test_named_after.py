"""The name given after a person described before being named: a description that fits nobody named next stays
one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from .conftest import speaker_name


@pytest.mark.parametrize(
    "after",
    [
        # somebody else: the one the described person is told of by a pronoun object
        "Oskar Lindqvist thanked him for coming.",
        # introduced by a role of his own
        "The moderator, Oskar Lindqvist, closed the session.",
        # not the main clause's subject
        "The harbour master said Oskar Lindqvist had warned of it.",
        # in the next paragraph, which may be about somebody else
        "\n\nOskar Lindqvist sailed out of Kiel for 30 years before he retired.",
    ],
)
def test_a_source_s_description_is_no_later_name_that_is_somebody_else(article: Callable[..., Any], after: str) -> None:
    """named_after.UNINTRODUCED_SUBJECTS_NAME_DESCRIBED: a description that fits nobody named next stays a
    description."""
    text = (
        "Ruth Anand chaired the panel on Friday. The last speaker, a retired ferry captain, said the harbour wall "
        f"had been too low for years. {after}"
    )
    art = article(text)
    content = "the harbour wall had been too low for years"
    _, (said,) = art.resolve([art.candidate(content, "said", "The last speaker, a retired ferry captain,")])
    assert speaker_name(said) == "a retired ferry captain"

"""The forms that name a person described before: a name in apposition with the noun after a demonstrative."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from quotegraph.nlp.resolve.speakers import introductions

from ..conftest import speaker_name


@pytest.mark.parametrize("naming", [True, False])
def test_a_description_is_named_next_by_its_noun_after_a_demonstrative(
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, naming: bool
) -> None:
    """DEMONSTRATIVE_NAMING: "a nurse ... That nurse, Angela Ruiz," names the nurse as "The nurse, ..." would."""
    monkeypatch.setattr(introductions, "DEMONSTRATIVE_NAMING", naming)
    art = article(
        "A nurse in the neonatal unit said the ward had been short of staff for months. "
        "That nurse, Angela Ruiz, was in the front row on Wednesday."
    )
    _, (said,) = art.resolve(
        [art.candidate("the ward had been short of staff", "said", "A nurse in the neonatal unit")]
    )
    assert speaker_name(said) == ("Angela Ruiz" if naming else "A nurse")

"""A headline's or a lede's bare or indefinite role noun is the one the body names so."""

from __future__ import annotations

import pytest

from ..conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow

_BODY = (
    "A coroner has warned that the junction must be redesigned.\n\n"
    "In a report published on Tuesday, senior coroner Alison Kerr wrote that the layout was dangerous.\n\n"
    "In a statement, Mr Doyle's widow, Sarah Doyle, said the family had begged the council to act."
)


@pytest.mark.parametrize(
    ("opening", "content", "source", "speaker"),
    [
        ("Coroner warns more cyclists will die\n\n", "more cyclists will die", "Coroner", "Alison Kerr"),
        ("Exclusive\n\nCoroner warns more cyclists will die\n\nWidow says council ignored every warning\n\n",
         "council ignored every warning", "Widow", "Sarah Doyle"),
    ],
)  # fmt: skip
def test_a_headline_s_bare_role_noun_is_the_one_the_body_names_so(
    article: ArticleMaker, opening: str, content: str, source: str, speaker: str
) -> None:
    art = article(opening + _BODY)
    assert speaker_name(art.one(content, "warns" if source == "Coroner" else "says", source)) == speaker


def test_a_role_two_of_the_body_hold_is_nobody_s_in_particular(article: ArticleMaker) -> None:
    body = _BODY + "\n\nAssistant coroner Tom Bell said the report would be sent to ministers."
    art = article("Coroner warns more cyclists will die\n\n" + body)
    assert speaker_name(art.one("more cyclists will die", "warns", "Coroner")) not in ("Alison Kerr", "Tom Bell")


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("", "Alison Kerr"),  # the lede introduces her by role
        ("Mark Doyle was killed in March. ", "A coroner"),  # a later sentence's indefinite role is somebody new
    ],
)
def test_an_indefinite_role_in_the_lede_is_the_one_the_body_names_so(
    article: ArticleMaker, before: str, speaker: str
) -> None:
    art = article(before + _BODY)
    assert speaker_name(art.one("the junction must be redesigned", "warned", "A coroner")) == speaker

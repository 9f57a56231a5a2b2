"""A name is not cut: an Irish or Scottish surname after "Mac", "Nic", "Ní" or "Ó" with its forename, and a body's name
before the place it ends in (the placenames round, docs/occasion-rounds.md, the forty-third set). Each reading is
tested on and off by its flag, on sentences written for the round in several traditions."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.speakers import name_shapes, tagged_names

from ..conftest import ArticleMaker

pytestmark = pytest.mark.slow


# each reading's flag, in the module that owns it
_FLAGS = {"GAELIC_SURNAMES_WHOLE": name_shapes, "BODIES_NAMED_BEFORE_THEIR_PLACE": tagged_names}


@pytest.mark.parametrize(
    ("flag", "text", "statements", "whole", "cut"),
    [
        (
            "GAELIC_SURNAMES_WHOLE",
            # the tagger's "Councillor Máire" a body and "Mac Giolla Rua" a person
            "Councillor Máire Mac Giolla Rua said the ferry was late.",
            (("the ferry was late", "Councillor Máire Mac Giolla Rua"),),
            ["Máire Mac Giolla Rua"],
            ["Mac Giolla Rua"],
        ),
        (
            "GAELIC_SURNAMES_WHOLE",
            # "Éamon Mac" a body and "Giolla Phádraig" a person; the bare surname after is the same man
            "“We are cut off,” said Deputy Éamon Mac Giolla Phádraig. Mac Giolla Phádraig said the contract had "
            "lapsed.",
            (
                ("We are cut off", "Deputy Éamon Mac Giolla Phádraig"),
                ("the contract had lapsed", "Mac Giolla Phádraig", "Phádraig. Mac"),
            ),
            ["Éamon Mac Giolla Phádraig", "Éamon Mac Giolla Phádraig"],
            ["Mac Giolla Phádraig", "Mac Giolla Phádraig"],
        ),
        (
            "GAELIC_SURNAMES_WHOLE",
            # the article "an" and the mutated "tSaoir" inside a Scottish and Irish surname
            "Séamus Mac an tSaoir said the boat was full.",
            (("the boat was full", "Séamus Mac an tSaoir"),),
            ["Séamus Mac an tSaoir"],
            ["Séamus Mac"],
        ),
        (
            "GAELIC_SURNAMES_WHOLE",
            # the whole name tagged a body, then the bare surname a person's: one person
            "“The ferry must run,” said Pádraig Mac Giolla Rua, a councillor on the island. Mac Giolla Rua said the "
            "contract had lapsed.",
            (
                ("The ferry must run", "Pádraig Mac Giolla Rua"),
                ("the contract had lapsed", "Mac Giolla Rua", "island. "),
            ),
            ["Pádraig Mac Giolla Rua", "Pádraig Mac Giolla Rua"],
            ["Pádraig Mac Giolla Rua", "Mac Giolla Rua"],
        ),
        (
            "BODIES_NAMED_BEFORE_THEIR_PLACE",
            # a Japanese advocacy group, its body's noun set off after the name
            "Marriage for All Japan, the advocacy group that has backed the lawsuits, said in a statement on Thursday "
            "that the post was wrong.",
            (("the post was wrong", "Marriage for All Japan"),),
            ["Marriage for All Japan"],
            ["Japan"],
        ),
        (
            "BODIES_NAMED_BEFORE_THEIR_PLACE",
            # a Filipino farmers' group, its Tagalog joiners inside the name and "group" before it
            "In a statement on Wednesday, the farmers' group Samahan ng mga Magsasaka ng Nueva Ecija said the spoilage "
            "showed waste.",
            (("the spoilage showed waste", "Magsasaka ng Nueva Ecija"),),
            ["Samahan ng mga Magsasaka ng Nueva Ecija"],
            ["Nueva Ecija"],
        ),
    ],
)
def test_a_name_is_not_cut(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    flag: str,
    text: str,
    statements: tuple[tuple[str, str], ...],
    whole: list[str],
    cut: list[str],
) -> None:
    """GAELIC_SURNAMES_WHOLE: the particle joins the forename before it and the surname's words after it.
    BODIES_NAMED_BEFORE_THEIR_PLACE: a body's noun names the run of capitals before the place as one body. Off, the
    speaker is the half the tagger cut."""
    art = article(text)
    assert art.said(*statements) == whole
    monkeypatch.setattr(_FLAGS[flag], flag, False)
    assert art.said(*statements) == cut


def test_a_title_before_a_name_is_no_body_s_name(article: ArticleMaker) -> None:
    """BODIES_NAMED_BEFORE_THEIR_PLACE stops at a role: "the council Leader Tom Smith" is Tom Smith."""
    art = article("The council Leader Tom Smith said the plan was weak.")
    assert art.said(("the plan was weak", "Tom Smith")) == ["Tom Smith"]

"""A printed interview's answers are the person interviewed's; its questions name nobody."""

from __future__ import annotations

import pytest

import quotegraph

pytestmark = pytest.mark.slow

INTERVIEW = (
    "Marta Quintanilla has run the valley's only bakery for thirty years. Quintanilla spoke to the "
    "Courier on Monday.\n\n"
    "Q: Why did you never sell the bakery?\n\n"
    "A: Because the village would have nowhere to buy bread on a Sunday morning.\n\n"
    "Q: Will your daughter take it over one day?\n\n"
    "A: I hope so, but she has plans of her own for now.\n"
)


def _speakers() -> dict[str, str | None]:
    found = quotegraph.extract(INTERVIEW).attributions
    return {a.content.text[:12]: (a.speaker.name if a.speaker else None) for a in found if a.content is not None}


def test_an_answer_is_the_person_the_introduction_names_most() -> None:
    speakers = _speakers()
    assert speakers["Because the "] == "Marta Quintanilla"
    assert speakers["I hope so, b"] == "Marta Quintanilla"


def test_a_question_names_no_speaker() -> None:
    speakers = _speakers()
    assert speakers["Why did you "] is None
    assert speakers["Will your da"] is None


def test_a_cue_the_tagger_finds_inside_a_question_never_takes_the_label_as_its_source() -> None:
    text = (
        "Ana Ferreira spoke to the Courier last week.\n\nQ: Did you ever think of giving up?\n\n"
        "A: Every winter, I thought about it.\n\nQ: Did your editor say that it would sell?\n\n"
        "A: She said it never would.\n"
    )
    found = quotegraph.extract(text, "2025-11-02").attributions
    tagged = [a for a in found if a.cue is not None and a.cue.text != ":"]
    in_questions = [a for a in tagged if a.cue is not None and text[text.rfind("\n", 0, a.cue.start) + 1] == "Q"]
    assert in_questions
    assert all(a.source is not None and not a.source.text.startswith("Q") for a in in_questions)
    assert all(not a.speaker.name.startswith("Q") for a in found if a.speaker is not None)


def test_an_i_who_speaks_inside_an_answer_is_the_person_answering() -> None:
    text = (
        "Marta Quintanilla has run the valley's only bakery for thirty years. Quintanilla spoke to the "
        "Courier on Monday.\n\n"
        "Q: Will the new supermarket hurt you?\n\n"
        "A: Not much. People come here for the rye. I have said for years that they always will.\n\n"
        "At any rate, I told the mayor last spring that the village needs both.\n"
    )
    found = quotegraph.extract(text).attributions
    speakers = {a.content.text[:12]: (a.speaker.name if a.speaker else None) for a in found if a.content is not None}
    assert speakers["for years th"] == "Marta Quintanilla"  # in the answer's own paragraph
    assert speakers["that the vil"] == "Marta Quintanilla"  # in a paragraph the answer runs on to

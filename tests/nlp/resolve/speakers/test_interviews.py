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


def _occasions(text: str) -> dict[str, tuple[str | None, str | None]]:
    found = quotegraph.extract(text, "2025-03-04").attributions
    return {
        a.content.text[:14]: (a.channel.text if a.channel else None, a.time.text if a.time else None)
        for a in found
        if a.content is not None
    }


def test_a_guest_s_turn_far_below_the_lede_is_still_made_on_the_show() -> None:
    # the host's question runs over six paragraphs: a paraphrase that far from its speaker's occasion would be a
    # summary, but a turn is the guest's words as said on the show
    text = (
        'Mayor Lena Brandt said on Sunday, on KXTV\'s "Valley Week," that the ferry would keep running.\n\n'
        "Partial transcript as follows:\n\n"
        "ODILE MARCHETTI: Mayor, the ferry loses money every winter, and the council has looked at the books.\n\n"
        "The deficit grew again this year, by a third.\n\n"
        "The port authority wants to sell the second boat.\n\n"
        "The fuel contract ends in March.\n\n"
        "And the crew has asked for a raise of its own.\n\n"
        "So why keep it?\n\n"
        "BRANDT: Because half the island has no other way to reach the hospital.\n\n"
        "MARCHETTI: And the fares?\n\n"
        "BRANDT: Fares stay where they are for the whole winter.\n"
    )
    occasions = _occasions(text)
    assert occasions["Because half t"] == ('on KXTV\'s "Valley Week,"', "on Sunday")
    assert occasions["Fares stay whe"] == ('on KXTV\'s "Valley Week,"', "on Sunday")


ANSWERS = (
    "Councillor Priya Nandakumar spoke with the Harbour Gazette on Tuesday about the marina. Here is the edited "
    "transcript of the interview.\n\n"
    "Q: Is the marina worth saving?\n\n"
    "A: It is. Forty families depend on it.\n\n"
    "Q: Why did the vote fail?\n\n"
    "A: I think the other councillors never read the survey. They want the land for flats.\n\n"
    "Q: Did you warn them?\n\n"
    "A: I said to them last spring that the survey was clear. I believe they will regret it.\n"
)


def _addressed(text: str) -> dict[str, tuple[str | None, str | None]]:
    found = quotegraph.extract(text, "2025-03-04").attributions
    return {
        a.cue.text: (a.addressee.text if a.addressee else None, a.time.text if a.time else None)
        for a in found
        if a.cue is not None and a.cue.text != ":"
    }


def test_a_view_the_answerer_gives_in_an_answer_is_voiced_in_the_interview() -> None:
    views = _addressed(ANSWERS)
    assert views["think"] == ("the Harbour Gazette", "on Tuesday")
    assert views["believe"] == ("the Harbour Gazette", "on Tuesday")


def test_a_saying_recalled_in_an_answer_keeps_its_own_occasion() -> None:
    assert _addressed(ANSWERS)["said"] == ("them", "last spring")

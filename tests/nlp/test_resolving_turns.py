"""A "he said" after a speaker a re-reading named keeps that speaker's turn (``PRONOUNS_KEEP_THE_TURN``)."""

from __future__ import annotations

import pytest

from quotegraph.nlp import resolving_turns

from .conftest import ArticleMaker

pytestmark = pytest.mark.slow

_STORM = "HARBOUR TOWN — Storm Ula hit the coast on Sunday."
_FISHERMAN = (
    "An old fisherman near the harbour wall had lost his boat. “It is gone, all of it,” said the man, Tom Pryce, 71."
)
# the forecaster is named only as the owner of the sentence before: the re-reading of "-ist" nouns names him
_FORECASTER = (
    "Marco Diaz’s job at the weather office is to watch the charts. Speaking by phone on Sunday, "
    "the weather specialist said Ula had weakened over the hills."
)
_QUOTE = "“What worries me now is the river. Up to 200 millimetres of rain could fall,” he said."


def _speakers(article: ArticleMaker, *paragraphs: str) -> list[str | None]:
    art = article("\n\n".join(paragraphs))
    return art.said(
        ("It is gone, all of it", "Tom Pryce"),
        ("Ula had weakened over the hills", "the weather specialist"),
        ("What worries me now is the river", "he", "fall,”"),
    )


@pytest.mark.parametrize(("on", "speaker"), [(True, "Marco Diaz"), (False, "Tom Pryce")])
def test_a_he_said_after_a_speaker_a_rereading_named_is_that_speaker(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, speaker: str
) -> None:
    monkeypatch.setattr(resolving_turns, "PRONOUNS_KEEP_THE_TURN", on)
    found = _speakers(article, _STORM, _FISHERMAN, _FORECASTER, _QUOTE)
    assert found == ["Tom Pryce", "Marco Diaz", speaker]


def test_a_person_told_of_between_takes_the_turn_from_the_named_speaker(article: ArticleMaker) -> None:
    # the narrative between names another man, who is then quoted: the pronoun pass's choice stands
    between = "Down the quay, Sam Hill was bailing out his dinghy."
    found = _speakers(article, _STORM, _FISHERMAN, _FORECASTER, between, _QUOTE)
    assert found[1] == "Marco Diaz"
    assert found[2] == "Sam Hill"


def test_a_pronoun_of_the_other_gender_keeps_no_turn(article: ArticleMaker) -> None:
    # "she" cannot be Marco Diaz; it stays with the pronoun pass, which has no woman to give it to
    found = _speakers(article, _STORM, _FISHERMAN, _FORECASTER, _QUOTE.replace("he said", "she said"))
    assert found[1] == "Marco Diaz"
    assert found[2] != "Marco Diaz"


def test_a_speaker_the_pronoun_pass_saw_speak_keeps_its_choice(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    # named where he speaks, the pass weighed him: the rule has nothing to mend, on or off alike
    named = "Speaking by phone on Sunday, Marco Diaz said Ula had weakened over the hills."
    results = []
    for on in (True, False):
        monkeypatch.setattr(resolving_turns, "PRONOUNS_KEEP_THE_TURN", on)
        art = article("\n\n".join((_STORM, _FISHERMAN, named, _QUOTE)))
        results.append(
            art.said(
                ("It is gone, all of it", "Tom Pryce"),
                ("Ula had weakened over the hills", "Marco Diaz"),
                ("What worries me now is the river", "he", "fall,”"),
            )
        )
    assert results[0] == results[1] == ["Tom Pryce", "Marco Diaz", "Marco Diaz"]

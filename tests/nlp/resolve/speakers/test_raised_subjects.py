"""The subject of a raising "seems"/"appears" is what the statement is about, not its source."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.speakers.raised_subjects import raised_subject, without_raised_subjects

from ..conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow


def test_the_subject_of_seems_to_is_no_source(article: ArticleMaker) -> None:
    art = article("The court seemed to send an assertive signal to the administration.")
    candidate = art.candidate("to send an assertive signal to the administration", "seemed", "The court")
    assert raised_subject(art.doc, candidate)
    [cleared] = without_raised_subjects(art.doc, [candidate])
    assert cleared.source == [] and cleared.content == candidate.content
    attribution = art.one("to send an assertive signal to the administration", "seemed", "The court")
    assert attribution.source is None and speaker_name(attribution) is None


def test_the_subject_of_appears_with_an_adjective_is_no_source(article: ArticleMaker) -> None:
    art = article("Mr. Trump's supporters appeared equally unperturbed by the dispute.")
    candidate = art.candidate("equally unperturbed by the dispute", "appeared", "Mr. Trump's supporters")
    assert raised_subject(art.doc, candidate)


def test_a_participle_read_as_a_clause_is_the_predicate(article: ArticleMaker) -> None:
    art = article("While the controversy burned and social media erupted, the campaign team appeared paralyzed.")
    assert raised_subject(art.doc, art.candidate("paralyzed", "appeared", "the campaign team"))


def test_appearing_somewhere_keeps_its_subject(article: ArticleMaker) -> None:
    art = article(
        "When Mr. Obama appeared before reporters in the briefing room this month to discuss his strategy, "
        "he was flanked by generals."
    )
    candidate = art.candidate("to discuss his strategy", "appeared", "Mr. Obama")
    assert not raised_subject(art.doc, candidate)
    assert without_raised_subjects(art.doc, [candidate]) == [candidate]


def test_a_verb_of_saying_keeps_its_subject(article: ArticleMaker) -> None:
    art = article("The court said that the rule would stand.")
    attribution = art.one("that the rule would stand", "said", "The court")
    assert attribution.source is not None and speaker_name(attribution) is not None
    assert not raised_subject(art.doc, art.candidate("that the rule would stand", "said", "The court"))


def test_who_it_seemed_to_keeps_the_subject(article: ArticleMaker) -> None:
    art = article("The plan seemed to him to be a mistake.")
    assert not raised_subject(art.doc, art.candidate("to be a mistake", "seemed", "The plan"))


def test_a_cue_running_on_to_its_own_verb_keeps_the_subject(article: ArticleMaker) -> None:
    art = article("Mr. Cruz seemed to mock his rival's vague tough talk.")
    assert raised_subject(art.doc, art.candidate("his rival's vague tough talk", "seemed", "Mr. Cruz"))
    assert not raised_subject(art.doc, art.candidate("his rival's vague tough talk", "seemed to mock", "Mr. Cruz"))


def test_the_one_it_seemed_to_keeps_the_source(article: ArticleMaker) -> None:
    art = article("To the professor, the governor's stare seemed to reflect sadness.")
    assert not raised_subject(art.doc, art.candidate("to reflect sadness", "seemed", "the governor's stare"))

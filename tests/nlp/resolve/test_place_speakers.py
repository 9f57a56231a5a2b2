"""A place or a body inside a source's phrase is not who speaks: the person the phrase names is, or the phrase."""

from __future__ import annotations

import pytest

from .conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow


def test_a_noun_read_as_a_verb_takes_the_name_hung_on_its_place(article: ArticleMaker) -> None:
    """ "The Mission to Seafarers chaplain in Antwerp, the Rev Marta Lind,": the tagger reads "chaplain" as a verb,
    the parser the phrase as the subject and the name as the city's apposition; the name is the chaplain's."""
    art = article(
        "The freighter is still aground. The Mission to Seafarers chaplain in Antwerp, the Rev Marta Lind, wrote on "
        "LinkedIn that she had taken blankets out to the crew by boat."
    )
    source = "The Mission to Seafarers chaplain in Antwerp, the Rev Marta Lind,"
    _, [found] = art.resolve([art.candidate("she had taken blankets out", "wrote", source)])
    assert speaker_name(found) == "Marta Lind"


def test_a_body_apposed_after_its_place_stays_apart(article: ArticleMaker) -> None:
    """ "The press officer at the port in Antwerp, the harbour authority," names no person after the place: the
    officer is not the authority nor the city."""
    art = article(
        "The freighter is still aground. The press officer at the port in Antwerp, the harbour authority, said the "
        "channel was open."
    )
    source = "The press officer at the port in Antwerp, the harbour authority,"
    assert art.said(("the channel was open", source)) == ["The press officer at the port in Antwerp"]


@pytest.mark.parametrize(
    ("text", "content", "source", "speaker"),
    [
        # a place modifying a noun for people: where they come from
        ("Ohio is a swing state. One Ohio delegate said the count had been unfair.",
         "the count had been unfair", "One Ohio delegate", "One Ohio delegate"),
        # a body's name modifying a noun for people: where they belong
        ("The Farm Bureau met on Monday. Several Farm Bureau elders said the prices were too low.",
         "the prices were too low", "Several Farm Bureau elders", "Several Farm Bureau elders"),
        ("The World Bank lent more this year. Many World Bank watchers said the loans were too small.",
         "the loans were too small", "Many World Bank watchers", "Many World Bank watchers"),
        # the place itself as the head: the place (its government) speaks
        ("Iowa votes first. Iowa said it would move the caucus.", "it would move the caucus", "Iowa", "Iowa"),
        # a document's maker named in its own words stays its maker
        ("The race is close. A new CNN poll said the two were tied.", "the two were tied", "A new CNN poll", "CNN"),
    ],
)  # fmt: skip
def test_a_place_or_body_modifying_the_head_noun_is_not_the_speaker(
    article: ArticleMaker, text: str, content: str, source: str, speaker: str
) -> None:
    assert article(text).said((content, source)) == [speaker]

"""A court's decision as the channel of its judges' words, with the day the story gave the ruling
(``resolve.stated.decision_days``): short court stories in six courts' styles, run through the whole pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated.decision_days import a_court_ruling

from ..conftest import occasion_of, occasion_on_and_off

pytestmark = pytest.mark.slow

# Kenya: the lede's day on the court's verb, the judge's words drawn from her judgment, and a continuation
NAIROBI = (
    "The High Court in Nairobi on Tuesday quashed a county ban on motorcycle taxis in the city centre, ruling that the "
    "county had not heard the riders before it acted.\n\n"
    "In her judgment, Justice Wanjiru Kamau said the county had acted beyond its powers under the Traffic Act.\n\n"
    '"A ban that falls on thousands of livelihoods cannot be made in a boardroom," she wrote.\n\n'
    "In a statement on Wednesday, the county's transport minister said the government was studying the judgment."
)
# Australia: a dissent, the court's day told on "ruled"
CANBERRA = (
    "The High Court of Australia ruled on Wednesday that the Commonwealth could not detain the man indefinitely.\n\n"
    "In a dissenting judgment, Justice Helen Gordon said the legislation was valid and should be upheld."
)
# India: the lead judgment delivered in an opening participle
DELHI = (
    "The Supreme Court on Monday upheld the validity of the state's reservation law for local bodies.\n\n"
    "Delivering the lead judgment, Justice R. Srinivasan said the law met the test of reasonable classification."
)
# England: a coroner's conclusion recorded at the end of the inquest, on its own day
TRURO = (
    "A coroner has ruled that a fisherman who drowned off Newlyn died as a result of an accident.\n\n"
    "Recording a narrative conclusion at the end of a three-day inquest in Truro on Thursday, Assistant Coroner "
    "Sarah Lane said the skipper had not been wearing a lifejacket."
)
# Trinidad: no day told for the ruling, so none for the judgment either
PORT_OF_SPAIN = (
    "The Court of Appeal has quashed the acquisition of the fishing village at Otaheite.\n\n"
    "In her judgment, Justice of Appeal Marisa Ramcharan-Lewis said the residents had never been consulted."
)
# the US: a concurring opinion read by the occasion tagger, not by the rules, takes the day too
LANSING = (
    "In a 5-2 decision, the Michigan Supreme Court ruled on Friday that the redistricting commission had acted "
    "lawfully.\n\n"
    "In a concurring opinion, Justice David Ostrowski said he agreed with the result but not the reasoning."
)
# Nigeria: a minister ruled something out on a day; no court ruled, so the judgment later quoted takes no day from him
ABUJA = (
    "The Minister of Works on Friday ruled out any review of the road tolls.\n\n"
    "In her judgment, Justice Amina Bello said the tolls had been lawfully set."
)


@pytest.mark.parametrize(
    ("text", "content", "channel", "time"),
    [
        (NAIROBI, "the county had acted beyond its powers", "her judgment", "on Tuesday"),
        (NAIROBI, "A ban that falls on thousands of livelihoods", "her judgment", "on Tuesday"),
        (CANBERRA, "the legislation was valid", "a dissenting judgment", "on Wednesday"),
        (LANSING, "he agreed with the result but not the reasoning", "a concurring opinion", "on Friday"),
    ],
)
def test_a_judgment_takes_the_day_the_court_ruled(
    monkeypatch: pytest.MonkeyPatch, text: str, content: str, channel: str, time: str
) -> None:
    """DECISION_DAYS: the judge's words drawn from the judgment take the day told on the court's verb; off, none."""
    on, off = occasion_on_and_off(
        monkeypatch, "quotegraph.nlp.resolve.stated.decision_days.DECISION_DAYS", text, content
    )
    assert (on[0], on[2]) == (channel, time)
    assert (off[0], off[2]) == (channel, None)


def test_a_reaction_to_the_judgment_keeps_its_own_occasion() -> None:
    """The minister's statement about the judgment is made in his statement, on his day: not drawn from the judgment."""
    assert occasion_of(NAIROBI, "the government was studying the judgment") == ("a statement", None, "on Wednesday")


@pytest.mark.parametrize(
    ("text", "content"),
    [(PORT_OF_SPAIN, "the residents had never been consulted"), (ABUJA, "the tolls had been lawfully set")],
)
def test_no_court_ruling_told_with_a_day_gives_no_day(text: str, content: str) -> None:
    """A ruling told with no day, or a day on a minister's "ruled out": the judgment's words take no time."""
    channel, _, time = occasion_of(text, content)
    assert channel == "her judgment" and time is None


@pytest.mark.parametrize(
    ("text", "content", "channel", "time"),
    [
        (DELHI, "the law met the test of reasonable classification", "the lead judgment", "on Monday"),
        (TRURO, "the skipper had not been wearing a lifejacket", "a narrative conclusion", "on Thursday"),
    ],
)
def test_a_decision_delivered_in_an_opening_participle_is_the_channel(
    monkeypatch: pytest.MonkeyPatch, text: str, content: str, channel: str, time: str
) -> None:
    """DECISIONS_DELIVERED: "Delivering the lead judgment, X said", "Recording a narrative conclusion at the end of a
    three-day inquest in Truro on Thursday, the coroner said": the decision is the channel, not the sitting."""
    on, off = occasion_on_and_off(
        monkeypatch, "quotegraph.nlp.resolve.stated.decision_days.DECISIONS_DELIVERED", text, content
    )
    assert (on[0], on[2]) == (channel, time)
    assert off[0] != channel


@pytest.mark.parametrize(
    ("sentence", "verb", "ruling"),
    [
        ("The Court of Appeal on Thursday quashed the order.", "quashed", True),
        ("An employment tribunal in Leeds ruled on Wednesday that she was unfairly dismissed.", "ruled", True),
        ("A coroner has ruled that the death was an accident.", "ruled", True),
        ("The minister on Friday ruled out a review.", "ruled", False),
        ("Police found the car on Monday.", "found", False),
    ],
)
def test_a_court_ruling_is_a_verb_of_deciding_with_a_court_as_subject(
    parser: Language, sentence: str, verb: str, ruling: bool
) -> None:
    [word] = [t for t in parser(sentence) if t.text == verb]
    assert a_court_ruling(word) is ruling

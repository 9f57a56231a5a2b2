"""A group's scene for its members (``resolve.carrying.group_scenes``): a group named back speaks in its scene."""

from __future__ import annotations

import pytest
import spacy

from quotegraph.nlp.resolve.carrying import group_scenes
from quotegraph.nlp.resolve.paragraphs import Paragraphs

from ..conftest import ArticleMaker, occasion_of
from .test_scenes import DAY, _carried_channels

pytestmark = pytest.mark.slow


_ROSTER = (
    "Three candidates are running for mayor: Ruth Okafor, Dan Pell and Lena Voss.\n\n"
    "{group}\n\n"
    "Okafor said she would cut bus fares.\n\n"
    "Pell said the budget came first."
)


@pytest.mark.parametrize(
    ("group", "channel"),
    [
        (
            "In a series of interviews with the Ledger, the candidates outlined their plans for the city.",
            "a series of interviews with the Ledger",
        ),
        ("At a debate on Monday, the candidates outlined their plans for the city.", "a debate"),
        # not named back: some of them, whoever they are
        ("In a series of interviews with the Ledger, some candidates outlined their plans for the city.", None),
        # each in an interview of their own, many occasions, none of them carried
        ("In interviews with the Ledger, the candidates outlined their plans for the city.", None),
    ],
)
def test_a_group_named_back_speaks_in_its_scene_for_the_people_named_before_it(
    article: ArticleMaker, group: str, channel: str | None
) -> None:
    subject = "some candidates" if "some candidates" in group else "the candidates"
    said = [
        ("their plans for the city", "outlined", subject, None),
        ("she would cut bus fares", "said", "Okafor", "city."),
        ("the budget came first", "said", "Pell", "fares."),
    ]
    assert _carried_channels(article, _ROSTER.format(group=group), said)[1:] == [channel, channel]


_ROUND_OF_CALLS = (
    "The mayor's budget faces a hard week on the council.\n\n"
    "{group}\n\n"
    "Councilwoman Ruth Okafor said the fare cut would not survive.\n\n"
    "Okafor said the vote was close."
)


def _addressees(article: ArticleMaker, text: str, said: list[tuple[str, str, str, str | None]]) -> list[str | None]:
    art = article(text, published=DAY)
    found = art.resolve([art.candidate(c, cue, source, after=after) for c, cue, source, after in said])[1]
    return [None if f.addressee is None else f.addressee.text for f in found]


@pytest.mark.parametrize(
    ("group", "rule", "addressee"),
    [
        # a round of calls told to an outlet: the member named next tells it too, and so go on her later words
        ("Several council members told the Ledger the budget is in trouble.", True, "the Ledger"),
        ("Several council members told the Ledger the budget is in trouble.", False, None),
        # told to a body, not an outlet: a meeting the member named next may not have been at
        ("Several council members told the committee the budget is in trouble.", True, None),
        # one person, not a group
        ("Council member Dan Pell told the Ledger the budget is in trouble.", True, None),
    ],
)
def test_a_group_s_outlet_is_told_by_the_members_named_next(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, group: str, rule: bool, addressee: str | None
) -> None:
    monkeypatch.setattr(group_scenes, "GROUPS_TOLD_AN_OUTLET", rule)
    source = "Several council members" if group.startswith("Several") else "Council member Dan Pell"
    said = [
        ("the budget is in trouble", "told", source, None),
        ("the fare cut would not survive", "said", "Councilwoman Ruth Okafor", None),
        ("the vote was close", "said", "Okafor", "survive."),
    ]
    assert _addressees(article, _ROUND_OF_CALLS.format(group=group), said)[1:] == [addressee, addressee]


@pytest.mark.parametrize(("rule", "named"), [(True, {1}), (False, set())])
def test_the_members_named_next_are_counted_from_the_paragraph_of_the_group_s_verb(
    monkeypatch: pytest.MonkeyPatch, rule: bool, named: set[int]
) -> None:
    """A sentence the parser runs over a line break from a quote ("... the council.”\\nThe mayor didn’t stop ..., but
    several council members told the Ledger ...") still has its members named in the paragraph after the verb's."""
    text = (
        "“We’re going to take back the council.”\nThe mayor didn’t stop, but several council members told the Ledger"
        " the budget is in trouble.\nCouncilwoman Ruth Okafor said the fare cut would not survive.\nPell said no."
    )
    doc = spacy.blank("en")(text)
    sentence = doc[0 : next(t.i for t in doc if t.text == "trouble") + 2]  # from the quote, over the line break
    verb = next(t for t in doc if t.text == "told")
    firsts = ([text.index("Ruth"), text.index("Pell")], [1, 2])  # where each person is first named, their entities
    monkeypatch.setattr(group_scenes, "VERB_S_PARAGRAPH", rule)
    assert group_scenes.members_named_after(firsts, Paragraphs(text), sentence, verb) == named


@pytest.mark.parametrize(("on", "expected"), [(True, "on Saturday"), (False, None)])
def test_a_group_s_day_is_the_day_its_members_named_next_speak(
    monkeypatch: pytest.MonkeyPatch, on: bool, expected: str | None
) -> None:
    """ "The United States stepped up pressure on China on Saturday, with top defense officials vowing ...", then
    "Defense Secretary Ash Carter said": a group's statement with no channel but a day's name, whose member speaks
    next that day (``GROUP_DAYS``)."""
    monkeypatch.setattr(group_scenes, "GROUP_DAYS", on)
    text = (
        "The United States stepped up pressure on China on Saturday, with top defense officials vowing to remain in "
        "the region.\n\n"
        "Defense Secretary Ash Carter said the navy would keep sailing through the strait."
    )
    assert occasion_of(text, "the navy would keep sailing") == (None, None, expected)

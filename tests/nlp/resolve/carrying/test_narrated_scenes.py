"""A scene the reporter sets in a fronted phrase of place and day (``resolve.carrying.narrated_scenes``): for the
people heard after it, until a sentence names another channel."""

from __future__ import annotations

from typing import Any

import pytest

from ..conftest import ArticleMaker
from .test_scenes import DAY, _texts

pytestmark = pytest.mark.slow

_NARRATED = "quotegraph.nlp.resolve.carrying.narrated_scenes"


def _rest_centre(opening: str) -> str:
    return (
        "Thirty households spent the night at a rest centre after the cliff slipped.\n\n"
        f"{opening}\n\n"
        "“I thought it was a lorry at first,” said Brenda Oxley, 71.\n\n"
        "Gary Pickering, 49, said he had moved his two cars down to the car park.\n\n"
        "In an email to the Mercury yesterday, council leader Joanne Raistrick said the road would stay shut."
    )


def _scene(art: Any) -> list[tuple[str | None, str | None, str | None]]:
    statements = [
        art.candidate("I thought it was a lorry at first", "said", "Brenda Oxley", kind="direct"),
        art.candidate("he had moved his two cars down to the car park", "said", "Gary Pickering, 49"),
        art.candidate("the road would stay shut", "said", "council leader Joanne Raistrick"),
    ]
    return [_texts(found) for found in art.resolve(statements)[1]]


@pytest.mark.parametrize("flag", [True, False])
def test_a_fronted_place_and_day_in_narration_sets_the_scene_of_those_heard_after_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "At the rest centre in the church hall on Wednesday afternoon, ..., the talk was all of ...": the residents
    quoted after it speak there, then; the one who wrote an email has her own occasion (``NARRATED_SCENES``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scenes.NARRATED_SCENES", flag)
    opening = (
        "At the rest centre in the church hall on Wednesday afternoon, where volunteers ladled soup, the talk was all "
        "of a rumble in the dark."
    )
    found = _scene(article(_rest_centre(opening), published=DAY))
    scene = ("the rest centre in the church hall", None, "on Wednesday afternoon")
    assert found[:2] == ([scene, scene] if flag else [(None, None, None), (None, None, None)])
    assert found[2] != scene  # after a sentence naming another channel ("In an email"): not the scene


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # one person as the main clause's subject: the phrase is her setting, not the residents' scene
        ("At the rest centre in the church hall on Wednesday afternoon, Mayor Ann Reyes thanked the volunteers.", None),
        # an open place is no channel: the day alone
        (
            "On the lawns outside the library on Wednesday afternoon, the mood was grim.",
            (None, "on Wednesday afternoon"),
        ),
        # a day that dates another thing than the scene ("the June 7 primary")
        ("At the rest centre after the Tuesday vote, the talk was all of a rumble in the dark.", None),
    ],
)
def test_what_a_fronted_phrase_sets(
    article: ArticleMaker, opening: str, expected: tuple[str | None, str | None] | None
) -> None:
    """The scene's channel only for an event or a place gathered in, its day only its own, and nothing when one
    person is the main clause's subject."""
    found = _scene(article(_rest_centre(opening), published=DAY))
    assert found[0][::2] == ((None, None) if expected is None else expected)


@pytest.mark.parametrize(("flag", "verb"), [(True, "gathered"), (False, "gathered"), (True, "argued")])
def test_a_fronted_day_alone_dates_those_gathered(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, verb: str
) -> None:
    """ "On a rainy Thursday afternoon this month, a dozen workers gathered at a bar": the workers quoted after it
    speak then (``FRONTED_DAYS``); not when the main verb tells of no coming together ("argued"). Read without
    ``scenes.EVENT_DAYS``, which gives the workers who gathered their day by the verb alone ("Thursday afternoon")."""
    monkeypatch.setattr(f"{_NARRATED}.FRONTED_DAYS", flag)
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scenes.EVENT_DAYS", False)
    text = (
        "The factory will close next year.\n\n"
        f"On a rainy Thursday afternoon this month, a dozen workers {verb} at a bar across the street.\n\n"
        "“I like working with my hands,” said Robin Maynard, who has worked there for 24 years."
    )
    art = article(text, published=DAY)
    quote = art.candidate("I like working with my hands", "said", "Robin Maynard", kind="direct")
    found = art.resolve([quote])[1][0]
    assert _texts(found)[2] == ("On a rainy Thursday afternoon this month" if flag and verb == "gathered" else None)


@pytest.mark.parametrize("flag", [True, False])
def test_one_named_before_the_scene_is_heard_in_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """A resident the story introduced before the scene and quotes after it speaks there too
    (``scenes.NARRATED_EVERY_MENTION``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scenes.NARRATED_EVERY_MENTION", flag)
    text = (
        "Brenda Oxley has lived at number 14 for 38 years.\n\n"
        "At the rest centre in the church hall on Wednesday afternoon, the talk was all of a rumble in the dark.\n\n"
        "“I thought it was a lorry at first,” Ms Oxley said."
    )
    art = article(text, published=DAY)
    quote = art.candidate("I thought it was a lorry at first", "said", "Ms Oxley", kind="direct")
    found = art.resolve([quote])[1][0]
    assert _texts(found)[2] == ("on Wednesday afternoon" if flag else None)


def test_a_channel_word_in_someone_s_words_does_not_end_the_scene(article: ArticleMaker) -> None:
    """ "he had opened his first account with a ten-shilling note": a note talked of, no occasion; the customer quoted
    after him is still at the session."""
    text = (
        "At a drop-in session the bank held in the Corn Exchange on Tuesday morning, the queue stretched down the "
        "stairs.\n\n"
        "Dennis Haig said he had opened his first account with a ten-shilling note.\n\n"
        "Joan Tindall said the last bank van had turned up when it felt like it."
    )
    said = {
        "Dennis Haig": "he had opened his first account with a ten-shilling note",
        "Joan Tindall": "the last bank van had turned up when it felt like it",
    }
    art = article(text, published=DAY)
    found = art.resolve([art.candidate(words, "said", speaker) for speaker, words in said.items()])[1]
    assert [_texts(f)[::2] for f in found] == [("a drop-in session", "on Tuesday morning")] * 2


@pytest.mark.parametrize(
    ("flag", "opening", "expected"),
    [
        # a crowd that held a protest on a day: its scene for those heard after it
        (
            True,
            "About 300 residents held a protest outside the depot gate on Wednesday morning, singing hymns.",
            ("a protest", "on Wednesday morning"),
        ),
        (
            False,
            "About 300 residents held a protest outside the depot gate on Wednesday morning, singing hymns.",
            (None, None),
        ),
        # one person who held it: that person's setting, not the residents' scene
        (True, "Mayor Ann Reyes held a protest outside the depot gate on Wednesday morning.", (None, None)),
        # a gathering held with no day of its own
        (True, "About 300 residents held a protest outside the depot gate, singing hymns.", (None, None)),
    ],
)
def test_a_gathering_a_crowd_held_on_a_day_sets_the_scene_of_those_heard_after_it(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    flag: bool,
    opening: str,
    expected: tuple[str | None, str | None],
) -> None:
    """ "About 300 residents ... held a protest outside its main gate on Wednesday morning": the people quoted after
    it speak at the protest, then (``HELD_SCENES``)."""
    monkeypatch.setattr(f"{_NARRATED}.HELD_SCENES", flag)
    found = _scene(article(_rest_centre(opening), published=DAY))
    assert found[0][::2] == expected


def _met_there(opening: str) -> str:
    return (
        "The bridge will stay shut for weeks.\n\n"
        f"{opening}\n\n"
        "“I left the house at 4:30 and I'm still sitting here,” said Loretta Banning, a nurse.\n\n"
        "Dwayne Oakes, who drives a delivery van, said the ferry crews were doing their best."
    )


def _met(art: Any) -> list[tuple[str | None, str | None, str | None]]:
    statements = [
        art.candidate("I left the house at 4:30 and I'm still sitting here", "said", "Loretta Banning", kind="direct"),
        art.candidate("the ferry crews were doing their best", "said", "Dwayne Oakes"),
    ]
    return [_texts(found) for found in art.resolve(statements)[1]]


@pytest.mark.parametrize("flag", [True, False])
def test_a_main_verb_tagged_as_a_participle_still_sets_the_scene(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "At the Crestwood ferry landing on Wednesday morning, the line of cars stretched back": the tagger takes
    "stretched" for a participle (VBN, the root, with its subject and no auxiliary); read as the past it is, the
    people met there speak on that morning, and the landing, an open place, is no channel
    (``scene_parts.MISTAGGED_PASTS``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_parts.MISTAGGED_PASTS", flag)
    opening = "At the Crestwood ferry landing on Wednesday morning, the line of cars stretched back past the bait shop."
    art = article(_met_there(opening), published=DAY)
    assert next(t for t in art.doc if t.text == "stretched").tag_ == "VBN"  # the mistag the rule reads
    scene = (None, None, "on Wednesday morning")
    assert _met(art) == ([scene, scene] if flag else [(None, None, None), (None, None, None)])


@pytest.mark.parametrize("flag", [True, False])
def test_a_possessor_split_off_the_place_leaves_the_place(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "Outside Kinetta’s office in Anson Road on Wednesday afternoon, a queue had formed": the parser makes
    "Kinetta" and "office" both objects of "Outside"; the place is the office, an open place (no channel), and the
    people met in the queue speak that afternoon (``SPLIT_POSSESSORS``)."""
    monkeypatch.setattr(f"{_NARRATED}.SPLIT_POSSESSORS", flag)
    opening = (
        "Outside Kinetta’s office in Anson Road on Wednesday afternoon, a queue of about 60 people had formed by 2 pm."
    )
    art = article(_met_there(opening), published=DAY)
    scene = (None, None, "on Wednesday afternoon")
    assert _met(art) == ([scene, scene] if flag else [(None, None, None), (None, None, None)])


def test_a_possessor_alone_is_no_place(article: ArticleMaker, monkeypatch: pytest.MonkeyPatch) -> None:
    """ "At Kinetta’s on Wednesday afternoon": one object of the preposition, a name, no common noun: no scene. Read
    without ``scenes.EVENT_DAYS``, which dates the people met there by the queue that formed that afternoon."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scenes.EVENT_DAYS", False)
    opening = "At Kinetta’s on Wednesday afternoon, a queue of about 60 people had formed by 2 pm."
    assert _met(article(_met_there(opening), published=DAY)) == [(None, None, None), (None, None, None)]


@pytest.mark.parametrize("flag", [True, False])
def test_a_place_named_by_its_name_gives_its_day_alone(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "At the Blue Heron Diner on Harbour Road on Friday morning, ...": a place's name is no event: the people met
    there speak that morning, with no channel (``NAMED_VENUE_DAYS``)."""
    monkeypatch.setattr(f"{_NARRATED}.NAMED_VENUE_DAYS", flag)
    opening = "At the Blue Heron Diner on Harbour Road on Friday morning, the bridge was all anyone talked about."
    scene = (None, None, "on Friday morning")
    assert _met(article(_met_there(opening), published=DAY)) == (
        [scene, scene] if flag else [(None, None, None), (None, None, None)]
    )


@pytest.mark.parametrize(
    ("flag", "opening", "expected"),
    [
        (
            True,
            "About 150 parents gathered outside the town hall for a vigil organised by the school on Friday evening.",
            ("a vigil organised by the school", "on Friday evening"),
        ),
        (True, "Hundreds gathered on the ferry ramp on Friday evening, holding candles.", (None, "on Friday evening")),
        (
            False,
            "About 150 parents gathered outside the town hall for a vigil organised by the school on Friday evening.",
            (None, None),
        ),
        # one person who came: that person's own setting, not a crowd's scene
        (True, "Mayor Ann Reyes gathered her notes outside the town hall on Friday evening.", (None, None)),
        # a crowd with no day: no scene dated
        (True, "About 150 parents gathered outside the town hall for a vigil organised by the school.", (None, None)),
    ],
)
def test_a_crowd_gathered_on_a_day_sets_the_scene_of_those_heard_after_it(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    flag: bool,
    opening: str,
    expected: tuple[str | None, str | None],
) -> None:
    """Many who came together on a day, for a gathering or at a place, set the scene of the people quoted after them
    (``GATHERED_CROWDS``): the gathering's channel when one is named, its day."""
    monkeypatch.setattr(f"{_NARRATED}.GATHERED_CROWDS", flag)
    found = _scene(article(_rest_centre(opening), published=DAY))
    assert found[0][::2] == expected

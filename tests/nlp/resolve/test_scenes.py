"""Scene settings read from sentences that hold no statement: many people questioned (a person on air is with the
events read whatever the verb, in ``test_occasions.py``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

from quotegraph.model import Attribution
from quotegraph.nlp.resolve import scenes

pytestmark = pytest.mark.slow

DAY = "2025-02-07"  # the day these stories were published, a Friday


def _texts(found: Attribution) -> tuple[str | None, str | None, str | None]:
    return tuple(None if f is None else f.text for f in (found.channel, found.addressee, found.time))  # type: ignore[return-value]


_TOWN_HALL = (
    "The vote came a day after a town hall meeting in Dayton on Monday night, where Mayor Ann Reyes took questions "
    "from about 300 residents.\n\n"
    "“We will not raise taxes this year,” Reyes said.\n\n"
    "Residents queued outside for an hour.\n\n"
    "The city's treasurer, Bo Tran, told the meeting that the budget was balanced."
)


@pytest.mark.parametrize("flag", [True, False])
def test_a_scene_a_where_clause_puts_someone_at_is_set_for_them(
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "a town hall meeting in Dayton on Monday night, where Mayor Ann Reyes took questions": the meeting and its night
    are Reyes's occasion, carried to her quote (with ``WHERE_SCENES`` off, nothing is)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.WHERE_SCENES", flag)
    found = article(_TOWN_HALL, published=DAY).one("We will not raise taxes this year,", "said", "Reyes", kind="direct")
    assert _texts(found) == (("a town hall meeting in Dayton", None, "on Monday night") if flag else (None, None, None))


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        # a caller the description names in its own relative clause
        ("“My bins have sat there for three weeks,” said the first caller, who gave her name as Carol Bates of "
         "Eastfield.\n\nCarol Bates has lived in the town for 40 years.",
         "My bins have sat there for three weeks,", "said", "the first caller"),
        # the presenter, named by the name apposed to the role
        ("The presenter, Gemma Lowe, asked whether the cuts had saved money.", "whether the cuts had saved money",
         "asked", "The presenter, Gemma Lowe"),
    ],
)  # fmt: skip
def test_one_named_by_a_role_in_a_scene_speaks_in_it(
    article: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
    flag: bool,
    text: str,
    content: str,
    cue: str,
    source: str,
) -> None:
    """A caller, a presenter, a moderator takes part in the scene last named ("took calls on the station's phone-in on
    Thursday morning"), within ``MAX_ROLE_GAP`` paragraphs: their words carry it (with ``SCENE_ROLES`` off, nothing)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.SCENE_ROLES", flag)
    # this rule alone: a question is an exchange in the scene just set as well (``occasions.SCENE_EXCHANGES``)
    monkeypatch.setattr("quotegraph.nlp.resolve.occasions.SCENE_EXCHANGES", False)
    lede = "Council leader Tom Reyes took calls about bin collections on the station's phone-in on Thursday morning."
    found = article(f"{lede}\n\n{text}", published=DAY).one(content, cue, source, kind="direct")
    expected = ("the station's phone-in", None, "on Thursday morning") if flag else (None, None, None)
    assert _texts(found) == expected


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("title", "speaks"),
    [("Presenter Gemma Lowe", True), ("BBC presenter Gemma Lowe", False)],
)
def test_one_whose_name_opens_with_a_scene_s_role_speaks_in_it(
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, flag: bool, title: str, speaks: bool
) -> None:
    """ "Presenter Gemma Lowe asked": a role worn as a bare title opening the name places her in the phone-in last
    named (``BARE_ROLE_TITLES``); a presenter a body qualifies ("BBC presenter") may present anything."""
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.BARE_ROLE_TITLES", flag)
    monkeypatch.setattr("quotegraph.nlp.resolve.occasions.SCENE_EXCHANGES", False)
    lede = "Council leader Tom Reyes took calls about bin collections on the station's phone-in on Thursday morning."
    text = f"{lede}\n\n{title} asked whether the cuts had saved money."
    found = article(text, published=DAY).one("whether the cuts had saved money", "asked", title)
    expected = ("the station's phone-in", None, "on Thursday morning") if flag and speaks else (None, None, None)
    assert _texts(found) == expected


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(("verb", "took_part"), [("moderated", True), ("chaired", True), ("attended", False)])
def test_one_a_relative_clause_says_ran_the_scene_named_again_takes_part_in_it(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool, verb: str, took_part: bool
) -> None:
    """ "Carl Mendenhall, who moderated the news conference, said": he takes part in the news conference named before
    (``RAN_THE_SCENE``); one who attended it may be quoted from anywhere (train-d: 3 time and 2 channel false fills)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.RAN_THE_SCENE", flag)
    doc = nlp(f"Carl Mendenhall, the executive director, who {verb} the news conference, said the final was long.")
    conference = next(t for t in doc if t.text == "conference")
    assert scenes._run_or_attended(conference) == (flag and took_part)


# a programme a station owns, then its presenter's question on the next paragraph
_MORNING_IRELAND = (
    "Speaking on RTÉ Radio 1's Morning Ireland this morning, the minister, Colm Brennock, said a deal was near."
    "\n\nThe presenter, Ciara Mulhern, asked whether farmers had been told the same thing before."
)


@pytest.mark.parametrize("flag", [True, False])
def test_a_programme_named_as_one_is_a_scene_its_presenter_takes_part_in(
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "Speaking on RTÉ Radio 1's Morning Ireland this morning, ... The presenter, Ciara Mulhern, asked": the
    programme, named by a station that owns it, is the scene the presenter asks in (``PROGRAMME_SCENES``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.PROGRAMME_SCENES", flag)
    monkeypatch.setattr("quotegraph.nlp.resolve.occasions.SCENE_EXCHANGES", False)
    asked = ("whether farmers had been told the same thing before", "asked", "The presenter, Ciara Mulhern")
    found = article(_MORNING_IRELAND, published=DAY).one(*asked)
    expected = ("RTÉ Radio 1's Morning Ireland", None, "this morning") if flag else (None, None, None)
    assert _texts(found) == expected


@pytest.mark.parametrize("flag", [True, False])
def test_one_speaking_from_the_floor_speaks_in_the_meeting_named_again(
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "Speaking from the floor, Mark Pennington ... said": in the parish council meeting, as first named with its
    evening, though three paragraphs on, since the chairman "told the meeting" in between (``_scene_again``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.SCENE_ROLES", flag)
    text = (
        "Residents packed the village hall on Tuesday evening for a parish council meeting.\n\n"
        "Council chairman Geoffrey Tallis told the meeting that the parish could not pay.\n\n"
        "The vote was put off for the third time this year.\n\n"
        "Officials have met five times since March.\n\n"
        "Speaking from the floor, Mark Pennington, whose cottage flooded in 2020, said he had spent £38,000 on repairs."
    )
    found = article(text, published=DAY).one("he had spent £38,000 on repairs", "said", "Mark Pennington")
    expected = ("a parish council meeting", None, "on Tuesday evening") if flag else (None, None, None)
    assert _texts(found) == expected


@pytest.mark.parametrize("flag", [True, False])
def test_one_sitting_beside_a_speaker_at_a_scene_speaks_in_it(
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "Sitting beside her, the men's winner, Tesfaye Alemu, said": placed beside the one just heard at the news
    conference, he speaks in it, with its moment (``BESIDE_SOMEONE``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.BESIDE_SOMEONE", flag)
    art = article(
        "At the post-race news conference an hour later, Faith Chepkoech said she would donate part of her bonus.\n\n"
        "Sitting beside her, the men's winner, Tesfaye Alemu of Ethiopia, said the humidity had been worse than "
        "anything he had trained for.",
        published=DAY,
    )
    hers = art.candidate("she would donate part of her bonus", "said", "Faith Chepkoech")
    his = art.candidate("the humidity had been worse", "said", "Tesfaye Alemu", after="Sitting")
    found = art.resolve([hers, his])[1][1]
    expected = ("the post-race news conference", None, "an hour later") if flag else (None, None, None)
    assert _texts(found) == expected


@pytest.mark.parametrize("flag", [True, False])
def test_a_scene_s_own_moment_goes_with_it_to_those_taking_part(
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "At a question-and-answer session after the screening": the session's own phrase says when, and one joining
    its speaker on stage speaks then (``SCENE_OWN_TIME``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.SCENE_OWN_TIME", flag)
    text = (
        "At a question-and-answer session after the screening, the Hungarian director told the audience that she "
        "had cut almost 40 minutes of dialogue in the edit.\n\n"
        "Joining her on stage, Tobias Rennick joked that it was the best-paid part he had ever played."
    )
    found = article(text, published=DAY).one("it was the best-paid part he had ever played", "joked", "Tobias Rennick")
    expected = ("a question-and-answer session", None, "after the screening" if flag else None)
    assert _texts(found) == expected


@pytest.mark.parametrize(
    ("flag", "group", "expected"),
    [
        (True, "committee members", ("the ensuing hearing", None, "on Thursday")),
        (False, "committee members", (None, None, None)),
        (True, "the candidates", (None, None, None)),  # not a meeting's members taking the floor in turn
    ],
)
def test_a_meeting_s_members_placed_at_a_scene_are_the_speakers_named_after_it(
    article: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
    flag: bool,
    group: str,
    expected: tuple[str | None, str | None, str | None],
) -> None:
    """ "In the ensuing debate, Council members broadly commended ...": a sentence with no statement that places a
    meeting's members at a scene, with no day of its own, sets it for the people named after it, paragraphs on, on
    the day a statement last stated (with ``GROUP_IN_SCENE`` off, or a group that is no meeting's members, nothing)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.GROUP_IN_SCENE", flag)
    text = (
        "The water authority's chief executive, Ruth Okafor, told the transport committee on Thursday that bills "
        "would rise.\n\n"
        "She said the rise was needed to repair the pipes.\n\n"
        f"In the ensuing hearing, {group} pressed her on the bonuses.\n\n"
        "Labour's Daniel Hurst said the bonuses should be scrapped.\n\n"
        "Margaret Ellery, the committee's chair, said the authority had failed its customers."
    )
    made = article(text, published=DAY)
    lede = made.candidate("bills would rise", "told", "Ruth Okafor")
    last = made.candidate("the authority had failed its customers", "said", "Margaret Ellery", after="Margaret Ellery")
    found = made.resolve([lede, last])[1]
    assert _texts(found[1]) == expected


@pytest.mark.parametrize(
    ("flag", "crowd", "channel"),
    [
        (True, "Residents took to the Noticeboard Facebook group", "the Noticeboard Facebook group"),
        (False, "Residents took to the Noticeboard Facebook group", "posted"),
        # a crowd at a scene is no platform posted on
        (True, "Residents packed a public meeting at the Faversham Guildhall", "posted"),
    ],
)  # fmt: skip
def test_one_of_a_crowd_gone_on_a_platform_posts_there(
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, flag: bool, crowd: str, channel: str
) -> None:
    """ "Residents took to the ... Facebook group", then "One member, Derek Holloway, posted that ...": the one named
    after the crowd posted in the group, which "posted" names no medium beside (with ``CROWD_ON_A_PLATFORM`` off, the
    verb is the channel)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.CROWD_ON_A_PLATFORM", flag)
    text = (
        f"Kent Water announced a hosepipe ban on Thursday.\n\n{crowd} within minutes of the announcement. One member, "
        "Derek Holloway, posted that he had reported a burst main three times since May."
    )
    found = article(text, published=DAY).one("that he had reported a burst main", "posted", "Derek Holloway")
    assert _texts(found)[0] == channel


_SPEECH = (
    "In a short speech at the community centre, Mayor Dana Hill said the town had shown great courage.\n\n"
    "“Nobody will forget it,” Hill said."
)


@pytest.mark.parametrize(("on", "times"), [(True, ["on Thursday", "on Thursday"]), (False, [None, None])])
def test_a_lede_whose_only_statement_is_a_participle_of_thanks_still_tells_the_story_s_day(
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, on: bool, times: list[str | None]
) -> None:
    """The lede's day is on what its subject did, the thanks a participle beside it, whoever the thanks are given to:
    the story's day still, which the subject's first scene then falls on (``occasions.LEDE_SUBJECT_SCENES``)."""
    monkeypatch.setattr(scenes, "PARTICIPLE_LEDE", on)
    lede = (
        "Mayor Dana Hill toured Todmarsh on Thursday, meeting families whose homes were wrecked when the river burst "
        "its banks and thanking the volunteers who cleared the streets."
    )
    art = article(f"{lede}\n\n{_SPEECH}", published=DAY)
    found = art.resolve(
        [
            # the finder's reading of the page this comes from: the participle given to the clause before it
            art.candidate("the volunteers who cleared the streets", "thanking", "the river"),
            art.candidate("the town had shown great courage", "said", "Mayor Dana Hill", after="speech"),
            art.candidate("Nobody will forget it,", "said", "Hill", kind="direct"),
        ]
    )[1]
    assert [_texts(f)[2] for f in found[1:]] == times


_MOMENT = "As Hale took the stage in Marlow on Tuesday night, the county's report warned that the river would rise."
_ANOTHER_MOMENT = "After Hale left Marlow on Tuesday night, the county's report warned that the river would rise."


@pytest.mark.parametrize(
    ("on", "moment", "time"),
    [(True, _MOMENT, "on Tuesday night"), (False, _MOMENT, None), (True, _ANOTHER_MOMENT, None)],
)
def test_a_day_on_a_person_s_moment_dates_their_statements_after_it(
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, on: bool, moment: str, time: str | None
) -> None:
    """A day in an "as" clause whose subject is one person, in a sentence whose statement is another's, is the day that
    person was there (``MOMENT_DAYS``); an "after" clause tells of another moment."""
    monkeypatch.setattr(scenes, "MOMENT_DAYS", on)
    lede = "Governor Lane said the river had peaked."  # a statement first: no story's day told
    art = article(f"{lede}\n\n{moment}\n\nHale said the state would help.", published=DAY)
    found = art.resolve(
        [
            art.candidate("the river had peaked", "said", "Governor Lane"),
            art.candidate("the river would rise", "warned", "the county's report"),
            art.candidate("the state would help", "said", "Hale", after="."),
        ]
    )
    hale = found[1][2]
    assert _texts(hale)[2] == time
    assert hale.time is None or hale.time.carried


_OPENING = "Mayor Hill said the bridge would reopen in May.\n\n{moment} “{words},” she said."
_ANOTHER_SPEAKS = "Mayor Hill said the bridge would reopen in May.\n\n{moment} “{words},” said Tom Avery."
_INTERVIEWED = (
    "Mayor Hill said in an interview on Sunday that the bridge would reopen in May.\n\n{moment} “{words},” she said."
)


@pytest.mark.parametrize(
    ("on", "before", "moment", "expected"),
    [
        (True, _OPENING, "When I asked about the tolls, Hill folded her arms.", "When I asked about the tolls"),
        (False, _OPENING, "When I asked about the tolls, Hill folded her arms.", None),
        # the moment is the doer's: another who speaks next keeps no time of it
        (True, _ANOTHER_SPEAKS, "When I asked about the tolls, Hill folded her arms.", None),
        (True, _OPENING, "Asked about the tolls, Hill folded her arms.", "Asked about the tolls"),
        # the clause after the verb: part of what is told, not the moment that opens it
        (True, _OPENING, "Hill folded her arms when I asked about the tolls.", None),
        # a stretch of being, no moment
        (True, _OPENING, "When she was a councillor, Hill opposed every toll.", None),
        # a habit in the present: no moment
        (True, _OPENING, "When Hill talks about the tolls, she folds her arms.", None),
        # a moment with no day of its own, inside the interview told before: that interview's day stands
        (True, _INTERVIEWED, "Asked about the tolls, Hill folded her arms.", "on Sunday"),
        # a moment on a day of its own is another occasion
        (
            True,
            _INTERVIEWED,
            "Asked outside her office on Thursday whether she would run again, Hill folded her arms.",
            "Asked outside her office on Thursday whether she would run again",
        ),
        (
            False,
            _INTERVIEWED,
            "Asked outside her office on Thursday whether she would run again, Hill folded her arms.",
            "on Sunday",
        ),
    ],
)
def test_a_moment_opening_a_person_s_doing_dates_the_words_she_says_next(
    article: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    before: str,
    moment: str,
    expected: str | None,
) -> None:
    """ "When I asked about the tolls, Hill folded her arms. “...,” she said.": the clause of time that opens a sentence
    telling what one person did, set off by its comma, is when the words she says next in the paragraph were said
    (``OPENING_MOMENTS``); not a clause after the verb, a state ("When she was"), or a habit; with no day of its own, it
    only fills a time her occasion lacks."""
    monkeypatch.setattr(scenes, "OPENING_MOMENTS", on)
    words = "Nobody likes paying twice"
    art = article(before.format(moment=moment, words=words), published=DAY)
    first = art.candidate("the bridge would reopen in May", "said", "Mayor Hill")
    # the question put to her is a statement of the sentence, as the finder makes it
    asked = [art.candidate("whether she would run again", "Asked")] if "whether" in moment else []
    speaker = "Tom Avery" if "Tom Avery" in before else "she"
    quote = art.candidate(f"{words},", "said", speaker, after=f"{words},", kind="direct")
    hill = art.resolve([first, *asked, quote])[1][-1]
    assert _texts(hill)[2] == expected


@pytest.mark.parametrize(
    ("flag", "expected"),
    [(True, ("a brief inquest at County Hall in Norwich", None, "on Monday")), (False, (None, None, None))],
)
def test_one_a_sitting_body_heard_from_gives_evidence_in_its_sitting(
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, flag: bool, expected: tuple[Any, ...]
) -> None:
    """ "The court heard evidence from ..., Tom Ashby, who said": the one heard from speaks in the inquest last named,
    on its day, though the coroner set it (``HEARD_FROM``); "The court" names that sitting again, no new scene."""
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.HEARD_FROM", flag)
    ruling = (
        "Coroner Jacqueline Lake ruled at a brief inquest at County Hall in Norwich on Monday that it was treasure."
    )
    heard = (
        "The court heard evidence from the finds officer, Tom Ashby, who said the coins had been spread by ploughing."
    )
    art = article(f"{ruling}\n\n{heard}", published=DAY)
    assert _texts(art.one("the coins had been spread", "said", "who")) == expected


def _carried_channels(
    article: Callable[..., Any], text: str, said: list[tuple[str, str, str, str | None]]
) -> list[str | None]:
    """The channel of each statement ``said`` tells of (content, cue, source, a text before the cue), carried only."""
    art = article(text, published=DAY)
    found = art.resolve([art.candidate(c, cue, source, after=after) for c, cue, source, after in said])[1]
    return [None if f.channel is None or not f.channel.carried else f.channel.text for f in found]


_LIVE_BLOG = (
    "Debate Night Live.\n\n"
    "The beginning of Saturday night's ABC News debate could not have been more awkward.\n\n"
    "February 6, 2016 {first} Christie On The Budget\n\n"
    "Chris Christie said the state had balanced its budget.\n\n"
    "February 6, 2016 10:20PM Cruz On Drugs\n\n"
    "Ted Cruz said his sister had died of an overdose.\n\n"
    "Cruz said the epidemic touched every family.\n\n"
    "February 6, 2016 10:41PM Clock Runs Out.\n\n"
    "The candidates left the stage."
)


@pytest.mark.parametrize(
    ("first", "channel"),
    [
        ("10:05PM", "Saturday night's ABC News debate"),
        # two stamps: no live blog, the stamp run into the statement is its own occasion
        ("Budget", None),
    ],
)
def test_a_live_blog_s_event_is_set_again_for_its_speakers_in_each_entry(
    article: Callable[..., Any], first: str, channel: str | None
) -> None:
    # the entry's stamp runs into Cruz's first statement: a time of its own, after which the event was lost
    said = [
        ("the state had balanced its budget", "said", "Chris Christie", None),
        ("his sister had died of an overdose", "said", "Ted Cruz", "Drugs"),
        ("the epidemic touched every family", "said", "Cruz", "overdose."),
    ]
    assert _carried_channels(article, _LIVE_BLOG.format(first=first), said)[2] == channel


_TESTIMONY = (
    "Maria Teixeira, a former nurse, testified on Thursday that she saw the chart changed.\n\n"
    "Teixeira told the jury that the surgeon entered the notes hours later.\n\n"
    "“He asked me to leave the room,” she said.\n\n"
    "Kessler has pleaded not guilty.\n\n"
    "{opening}, defense lawyer Simon Achebe suggested that Teixeira held a grudge against Kessler."
)


@pytest.mark.parametrize(
    ("flag", "opening", "expected"),
    [
        (True, "Under cross-examination", (None, None, "on Thursday")),
        (True, "Under questioning from the prosecution", (None, None, "on Thursday")),
        (False, "Under cross-examination", (None, None, None)),
        (True, "Under the rules of the court", (None, None, None)),  # no examination: no one in the testimony
    ],
)
def test_one_examining_a_witness_speaks_on_the_testimony_s_day(
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, flag: bool, opening: str, expected: tuple[Any, ...]
) -> None:
    """ "Maria Teixeira testified on Thursday ... Under cross-examination, defense lawyer Simon Achebe suggested": a
    testimony told by its verb is a scene with its day, and one whose saying opens under the witness's examination
    speaks in it, however many of the witness's answers came between (``UNDER_EXAMINATION``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.UNDER_EXAMINATION", flag)
    art = article(_TESTIMONY.format(opening=opening), published=DAY)
    assert _texts(art.one("held a grudge", "suggested", "Simon Achebe")) == expected


def _last_one_s(article: Callable[..., Any], text: str, *said: tuple[str, str, str, str | None]) -> tuple[Any, ...]:
    """The channel, addressee and time of the last of ``said`` (content, cue, source, the phrase the cue and source
    come after), resolved with the statements before it in ``text``."""
    art = article(text, published=DAY)
    found = art.resolve([art.candidate(c, cue, source, after=after) for c, cue, source, after in said])[1]
    return _texts(found[-1])


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("placed", "there"),
    [
        ("Mira Dahl, sitting two chairs away, said", True),
        ("Mira Dahl, who joined the runners on the stage, said", True),
        ("Seated next to the mayor, Mira Dahl said", True),
        ("Mira Dahl, standing by her plan, said", False),  # a stance, not a place
        ("Mira Dahl, who joined the club in Oslo, said", False),  # no stage: a place she may never have left
    ],
)
def test_one_placed_near_the_speakers_or_on_the_stage_speaks_in_the_scene(
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, flag: bool, placed: str, there: bool
) -> None:
    """ "Raghavan, sitting a seat away, said", "Solheim, who joined the players on the stage, said": a clause of being
    placed near someone or on the stage places its person in the news conference just named, with its moment
    (``PLACED_IN_THE_SCENE``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.PLACED_IN_THE_SCENE", flag)
    text = (
        "At the awards news conference an hour later, Petra Lind said the course had been fast.\n\n"
        f"{placed} the wind had dropped after noon."
    )
    found = _last_one_s(
        article,
        text,
        ("the course had been fast", "said", "Petra Lind", None),
        ("the wind had dropped after noon", "said", "Mira Dahl", "Mira Dahl"),
    )
    assert found == (("the awards news conference", None, "an hour later") if flag and there else (None, None, None))


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("opening", "there"),
    [
        ("Speaking against the motion", True),
        ("Speaking against the new fees", True),
        ("Speaking for the ferry company", False),  # a spokesman's words, from anywhere
    ],
)
def test_one_speaking_against_a_motion_speaks_in_the_meeting(
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, flag: bool, opening: str, there: bool
) -> None:
    """ "Speaking against the motion, delegate Col Brannigan said": one who speaks against what a meeting debates takes
    part in its debate, as one speaking from its floor does (``SPEAKING_TO_A_MOTION``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.SPEAKING_TO_A_MOTION", flag)
    text = (
        "Islanders filled the school gym on Monday night for a harbour board meeting.\n\n"
        f"{opening}, fisherman Ole Brekke said the new fees would empty the quay."
    )
    found = article(text, published=DAY).one("the new fees would empty the quay", "said", "Ole Brekke")
    expected = ("a harbour board meeting", None, "on Monday night") if flag and there else (None, None, None)
    assert _texts(found) == expected


# "the other candidate on the stage" (``ON_THE_STAGE``); "who joined the players on the stage" four paragraphs after the
# news conference was named, whose speaker's words since were made in it, so it is the scene in force, read where it was
# last spoken in, as for a question or a reply (``PLACED_IN_THE_SCENE``)
_ON_STAGE = (
    "ON_THE_STAGE",
    "At the mayoral debate on Tuesday night, Carl Voss said taxes would not rise.\n\n"
    "The other candidate on the stage, Anna Roth, said the budget was short by $4 million.",
    (
        ("taxes would not rise", "said", "Carl Voss", None),
        ("the budget was short by $4 million", "said", "Anna Roth", "Anna Roth"),
    ),
    ("the mayoral debate", None, "on Tuesday night"),
)
_JOINED_LATER = (
    "PLACED_IN_THE_SCENE",
    "At the post-match news conference an hour later, Petra Lind said the course had been fast.\n\n"
    "“I felt it from the first lap,” she said.\n\n"
    "She added that she would rest on Sunday.\n\n"
    "Referee Mira Dahl, who joined the riders on the stage, said the timing system had failed twice.",
    (
        ("the course had been fast", "said", "Petra Lind", None),
        ("I felt it from the first lap,", "said", "she", "lap"),
        ("she would rest on Sunday", "added", "She", None),
        ("the timing system had failed twice", "said", "Referee Mira Dahl", "Referee"),
    ),
    ("the post-match news conference", None, "an hour later"),
)


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(("rule", "text", "said", "expected"), [_ON_STAGE, _JOINED_LATER])
def test_one_placed_on_the_stage_speaks_in_the_scene_in_force(
    article: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
    flag: bool,
    rule: str,
    text: str,
    said: tuple[tuple[str, str, str, str | None], ...],
    expected: tuple[str, None, str],
) -> None:
    """ "But the other candidate on the stage, Hillary Clinton, said", "Chief arbiter Ingrid Solheim, who joined the
    players on the stage, said": placed on the scene's stage, they speak in it."""
    monkeypatch.setattr(f"quotegraph.nlp.resolve.scenes.{rule}", flag)
    assert _last_one_s(article, text, *said) == (expected if flag else (None, None, None))


@pytest.mark.parametrize(("last", "expected"), [(scenes.MAX_SCENE_DAY_PARAGRAPH, "on Thursday night"), (1, None)])
def test_a_weekday_after_the_first_statement_is_read_only_within_the_lede(
    article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, last: int, expected: str | None
) -> None:
    # the sentence giving the day is paragraph 2, after the headline (0) and a statement (1): the story's day is told
    # (``_story_day``) only before any statement, the headline scene's day as far as ``MAX_SCENE_DAY_PARAGRAPH``
    monkeypatch.setattr(scenes, "MAX_SCENE_DAY_PARAGRAPH", last)
    text = (
        "Rivals trade barbs in debate\n\n"
        "Governor Ana Ruiz told voters in their final debate that taxes were too high.\n\n"
        "The two candidates clashed on Thursday night over roads.\n\n"
        "The crowd was quiet.\n\n"
        "Senator Tom Kell said the state needed more roads."
    )
    art = article(text, published=DAY)
    found = art.resolve(
        [
            art.candidate("that taxes were too high", "told", "Governor Ana Ruiz"),
            art.candidate("the state needed more roads", "said", "Senator Tom Kell"),
        ]
    )[1]
    assert _texts(found[-1]) == ("their final debate", None, expected)


@pytest.mark.parametrize(
    ("parts", "story_day", "when", "expected"),
    [
        (True, True, "at the end of a cabinet meeting", ("a cabinet meeting", None, "on Tuesday")),
        (True, False, "at the end of a cabinet meeting", ("a cabinet meeting", None, None)),
        (False, True, "at the end of a cabinet meeting", (None, None, None)),
        (True, True, "at the end of a long winter", (None, None, None)),  # no scene: a span of time
    ],
)
def test_a_meeting_s_members_at_the_end_of_a_meeting_on_the_story_s_day(
    article: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
    parts: bool,
    story_day: bool,
    when: str,
    expected: tuple[str | None, str | None, str | None],
) -> None:
    """ "Cabinet members voted six to two ... at the end of a cabinet meeting": the scene after a part of an event
    (``EVENT_PARTS``) is set for the people named after its members, on the story's day its lede told before any
    statement (``GROUP_SCENE_STORY_DAY``); with ``EVENT_PARTS`` off, or a part of no scene, nothing."""
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.EVENT_PARTS", parts)
    monkeypatch.setattr("quotegraph.nlp.resolve.scenes.GROUP_SCENE_STORY_DAY", story_day)
    text = (
        "Marlow County Council's cabinet voted to close Hatherley Primary School on Tuesday.\n\n"
        f"Cabinet members voted six to two for the closure {when}.\n\n"
        "Cllr Ruth Okafor, the cabinet member for education, said the school was too small to keep open."
    )
    found = article(text, published=DAY).one("the school was too small to keep open", "said", "Cllr Ruth Okafor")
    assert _texts(found) == expected

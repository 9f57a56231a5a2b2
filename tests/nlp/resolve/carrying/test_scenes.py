"""Scene settings (``resolve.carrying.scenes``, the entry point): the scenes a sentence with no statement tells, ledes
and live blogs, a crowd on a platform, and the rules switched by the flags ``scene_settings`` reads (a "where" clause, a
role in a scene, a person's day or moment). The neighbours' own rules are tested in ``test_sentence_settings.py``,
``test_scene_days.py``, ``test_group_scenes.py``, ``test_where_scenes.py``, ``test_scene_roles.py``,
``test_questioned.py`` and ``test_scene_parts.py`` (a person on air is with the events read whatever the verb, in
``test_occasions.py``)."""

from __future__ import annotations

import pytest

from quotegraph.model import Attribution
from quotegraph.nlp.resolve.carrying import scenes

from ..conftest import ArticleMaker, occasion_of

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
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "a town hall meeting in Dayton on Monday night, where Mayor Ann Reyes took questions": the meeting and its night
    are Reyes's occasion, carried to her quote (with ``WHERE_SCENES`` off, nothing is)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scenes.WHERE_SCENES", flag)
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
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    flag: bool,
    text: str,
    content: str,
    cue: str,
    source: str,
) -> None:
    """A caller, a presenter, a moderator takes part in the scene last named ("took calls on the station's phone-in on
    Thursday morning"), within ``MAX_ROLE_GAP`` paragraphs: their words carry it (with ``SCENE_ROLES`` off, nothing)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scenes.SCENE_ROLES", flag)
    # this rule alone: a question is an exchange in the scene just set as well (``taking_part.SCENE_EXCHANGES``)
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.taking_part.SCENE_EXCHANGES", False)
    lede = "Council leader Tom Reyes took calls about bin collections on the station's phone-in on Thursday morning."
    found = article(f"{lede}\n\n{text}", published=DAY).one(content, cue, source, kind="direct")
    expected = ("the station's phone-in", None, "on Thursday morning") if flag else (None, None, None)
    assert _texts(found) == expected


@pytest.mark.parametrize("flag", [True, False])
def test_one_speaking_from_the_floor_speaks_in_the_meeting_named_again(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "Speaking from the floor, Mark Pennington ... said": in the parish council meeting, as first named with its
    evening, though three paragraphs on, since the chairman "told the meeting" in between (``_scene_again``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scenes.SCENE_ROLES", flag)
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


@pytest.mark.parametrize(
    ("flag", "group", "expected"),
    [
        (True, "committee members", ("the ensuing hearing", None, "on Thursday")),
        (False, "committee members", (None, None, None)),
        (True, "the candidates", (None, None, None)),  # not a meeting's members taking the floor in turn
    ],
)
def test_a_meeting_s_members_placed_at_a_scene_are_the_speakers_named_after_it(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    flag: bool,
    group: str,
    expected: tuple[str | None, str | None, str | None],
) -> None:
    """ "In the ensuing debate, Council members broadly commended ...": a sentence with no statement that places a
    meeting's members at a scene, with no day of its own, sets it for the people named after it, paragraphs on, on
    the day a statement last stated (with ``GROUP_IN_SCENE`` off, or a group that is no meeting's members, nothing)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scenes.GROUP_IN_SCENE", flag)
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
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, crowd: str, channel: str
) -> None:
    """ "Residents took to the ... Facebook group", then "One member, Derek Holloway, posted that ...": the one named
    after the crowd posted in the group, which "posted" names no medium beside (with ``CROWD_ON_A_PLATFORM`` off, the
    verb is the channel)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scenes.CROWD_ON_A_PLATFORM", flag)
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
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, times: list[str | None]
) -> None:
    """The lede's day is on what its subject did, the thanks a participle beside it, whoever the thanks are given to:
    the story's day still, which the subject's first scene then falls on (``story_scene.LEDE_SUBJECT_SCENES``)."""
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


# the rule alone: the learned time fallback carries the narrated day to Hale's statement whether the rule does or not,
# "after" clause included (a false fill of the fallback by this convention: docs/occasion-rounds.md, learnedtime)
@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    ("on", "moment", "time"),
    [(True, _MOMENT, "on Tuesday night"), (False, _MOMENT, None), (True, _ANOTHER_MOMENT, None)],
)
def test_a_day_on_a_person_s_moment_dates_their_statements_after_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, moment: str, time: str | None
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
    article: ArticleMaker,
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


def _carried_channels(
    article: ArticleMaker, text: str, said: list[tuple[str, str, str, str | None]]
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
    article: ArticleMaker, first: str, channel: str | None
) -> None:
    # the entry's stamp runs into Cruz's first statement: a time of its own, after which the event was lost
    said = [
        ("the state had balanced its budget", "said", "Chris Christie", None),
        ("his sister had died of an overdose", "said", "Ted Cruz", "Drugs"),
        ("the epidemic touched every family", "said", "Cruz", "overdose."),
    ]
    assert _carried_channels(article, _LIVE_BLOG.format(first=first), said)[2] == channel


@pytest.mark.parametrize(("last", "expected"), [(scenes.MAX_SCENE_DAY_PARAGRAPH, "on Thursday night"), (1, None)])
def test_a_weekday_after_the_first_statement_is_read_only_within_the_lede(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, last: int, expected: str | None
) -> None:
    # the sentence giving the day is paragraph 2, after the headline (0) and a statement (1): the story's day is told
    # (``_story_day``) only before any statement, the headline scene's day as far as ``MAX_SCENE_DAY_PARAGRAPH``
    monkeypatch.setattr(scenes, "MAX_SCENE_DAY_PARAGRAPH", last)
    # the scene's day alone: "The two candidates clashed on Thursday night" is also a roundup's lede, whose day
    # ``roundups.ROUNDUP_DAYS`` gives Kell by another reading
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.roundups.ROUNDUP_DAYS", False)
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
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    parts: bool,
    story_day: bool,
    when: str,
    expected: tuple[str | None, str | None, str | None],
) -> None:
    """ "Cabinet members voted six to two ... at the end of a cabinet meeting": the scene after a part of an event
    (``EVENT_PARTS``) is set for the people named after its members, on the story's day its lede told before any
    statement (``GROUP_SCENE_STORY_DAY``); with ``EVENT_PARTS`` off, or a part of no scene, nothing."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scenes.EVENT_PARTS", parts)
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scenes.GROUP_SCENE_STORY_DAY", story_day)
    text = (
        "Marlow County Council's cabinet voted to close Hatherley Primary School on Tuesday.\n\n"
        f"Cabinet members voted six to two for the closure {when}.\n\n"
        "Cllr Ruth Okafor, the cabinet member for education, said the school was too small to keep open."
    )
    found = article(text, published=DAY).one("the school was too small to keep open", "said", "Cllr Ruth Okafor")
    assert _texts(found) == expected


@pytest.mark.parametrize("flag", [True, False])
def test_a_question_session_the_subject_of_a_sentence_sets_the_scene(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "First Minister's Questions opened on Thursday with a row ...": a session the subject of a sentence with no
    statement is a scene, on its day, for the member who tells the chamber next (``SCENE_AS_SUBJECT``; off, the
    member keeps only the addressee she names)."""
    monkeypatch.setattr(scenes, "SCENE_AS_SUBJECT", flag)
    # this reading alone: the stated join of one told the chamber (``stated.sitting_hearers.BODY_HEARERS_TOLD``) gives
    # the member the session by its title and its day of its own
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.sitting_hearers.BODY_HEARERS_TOLD", False)
    text = (
        "First Minister's Questions opened on Thursday with a row over hospital waiting lists.\n\n"
        "Alun Price told the chamber that the health board had failed its patients."
    )
    found = article(text, published=DAY).one("that the health board had failed its patients", "told", "Alun Price")
    expected = ("First Minister's Questions", "the chamber", "on Thursday") if flag else (None, "the chamber", None)
    assert _texts(found) == expected


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    "doing",
    [
        # a destination is no scene, but the day of the doing is hers
        "Mayor Ann Reyes drove the new bus route to the depot on Friday.",
        # a ferry is nowhere a statement is made, but the day of what she was doing there is hers
        "Mayor Ann Reyes was on a ferry to the island on Friday, talking about the harbour.",
    ],
)
def test_the_day_of_a_person_s_doing_with_no_scene_dates_her_words_after_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, doing: str
) -> None:
    """A sentence with no statement telling what a person did on a day, at no scene, gives her next words that day
    (``PERSON_DAYS``; off, they have none)."""
    monkeypatch.setattr(scenes, "PERSON_DAYS", flag)
    text = f"{doing}\n\n“It runs on time,” Reyes said."
    found = article(text, published=DAY).one("It runs on time,", "said", "Reyes", kind="direct")
    assert _texts(found) == (None, None, "on Friday" if flag else None)


@pytest.mark.parametrize("flag", [True, False])
def test_people_a_person_questioned_answer_her_on_the_day_of_the_questioning(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "Columnist Rita Osei interviewed about thirty nurses ... on Monday": the questioner, a person, has a setting of
    her own, and the people she questioned, named after, still answer her on that day (``QUESTIONER_SET``; off, the
    questioning is not read at all)."""
    monkeypatch.setattr(scenes, "QUESTIONER_SET", flag)
    text = (
        "Columnist Rita Osei interviewed about thirty nurses at three Leeds hospitals on Monday.\n\n"
        "Jane Morrow said the night shifts were the hardest."
    )
    found = article(text, published=DAY).one(
        "the night shifts were the hardest", "said", "Jane Morrow", after="Jane Morrow"
    )
    assert _texts(found) == ((None, "Columnist Rita Osei", "on Monday") if flag else (None, None, None))


_GROUP_LEDE = (
    "Reyes and Hale Aren’t Fighting Over The City Budget — Yet.\n\n"
    "DAYTON — Supporters of Mayor Ann Reyes and Councillor Tom Hale avoided clashes over spending during their first "
    "budget committee hearing Wednesday.\n"
    "The meeting at a library in Dayton was the first in the committee’s tour of four towns in the county.\n"
    "Reyes won most of the party’s votes after winning contests in Eastfield and Northgate Tuesday night.\n"
    "Councillor Maya Ortiz, chair of the budget committee, said that it was “fully committed to an open process.”"
)


@pytest.mark.parametrize("flag", [True, False])
def test_a_lede_setting_its_scene_for_a_group_only_sets_it_for_those_named_after(
    monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "Supporters of Mayor Ann Reyes and Councillor Tom Hale avoided clashes ... during their first budget committee
    hearing Wednesday": a lede whose setting is a group's only still tells the story's scene, on its day, for the
    people the story names after it; the chair first named at the end, after a paragraph on another day ("Tuesday
    night"), speaks at the hearing (``LEDE_GROUP_SCENES``; off, nothing reaches her). Through the whole pipeline, on
    the shape of the train-d article the rule was written on (its comment in ``scenes.py``), written anew: without the
    headline, the paragraph on the meeting or the one on Tuesday night, the flag changes nothing here (another reading
    carries the hearing, or none does)."""
    monkeypatch.setattr(scenes, "LEDE_GROUP_SCENES", flag)
    found = occasion_of(_GROUP_LEDE, "fully committed to an open process", published=DAY)
    assert found == (("their first budget committee hearing", None, "Wednesday") if flag else (None, None, None))

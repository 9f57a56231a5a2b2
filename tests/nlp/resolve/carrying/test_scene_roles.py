"""The people named by their part in a scene (``resolve.carrying.scene_roles``): a role worn as a title, one who ran the
scene, a programme's presenter, one beside a speaker, on the stage or against the motion, one a sitting body heard from,
one examining a witness; and the scene's own moment carried to them."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.carrying import scene_roles

from ..conftest import ArticleMaker, occasion_of
from .test_scenes import DAY, _texts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("title", "speaks"),
    [("Presenter Gemma Lowe", True), ("BBC presenter Gemma Lowe", False)],
)
def test_one_whose_name_opens_with_a_scene_s_role_speaks_in_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, title: str, speaks: bool
) -> None:
    """ "Presenter Gemma Lowe asked": a role worn as a bare title opening the name places her in the phone-in last
    named (``BARE_ROLE_TITLES``); a presenter a body qualifies ("BBC presenter") may present anything."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_roles.BARE_ROLE_TITLES", flag)
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.taking_part.SCENE_EXCHANGES", False)
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
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_roles.RAN_THE_SCENE", flag)
    doc = nlp(f"Carl Mendenhall, the executive director, who {verb} the news conference, said the final was long.")
    conference = next(t for t in doc if t.text == "conference")
    assert scene_roles._run_or_attended(conference) == (flag and took_part)


# a programme a station owns, then its presenter's question on the next paragraph
_MORNING_IRELAND = (
    "Speaking on RTÉ Radio 1's Morning Ireland this morning, the minister, Colm Brennock, said a deal was near."
    "\n\nThe presenter, Ciara Mulhern, asked whether farmers had been told the same thing before."
)


@pytest.mark.parametrize("flag", [True, False])
def test_a_programme_named_as_one_is_a_scene_its_presenter_takes_part_in(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "Speaking on RTÉ Radio 1's Morning Ireland this morning, ... The presenter, Ciara Mulhern, asked": the
    programme, named by a station that owns it, is the scene the presenter asks in (``PROGRAMME_SCENES``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_roles.PROGRAMME_SCENES", flag)
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.taking_part.SCENE_EXCHANGES", False)
    asked = ("whether farmers had been told the same thing before", "asked", "The presenter, Ciara Mulhern")
    found = article(_MORNING_IRELAND, published=DAY).one(*asked)
    expected = ("RTÉ Radio 1's Morning Ireland", None, "this morning") if flag else (None, None, None)
    assert _texts(found) == expected


@pytest.mark.parametrize("flag", [True, False])
def test_one_sitting_beside_a_speaker_at_a_scene_speaks_in_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "Sitting beside her, the men's winner, Tesfaye Alemu, said": placed beside the one just heard at the news
    conference, he speaks in it, with its moment (``BESIDE_SOMEONE``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_roles.BESIDE_SOMEONE", flag)
    # the placing clause on the saying reads "beside her" too since ``AT_THE_STAGE``: off, to test this rule alone
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_roles.AT_THE_STAGE", False)
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


@pytest.mark.parametrize(
    ("flag", "text", "word", "expected"),
    [
        (True, "The airport's manager, Sharon Delacey, who spoke after him, said crews had worked.", "him", True),
        (False, "The airport's manager, Sharon Delacey, who spoke after him, said crews had worked.", "him", False),
        (True, "Speaking after her, the chief constable said the road would reopen.", "her", True),
        # a turn after a time is no turn at a scene; nor is one who came after someone
        (True, "The airport's manager, who spoke after lunch, said crews had worked.", "lunch", False),
        (True, "The airport's manager, who arrived after him, said crews had worked.", "him", False),
    ],
)
def test_one_who_spoke_after_someone_takes_a_turn_beside_them(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool, text: str, word: str, expected: bool
) -> None:
    """ "Sharon Delacey, who spoke after him, said": one who took her turn after the one just heard is placed at the
    scene he spoke in, as one sitting beside him is (``SPOKE_AFTER_SOMEONE``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_roles.SPOKE_AFTER_SOMEONE", flag)
    [token] = [t for t in nlp(text) if t.text == word]
    assert scene_roles._beside_someone(token) is expected


@pytest.mark.parametrize("flag", [True, False])
def test_a_programme_s_studio_is_a_scene_its_guests_share(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "Appearing on the couch of WCNV's “Connecticut Morning” ..., Sitting beside her on the couch was Kevin
    Lisowski": the studio is a scene, and the guest placed beside the vet speaks in it (``STUDIO_SCENES``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_roles.STUDIO_SCENES", flag)
    art = article(
        "Appearing on the couch of WCNV’s “Connecticut Morning” on Wednesday, Dr. Naomi Rosenfeld said owners should "
        "keep their dogs away.\n\n"
        "Sitting beside her on the couch was Kevin Lisowski, whose dog spent two nights at the clinic. Lisowski said "
        "his dog had chased a stick into the shallows.",
        published=DAY,
    )
    hers = art.candidate("owners should keep their dogs away", "said", "Dr. Naomi Rosenfeld")
    his = art.candidate("his dog had chased a stick into the shallows", "said", "Lisowski", after="clinic")
    found = art.resolve([hers, his])[1][1]
    expected = ("the couch of WCNV’s “Connecticut Morning", None, "on Wednesday") if flag else (None, None, None)
    assert _texts(found) == expected


@pytest.mark.parametrize("flag", [True, False])
def test_a_scene_s_own_moment_goes_with_it_to_those_taking_part(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "At a question-and-answer session after the screening": the session's own phrase says when, and one joining
    its speaker on stage speaks then (``SCENE_OWN_TIME``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_roles.SCENE_OWN_TIME", flag)
    text = (
        "At a question-and-answer session after the screening, the Hungarian director told the audience that she "
        "had cut almost 40 minutes of dialogue in the edit.\n\n"
        "Joining her on stage, Tobias Rennick joked that it was the best-paid part he had ever played."
    )
    found = article(text, published=DAY).one("it was the best-paid part he had ever played", "joked", "Tobias Rennick")
    expected = ("a question-and-answer session", None, "after the screening" if flag else None)
    assert _texts(found) == expected


@pytest.mark.parametrize(
    ("flag", "expected"),
    [(True, ("a brief inquest at County Hall in Norwich", None, "on Monday")), (False, (None, None, None))],
)
def test_one_a_sitting_body_heard_from_gives_evidence_in_its_sitting(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, expected: tuple[Any, ...]
) -> None:
    """ "The court heard evidence from ..., Tom Ashby, who said": the one heard from speaks in the inquest last named,
    on its day, though the coroner set it (``HEARD_FROM``); "The court" names that sitting again, no new scene."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_roles.HEARD_FROM", flag)
    ruling = (
        "Coroner Jacqueline Lake ruled at a brief inquest at County Hall in Norwich on Monday that it was treasure."
    )
    heard = (
        "The court heard evidence from the finds officer, Tom Ashby, who said the coins had been spread by ploughing."
    )
    art = article(f"{ruling}\n\n{heard}", published=DAY)
    assert _texts(art.one("the coins had been spread", "said", "who")) == expected


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
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, opening: str, expected: tuple[Any, ...]
) -> None:
    """ "Maria Teixeira testified on Thursday ... Under cross-examination, defense lawyer Simon Achebe suggested": a
    testimony told by its verb is a scene with its day, and one whose saying opens under the witness's examination
    speaks in it, however many of the witness's answers came between (``UNDER_EXAMINATION``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_roles.UNDER_EXAMINATION", flag)
    art = article(_TESTIMONY.format(opening=opening), published=DAY)
    assert _texts(art.one("held a grudge", "suggested", "Simon Achebe")) == expected


def _last_one_s(article: ArticleMaker, text: str, *said: tuple[str, str, str, str | None]) -> tuple[Any, ...]:
    """The channel, addressee and time of the last of ``said`` (content, cue, source, the phrase the cue and source
    come after), resolved with the statements before it in ``text``."""
    art = article(text, published=DAY)
    found = art.resolve([art.candidate(c, cue, source, after=after) for c, cue, source, after in said])[1]
    return _texts(found[-1])


def _after_the_conference(article: ArticleMaker, placed: str, source: str) -> tuple[Any, ...]:
    """The channel, addressee and time of ``source``'s statement opened by ``placed``, in the paragraph after Petra
    Lind's at the awards news conference."""
    text = (
        "At the awards news conference an hour later, Petra Lind said the course had been fast.\n\n"
        f"{placed} the wind had dropped after noon."
    )
    return _last_one_s(
        article,
        text,
        ("the course had been fast", "said", "Petra Lind", None),
        ("the wind had dropped after noon", "said", source, source),
    )


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("rule", "placed", "there"),
    [
        ("PLACED_IN_THE_SCENE", "Mira Dahl, sitting two chairs away, said", True),
        ("PLACED_IN_THE_SCENE", "Mira Dahl, who joined the runners on the stage, said", True),
        ("PLACED_IN_THE_SCENE", "Seated next to the mayor, Mira Dahl said", True),
        ("PLACED_IN_THE_SCENE", "Mira Dahl, standing by her plan, said", False),  # a stance, not a place
        # no stage: a place she may never have left
        ("PLACED_IN_THE_SCENE", "Mira Dahl, who joined the club in Oslo, said", False),
        ("RUNNING_THE_SCENE", "Chairing the news conference, Mira Dahl said", True),
        ("RUNNING_THE_SCENE", "Opening the second half of the news conference, Mira Dahl said", True),  # a part of it
        ("RUNNING_THE_SCENE", "Addressing a rally in Leeds, Mira Dahl said", False),  # a scene of its own
        ("RUNNING_THE_SCENE", "Opening the savings plan to everyone, Mira Dahl said", False),  # a plan, no gathering
    ],
)
def test_one_placed_near_the_speakers_or_on_the_stage_speaks_in_the_scene(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, rule: str, placed: str, there: bool
) -> None:
    """ "Raghavan, sitting a seat away, said", "Solheim, who joined the players on the stage, said": a clause of being
    placed near someone or on the stage places its person in the news conference just named, with its moment
    (``PLACED_IN_THE_SCENE``); so does a participle of opening or chairing the scene, or a part of it ("Opening the
    inquiry at Y Plas, planning inspector Helen Probert said": ``RUNNING_THE_SCENE``)."""
    monkeypatch.setattr(f"quotegraph.nlp.resolve.carrying.scene_roles.{rule}", flag)
    found = _after_the_conference(article, placed, "Mira Dahl")
    # a rally she addresses is her own scene (``channels.ADDRESSED_SCENES``), never the news conference
    own = ("a rally in Leeds", None, None) if placed.startswith("Addressing") else (None, None, None)
    assert found == (("the awards news conference", None, "an hour later") if flag and there else own)


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
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, opening: str, there: bool
) -> None:
    """ "Speaking against the motion, delegate Col Brannigan said": one who speaks against what a meeting debates takes
    part in its debate, as one speaking from its floor does (``SPEAKING_TO_A_MOTION``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_roles.SPEAKING_TO_A_MOTION", flag)
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
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    flag: bool,
    rule: str,
    text: str,
    said: tuple[tuple[str, str, str, str | None], ...],
    expected: tuple[str, None, str],
) -> None:
    """ "But the other candidate on the stage, Hillary Clinton, said", "Chief arbiter Ingrid Solheim, who joined the
    players on the stage, said": placed on the scene's stage, they speak in it."""
    monkeypatch.setattr(f"quotegraph.nlp.resolve.carrying.scene_roles.{rule}", flag)
    assert _last_one_s(article, text, *said) == (expected if flag else (None, None, None))


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("title", "speaks"),
    [("Council member Dolores Ekwueme", True), ("Board member Dolores Ekwueme", False)],
)
def test_one_titled_as_the_body_the_scene_s_opener_told_speaks_in_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, title: str, speaks: bool
) -> None:
    """ "told council members" at an emergency session, then "Council member Dolores Ekwueme said": one of the body told
    speaks in the session, on its day, but not to whom its opener spoke (``ONE_OF_THE_ADDRESSED``); a member of another
    body ("Board member") may speak anywhere."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_roles.ONE_OF_THE_ADDRESSED", flag)
    lede = (
        "At an emergency session of the City Council on Wednesday night, the utility's director, Curtis Mabry, told "
        "council members the main was a cast-iron line laid in 1928."
    )
    text = f"{lede}\n\n{title} said the first emergency text had not reached her constituents."
    found = article(text, published=DAY).one("the first emergency text had not reached", "said", title)
    session = ("an emergency session of the City Council", None, "on Wednesday night")
    assert _texts(found) == (session if flag and speaks else (None, None, None))


@pytest.mark.parametrize(
    ("sentence", "body"), [("told council members that", "council members"), ("told Smith that", None)]
)
def test_the_body_a_scene_s_clause_tells_is_a_plural_noun_it_tells(
    nlp: Language, sentence: str, body: str | None
) -> None:
    """The body a scene's opener told is a plural noun the clause's verb tells ("told council members"), not a person
    ("told Smith")."""
    doc = nlp(f"At a session of the council, Mabry {sentence} the pipe was old.")
    told = scene_roles._body_told(next(t for t in doc if t.lower_ == "told"))
    assert (told.text if told is not None else None) == body


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("placed", "there"),
    [
        # the parser hangs "who was seated" on "the clinic", a place in her description: it is hers
        ("Dr Mira Dahl, senior specialist at the clinic, who was seated beside the coach, said", True),
        # "which" names no person: the clinic's clause places nobody
        ("Dr Mira Dahl, senior specialist at the clinic, which was seated beside the coach, said", False),
        # hung on a noun for another person ("the boy"): the boy's clause, which places nobody who speaks here
        ("Dr Mira Dahl, a lawyer for the parents of the boy, who was seated beside the coach, said", False),
    ],
)
def test_a_person_s_clause_hung_inside_the_subject_places_the_subject(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, placed: str, there: bool
) -> None:
    """``WHO_CLAUSES_IN_THE_SUBJECT``: a "who" clause the parser hung on a place inside the speaker's description is
    the speaker's, and places them in the news conference just named, with its moment."""
    monkeypatch.setattr(scene_roles, "WHO_CLAUSES_IN_THE_SUBJECT", flag)
    found = _after_the_conference(article, placed, "Dr Mira Dahl")
    assert found == (("the awards news conference", None, "an hour later") if flag and there else (None, None, None))


_RALLY = "At a rally in Leeds on Tuesday, Mira Dahl, introduced by Tom Berg, said the plan would work."


def _after_the_rally(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    flags: tuple[bool, bool],
    after: str,
    *said: tuple[str, str, str, str | None],
) -> tuple[Any, ...]:
    """The channel, addressee and time of the last of ``said``, told in ``after`` (the text after Mira Dahl's statement
    at the rally), with ``carrier.NEWCOMERS_AT_THE_SCENE`` and ``carrier.NEWCOMERS_KEEP_THE_DAY`` set to ``flags``."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.carrier.NEWCOMERS_AT_THE_SCENE", flags[0])
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.carrier.NEWCOMERS_KEEP_THE_DAY", flags[1])
    return _last_one_s(article, f"{_RALLY} {after}", ("the plan would work", "said", "Mira Dahl", None), *said)


@pytest.mark.parametrize("day", [True, False])
@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("newcomer", "source", "there"),
    [
        ("Critics said", "Critics", False),  # quoted beside the rally, not at it
        ("Tom Berg said", "Tom Berg", True),  # named in the sentence that names the rally
        ("The moderator said", "The moderator", True),  # a role only one taking part in a scene has
    ],
)
def test_a_newcomer_joins_the_scene_only_when_the_text_puts_them_there(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    flag: bool,
    day: bool,
    newcomer: str,
    source: str,
    there: bool,
) -> None:
    """A speaker with no occasion of their own quoted after a rally in the same paragraph speaks at it only when the
    text puts them there: named in the sentence that names it, or by a scene's role; critics quoted beside it were not
    at it (``carrier.NEWCOMERS_AT_THE_SCENE``), but spoke on its day (``carrier.NEWCOMERS_KEEP_THE_DAY``). With the
    rule off, anyone in the paragraph joins."""
    after = f"{newcomer} the plan was too costly."
    found = _after_the_rally(
        article, monkeypatch, (flag, day), after, ("the plan was too costly", "said", source, source)
    )
    rally = ("a rally in Leeds", None, "on Tuesday")
    assert found == (rally if there or not flag else (None, None, "on Tuesday" if day else None))


@pytest.mark.parametrize(
    ("written", "words", "there"),
    [
        ("Critics", frozenset({"critics"}), False),
        ("Tom Berg", frozenset({"tom", "berg"}), True),  # named in the scene's sentence
        ("the moderator", frozenset(), True),  # by a scene's role
        ("a moderator's critic", frozenset(), False),  # a role's head word only
    ],
)
def test_a_newcomer_at_the_scene_is_named_in_its_sentence_or_by_its_role(
    nlp: Language, written: str, words: frozenset[str], there: bool
) -> None:
    """``newcomer_at_the_scene`` for a statement in the sentence after the rally's: its speaker named in the rally's
    sentence, or by a scene's role, is at it; one named by neither is not."""
    doc = nlp(f"{_RALLY} Later they said the plan was too costly.")
    start = doc.text.index("a rally")
    channel = doc.char_span(start, start + len("a rally in Leeds"))
    assert channel is not None and channel.text == "a rally in Leeds"
    after = doc.text.index("Later")
    assert scene_roles.newcomer_at_the_scene(channel, after, words, written) is there
    # a statement told in the sentence that names the scene is at it, whoever its speaker
    assert scene_roles.newcomer_at_the_scene(channel, doc.text.index("said"), frozenset(), None)


@pytest.mark.parametrize("flag", [True, False])
def test_one_who_shouts_a_saying_speaks_in_the_scene_in_force(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "“Stop!” shouted a man": a shouted saying is heard only in the room it is shouted in, so its speaker takes part
    in the news conference just named, with its moment (``SHOUTED_IN_THE_ROOM``)."""
    monkeypatch.setattr(scene_roles, "SHOUTED_IN_THE_ROOM", flag)
    text = (
        "At the awards news conference an hour later, Petra Lind said the course had been fast.\n\n"
        "Mira Dahl shouted that the wind had dropped after noon."
    )
    found = _last_one_s(
        article,
        text,
        ("the course had been fast", "said", "Petra Lind", None),
        ("the wind had dropped after noon", "shouted", "Mira Dahl", "Mira Dahl"),
    )
    assert found == (("the awards news conference", None, "an hour later") if flag else (None, None, None))


@pytest.mark.parametrize("day", [True, False])
def test_a_newcomer_kept_out_of_the_scene_keeps_its_day_in_later_words(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, day: bool
) -> None:
    """A newcomer quoted beside a rally, neither named in its sentence nor by a scene's role, is kept out of it
    (``carrier.NEWCOMERS_AT_THE_SCENE``) but spoke on its day, and so did her words a paragraph later
    (``carrier.NEWCOMERS_KEEP_THE_DAY``), with neither the rally as channel nor an addressee."""
    found = _after_the_rally(
        article,
        monkeypatch,
        (True, day),
        "Anna Holt said the plan was too costly.\n\nMs Holt said the plan would fail.",
        ("the plan was too costly", "said", "Anna Holt", "Anna Holt"),
        ("the plan would fail", "said", "Holt", "Ms"),
    )
    assert found == (None, None, "on Tuesday" if day else None)


_INTERRUPTED = (
    "At a meeting in the village hall at 7pm on Tuesday, the chair of Brayford Parish Council, Helen Marsh, said the "
    "footbridge would stay shut until the spring.\n\n"
    "She was interrupted by Owen Pryce, who said the shops had lost half their trade.\n\n"
    "Ms Marsh replied that the council had asked the county for a temporary crossing."
)


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize("content", ["lost half their trade", "asked the county for a temporary crossing"])
def test_a_scene_s_clock_time_keeps_its_day_for_those_taking_part(
    monkeypatch: pytest.MonkeyPatch, on: bool, content: str
) -> None:
    """SCENE_CLOCK_DAY: "At a meeting ... at 7pm on Tuesday, ... Helen Marsh, said ...", then the one who interrupted
    her and her reply (``scene_turns.INTERRUPTED_BY``) take part in the meeting at its time with its day; off, "7pm"
    alone. Through the whole pipeline: with the candidates given by hand, the time is "at 7pm on Tuesday" either way
    (another reading carries the statement's own phrase), so the flag would not be seen."""
    monkeypatch.setattr(scene_roles, "SCENE_CLOCK_DAY", on)
    channel, _, time = occasion_of(_INTERRUPTED, content, published=DAY)
    assert (channel, time) == ("a meeting in the village hall", "7pm on Tuesday" if on else "7pm")

"""A session the lede narrates on a day, heard through its voices (``lede_sessions.LEDE_SESSIONS``). The articles are
written for the round (ledesessions) in the forms of council, assembly, court and legislature reporting the newest
blind pages and the PolNeAR debates tell: the lede narrates the session and holds no statement of its own (or only a
turn told inside the session's phrase), and the voices then speak without naming it again."""

from __future__ import annotations

import pytest

from ..conftest import Found, occasion_of

pytestmark = pytest.mark.slow

_FLAG = "quotegraph.nlp.resolve.carrying.lede_sessions.LEDE_SESSIONS"

_CHENNAI = (
    "Council passes Rs 9,420-crore budget amid walkout\n\n"
    "The Greater Chennai Corporation council passed a ₹9,420-crore budget at its budget session at Ripon Buildings on "
    "Thursday, after a five-hour debate in which Opposition councillors staged a walkout.\n\n"
    "Presenting the budget, standing committee chairman R. Suresh said the corporation would spend ₹1,200 crore on "
    "storm water drains this year.\n\n"
    "Outside the hall, Mr. Ramesh told reporters that the walkout was a protest against the mayor.\n\n"
    "Councillor Meena Devi later said the new schools had no teachers."
)
_SENATE = (
    "Senate passes spending bill\n\n"
    "The Senate voted 52-48 on Wednesday to pass the spending bill after a day of debate in which Democrats accused "
    "Republicans of hiding cuts.\n\n"
    "Sen. Mitch Jones, Republican of Kansas, said the bill would balance the budget within ten years.\n\n"
    "Sen. Amy Clark, Democrat of Oregon, said the cuts would hurt veterans."
)
_FRONTED = (
    "Mayoral hopefuls clash on rates\n\n"
    "During Thursday night's mayoral debate at the Grand Theatre in Ballarat, moderator Kate Hill asked the candidates "
    "a simple question: would they raise rates?\n\n"
    "“Not while I am mayor,” Councillor Tom Price replied.\n\n"
    "His rival, Sarah Lund, said the city could not avoid a rise."
)
_MAYORAL = "Thursday night's mayoral debate at the Grand Theatre in Ballarat"
_TO_COME = (
    "Nevada waits for the debate\n\n"
    "Nevada is staking its claim for influence as the field gathers in Las Vegas on Tuesday night for their fifth "
    "debate.\n\n"
    "Eric Herzik, who chairs the political science department at the University of Nevada, said the state was hard to "
    "poll.\n\n"
    "Michael Green, a historian, said Nevada was a newcomer to the early calendar."
)
_VIEW_HELD = (
    "Committee hears platform testimony\n\n"
    "Supporters of both candidates avoided confrontations during the platform committee's first hearing on Wednesday."
    "\n\nProgressive organizations that have endorsed the senator say they believe the delegates should choose the "
    "winner of the most votes."
)


def _both(monkeypatch: pytest.MonkeyPatch, text: str, content: str) -> tuple[Found, Found]:
    """The statement's occasion with the rule on, then off."""
    on = occasion_of(text, content)
    monkeypatch.setattr(_FLAG, False)
    return on, occasion_of(text, content)


@pytest.mark.usefixtures("rules_alone")
def test_the_first_voice_after_a_narrated_session_is_heard_in_it_on_its_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "passed a budget at its budget session at Ripon Buildings on Thursday", then "Presenting the budget, X said":
    the session and its day; off, the fronted participle keeps the first voice out of it."""
    on, off = _both(monkeypatch, _CHENNAI, "storm water drains")
    assert on == ("its budget session at Ripon Buildings", None, "on Thursday")
    assert off == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
def test_a_voice_with_an_occasion_of_its_own_leaves_the_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Outside the hall, Mr. Ramesh told reporters": the story has left the session; the voice after it is not given
    the session or its day by the rule."""
    on, off = _both(monkeypatch, _CHENNAI, "no teachers")
    assert on == off
    assert on[0] != "its budget session at Ripon Buildings"


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    ("text", "content", "want"),
    [
        (_SENATE, "balance the budget", ("debate", None, "on Wednesday")),
        (_SENATE, "hurt veterans", ("debate", None, "on Wednesday")),
        (_FRONTED, "could not avoid a rise", (_MAYORAL, None, "Thursday night")),
    ],
    ids=["day-on-the-verb-above", "second-voice", "fronted-on-a-statement"],
)
def test_the_voices_of_a_lede_session_are_heard_in_it(
    monkeypatch: pytest.MonkeyPatch, text: str, content: str, want: Found
) -> None:
    """A session in the lede: a day of debate on the day the Senate voted, with a turn told in its own phrase; a
    debate with its possessive day fronted on the lede's own statement (the moderator's question), for the voice after
    the reply (the reply itself is the exchange ``taking_part`` reads already)."""
    on, off = _both(monkeypatch, text, content)
    assert on == want
    assert off != want


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    ("text", "content"),
    [(_TO_COME, "hard to poll"), (_TO_COME, "newcomer"), (_VIEW_HELD, "delegates should choose")],
    ids=["session-to-come", "its-second-voice", "a-view-held-now"],
)
def test_no_session_for_one_to_come_or_a_view_held_now(
    monkeypatch: pytest.MonkeyPatch, text: str, content: str
) -> None:
    """A debate to come ("the field gathers ... on Tuesday night for their fifth debate") has no voices yet; a view
    told in the present ("say they believe") is no turn at the session: the rule changes nothing."""
    on, off = _both(monkeypatch, text, content)
    assert on == off


# The round sittingcarry's articles (docs/occasion-rounds.md, the forty-second set): the lede tells its claim and the
# sitting it was made in or around in one sentence, a sitting by its own title, a recall between the lede and the
# exchange. Written in the manner of a Westminster Prime Minister's Questions, a US county commission meeting with
# public comment, a state legislature's committee hearing and an Australian Question Time.
_PMQS = (
    "Badenoch accuses Prime Minister of 'giving up on the north'\n\n"
    'The Conservative leader accused the Prime Minister of "giving up on the north" during a bruising Prime '
    "Minister's Questions on Wednesday, a day after new figures showed rail journeys in the region had fallen.\n\n"
    "The Office for National Statistics said in a report published on Tuesday that journeys had fallen by 12 per "
    "cent.\n\n"
    "The Prime Minister replied that his government had committed £4 billion to northern rail.\n\n"
    "Liberal Democrat leader Ed Davey asked whether the Government would reverse the cuts to bus services."
)
_COUNTY = (
    "Hays County commissioners delay jail contract vote\n\n"
    "Hays County commissioners delayed a vote on a $40 million jail contract Tuesday morning, after dozens of "
    "residents signed up to speak at a meeting that stretched past four hours.\n\n"
    "Resident Carla Mendez said the county had not shown the contract to the public.\n\n"
    '"They want us to trust them with forty million dollars," Mendez said.\n\n'
    "In a statement released after the meeting, the sheriff's office said it was disappointed by the delay."
)
_COMMITTEE = (
    "Lawmakers grill utility over wildfire shutoffs\n\n"
    'Members of the Senate Energy Committee accused Pacific Valley Power of "leaving seniors in the dark," as the '
    "committee's hearing on last month's power shutoffs opened in Sacramento on Thursday.\n\n"
    "The utility's chief executive, Dana Whitmore, said the shutoffs had prevented at least three fires.\n\n"
    "Sen. Luis Ortega asked why the company had not warned customers who rely on medical equipment.\n\n"
    '"We should have called every one of them," Whitmore said.'
)
_QUESTION_TIME = (
    "Coalition targets power prices in Question Time\n\n"
    "The Prime Minister has said power bills will fall by next winter, after Opposition Leader Sussan Ley used "
    'Question Time yesterday to accuse the Government of "breaking its promise to every household".\n\n'
    "Ms Ley said the average bill had risen by $300 since the election.\n\n"
    "Energy Minister Chris Bowen said the rebates would continue until June."
)
_BY_NAME = "quotegraph.nlp.resolve.carrying.lede_sessions.SITTINGS_BY_NAME"
_AROUND = "quotegraph.nlp.resolve.carrying.lede_sessions.SITTINGS_AROUND_THE_CLAIM"
_RECALLS = "quotegraph.nlp.resolve.carrying.lede_sessions.RECALLS_SUSPEND"
_PMQS_SITTING = "a bruising Prime Minister's Questions"


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    ("flag", "text", "content", "channel", "time"),
    [
        (_BY_NAME, _PMQS, "£4 billion", "Prime Minister's Questions", "on Wednesday"),
        (_BY_NAME, _PMQS, "reverse the cuts", "Prime Minister's Questions", "on Wednesday"),
        (_BY_NAME, _QUESTION_TIME, "risen by $300", "Question Time", "yesterday"),
        (_AROUND, _QUESTION_TIME, "until June", "Question Time", "yesterday"),
        (_AROUND, _COUNTY, "not shown the contract", "a meeting", "Tuesday morning"),
        (_AROUND, _COUNTY, "forty million dollars", "a meeting", "Tuesday morning"),
        (_AROUND, _COMMITTEE, "three fires", "hearing", "on Thursday"),
        (_AROUND, _COMMITTEE, "every one of them", "hearing", "on Thursday"),
        (_RECALLS, _PMQS, "£4 billion", "Prime Minister's Questions", "on Wednesday"),
    ],
    ids=[
        "pmqs-by-its-title",
        "pmqs-a-question",
        "question-time-by-its-title",
        "question-time-used",
        "county-meeting-spoken-at",
        "county-meeting-a-quote",
        "committee-hearing-opened-as",
        "committee-hearing-a-quote",
        "pmqs-after-a-report-recalled",
    ],
)
def test_a_sitting_told_with_the_lede_s_claim_is_carried_to_its_voices(
    monkeypatch: pytest.MonkeyPatch, flag: str, text: str, content: str, channel: str, time: str
) -> None:
    """A sitting named by its title ("during a bruising Prime Minister's Questions on Wednesday", "used Question Time
    yesterday"), or in a clause of the lede's claim ("after dozens of residents signed up to speak at a meeting", "as
    the committee's hearing ... opened ... on Thursday"), is where the voices after it speak, on its day; a report
    recalled between the lede and the exchange suspends it rather than ends it. Off, the sitting or its day is lost
    (the committee's hearing, named as the lede's own channel, is carried to its voices without its day)."""
    on = occasion_of(text, content)
    monkeypatch.setattr(flag, False)
    off = occasion_of(text, content)
    assert on[0] is not None and channel in on[0]
    assert on[2] == time
    assert off[0] is None or channel not in off[0] or off[2] != time


@pytest.mark.usefixtures("rules_alone")
def test_a_statement_after_the_sitting_keeps_its_own_occasion(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "In a statement released after the meeting": the story has left the sitting; the rules change nothing."""
    on = occasion_of(_COUNTY, "disappointed by the delay")
    monkeypatch.setattr(_AROUND, False)
    assert on == occasion_of(_COUNTY, "disappointed by the delay")
    assert on[0] is not None and "statement" in on[0]


_PRESS_RELEASE = (
    "Starmer grilled over NHS waiting lists\n\n"
    'Conservative leader Kemi Badenoch accused Keir Starmer of "running the NHS by press release" during a rowdy Prime '
    "Minister's Questions on Wednesday.\n\n"
    "Starmer replied that waiting lists had fallen for six months in a row.\n\n"
    "Badenoch said the figures hid the longest waits."
)
_TOLD_SENATORS = (
    "Lawmakers grill utility over wildfire shutoffs\n\n"
    'Members of the Senate Energy Committee accused Pacific Valley Power of "leaving seniors in the dark," as the '
    "committee's hearing on last month's power shutoffs opened in Sacramento on Thursday.\n\n"
    "The state's public advocate, Rosa Kim, told senators that the utility had ignored its own fire maps.\n\n"
    "Sen. Luis Ortega said the committee would ask for the maps."
)
_TOLD_MCAS = (
    "County assembly grills water department over tenders\n\n"
    "Members of the Nakuru County Assembly's water committee accused the county's water department of \"ignoring the "
    "auditor,\" as the committee's hearing on last year's tenders opened in Nakuru on Thursday.\n\n"
    "The department's chief officer, Rosa Kim, told MCAs that the tenders had followed the law.\n\n"
    "Committee chair Luis Ortega said the committee would ask for the files."
)
_OVER = "quotegraph.nlp.resolve.carrying.lede_sessions.SITTING_OVER_CARRIED"
_MEMBERS = "quotegraph.nlp.resolve.carrying.lede_sessions.MEMBERS_TOLD"
_BODY_HEARERS = "quotegraph.nlp.resolve.stated.sitting_hearers.BODY_HEARERS_TOLD"


@pytest.mark.usefixtures("rules_alone")
def test_a_channel_read_in_the_lede_s_quote_gives_way_to_the_sitting(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "accused X of \\"running the NHS by press release\\" during a rowdy Prime Minister's Questions on Wednesday":
    the lede's "press release", carried on to its speaker's later words, gives way to the sitting and its day."""
    on = occasion_of(_PRESS_RELEASE, "hid the longest waits")
    monkeypatch.setattr(_OVER, False)
    off = occasion_of(_PRESS_RELEASE, "hid the longest waits")
    assert on[0] is not None and "Prime Minister's Questions" in on[0]
    assert on[2] == "on Wednesday"
    assert off != on


@pytest.mark.usefixtures("rules_alone")
def test_a_voice_told_to_the_members_stays_in_the_sitting(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Rosa Kim told senators": heard in the committee's hearing, which the voice after her is heard in too, on its
    day; off, "told senators" ends the sitting (with ``stated.sitting_hearers.BODY_HEARERS_TOLD`` off too, which gives
    her statement the hearing and its day of its own)."""
    on = occasion_of(_TOLD_SENATORS, "ask for the maps")
    monkeypatch.setattr(_MEMBERS, False)
    monkeypatch.setattr(_BODY_HEARERS, False)
    off = occasion_of(_TOLD_SENATORS, "ask for the maps")
    assert on[0] is not None and "hearing" in on[0]
    assert on[2] == "on Thursday"
    assert off[2] != "on Thursday"


@pytest.mark.usefixtures("rules_alone")
def test_members_of_any_legislature_told_are_the_sitting_s_audience(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "told MCAs", a Kenyan county assembly's members: the sitting's audience as senators are, from the one list of a
    legislature's members (``sitting_hearers.LEGISLATORS``), so the voice after hers is heard in the hearing on its day
    by this reading alone (``stated.sitting_hearers.BODY_HEARERS_TOLD`` off); off, nothing."""
    monkeypatch.setattr(_BODY_HEARERS, False)
    on = occasion_of(_TOLD_MCAS, "ask for the files")
    monkeypatch.setattr(_MEMBERS, False)
    off = occasion_of(_TOLD_MCAS, "ask for the files")
    assert on[0] is not None and "hearing" in on[0]
    assert on[2] == "on Thursday"
    assert off == (None, None, None)


_RECORD_CITED = (
    "Badenoch accuses Prime Minister of 'giving up on the north'\n\n"
    'The Conservative leader accused the Prime Minister of "giving up on the north" during a bruising Prime '
    "Minister's Questions on Wednesday.\n\n"
    "The Office for National Statistics said in its annual transport report that rail journeys in the region had "
    "fallen by 12 per cent.\n\n"
    "Rail analyst Tom Hale said the cuts had been deeper in the north than anywhere else.\n\n"
    "The Prime Minister replied that his government had committed £4 billion to northern rail."
)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    ("content", "heard"),
    [("£4 billion", True), ("deeper in the north", False)],
    ids=["a-reply-takes-it-up-again", "a-voice-from-outside-does-not"],
)
def test_a_record_cited_suspends_the_sitting_until_one_of_it_speaks(
    monkeypatch: pytest.MonkeyPatch, content: str, heard: bool
) -> None:
    """ "The Office for National Statistics said in its annual transport report": a record's words between the lede
    and the exchange suspend the sitting; a reply ("The Prime Minister replied") takes it up again, an analyst's comment
    is not heard in it. Off, the record ends the sitting for the reply too."""
    on = occasion_of(_RECORD_CITED, content)
    monkeypatch.setattr(_RECALLS, False)
    off = occasion_of(_RECORD_CITED, content)
    sitting = on[0] is not None and "Prime Minister's Questions" in on[0]
    assert sitting == heard
    assert off[0] is None or "Prime Minister's Questions" not in off[0]


_AFTER_THE_DEBATE = (
    "Rubio regroups in New Hampshire\n\n"
    "Marco Rubio campaigned across New Hampshire on Sunday, after he stumbled at a debate in Manchester.\n\n"
    "Rubio said his campaign was stronger than ever.\n\n"
    "Chris Christie said the senator had been exposed."
)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("content", ["stronger than ever", "had been exposed"])
def test_no_sitting_dated_by_a_day_that_is_not_a_body_s(monkeypatch: pytest.MonkeyPatch, content: str) -> None:
    """ "campaigned across New Hampshire on Sunday, after he stumbled at a debate": the debate was over before Sunday;
    a day on the main verb dates a sitting told in its "after" clause only when a body that sits is that verb's subject
    (``_a_body_sat``), so the rule changes nothing here (Rubio's own next words are given "a debate in Manchester" on
    Sunday by the scene of his own sentence, a reading of main's, with the rule on or off)."""
    on = occasion_of(_AFTER_THE_DEBATE, content)
    monkeypatch.setattr(_AROUND, False)
    assert on == occasion_of(_AFTER_THE_DEBATE, content)

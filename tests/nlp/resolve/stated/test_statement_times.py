"""The time a statement's own sentence states for its cue (``resolve.stated.statement_times``)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.nlp.resolve.stated import statement_times
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase
from quotegraph.nlp.resolve.stated.statement_times import MAX_TIMES_READ_IN_A_SENTENCE, a_clock_time, nearest_times

from ..conftest import ArticleMaker, occasion_of
from .test_circumstances import DAY, _texts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("The mayor told reporters at 4 p.m. on Wednesday that the tunnel was unsafe.", "at 4 p.m. on Wednesday"),
        # a day not right after the hour is not its day
        ("The mayor told reporters at 4 p.m. that the tunnel would close on Wednesday.", "at 4 p.m."),
    ],
)
def test_a_clock_time_keeps_the_day_right_after_it(article: ArticleMaker, text: str, time: str) -> None:
    content = text[text.index("that") : -1]
    assert _texts(article(text, published=DAY).one(content, "told", "The mayor"))[2] == time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time right before the day, both hung on the briefing: one time, the hour of that day
        ("At a briefing in the town hall at 6pm on Wednesday, the mayor said that the tunnel was unsafe.",
         ("a briefing in the town hall", "at 6pm on Wednesday")),
        # on a medium's participle: the hour is the time's, not the email's
        ("In an email sent to all staff at 7.45am on Saturday, the mayor said that the tunnel was unsafe.",
         ("an email sent to all staff", "at 7.45am on Saturday")),
        # no clock time before the day: the day alone
        ("At a briefing in the town hall on Wednesday, the mayor said that the tunnel was unsafe.",
         ("a briefing in the town hall", "on Wednesday")),
    ],
)  # fmt: skip
def test_a_clock_time_right_before_the_day_is_one_time_with_it(
    article: ArticleMaker, text: str, expected: tuple[str, str]
) -> None:
    content = text[text.index("that") : -1]
    channel, _, time = _texts(article(text, published=DAY).one(content, "said", "the mayor"))
    assert (channel, time) == expected


@pytest.mark.parametrize(
    ("text", "cue", "time"),
    [
        # the words repeated were said before: a time on them is their earlier saying's, not this one's
        ("Hale seized upon the remark, repeating her campaign's line this week that the mayor's plan would jeopardize "
         "all river traffic.", "repeating", None),
        # a verb of saying for the first time keeps the time on its object
        ("Hale announced plans Tuesday that the tunnel would close.", "announced", "Tuesday"),
    ],
)  # fmt: skip
def test_a_time_on_repeated_words_is_not_the_saying_s(
    article: ArticleMaker, text: str, cue: str, time: str | None
) -> None:
    content = text[text.index("that ") : -1]
    assert _texts(article(text, published=DAY).one(content, cue, "Hale"))[2] == time


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "time"),
    [
        # a relative clause of "when" on a time is the saying
        ("The rift widened in 2019, when the mayor announced that the bridge would close.",
         "that the bridge would close", "announced", "the mayor", "in 2019"),
        ("The quarrel grew loud on Monday, when the mayor declared that the bridge was safe.",
         "that the bridge was safe", "declared", "the mayor", "on Monday"),
        # not a state that went on then
        ("The rift was plain in 2019, when the mayor was arguing that the bridge was safe.",
         "that the bridge was safe", "arguing", "the mayor", None),
        # an "as" clause of the same moment keeps the time of the verb it hangs on (``_SEQUENCE_MARKERS``)
        ("The mood was grim on Monday, as the mayor warned that the tunnel was unsafe.", "that the tunnel was unsafe",
         "warned", "the mayor", "on Monday"),
        # and a clause of time on the cue with a day in it is still when it was said
        ("After the vote on Monday, the mayor said that the tunnel was unsafe.", "that the tunnel was unsafe", "said",
         "the mayor", "After the vote on Monday"),
        # a question put to the speaker is when they answered
        ("Asked about the vote, the mayor said that the bridge would close.", "that the bridge would close", "said",
         "the mayor", "Asked about the vote"),
        # the speaker's own asking is no moment of the saying (stated round 23)
        ("An aide said that the bridge would close, asking for anonymity to speak freely.",
         "that the bridge would close", "said", "An aide", None),
        ("Asking for anonymity to speak freely, an aide said that the bridge would close.",
         "that the bridge would close", "said", "an aide", None),
    ],
)  # fmt: skip
def test_the_time_a_when_clause_hangs_on_dates_its_saying(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, time: str | None
) -> None:
    assert _texts(article(text, published=DAY).one(content, cue, source))[2] == time


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "time"),
    [
        # "at the time" before the "that" of the words said is the saying's moment
        ("The critic wrote at the time that the menu was bold.", "that the menu was bold", "wrote", "The critic",
         "at the time"),
        ('The critic, who first reviewed it in 2017, wrote at the time that the menu was "bold and a little odd."',
         'that the menu was "bold and a little odd."', "wrote", "The critic", "at the time"),
        # not inside the words said, where a relative clause on "time" dates what they tell
        ("The critic said that at the time that the bill passed he was away.",
         "that at the time that the bill passed he was away", "said", "The critic", None),
        # elsewhere "at the time" names the time told before it, in its paragraph or the one before
        ("In December, the agency doubted the claim.\n\n“We take the threat seriously,” the spokesman told reporters "
         "at the time.", "We take the threat seriously", "told", "the spokesman", "In December"),
        ("Last spring the agency doubted the claim. “We take the threat seriously,” the spokesman said at the time.",
         "We take the threat seriously", "said", "the spokesman", "Last spring"),
        # with no time told before it names none
        ("“We take the threat seriously,” the spokesman told reporters at the time.", "We take the threat seriously",
         "told", "the spokesman", None),
        ("In December, the agency doubted the claim.\n\nIt hired staff.\n\nIt moved offices.\n\n“We take the threat "
         "seriously,” the spokesman told reporters at the time.", "We take the threat seriously", "told",
         "the spokesman", None),
    ],
)  # fmt: skip
def test_at_the_time_is_the_saying_s_moment_or_names_the_time_told_before(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, time: str | None
) -> None:
    assert _texts(article(text, published=DAY).one(content, cue, source))[2] == time


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "time"),
    [
        ("The company landed in trouble last week by saying that prices would rise.", "that prices would rise",
         "saying", "The company", "last week"),
        ("Two years ago, the senator surprised the party by announcing that she would retire.",
         "that she would retire", "announcing", "the senator", "Two years ago"),
        ("The minister followed up a few minutes later by warning that the talks could fail.",
         "that the talks could fail", "warning", "The minister", "a few minutes later"),
        # "with" and a participle with its own subject: the act's circumstance, at the act's time
        ("The United States stepped up pressure on China on Saturday, with top officials vowing to remain the main "
         "guarantor of security.", "to remain the main guarantor of security", "vowing", "top officials",
         "on Saturday"),
        ("For months, the mayor has been on the sidelines, arguing that voters should decide.",
         "that voters should decide", "arguing", "the mayor", "For months"),
        # not the time of an infinitive the host governs
        ("The council warned the mayor not to act this year, noting that funds were short.",
         "that funds were short", "noting", "The council", None),
        # a fronted "Before leaving," on the act the participle tells how was done (``FRONTED_GERUND_TIMES``)
        ('Before leaving, the King signed the book, writing: "With admiration for a brave town."',
         "With admiration for a brave town.", "writing", "the King", "Before leaving"),
    ],
)  # fmt: skip
def test_a_participle_cue_takes_the_time_of_the_act_it_tells_how_was_done(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, time: str | None
) -> None:
    assert _texts(article(text, published=DAY).one(content, cue, source))[2] == time


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "time"),
    [
        ("Reached by phone at her home on Friday, she said that she had done what she could.",
         "that she had done what she could", "said", "she", "on Friday"),
        ("Speaking to reporters on a visit to a depot on Thursday morning, the minister said that the line would stay.",
         "that the line would stay", "said", "the minister", "on Thursday morning"),
        # not the time of a clause the participle governs, nor a time in the speaker's description
        ("Reached by phone, the mayor, who took office in March, said that the plan was dead.",
         "that the plan was dead", "said", "the mayor, who took office in March", None),
    ],
)  # fmt: skip
def test_a_time_in_the_opening_participle_phrase_dates_the_saying(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, time: str | None
) -> None:
    assert _texts(article(text, published=DAY).one(content, cue, source))[2] == time


@pytest.mark.parametrize(
    ("text", "time"),
    [
        # the adverb that hedges a phrase of an event on the medium is part of the time
        ("In a post on X shortly after the broadcast, the mayor wrote that the bridge was safe.",
         "shortly after the broadcast"),
        # a time hung on the medium noun dates what was written in it
        ("The judge wrote in an order on Wednesday that both sides should be ready.", "on Wednesday"),
        # and one hung on the platform a medium's participle names
        ("In a video posted on the club's channels on Thursday night, the captain said that he would stay.",
         "on Thursday night"),
    ],
)  # fmt: skip
def test_a_time_on_the_medium_dates_the_words_in_it(article: ArticleMaker, text: str, time: str) -> None:
    content = text[text.index("that ") : -1]
    cue = next(w for w in ("wrote", "said") if w in text)
    source = next(s for s in ("the mayor", "The judge", "the captain") if s in text)
    assert _texts(article(text, published=DAY).one(content, cue, source))[2] == time


# (text, content, cue, source, the other event's time)
_ACROSS_SUBORDINATES = [
    # a time in a clause of contrast hung on the cue dates that clause's event
    ("While the mayor conceded on Monday that the budget was tight, her aides argued that the tunnel was safe.",
     "that the tunnel was safe", "argued", "her aides", "on Monday"),
    # the cue in a clause of sequence: the time of the verb it hangs on is another moment's
    ("The bridge was closed last week after the inspectors reported that its cables were rusted.",
     "that its cables were rusted", "reported", "the inspectors", "last week"),
]  # fmt: skip


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize("case", _ACROSS_SUBORDINATES)
def test_a_time_across_a_subordinate_clause_dates_another_event(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, case: tuple[str, str, str, str, str]
) -> None:
    """With ``OTHER_EVENT_CLAUSES`` off, the time of the other clause was taken as the saying's."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.statement_times.OTHER_EVENT_CLAUSES", flag)
    text, content, cue, source, other = case
    found = article(text, published=DAY).one(content, cue, source)
    assert _texts(found)[2] == (None if flag else other)


@pytest.mark.parametrize("flag", [True, False])
def test_a_time_set_off_before_the_source_dates_its_act_however_the_parser_hangs_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """The parser hangs "This week" on "rolled", out of reach of the participle; with ``SET_OFF_OPENINGS`` off the
    participle's statement had no time."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.statement_times.SET_OFF_OPENINGS", flag)
    text = "This week, two groups rolled out advertisements attacking the mayor and criticizing her as careless."
    found = article(text, published=DAY).one("her as careless", "criticizing", "two groups")
    assert _texts(found)[2] == ("This week" if flag else None)


@pytest.mark.parametrize("flag", [True, False])
def test_a_time_before_a_cue_that_interrupts_the_reported_sentence_is_what_is_reported(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "In the early 1990s, Ms. Lund said, a boss ...": the source and cue set off by commas interrupt the reported
    sentence, which the time opens (with ``INTERRUPTING_CUES`` off it was taken as when she said it)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.statement_times.INTERRUPTING_CUES", flag)
    text = "In the early 1990s, Ms. Lund said, a boss invited her to lunch to talk about a promotion."
    found = article(text, published=DAY).one(
        "a boss invited her to lunch to talk about a promotion", "said", "Ms. Lund"
    )
    assert _texts(found)[2] == (None if flag else "In the early 1990s")


@pytest.mark.parametrize("flag", [True, False])
def test_a_time_before_a_telling_to_do_something_is_the_telling_s(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "told residents, in an alert ..., to keep": the commas set off the medium, not an interrupted sentence; with
    ``INFINITIVES_UNINTERRUPTED`` off the day was taken for the opening of what was reported."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.statement_times.INFINITIVES_UNINTERRUPTED", flag)
    text = "On Monday, the police had told residents, in an alert sent to their phones, to keep children indoors."
    found = article(text, published=DAY).one("to keep children indoors", "told", "the police")
    assert _texts(found)[2] == ("On Monday" if flag else None)


def test_a_time_before_a_cue_that_opens_a_quote_is_the_saying_s(article: ArticleMaker) -> None:
    text = "On Monday, the mayor said in a statement, “We will close the tunnel.”"
    found = article(text, published=DAY).one("We will close the tunnel.", "said", "the mayor", kind="direct")
    assert _texts(found)[2] == "On Monday"


@pytest.mark.parametrize(
    ("channel", "time"),
    [
        ("her Christmas Day sermon", "Christmas Day"),  # a day named "... Day" on the medium noun dates it
        ("her Christmas sermon", None),  # a kind of sermon, no day
    ],
)
def test_a_named_day_compounded_on_the_medium_dates_it(article: ArticleMaker, channel: str, time: str | None) -> None:
    text = f"In {channel}, the bishop said that the government had failed the poor."
    found = article(text, published=DAY).one("that the government had failed the poor", "said", "the bishop")
    assert found.channel is not None and found.channel.text == channel
    assert (None if found.time is None else found.time.text) == time


@pytest.mark.parametrize(
    ("text", "rule", "time"),
    [
        # a programme's part of the day, with the day the sentence names besides (``PROGRAMME_PARTS_OF_DAY``)
        ("The mayor said on WRVT's morning show on Monday that the city would review the date.", True, "on Monday"),
        ("The mayor said on WRVT's morning show on Monday that the city would review the date.", False, "morning"),
        # with no day besides, the part of the day is left a time
        ("The mayor said on WRVT's morning show that the city would review the date.", True, "morning"),
    ],
)  # fmt: skip
def test_a_programmes_part_of_day_gives_way_to_the_day(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, text: str, rule: bool, time: str
) -> None:
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.statement_times.PROGRAMME_PARTS_OF_DAY", rule)
    found = article(text, published=DAY).one("that the city would review the date", "said", "The mayor")
    assert found.time is not None and found.time.text == time


@pytest.mark.parametrize(
    ("text", "rule", "time"),
    [
        # the day of filing the document the statement was said in (``ISSUED_IN_DOCUMENTS``)
        ("In court papers filed on Monday, the landlord said the auction would hurt its centers.", True, "on Monday"),
        ("In court papers filed on Monday, the landlord said the auction would hurt its centers.", False, None),
        ("The landlord said in court papers filed on Monday that the auction would hurt its centers.", True,
         "on Monday"),
    ],
)  # fmt: skip
def test_the_day_a_document_was_filed_dates_what_was_said_in_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, text: str, rule: bool, time: str | None
) -> None:
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.statement_times.ISSUED_IN_DOCUMENTS", rule)
    content = text.split(" said ")[1].rstrip(".").split("Monday ")[-1]
    found = article(text, published=DAY).one(content, "said", "the landlord" if text[0] == "I" else "The landlord")
    assert (None if found.time is None else found.time.text) == time


def test_a_participle_of_holding_set_off_after_the_scene_dates_it(article: ArticleMaker) -> None:
    text = "Okafor said at the news conference, held about 30 minutes after Lewis scored, that the referee was fair."
    art = article(text, published=DAY)
    [held] = [t for t in art.doc if t.text == "held"]
    assert (held.tag_, held.dep_) == ("VBD", "advcl")  # the parse: a past tense, a clause of "said"
    found = art.one("that the referee was fair", "said", "Okafor")
    assert _texts(found) == ("the news conference", None, "about 30 minutes after Lewis scored")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the participle of a thing talked of, inside the words: not the saying's time
        ("At the news conference, Okafor said the vote, held a week after the strike began, had been fair.",
         "the vote, held a week after the strike began, had been fair"),
        # a participle of another noun than the scene
        ("After the news conference, Okafor said the match, staged an hour after the storm ended, had been fair.",
         "the match, staged an hour after the storm ended, had been fair"),
    ],
)  # fmt: skip
def test_a_participle_of_another_event_does_not_date_the_scene(article: ArticleMaker, text: str, content: str) -> None:
    found = article(text, published=DAY).one(content, "said", "Okafor")
    assert found.time is None or ("strike" not in found.time.text and "storm" not in found.time.text)


def test_a_moment_of_the_day_right_before_the_day_is_one_time_with_it(article: ArticleMaker) -> None:
    text = "At a briefing for the crews at dawn on Saturday, the fire chief said the blaze was contained."
    found = article(text, published=DAY).one("the blaze was contained", "said", "the fire chief")
    assert _texts(found) == ("a briefing for the crews", None, "at dawn on Saturday")


def test_a_moment_of_the_day_in_the_words_is_no_time_of_the_saying(article: ArticleMaker) -> None:
    text = "At a briefing for the crews, the fire chief said the crews would return at dawn on Saturday."
    found = article(text, published=DAY).one("the crews would return at dawn on Saturday", "said", "the fire chief")
    assert found.time is None


@pytest.mark.parametrize(
    ("words", "clock"), [("at 3pm", True), ("9 p.m.", True), ("at 3pm on Thursday", False), ("on Thursday", False)]
)
def test_a_clock_time_is_an_hour_and_nothing_else(nlp: Language, words: str, clock: bool) -> None:
    """ "at 3pm" is a clock time (``as_carried.SCENE_CLOCKS_LAST`` carries a scene's through it); "at 3pm on Thursday"
    names a day as well."""
    doc = nlp(f"The briefing was {words} and it ended late.")
    span = doc.char_span(len("The briefing was "), len("The briefing was ") + len(words))
    assert span is not None and a_clock_time(TimePhrase(span)) == clock


# (text, content, cue, source, the time with ``DATED_BEFORE_MOMENTS`` on, the time with it off)
_DATED_BEFORE_MOMENTS = [
    # a date set off right before the clause of moment: the date says when
    ("In February, as a protester was being led out of the hall, the mayor said, 'Get him out of here.'",
     "Get him out of here.", "said", "the mayor", "In February", "as a protester was being led out of the hall"),
    ("On Wednesday, after the vote was counted, the mayor said that the tunnel was safe.",
     "that the tunnel was safe", "said", "the mayor", "On Wednesday", "after the vote was counted"),
    # a time adverb before the clause: the clause tells the moment more exactly
    ("Later, when the vote was counted, the mayor said that the tunnel was safe.",
     "that the tunnel was safe", "said", "the mayor", "when the vote was counted", "when the vote was counted"),
    # no time before the clause: the clause
    ("After the vote was counted, the mayor said that the tunnel was safe.",
     "that the tunnel was safe", "said", "the mayor", "After the vote was counted", "After the vote was counted"),
]  # fmt: skip


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize("case", _DATED_BEFORE_MOMENTS)
def test_a_date_set_off_before_a_clause_of_moment_is_the_saying_s_time(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, case: tuple[str, str, str, str, str, str]
) -> None:
    """With ``DATED_BEFORE_MOMENTS`` off the clause of moment after the date was taken as the saying's time."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.statement_times.DATED_BEFORE_MOMENTS", flag)
    text, content, cue, source, on, off = case
    found = article(text, published=DAY).one(content, cue, source)
    assert _texts(found)[2] == (on if flag else off)


def _phrases_at(parser: Language, starts: list[int]) -> tuple[list[TimePhrase], Doc]:
    doc = parser.make_doc(" ".join(["word"] * 40))
    return [TimePhrase(doc[i : i + 1], None) for i in starts], doc


def test_a_sentence_s_few_times_are_all_read(parser: Language) -> None:
    phrases, doc = _phrases_at(parser, [2, 9, 30])
    assert nearest_times(phrases, doc[20]) == phrases


@pytest.mark.parametrize(
    ("cue", "kept"),
    [
        (20, [12, 14, 16, 18, 20, 22, 24, 26]),  # half before the cue, half from it on
        (1, [8, 10, 12, 14, 16, 18, 20, 22]),  # no times before the cue: the first eight
        (39, [16, 18, 20, 22, 24, 26, 28, 30]),  # none after it: the last eight
    ],
)
def test_of_a_sentence_s_many_times_only_the_run_around_the_cue_is_read(
    parser: Language, cue: int, kept: list[int]
) -> None:
    """Twelve time phrases, every other word from 8 to 30: ``MAX_TIMES_READ_IN_A_SENTENCE`` (8) of them around the
    cue, in text order, so a run-on sentence of many statements is not read whole for each."""
    assert MAX_TIMES_READ_IN_A_SENTENCE == 8
    phrases, doc = _phrases_at(parser, list(range(8, 31, 2)))
    assert [p.span.start for p in nearest_times(phrases, doc[cue])] == kept


@pytest.mark.parametrize(
    ("text", "cue", "time"),
    [
        # a clause or phrase of time opening the sentence, set off by its comma, dates the participle's words too
        ("After the vote, Keller changed course, saying the bill was flawed.", "saying", "After the vote"),
        ("Before the storm hit, the mayor took a cautious line, suggesting the city could cope.", "suggesting",
         "Before the storm hit"),
        # on the host after its object, the clause may tell another moment than the words: none, as before
        ("Keller changed course after the vote, saying the bill was flawed.", "saying", None),
    ],
)  # fmt: skip
def test_a_time_opening_the_sentence_dates_a_participle_on_its_verb(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, text: str, cue: str, time: str | None
) -> None:
    """HOSTS_OPENINGS: the participle cue takes the time that opens its host's sentence."""
    content = text[text.index(cue) + len(cue) + 1 : -1]
    source = "Keller" if "Keller" in text else "the mayor"
    assert _texts(article(text, published=DAY).one(content, cue, source))[2] == time
    monkeypatch.setattr(statement_times, "HOSTS_OPENINGS", False)
    assert _texts(article(text, published=DAY).one(content, cue, source))[2] is None


@pytest.mark.parametrize(
    ("text", "rule", "time"),
    [
        # an interview's going out is not when it was given (``INTERVIEWS_GO_OUT_LATER``)
        ("Berg said in an interview aired on Monday that the bridge was safe.", True, None),
        ("Berg said in an interview aired on Monday that the bridge was safe.", False, "on Monday"),
        ("In an interview published on Saturday, Berg said the bridge was safe.", True, None),
        # the day the interview was given stays its time
        ("Berg said in an interview on Monday that the bridge was safe.", True, "on Monday"),
        # a statement is said as it goes out: its release still dates it
        ("Berg said in a statement released on Monday that the bridge was safe.", True, "on Monday"),
    ],
)  # fmt: skip
def test_an_interview_s_publication_day_is_not_when_it_was_given(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, text: str, rule: bool, time: str | None
) -> None:
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.stated_channels.INTERVIEWS_GO_OUT_LATER", rule)
    found = article(text, published=DAY).one("the bridge was safe", "said", "Berg")
    assert (None if found.time is None else found.time.text) == time


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("flag", "text", "content", "channel", "time_on", "time_off"),
    [
        # DAY_MOMENTS: a moment of the day no time reader knows, right before the day, is one time with it
        ("DAY_MOMENTS", "Speaking at dawn on Saturday, the harbour master, Ian Cole, said the boats would stay in "
         "port.", "the boats would stay in port", None, "at dawn on Saturday", "on Saturday"),
        # CLOCK_MOMENTS: a clock time right before the day, beside a scene or a medium, is that day's hour
        ("CLOCK_MOMENTS", "At a briefing in the town hall at 5pm on Monday, council leader Ruth Obi said the road "
         "would reopen.", "the road would reopen", "a briefing in the town hall", "at 5pm on Monday", "on Monday"),
        ("CLOCK_MOMENTS", "In an email sent at 7.45am on Saturday, the head teacher, Paul Grant, told parents the "
         "school would close.", "the school would close", "an email sent", "at 7.45am on Saturday", "on Saturday"),
        # CLOCK_DAYS: a clock time the tagger reads, with its day after it
        ("CLOCK_DAYS", "Police Chief Lara Finch said at 4 p.m. on Wednesday that the suspect had been arrested.",
         "the suspect had been arrested", None, "at 4 p.m. on Wednesday", "at 4 p.m."),
        # NAMED_DAYS_OF_MEDIA: a "... Day" compounded on the medium dates it
        ("NAMED_DAYS_OF_MEDIA", "In her Christmas Day sermon, Bishop Ann Lowe said the town had shown great kindness.",
         "the town had shown great kindness", "her Christmas Day sermon", "Christmas Day", None),
    ],
)  # fmt: skip
def test_a_moment_or_a_named_day_is_one_time_with_the_day_it_stands_by(
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    flag: str,
    text: str,
    content: str,
    channel: str | None,
    time_on: str,
    time_off: str | None,
) -> None:
    """Each reading of a time with its day, on and off, through the whole pipeline (the medium's own phrase may keep
    a clock time the reading leaves out: "an email sent at 7.45am" off, "an email sent" on)."""
    monkeypatch.setattr(statement_times, flag, on)
    found_channel, _, time = occasion_of(text, content, published=DAY)
    assert time == (time_on if on else time_off)
    if on:
        assert found_channel == channel

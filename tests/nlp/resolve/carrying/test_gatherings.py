"""A named person heard right after a dated gathering was spoken in speaks at it (``resolve.carrying.gatherings``)."""

from __future__ import annotations

from functools import cache

import pytest

import quotegraph

from ..conftest import ArticleMaker
from .gathering_articles import ARTICLES, occasion_texts
from .test_scene_roles import _last_one_s

pytestmark = pytest.mark.slow

_HEARING = "A lawyer for the retailer, Miriam Oduya, told a federal judge at a {scene} that the chain was short."
_QUOTE = "“This is not a company asking for a lifeline,” Oduya said."


def _newcomer_s(article: ArticleMaker, scene: str, newcomer: str) -> tuple[object, ...]:
    """The channel, addressee and time of the newcomer's statement (``newcomer``, ending before "the loan"), two
    paragraphs after the lawyer set ``scene`` (below a headline) and one after her quote."""
    lawyer = _HEARING.format(scene=scene)
    text = f"Retailer asks court for loan\n\n{lawyer}\n\n{_QUOTE}\n\n{newcomer} the loan's terms were a toll booth."
    cue = newcomer.split()[-1]
    source = newcomer.split(",")[0] if "," in newcomer else newcomer.rsplit(" ", 1)[0]
    return _last_one_s(
        article,
        text,
        ("the chain was short", "told", "Miriam Oduya", None),
        ("This is not a company asking for a lifeline", "said", "Oduya", None),
        ("the loan's terms were a toll booth", cue, source, source),
    )


_ADEYEMI = "Benjamin Adeyemi, who represents a group of suppliers, said"


@pytest.mark.parametrize("flag", [True, False])
def test_a_named_newcomer_speaks_at_the_dated_gathering(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "told a federal judge at a hearing on Tuesday", her quote, then "Benjamin Adeyemi ... said": he spoke at the
    hearing on its day, not to the judge she told (``JOIN_THE_GATHERING``); with the rule off, nothing is carried."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.JOIN_THE_GATHERING", flag)
    found = _newcomer_s(article, "hearing on Tuesday", _ADEYEMI)
    assert found == (("a hearing", None, "on Tuesday") if flag else (None, None, None))


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("flag", [True, False])
def test_a_gathering_dated_by_a_day_that_is_no_weekday_is_joined(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "told a federal judge at a hearing yesterday", her quote, then "Benjamin Adeyemi ... said": "yesterday" is one
    day of the story as a weekday is, so he spoke at the hearing on it (``ANY_ONE_DAY``); with the reading off, a
    gathering that names no weekday is not joined."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.ANY_ONE_DAY", flag)
    found = _newcomer_s(article, "hearing yesterday", _ADEYEMI)
    assert found == (("a hearing", None, "yesterday") if flag else (None, None, None))


@pytest.mark.parametrize(
    ("scene", "newcomer"),
    [
        ("hearing last month", _ADEYEMI),  # no weekday: not one dated event of the story
        ("debate on Tuesday", _ADEYEMI),  # a debate is what commentators speak about from elsewhere
        ("hearing on Tuesday", "Benjamin Adeyemi, who represents a group of suppliers, says"),  # a standing view
        ("hearing on Tuesday", "Suppliers said"),  # no single person named
    ],
)
def test_no_newcomer_is_joined_without_the_forms(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, scene: str, newcomer: str
) -> None:
    """A gathering with no weekday, a scene that is no gathering, a verb in the present, a group: nothing carried,
    the rule on."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.JOIN_THE_GATHERING", True)
    channel, _, time = _newcomer_s(article, scene, newcomer)
    assert channel is None or "hearing" not in str(channel)
    assert time is None


# A parish council's evening sitting told once, with its day, by its chair; the next voices are named at their words.
_SITTING = (
    "At a council meeting on Thursday evening, the parish chair, Halvard Quist, said the ferry would run all "
    "winter.\n\n"
    "“We cannot leave the island to the weather,” Quist said.\n\n"
    "The treasurer, Sunniva Mork, said the fares would rise by a krone.\n\n"
    "“Nobody likes it, but the engine is forty years old,” Mork said.\n\n"
    "{third} said the timetable would be printed in the church hall."
)
_SITTING_SAID = (
    ("the ferry would run all winter", "said", "the parish chair, Halvard Quist", "At a council meeting"),
    ("We cannot leave the island to the weather", "said", "Quist", "weather,”"),
    ("the fares would rise by a krone", "said", "The treasurer, Sunniva Mork", "The treasurer"),
    ("Nobody likes it, but the engine is forty years old", "said", "Mork", "old,”"),
)


def _third_voice_s(article: ArticleMaker, third: str) -> tuple[object, ...]:
    """The channel, addressee and time of the third voice's statement (``third`` before "said"), three paragraphs after
    the chair last spoke at the meeting and one after the treasurer, who joined it, last did."""
    source = third.split(",")[0] if "," in third else third
    return _last_one_s(
        article,
        _SITTING.format(third=third),
        *_SITTING_SAID,
        ("the timetable would be printed in the church hall", "said", source, source),
    )


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("flag", [True, False])
def test_a_third_voice_joins_the_gathering_after_the_second(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """The chair sets "a council meeting on Thursday evening", the treasurer named after his quote joins it, and the
    ferryman named in the paragraph after her quote joins it too, though three after the chair's: the meeting was last
    spoken in where the treasurer spoke (``REACH_FROM_THE_LAST_VOICE``); with the reading off, only the chair's
    paragraphs count and the ferryman is too far."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.REACH_FROM_THE_LAST_VOICE", flag)
    found = _third_voice_s(article, "Ferryman Ole Brattli")
    assert found == (("a council meeting", None, "on Thursday evening") if flag else (None, None, None))


@pytest.mark.usefixtures("rules_alone")
def test_a_gathering_s_run_ends(article: ArticleMaker, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past ``MAX_GATHERING_RUN`` paragraphs (three here) from the meeting's first telling, the voice after the
    treasurer's is not joined through her: the story has moved on from the meeting."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.MAX_GATHERING_RUN", 3)
    assert _third_voice_s(article, "Ferryman Ole Brattli") == (None, None, None)


@pytest.mark.usefixtures("rules_alone")
def test_another_occasion_between_ends_the_gathering_s_reach(article: ArticleMaker) -> None:
    """The treasurer speaks "in a statement" of her own: the meeting is no longer the latest occasion, and the
    ferryman after her is not at it."""
    text = _SITTING.format(third="Ferryman Ole Brattli").replace(
        "said the fares would rise", "said in a statement that the fares would rise"
    )
    said = list(_SITTING_SAID)
    said[2] = ("that the fares would rise by a krone", "said", "The treasurer, Sunniva Mork", "The treasurer")
    found = _last_one_s(
        article,
        text,
        *said,
        ("the timetable would be printed in the church hall", "said", "Ferryman Ole Brattli", "Ferryman"),
    )
    assert found[0] is None or "meeting" not in str(found[0])
    assert found[2] is None


_NAMED_FIRST = "Lighthouse keeper Maren Aasen {verb} the parish needed a new boat.\n\n"


def _named_before_s(article: ArticleMaker, lede: str, keeper: str) -> tuple[object, ...]:
    """The channel, addressee and time of the keeper's quote after the chair's two statements at the meeting, the
    keeper named in ``lede`` before the meeting was told."""
    text = (
        f"{lede}At a council meeting on Thursday evening, the parish chair, Halvard Quist, said the ferry would run "
        "all winter.\n\n“We cannot leave the island to the weather,” Quist said.\n\n"
        f"“The old boat leaks at the stern,” {keeper} said."
    )
    said = [
        *(
            [("the parish needed a new boat", "said", "Lighthouse keeper Maren Aasen", "Lighthouse")]
            if "said" in lede
            else []
        ),
        *_SITTING_SAID[:2],
        ("The old boat leaks at the stern", "said", keeper, "stern,”"),
    ]
    return _last_one_s(article, text, *said)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("flag", [True, False])
def test_one_named_before_the_gathering_and_first_heard_after_it_joins_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """The keeper is named in the lede, before the meeting was told, and first heard after the chair's quote: she
    speaks at the meeting on its day (``NAMED_BEFORE_FIRST_HEARD``); with the reading off, only one named since the
    chair's quote is a newcomer."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.NAMED_BEFORE_FIRST_HEARD", flag)
    # the reading alone: the lede's session (``lede_sessions``) gives the same to the voices after it
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.lede_sessions.LEDE_SESSIONS", False)
    found = _named_before_s(article, _NAMED_FIRST.format(verb="knows"), "Aasen")
    assert found == (("a council meeting", None, "on Thursday evening") if flag else (None, None, None))


@pytest.mark.usefixtures("rules_alone")
def test_one_heard_before_the_gathering_does_not_join_it(article: ArticleMaker) -> None:
    """The keeper said the parish needed a boat in the lede, before the meeting was told: her words there were not
    at it, so her quote after the chair's is not at the meeting either."""
    found = _named_before_s(article, _NAMED_FIRST.format(verb="said"), "Aasen")
    assert found[0] is None or "meeting" not in str(found[0])
    assert found[2] is None


# The written articles (``gathering_articles``, gatherfire): a gathering told once with its day, and the second, third
# and fourth people quoted at it. Each later statement's channel and time as the whole pipeline gives them.
_TEXTS = {name: text for name, _, text, _ in ARTICLES}


def _known(cause: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=cause)


# Mended by a reading of ``experiments/gather_fire/mends.patch`` (built, measured and not merged: it moves nothing on
# PolNeAR train, the tuned pages, the held-out pages or dev); each row passes with the patch applied.
_GROUP_TOLD = (
    "a group's 'told a joint news conference' sets only its day for its members, in front of the gathering "
    "(patch: GROUP_TOLD_SCENES)"
)
_INFINITIVE_OF_THE_ACT = (
    "'voted on Thursday evening to close the library at a meeting': the meeting hangs on the infinitive, read as a "
    "plan (patch: INFINITIVES_OF_THE_ACT)"
)


@cache
def _occasions_in(name: str) -> tuple[tuple[str, str | None, str | None], ...]:
    """Each statement of the written article ``name``: its content, channel and time, read once."""
    found = quotegraph.extract(_TEXTS[name], "2026-11-02", id=name).attributions
    return tuple((a.content.text, *occasion_texts(a)) for a in found if a.content is not None)


def _occasion_of(name: str, content: str) -> tuple[str | None, str | None]:
    """The channel and time of the first statement of article ``name`` holding ``content``."""
    return next((channel, time) for text, channel, time in _occasions_in(name) if content in text)


# a skipper's titled name, typed a body before roletitles ("Skipper Guðrún Sigurðardóttir"), is a person's, who joins
_GRINDAVIK_MEETING = ("a meeting of fishermen at the harbour office in Grindavík", "on Saturday")


@pytest.mark.parametrize(
    ("name", "content", "occasion"),
    [
        ("participle-hearing", "the department had ignored warnings", ("a hearing in Wellington", "on Wednesday")),
        ("cueless-quote-paragraph", "her crew had not earned anything", _GRINDAVIK_MEETING),
        ("cueless-quote-paragraph", "We have boats and we have quotas", _GRINDAVIK_MEETING),
        ("cueless-quote-paragraph", "the government should pay the crews", _GRINDAVIK_MEETING),
        ("participle-hearing", "These warnings were on the minister", ("a hearing in Wellington", "on Wednesday")),
        ("participle-hearing", "repairs to the northern line", ("a hearing in Wellington", "on Wednesday")),
        ("trailing-news-conference", "crews had pumped water", ("a news conference at the town hall", "on Tuesday")),
        ("trailing-news-conference", "Some of those houses", ("a news conference at the town hall", "on Tuesday")),
        (
            "trailing-news-conference",
            "residents should boil tap water",
            ("a news conference at the town hall", "on Tuesday"),
        ),
        ("sat-beside-him", "the man had two earlier convictions", ("a briefing at police headquarters", "on Thursday")),
        ("sat-beside-him", "He is considered dangerous", ("a briefing at police headquarters", "on Thursday")),
        ("sat-beside-him", "no customers had been hurt", ("a briefing at police headquarters", "on Thursday")),
        ("same-briefing", "the province would hire 200 more nurses", ("a press briefing", "on Monday")),
        ("same-briefing", "We will not let our people wait", ("a press briefing", "on Monday")),
        ("same-briefing", "schools would be sprayed", ("a press briefing", "on Monday")),
        (
            "public-hearing-residents",
            "the blasting already cracked her walls",
            ("a public hearing at the city hall", "on Monday"),
        ),
        (
            "public-hearing-residents",
            "My grandchildren cannot sleep",
            ("a public hearing at the city hall", "on Monday"),
        ),
        (
            "public-hearing-residents",
            "the dust had made his asthma worse",
            ("a public hearing at the city hall", "on Monday"),
        ),
        (
            "public-hearing-residents",
            "the town had been promised a new road",
            ("a public hearing at the city hall", "on Monday"),
        ),
        (
            "public-hearing-residents",
            "the company would have to monitor dust",
            ("a public hearing at the city hall", "on Monday"),
        ),
        pytest.param(
            "council-meeting-event",
            "the building needed repairs",
            ("a meeting attended by about 80 residents", "on Thursday evening"),
            marks=_known(_INFINITIVE_OF_THE_ACT),
        ),
        pytest.param(
            "council-meeting-event",
            "This is not a decision",
            ("a meeting attended by about 80 residents", "on Thursday evening"),
            marks=_known(_INFINITIVE_OF_THE_ACT),
        ),
        pytest.param(
            "council-meeting-event",
            "she had worked there for 31 years",
            ("a meeting attended by about 80 residents", "on Thursday evening"),
            marks=_known(_INFINITIVE_OF_THE_ACT),
        ),
        ("later-says", "beds were being opened in a former ward", ("a board meeting in Inverness", "on Tuesday")),
        pytest.param(
            "body-spokesperson",
            "workers would get a raise",
            ("a joint news conference in Lisbon", "on Friday"),
            marks=_known(_GROUP_TOLD),
        ),
        pytest.param(
            "body-spokesperson",
            "This is a victory for every worker",
            ("a joint news conference in Lisbon", "on Friday"),
            marks=_known(_GROUP_TOLD),
        ),
        pytest.param(
            "body-spokesperson",
            "flights would run as planned",
            ("a joint news conference in Lisbon", "on Friday"),
            marks=_known(_GROUP_TOLD),
        ),
        pytest.param(
            "body-spokesperson",
            "Passengers can travel with confidence",
            ("a joint news conference in Lisbon", "on Friday"),
            marks=_known(_GROUP_TOLD),
        ),
        ("committee-hearing-chair", "families could not afford another rise", ("a hearing", "on Tuesday")),
        ("committee-hearing-chair", "the utility had broken its promises", ("a hearing", "on Tuesday")),
        ("press-conference-yesterday", "a second shaft was being drilled", ("a press conference", "yesterday")),
        ("press-conference-yesterday", "the men would be taken to hospital", ("a press conference", "yesterday")),
        pytest.param(
            "hearing-date",
            "the territory had never answered",
            ("a hearing in Whitehorse", "on 12 March"),
        ),
        pytest.param(
            "hearing-date",
            "Consultation is not a courtesy",
            ("a hearing in Whitehorse", "on 12 March"),
        ),
        pytest.param(
            "hearing-date",
            "officials had met the nation four times",
            ("a hearing in Whitehorse", "on 12 March"),
        ),
        pytest.param(
            "hearing-date",
            "the nation would go to the Supreme Court",
            ("a hearing in Whitehorse", "on 12 March"),
        ),
        ("briefing-narrated", "schools and offices would close", ("a briefing", "on Saturday")),
        ("briefing-narrated", "Please stay indoors", ("a briefing", "on Saturday")),
        ("briefing-narrated", "winds could reach 200 kilometres", ("a briefing", "on Saturday")),
        ("briefing-narrated", "roads to the north would be closed", ("a briefing", "on Saturday")),
        ("told-reporters-at", "owners would accept the freeze", ("a news conference in Nairobi", "on Monday")),
        ("told-reporters-at", "We are not against the people", ("a news conference in Nairobi", "on Monday")),
        ("told-reporters-at", "drivers would end their strike", ("a news conference in Nairobi", "on Monday")),
        ("participle-speaking", "the city's coal power station", ("a briefing in Almaty", "on Thursday")),
        ("participle-speaking", "hospital visits for asthma", ("a briefing in Almaty", "on Thursday")),
        (
            "meeting-with-residents",
            "workers could not feed their families",
            ("a meeting in the estate hall", "on Tuesday"),
        ),
        ("meeting-with-residents", "We pluck the tea", ("a meeting in the estate hall", "on Tuesday")),
        ("meeting-with-residents", "the estate was losing money", ("a meeting in the estate hall", "on Tuesday")),
        (
            "press-conference-as-subject",
            "the bronzes would go on show",
            ("A news conference at the National Museum in Abuja", "on Friday"),
        ),
        (
            "press-conference-as-subject",
            "They have come home after 125 years",
            ("A news conference at the National Museum in Abuja", "on Friday"),
        ),
        (
            "press-conference-as-subject",
            "Germany should have returned them",
            ("A news conference at the National Museum in Abuja", "on Friday"),
        ),
        (
            "press-conference-as-subject",
            "the palace would build a museum",
            ("A news conference at the National Museum in Abuja", "on Friday"),
        ),
        (
            "said-at-then-newcomers-noon",
            "the ferry's steering had failed",
            ("a news conference in Istanbul", "on Wednesday"),
        ),
        (
            "said-at-then-newcomers-noon",
            "There was nothing the crew could do",
            ("a news conference in Istanbul", "on Wednesday"),
        ),
        (
            "said-at-then-newcomers-noon",
            "an inquiry had been opened",
            ("a news conference in Istanbul", "on Wednesday"),
        ),
        ("hearing-narration-between", "the road closures had not been passed on", ("a hearing in Leeds", "on Monday")),
        ("fono-ruling", "the land had belonged to his family", (None, "on Saturday")),
        pytest.param(
            "day-first-date-hearing",
            "the town could not borrow that much",
            ("a public hearing of the town council in Tórshavn", "on 14 November"),
        ),
        pytest.param(
            "day-first-date-hearing",
            "the quay should be built for fishing boats",
            ("a public hearing of the town council in Tórshavn", "on 14 November"),
        ),
        pytest.param(
            "day-first-date-briefing-year",
            "the embankment had been promised",
            ("a briefing in Sirajganj", "on 3 August 2026"),
        ),
        pytest.param(
            "presser-group-told",
            "the tomb was 1,200 years old",
            ("a news conference in Lima", "on Tuesday"),
            marks=_known(_GROUP_TOLD),
        ),
        pytest.param(
            "presser-group-told",
            "She was a woman of great power",
            ("a news conference in Lima", "on Tuesday"),
            marks=_known(_GROUP_TOLD),
        ),
        pytest.param(
            "presser-group-told",
            "the finds would go on show",
            ("a news conference in Lima", "on Tuesday"),
            marks=_known(_GROUP_TOLD),
        ),
        ("spokesperson-at-briefing", "he would lose his whole flock", ("a briefing", "on Wednesday")),
        ("spokesperson-at-briefing", "the virus had been found on three farms", ("a briefing", "on Wednesday")),
        (
            "committee-says-later",
            "the university had not given the professor",
            ("a hearing of the state education committee", "on Thursday"),
        ),
        (
            "committee-says-later",
            "he had been dismissed by email",
            ("a hearing of the state education committee", "on Thursday"),
        ),
        (
            "committee-says-later",
            "many students had signed a letter",
            ("a hearing of the state education committee", "on Thursday"),
        ),
        pytest.param(
            "quotes-only-after-lede-gathering",
            "My children cough every night",
            ("a public hearing at the Almaty akimat", "on Thursday"),
        ),
        pytest.param(
            "quotes-only-after-lede-gathering",
            "the city would move 20 boiler houses",
            ("a public hearing at the Almaty akimat", "on Thursday"),
        ),
        pytest.param(
            "quotes-only-after-lede-gathering",
            "the promises had been made before",
            ("a public hearing at the Almaty akimat", "on Thursday"),
        ),
    ],
)
def test_the_later_voices_at_a_gathering_take_its_channel_and_day(
    name: str, content: str, occasion: tuple[str | None, str | None]
) -> None:
    """Every shape the written articles cover that is carried: a participle opener, the gathering in a clause after
    the first quote, "who sat beside him", "told the same briefing", a public hearing's residents and official, a
    council meeting told as the event, the day in the lede and the gathering after it, a group that told a news
    conference, a day written before its month, a dateline's day-first date left to the dateline."""
    assert _occasion_of(name, content) == occasion


_NO_SCENE_NOUN = (
    "an assembly or a hui is no scene noun of the lexicon; its day hung on the place is dropped as dating that noun "
    "(patch: CROWD_DAYS_AFTER_THE_PLACE carries the day)"
)
_TYPED_A_BODY = "the tagger typed the speaker's name a body, so they are no single person the gathering joins"
_ROLE_READ_AS_CHANNEL = "the speaker's role 'Counsel to the inquiry' is read as a stated channel of their own"
_NO_SPEAKER = "the speaker ('Talking chief Lemalu Siaosi, for the other family') is not found"
_MET_AT_A_PLACE = "a meeting told by its verb alone ('met district officials at the commune hall') sets no scene"
# tried and dropped (gatherfire): the lede's day given to a gathering set after it; the tuned pages' annotators leave
# such a gathering undated (a postgame news conference, an earnings call)
_LEDE_DAY_NOT_GIVEN = (
    "a gathering with no day of its own set after a lede that tells the day in narration stays undated"
)


@pytest.mark.parametrize(
    ("name", "content", "pieces"),
    [
        pytest.param(
            "village-assembly",
            "the offer was half what the land was worth",
            ("an assembly", "on Sunday"),
            marks=_known(_NO_SCENE_NOUN),
        ),
        pytest.param(
            "village-assembly", "We cannot buy new fields", ("an assembly", "on Sunday"), marks=_known(_NO_SCENE_NOUN)
        ),
        pytest.param(
            "village-assembly",
            "her family had farmed the valley",
            ("an assembly", "on Sunday"),
            marks=_known(_NO_SCENE_NOUN),
        ),
        pytest.param(
            "village-assembly",
            "the offer could be reviewed",
            ("an assembly", "on Sunday"),
            marks=_known(_NO_SCENE_NOUN),
        ),
        pytest.param(
            "council-meeting-event",
            "the library was the only warm place",
            ("a meeting", "on Thursday evening"),
            marks=_known(_TYPED_A_BODY),
        ),
        pytest.param(
            "press-conference-yesterday",
            "the families were being kept informed",
            ("a press conference", "yesterday"),
            marks=_known(_TYPED_A_BODY),
        ),
        # mended by the meeting the lede narrates with its day (``lede_sessions``), whatever the tagger's type
        pytest.param("meeting-with-residents", "she had not bought meat", ("a meeting", "on Tuesday")),
        pytest.param(
            "hearing-narration-between",
            "the council had approved the closures",
            ("a hearing", "on Monday"),
            marks=_known(_ROLE_READ_AS_CHANNEL),
        ),
        pytest.param(
            "fono-ruling", "the court had ruled for them in 1987", (None, "on Saturday"), marks=_known(_NO_SPEAKER)
        ),
        pytest.param(
            "day-first-date-briefing-year",
            "families would be moved to a shelter",
            ("a briefing", "3 August 2026"),
            marks=_known(_TYPED_A_BODY),
        ),
        pytest.param(
            "lede-gathering-no-first-speaker-day-first",
            "his fields had been ruined",
            (None, "9 March"),
            marks=_known(_MET_AT_A_PLACE),
        ),
        pytest.param(
            "lede-gathering-no-first-speaker-day-first",
            "the province would pay farmers",
            (None, "9 March"),
            marks=_known(_MET_AT_A_PLACE),
        ),
        pytest.param(
            "lede-gathering-no-first-speaker-day-first",
            "coconuts took five years",
            (None, "9 March"),
            marks=_known(_MET_AT_A_PLACE),
        ),
        pytest.param(
            "hui-gathering",
            "the forest's oldest trees were dying",
            ("a hui", "on Saturday"),
            marks=_known(_NO_SCENE_NOUN),
        ),
        pytest.param(
            "hui-gathering",
            "the tracks would be closed for two years",
            ("a hui", "on Saturday"),
            marks=_known(_NO_SCENE_NOUN),
        ),
        pytest.param(
            "hui-gathering", "he would miss the walks", ("a hui", "on Saturday"), marks=_known(_NO_SCENE_NOUN)
        ),
        pytest.param(
            "lede-day-second-paragraph",
            "the rise would be paid from a loan",
            ("a news conference in Accra", "on Wednesday"),
            marks=_known(_LEDE_DAY_NOT_GIVEN),
        ),
        pytest.param(
            "lede-day-second-paragraph",
            "Our farmers deserve a fair share",
            ("a news conference in Accra", "on Wednesday"),
            marks=_known(_LEDE_DAY_NOT_GIVEN),
        ),
    ],
)
def test_the_later_voices_the_carrying_still_misses(name: str, content: str, pieces: tuple[str | None, str]) -> None:
    """Known misses of the written articles, each with its cause: the channel holds the gathering's noun phrase (or is
    None where none is named) and the time the gathering's day."""
    channel, time = _occasion_of(name, content)
    want_channel, want_time = pieces
    assert (channel is None) if want_channel is None else (channel is not None and channel.startswith(want_channel))
    assert time == want_time

"""A sitting's hearers told (``resolve.stated.sitting_hearers``): "told the jury" is heard in the trial the story named,
"told the committee" in the committee's sitting, on its day."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Token

from quotegraph.nlp.find.quotes import document_quote_regions
from quotegraph.nlp.resolve.stated import sitting_hearers

from ..conftest import ArticleMaker

pytestmark = pytest.mark.slow

DAY = "2025-02-07"  # the day these stories were published, a Friday


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("text", "content", "source", "channel", "addressee", "time", "time_off"),
    [
        # the trial named once, in the lede's verdict; the prosecutor's opening told the jury on a day of its own
        ("A Swindon man was found guilty on Friday after a three-day trial at Swindon Crown Court.\n\n"
         "Opening the case on Tuesday, prosecutor Martin Hale told the jury the defendant had climbed through a "
         "kitchen window.", "the defendant had climbed through a kitchen window", "Martin Hale",
         "a three-day trial at Swindon Crown Court", "the jury", "on Tuesday", "on Tuesday"),
        # an inquest's coroner, the inquest named again by "the" in between: its first telling
        ("An inquest into the death of a Dunedin climber opened on Monday.\n\n"
         "The inquest was adjourned after an hour.\n\n"
         "A ranger, Tom Kerr, told the coroner the track had been closed for a week.",
         "the track had been closed for a week", "Tom Kerr", "An inquest", "the coroner", "on Monday", None),
    ],
)  # fmt: skip
def test_one_who_tells_a_court_s_hearers_speaks_in_the_sitting_named_before(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    flag: bool,
    text: str,
    content: str,
    source: str,
    channel: str,
    addressee: str,
    time: str | None,
    time_off: str | None,
) -> None:
    """COURT_HEARERS_TOLD: the sitting's first telling is the channel; the statement's own day stays its own, and one
    that states none takes the day of a sitting held within one day (the inquest's, not the three-day trial's)."""
    monkeypatch.setattr(sitting_hearers, "COURT_HEARERS_TOLD", flag)
    found = article(text, published=DAY).one(content, "told", source)
    if flag:
        assert found.channel is not None and found.channel.text == channel
    else:
        assert found.channel is None or found.channel.text != channel
    assert found.addressee is not None and found.addressee.text == addressee
    assert (None if found.time is None else found.time.text) == (time if flag else time_off)


@pytest.mark.parametrize(
    "text",
    [
        # no sitting named before: nothing to carry
        "Helen Voss told the jury the accounts had been signed off by the auditors.",
        # a sitting's noun qualifying another: no sitting named
        "The trial judge had retired in May.\n\nHelen Voss told the jury the accounts had been signed off by the "
        "auditors.",
        # a sitting spoken of in quoted words only
        '"The trial was a farce," Helen Voss said.\n\nHelen Voss told the jury the accounts had been signed off by the '
        "auditors.",
    ],
)
def test_no_sitting_or_no_court_s_hearer_gives_no_sitting(article: ArticleMaker, text: str) -> None:
    found = article(text, published=DAY).one("the accounts had been signed off by the auditors", "told", "Helen Voss")
    assert found.channel is None or ("trial" not in found.channel.text and "hearing" not in found.channel.text)


# Four traditions of a body's sitting, each with a voice of another occasion between the sitting and the one told in it
# (which the carrier would carry on without the join): a Westminster select committee, a US state senate committee and
# a US House committee, a Kenyan county assembly, an Australian city council.
BODY_SITTINGS = [
    ("Southern Water's chief executive was questioned over sewage spills at a hearing of the Environment, Food and "
     "Rural Affairs Committee on Tuesday morning.\n\n"
     "Lawrence Gale, who has led the company since 2023, said in an interview with the BBC last week that the spills "
     "were falling.\n\n"
     "The regulator's chair, Iain Coucher, wrote in a letter to ministers on Monday that fines would rise.\n\n"
     "Gale told the committee that the company had spent two billion pounds on its pipes since 2020.",
     "the company had spent two billion pounds", "Lawrence Gale",
     "a hearing of the Environment, Food and Rural Affairs Committee", "the committee", "on Tuesday morning"),
    ("The Ohio Senate's Finance Committee held a hearing on Wednesday on the governor's plan to cut property taxes.\n\n"
     "The plan's sponsor, Mark Dolan, said in an interview on Tuesday that he expected it to pass.\n\n"
     "County auditor Jane Ruiz told senators the cut would cost schools 400 million dollars.",
     "the cut would cost schools 400 million dollars", "Jane Ruiz", "a hearing", "senators", "on Wednesday"),
    ("Members of the Kitui County Assembly clashed over the water bill during a heated sitting of the assembly on "
     "Thursday afternoon.\n\n"
     "The water executive, Ruth Mwende, said in an interview with the Daily Nation last week that new boreholes were "
     "being drilled.\n\n"
     "Replying to the motion, Mwende told members the county had spent 40 million shillings on tankers.",
     "the county had spent 40 million shillings on tankers", "Ruth Mwende", "a heated sitting of the assembly",
     "members", "on Thursday afternoon"),
    # a sitting told by the appearance before the body (``appeared_before``): a US House committee
    ("The head of the Federal Aviation Administration testified before the House Transportation Committee on Wednesday "
     "about air traffic control outages.\n\n"
     "The union's president, Nick Daniels, said in a statement on Tuesday that controllers were exhausted.\n\n"
     "Bryan Bedford told the committee that new radar would be installed by 2028.",
     "new radar would be installed by 2028", "Bryan Bedford", "the House Transportation Committee", "the committee",
     "on Wednesday"),
    ("Wagga Wagga City Council met on Monday night for a special meeting on water allocations.\n\n"
     "Irrigator Tom Baxter said in a radio interview on Sunday that farmers had been ignored.\n\n"
     "Councillor Sarah Lim told councillors the allocation would be reviewed in March.",
     "the allocation would be reviewed in March", "Sarah Lim", "a special meeting on water allocations",
     "councillors", "on Monday night"),
]  # fmt: skip


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize("case", BODY_SITTINGS)
def test_one_who_tells_a_sitting_body_speaks_in_its_sitting_named_before(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, case: tuple[str, ...]
) -> None:
    """BODY_HEARERS_TOLD: one told to a body that sits or to its members ("told the committee", "told senators", "told
    members", "told councillors") speaks in the nearest earlier sitting of the body, on its day; off, the occasion of
    the voice before is carried on."""
    text, content, source, channel, addressee, time = case
    monkeypatch.setattr(sitting_hearers, "BODY_HEARERS_TOLD", flag)
    found = article(text, published=DAY).one(content, "told", source)
    assert found.addressee is not None and found.addressee.text == addressee
    if flag:
        assert found.channel is not None and found.channel.text == channel
        assert found.time is not None and found.time.text == time
    else:
        assert found.channel is None or found.channel.text != channel


@pytest.mark.parametrize(
    "text",
    [
        # a sitting to come
        "The Senate's Finance Committee will hold a hearing on Thursday on the tax plan.\n\n"
        "Mark Dolan said in an interview on Tuesday that he expected it to pass.\n\n"
        "Jane Ruiz told senators the cut would cost schools 400 million dollars.",
        # a meeting with someone is no body's sitting
        "The mayor had a meeting with the premier on Monday.\n\n"
        "Mark Dolan said in an interview on Tuesday that he expected it to pass.\n\n"
        "Jane Ruiz told councillors the cut would cost schools 400 million dollars.",
        # a debate no body holds: the candidates'
        "The candidates met for a televised debate on Monday night.\n\n"
        "Mark Dolan said in an interview on Tuesday that he expected it to pass.\n\n"
        "Jane Ruiz told lawmakers the cut would cost schools 400 million dollars.",
        # another body's sitting: a school board's meeting is no legislature's
        "The school board held a meeting on Monday night.\n\n"
        "Mark Dolan said in an interview on Tuesday that he expected it to pass.\n\n"
        "Jane Ruiz told senators the cut would cost schools 400 million dollars.",
        # members of no body that sits
        "The city council held a meeting on Monday night.\n\n"
        "Mark Dolan said in an interview on Tuesday that he expected it to pass.\n\n"
        "Jane Ruiz told party members the cut would cost schools 400 million dollars.",
    ],
)
def test_no_sitting_of_the_body_told_gives_none(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """BODY_HEARERS_TOLD joins nothing when no earlier sitting may be the body's: the statement reads as it reads
    without the reading."""
    content = "the cut would cost schools 400 million dollars"
    on = article(text, published=DAY).one(content, "told", "Jane Ruiz")
    monkeypatch.setattr(sitting_hearers, "BODY_HEARERS_TOLD", False)
    off = article(text, published=DAY).one(content, "told", "Jane Ruiz")
    assert (on.channel and on.channel.text, on.time and on.time.text) == (
        off.channel and off.channel.text,
        off.time and off.time.text,
    )


def test_a_document_s_sittings_are_read_once_and_each_statement_sees_those_before_it(parser: Language) -> None:
    """``NamedSittings`` lists the sittings outside quoted words once a document, in text order, with the kinds of
    body each names; a statement in sentence i looks back over those named in the sentences before i only."""
    doc = parser(
        "The inquest into the death of a climber opened on Monday. "
        "The city council's planning committee held a meeting on Tuesday. "
        '"This hearing is a farce," one resident said. '
        "A ranger told the coroner the track was closed."
    )
    sentences = list(doc.sents)
    quotes = document_quote_regions(doc)
    sittings = sitting_hearers.NamedSittings(sentences, quotes)
    assert [word.text for word in sittings.courts_before(len(sentences))] == ["inquest"]
    assert [word.text for word in sittings.bodies_before(len(sentences))] == ["meeting"]
    assert sittings.courts_before(0) == [] and sittings.bodies_before(1) == []
    [meeting] = sittings.bodies_before(2)
    assert sittings.kinds[meeting.i] >= {"council", "committee"}


def test_whether_a_body_s_sitting_is_to_come_is_read_once_a_sitting(
    parser: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``NamedSittings.to_come`` reads whether a body's sitting is told as one to come ("will hold a hearing") once a
    sitting, for every statement of the document: the same answer at each asking, the clause read at the first only."""
    doc = parser(
        "The county council held a meeting on Monday night. "
        "The Senate's Finance Committee will hold a hearing on Thursday on the tax plan. "
        "Jane Ruiz told senators the cut would cost schools 400 million dollars."
    )
    sentences = list(doc.sents)
    sittings = sitting_hearers.NamedSittings(sentences, document_quote_regions(doc))
    meeting, hearing = sittings.bodies_before(len(sentences))
    read: list[str] = []
    reading = sitting_hearers._to_come

    def counted(sitting: Token, *rest: Any) -> bool:
        read.append(sitting.text)
        return reading(sitting, *rest)

    monkeypatch.setattr(sitting_hearers, "_to_come", counted)
    assert [sittings.to_come(meeting), sittings.to_come(hearing)] == [False, True]
    assert [sittings.to_come(meeting), sittings.to_come(hearing)] == [False, True]
    assert read == ["meeting", "hearing"]

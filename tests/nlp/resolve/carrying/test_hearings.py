"""gatherrest's written hearings and meetings (``hearing_articles``): a court hearing told once with its day and the
later voices at it, and a reply after one who "told" the body gathered there. The readings that mend most of the known
misses below (a body told at a dated gathering, a scene that is the verb's subject, a reply to the body told) are in
``experiments/gather_rest/mends.patch``, built, measured and not merged: they move nothing on PolNeAR train or the
tuned pages (figures in /work/annotations/reports/gatherrest.md)."""

from __future__ import annotations

from functools import cache

import pytest

import quotegraph
from quotegraph.model import Attribution

from .hearing_articles import HEARINGS, MEETINGS
from .test_gatherings import _known

pytestmark = pytest.mark.slow

Found = tuple[str | None, str | None, str | None]
_TEXTS = {name: text for name, _, text, _ in HEARINGS + MEETINGS}


def _fields(text: str) -> tuple[tuple[str, str | None, str | None, str | None], ...]:
    """Each statement of ``text``: its content, channel, addressee and time, as the whole pipeline gives them."""
    found = quotegraph.extract(text, "2026-11-02").attributions
    return tuple((a.content.text, *_occasion_texts(a)) for a in found if a.content is not None)


def _occasion_texts(held: Attribution) -> Found:
    """The texts of ``held``'s channel, addressee and time."""
    channel, addressee, time = held.channel, held.addressee, held.time
    return (
        None if channel is None else channel.text,
        None if addressee is None else addressee.text,
        None if time is None else time.text,
    )


@cache
def _article_s(name: str) -> tuple[tuple[str, str | None, str | None, str | None], ...]:
    """The statements of the written article ``name``, read once."""
    return _fields(_TEXTS[name])


def _occasion(rows: tuple[tuple[str, str | None, str | None, str | None], ...], content: str) -> Found:
    """The channel, addressee and time of the first statement of ``rows`` holding ``content``."""
    return next((channel, addressee, time) for text, channel, addressee, time in rows if content in text)


def _as_expected(found: Found, channel: str | None, addressee: str | None, time: str | None) -> bool:
    """Whether ``found`` holds the channel (as its opening; None: no channel at all), the addressee and the time."""
    got_channel, got_addressee, got_time = found
    opened = got_channel is None if channel is None else got_channel is not None and got_channel.startswith(channel)
    return opened and got_addressee == addressee and got_time == time


_PERSON_S_SENTENCE = (
    "'A lorry driver ... was jailed for four years at a sentencing hearing ... on Tuesday': the sentence's setting is "
    "the driver's alone, dated by the duration 'for four years', and no statement stands before the first voice"
)
_NO_SCENE_NOUN = (
    "'The court heard on Thursday that ...': no scene noun and no statement (the headline's 'court told' is read as "
    "one), so no gathering is set for the voices after it"
)
_MEETING_NO_AUDIENCE = (
    "'told the meeting' is read as the meeting named again (a channel), with no addressee: 'meeting' is no audience "
    "word of the stated reader, so no body is told for a reply to go to (occasion.md's score takes the addressee 'the "
    "meeting' from the carried channel 'a ... meeting'); made one, with 'hearing', it changed test_where_scenes' "
    "judgement of Bo Tran and raised train-d's addressee false fill (gatherrest, dropped)"
)
# Mended by a reading of ``experiments/gather_rest/mends.patch``; each row passes with the patch applied.
_COURT_AS_CHANNEL = (
    "'told the court' is read as a channel of its own ('court' is a scene noun and an audience word), which takes the "
    "speaker out of the hearing and ends it for the voices after (patch: gatherings.GATHERING_TOLD)"
)
_PLACE_AS_CHANNEL = (
    "'A hearing ... was held at the district court in Kranj on Thursday': the scene read from the sentence takes the "
    "court after 'at' as its channel before the hearing that is the verb's subject (patch: "
    "scenes.SUBJECT_OVER_ITS_PLACE)"
)
_REPLY_TO_NOBODY = (
    "a reply joined to the scene of the one it answers goes to nobody, not to the body that one told there "
    "(patch: carried_addressees.REPLIES_TO_THE_BODY_TOLD)"
)
_BY_THE_PATCH = {
    "bankruptcy-hearing-fronted": _COURT_AS_CHANNEL,
    "bail-hearing-court-heard": _COURT_AS_CHANNEL,
    "hearing-held-passive": _PLACE_AS_CHANNEL,
    "mine-hearing-replied": _REPLY_TO_NOBODY,
    "special-meeting-told-councillors-responded": _REPLY_TO_NOBODY,
}
# the statements of those articles main gives right already
_RIGHT_TODAY = frozenset(
    {
        "she would rule on the bankruptcy",
        "his client had three children",
        "the risk that he would leave was too great",
        "the village would not survive",
        "she would hear the inspectors next week",
        "the road should be closed to lorries",
        # the hearing held at the court, carried over the court read as its place (``lede_sessions``, the
        # forty-second set's sitting readings)
        "the resort's lifts could be sold",
        "Nobody has offered more than that",
    }
)
_KNOWN = {
    "council-told-the-meeting-replied": _MEETING_NO_AUDIENCE,
    "public-meeting-responded": _MEETING_NO_AUDIENCE,
    "council-told-the-meeting-answered": _MEETING_NO_AUDIENCE,
    "sentencing-hearing-narrated": _PERSON_S_SENTENCE,
    "court-heard-no-hearing-noun": _NO_SCENE_NOUN,
}
# statements of those articles the carrying already gives right (a statement made elsewhere, left alone)
_RIGHT_IN_A_KNOWN_MISS = frozenset(
    {
        "no sentence would bring her husband back",
        "a vote would be held next month",
        # the sentencing hearing the lede narrates with its day, heard through its voices (``lede_sessions``)
        "his client, Darren Munro, had not slept",
        "He will carry this for the rest of his life",
    }
)


def _cases() -> list[object]:
    cases: list[object] = []
    for name, _, _, expected in HEARINGS + MEETINGS:
        for content, channel, addressee, time in expected:
            cause = _KNOWN.get(name)
            if cause is None and content not in _RIGHT_TODAY:
                cause = _BY_THE_PATCH.get(name)
            marks = () if cause is None or content in _RIGHT_IN_A_KNOWN_MISS else (_known(cause),)
            cases.append(pytest.param(name, content, (channel, addressee, time), marks=marks, id=f"{name}:{content}"))
    return cases


@pytest.mark.parametrize(("name", "content", "wanted"), _cases())
def test_each_written_hearing_statement_carries_its_gathering_occasion_or_none(
    name: str, content: str, wanted: Found
) -> None:
    """Each later statement of the written hearings and meetings: the gathering's channel (its opening) and day, whom
    the statement told, or, for one made elsewhere ("outside the court", "after the meeting", "in a statement"), none
    of the gathering's fields."""
    assert _as_expected(_occasion(_article_s(name), content), *wanted)


# A hearing set by the first speaker, the owner then telling the court, then a former worker with plain "said".
_HEARING = (
    "Tannery creditors meet in court\n\n"
    "At a hearing at the county court in Ruse on Wednesday, the administrator of the Iskar tannery, Petar Ivanov, said "
    "the debts came to 6 million leva.\n\n"
    "“The tannery cannot pay its suppliers,” Ivanov said.\n\n"
    "The tannery's owner, Stoyan Dimov, {told} that a bank in Sofia would lend him the money.\n\n"
    "A former tanner, Vesela Koleva, said the workers had not been paid since spring."
)
_OWNER = "a bank in Sofia would lend him the money"


def test_the_court_of_another_gathering_is_no_body_of_it() -> None:
    """ "told the court" after a meeting of the town council: the court is no body of that meeting, so the owner is not
    at it."""
    text = _HEARING.format(told="told the court").replace(
        "At a hearing at the county court", "At a meeting of the council"
    )
    channel, _, _ = _occasion(_fields(text), _OWNER)
    assert channel is None or "meeting" not in channel


# A council meeting told by its first speaker, who told its councillors; a reply, or a plain statement.
_MEETING = (
    "Bridge tolls row at Kilrush council\n\n"
    "At a meeting of Kilrush town council on Monday evening, councillor Nora Considine told councillors that the "
    "bridge tolls had doubled in a year.\n\n"
    "“Families are paying to go to school,” Considine said.\n\n"
    "Engineer Paddy Hehir {verb} that the tolls paid for the bridge's repairs."
)
_REPLY = "the tolls paid for the bridge's repairs"
_AT_THE_MEETING = "a meeting of Kilrush town council"


@pytest.mark.usefixtures("rules_alone")
def test_a_plain_statement_after_the_body_told_is_to_nobody() -> None:
    """ "Engineer Paddy Hehir said": no reply, so at the meeting on its day but told to nobody named."""
    found = _occasion(_fields(_MEETING.format(verb="said")), _REPLY)
    assert found == (_AT_THE_MEETING, None, "on Monday evening")


def test_a_reply_made_elsewhere_is_not_to_the_body_told() -> None:
    """ "replied in a statement on Tuesday": a reply on an occasion of its own, not to the councillors."""
    found = _occasion(_fields(_MEETING.format(verb="replied in a statement on Tuesday")), _REPLY)
    assert found == ("a statement", None, "on Tuesday")

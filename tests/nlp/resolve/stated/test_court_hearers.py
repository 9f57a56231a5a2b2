"""A court's hearers told (``resolve.stated.court_hearers``): "told the jury" is heard in the trial the story named."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.stated import court_hearers

from ..conftest import ArticleMaker

pytestmark = pytest.mark.slow

DAY = "2025-02-07"  # the day these stories were published, a Friday


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("text", "content", "source", "channel", "addressee", "time"),
    [
        # the trial named once, in the lede's verdict; the prosecutor's opening told the jury on a day of its own
        ("A Swindon man was found guilty on Friday after a three-day trial at Swindon Crown Court.\n\n"
         "Opening the case on Tuesday, prosecutor Martin Hale told the jury the defendant had climbed through a "
         "kitchen window.", "the defendant had climbed through a kitchen window", "Martin Hale",
         "a three-day trial at Swindon Crown Court", "the jury", "on Tuesday"),
        # an inquest's coroner, the inquest named again by "the" in between: its first telling
        ("An inquest into the death of a Dunedin climber opened on Monday.\n\n"
         "The inquest was adjourned after an hour.\n\n"
         "A ranger, Tom Kerr, told the coroner the track had been closed for a week.",
         "the track had been closed for a week", "Tom Kerr", "An inquest", "the coroner", None),
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
) -> None:
    """COURT_HEARERS_TOLD: the sitting's first telling is the channel; the statement's own day stays its own."""
    monkeypatch.setattr(court_hearers, "COURT_HEARERS_TOLD", flag)
    found = article(text, published=DAY).one(content, "told", source)
    if flag:
        assert found.channel is not None and found.channel.text == channel
    else:
        assert found.channel is None or found.channel.text != channel
    assert found.addressee is not None and found.addressee.text == addressee
    assert (None if found.time is None else found.time.text) == time


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

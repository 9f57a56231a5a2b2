"""Occasions named again later as known: a document, an interview, one of many documents (``named_again``)."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.carrying import named_again

from ..conftest import ArticleMaker
from .test_occasions import _resolved, _time_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("told", "dated"),
    [
        ("told CNN's Dana Bash", True),  # an outlet's interviewer
        ("told Reuters", True),  # an outlet
        ("told his neighbours", False),  # no outlet: no interview given
    ],
)
def test_the_interview_named_later_is_the_one_given_an_outlet(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, told: str, dated: bool
) -> None:
    """ "Ryan told CNN's Jake Tapper ... said on Thursday", then, past other occasions of his, "Ryan said in the CNN
    interview that": telling an outlet is giving it an interview, whose day "the interview" named later takes
    (``INTERVIEW_TOLD``)."""
    monkeypatch.setattr(named_again, "INTERVIEW_TOLD", on)
    text = (
        f"Governor Lena Marsh {told} that the levy would stay.\n\n"
        "She said on Thursday that the bridge would be rebuilt.\n\n"
        "Councillor Tom Reyes said the plan was too costly.\n\n"
        "Marsh said in a statement on Friday that the ferry would run.\n\n"
        "Reyes said the council would vote in March.\n\n"
        "Marsh said in the interview that the tolls would go."
    )
    found = _resolved(
        article,
        text,
        ("that the levy would stay", told.split()[0], "Governor Lena Marsh"),
        ("that the bridge would be rebuilt", "said", "She"),
        ("the plan was too costly", "said", "Councillor Tom Reyes"),
        ("that the ferry would run", "said", "Marsh", "costly."),
        ("the council would vote in March", "said", "Reyes", "run."),
        ("that the tolls would go", "said", "Marsh", "March."),
    )[-1]
    time = None if found.time is None else (found.time.text, found.time.carried)
    assert (found.channel is not None and found.channel.text, time) == (
        "the interview",
        ("on Thursday", True) if on and dated else None,
    )


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("told", "interviewer"),
    [
        ("told CNN's Dana Bash", "CNN's Dana Bash"),  # an outlet's interviewer, whom the interview is told to
        ("told Reuters", "Reuters"),  # an outlet
        ("told his neighbours", None),  # no outlet: no interview given
    ],
)
def test_the_interview_named_later_is_told_to_its_interviewer(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, told: str, interviewer: str | None
) -> None:
    """ "Ortiz told CNN's Dana Bash", then, past another occasion of his and another speaker, "Ortiz said in the
    interview that ... 'We will not wait,' he said": told to Bash still (``INTERVIEWER_NAMED_AGAIN``)."""
    monkeypatch.setattr(named_again, "INTERVIEWER_NAMED_AGAIN", on)
    paragraphs = [
        f"Mayor Luis Ortiz {told} that the depot would close.",
        "Ortiz said in a newsletter on Friday that buses would run.",
        "Critics said the plan was rushed.",
        "Ortiz said in the interview that fares would fall. “We will not wait,” he said.",
    ]
    specs = [
        ("that the depot would close", told.split()[0], "Mayor Luis Ortiz"),
        ("that buses would run", "said", "Ortiz", "close."),
        ("the plan was rushed", "said", "Critics"),
        ("that fares would fall", "said", "Ortiz", "rushed."),
        ("We will not wait", "said", "he", "fall.", "direct"),
    ]
    found = _resolved(article, "\n\n".join(paragraphs), *specs)[-2:]
    expected = interviewer if on else None
    assert [None if f.addressee is None else f.addressee.text for f in found] == [expected, expected]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("told", "interviewer"),
    [
        ("told Reuters", "Reuters"),  # an outlet: the interview named next is the one it was given
        ("told his neighbours", None),  # no outlet: no interview given
    ],
)
def test_the_interview_a_setting_names_again_keeps_whom_it_was_told_to(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, told: str, interviewer: str | None
) -> None:
    """ "Trump told CNN ...", then a sentence with no statement, "Trump spoke only in vague terms during the
    interview", then his quotes: they are still told to CNN (``INTERVIEWER_OF_A_SETTING``)."""
    monkeypatch.setattr(named_again, "INTERVIEWER_OF_A_SETTING", on)
    paragraphs = [
        f"Mayor Luis Ortiz {told} that the depot would close.",
        "Ortiz spoke only in vague terms during the interview.",
        "“We will not wait,” Ortiz said.",
    ]
    specs = [
        ("that the depot would close", told.split()[0], "Mayor Luis Ortiz"),
        ("We will not wait,", "said", "Ortiz", "wait,”", "direct"),
    ]
    found = _resolved(article, "\n\n".join(paragraphs), *specs)[-1]
    assert found.channel is not None and found.channel.text == "the interview"
    assert (None if found.addressee is None else found.addressee.text) == (interviewer if on else None)


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("first", "dated"),
    [
        ("The audit office said in a report that the ferries ran late.", True),  # introduced with no day
        ("The audit office said in a report on Monday that the ferries ran late.", False),  # dated there already
    ],
)
def test_a_document_named_again_with_its_day_dates_it_for_what_it_says_later(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, first: str, dated: bool
) -> None:
    """ "The report published Tuesday showed ..." after a report introduced with no day: where the story dates the
    report, so "The report also documented ..." further on takes "Tuesday" (``DATED_WHEN_NAMED_AGAIN``)."""
    monkeypatch.setattr(named_again, "DATED_WHEN_NAMED_AGAIN", on)
    text = (
        f"{first}\n\nThe report published Tuesday showed that the boats were old.\n\n"
        "The minister said that the fleet was fine.\n\nPassengers have complained for years.\n\n"
        "The report also documented that the engines failed."
    )
    found = _resolved(
        article,
        text,
        ("that the ferries ran late", "said", "The audit office"),
        ("that the boats were old", "showed", "The report published Tuesday"),
        ("that the fleet was fine", "said", "The minister"),
        ("that the engines failed", "also documented", "The report", "Passengers"),
    )[3]
    expected = "Tuesday" if on and dated else ("on Monday" if not dated else None)
    assert _time_of(found) == expected


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize("gap", ["", "\n\n"])
def test_a_document_s_finding_in_the_paragraph_of_a_dated_report_takes_its_day(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, gap: str
) -> None:
    """ "..., the university reported last week. ..., and the survey found that ...": the survey is what was reported,
    on that day; from the paragraph before, not (``FINDING_OF_THE_PARAGRAPH``)."""
    monkeypatch.setattr(named_again, "FINDING_OF_THE_PARAGRAPH", on)
    text = (
        "Confidence has been higher than in any year since 2004, the university reported last week. "
        f"{gap}Wages are rising, and the survey found that people expected to be richer."
    )
    found = _resolved(
        article,
        text,
        ("Confidence has been higher than in any year since 2004", "reported", "the university"),
        ("that people expected to be richer", "found", "the survey"),
    )[1]
    assert _time_of(found) == ("last week" if on and not gap else None)


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("named", "dated"),
    [
        ("According to a Harbour Tribune survey", True),  # one of the polls, named as new
        ("According to the Harbour Tribune survey", False),  # named as known: another matter
    ],
)
def test_one_of_many_dated_documents_named_next_takes_their_day(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, named: str, dated: bool
) -> None:
    """ "New polls released Sunday showed ... According to a ... survey, ...": that survey is one of the polls released
    that day (``ONE_OF_MANY_DOCUMENTS``)."""
    monkeypatch.setattr(named_again, "ONE_OF_MANY_DOCUMENTS", on)
    text = (
        "New polls released Sunday showed the mayor taking a lead.\n\n"
        f"{named}, 51 percent of respondents backed the mayor."
    )
    found = _resolved(
        article,
        text,
        ("the mayor taking a lead", "showed", "New polls released Sunday"),
        ("51 percent of respondents backed the mayor", "According to", named.removeprefix("According to ")),
    )[1]
    assert _time_of(found) == ("Sunday" if on and dated else None)

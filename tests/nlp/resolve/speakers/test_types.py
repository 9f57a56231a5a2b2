"""Attribution types from the cue in context: statements, thoughts and findings, on texts other than the corpus."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolving_one import classify_type

from ..conftest import ArticleMaker

pytestmark = pytest.mark.slow


def _type(article: ArticleMaker, text: str, cue: str, source: str | None = None, after: str | None = None) -> str:
    art = article(text)
    return classify_type(art.doc, [art.span(cue, after)], [art.span(source, after)] if source else [])


@pytest.mark.parametrize(
    ("text", "cue", "source", "expected"),
    [
        ("The senator said on Tuesday that the bill was dead.", "said", "The senator", "statement"),
        ("According to a spokesman, the talks collapsed.", "According to", "a spokesman", "statement"),
        ("The lawsuit claims that the company hid its losses.", "claims", "The lawsuit", "statement"),
        ("She suggested that the vote be delayed.", "suggested", "She", "statement"),
        ("Many people think the minister might lose his seat.", "think", "Many people", "thought"),
        ("The governor hopes the plan will pass.", "hopes", "The governor", "thought"),
        ("The plan seems to be going in the right direction.", "seems", None, "thought"),
        ("The minister is expected to resign on Friday.", "is expected", None, "thought"),
        ("City records indicated the debt was $267 million.", "indicated", "City records", "finding"),
        ("A study found that the drug had no effect.", "found", "A study", "finding"),
        ("The data suggest that turnout fell.", "suggest", "The data", "finding"),
        ("According to FEC filings, the group spent $3 million.", "According to", "FEC filings", "finding"),
        ("Fifty-four percent of voters say the country is on the wrong track.", "say", "Fifty-four percent", "finding"),
        ("Six in 10 voters consider her honest, the survey shows.", "consider", "Six in 10 voters", "finding"),
        ("Asked whether she is honest, 75 percent of Democrats said yes.", "Asked", "75 percent", "statement"),
        ("Asked whether she is honest, 75 percent of Democrats said yes.", "said", "75 percent", "finding"),
    ],
)
def test_type_from_cue_and_source(
    article: ArticleMaker, text: str, cue: str, source: str | None, expected: str
) -> None:
    assert _type(article, text, cue, source) == expected


def test_the_cue_of_each_clause_decides_not_the_sentence(article: ArticleMaker) -> None:
    text = "I know he said the deal was off. She told me she knew the answer."
    assert _type(article, text, "know", "I") == "thought"
    assert _type(article, text, "said", "he") == "statement"
    assert _type(article, text, "told", "She") == "statement"
    assert _type(article, text, "knew", "she", after="told") == "thought"


def test_a_group_of_voters_is_a_poll_result_only_where_the_sentence_reports_a_poll(
    article: ArticleMaker,
) -> None:
    polled = "In the survey, voters who said the economy mattered most were evenly divided between the two."
    assert _type(article, polled, "were evenly divided between", "voters") == "finding"
    scene = "Outside the hall, voters told reporters that they were angry about the closure."
    assert _type(article, scene, "told", "voters") == "statement"
    one = "A woman in Worcester told a reporter in the poll line that she worries about the economy."
    assert _type(article, one, "told", "A woman in Worcester") == "statement"


def test_a_thought_said_aloud_is_a_statement(article: ArticleMaker) -> None:
    assert _type(article, "He wondered aloud whether the vote would hold.", "wondered aloud", "He") == "statement"


def test_an_attribution_without_cue_or_source_is_a_statement(article: ArticleMaker) -> None:
    art = article("“We will win,” he said.")
    assert classify_type(art.doc, [], []) == "statement"


def test_without_a_source_the_parse_gives_the_subject(article: ArticleMaker) -> None:
    text = "Trump attacked the judge on Friday, suggesting that he was biased."
    assert _type(article, text, "suggesting") == "statement"
    assert _type(article, "New figures suggest that turnout fell.", "suggest") == "finding"
    shown = "Supporters were shown chanting on the screens."
    assert _type(article, shown, "were shown") == "finding"  # a passive's subject is what is shown


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Senate Majority Leader Mitch McConnell said the bill would pass.", "Senate Majority Leader Mitch McConnell"),
        ("The Minority Leader, Alexander Afenyo-Markin, said the bill would fail.", "The Minority Leader"),
        ("House Minority Whip Steny Hoyer said the bill would fail.", "House Minority Whip Steny Hoyer"),
    ],
)
def test_a_title_with_a_share_word_names_a_person_not_a_polled_share(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, text: str, source: str
) -> None:
    """ "Majority Leader", "Minority Leader": the share word is a compound of the title (``TITLE_SHARES_NAME_NOBODY``);
    off, the leader was typed a polled share and the statement a finding. A majority that heads its phrase is still
    one."""
    assert _type(article, text, "said", source) == "statement"
    monkeypatch.setattr("quotegraph.nlp.resolve.speakers.types.TITLE_SHARES_NAME_NOBODY", False)
    assert _type(article, text, "said", source) == "finding"
    majority = "A majority of voters said the bill would pass."
    assert _type(article, majority, "said", "A majority of voters") == "finding"

"""A headline's and a standfirst's speaker named by a title-case name, and where the lines a news
text opens with end."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.headlines import (
    headline_base_verb,
    headline_line,
    headline_name,
    headline_verb,
    opening_lines_end,
    title_end,
)

from .conftest import ArticleMaker, name_types

pytestmark = pytest.mark.slow


def test_the_same_noun_in_the_body_s_first_sentence_is_no_headline_s(article: ArticleMaker) -> None:
    art = article("The coroner spoke first. Coroner Jane Ross said more cyclists will die.")
    assert opening_lines_end(art.doc) == 0


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Coroner warns cyclists\n\nWidow says council ignored warnings\n\nA coroner has warned.", 2),
        ("Coroner warns cyclists\n\nA coroner has warned that the junction is dangerous.\n\nShe said so.", 1),
        ("A coroner has warned that the junction is dangerous.\n\nShe said so.", 0),
    ],
)
def test_the_opening_lines_are_the_short_ones_with_no_full_stop(article: ArticleMaker, text: str, lines: int) -> None:
    doc = article(text).doc
    end = opening_lines_end(doc)
    assert doc[:end].text.count("\n\n") == lines


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Mayor defends budget\n\nThe mayor said on Monday that the budget was sound.", "Mayor defends budget"),
        ("\nMayor defends budget\n\nThe mayor said the budget was sound.", None),  # no first line
        ("The mayor said on Monday that the budget was sound.", None),  # one line: no headline
        ("The mayor " + "said the budget was sound and " * 8 + "left.\n\nShe added more.", None),  # too long
        # a short first line that is the body's first sentence, as ``opens_with_headline`` reads it
        ("WASHINGTON (AP) — The Senate voted on Tuesday to confirm her.\n\nShe said so.", None),
        ("The Senate voted 52-48 on Tuesday to confirm Jane Doe as the next secretary.\n\nShe said so.", None),
    ],
)
def test_a_headline_is_a_short_first_line(nlp: Language, text: str, headline: str | None) -> None:
    doc = nlp(text)
    end = title_end(doc)
    assert (doc[:end].text.strip() if end else None) == headline


@pytest.mark.parametrize(
    ("word", "verb"),
    [
        ("Apologizes", True),
        ("Questioned", True),
        ("Slammed", True),
        ("Winning", True),
        ("Pushes", True),
        ("Took", True),
        ("Says", True),
        ("Apologize", False),  # a base form is never a headline's verb after a name
        ("Gaines", False),  # no "-es" after a vowel: "Gaines" is no "gain"
        ("Burns", False),  # a surname the lexicon leaves out
        ("says", False),  # a headline's words are title-cased
    ],
)
def test_a_headline_verb_is_an_inflected_verb_of_saying_or_of_news(word: str, verb: bool) -> None:
    assert headline_verb(word) is verb


@pytest.mark.parametrize(
    ("word", "verb"),
    [("Address", True), ("Slam", True), ("Tell", True), ("Slams", False), ("slam", False), ("Hicks", False)],
)
def test_a_headline_base_verb_is_a_verb_of_saying_or_of_news_uninflected(word: str, verb: bool) -> None:
    assert headline_base_verb(word) is verb


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Okafor Defends Budget Cuts\n\nThe mayor said the cuts were needed.", "Okafor"),
        ("Okafor Wins Second Term\n\nThe mayor said the result was a mandate.", "Okafor"),  # a verb of news
        ("Pastor Wins Appeal\n\nThe pastor said the ruling was fair.", None),  # a role, whoever holds it
    ],
)
def test_a_title_case_headline_s_name_ends_at_its_verb(nlp: Language, text: str, name: str | None) -> None:
    found = headline_name(nlp(text))
    assert (None if found is None else found.text) == name


def test_a_title_case_headline_opens_with_the_name_before_its_verb_of_saying(nlp: Language) -> None:
    names = name_types(nlp, "Okafor Defends Budget Cuts at Tense Council Meeting\n\nThe mayor faced the council.")
    assert names.get("Okafor") == "PERSON"
    assert not {"Okafor Defends", "Budget Cuts"} & set(names)


@pytest.mark.parametrize(
    "text",
    [
        "Live updates: Senate votes on spending bill\n\nThe vote was close.",  # not title case
        "Budget Cuts at Tense Council Meeting\n\nThe mayor faced the council.",  # no verb of saying
        "The mayor faced the council on Tuesday night. Okafor Defends Budget Cuts was the banner.",  # no headline
    ],
)
def test_only_a_title_case_headline_with_a_verb_of_saying_gives_a_name(nlp: Language, text: str) -> None:
    assert "Okafor" not in name_types(nlp, text) and "Budget Cuts" not in name_types(nlp, text)


def test_a_title_case_headline_opening_with_a_role_gives_no_name(nlp: Language) -> None:
    names = name_types(nlp, "Pastor Wants Scout Leaders Fired\n\nKevin Swanson said on his show that ...")
    assert "Pastor" not in names


_UNDER = "\n\nThe union said on Sunday that talks had failed."


@pytest.mark.parametrize(
    "first",
    [
        "Storm Warning Issues Across The Coast",  # title case
        "Helsinki council votes to ban rental e-scooters from April",  # a page's title: no stop at its end
        "Trawlers blockade Lorient harbour over EU catch limits: ‘We will not go quietly’",
        "Evangelical Iowans flock to Cruz;",  # PolNeAR's titles end with a semicolon or a full stop
        "SEIU chief says Trump can win.",
        "Could an 'accident' by Janet Yellen derail Clinton?",
        "Rep. Welch to back Sanders for president.",  # a title's stop is no sentence's end
        "The Latest: Sanders wins Minnesota Democratic caucuses.",  # a kicker's label before a colon
        "AP-GfK Poll: Voters increasingly see Sanders as electable.",  # a name a hyphen joins is no dateline
    ],
)
def test_a_short_first_line_in_a_headline_s_form_is_a_headline(nlp: Language, first: str) -> None:
    assert headline_line(first)
    doc = nlp(first + _UNDER)
    assert doc[: title_end(doc)].text.strip() == first


@pytest.mark.parametrize(
    "first",
    [
        "WASHINGTON (AP) — The Senate voted 52-48 on Tuesday to confirm Jane Doe.",  # a dateline: the body's
        "Mumbai: Rohan Deshpande has been removed as India's Test captain, with the national selectors handing the"
        " job to his deputy.",  # too many words for a headline
        "The Senate voted 52-48 on Tuesday to confirm Jane Doe as the next secretary.",  # opens on an article
        "Lumora, the San Francisco photo-editing startup, is laying off about 140 employees, or 12 percent of its"
        " workforce, the company said in a blog post on Tuesday.",  # too many words for a headline
        "Lead. Two sentences here.",  # two sentences
        "Health",  # a kicker: too few words to tell
        "Legal · United Kingdom",  # a kicker's labels
        "“The plan is sound,” Dale Moss tells the Boston Herald in an exclusive interview.",  # a quote then its cue
    ],
)
def test_a_body_s_first_sentence_or_a_kicker_is_no_headline(nlp: Language, first: str) -> None:
    assert not headline_line(first)
    assert title_end(nlp(first + _UNDER)) == 0


def test_a_short_sentence_case_line_telling_in_the_past_is_a_body_s(nlp: Language) -> None:
    first = "In a speech on Tuesday, Hale said the state would turn."
    assert headline_line(first)  # the form alone
    assert not headline_line(first, body_tenses=True)
    assert title_end(nlp(first + _UNDER)) == 0  # the parse tags "said" a past tense
    assert title_end(nlp("Hale says the state will turn." + _UNDER)) > 0
    assert title_end(nlp("Senator Hale is thanking supporters at a rally in Dayton." + _UNDER)) == 0  # "is": a body's
    assert title_end(nlp("Trump: 'We are going to win so much.'" + _UNDER)) > 0  # a label: a headline's


def test_a_line_with_nothing_under_it_is_no_headline(nlp: Language) -> None:
    assert title_end(nlp("Storm Warning Issues Across The Coast")) == 0

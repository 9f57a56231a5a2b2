"""Pages that stand in for an article (menus, section indexes, consent, not-found and subscription walls)
are failures with their reason; short articles of every shape stay articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotegraph.io import read
from quotegraph.io.standins import MIN_STORY_WORDS, _only_links, stand_in_reason
from quotegraph.model import Article, Failure

PAGES = Path(__file__).parents[1] / "fixtures" / "html-pages"
ONLY_LINKS = "no article text: the page's text is only links (navigation or an index page)"


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        ("nav-only.html", ONLY_LINKS),
        ("section-index.html", ONLY_LINKS),
        ("cookie-wall.html", "no article text: the page is a cookie consent notice"),
        ("not-found.html", "no article text: the page is a 'page not found' notice"),
        ("paywall-stub.html", "no article text: the page is a subscription wall with at most a standfirst"),
    ],
)
def test_a_page_standing_in_for_an_article_is_a_failure_with_its_reason(page: str, reason: str) -> None:
    [item] = read(str(PAGES / page))
    assert isinstance(item, Failure) and item.reason == reason
    assert item.error == "InputError"


@pytest.mark.parametrize(
    ("page", "words"),
    [
        ("wire-story.html", "Dock workers at the port of Rotterdam called off"),
        ("brief.html", "The central library will stay open until 9 p.m."),
        ("live-blog.html", 'she was "cautiously optimistic"'),
        ("linked-article.html", "Valley Water was fined £2 million on Thursday"),
        ("interview-transcript.html", "Mayor Ruth Okafor: Because the funding we were promised"),
    ],
)
def test_a_short_article_stays_an_article(page: str, words: str) -> None:
    [item] = read(str(PAGES / page))
    assert isinstance(item, Article) and words in item.text


def test_paragraphs_made_of_link_labels_and_separators_are_only_links() -> None:
    labels = frozenset({"home", "politics", "sport"})
    assert stand_in_reason(["Home", "Home / Politics", "SPORT"], labels, None) == ONLY_LINKS
    assert stand_in_reason(["Home", "Politics fell silent on Monday."], labels, None) is None


def test_a_paragraph_that_is_one_link_s_text_is_found_without_walking_every_label() -> None:
    # an index page's teasers, each one link: walking the page's labels for each would cost labels * paragraphs
    labels = frozenset({"council votes to freeze rents", "home"})
    assert _only_links("council votes to freeze rents", labels, labels_longest_first=[])
    assert not _only_links("council votes to freeze rents again", labels, labels_longest_first=[])


def test_a_paragraph_with_prose_around_its_links_is_not_only_links() -> None:
    labels = frozenset({"valley water", "river arun"})
    assert stand_in_reason(["Valley Water polluted the River Arun."], labels, None) is None


def test_a_notice_after_a_story_opening_leaves_the_article() -> None:
    opening = " ".join(["word"] * MIN_STORY_WORDS)
    wall = "Subscribe to continue reading"
    assert stand_in_reason([opening, wall], frozenset(), None) is None
    assert stand_in_reason(["A one-sentence standfirst.", wall], frozenset(), None) is not None


def test_the_headline_does_not_count_as_story_before_a_notice() -> None:
    headline = " ".join(["headline"] * MIN_STORY_WORDS)
    paragraphs = [headline, "Subscribe to continue reading"]
    assert stand_in_reason(paragraphs, frozenset(), headline + " | The Courier") is not None
    assert stand_in_reason(paragraphs, frozenset(), None) is None


def test_a_story_about_cookies_or_a_missing_page_is_not_a_notice() -> None:
    story = [
        "Websites that use cookies must ask first, the court ruled on Tuesday.",
        "The minister said the page was not found in the archive.",
    ]
    assert stand_in_reason(story, frozenset(), None) is None
    assert stand_in_reason(["We use cookies to improve your experience."], frozenset(), None) is not None
    assert stand_in_reason(["Error 404: page not found"], frozenset(), None) is not None

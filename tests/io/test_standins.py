"""Pages that stand in for an article (menus, section indexes, consent, not-found and subscription walls)
are failures with their reason; short articles of every shape stay articles."""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import pytest

from quotegraph.io import read
from quotegraph.io.standins import MIN_STORY_WORDS, _LabelCuts, _only_links, stand_in_reason
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
    assert _only_links("council votes to freeze rents", labels, _LabelCuts(()))
    assert not _only_links("council votes to freeze rents again", labels, _LabelCuts(()))


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


def _only_links_of(text: str, labels: frozenset[str]) -> bool:
    return _only_links(text, labels, _LabelCuts(labels))


def test_a_breadcrumb_of_several_labels_is_only_links_and_prose_beside_it_is_not() -> None:
    labels = frozenset({"home", "politics", "europe", "us news"})
    assert _only_links_of("home / politics / europe", labels)
    assert _only_links_of("home › us news › europe", labels)
    assert _only_links_of("home | politics", labels)
    assert not _only_links_of("home / politics / europe leaders met", labels)
    assert not _only_links_of("europe / home rule", labels)
    assert not _only_links_of("politics in europe", labels)


def test_a_breadcrumb_is_cut_into_the_labels_that_make_it_not_the_longest_found_first() -> None:
    # "politics live" is the longest label found, but the paragraph is "politics" and "live uk": the walk by
    # length that this cut replaced took "politics live", left "uk" and read the breadcrumb as prose
    labels = frozenset({"politics live", "politics", "live uk"})
    assert _only_links_of("politics live uk", labels)
    assert not _only_links_of("politics live today", labels)


def test_labels_around_a_removed_label_do_not_join_into_another_label() -> None:
    # the walk replaced "politics" by a space and then found "us news" across it; the text has no "us news" of its own
    labels = frozenset({"politics", "us news"})
    assert not _only_links_of("uspoliticsnews", labels)
    assert _only_links_of("us news politics", labels)


def _cuts_slowly(text: str, labels: frozenset[str]) -> bool:
    """Whether ``text`` is labels and separators end to end, trying every label at every place."""

    @cache
    def from_(at: int) -> bool:
        if at == len(text):
            return True
        if re.match(r"\W", text[at]) and from_(at + 1):
            return True
        return any(text.startswith(label, at) and from_(at + len(label)) for label in labels)

    return from_(0)


def test_the_cut_answers_as_trying_every_label_at_every_place_does() -> None:
    draw = random.Random(11)  # fixed: the same texts each run
    for _ in range(20_000):  # the walk this replaced answered otherwise about once in 10,000 draws
        labels = frozenset("".join(draw.choice("ab c/") for _ in range(draw.randint(1, 4))) for _ in range(4))
        labels = frozenset(label for label in labels if re.search("[a-z]", label))
        text = "".join(draw.choice("ab c/") for _ in range(draw.randint(0, 12)))
        assert _only_links_of(text, labels) == _cuts_slowly(text, labels), (text, sorted(labels))


def test_a_paragraph_whose_first_word_starts_no_label_is_prose_without_building_the_automaton() -> None:
    labels = frozenset({"home", "page", "» more", "the big read"})
    cuts = _LabelCuts(labels)
    assert not cuts.cut("council votes to freeze rents")
    assert "_automaton" not in vars(cuts)  # told by its first word: no label starts "council" or a start of it
    assert cuts.cut("homepage")  # "home" starts the first word, and "page" follows it with no separator
    assert cuts.cut("» more / home")  # a label that starts with separators
    assert not cuts.cut("the big reader")

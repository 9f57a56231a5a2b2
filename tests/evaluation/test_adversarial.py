"""The hostile page of the adversarial benchmark: breadcrumbs over as many distinct links as paragraphs, refused as
a page of links; ordinary articles set as pages are read back as articles."""

from __future__ import annotations

import re

from quotegraph.evaluation.adversarial import (
    HOSTILE_TEXTS,
    AdversarialReport,
    CostRow,
    breadcrumb_page,
    hostile_text,
    news_page,
)
from quotegraph.io.html import extract_html
from quotegraph.model import Article, Failure
from quotegraph.settings import load_settings

ONLY_LINKS = "no article text: the page's text is only links (navigation or an index page)"


def test_a_breadcrumb_page_has_the_size_asked_for_and_a_link_of_its_own_for_each_paragraph() -> None:
    page = breadcrumb_page(30_000)
    assert 30_000 <= len(page) < 30_500  # one teaser past the size at most
    teasers = page.count('class="breadcrumbs"')
    labels = set(re.findall(r">(section \d+ news)</a>", page))
    assert len(labels) >= teasers > 100
    assert breadcrumb_page(1).count('class="breadcrumbs"') == 1


def test_a_breadcrumb_page_is_read_as_a_page_of_links() -> None:
    item = extract_html(breadcrumb_page(20_000).encode(), "crumbs", load_settings()).item
    assert isinstance(item, Failure) and item.reason == ONLY_LINKS


def test_an_ordinary_article_set_as_a_page_is_read_back_as_the_article() -> None:
    article = Article(
        id="a1", text="Rents will freeze, the council said.\n\n“We had no choice,” Ann Lee said.", title="Rents"
    )
    item = extract_html(news_page(article).encode(), "a1", load_settings()).item
    assert isinstance(item, Article) and "“We had no choice,” Ann Lee said." in item.text


def test_page_rows_are_reported_against_the_ordinary_pages() -> None:
    report = AdversarialReport(CostRow("ordinary news", 10, 1, 1.0))
    assert "pages" not in report.as_dict()
    report.ordinary_pages = CostRow("ordinary news pages", 100, 2, 1.0)
    report.hostile_pages = [CostRow("breadcrumbs 100", 100, 0, 3.0)]
    pages = report.as_dict()["pages"]
    assert pages["ordinary"]["us_per_char"] == 1e4 and pages["hostile"][0]["ratio"] == 3.0


def test_the_single_letter_text_is_words_of_one_letter_with_no_full_stop_at_the_size_asked() -> None:
    assert "single-letters" in HOSTILE_TEXTS
    text = hostile_text("single-letters", 30_000)
    words = text.split()
    assert len(text) == 30_000 and len(words) == 15_000
    assert {len(word) for word in words} == {1} and "." not in text


def test_the_participle_cue_text_sets_off_participles_of_saying_after_a_cue() -> None:
    text = hostile_text("participle-cues", 30_000)
    assert len(text) == 30_000
    for participle in (", adding that", ", saying that", ", noting that"):
        assert text.count(participle) > 100  # thousands of hosts to find, one for each participle


def test_the_narrated_issuing_text_puts_documents_out_and_names_them_again_as_sources() -> None:
    text = hostile_text("narrated-issuings", 30_000)
    assert len(text) == 30_000
    issued, quoted = text.count("issued a statement"), text.count("the statement said")
    assert issued > 100 and quoted >= issued - 1  # each put out is quoted after, but where the text is cut
    assert text.count("was published by") > 100  # a passive issuing whose agent is the maker


def test_the_dated_bidding_text_is_one_sentence_of_biddings_each_with_its_day() -> None:
    text = hostile_text("dated-biddings", 30_000)
    assert len(text) == 30_000 and "." not in text
    biddings = text.count("had told them on Monday to say that")
    assert biddings > 400 and text.count("he said that police") >= biddings  # each bidding inside a report

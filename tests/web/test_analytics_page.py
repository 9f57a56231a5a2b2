"""The /analytics page over the hand-made analytics corpus of tests/conftest.py: the report's plots
inline, its tables with names linked, the form, bad input as a message, and the links to it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from quotegraph.settings import Settings
from quotegraph.store import Store

from .conftest import FakeExtractor, make_app


@pytest.fixture
def analytics_client(analytics_store: Store, settings: Settings) -> TestClient:
    return TestClient(make_app(analytics_store, FakeExtractor(settings), settings))


def test_the_page_shows_the_plots_inline_and_the_figures_with_links(
    analytics_client: TestClient, analytics_store: Store
) -> None:
    page = analytics_client.get("/analytics")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    svgs = re.findall(r"<svg .*?</svg>", html, flags=re.S)
    assert len(svgs) == 5  # quoted most, per outlet, per month, the default pair, genders
    for svg in svgs:
        ET.fromstring(svg)
    trump = analytics_store.speakers_named("Donald Trump")[0].id
    assert re.search(rf'<a href="/speakers/{trump}">Donald Trump</a></td><td class="number">6</td>', html)
    assert '<a href="/outlets/wash-post">wash-post</a>: 5 statements' in html
    assert 'aria-current="page">Analytics</a>' in html
    assert 'href="/api/analytics?period=month&amp;top=10"' in html


def test_the_form_chooses_dates_period_ranking_and_pair(analytics_client: TestClient) -> None:
    page = analytics_client.get(
        "/analytics", params={"since": "2016-02", "until": "2016-03", "period": "week", "top": "1", "a": "Ana Ruiz"}
    )
    assert page.status_code == 200
    html = page.text
    assert 'value="2016-02"' in html and '<option value="week" selected>' in html
    assert "6 statements by named speakers" in html  # February and March: 5 + 1
    assert "Who is quoted most, week by week" in html
    assert re.search(r"<h3[^>]*>Ana Ruiz and Hillary Clinton</h3>", html)  # the most quoted other in the window


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"since": "2016-13"}, "invalid date"),
        ({"top": "many"}, "top must be"),
        ({"period": "year"}, "unknown period"),
        ({"a": "Clinton", "b": "Hillary Clinton"}, "name the two sides apart"),
    ],
)
def test_a_request_that_cannot_be_answered_is_a_message_with_the_form(
    analytics_client: TestClient, params: dict[str, str], message: str
) -> None:
    page = analytics_client.get("/analytics", params=params)
    assert page.status_code == 400
    assert message in page.text and 'role="alert"' in page.text and '<form class="search"' in page.text


def test_an_empty_corpus_shows_the_page_with_nothing_to_plot(client: TestClient) -> None:
    """The web corpus of this folder's conftest has statements, but none in 1990."""
    page = client.get("/analytics", params={"since": "1990", "until": "1990"})
    assert page.status_code == 200 and "<svg" not in page.text
    assert "No statement by a named speaker in these dates" in page.text


def test_kept_reports_are_drawn_again_when_the_corpus_changes(analytics_store: Store, settings: Settings) -> None:
    version = [0]
    client = TestClient(make_app(analytics_store, FakeExtractor(settings), settings, version=lambda: version[0]))
    assert "14 statements" in client.get("/analytics").text
    analytics_store.delete("nyt-1")
    assert "14 statements" in client.get("/analytics").text  # the same version: the kept report
    version[0] = 1
    assert "11 statements" in client.get("/analytics").text


def test_speaker_and_outlet_pages_link_to_the_analytics(analytics_client: TestClient, analytics_store: Store) -> None:
    ruiz = analytics_store.speakers_named("Ana Ruiz")[0].id
    speaker = analytics_client.get(f"/speakers/{ruiz}").text
    assert 'href="/analytics?a=Ana+Ruiz#pairs-heading"' in speaker
    outlet = analytics_client.get("/outlets/wash-post").text
    assert 'href="/analytics#outlet-wash-post"' in outlet
    assert 'id="outlet-wash-post"' in analytics_client.get("/analytics").text

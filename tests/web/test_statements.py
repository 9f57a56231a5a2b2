"""The statement pages over the web corpus and Lena Park's statement: the listing with its
filters and pages, a statement's timeline, outlets, escaped word diffs and occurrences, the
speaker page's links, and what a wrong id or cursor gets."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from quotegraph.graph.statements import update_statements
from quotegraph.model.corpus import PeriodCount
from quotegraph.settings import Settings
from quotegraph.store import Store, open_store
from quotegraph.web import statements as statement_pages
from quotegraph.web.statements import diff_html, occurrence_periods

from .conftest import FakeExtractor, bridge_articles, make_app, web_corpus


@pytest.fixture
def client(tmp_path: Path, settings: Settings) -> TestClient:
    store: Store = open_store(tmp_path / "corpus.db")
    store.add([*web_corpus(), *bridge_articles()])
    update_statements(store)
    return TestClient(make_app(store, FakeExtractor(settings), settings))


def _bridges_id(client: TestClient) -> int:
    page = client.get("/statements", params={"min_occurrences": "2"}).text
    start = page.index('href="/statements/') + len('href="/statements/')
    return int(page[start : page.index('"', start)])


def test_the_listing_filters_and_pages(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(statement_pages, "STATEMENTS_PAGE", 1)  # three statements (direct quotes): three pages
    everything = client.get("/statements")
    assert everything.status_code == 200 and 'aria-current="page">Statements' in everything.text
    assert "We will rebuild every bridge" in everything.text  # the most quoted first
    assert "Next page" in everything.text
    following = everything.text.split('rel="next"')[0].rsplit('href="', 1)[1].split('"')[0]
    second = client.get(following.replace("&amp;", "&"))
    assert second.status_code == 200 and "First page" in second.text and "We will rebuild" not in second.text
    only = client.get("/statements", params={"min_occurrences": "2", "variants": "1"}).text
    assert only.count('href="/statements/') == 1 and "Lena Park" in only
    assert "No statement matches" in client.get("/statements", params={"speaker": "Nobody Known"}).text
    assert client.get("/statements", params={"cursor": "junk", "min_occurrences": "x"}).status_code == 200


def test_a_statement_page_shows_timeline_outlets_and_escaped_diffs(client: TestClient) -> None:
    page = client.get(f"/statements/{_bridges_id(client)}").text
    assert "quoted 4 times by 4 outlets" in page and "reuters → nypost → deadline → cnn" in page
    assert page.count('<rect class="bar"') == 8  # every day from 3 to 10 March
    assert '<del><span class="sr">removed: </span>rebuild</del>' in page
    assert '<ins><span class="sr">added: </span>repair</ins>' in page
    assert "<b>now</b>" not in page and "now" in page  # the printed markup stays text
    assert page.count("#attribution-A1") == 4


def test_the_speaker_page_links_its_statements(client: TestClient) -> None:
    speakers = client.get("/speakers", params={"name": "Park"}).text
    speaker_path = speaker_id = speakers.split('href="/speakers/')[1].split('"')[0]
    page = client.get(f"/speakers/{speaker_path}").text
    assert "Quoted across articles" in page and f'href="/statements/{_bridges_id(client)}"' in page
    own = client.get("/statements", params={"speaker_id": speaker_path}).text
    assert own.count('href="/statements/') == 1 and f'name="speaker_id" value="{speaker_id}"' in own


def test_unknown_statements_are_404_pages(client: TestClient) -> None:
    for path in ("/statements/999999", "/statements/abc", "/statements/99999999999999999999999"):
        response = client.get(path)
        assert response.status_code == 404 and "no statement" in response.text.lower()


def test_diff_html_and_timeline_periods() -> None:
    assert str(diff_html("a [-<x>-] {+y&+} b")) == (
        'a <del><span class="sr">removed: </span>&lt;x&gt;</del> <ins><span class="sr">added: </span>y&amp;</ins> b'
    )
    days, kind = occurrence_periods([PeriodCount("2025-01-01", 1), PeriodCount("2025-12-31", 2)])
    assert kind == "week" and sum(d.count for d in days) == 3
    assert occurrence_periods([]) == ([], "day")

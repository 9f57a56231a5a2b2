"""The pages over a small corpus, through FastAPI's test client (no browser)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import msgspec
import pytest
from fastapi.testclient import TestClient

from quotegraph.errors import PipelineError
from quotegraph.model import ArticleResult
from quotegraph.settings import Settings
from quotegraph.store import Store

from .conftest import GASCON, POLLS, RUIZ, SCRIPT, FakeExtractor, interview_article, make_app, person, statement


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text of each label by its ``for``."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(html)
    return parser.tags


def scripts(html: str) -> list[dict[str, str | None]]:
    return [attrs for tag, attrs in elements(html) if tag == "script"]


def speaker_id(store: Store, name: str) -> int:
    return store.speakers(name=name)[0].id


@pytest.mark.parametrize("path", ["/", "/search", "/speakers"])
def test_every_form_field_on_a_page_has_a_label(client: TestClient, path: str) -> None:
    tags = elements(client.get(path).text)
    labelled = {attrs.get("for") for tag, attrs in tags if tag == "label"}
    fields = [attrs for tag, attrs in tags if tag in {"input", "textarea", "select"}]
    assert fields
    for attrs in fields:
        if attrs.get("type") == "radio":
            continue  # each radio sits inside its own <label class="choice">
        assert attrs.get("id") in labelled, attrs


def test_the_home_page_offers_the_form_and_the_corpus(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert 'enctype="multipart/form-data"' in page.text and 'name="published"' in page.text
    assert re.search(r"\b27 attributions of 4 speakers in 26 articles from 3 outlets", page.text)
    assert scripts(page.text) == [{"src": "/static/htmx.min.js", "defer": None}]


def test_a_pasted_article_comes_back_highlighted(client: TestClient, extractor: FakeExtractor) -> None:
    text = "“We will win,” Maria Lopez said on Friday.\n\n“Never,” Tom Hale wrote."
    page = client.post("/", data={"text": text, "published": "2025-02-01", "format": "auto"})
    assert page.status_code == 200
    assert extractor.calls == [{"text": text, "html": None, "published": "2025-02-01"}]
    marks = [attrs for tag, attrs in elements(page.text) if tag == "mark" and "data-attribution" in attrs]
    assert {(m["data-role"], m["data-speaker"]) for m in marks} == {
        (role, speaker) for role in ("content", "cue", "source") for speaker in ("E1", "E2")
    }
    legend = page.text[page.text.index('class="legend"') : page.text.index('class="article-text"')]
    assert "Maria Lopez" in legend and "Tom Hale" in legend
    assert page.text.count('<tr id="attribution-') == 2


def test_markup_in_a_pasted_article_is_shown_as_text(client: TestClient) -> None:
    page = client.post("/", data={"text": f"“{SCRIPT},” Eve Smith said.", "format": "text"})
    assert page.status_code == 200
    assert scripts(page.text) == [{"src": "/static/htmx.min.js", "defer": None}]
    assert not any("onerror" in attrs for _, attrs in elements(page.text))
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page.text


def test_an_uploaded_html_page_goes_to_the_extractor_as_html(client: TestClient, extractor: FakeExtractor) -> None:
    page = client.post(
        "/",
        data={"format": "auto"},
        files={"file": ("story.html", b"<html><p>\xe2\x80\x9cYes,\xe2\x80\x9d Ann Lee said.</p></html>", "text/html")},
    )
    assert page.status_code == 200
    assert extractor.calls[-1]["html"] == "<html><p>“Yes,” Ann Lee said.</p></html>"
    assert 'data-role="source"' in page.text


@pytest.mark.parametrize(
    ("data", "files", "status", "message"),
    [
        ({"text": ""}, None, 400, "paste an article"),
        ({"text": "   \n  "}, None, 400, "the text is empty"),
        ({"text": "a\x00b"}, None, 400, "binary"),
        ({"text": "x" * 2_001}, None, 413, "longer than 2,000 characters"),
        ({"text": "words", "published": "2025-02-30"}, None, 400, "is not a date in the form YYYY-MM-DD"),
        ({"text": "words"}, {"file": ("a.txt", b"more", "text/plain")}, 400, "not both"),
        ({}, {"file": ("a.txt", b"caf\xe9", "text/plain")}, 400, "not UTF-8"),
        ({}, {"file": ("a.txt", b"x" * 20_001, "text/plain")}, 413, "larger than 20,000 bytes"),
        ({}, {"file": ("a.txt", b"x" * 2_001, "text/plain")}, 413, "longer than max_extract_chars"),
        ({}, {"file": ("a.html", b"<p>" + b"x" * 2_001 + b"</p>", "text/html")}, 413, "longer than max_extract_chars"),
        ({"text": "x" * 30_000}, None, 413, "larger than 20,000 bytes"),
        ({"text": "words", "format": "pdf"}, None, 400, "unknown format"),
    ],
)
def test_unusable_input_is_a_message_on_the_page(
    client: TestClient, data: dict[str, str], files: dict[str, tuple[str, bytes, str]] | None, status: int, message: str
) -> None:
    page = client.post("/", data=data, files=files)
    assert page.status_code == status
    alert = page.text[page.text.index('role="alert"') :]
    assert message in alert[: alert.index("</div>")]
    assert '<form class="extract"' in page.text


def test_a_malformed_form_is_a_message_on_the_page(client: TestClient) -> None:
    page = client.post("/", content=b"garbage", headers={"content-type": "multipart/form-data"})
    assert page.status_code == 400 and "the form could not be read" in page.text


def test_a_pipeline_that_cannot_run_is_a_503_page(store: Store, settings: Settings) -> None:
    class Broken:
        async def extract(self, **_: object) -> ArticleResult:
            raise PipelineError("the spaCy model is not installed")

    page = TestClient(make_app(store, Broken(), settings)).post("/", data={"text": "words"})
    assert page.status_code == 503 and "the spaCy model is not installed" in page.text


def test_the_search_page_lists_the_newest_first_without_filters(client: TestClient) -> None:
    page = client.get("/search")
    assert page.status_code == 200
    dates = re.findall(r'<span class="date">([\d-]+)</span>', page.text)
    assert dates[:2] == ["2025-03-01", "2025-02-05"]


def test_search_words_are_marked_in_what_was_said(client: TestClient, store: Store) -> None:
    page = client.get("/search", params={"q": "apologize"})
    assert page.status_code == 200
    assert '<mark class="match">apologize</mark>' in page.text
    gascon = next(s for s in store.speakers() if s.name == GASCON)
    assert f'<a class="who" href="/speakers/{gascon.id}">{GASCON}</a>' in page.text
    assert 'href="/articles/deadline-1#attribution-A2"' in page.text


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"since": "2025-13"}, "invalid date &#39;2025-13&#39;"),
        ({"q": '"unclosed'}, "unclosed quotation mark"),
        ({"kind": "quoted"}, "unknown kind"),
        ({"cursor": "not-a-cursor"}, "invalid cursor"),
    ],
)
def test_a_search_that_cannot_run_shows_why_with_the_form(
    client: TestClient, params: dict[str, str], message: str
) -> None:
    page = client.get("/search", params=params)
    assert page.status_code == 400
    assert message in page.text
    assert '<form class="search"' in page.text
    typed = {name: value for name, value in params.items() if name in {"since", "q"}}
    for name, value in typed.items():  # what the user typed is still in the form, to be corrected
        assert f'name="{name}" value="{value.replace(chr(34), "&#34;")}"' in page.text


def test_pages_of_hits_follow_the_cursor(client: TestClient) -> None:
    first = client.get("/search", params={"speaker": RUIZ})
    hits = first.text.count('<li class="hit">')
    assert hits == 20
    next_url = re.search(r'<a href="([^"]+)" rel="next"', first.text)
    assert next_url is not None
    second = client.get(next_url.group(1).replace("&amp;", "&"))
    assert second.text.count('<li class="hit">') == POLLS - hits
    assert "Page 2" in second.text and 'rel="next"' not in second.text and ">First page</a>" in second.text
    numbers = re.findall(r"trade plan number (\d+)", first.text + second.text)
    assert sorted(map(int, set(numbers))) == list(range(POLLS))


def test_htmx_gets_only_the_results_region(client: TestClient) -> None:
    headers = {"HX-Request": "true", "HX-Target": "results"}
    partial = client.get("/search", params={"q": "apologize"}, headers=headers)
    assert partial.status_code == 200
    assert "<html" not in partial.text and '<li class="hit">' in partial.text
    assert "HX-Request" in partial.headers["vary"]
    restored = client.get(
        "/search", params={"q": "apologize"}, headers={**headers, "HX-History-Restore-Request": "true"}
    )
    assert "<html" in restored.text
    error = client.get("/search", params={"since": "nope"}, headers=headers)
    assert error.status_code == 400 and "<html" not in error.text and 'role="alert"' in error.text


def test_the_speakers_page_lists_and_filters(client: TestClient, store: Store) -> None:
    page = client.get("/speakers")
    assert re.findall(r'<a href="/speakers/(\d+)">([^<]+)</a>', page.text)[0] == (
        str(speaker_id(store, RUIZ)),
        RUIZ,
    )
    filtered = client.get("/speakers", params={"name": "gascon"})
    assert GASCON in filtered.text and RUIZ not in filtered.text
    assert "No speaker" in client.get("/speakers", params={"name": "nobody"}).text


def test_a_speaker_page_has_the_timeline_outlets_subjects_and_statements(client: TestClient, store: Store) -> None:
    ruiz = speaker_id(store, RUIZ)
    page = client.get(f"/speakers/{ruiz}")
    assert page.status_code == 200
    svg = page.text[page.text.index("<svg") : page.text.index("</svg>")]
    assert svg.count('<rect class="bar"') == 12  # a statement a fortnight through 2024
    assert "<title>2024-03: 2 statements</title>" in svg
    assert '<a href="/outlets/reuters">reuters</a>' in page.text
    assert f'<a href="/speakers/{speaker_id(store, GASCON)}">{GASCON}</a>' in page.text
    assert page.text.count('<li class="hit">') == 20 and 'rel="next"' in page.text
    weekly = client.get(f"/speakers/{ruiz}", params={"period": "week"})
    assert "<title>2024-W01: 1 statement</title>" in weekly.text


def test_a_speaker_page_names_the_person_s_other_names(client: TestClient, store: Store) -> None:
    from quotegraph.graph.speakers import update_speakers
    from quotegraph.model import ArticleResult

    text = "Ruiz said the count would end soon. She was sure of it."
    ruiz = person(text, 1, "Ruiz", "She")
    said = statement(text, 1, ruiz, content=["the count would end soon"], cue="said", source="Ruiz")
    store.add([ArticleResult(id="ruiz-2", entities=(ruiz,), attributions=(said,), text=text, published="2025-01-02")])
    update_speakers(store)
    page = client.get(f"/speakers/{speaker_id(store, RUIZ)}")
    # the whole line of other names: a longer name ("Ruizo") does not pass
    assert '<p class="meta">Also named Ruiz · “she” in its articles</p>' in page.text


def test_the_next_page_of_a_speakers_statements_is_a_region_for_htmx(client: TestClient, store: Store) -> None:
    ruiz = speaker_id(store, RUIZ)
    first = client.get(f"/speakers/{ruiz}")
    next_url = re.search(r'<a href="([^"]+)" rel="next"', first.text)
    assert next_url is not None and next_url.group(1).startswith(f"/speakers/{ruiz}?")
    headers = {"HX-Request": "true", "HX-Target": "results"}
    partial = client.get(next_url.group(1).replace("&amp;", "&"), headers=headers)
    assert "<svg" not in partial.text and partial.text.count('<li class="hit">') == POLLS - 20


@pytest.mark.parametrize(
    "path",
    ["/speakers/999", "/speakers/abc", "/speakers/" + "9" * 40, "/speakers/-1", "/articles/nope", "/outlets/nope"],
)
def test_unknown_ids_are_a_404_page(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 404
    assert "<h1>Not found</h1>" in page.text


def test_a_stored_article_is_highlighted_with_its_details(client: TestClient) -> None:
    page = client.get("/articles/deadline-1")
    assert page.status_code == 200
    assert page.text.count('data-role="content" data-speaker') == 3  # Gascón's quote is in two pieces
    assert '<a href="https://deadline.example/audiard" rel="noopener noreferrer nofollow">' in page.text
    assert '<a href="/outlets/deadline">deadline</a>' in page.text


def test_an_article_stored_without_its_text_lists_its_attributions(client: TestClient, store: Store) -> None:
    store.add([msgspec.structs.replace(interview_article(), id="textless", text=None)])
    page = client.get("/articles/textless")
    assert page.status_code == 200
    assert "stored without its text" in page.text and page.text.count('<tr id="attribution-') == 2
    assert "data-role=" not in page.text.split('class="article-text"')[1].split("</div>")[0]


def test_a_hostile_article_is_shown_as_text_everywhere(client: TestClient, store: Store) -> None:
    pages = [
        client.get("/articles/evil%2F%3C1%3E"),
        client.get("/search", params={"q": "pwned"}),
        client.get(f"/speakers/{speaker_id(store, 'Mallory')}"),
        client.get("/outlets/%3Ci%3Eevil%3C%2Fi%3E%20news"),
        client.get("/outlets"),
        client.get("/speakers"),
    ]
    for page in pages:
        assert page.status_code == 200, page.url
        assert scripts(page.text) == [{"src": "/static/htmx.min.js", "defer": None}], page.url
        tags = elements(page.text)
        assert not any(tag in {"img", "i"} or "onerror" in attrs for tag, attrs in tags), page.url
        assert not any((attrs.get("href") or "").startswith("javascript:") for _, attrs in tags), page.url
    article = pages[0].text
    assert "Title &lt;script&gt;" in article and "javascript:window.pwned=3" in article  # shown, not linked
    assert 'href="/articles/evil%2F%3C1%3E#attribution-A1"' in pages[1].text


def test_an_outlet_page_has_its_counts_speakers_and_latest_attributions(client: TestClient, store: Store) -> None:
    page = client.get("/outlets/reuters")
    assert page.status_code == 200
    assert "24 attributions in 24 articles, 2024-01-01 to 2024-12-15" in page.text
    assert f'<a href="/speakers/{speaker_id(store, RUIZ)}">{RUIZ}</a>' in page.text
    assert page.text.count('<li class="hit">') == 10
    assert 'href="/search?outlet=reuters"' in page.text
    listing = client.get("/outlets")
    assert re.findall(r'<a href="/outlets/([^"]+)">', listing.text)[0] == "reuters"


@pytest.mark.parametrize("name", ["htmx.min.js", "style.css"])
def test_the_static_files_are_served(client: TestClient, name: str) -> None:
    assert client.get(f"/static/{name}").status_code == 200

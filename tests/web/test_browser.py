"""The pages in a real browser: Playwright drives Debian's chromium against a uvicorn server on
127.0.0.1, over a corpus holding the sample article extracted by the real pipeline. Each test saves
a screenshot under .cache/screenshots/ to look at."""

from __future__ import annotations

import asyncio
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import msgspec
import pytest
import uvicorn
from playwright.sync_api import Browser, Dialog, Page, expect, sync_playwright
from spacy.language import Language

from quotegraph.errors import InputError, TooLargeError
from quotegraph.graph.statements import update_statements
from quotegraph.io.html import extract_html
from quotegraph.model import Article, ArticleResult
from quotegraph.nlp import extract_article
from quotegraph.settings import Settings, load_settings
from quotegraph.store import Store, open_store

from .conftest import GASCON, PARK, RUIZ, SCRIPT, bridge_articles, make_app, web_corpus

# one browser and server (module fixtures) for the module: its tests in one test process
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "seed-article.txt"
SCREENSHOTS = ROOT / ".cache" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
# Debian's chromium, not Playwright's download (which cannot work here); no network, no GPU.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
AUDIARD = "Jacques Audiard"
STARTUP_SECONDS = 10.0
MAX_TABS = 40  # key presses to reach the first mark from the top of a page


class PipelineExtractor:
    """The extractor the server gives the pages, built here on the NLP layer (which the web layer may
    not import): the pipeline runs in a worker thread, off the event loop."""

    def __init__(self, nlp: Language, settings: Settings) -> None:
        self.nlp, self.settings = nlp, settings

    async def extract(
        self, *, text: str | None = None, html: str | None = None, published: str | None = None
    ) -> ArticleResult:
        if html is not None:
            item = extract_html(html.encode(), "pasted", self.settings, published=published).item
            if not isinstance(item, Article):
                raise InputError(getattr(item, "reason", "no article in the page"))
            article = item
        else:
            article = Article(id="pasted", text=text or "", published=published)
        if len(article.text) > self.settings.max_extract_chars:
            raise TooLargeError(f"the text is longer than {self.settings.max_extract_chars:,} characters")
        return await asyncio.to_thread(extract_article, self.nlp, article, self.settings)


@pytest.fixture(scope="module")
def chromium() -> Path:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium package")
        pytest.skip(f"no {CHROMIUM} (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("web") / "corpus.db")
    seed = extract_article(nlp, Article(id="seed", text=SAMPLE.read_text(encoding="utf-8"), published="2025-02-01"))
    title = seed.text.splitlines()[0] if seed.text else None
    store.add(
        [*web_corpus(), *bridge_articles(), msgspec.structs.replace(seed, title=title, meta={"outlet": "nypost"})]
    )
    update_statements(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def server(corpus: Store, nlp: Language) -> Iterator[str]:
    """The pages served by uvicorn in a thread, on a free port of 127.0.0.1; yields the base URL."""
    settings = load_settings(env={})
    app = make_app(corpus, PipelineExtractor(nlp, settings), settings)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    running = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=running.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_SECONDS
    while not running.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    running.should_exit = True
    thread.join(STARTUP_SECONDS)
    listener.close()


@pytest.fixture(scope="module")
def browser(chromium: Path) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(chromium), headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    """A fresh page; a script error or a dialog (an alert an injected script would open) fails the test."""
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    problems: list[str] = []
    opened.on("pageerror", lambda error: problems.append(f"script error: {error}"))

    def refuse(dialog: Dialog) -> None:
        problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    opened.on("dialog", refuse)
    yield opened
    context.close()
    assert problems == []


def screenshot(page: Page, name: str, *, full_page: bool = True) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


def paste(page: Page, text: str, published: str = "") -> None:
    page.goto("/")
    page.get_by_label("Article text").fill(text)
    if published:
        page.get_by_label("Publication date").fill(published)
    page.get_by_role("button", name="Extract attributions").click()


def legend_entity(page: Page, name: str) -> str:
    """The entity id the legend's colour stands for, read from a mark of that speaker's colour."""
    colour = page.locator(".legend li", has_text=name).locator(".swatch").get_attribute("class") or ""
    mark = page.locator(f"mark[data-speaker].{colour.split()[-1]}").first
    return mark.get_attribute("data-speaker") or ""


def test_the_sample_article_shows_its_speakers_in_the_legend_and_marks(page: Page) -> None:
    paste(page, SAMPLE.read_text(encoding="utf-8"), "2025-02-01")
    legend = page.locator(".legend .speakers")
    expect(legend).to_contain_text(GASCON)
    expect(legend).to_contain_text(AUDIARD)
    for name in (GASCON, AUDIARD):
        entity = legend_entity(page, name)
        for role in ("content", "cue", "source"):
            expect(page.locator(f'mark[data-role="{role}"][data-speaker="{entity}"]').first).to_be_visible()
    expect(page.locator("table.attributions tbody tr")).to_have_count(page.locator("[id^=desc-]").count())
    screenshot(page, "extract")


def test_a_mark_reached_with_the_keyboard_shows_its_details(page: Page) -> None:
    paste(page, SAMPLE.read_text(encoding="utf-8"), "2025-02-01")
    page.locator("h1").click()
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "MARK":
            break
    focused = page.locator("mark:focus")
    expect(focused).to_have_count(1)
    tip = focused.locator(":scope > .tip")
    expect(tip).to_be_visible()
    for label in ("Kind", "Type", "Speaker", "Channel", "Addressee", "Time", "Confidence"):
        expect(tip).to_contain_text(label)
    # the first mark is the lede's source, Gascón's name ("Karla Sofía Gascón is coming out about ..."): her tip
    expect(tip).to_contain_text(f"Speaker {GASCON}")
    assert focused.evaluate("mark => getComputedStyle(mark).outlineStyle") != "none"
    expect(page.locator("mark:not(:focus) > .tip").first).to_be_hidden()
    screenshot(page, "extract-focus", full_page=False)  # the view a reader has: the tooltip by its mark


def test_markup_in_a_pasted_article_runs_nothing(page: Page) -> None:
    paste(page, f"“{SCRIPT},” Eve Smith said.\n\n<b>bold?</b> onerror=alert(1)")
    expect(page.locator(".article-text")).to_contain_text("<script>window.pwned = 1</script>")
    expect(page.locator(".article-text")).to_contain_text("<b>bold?</b>")
    assert page.evaluate("window.pwned") is None
    assert page.locator(".article-text img, .article-text script").count() == 0
    assert page.locator(".article-text b", has_text="bold?").count() == 0
    screenshot(page, "extract-markup")


def test_a_stored_hostile_article_runs_nothing(page: Page) -> None:
    page.goto("/articles/" + quote("evil/<1>", safe=""))
    expect(page.locator("h1")).to_contain_text("Title <script>")
    expect(page.get_by_text("javascript:window.pwned=3")).to_be_visible()
    expect(page.locator('a[href^="javascript:"]')).to_have_count(0)
    assert page.evaluate("window.pwned") is None


def test_search_swaps_results_and_pages_in_place(page: Page) -> None:
    page.goto("/search")
    page.evaluate("window.loadedOnce = true")  # a whole page load would forget it
    page.get_by_label("Words").fill("apologize")
    page.get_by_label("Words").press("Enter")
    expect(page.locator("mark.match").first).to_have_text("apologize")
    expect(page).to_have_url(re.compile(r"/search\?q=apologize&"))  # htmx pushed the search's address
    screenshot(page, "search")
    page.get_by_label("Words").fill("")
    page.get_by_label("Speaker").fill("Ruiz")
    page.get_by_role("button", name="Search").click()
    expect(page.locator(".hit")).to_have_count(20)
    page.get_by_role("link", name="Next page").click()
    expect(page.locator(".status")).to_contain_text("Page 2")
    expect(page.locator(".hit")).to_have_count(4)
    assert page.evaluate("window.loadedOnce") is True
    page.go_back()
    expect(page.locator(".hit")).to_have_count(20)


def test_a_search_that_cannot_run_says_why(page: Page) -> None:
    page.goto("/search")
    page.get_by_label("Since").fill("2025-13")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("alert")).to_contain_text("invalid date '2025-13'")
    expect(page.get_by_label("Since")).to_have_value("2025-13")
    screenshot(page, "search-error")


def test_search_and_its_pages_work_without_javascript(browser: Browser, server: str) -> None:
    context = browser.new_context(base_url=server, java_script_enabled=False)
    page = context.new_page()
    page.goto("/search")
    page.get_by_label("Speaker").fill(RUIZ)
    page.get_by_role("button", name="Search").click()
    expect(page.locator(".hit")).to_have_count(20)
    page.get_by_role("link", name="Next page").click()
    expect(page.locator(".hit")).to_have_count(4)
    assert "cursor=" in page.url
    context.close()


def test_a_speaker_page_shows_the_timeline_outlets_and_whom_they_talk_about(page: Page) -> None:
    page.goto("/speakers")
    page.get_by_role("link", name=AUDIARD).click()
    expect(page.locator("h1")).to_have_text(AUDIARD)
    expect(page.locator("svg.timeline")).to_be_visible()
    expect(page.locator("svg.timeline rect.bar")).to_have_count(1)  # all in February 2025
    quoted_by = page.locator("section", has=page.get_by_role("heading", name="Quoted by"))
    expect(quoted_by.get_by_role("link", name="nypost")).to_be_visible()
    expect(quoted_by.get_by_role("link", name=GASCON)).to_be_visible()
    expect(page.locator(".hit").first).to_be_visible()
    screenshot(page, "speaker")
    quoted_by.get_by_role("link", name=GASCON).click()
    expect(page.locator("h1")).to_have_text(GASCON)


def test_a_timeline_over_a_year_and_its_table(page: Page) -> None:
    page.goto("/speakers?name=Ruiz")
    page.get_by_role("link", name=RUIZ).click()
    expect(page.locator("svg.timeline rect.bar")).to_have_count(12)
    page.get_by_text("The figures as a table").click()
    expect(page.locator("table.figures tbody tr")).to_have_count(12)
    screenshot(page, "speaker-timeline")


def test_article_outlet_and_missing_pages(page: Page) -> None:
    page.goto("/articles/seed")
    expect(page.locator("mark[data-role]").first).to_be_visible()
    screenshot(page, "article")
    page.get_by_role("link", name="nypost").first.click()
    expect(page.locator("h1")).to_have_text("nypost")
    expect(page.locator(".hit").first).to_be_visible()
    screenshot(page, "outlet")
    response = page.goto("/speakers/424242")
    assert response is not None and response.status == 404
    expect(page.locator("h1")).to_have_text("Not found")


def test_a_statement_opened_from_its_speaker_page(page: Page) -> None:
    page.goto("/speakers?name=Park")
    page.get_by_role("link", name=PARK).click()
    quoted = page.locator("section", has=page.get_by_role("heading", name="Quoted across articles"))
    quoted.get_by_role("link", name=re.compile("We will rebuild every bridge")).click()
    expect(page.locator("h1")).to_have_text(re.compile(r"^Statement \d+$"))
    expect(page.locator("svg.timeline rect.bar")).to_have_count(8)  # 3 to 10 March, one bar a day
    carried = page.locator("section", has=page.get_by_role("heading", name="Carried by"))
    expect(carried.get_by_role("link")).to_have_text(["reuters", "nypost", "deadline", "cnn"])
    expect(page.locator("ol.wordings del").first).to_be_visible()
    expect(page.locator("ol.wordings ins").first).to_be_visible()
    expect(page.locator("table.attributions tbody tr")).to_have_count(4)
    screenshot(page, "statement")
    page.get_by_role("link", name="Statements", exact=True).click()
    expect(page.locator("h1")).to_have_text("Statements")
    screenshot(page, "statements")


def test_only_a_direct_content_is_set_between_quotation_marks(page: Page) -> None:
    """A mixed content prints its own marks and an indirect one is no quote: the page adds none to either."""
    page.goto("/search?speaker=Audiard")
    expect(page.locator(".hit").first).to_be_visible()
    shown = page.eval_on_selector_all(
        ".hit blockquote.said",
        "quotes => quotes.map(q => [q.classList[1], getComputedStyle(q, '::before').content])",
    )
    assert {kind for kind, _ in shown} >= {"mixed", "indirect"}, shown
    assert all((opening == '"“"') == (kind == "direct") for kind, opening in shown), shown

"""HTML pages through trafilatura: text with paragraph breaks, metadata, and bad pages as failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotegraph.io import read
from quotegraph.io.readers import HtmlReader
from quotegraph.model import HTML_SUFFIXES, Article, Failure
from quotegraph.settings import Settings

PAGE = (Path(__file__).parents[1] / "fixtures" / "budget.html").read_text(encoding="utf-8")


def test_main_text_keeps_paragraphs_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [item] = read(str(tmp_path / "page.html"))
    assert isinstance(item, Article)
    assert '"We will not cut pensions," the minister said' in item.text
    assert "\n\nShe added" in item.text
    assert "Home | World" not in item.text and "Copyright" not in item.text
    assert item.published == "2025-02-01"
    assert item.url == "https://planet.example/budget" == item.id
    assert item.title is not None and "Budget row" in item.title
    assert item.meta["author"] == "Lois Lane"


def test_a_folder_of_xhtml_pages_is_read_as_html(tmp_path: Path) -> None:
    # XHTML as saved by a browser or written by a CMS: an XML declaration and the XHTML namespace.
    xhtml = '<?xml version="1.0" encoding="utf-8"?>\n' + PAGE.replace(
        "<html>", '<html xmlns="http://www.w3.org/1999/xhtml">', 1
    )
    assert xhtml != PAGE
    (tmp_path / "page.xhtml").write_text(xhtml, encoding="utf-8")
    [item] = read(str(tmp_path))
    assert isinstance(item, Article)
    assert '"We will not cut pensions," the minister said' in item.text


def test_the_html_reader_claims_the_names_the_web_form_reads_as_html() -> None:
    assert HtmlReader.suffixes == HTML_SUFFIXES


def test_html_with_no_body_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "empty.htm").write_text("<html><head><title>x</title></head></html>")
    [item] = read(str(tmp_path / "empty.htm"))
    assert isinstance(item, Failure) and item.reason == "no main text found in the HTML"


def test_mislabelled_charset_and_invalid_utf8_still_give_text(tmp_path: Path) -> None:
    # Declared UTF-8, actually Latin-1, plus a stray invalid byte: the page must not stop the run.
    page = PAGE.replace("<title>", '<meta charset="utf-8"><title>').replace("minister", "ministre café")
    (tmp_path / "latin.html").write_bytes(page.encode("latin-1") + b"\xff\xfe")
    [item] = read(str(tmp_path / "latin.html"))
    assert isinstance(item, Article) and "ministre caf" in item.text


def test_a_huge_page_is_refused_without_loading_it_whole(tmp_path: Path) -> None:
    big = PAGE.replace("</article>", "<p>" + "x" * 50_000_000 + "</p></article>")
    (tmp_path / "big.html").write_text(big)
    items = list(read([str(tmp_path / "big.html")], settings=Settings()))
    assert len(items) == 1
    assert isinstance(items[0], Failure) and "max_page_bytes" in items[0].reason


def test_jsonl_lines_carrying_raw_html(tmp_path: Path) -> None:
    import json

    line = json.dumps({"id": "p1", "html": PAGE, "crawl": "2025-06"})
    (tmp_path / "pages.jsonl").write_text(line + "\n")
    [item] = read(str(tmp_path / "pages.jsonl"), settings=Settings(html_field="html"))
    assert isinstance(item, Article)
    assert item.id == "p1" and "cut pensions" in item.text and item.meta["crawl"] == "2025-06"
    assert "html" not in item.meta


NEWS_PAGES = Path(__file__).parents[1] / "fixtures" / "news-pages"


def test_an_embedded_tweet_becomes_a_quotation_credited_to_its_author() -> None:
    [item] = read(str(NEWS_PAGES / "tweet-embed.html"))
    assert isinstance(item, Article)
    post = "“All city beaches are closed until further notice. Please stay off the boardwalk while crews make it safe."
    assert post in item.text
    assert "pic.twitter.com/x1”\n\n— Mayor Kevin Osei (@MayorOsei) July 19, 2025\n\n" in item.text


def test_an_embedded_instagram_post_is_credited_without_the_embed_wording() -> None:
    [item] = read(str(NEWS_PAGES / "instagram-interview.html"))
    assert isinstance(item, Article)
    assert "“I hate letting you down more than anything. Doctors say a month of rest." in item.text
    assert "back. 💛”\n\n— Noor Haddad (@noorhaddad)\n\n" in item.text
    assert "A post shared by" not in item.text


def test_link_lists_and_pull_quotes_in_the_body_are_not_text() -> None:
    [item] = read(str(NEWS_PAGES / "inline-furniture.html"))
    assert isinstance(item, Article)
    assert "READ MORE" not in item.text and "says it will fight" not in item.text
    assert "Related:" not in item.text and "late refunds" not in item.text
    assert item.text.count("The network stays whole.") == 1
    assert "Shares in SkyBridge rose 4 percent in early trading." in item.text


def test_a_quote_box_repeating_the_story_without_a_pull_quote_class_is_not_text() -> None:
    [item] = read(str(NEWS_PAGES / "health-study.html"))
    assert isinstance(item, Article)
    assert item.text.count("That pattern is hard to explain away.") == 1


def test_a_quote_box_ending_on_a_full_stop_where_the_story_had_a_comma_is_not_text() -> None:
    """campus-protest's box repeats '“Eleven days ... get a meeting,” he said' with a full stop for the comma."""
    [item] = read(str(NEWS_PAGES / "campus-protest.html"))
    assert isinstance(item, Article)
    assert item.text.count("Eleven days on a library floor") == 1


def test_a_quote_box_whose_words_stand_nowhere_else_is_kept(tmp_path: Path) -> None:
    box = "<blockquote><p>“We will not sell the land to anyone, at any price.”</p></blockquote>"
    (tmp_path / "p.html").write_text(PAGE.replace("<p>She added", box + "<p>She added"), encoding="utf-8")
    [item] = read(str(tmp_path / "p.html"))
    assert isinstance(item, Article) and "We will not sell the land to anyone, at any price." in item.text


def _text_with(tmp_path: Path, box: str) -> str:
    """The main text of the test page with ``box`` set in its body before the paragraph "She added"."""
    (tmp_path / "p.html").write_text(PAGE.replace("<p>She added", box + "<p>She added"), encoding="utf-8")
    [item] = read(str(tmp_path / "p.html"))
    assert isinstance(item, Article)
    return item.text


# A box of background ("The European Commission says ...") and one appealing to the reader (a reader's praise quoted)
_BACKGROUND = (
    "<h3>Explainer: What is the derogation?</h3><p>The derogation let farms keep more cattle. The European Commission "
    "says rivers have not improved enough to renew it.</p>"
)
_APPEAL = (
    "<h4>Keep the Gazette going</h4><p>We have covered the valley since 1921. “Best money I spend all year,” says a "
    "Dunmore reader. Join from $4 a month.</p>"
)


@pytest.mark.parametrize(
    ("name", "inner", "said"),
    [(name, _BACKGROUND, "European Commission says") for name in ("explainer", "factbox", "fact-box", "infobox")]
    + [(name, _APPEAL, "Dunmore reader") for name in ("support-box", "newsletter-signup", "inline-promo", "subscribe")],
)
def test_a_box_of_background_or_of_an_appeal_beside_the_story_is_not_text(
    tmp_path: Path, name: str, inner: str, said: str
) -> None:
    text = _text_with(tmp_path, f'<div class="{name}">{inner}</div>')
    assert said not in text and "She added" in text


def test_a_box_whose_class_only_mentions_an_appeal_word_is_kept(tmp_path: Path) -> None:
    box = '<div class="supporting-detail"><p>The pier was rebuilt in 1998, a council spokesman said.</p></div>'
    assert "rebuilt in 1998" in _text_with(tmp_path, box)


def test_a_whole_story_under_an_explainer_class_is_kept(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(PAGE.replace("<body>", '<body><div class="explainer">', 1), encoding="utf-8")
    [item] = read(str(tmp_path / "p.html"))
    assert isinstance(item, Article) and "She added" in item.text


def test_a_paragraph_with_a_link_in_its_prose_is_kept(tmp_path: Path) -> None:
    prose = '<p>The council <a href="/v">voted on Tuesday</a> to close the library, a spokesman said.</p>'
    (tmp_path / "p.html").write_text(PAGE.replace("<p>She added", prose + "<p>She added"), encoding="utf-8")
    [item] = read(str(tmp_path / "p.html"))
    assert isinstance(item, Article) and "The council voted on Tuesday to close the library" in item.text


def test_a_paragraph_ending_on_a_photo_credit_is_a_caption_and_not_text() -> None:
    [item] = read(str(NEWS_PAGES / "unstyled-caption.html"))
    assert isinstance(item, Article)
    assert "Ivan Petrov" not in item.text and "leave the picket line" not in item.text
    assert '"This deal is fair and it is final," union leader Sam Reyes told reporters' in item.text


@pytest.mark.parametrize(
    "caption",
    [
        "The mayor speaks on Monday. (AP Photo/Jo Lin)",
        "Fans at the final. REUTERS/Hannah Cole",
        "A rally. (Photo: Ana Souto)",
    ],
)
def test_photo_credits_of_the_agencies_mark_a_caption(caption: str) -> None:
    from quotegraph.io.furniture import photo_credited

    assert photo_credited(caption)
    assert not photo_credited("The talks ended (the minister said so) and the union left.")
    assert not photo_credited("Prices rose 3 percent (year on year/adjusted), the bank said.")

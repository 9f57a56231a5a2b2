"""What the extract form hands the extractor."""

from __future__ import annotations

import pytest

from quotegraph.errors import InputError
from quotegraph.web.paste import _SNIFF_CHARS, PastedArticle, pasted_article, published_of_form

PAGE = "<!DOCTYPE html><html><body><p>“Yes,” she said.</p></body></html>"


def test_pasted_text_stays_text_even_with_markup_in_it() -> None:
    text = "He wrote <script>alert(1)</script> on his blog."
    assert pasted_article(text, b"", "", "auto") == PastedArticle(text=text)


def test_a_pasted_html_document_is_read_as_html_in_auto() -> None:
    assert pasted_article("  \n" + PAGE, b"", "", "auto") == PastedArticle(html="  \n" + PAGE)
    assert pasted_article(PAGE, b"", "", "text") == PastedArticle(text=PAGE)


def test_auto_looks_for_the_doctype_only_in_the_sniffed_head() -> None:
    inside = " " * (_SNIFF_CHARS - len("<html>")) + "<html>"
    assert pasted_article(inside, b"", "", "auto") == PastedArticle(html=inside)
    assert pasted_article("", inside.encode(), "saved", "auto") == PastedArticle(html=inside)
    past = " " + inside
    assert pasted_article(past, b"", "", "auto") == PastedArticle(text=past)


def test_an_uploaded_file_is_html_by_its_name_or_its_start() -> None:
    assert pasted_article("", b"<p>Hi</p>", "page.HTML", "auto") == PastedArticle(html="<p>Hi</p>")
    assert pasted_article("", b"<p>Hi</p>", "page.xhtml", "auto") == PastedArticle(html="<p>Hi</p>")
    assert pasted_article("", PAGE.encode(), "saved", "auto") == PastedArticle(html=PAGE)
    assert pasted_article("", "\ufeffplain words".encode(), "a.txt", "auto") == PastedArticle(text="plain words")
    assert pasted_article("", b"<p>Hi</p>", "a.txt", "html") == PastedArticle(html="<p>Hi</p>")


def test_an_undecodable_file_is_refused_as_text_and_repaired_as_html() -> None:
    with pytest.raises(InputError, match="not UTF-8"):
        pasted_article("", b"caf\xe9 au lait", "a.txt", "auto")
    assert pasted_article("", b"<html><p>caf\xe9</p></html>", "a.html", "auto").html == "<html><p>caf\ufffd</p></html>"


@pytest.mark.parametrize(
    ("text", "upload", "form_format", "message"),
    [
        ("", b"", "auto", "paste an article"),
        ("words", b"more words", "auto", "not both"),
        ("words", b"", "pdf", "unknown format"),
    ],
)
def test_a_form_without_one_article_is_refused(text: str, upload: bytes, form_format: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        pasted_article(text, upload, "", form_format)


def test_blank_text_goes_to_the_extractor_which_says_why_it_is_unusable() -> None:
    assert pasted_article("   ", b"", "", "auto") == PastedArticle(text="   ")


def test_the_publication_date_is_a_day_or_nothing() -> None:
    assert published_of_form(" 2025-02-01 ") == "2025-02-01"
    assert published_of_form("") is None
    for bad in ("2025-02-30", "01/02/2025", "2025-2-1", "yesterday"):
        with pytest.raises(InputError, match="YYYY-MM-DD"):
            published_of_form(bad)

"""What the extract form was given: pasted text or an uploaded file, as text or as HTML.

Plain text stays text even when it holds markup (an article quoting ``<script>`` is still an
article); it is read as a web page only when the user says so, when the file is named as a page is
(``model.HTML_SUFFIXES``, the names ``batch`` and ``extract`` read as HTML too), or in
"auto" when it begins as an HTML document does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotegraph.errors import InputError
from quotegraph.model import HTML_SUFFIXES
from quotegraph.model.periods import checked_day

__all__ = ["FORMATS", "PastedArticle", "pasted_article", "published_of_form"]

FORMATS = ("auto", "text", "html")
# How far into a pasted or uploaded article "auto" looks for <!doctype html> or <html>: room for
# a BOM, an XML declaration and blank lines before it, and no further, so that a text article
# that mentions "<html>" later on is not taken for a page.
_SNIFF_CHARS = 200
_HTML_DOCUMENT = re.compile(r"\ufeff?\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)


@dataclass(frozen=True)
class PastedArticle:
    """Exactly one of ``text`` and ``html``, as the ``Extractor`` takes them."""

    text: str | None = None
    html: str | None = None


def _decode(data: bytes, as_html: bool) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if as_html:  # a page names its own encoding in <meta>; undecodable bytes there are markup noise
            return data.decode("utf-8", errors="replace")
        raise InputError("the file is not UTF-8 text: save it as UTF-8, or paste its text") from None


def pasted_article(text: str, upload: bytes, filename: str, form_format: str) -> PastedArticle:
    """The article the form holds; raises ``InputError`` when it holds none, or two."""
    if form_format not in FORMATS:
        raise InputError(f"unknown format {form_format!r}: choose one of {', '.join(FORMATS)}")
    if upload and text.strip():
        raise InputError("paste a text or choose a file, not both")
    if not upload and not text:
        raise InputError("paste an article's text or choose a file to extract")
    head = upload[:_SNIFF_CHARS].decode("utf-8", errors="replace") if upload else text[:_SNIFF_CHARS]
    as_html = form_format == "html" or (
        form_format == "auto" and (filename.lower().endswith(HTML_SUFFIXES) or _HTML_DOCUMENT.match(head) is not None)
    )
    content = _decode(upload, as_html) if upload else text
    return PastedArticle(html=content) if as_html else PastedArticle(text=content)


def published_of_form(value: str) -> str | None:
    """The publication date the form gave (YYYY-MM-DD), None when blank; ``checked_day``'s error otherwise."""
    return checked_day(value.strip() or None)

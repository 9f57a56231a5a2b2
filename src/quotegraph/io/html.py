"""Saved web pages: main text and metadata through trafilatura (the ``html`` extra)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from quotegraph.io.furniture import (
    drop_background_boxes,
    drop_captions,
    drop_link_lists_and_pull_quotes,
    quote_embedded_posts,
)
from quotegraph.io.ids import article_id
from quotegraph.io.records import PendingHtml, Record, failure
from quotegraph.io.standins import link_labels, stand_in_reason
from quotegraph.model import Article
from quotegraph.settings import Settings

__all__ = ["extract_html", "extract_pending", "read_html_bytes"]


def read_html_bytes(data: bytes, source: str) -> Iterator[Record]:
    yield Record(PendingHtml(data, source, extra={"source": source}), source)


def extract_pending(record: Record, settings: Settings) -> Record:
    """The record with its page extracted; other records unchanged."""
    page = record.item
    if not isinstance(page, PendingHtml):
        return record
    return extract_html(
        page.data,
        page.source,
        settings,
        given_id=page.given_id,
        url=page.url,
        published=page.published,
        offset=record.offset,
        extra=page.extra,
    )


def extract_html(
    data: bytes,
    source: str,
    settings: Settings,
    *,
    given_id: object = None,
    url: str | None = None,
    published: str | None = None,
    offset: int = 0,
    extra: dict[str, Any] | None = None,
) -> Record:
    """One page to one record. ``url`` and ``published`` (from a WARC header, say) are used when
    the page itself names none. Never raises for a bad page: the reason goes into a Failure."""
    fallback_id = str(given_id) if given_id is not None else url or source
    if len(data) > settings.max_page_bytes:
        reason = f"page of {len(data):,} bytes exceeds max_page_bytes={settings.max_page_bytes:,}"
        return failure(fallback_id, source, reason, offset)
    try:
        doc, labels = _bare_extraction(data, url)
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken markup; one page must not stop a run
        return failure(fallback_id, source, f"HTML extraction failed: {type(exc).__name__}: {exc}", offset)
    text = _paragraphs(getattr(doc, "text", None) or "") if doc is not None else ""
    if not text:
        return failure(fallback_id, source, "no main text found in the HTML", offset)
    stand_in = stand_in_reason(text.split("\n\n"), labels, _str(doc.title))
    if stand_in is not None:
        return failure(fallback_id, source, stand_in, offset)
    page_url = url or _str(getattr(doc, "url", None))
    meta = {k: v for k, v in (extra or {}).items() if k not in {settings.html_field, settings.text_field}}
    meta.update(
        {k: v for k, v in (("author", _str(doc.author)), ("sitename", _str(doc.sitename))) if v and k not in meta}
    )
    article = Article(
        id=article_id(given_id, page_url, text),
        text=text,
        published=_str(doc.date) or published,
        title=_str(doc.title),
        url=page_url,
        meta=meta,
    )
    return Record(article, source, offset)


def _bare_extraction(data: bytes, url: str | None) -> tuple[Any, frozenset[str]]:
    """trafilatura's document (None for a page it cannot parse) and the labels of the page's links."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(data)
    if tree is None:
        return None, frozenset()
    labels = link_labels(tree)
    quote_embedded_posts(tree)
    drop_link_lists_and_pull_quotes(tree)
    drop_captions(tree)
    drop_background_boxes(tree)
    doc = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=False, deduplicate=False
    )
    return doc, labels


def _paragraphs(text: str) -> str:
    """trafilatura puts one block per line; attribution carries across paragraphs, so keep them
    apart with a blank line as in plain-text articles."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None

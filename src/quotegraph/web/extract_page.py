"""The home page: a form to paste or upload an article, and the article extracted and marked.

Nothing pasted is stored. What the form holds is checked here (its size, one article, a date); what
the text is worth is for the ``Extractor`` to say: its ``InputError`` is a message on the page.
"""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException

from quotegraph.errors import InputError, QuotegraphError, TooLargeError
from quotegraph.settings import Settings
from quotegraph.store import Store
from quotegraph.web.annotate import annotate
from quotegraph.web.extractor import Extractor
from quotegraph.web.pages import Pages
from quotegraph.web.paste import FORMATS, pasted_article, published_of_form

__all__ = ["ExtractPage"]

FIELDS = ("text", "published", "format")


class ExtractPage:
    def __init__(self, store: Store, extractor: Extractor, settings: Settings, pages: Pages) -> None:
        self.store, self.extractor, self.settings, self.pages = store, extractor, settings, pages

    def page(self, status: int = 200, form: dict[str, str] | None = None, **context: object) -> HTMLResponse:
        """The form (filled with ``form``) and, in ``context``, a result or an error."""
        form = form or {"text": "", "published": "", "format": FORMATS[0]}
        stats = None if "result" in context else self.store.stats()  # shown beside the empty form only
        return self.pages.render(
            "home.html", status=status, section="extract", stats=stats, formats=FORMATS, form=form, **context
        )

    def form(self) -> HTMLResponse:
        return self.page()

    async def extract(self, request: Request) -> HTMLResponse:
        limit = self.settings.max_body_bytes
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            return await self._refused(413, None, f"the form is larger than {limit:,} bytes")
        try:
            # parsed here, not by FastAPI, so that a malformed or oversized form is a page too
            data = await request.form(max_part_size=limit)
        except HTTPException as exc:
            return await self._refused(exc.status_code, None, f"the form could not be read: {exc.detail}")
        form = {name: _text_field(data, name) for name in FIELDS}
        upload = data.get("file")
        content = await upload.read(limit + 1) if isinstance(upload, UploadFile) else b""
        too_large = _too_large(form["text"], content, self.settings)
        if too_large:
            return await self._refused(413, form, too_large)
        try:
            filename = (upload.filename or "") if isinstance(upload, UploadFile) else ""
            pasted = pasted_article(form["text"], content, filename, form["format"] or FORMATS[0])
            published = published_of_form(form["published"])
            result = await self.extractor.extract(text=pasted.text, html=pasted.html, published=published)
        except TooLargeError as exc:  # an uploaded file's text, or an HTML page's, over max_extract_chars
            return await self._refused(413, form, str(exc))
        except InputError as exc:
            return await self._refused(400, form, str(exc))
        except QuotegraphError as exc:  # the pipeline cannot run: nothing the user typed will help
            return await self._refused(503, form, f"extraction is not available: {exc}")
        # marking a long article and rendering it are blocking work: off the event loop
        return await run_in_threadpool(lambda: self.page(form=form, result=result, annotated=annotate(result)))

    async def _refused(self, status: int, form: dict[str, str] | None, error: str) -> HTMLResponse:
        return await run_in_threadpool(lambda: self.page(status, form, error=error))


def _text_field(data: FormData, name: str) -> str:
    value = data.get(name)
    return value if isinstance(value, str) else ""


def _too_large(text: str, upload: bytes, settings: Settings) -> str | None:
    """Why the form's article is refused as too large (413), or None."""
    if len(upload) > settings.max_body_bytes:
        return f"the file is larger than {settings.max_body_bytes:,} bytes"
    if len(text) > settings.max_extract_chars:
        return f"the text is longer than {settings.max_extract_chars:,} characters: extract it with the command line"
    return None

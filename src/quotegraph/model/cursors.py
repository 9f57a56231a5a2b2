"""Page cursors: opaque tokens that a page gives as ``next`` and only a page gives.

A cursor holds the sort key of a page's last item (and what else the next page needs) as JSON,
followed by a keyed BLAKE2b digest of it, in URL-safe base64. Opening one checks the digest, so a
token a page did not give (typed by hand, edited, cut short) is refused with one message, on every
listing alike. The key is fixed, not a secret: the check keeps made-up places out of a listing; a
cursor grants nothing that the listing's own parameters do not.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from typing import Any

from quotegraph.errors import QueryError

__all__ = ["INVALID_CURSOR", "open_cursor", "seal_cursor"]

INVALID_CURSOR = "invalid cursor: pass back the `next` value of the previous page unchanged"
_KEY = b"quotegraph page cursor 1"
_DIGEST_BYTES = 8  # 64 bits: a token typed or edited by hand passes by chance once in 1.8e19


def _digest(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, key=_KEY, digest_size=_DIGEST_BYTES).digest()


def seal_cursor(values: list[Any]) -> str:
    """The token of ``values`` (JSON numbers and strings)."""
    payload = json.dumps(values, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(payload + _digest(payload)).decode().rstrip("=")


def open_cursor(token: str, size: int) -> list[Any]:
    """The ``size`` values ``seal_cursor`` sealed in ``token``; a QueryError for any other token."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (ValueError, binascii.Error):
        raise QueryError(INVALID_CURSOR) from None
    payload, digest = raw[:-_DIGEST_BYTES], raw[-_DIGEST_BYTES:]
    if len(raw) <= _DIGEST_BYTES or not hmac.compare_digest(digest, _digest(payload)):
        raise QueryError(INVALID_CURSOR)
    values = json.loads(payload)
    if not isinstance(values, list) or len(values) != size:
        raise QueryError(INVALID_CURSOR)
    return values

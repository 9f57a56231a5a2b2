"""Who may read and write: a bearer token from the ``api_token`` setting.

Writes always need it, and with no token set every write is refused (403): a server is never open
for writing by omission. Reads are public unless ``public_reads`` is false, in which case they need
the token as writes do. A missing token is 401 (with ``WWW-Authenticate: Bearer``), a wrong one 403.
The guards are coroutines: FastAPI would run plain functions on its thread pool, a hop per request.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from quotegraph.server.errors import ApiError
from quotegraph.settings import Settings

__all__ = ["bearer", "check_token", "read_guard", "write_guard"]

# declares the scheme in the OpenAPI spec; the checks below give the answers
bearer = HTTPBearer(auto_error=False, description="the server's QUOTEGRAPH_API_TOKEN")


def check_token(settings: Settings, credentials: HTTPAuthorizationCredentials | None, action: str) -> None:
    """Raises ``ApiError`` (401 or 403) unless the credentials carry the configured token."""
    if settings.api_token is None:
        raise ApiError(403, f"{action} is disabled on this server: it has no API token (QUOTEGRAPH_API_TOKEN)")
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(
            401,
            f"{action} needs an API token: send the header `Authorization: Bearer TOKEN`",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not secrets.compare_digest(credentials.credentials.encode(), settings.api_token.encode()):
        raise ApiError(403, "the API token is wrong")


def write_guard(settings: Settings) -> Callable[..., Awaitable[None]]:
    async def guard(credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:  # noqa: B008
        check_token(settings, credentials, "writing")

    return guard


def read_guard(settings: Settings) -> Callable[..., Awaitable[None]]:
    """With public reads, a guard without the bearer scheme, so the spec shows reads as open."""
    if settings.public_reads:
        return _open

    async def guard(credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:  # noqa: B008
        check_token(settings, credentials, "reading")

    return guard


async def _open() -> None:
    return None

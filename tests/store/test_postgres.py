"""PostgreSQL that cannot be reached gives a StoreError naming the server (without its password)."""

from __future__ import annotations

import re

import pytest

from quotegraph.errors import StoreError
from quotegraph.store import open_store


def test_an_unreachable_server_is_named_without_its_password() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(
        StoreError, match=re.escape("cannot reach PostgreSQL at postgresql://someone@127.0.0.1:9/corpus")
    ) as caught:
        open_store("postgresql://someone:secret@127.0.0.1:9/corpus")  # port 9 (discard): nothing listens
    assert "secret" not in str(caught.value)

"""A minimal HTTP/1.1 client over one keep-alive connection, for the load benchmark.

A general client (httpx) costs several times the CPU per request, and in the benchmark the clients
share the machine's cores with the server they measure: this one sends a GET and reads the answer
by its ``Content-Length`` (or chunks), nothing more.
"""

from __future__ import annotations

import asyncio
from typing import Any

import msgspec

from quotegraph.errors import InputError, QuotegraphError

__all__ = ["Connection", "get_json"]

MAX_HEADER_BYTES = 65_536


class Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str) -> None:
        self._reader = reader
        self._writer = writer
        self._host = host
        self.closed = False

    @classmethod
    async def open(cls, host: str, port: int) -> Connection:
        reader, writer = await asyncio.open_connection(host, port, limit=MAX_HEADER_BYTES)
        return cls(reader, writer, host)

    async def get(self, path: str) -> tuple[int, dict[str, str], bytes]:
        """The status, headers (names in lower case) and body of ``GET path`` (``path`` already
        percent-encoded)."""
        self._writer.write(f"GET {path} HTTP/1.1\r\nHost: {self._host}\r\nAccept: application/json\r\n\r\n".encode())
        await self._writer.drain()
        head = await self._reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            body = await self._reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            body = await self._read_chunks()
        else:
            raise InputError("an answer with neither Content-Length nor chunks")
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, headers, body

    async def _read_chunks(self) -> bytes:
        parts = []
        while True:
            size = int((await self._reader.readuntil(b"\r\n")).split(b";")[0], 16)
            parts.append(await self._reader.readexactly(size + 2))
            if size == 0:
                return b"".join(p[:-2] for p in parts)

    def close(self) -> None:
        self.closed = True
        self._writer.close()


async def get_json(host: str, port: int, path: str) -> Any:
    connection = await Connection.open(host, port)
    try:
        status, _, body = await connection.get(path)
    finally:
        connection.close()
    if status != 200:
        raise QuotegraphError(f"GET {path} answered HTTP {status}: {body[:300]!r}")
    return msgspec.json.decode(body)

"""Bytes in, model objects out: readers for text, HTML, JSONL and WARC inputs."""

__all__: list[str] = []

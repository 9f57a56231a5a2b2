"""Each written article's statements with the occasion the pipeline gives them: speaker, channel, addressee, time.

PYTHONPATH=src python experiments/hearings/show.py [NAME ...]
"""

from __future__ import annotations

import sys

from articles import ARTICLES  # type: ignore[import-not-found]

import quotegraph


def main() -> None:
    names = sys.argv[1:] or list(ARTICLES)
    for name in names:
        print(f"== {name}")
        for held in quotegraph.extract(ARTICLES[name], "2026-11-20").attributions:
            parts = (held.source, held.channel, held.addressee, held.time)
            source, channel, addressee, time = (None if p is None else p.text for p in parts)
            content = "" if held.content is None else held.content.text[:50]
            print(f"  {source!s:30} ch={channel!s:35} ad={addressee!s:12} ti={time!s:22} | {content}")


if __name__ == "__main__":
    main()

"""Print each statement's speaker, channel, addressee and time the pipeline gives the round's own articles.

python experiments/councilsittings/show.py [NAME ...]
"""

from __future__ import annotations

import sys

from articles import ARTICLES  # type: ignore[import-not-found]

import quotegraph
import quotegraph.nlp.resolving as resolving

resolving.with_learned_times = lambda doc, text, found, entities: found  # the rules alone, as the tests run them


def main() -> None:
    for name in sys.argv[1:] or list(ARTICLES):
        print("==", name)
        for a in quotegraph.extract(ARTICLES[name], "2026-12-03").attributions:
            parts = [None if p is None else p.text for p in (a.channel, a.addressee, a.time)]
            content = "" if a.content is None else a.content.text[:40]
            source = None if a.source is None else a.source.text
            print(f"  {source!r:30} {content!r:44} ch={parts[0]!r} ad={parts[1]!r} t={parts[2]!r}")


if __name__ == "__main__":
    main()

"""Every speaker miss of the tuned pages, with the expected speaker, the found one and the found source's words.

    cd experiments/news_pages && PYTHONPATH=../../src python ../speakerlinks/speaker_misses.py --skip LIST

``--skip`` is required (the held-out and check pages, ``/work/annotations/skip-44.txt``): the pages it names are
never read. One line a miss, tab-separated: page, expected content, expected speaker, found speaker, found source.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import quotegraph
from quotegraph.io import read
from quotegraph.model import Article

sys.path.insert(0, str(Path.cwd()))
from score import PAGES, _checks, listed_pages


def main(skip: frozenset[str]) -> None:
    everything: dict[str, Any] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    for page, spec in everything.items():
        if page in skip:
            continue
        [article] = read(str(PAGES / page))
        assert isinstance(article, Article)
        found = list(quotegraph.extract(article.text, article.published, id=article.id).attributions)
        for statement in spec["statements"]:
            ok, _ = _checks(found, statement)
            if ok["speaker"]:
                continue
            holding = [a for a in found if a.content is not None and statement["content"] in a.content.text]
            name = source = ""
            if holding:
                a = holding[0]
                name = a.speaker.name if a.speaker is not None else ""
                source = a.source.text if a.source is not None else ""
            print("\t".join((page, statement["content"][:60], statement["speaker"], name, source)))


if __name__ == "__main__":
    if "--skip" not in sys.argv:
        sys.exit(__doc__)
    main(listed_pages(Path(sys.argv[sys.argv.index("--skip") + 1])))

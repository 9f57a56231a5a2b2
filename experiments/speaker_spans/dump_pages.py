"""The system's statements on the news-page fixtures as JSON lines (one page a line, as the fast loop writes a
slice), so ``census.py`` can count speaker shapes on them.

    python experiments/speaker_spans/dump_pages.py [--before] OUT.jsonl [PAGE_NAME_PART_LEFT_OUT ...]

``--before`` turns this round's three rules off (``titled_sources.TITLED_SOURCES_NAMED``,
``clusters.SURNAMES_WITH_LETTERS``, ``circumstances.SPEAKERS_ARE_NO_ADDRESSEES``), for the census before them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import quotegraph
from quotegraph.io import read
from quotegraph.model import Article
from quotegraph.model.codec import encode_result
from quotegraph.nlp.resolve.speakers import clusters, titled_sources
from quotegraph.nlp.resolve.stated import circumstances

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"


def main() -> None:
    arguments = sys.argv[1:]
    if arguments[0] == "--before":
        arguments = arguments[1:]
        titled_sources.TITLED_SOURCES_NAMED = False
        clusters.SURNAMES_WITH_LETTERS = False
        circumstances.SPEAKERS_ARE_NO_ADDRESSEES = False
    out, left_out = Path(arguments[0]), arguments[1:]
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    with out.open("w", encoding="utf-8") as lines:
        for page in expected:
            if any(part in page for part in left_out):
                continue
            [article] = read(str(PAGES / page))
            assert isinstance(article, Article)
            found = quotegraph.extract(article.text, article.published, id=article.id)
            row = json.loads(encode_result(found)) | {"id": page, "text": article.text}
            lines.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

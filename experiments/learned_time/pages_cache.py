"""Parse the news pages once and find their candidates, as ``experiments/occasion_stated/fast.py cache`` does for
PolNeAR, so that the resolving stage can be run again on them in seconds.

    python experiments/learned_time/pages_cache.py tuned CACHE_DIR      # the 177 pages tuned on
    python experiments/learned_time/pages_cache.py heldout CACHE_DIR    # the eighteen held out (scored once)

The held-out names are read from ``experiments/news_pages/held_out.txt``; nothing of those pages is printed.
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

from spacy.tokens import DocBin

from quotegraph.io import read
from quotegraph.model import Article
from quotegraph.nlp.finding import find_candidates
from quotegraph.nlp.pipeline import load_pipeline, parse_articles

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news_pages"))
from score import HELD_OUT, listed_pages  # type: ignore[import-not-found]  # noqa: E402


def page_names(which: str) -> list[str]:
    held = listed_pages(HELD_OUT)
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    return [p for p in expected if (p in held) == (which == "heldout")]


def main(which: str, out: Path) -> None:
    names = page_names(which)
    articles = []
    for name in names:
        [article] = read(str(PAGES / name))
        assert isinstance(article, Article)
        articles.append(article)
    nlp = load_pipeline()
    docs = parse_articles(nlp, articles)
    candidates = [find_candidates(doc) for doc in docs]
    out.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=True, docs=docs).to_disk(out / "docs.spacy")
    (out / "candidates.pkl").write_bytes(pickle.dumps(candidates))
    rows = [{"page": n, "id": a.id, "published": a.published} for n, a in zip(names, articles, strict=True)]
    (out / "pages.json").write_text(json.dumps(rows))
    print(f"{len(docs)} pages cached in {out}")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))

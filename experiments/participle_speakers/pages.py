"""Where ``participle_hosts.with_host_sources`` fires on the news-page fixtures: each participle cue whose source it
changes, with the source before and after (the page score itself is read with ``experiments/news_pages/score.py``).

    python experiments/participle_speakers/pages.py [PAGE_NAME_PART_LEFT_OUT ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from quotegraph.io import read
from quotegraph.nlp.finding import find_candidates
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.speakers.participle_hosts import host_of, with_host_sources

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"


def main() -> None:
    left_out = sys.argv[1:]
    nlp = load_pipeline()
    fired = hosted = 0
    for page in sorted(PAGES.glob("*.html")):
        if any(part in page.name for part in left_out):
            continue
        [article] = read(str(page))
        doc = nlp(article.text)
        found = find_candidates(doc)
        hosted += sum(host_of(doc, found, i) is not None for i in range(len(found)))
        for before, after in zip(found, with_host_sources(doc, found), strict=True):
            if before.source != after.source:
                fired += 1
                cue = " ".join(article.text[a:b] for a, b in before.cue)
                was = " ".join(article.text[a:b] for a, b in before.source)
                now = " ".join(article.text[a:b] for a, b in after.source)
                print(f"{page.name}: {cue!r}: {was!r} -> {now!r}")
    print(f"{hosted} participle cues with a host; {fired} participle sources changed")


if __name__ == "__main__":
    main()

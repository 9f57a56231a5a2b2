"""The malaynames round's written articles (``articles.py``): each expected statement's found speaker against the
expected one, as the news pages' check counts a speaker (the expected name stands in the system's as whole words, case
aside), through speakerforms' counter. With FLAG (module.NAME under quotegraph.nlp.resolve.speakers), that reading off.

    PYTHONPATH=src:experiments/malaynames:experiments/speakerforms python experiments/malaynames/probe.py [FLAG]
"""

from __future__ import annotations

import sys

from articles import ARTICLES  # type: ignore[import-not-found]
from run_articles import count_speakers, switch_off  # type: ignore[import-not-found]

from quotegraph.evaluation.occasion import speaker_named

if __name__ == "__main__":
    if len(sys.argv) > 1:
        switch_off(sys.argv[1])
    count_speakers(ARTICLES, speaker_named)

"""The tuned pages' counts with the round's three readings switched off (the start code's behaviour):

python experiments/committeevoices/pages_off.py --skip experiments/news_pages/held_out.txt
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import quotegraph.nlp.resolve.carrying.lede_sessions as lede_sessions

lede_sessions.SPOKEN_IN = False
lede_sessions.DAYS_TOLD_BEFORE = False
lede_sessions.SESSION_AUDIENCES = False
sys.argv = [sys.argv[0], *sys.argv[1:]]
runpy.run_path(str(Path(__file__).resolve().parents[1] / "news_pages" / "score.py"), run_name="__main__")

"""Run a script with this round's readings off (main's behaviour), for before/after counts on one code tree.

PYTHONPATH=src python experiments/sessionturns/flags_off.py SCRIPT.py [ARGS ...]
"""

from __future__ import annotations

import runpy
import sys

from quotegraph.nlp.resolve.carrying import lede_sessions
from quotegraph.nlp.resolve.speakers import types

if __name__ == "__main__":
    lede_sessions.DECISIONS_SAT = False
    lede_sessions.TRIALS_GONE_ON = False
    lede_sessions.RECALLED_BEFORE_THE_SESSION = False
    types.TITLE_SHARES_NAME_NOBODY = False
    script, *rest = sys.argv[1:]
    sys.argv = [script, *rest]
    runpy.run_path(script, run_name="__main__")

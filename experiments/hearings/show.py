"""Each written article of this round (``articles.py``) with the occasion the pipeline gives its statements, printed by
the sessionchannels round's ``show.py``, which reads the ``articles`` module first on the path: this folder's.

PYTHONPATH=src python experiments/hearings/show.py [NAME ...]
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    runpy.run_path(str(HERE.parent / "sessionchannels" / "show.py"), run_name="__main__")

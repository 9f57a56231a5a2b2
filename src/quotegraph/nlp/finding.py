"""Finding stage: every attribution in a parsed Doc, as Candidates with character offsets.

Quote marks give the direct regions; a CRF trained on PolNeAR train finds the cues from the parse;
a second CRF marks each cue's content and source in its window (see ``quotegraph.nlp.find``).
"""

from __future__ import annotations

from quotegraph.nlp.find.assemble import find_candidates

__all__ = ["find_candidates"]

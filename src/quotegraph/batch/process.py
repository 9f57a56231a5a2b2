"""Process-wide settings for a process made to extract (a CLI command that extracts, a batch worker,
a Spark executor's Python worker), set where that process starts and never on import: a program
that imports ``quotegraph`` or ``quotegraph.nlp`` as a library keeps the interpreter's defaults."""

from __future__ import annotations

import gc

__all__ = ["EXTRACTING_GEN0_THRESHOLD", "prepare_extracting_process"]

# Allocations (minus deallocations) between two young-generation collections; the interpreter's
# default is 700. Extraction makes millions of short-lived lists, tuples and feature dicts per
# batch (the per-document indexes, the CRF features) that form few cycles, and at 700 the collector
# walked them about 400 times a 60-article run: about a tenth of the engine's own CPU (speedup4).
# Measured (gcpolicy) on train 0-59's parsed docs in one process, min of 3 interleaved runs on a
# shared, loaded machine: the engine's own stages took 5.15 s of CPU at 700, 4.69 at 2,000, 4.97 at
# 5,000, 4.72 at 10,000 and 4.71 at 20,000 (the raised four equal within noise), with 404 / 112 /
# 33 / 13 / 5 young collections a run; 20,000 is the one with no older-generation pass at all.
# A second sweep (same script, later, min of 3): 5.03 / 5.45 / 4.66 / 4.99 / 4.53 s; 20,000 was the
# lowest both times.
# Peak RSS of `quotegraph eval` on the same articles stayed at 550-559 MB at every value (the young
# generation holds at most this many container objects, a few MB). Outputs are byte-identical:
# when the collector runs does not change what is extracted.
EXTRACTING_GEN0_THRESHOLD = 20_000


def prepare_extracting_process() -> None:
    """Collects the young generation less often, for the whole process; the older generations keep
    their thresholds. Called only where a process is made to extract, like
    ``server.app.prepare_serving_process`` for serving."""
    _, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(EXTRACTING_GEN0_THRESHOLD, gen1, gen2)

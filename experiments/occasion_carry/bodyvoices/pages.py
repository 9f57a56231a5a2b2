"""The same pairs as ``count.py`` on the news pages' expectations: a body's person after the body, or the body after
its person, and whether the later statement expects the earlier one's channel, addressee or time (``same``), another
value (``other``), or none (``unset``: the page does not check it, or the reader carries nothing).

    python experiments/occasion_carry/bodyvoices/pages.py HELDOUT.txt [-v]

Pages named in HELDOUT.txt are skipped (never read).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import itertools

from count import _PRONOUNS, PERSON_NOUNS, _words

PAGES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "news-pages"


def main() -> None:
    held = set(Path(sys.argv[1]).read_text().split())
    verbose = "-v" in sys.argv
    expected = json.loads((PAGES / "expected.json").read_text())
    counts: Counter[tuple[str, str, str]] = Counter()
    for page, spec in sorted(expected.items()):
        if page in held:
            continue
        statements = spec.get("statements") or []
        for prev, cur in itertools.pairwise(statements):
            wa, wb = _words(prev["speaker"]), _words(cur["speaker"])
            if not wa or not wb or wa == wb or set(wa) & _PRONOUNS or set(wb) & _PRONOUNS:
                continue
            pa, pb = set(wa) & PERSON_NOUNS, set(wb) & PERSON_NOUNS
            if not ((set(wa) - PERSON_NOUNS) & (set(wb) - PERSON_NOUNS)) or not (pa or pb):
                continue
            kind = "person-after-body" if pb and not pa else "body-after-person" if pa and not pb else "person-person"
            for field in ("channel", "addressee", "time"):
                if field not in prev:
                    continue
                got = cur.get(field)
                cat = "unset" if got is None else "same" if got.casefold() == prev[field].casefold() else "other"
                counts[(kind, field, cat)] += 1
                if verbose:
                    pair = f"{prev['speaker']!r} {prev[field]!r} -> {cur['speaker']!r} {got!r}"
                    print(f"[{page} {field}] {kind} {cat}: {pair}")
    for k, v in sorted(counts.items()):
        print(" ".join(f"{x:18}" for x in k), v)


if __name__ == "__main__":
    main()

"""Record as tuned known misses the namepages pages' statements that a reading kept as a patch mends: the case ids
(one a line, "page.html:content") from argv[1], the patch's name argv[2]; the reason is the statement's first-run
shape (first_run_misses.SHAPES).

    python experiments/namepages/patched_misses.py IDS.txt PATCH
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

from first_run_misses import SHAPES, TEST


def main(ids_path: str, patch: str) -> int:
    ids = [line.strip() for line in Path(ids_path).read_text(encoding="utf-8").splitlines() if line.strip()]
    entries = []
    for case in ids:
        content = case.split(":", 1)[1]
        reason = (
            f"namepages page, first run (blind): {SHAPES[content]}; mended by experiments/namepages/{patch}, a "
            "reading that gains on this page alone and is kept as a patch"
        )
        pieces = textwrap.wrap(reason, 100, drop_whitespace=False, break_on_hyphens=False)
        body = "".join(f"        {json.dumps(piece, ensure_ascii=False)}\n" for piece in pieces)
        entries.append(f"    {json.dumps(case, ensure_ascii=False)}: (\n{body}    ),\n")
    text = TEST.read_text(encoding="utf-8")
    end = "}\n\n\n@cache\n"
    TEST.write_text(text.replace(end, "".join(entries) + end), encoding="utf-8")
    print(len(entries), "known misses written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))

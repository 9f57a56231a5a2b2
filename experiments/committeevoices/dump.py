"""One tuning article's statements, annotated occasion against the system's (tuning slices only).

python experiments/committeevoices/dump.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl ARTICLE_ID_PREFIX
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))

from paired import annotated_pairs  # type: ignore[import-not-found]


def _text(value: object) -> str | None:
    if isinstance(value, dict):
        return value.get("text")
    return None if value is None else str(value)


def main() -> None:
    gold, occasions, system, prefix = sys.argv[1:5]
    shown = False
    for pair in annotated_pairs(Path(gold), Path(occasions), Path(system)):
        if not str(pair.gold["id"]).startswith(prefix):
            continue
        if not shown:
            print(pair.gold["text"][:3000])
            shown = True
        a = pair.gold["attributions"][pair.index]
        cue = a.get("cue") or {}
        src = a.get("source") or {}
        mine = pair.system
        print(f"- {pair.attribution_id} src={_text(src)!r} cue={_text(cue)!r}")
        for field in ("channel", "addressee", "time"):
            want = pair.fields.get(field)
            got = _text(mine.get(field))
            carried = "" if not want else ("C" if want.get("carried") else "S")
            print(f"     {field:9} gold{carried}={_text(want)!r:40} sys={got!r}")


if __name__ == "__main__":
    main()

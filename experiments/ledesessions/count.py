"""Count the carried channel and time misses of a tuning slice whose setter is a narrated session or debate.

    python experiments/ledesessions/count.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl [--offset N] [-v]

A carried annotated value (occasion.md: set in another sentence) that the system run misses (gives nothing, or a value
without its content) is counted by its setter, the sentence of the article that holds the annotated phrase:
``session`` when that sentence names a session, sitting, debate, hearing, inquest, meeting or vote (``SESSION_WORDS``,
by words: a proxy of a reading, so that every slice is counted the same), else ``other``; and ``narrated`` when no
annotated statement's cue lies in that sentence (the lede or a paragraph of setting, the shape of the ledesessions
brief), else ``stated`` (the setter is itself a statement's sentence). Pairs statements as the scorer does
(``experiments/occasion_stated/paired.py``). Tuning slices only with ``-v`` (it prints the articles' text); on a
check slice the counts alone.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_carry" / "fresh"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_carry" / "round23"))

from carried_misses import _right, _spans  # type: ignore[import-not-found]
from paired import CARRIERS, annotated_articles, run_parser  # type: ignore[import-not-found]
from where import sentence_of  # type: ignore[import-not-found]

from quotegraph.evaluation.metrics import overlap_matches

# Words of a session or debate in the setter sentence (lower case, matched as a word's start)
SESSION_WORDS = (
    "session",
    "sitting",
    "debate",
    "hearing",
    "inquest",
    "inquiry",
    "meeting",
    "vote",
    "voted",
    "committee",
    "council",
    "senate",
    "house floor",
    "town hall",
    "forum",
    "trial",
)
_FIELDS = ("channel", "time")


def main() -> None:
    parser = run_parser()  # GOLD OCCASIONS SYSTEM (its --field is not read: channel and time are counted)
    parser.add_argument("--offset", type=int, default=0, help="train index of the slice's first article")
    parser.add_argument("-v", action="store_true", help="list each session miss (tuning slices only)")
    parser.add_argument("--stated", action="store_true", help="with -v, list the stated setters' misses instead")
    args = parser.parse_args()
    totals: Counter[str] = Counter()
    counts: Counter[tuple[str, str, str, str]] = Counter()
    words: Counter[str] = Counter()
    articles: dict[str, set[int]] = {}
    for n, (gold, annotated, mine) in enumerate(annotated_articles(args.gold, args.occasions, args.system)):
        text = gold["text"]
        cues = [s for a in gold["attributions"] for s in _spans(a.get("cue") or [])]
        for gi, pi in overlap_matches(text, gold["attributions"], mine):
            g = gold["attributions"][gi]
            fields = annotated.get(str(g.get("id")))
            if not fields:
                continue
            for field in _FIELDS:
                want = fields.get(field)
                if not want or not want.get("carried"):
                    continue
                totals[field] += 1
                if _right(field, want, mine[pi]) or not _spans(want):
                    continue
                at = _spans(want)[0][0]
                start, end = sentence_of(text, at)
                low = text[start:end].lower()
                found = [w for w in SESSION_WORDS if re.search(rf"\b{w}", low)]
                kind = "session" if found else "other"
                told = "stated" if any(start <= c0 < end for c0, _ in cues) else "narrated"
                got = "null" if not any(mine[pi].get(o) for o in CARRIERS[field]) else "wrong"
                counts[(field, kind, told, got)] += 1
                if kind == "session" and told == "narrated":
                    words.update(found)
                    articles.setdefault(field, set()).add(args.offset + n)
                if kind == "session" and (told == "stated") == args.stated and args.v:
                    cue = _spans(g.get("cue") or []) or _spans(g.get("content") or [])
                    c0 = cue[0][0] if cue else 0
                    s0, s1 = sentence_of(text, c0)
                    print(f"[{args.offset + n} {g.get('id')} {field} {got}] want {want['text']!r}")
                    print(f"   set : {' '.join(text[start:end].split())[:300]}")
                    print(f"   stmt: {' '.join(text[s0:s1].split())[:300]}")
    for field in _FIELDS:
        rows = {key[1:]: value for key, value in counts.items() if key[0] == field}
        print(
            f"{field}: carried {totals[field]}, missed {sum(rows.values())}, narrated-session articles "
            f"{len(articles.get(field, ()))}"
        )
        print("".join(f"   {' '.join(key):24} {value}\n" for key, value in sorted(rows.items())), end="")
    print("session words in narrated setters:", dict(words.most_common()))


if __name__ == "__main__":
    main()

"""Count a body's people speaking after the body (or the body after its person), with what the annotators carry.

    python experiments/occasion_carry/bodyvoices/count.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl [-v]

Gold statements are read in text order. A pair is a statement and the one just before it (at most ``MAX_GAP``
paragraphs back) whose source texts differ and share a body word (a content word that is not a person's noun), where
exactly one of the two names a person of the body (``PERSON_NOUNS``: "campaign officials" after "the campaign";
"the ministry" after "a ministry spokesman") or both do ("a campaign official" after "campaign aides"). For each field
the earlier statement holds a value in, the later one's annotation is: ``carried`` (carried, sharing the earlier
value's content), ``carried-other``, ``stated`` (its own), ``null`` (the reader carries nothing: a new occasion).
The system's value for it is ``right``, ``wrong``, ``none`` (for annotated values) or ``fill`` / ``empty`` (for
null). For tuning slices only with ``-v``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "occasion_stated"))

import itertools

from paired import CARRIERS, annotated_articles

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import FIELDS, shares_content

MAX_GAP = 2  # paragraphs between the body's statement and its person's
# words for a person of a body (a proxy for counting, wider than the engine's ``taking_part.BODY_VOICE_NOUNS``)
PERSON_NOUNS = frozenset(
    "official officials aide aides spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen officer "  # noqa: SIM905
    "officers staffer staffers staff adviser advisers advisor advisors representative representatives director "
    "executive executives manager managers member members source sources strategist strategists chairman chairwoman "
    "chair secretary president spokes lawyer lawyers attorney attorneys chief leader leaders head".split()
)
_STOP = frozenset("the a an his her its their our my your this that these those of for at in on with to and s".split())  # noqa: SIM905
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "them", "who", "which"})


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP]


def _text(row: dict[str, Any], key: str) -> str:
    return " ".join(row["text"][a:b] for a, b in (row.get(key) or []))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for gold, annotated, mine in annotated_articles(args.gold, args.occasions, args.system):
        text = gold["text"]
        paired = dict(overlap_matches(text, gold["attributions"], mine))
        attrs = sorted(enumerate(gold["attributions"]), key=lambda p: (p[1].get("cue") or p[1].get("content"))[0][0])
        for (_, prev), (gi, cur) in itertools.pairwise(attrs):
            a, b = _text({"text": text, **prev}, "source"), _text({"text": text, **cur}, "source")
            wa, wb = _words(a), _words(b)
            if not wa or not wb or wa == wb or set(wa) & _PRONOUNS or set(wb) & _PRONOUNS:
                continue
            pa, pb = set(wa) & PERSON_NOUNS, set(wb) & PERSON_NOUNS
            body = (set(wa) - PERSON_NOUNS) & (set(wb) - PERSON_NOUNS)
            if not body or not (pa or pb):
                continue
            at = lambda r: (r.get("cue") or r.get("content"))[0][0]  # noqa: E731
            if text.count("\n", at(prev), at(cur)) > MAX_GAP * 2:
                continue
            kind = "person-after-body" if pb and not pa else "body-after-person" if pa and not pb else "person-person"
            fa = annotated.get(str(prev.get("id"))) or {}
            fb = annotated.get(str(cur.get("id")))
            if fb is None:
                continue
            sysa = mine[paired[gi]] if gi in paired else None
            for field in FIELDS:
                earlier, want = fa.get(field), fb.get(field)
                if not earlier:
                    continue
                if want is None:
                    gcat = "null"
                elif not want.get("carried"):
                    gcat = "stated"
                else:
                    gcat = "carried" if shares_content(want["text"], earlier["text"]) else "carried-other"
                if sysa is None:
                    scat = "unpaired"
                else:
                    values = [v for o in CARRIERS[field] if (v := sysa.get(o))]
                    if want is None:
                        scat = "fill" if any(v for v in values if v and sysa.get(field)) else "empty"
                    elif not values:
                        scat = "none"
                    else:
                        scat = (
                            "right"
                            if any(shares_content(str(v.get("text") or ""), want["text"]) for v in values)
                            else "wrong"
                        )
                counts[(kind, field, gcat, scat)] += 1
                if args.v:
                    got = sysa.get(field) if sysa else None
                    print(
                        f"[{gold['id'][:50]} {cur.get('id')} {field}] {kind} {gcat}/{scat}  {a!r} -> {b!r}  "
                        f"earlier {earlier['text']!r} want {want and want['text']!r} got {got and got.get('text')!r}"
                    )
    for k, v in sorted(counts.items()):
        print(" ".join(f"{x:18}" for x in k), v)


if __name__ == "__main__":
    main()

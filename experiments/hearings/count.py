"""Count the hearing and meeting shapes of the hearings brief in a slice, and what the annotators and the engine give
the statements whose occasion the shape's sentence sets.

    python experiments/hearings/count.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl [-v]

A shape is found by words in a sentence (``SHAPES``: a proxy of a reading, so that every slice is counted the same): an
appearance before a body ("appeared before the Senate Judiciary Committee", "testified before", "gave evidence to", "was
grilled by senators", "faced the committee"), a hearing named as one's own ("at his confirmation hearing"), a meeting
known from its outcome ("approved ... at its meeting"), a trial whose opening is narrated ("the trial ... opened"); and
the sessionturns round's: a body's decision told by its outcome ("The council voted 7-2 on Thursday"), a title with a
share word ("Majority Leader"), one who went on trial, a court told. For each sentence of a shape it counts, per field
(channel, addressee, time), the annotated values that lie in that sentence (stated there or carried from it, apart), how
many of them the engine gets right (occasion.md's test, channel and addressee carrying each other), and the engine's
values taken from that sentence for statements the annotators left null in that field (its false fills from the shape).
``-v`` lists the sentences (tuning slices only: never on a check slice).
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
from paired import annotated_articles, run_parser  # type: ignore[import-not-found]
from where import sentence_of  # type: ignore[import-not-found]

from quotegraph.evaluation.metrics import overlap_matches

_BODY = (
    r"(?:committee|subcommittee|panel|senators|lawmakers|legislators|mps|congress|parliament|inquiry|tribunal"
    r"|commission)"
)
SHAPES = {
    "appeared before": re.compile(r"\bappear(?:ed|s|ing)? (?:on \w+ )?before\b", re.I),
    "testified": re.compile(r"\btestif(?:y|ied|ies|ying)\b", re.I),
    "gave evidence": re.compile(r"\b(?:gave|give|giving|gives) evidence\b", re.I),
    "questioned by": re.compile(r"\b(?:was|were|being) (?:questioned|grilled|quizzed|pressed) by\b", re.I),
    "faced body": re.compile(r"\bfac(?:ed|es|ing) (?:the |a )?(?:[\w'’-]+ ){0,4}" + _BODY + r"\b", re.I),
    "own hearing": re.compile(r"\b(?:his|her|their|its) (?:[\w-]+ )?(?:confirmation )?hearing\b", re.I),
    "meeting outcome": re.compile(r"\bat (?:its|their|a|the) (?:[\w-]+ ){0,2}meeting\b", re.I),
    "trial opened": re.compile(r"\btrial\b[^.]{0,120}\b(?:opened|began|begins|opens|resumed|continued)\b", re.I),
    # the sessionturns round's shapes: a body's decision told by its outcome with no meeting noun; a title with a share
    # word ("Majority Leader", "Minority Whip"), typed a polled share on main; one who went on trial, a court told
    "body decided": re.compile(
        r"\b(?:council|cabinet|board|committee|commission|assembly|senate|house|parliament|legislature)\b[^.]{0,60}?"
        r"\b(?:voted|approved|decided|rejected|passed|adopted|endorsed)\b",
        re.I,
    ),
    "share title": re.compile(r"\b(?:Majority|Minority) (?:Leader|Whip)\b"),
    "went on trial": re.compile(r"\b(?:went|goes|go|going|gone) on trial\b", re.I),
    "told the court": re.compile(r"\btold (?:the )?(?:court|jury|jurors|tribunal)\b", re.I),
}
_FIELDS = ("channel", "addressee", "time")


def main() -> None:
    parser = run_parser()
    parser.add_argument("-v", action="store_true", help="list each shape's sentence (tuning slices only)")
    args = parser.parse_args()
    found: Counter[str] = Counter()
    counts: Counter[tuple[str, str, str]] = Counter()
    for gold, annotated, mine in annotated_articles(args.gold, args.occasions, args.system):
        text = gold["text"]
        sentences = []
        for name, shape in SHAPES.items():
            for m in shape.finditer(text):
                start, end = sentence_of(text, m.start())
                sentences.append((name, start, end))
                found[name] += 1
                if args.v:
                    print(f"[{name}] {gold['id']}: {' '.join(text[start:end].split())[:220]}")
        if not sentences:
            continue
        for gi, pi in overlap_matches(text, gold["attributions"], mine):
            fields = annotated.get(str(gold["attributions"][gi].get("id")))
            if not fields:
                continue
            for field in _FIELDS:
                want = fields.get(field)
                got = mine[pi].get(field)
                for name, start, end in sentences:
                    if want and _spans(want) and start <= _spans(want)[0][0] < end:
                        kind = "carried" if want.get("carried") else "stated"
                        counts[(name, field, kind)] += 1
                        counts[(name, field, kind + " right")] += _right(field, want, mine[pi])
                    elif not want and got and got.get("span") and start <= int(got["span"][0]) < end:
                        counts[(name, field, "false fill")] += 1
    print("shape: sentences | field: stated right/annotated, carried right/annotated, false fills from the shape")
    for name in SHAPES:
        row = [f"{name}: {found[name]}"]
        for field in _FIELDS:
            c = counts
            row.append(
                f"{field} {c[(name, field, 'stated right')]}/{c[(name, field, 'stated')]} "
                f"{c[(name, field, 'carried right')]}/{c[(name, field, 'carried')]} ff {c[(name, field, 'false fill')]}"
            )
        print(" | ".join(row))


if __name__ == "__main__":
    main()

"""Sort the STATED occasion misses and the stated false fills of a system run by the surface form of the annotated
(or, for a false fill, the system's) value: where it stands against the words said and the cue, and the word that
leads it in.

    python experiments/occasion_stated/forms.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl [--field F] [--show FORM]

GOLD, OCCASIONS and SYSTEM as for ``misses.py`` (statements paired as the scorer pairs them). A miss is an annotated
``carried: false`` value the system's field (or, for channel and addressee, either of the two) does not hold; a
false fill a stated system value where the annotation is null. The form is read off the text only, no parse:

- ``in the words said``: the value lies inside the statement's content (a vocative, "“Ladies and gentlemen, ...”");
- ``a question``: the cue is a verb of asking ("when asked", "X asked whether");
- ``the cue's object``: the value follows the cue with at most a determiner between ("told others", "urged X to");
- ``after "P"``: the value follows the preposition or conjunction P ("to X", "with X", "in an interview");
- ``before the cue`` / ``after the cue``: elsewhere in the sentence, before or after the cue;
- ``span``: the system's value overlaps the annotated one but holds too few of its content words.

For tuning sets only (train 0-59, train-d, train-e): never run it on train-c or dev.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from misses import _spans
from paired import CARRIERS, annotated_pairs, run_parser

from quotegraph.evaluation.occasion import FIELDS, shares_content

# the words that lead a value in, read as its form ("to reporters", "in an interview", "when asked")
_LEADS = frozenset(
    {"to", "with", "in", "on", "at", "during", "before", "after", "by", "for", "from", "of", "when", "while", "as",
     "via", "through", "over", "since", "until", "earlier", "later", "last", "this"}
)  # fmt: skip
_ASKING = re.compile(r"\bask|\bquestion", re.IGNORECASE)
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "some", "fellow"})


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def form(text: str, value: tuple[int, int], statement: Mapping[str, Any], system: Mapping[str, Any] | None) -> str:
    """The form of the value at ``value`` (character offsets) for the annotated ``statement``."""
    start, end = value
    if system is not None:
        for a, b in system:
            if a < end and start < b:
                return "span"
    if _inside([tuple(s) for s in statement.get("content") or []], start, end):
        return "in the words said"
    cues = [tuple(s) for s in statement.get("cue") or []]
    cue_text = " ".join(text[a:b] for a, b in cues)
    if _ASKING.search(cue_text):
        return "a question"
    words = re.findall(r"[\w’']+", text[max(0, start - 40) : start])
    before = [w.lower() for w in words]
    gap = text[cues[-1][1] : start].split() if cues and cues[-1][1] <= start else None
    if gap is not None and len(gap) <= 1 and all(w.lower() in _DETERMINERS for w in gap):
        return "the cue's object"
    lead = next((w for w in reversed(before[-2:]) if w in _LEADS), None)
    if lead is not None and not (before and before[-1] not in _LEADS and before[-1] not in _DETERMINERS):
        return f'after "{lead}"'
    if cues and start < cues[0][0]:
        return "before the cue"
    return "after the cue"


def main() -> None:
    parser = run_parser()
    parser.add_argument("--show", help="print the values of this form")
    args = parser.parse_args()
    counts: Counter[tuple[str, str, str]] = Counter()
    for pair in annotated_pairs(args.gold, args.occasions, args.system):
        text = pair.gold["text"]
        statement = pair.gold["attributions"][pair.index]
        for field in FIELDS:
            if args.field and field != args.field:
                continue
            want = pair.fields.get(field)
            mine = pair.system.get(field)
            if want is None:
                if mine is None or mine.get("carried"):
                    continue
                kind, spans, shown = "false fill", _spans(mine), mine["text"]
                found = None
            else:
                if want.get("carried"):
                    continue
                holders = [pair.system.get(o) for o in CARRIERS[field]]
                if any(shares_content((h or {}).get("text"), want["text"]) for h in holders):
                    continue
                kind = "miss (none)" if not any(holders) else "miss (other)"
                spans, shown = _spans(want), want["text"]
                found = [s for h in holders if h for s in _spans(h)]
            if not spans:
                continue
            name = form(text, spans[0], statement, found)
            counts[(field, kind, name)] += 1
            if args.show == name:
                print(f"[{field} {kind}] {pair.gold['id']} {pair.attribution_id}: {shown!r}")
    for field in FIELDS:
        rows = sorted(((n, k, f) for (fl, k, f), n in counts.items() if fl == field), reverse=True)
        for n, kind, name in rows:
            print(f"{field}\t{kind}\t{name}\t{n}")


if __name__ == "__main__":
    main()

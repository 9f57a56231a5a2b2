"""Where the annotators' carried addressee was set, for every carried-addressee miss of a tuning slice answered with
no occasion in force that holds the audience: the setter phrase's sentence, whether a statement sets it (the annotated
statement whose own, uncarried addressee is that span), whose statement it is (the missed statement's speaker or
another), the distance from the setter to the missed statement (paragraphs), what the system read in the setter's
sentence (each statement's and setting's stated channel and addressee), and the setter's shape.

    python experiments/addresseeaudiences/audiences.py GOLD.jsonl CACHE_DIR OCCASIONS.jsonl [--jsonl OUT] [--quiet]

It re-runs the resolving stage on the cached parses with the carrying wrapped as
``experiments/addresseecarried/steps.py`` does (its ``Trace`` and ``_instrument``), so it needs no system file. A miss
is one that ``steps.py`` lists; "no occasion in force that holds the audience" is one whose answering step is not
``carried`` with an in-force addressee sharing the annotated phrase's content words. For tuning slices only (train-d,
train 0-59, train-f): never on a check slice or on dev.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "addresseecarried"))
import steps  # the carry-step trace of the thirty-seventh set's study (it puts carried_addressees on the path)
from misses import _sentence_around

from quotegraph.evaluation.metrics import WORD, overlap_matches
from quotegraph.evaluation.occasion import content_words, shares_content

# The setter's shape, read from its sentence and the annotated phrase, first match wins (the brief's shapes first).
SHAPES: tuple[tuple[str, str], ...] = (
    (
        "a letter, email or note to X",
        r"\b(letter|e-?mail|memo|note|message|op-ed|tweet)\w*\b[^.]{0,60}\b(to|addressed)\b",
    ),
    ("told reporters / the press", r"\b(reporters|journalists|the press|press corps|newsmen)\b"),
    (
        "a hearing's or meeting's body",
        r"\b(committee|panel|hearing|council|senate|house|congress|lawmakers|board|jury|court)\b",
    ),
    ("a show's host", r"\b(host|anchor|moderator|show|program|programme)\b|[“\"][A-Z][^”\"]{2,40}[”\"]"),
    (
        "an interview (interviewer or outlet)",
        r"\binterview\w*\b|\bsat down\b|\bsitting down\b|\bspoke (with|to)\b|\btold\b",
    ),
    (
        "a speech's crowd or audience",
        r"\b(crowd|audience|supporters|rally|attendees|voters|delegates|graduates|students)\b",
    ),
)


def shape(sentence: str, phrase: str) -> str:
    """The setter's shape: the first of ``SHAPES`` its phrase, then its sentence, reads as (else "other")."""
    for text in (phrase, sentence):
        for name, pattern in SHAPES:
            if re.search(pattern, text, flags=re.IGNORECASE if name != "a show's host" else 0):
                return name
    return "other"


def _setter(gold: dict[str, Any], annotated: dict[str, Any], span: list[int]) -> str | None:
    """The id of the annotated statement whose own (uncarried) addressee is ``span``, if any."""
    for attribution in gold["attributions"]:
        fields = annotated.get(str(attribution.get("id"))) or {}
        own = fields.get("addressee")
        if isinstance(own, dict) and not own.get("carried") and list(own["span"]) == list(span):
            return str(attribution.get("id"))
    return None


def read_at_setter(read_there: list[Any], phrase: str) -> str:
    """What the system read in the setter's sentence of the annotated phrase: the audience (an addressee holding half
    its content words), part of it (an addressee or channel sharing a content word), or nothing of it."""
    addressees = [r[2] for r in read_there if r[2]]
    if any(shares_content(a, phrase) for a in addressees):
        return "the audience read"
    wanted = content_words(phrase)
    if any(wanted & {w.casefold() for w in WORD.findall(v)} for r in read_there for v in r[2:] if v):
        return "part of it read (an addressee or channel sharing a word)"
    return "nothing of it read"


def setter_kind(setter: dict[str, Any]) -> str:
    """Whose statement set the audience: nobody's (a sentence that is no annotated statement), the missed statement's
    speaker's, or another speaker's."""
    if setter["id"] is None:
        return "no statement sets it"
    return "the same speaker's statement" if setter.get("same_speaker") else "another speaker's statement"


def _words(text: str, spans: list[list[int]] | None) -> str:
    return " ".join(text[s:e] for s, e in spans or [])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("slice_files", type=Path, nargs=3, metavar="GOLD CACHE OCCASIONS")
    parser.add_argument("--jsonl", type=Path, help="write the rows here")
    parser.add_argument("--quiet", action="store_true", help="the counts only")
    args = parser.parse_args()
    gold_path, cache, occasions = args.slice_files
    steps._instrument()
    rows: list[dict[str, Any]] = []
    for gold, annotated, system, ids in steps.traced_articles(gold_path, cache, occasions):
        text = gold["text"]
        pairs = overlap_matches(text, gold["attributions"], system)
        by_gold = {gi: pi for gi, pi in pairs}
        gold_index = {str(a.get("id")): i for i, a in enumerate(gold["attributions"])}
        for gi, pi in pairs:
            gold_attr = gold["attributions"][gi]
            wanted = (annotated.get(str(gold_attr.get("id"))) or {}).get("addressee")
            if not isinstance(wanted, dict) or not wanted.get("carried"):
                continue
            sys_attr = system[pi]
            given = [(sys_attr.get(f) or {}).get("text") for f in ("channel", "addressee")]
            if any(v and shares_content(v, wanted["text"]) for v in given):
                continue
            index = ids.index(sys_attr["id"])
            step = steps.TRACE.steps.get(index)
            in_force = steps.TRACE.in_force.get(index)
            if step == "carried" and in_force and shares_content(in_force, wanted["text"]):
                continue  # an occasion in force held it: lost in the carrying, the last study's question
            start, end = wanted["span"]
            sentence = _sentence_around(text, start, end)
            left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1  # as ``_sentence_around``
            right = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] or [len(text)])
            setter_id = _setter(gold, annotated, wanted["span"])
            source = _words(text, gold_attr.get("source"))
            setter: dict[str, Any] = {"id": setter_id}
            if setter_id is not None:
                setter_attr = gold["attributions"][gold_index[setter_id]]
                setter["source"] = _words(text, setter_attr.get("source"))
                spi = by_gold.get(gold_index[setter_id])
                # the same speaker: the system's speakers of both when it found both, else the annotated sources'
                # words (a pronoun source shares none)
                ours = [(system[p].get("speaker") or {}).get("name") for p in (spi, pi) if p is not None]
                if len(ours) == 2 and all(ours):
                    setter["same_speaker"] = ours[0] == ours[1]
                else:
                    setter["same_speaker"] = shares_content(setter["source"], source) if source else None
                if spi is None:
                    setter["system"] = "not found"
                else:
                    s = system[spi]
                    setter["system"] = {
                        "speaker": (s.get("speaker") or {}).get("name"),
                        "channel": (s.get("channel") or {}).get("text"),
                        "addressee": (s.get("addressee") or {}).get("text"),
                    }
            cue = gold_attr["cue"][0][0] if gold_attr.get("cue") else gold_attr["content"][0][0]
            read_there = [r for r in steps.TRACE.read if left <= r[1] <= right]
            row = {
                "article": gold["id"],
                "attribution": gold_attr.get("id"),
                "gold": wanted["text"],
                "set_in": sentence,
                "setter": setter,
                "statement": f"{source} | {_words(text, gold_attr.get('cue'))}",
                # paragraphs from the setter to the statement (a run of line breaks is one break; negative: before it)
                "paragraphs": len(re.findall(r"\n+", text[min(start, cue) : max(start, cue)]))
                * (1 if cue >= start else -1),
                "read_there": read_there,
                "system": {
                    "speaker": (sys_attr.get("speaker") or {}).get("name"),
                    "channel": given[0],
                    "addressee": given[1],
                    "step": step,
                    "in_force": in_force,
                },
                "shape": shape(sentence, wanted["text"]),
            }
            row["read_at_setter"] = read_at_setter(read_there, wanted["text"])
            row["setter_kind"] = setter_kind(setter)
            rows.append(row)
    if not args.quiet:
        for r in rows:
            print(f"== {r['shape']} | {r['article']} {r['attribution']} gold [{r['gold']}] dist {r['paragraphs']}")
            print(f"   set in: {r['set_in'][:300]}")
            print(f"   setter: {r['setter']}")
            print(f"   read there: {r['read_there']}")
            print(f"   statement: {r['statement']}")
            print(f"   system: {r['system']}")
    kinds = Counter((r["setter_kind"], r["read_at_setter"]) for r in rows)
    print(
        f"{len(rows)} misses with no occasion in force holding the audience, in "
        f"{len({r['article'] for r in rows})} articles"
    )
    for (kind, read), count in sorted(kinds.items()):
        print(f"{count:4d}  {kind}; {read}")
    for name, count in Counter(r["shape"] for r in rows).most_common():
        print(f"{count:4d}  {name} ({len({r['article'] for r in rows if r['shape'] == name})} articles)")
    steps.write_rows(args.jsonl, rows)


if __name__ == "__main__":
    main()

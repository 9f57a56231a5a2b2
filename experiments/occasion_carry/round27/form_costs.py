"""The forms of a dated narration sentence (no system statement, a DATE on its main verb) on a gold slice: how often
the gold carries that date to a later statement (a narrated setting used) and how often it carries nothing (the cost
of reading the form as a setting), by subject and by the kind of date (narratedsettings).

Usage: form_costs.py GOLD_SLICE OCCASIONS SYSTEM_OUTPUT CACHE_DIR
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from paired_runs import cached_docs
from spacy.tokens import Span

from quotegraph.evaluation.occasion import read_occasions
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb
from quotegraph.nlp.resolve.stated.timeexpr import names_a_weekday
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS

_ONE = frozenset({"he", "she"})


def _subject(verb: object, sentence: Span) -> str:
    subj = [c for c in sentence if c.head == verb and c.dep_ in NOMINAL_SUBJECTS]
    if not subj:
        return "none"
    s = subj[0]
    if s.dep_ == "nsubjpass":
        return "passive"
    if any(c.dep_ == "conj" for c in s.children) or s.lower_ in ("they", "we"):
        return "many"
    if s.ent_type_ == "PERSON" or s.lower_ in _ONE:
        return "one person"
    if s.tag_ in ("NNS", "NNPS"):
        return "plural"
    return "thing/org"


def main() -> None:
    gold_path, occ_path, sys_path, cache = sys.argv[1:5]
    occasions = read_occasions(Path(occ_path))
    docs = cached_docs(cache)
    system = {r["id"]: r for r in map(json.loads, Path(sys_path).read_text().splitlines())}
    used: Counter[str] = Counter()
    unused: Counter[str] = Counter()
    values: Counter[str] = Counter()
    arts: dict[str, set[str]] = defaultdict(set)
    for gold in map(json.loads, Path(gold_path).read_text().splitlines()):
        doc = docs.get(gold["text"])
        if doc is None:
            continue
        carried = [
            v["span"]
            for fields in occasions.get(gold["id"], {}).values()
            for v in fields.values()
            if v and v.get("carried")
        ]
        said = set()
        for a in system.get(gold["id"], {}).get("attributions") or []:
            for s in (a.get("cue") or {}).get("spans") or []:
                span = doc.char_span(s[0], s[1], alignment_mode="expand")
                if span is not None:
                    said.add(span.sent.start)
        for sentence in doc.sents:
            if sentence.start in said:
                continue
            root = sentence.root
            for ent in sentence.ents:
                if ent.label_ != "DATE" or clause_verb(ent.root) != root:
                    continue
                kind = "weekday" if names_a_weekday(ent.text) else "other date"
                key = f"{_subject(root, sentence):10s} {kind}"
                n = sum(1 for c in carried if c[0] < ent.end_char and ent.start_char < c[1])
                if "-v" in sys.argv and "weekday" in key and not key.startswith("one person"):
                    print(f"  {'USED' if n else 'none'} {n:3d} {key} | {sentence.text.strip()[:150]!r}")
                if n:
                    used[key] += 1
                    values[key] += n
                    arts[key].add(gold["id"])
                else:
                    unused[key] += 1
                break
    print("sentences used (values, articles) / sentences gold carries nothing from")
    for key in sorted(set(used) | set(unused)):
        print(f"{key:24s} {used[key]:4d} ({values[key]:4d}, {len(arts[key]):3d})  / {unused[key]:4d}")


if __name__ == "__main__":
    main()

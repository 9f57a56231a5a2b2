"""Carried occasion phrases no rule reads ("unseen"), by syntactic shape: run inside the carry harness.

    echo 'import shapes; shapes.report(rec, examples=3)' > DIR/shapes.py

(``harness.py`` puts its own folder on ``sys.path``; add this folder too: ``sys.path.insert(0, ...)``.)
For every paired statement whose annotated field is carried and whose system field is null, with the
annotated phrase neither a statement's own field nor a setting's (``analyse``'s "unseen"), the phrase's
sentence and clause are described: inside a statement's content or source, in the headline, a time on a
scene noun ("Tuesday's debate"), in a "when/as/after" clause, in a sentence with no statement (by its clause
verb: an appearance verb or another), in another clause of a statement's sentence. Counted per statement
and per distinct phrase (one phrase carried to many statements counts once there).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import analyse

from quotegraph.evaluation.occasion import paired_annotations, shares_content
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.stated.channel_nouns import is_channel_word
from quotegraph.nlp.resolve.stated.channels import channel_words
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb, governs, saying_verb

FIELDS = ("channel", "addressee", "time")
_TIME_MARKERS = frozenset({"when", "as", "after", "before", "while", "during", "following", "since", "once", "until"})


def _marker(token: Any) -> str | None:
    """The conjunction of the adverbial clause ``token`` sits in, if any (walking up the heads)."""
    current = token
    for _ in range(12):
        if current.dep_ == "advcl":
            marks = [c.lower_ for c in current.children if c.dep_ in ("mark", "advmod") and c.i < current.i]
            return marks[0] if marks else "advcl"
        if current.dep_ == "relcl" and any(c.lower_ == "when" for c in current.children):
            return "when(rel)"
        if current.head is current:
            return None
        current = current.head
    return None


def shape(rec: Any, k: int, start: int, end: int, field: str) -> tuple[str, str]:
    finder, _coref, _candidates, resolved, paragraphs = rec.calls[k]
    doc = finder.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return "no-span", ""
    root = span.root
    number = finder.sentence_of[root.i]
    sentence = finder.sentences[number]
    said = [r.said_at for r in resolved if r.said_at is not None]
    in_sentence = [s for s in said if finder.sentence_of[s.verb.i] == number]
    blocked = any(a <= root.idx < b for s in said for a, b in s.blocked)
    verb = clause_verb(root)
    lemma = verb.lemma_.lower()
    par = paragraphs.of(start)
    head_noun = root.head if root.dep_ in ("poss", "compound", "nmod", "npadvmod", "amod") else None
    scene_noun = head_noun is not None and head_noun.lemma_.lower() in (lexicons().scenes | lexicons().media)
    if field != "time":
        detected = (
            "chan-word"
            if any(t in channel_words(sentence) for t in span)
            else ("lex" if any(is_channel_word(t) for t in span) else "notlex")
        )
    else:
        detected = (
            "time-found"
            if any(t.span.start < span.end and span.start < t.span.end for t in finder.times_in(sentence))
            else "time-missed"
        )
    mark = _marker(root)
    if blocked:
        where = "in-content/source"
    elif par == 0 and paragraphs.headline:
        where = "headline"
    elif field == "time" and scene_noun:
        where = "time-on-scene-noun"
    elif mark in _TIME_MARKERS or mark == "when(rel)":
        where = f"clause:{mark}"
    elif not in_sentence:
        where = f"no-statement:{'say' if saying_verb(verb) else 'other'}-verb"
    elif any(governs(s.verb, verb) for s in in_sentence):
        where = "statement-sentence:the statement's own clause"
    else:
        where = "statement-sentence:other-clause"
    extra = f"{detected} verb={lemma} dep={root.dep_}/{root.head.lower_} par={par}"
    return where, extra


def report(
    rec: Any, examples: int = 0, field_filter: str | None = None, match: str | None = None, top_phrases: int = 0
) -> None:
    by_phrase: dict[str, Counter[tuple[int, int, int, str]]] = {f: Counter() for f in FIELDS}
    per_statement: dict[str, Counter[str]] = {f: Counter() for f in FIELDS}
    per_phrase: dict[str, dict[str, set[tuple[int, int, int]]]] = {f: {} for f in FIELDS}
    verbs: dict[str, Counter[str]] = {f: Counter() for f in FIELDS}
    shown: Counter[str] = Counter()
    rows = rec.system_rows()
    for k, (gold, row) in enumerate(zip(rec.gold, rows, strict=True)):
        text = gold["text"]
        statements, settings = rec.inputs[k]
        catalogue = analyse.phrases(text, statements, settings)
        for pi, fields in paired_annotations(gold, row["attributions"], rec.occasions).items():
            sysa = row["attributions"][pi]
            for f in FIELDS:
                if field_filter and f != field_filter:
                    continue
                ann, got = fields.get(f), sysa.get(f)
                if ann is None or not ann.get("carried") or got is not None:
                    continue
                others = (f,) if f == "time" else ("channel", "addressee")
                if any(shares_content((sysa.get(o) or {}).get("text"), ann["text"]) for o in others):
                    continue
                a, b = ann["span"]
                how, _ = analyse._find(catalogue, a, b, ann["text"], others)
                if how != "unseen":
                    continue
                where, extra = shape(rec, k, a, b, f)
                seen_before = (k, a, b) in per_phrase[f].get(where, set())
                per_statement[f][where] += 1
                by_phrase[f][(k, a, b, where)] += 1
                per_phrase[f].setdefault(where, set()).add((k, a, b))
                verbs[f][f"{where} {extra.split()[1]}"] += 1
                if not seen_before and shown[f + where] < examples and (match is None or match in where):
                    shown[f + where] += 1
                    lo = max(0, a - 200)
                    print(f"--- {f} [{where}] {extra} wanted {ann['text']!r}\n    ...{text[lo : b + 120]!r}")
    for f in FIELDS:
        if top_phrases:
            print(f"== {f}: phrases carried to most statements")
            for (k, a, b, where), n in by_phrase[f].most_common(top_phrases):
                text = rec.gold[k]["text"]
                print(f"  {n:3d} [{where}] {text[a:b]!r}: ...{text[max(0, a - 160) : b + 80]!r}")
        total = sum(per_statement[f].values())
        print(f"== {f}: unseen {total} statements, {sum(len(v) for v in per_phrase[f].values())} phrases")
        for where, n in per_statement[f].most_common():
            print(f"  {n:5d} statements {len(per_phrase[f][where]):5d} phrases  {where}")
        print("  top clause verbs:", ", ".join(f"{k} {n}" for k, n in verbs[f].most_common(25)))

"""Train-d's annotated carried values set in a sentence with no statement (a narrated setting), by the form of that
sentence and the guard of ``scenes._scene_told`` that keeps it from opening a scene; and the same forms where the gold
carries nothing (narratedsettings).

Usage: settings_forms.py GOLD_SLICE OCCASIONS SYSTEM_OUTPUT CACHE_DIR [-v]
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from causes import cues_by_sentence, narrated_misses
from paired_runs import paired_docs
from spacy.tokens import Span, Token

from quotegraph.evaluation.occasion import read_occasions
from quotegraph.nlp.resolve.carrying.scene_parts import TOLD_SCENE_PREPS, happened, scene_as_channel
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS


def _phrase_form(sentence: Span, start: int, end: int) -> tuple[str, Token | None]:
    """The form of the phrase at [start, end): its preposition ("prep:at") or its dependency, and its head token."""
    inside = [t for t in sentence if start <= t.idx < end]
    if not inside:
        return "none", None
    root = next((t for t in inside if not (start <= t.head.idx < end) or t.head is t), inside[0])
    if root.dep_ == "pobj":
        return f"prep:{root.head.lower_}", root
    return f"dep:{root.dep_}", root


def _verb_class(verb: Token | None) -> str:
    return "-" if verb is None else verb.lemma_.lower()


def _guard(sentence: Span, said: bool) -> str:
    """Which guard of ``_scene_told`` turns the sentence away (approximately, without coref)."""
    if said:
        return "system statement in sentence"
    words = [t for t in sentence if t.dep_ == "pobj" and t.head.lower_ in TOLD_SCENE_PREPS and scene_as_channel(t)]
    words += [t for t in sentence if t.dep_ in NOMINAL_SUBJECTS and scene_as_channel(t)]
    if not words:
        return "no scene noun"
    verb = clause_verb(words[0])
    if not happened(verb):
        return "not happened"
    subj = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECTS]
    if (subj and subj[0].ent_type_ == "PERSON") or (subj and subj[0].lower_ in ("he", "she")):
        return "one person subject (not entering)"
    return "scene noun, other guard (gap/time/place)"


def main() -> None:
    gold_path, occ_path, sys_path, cache = sys.argv[1:5]
    verbose = "-v" in sys.argv
    occasions = read_occasions(Path(occ_path))
    forms: Counter[str] = Counter()
    arts: dict[str, set[str]] = defaultdict(set)
    guards: Counter[str] = Counter()
    verbs: Counter[str] = Counter()
    phrases: Counter[str] = Counter()
    seen_sets: dict[str, set[tuple[int, int]]] = defaultdict(set)
    rows: list[tuple[str, str, int, int, str, str, str, str]] = []
    for article, doc in paired_docs(gold_path, occ_path, sys_path, cache):
        said_sents = set(cues_by_sentence(article, doc))
        for _pi, f, ann, span in narrated_misses(article, occasions, doc):
            s0, s1 = ann["span"]
            sentence = span.sent
            form, head = _phrase_form(sentence, s0, s1)
            verb = clause_verb(head) if head is not None else None
            guard = _guard(sentence, sentence.start in said_sents)
            key = f"{f} {form}"
            forms[key] += 1
            arts[key].add(article.gold["id"])
            guards[guard] += 1
            arts["G " + guard].add(article.gold["id"])
            verbs[_verb_class(verb)] += 1
            arts["V " + _verb_class(verb)].add(article.gold["id"])
            phrases[f"{f}: {ann['text'][:40]}"] += 1
            seen_sets[article.gold["id"]].add((s0, s1))
            rows.append((article.gold["id"], f, s0, s1, guard, form, _verb_class(verb), sentence.text[:160]))
            if verbose:
                print(f"[{f}] {guard} | {form} verb={_verb_class(verb)} want={ann['text']!r}")
                print("    ", sentence.text.replace("\n", " ")[:220])
    total = sum(forms.values())
    print(f"values {total}, articles {len({x for k, v in arts.items() if not k.startswith(('G ', 'V ')) for x in v})}")
    print("\n== by guard (values, articles)")
    for k, n in guards.most_common():
        print(f"{n:5d} {len(arts['G ' + k]):4d}  {k}")
    print("\n== by field and phrase form")
    for k, n in forms.most_common(40):
        print(f"{n:5d} {len(arts[k]):4d}  {k}")
    print("\n== by verb")
    for k, n in verbs.most_common(40):
        print(f"{n:5d} {len(arts['V ' + k]):4d}  {k}")
    Path("/tmp/narratedsettings-rows.json").write_text(json.dumps(rows))


if __name__ == "__main__":
    main()

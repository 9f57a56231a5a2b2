"""Train-d's annotated carried values set in a sentence that also holds a system statement (narratedsettings' "system
statement in sentence" guard), by where the statement sits against the sentence's main verb: the main verb a saying
of its own, or the statement in a subordinate clause; with the main verb's subject and the speaker the gold carries
the value to (sentencescenes).

Usage: sentence_scenes.py GOLD_SLICE OCCASIONS SYSTEM_OUTPUT CACHE_DIR [-v]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from causes import cues_by_sentence, narrated_misses
from paired_runs import paired_docs

from quotegraph.evaluation.occasion import read_occasions
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS


def main() -> None:
    gold_path, occ_path, sys_path, cache = sys.argv[1:5]
    verbose = "-v" in sys.argv
    occasions = read_occasions(Path(occ_path))
    shapes: Counter[str] = Counter()
    arts: dict[str, set[str]] = defaultdict(set)
    for article, doc in paired_docs(gold_path, occ_path, sys_path, cache):
        cues = {
            at: [(cue.root.i, str(a.get("speaker") or a.get("source") or "?")) for cue, a in found]
            for at, found in cues_by_sentence(article, doc).items()
        }
        for pi, f, ann, span in narrated_misses(article, occasions, doc):
            sentence = span.sent
            if sentence.start not in cues:
                continue
            root = sentence.root
            subj = next((c for c in root.children if c.dep_ in NOMINAL_SUBJECTS), None)
            on_root = any(i == root.i for i, _ in cues[sentence.start])
            target = str(article.attrs[pi].get("speaker") or "?")
            shape = "main verb a statement" if on_root else "statement subordinate"
            shapes[shape] += 1
            arts[shape].add(article.gold["id"])
            if verbose:
                print(
                    f"[{f}] {shape} | root={root.lemma_} subj={subj.text if subj is not None else '-'}"
                    f"({subj.ent_type_ if subj is not None else ''}) stmts={[s for _, s in cues[sentence.start]]}"
                    f" -> {target} | want={ann['text']!r} | {article.gold['id'][:40]}"
                )
                print("    ", sentence.text.replace("\n", " ")[:200])
    for k, n in shapes.most_common():
        print(f"{n:5d} {len(arts[k]):4d}  {k}")


if __name__ == "__main__":
    main()

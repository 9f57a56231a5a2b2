"""The stated channel and addressee misses at a paired statement (``setters.py``'s), sorted by the parse of the
annotated value: how its head hangs in the sentence (the preposition and what it hangs on, or its relation to a
verb), whether that is the cue itself, and whether the value stands inside the statement's content (statedmiss).

Usage: parse_forms.py GOLD_SLICE OCCASIONS SYSTEM_OUTPUT CACHE_DIR [-v]

CACHE_DIR is a ``fast.py cache`` directory of the same slice (its parsed documents, in gold order). Per form: the
misses, the articles, and with ``-v`` each miss (annotated value, system value, cue, the cue's dependency and head,
article, sentence).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin, Span, Token

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "occasion_carry"))

from paired_runs import field_text, holds, paired_runs

from quotegraph.nlp.pipeline import load_pipeline

_FIELDS = ("channel", "addressee")
_HEADED = frozenset({"dobj", "dative", "nsubj", "nsubjpass", "npadvmod", "appos", "conj", "compound", "ROOT", "attr"})
_SENTENCE_SHOWN = 200  # characters of the sentence printed per miss


def _form(field: str, root: Token, cue: Token | None, inside: bool) -> str:
    head = root.head
    if root.dep_ == "pobj":
        form = f"{field}: {head.lower_} <- {head.head.pos_}:{head.head.dep_}" + (" (cue)" if head.head == cue else "")
    elif root.dep_ in _HEADED:
        form = f"{field}: {root.dep_} of {head.pos_}" + (" (cue)" if head == cue else "")
    else:
        form = f"{field}: {root.dep_}"
    return form + (" [in content]" if inside else "")


def _span(doc: Doc, spans: list[list[int]]) -> Span | None:
    return doc.char_span(spans[0][0], spans[0][1], alignment_mode="expand") if spans else None


def main() -> None:
    gold_path, occ_path, sys_path, cache = sys.argv[1:5]
    nlp = load_pipeline()
    docs = list(DocBin().from_disk(Path(cache) / "docs.spacy").get_docs(nlp.vocab))
    counts: Counter[str] = Counter()
    articles: defaultdict[str, set[str]] = defaultdict(set)
    rows: defaultdict[str, list[str]] = defaultdict(list)
    for doc, article in zip(docs, paired_runs(gold_path, occ_path, sys_path), strict=True):
        for index, fields in sorted(article.pairs.items()):
            attribution: dict[str, Any] = article.attrs[index]
            for field in _FIELDS:
                value = fields.get(field)
                if not value or value.get("carried") or holds(attribution, field, value["text"]):
                    continue
                start, end = value["span"]
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None:
                    continue
                cue_span = _span(doc, (attribution.get("cue") or {}).get("spans") or [])
                cue = cue_span.root if cue_span is not None else None
                content = (attribution.get("content") or {}).get("spans") or []
                inside = any(s <= start and end <= e for s, e in content)
                form = _form(field, span.root, cue, inside)
                counts[form] += 1
                articles[form].add(article.gold["id"])
                hung = "" if cue is None else f"[{cue.dep_}->{cue.head.text}] "
                rows[form].append(
                    f"  {hung}want={value['text']!r} got={field_text(attribution, field)!r} "
                    f"cue={(attribution.get('cue') or {}).get('text')!r} | {article.gold['id'][:50]} || "
                    f"{span.root.sent.text[:_SENTENCE_SHOWN]!r}"
                )
    for form, count in counts.most_common():
        print(count, len(articles[form]), form)
        if "-v" in sys.argv:
            print("\n".join(rows[form]))


if __name__ == "__main__":
    main()

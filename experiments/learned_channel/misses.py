"""Where the annotated channels (or addressees) lie that the rules leave empty, on a PolNeAR slice: in the
statement's own sentence, earlier within the candidates' window, earlier beyond it, or after the statement; and
how many of each a candidate of ``channels.py`` holds. Counts only.

    python experiments/learned_channel/misses.py d|a FIELD
"""

from __future__ import annotations

import json
import pickle
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent))

from channels import REACH_PARAGRAPHS, channel_candidates
from study import CACHES, ROOT, SLICES

from quotegraph.evaluation.occasion import paired_annotations, read_occasions, shares_content
from quotegraph.model import ArticleResult
from quotegraph.model.codec import encode_result
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.carrying.learned_times import _first_char
from quotegraph.nlp.resolve.paragraphs import BlankLineParagraphs
from quotegraph.nlp.resolving import resolve


def main(key: str, field: str) -> None:
    gold_path, occasions_path = SLICES[key]
    gold = [json.loads(line) for line in Path(gold_path).read_text().splitlines() if line.strip()]
    occasions = read_occasions(ROOT / occasions_path)
    nlp = load_pipeline()
    docs = list(DocBin().from_disk(CACHES / f"train-{key}" / "docs.spacy").get_docs(nlp.vocab))
    found_all = pickle.loads((CACHES / f"train-{key}" / "candidates.pkl").read_bytes())
    counts: Counter[str] = Counter()
    for row, doc, found in zip(gold, docs, found_all, strict=True):
        doc._.published = row.get("date")
        entities, attributions = resolve(doc, found)
        result = ArticleResult(id=str(row["id"]), entities=tuple(entities), attributions=tuple(attributions))
        paired = paired_annotations(row, json.loads(encode_result(result))["attributions"], occasions)
        text = doc.text  # spaCy joins every token on each read: once an article
        cands = channel_candidates(doc, text, attributions, entities, field)
        paragraphs = BlankLineParagraphs(text)  # the window channels.py reads
        for index, fields in paired.items():
            a = attributions[index]
            value = fields.get(field)
            if getattr(a, field) is not None or not value or not value.get("span"):
                continue
            start = int(value["span"][0])
            at = _first_char(a)
            sent = doc.char_span(at, at, alignment_mode="expand")
            token = doc[min(len(doc) - 1, sent.start if sent is not None else 0)]
            lo, hi = token.sent.start_char, token.sent.end_char
            if a.content is not None:
                lo = min(lo, a.content.spans[0].start)
                hi = max(hi, a.content.spans[-1].end)
            pars_back = paragraphs.of(at) - paragraphs.of(start)
            where = (
                "own sentence or content" if lo <= start < hi
                else "after" if start >= hi
                else "earlier, in the window" if pars_back <= REACH_PARAGRAPHS
                else "earlier, beyond the window"
            )  # fmt: skip
            held = any(shares_content(c.text, str(value["text"])) for c in cands.get(index, []))
            counts[f"{where}: {'a candidate holds it' if held else 'no candidate'}"] += 1
    for name, n in sorted(counts.items()):
        print(f"{name}: {n}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

"""Headlines on a tuning slice: how many the paragraph reading sees, and what the occasion fields do on them.

    python experiments/headlines/count.py GOLD.jsonl OCCASIONS.jsonl SYS.jsonl CACHE [--show]

Tuning slices only (train-d, train-a, train-f): statements' outcomes are read here, so never point it at a check
slice. SYS.jsonl is a fast-loop output (``experiments/occasion_stated/fast.py run ... --output SYS.jsonl``), CACHE
the slice's cached parses it was run on (``headlines.title_end`` reads the parse).

Counts, per article's first paragraph: seen as a headline by ``Paragraphs.headline`` (the resolving stage's reading)
or not, and how it ends. Per paired statement and field (channel, addressee, time): statements in the headline
(paragraph 0) and statements below it whose value lies in the headline (carried from it), each as right / false
fill / wrong / null kept, so that a change in how headlines are read can be weighed before it is made.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

from quotegraph.evaluation.occasion import FIELDS, _field_text, paired_annotations, read_occasions, shares_content
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.headlines import title_end
from quotegraph.nlp.resolve.paragraphs import Paragraphs


def _title_case(text: str, paragraphs: Paragraphs) -> bool:
    """The reading ``Paragraphs.headline`` had before the thirty-eighth set: the first paragraph in title case only."""
    first = text[: paragraphs.starts[1]] if len(paragraphs.starts) > 1 else text
    words = re.findall(r"[^\W\d_]{4,}", first)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _outcome(field: str, system: dict[str, Any], gold: dict[str, Any]) -> str:
    value, wanted = _field_text(system.get(field)), _field_text(gold.get(field))
    others = (field,) if field == "time" else ("channel", "addressee")
    if wanted is None:
        if value is None:
            return "null kept"
        other = {"channel": "addressee", "addressee": "channel"}.get(field)
        held = None if other is None else _field_text(gold.get(other))
        return "null kept" if held is not None and shares_content(value, held) else "false fill"
    right = any(shares_content(_field_text(system.get(o)), wanted) for o in others)
    return "right" if right else ("missed" if value is None else "wrong")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("cache", type=Path, help="the slice's cache folder (docs.spacy)")
    parser.add_argument("--show", action="store_true", help="list each false fill on or from a headline")
    args = parser.parse_args()
    occasions = read_occasions(args.occasions)
    system = {}
    for line in args.system.read_text().splitlines():
        row = json.loads(line)
        system[str(row["id"])] = row.get("attributions") or []
    seen: collections.Counter[str] = collections.Counter()
    counts: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(collections.Counter)
    shown = []
    docs = DocBin().from_disk(args.cache / "docs.spacy").get_docs(load_pipeline().vocab)
    for line, doc in zip(args.gold.read_text().splitlines(), docs, strict=True):
        gold = json.loads(line)
        text, attrs = gold["text"], system.get(str(gold["id"]), [])
        paragraphs = Paragraphs(text, headline=title_end(doc) > 0)
        seen["seen" if paragraphs.headline else "unseen"] += 1
        seen["title case"] += _title_case(text, paragraphs)
        for index, fields in paired_annotations(gold, attrs, occasions).items():
            attr = attrs[index]
            at = (
                paragraphs.of(attr["cue"]["spans"][0][0])
                if attr.get("cue")
                else paragraphs.of(attr["content"]["spans"][0][0])
            )
            for field in FIELDS:
                value = attr.get(field)
                outcome = _outcome(field, attr, fields)
                if at == 0:
                    where = "in headline" + (" (seen)" if paragraphs.headline else " (unseen)")
                elif value and value.get("spans") and paragraphs.of(value["spans"][0][0]) == 0:
                    where = "from headline" + (" (seen)" if paragraphs.headline else " (unseen)")
                else:
                    continue
                counts[(where, field)][outcome] += 1
                if outcome == "false fill":
                    shown.append(f"{gold['id']} {attr['id']} {where} {field}={value.get('text')!r}: "
                                 f"{attr['content']['text'][:80]!r}")  # fmt: skip
    print(f"first paragraphs read as a headline: {seen['seen']}, not: {seen['unseen']}; in title case (the reading"
          f" before the thirty-eighth set): {seen['title case']}")  # fmt: skip
    outcomes = ("right", "wrong", "missed", "false fill", "null kept")
    print("where", "field", *outcomes, sep="\t")
    for (where, field), c in sorted(counts.items()):
        print(where, field, *(c[o] for o in outcomes), sep="\t")
    if args.show:
        print("\n".join(shown))


if __name__ == "__main__":
    main()

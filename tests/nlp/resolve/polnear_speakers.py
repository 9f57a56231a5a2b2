"""Eyeball check: resolve PolNeAR gold source spans to entities and print what they became.

Not a test (no gold coreference exists to score against); run by hand:

    .venv/bin/python tests/nlp/resolve/polnear_speakers.py ../shared/data/polnear/dev.jsonl [--articles N] [--show K]

Prints counts by the kind of gold source (name, pronoun, description) and how many resolved to a
named entity, the time spent resolving versus parsing, then K pronoun sources with their sentence.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from pathlib import Path

import spacy

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.extensions import register_extensions
from quotegraph.nlp.resolve.speakers.mention_spans import PRONOUNS, RELATIVE_PRONOUNS
from quotegraph.nlp.resolving import resolve
from quotegraph.settings import Settings


def _kind(source_text: str) -> str:
    words = source_text.split()
    if len(words) == 1 and (words[0].lower() in PRONOUNS or words[0].lower() in RELATIVE_PRONOUNS):
        return "pronoun"
    return (
        "name"
        if any(w[:1].isupper() for w in words[1:] + [w for w in words[:1] if w.lower() != "the"])
        else "description"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=84)
    parser.add_argument("--show", type=int, default=30)
    args = parser.parse_args()
    register_extensions()
    nlp = spacy.load(Settings().spacy_model)
    counts: Counter[tuple[str, str]] = Counter()
    shown: list[str] = []
    parse_seconds = resolve_seconds = 0.0
    lines = args.corpus.read_text(encoding="utf-8").splitlines()[: args.articles]
    for line in lines:
        record = json.loads(line)
        started = time.perf_counter()
        doc = nlp(record["text"])
        doc._.published = record.get("date")
        parsed = time.perf_counter()
        gold = record["attributions"]
        candidates = [Candidate(content=[tuple(s) for s in a["content"]], cue=[tuple(s) for s in a["cue"]],
                                source=[tuple(s) for s in a["source"]]) for a in gold]  # fmt: skip
        _, attributions = resolve(doc, candidates)
        resolve_seconds += time.perf_counter() - parsed
        parse_seconds += parsed - started
        for a, attribution in zip(gold, attributions, strict=True):
            if not a["source"]:
                continue
            source = " ".join(record["text"][s:e] for s, e in a["source"])
            kind = _kind(source)
            speaker = attribution.speaker
            named = speaker is not None and speaker.name != source
            counts[(kind, "resolved to another name" if named else "kept its own text")] += 1
            if kind == "pronoun":
                start = a["source"][0][0]
                context = " ".join(record["text"][max(0, start - 300) : start + 30].split())
                shown.append(f"{source!r} -> {speaker.name if speaker else None!r}  | {context}")
    for key, count in sorted(counts.items()):
        print(f"{key[0]:12} {key[1]:26} {count}")
    print(f"articles {len(lines)}  parse {parse_seconds:.1f}s  resolve {resolve_seconds:.2f}s")
    random.Random(0).shuffle(shown)
    print("\n".join(shown[: args.show]))


if __name__ == "__main__":
    main()

"""Every statement whose annotated addressee the engine misses, on a tuning slice or on the tuned news pages, counted
by form: the annotated phrase, whether it is stated in the statement's sentence or carried, what the engine gave (no
addressee, or another one), the carry step that answered where one is recorded, and the words that introduce the
phrase where it is written ("told", "to", "asked", "with", ...).

    python experiments/addresseemisses/misses.py slice GOLD.jsonl CACHE_DIR OCCASIONS.jsonl [--quiet] [--jsonl OUT]
    python experiments/addresseemisses/misses.py pages [--quiet] [--jsonl OUT]

``slice`` re-resolves the cached parses with the carrying traced (``experiments/addresseecarried/steps.py``'s
instrument, so that the step of ``OccasionCarrier.hold`` that answered is the engine's recorded reason) and judges each
paired statement's addressee as the scorer does (the system's channel or addressee holds half the annotated phrase's
content words). Annotated addressees of statements the engine does not find at all (no system statement paired) are
counted apart, as "statement not found". For tuning slices only (train-d, train 0-59, train-f): never on a check slice
or dev.

``pages`` runs the tuned pages only (``experiments/news_pages/held_out.txt`` is skipped unread) and judges each
expected addressee as ``tests/nlp/test_news_pages.py`` does (the expected phrase inside the found channel or addressee).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "addresseecarried"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news_pages"))
import score as pages_score  # the tuned pages as the page test reads them
import steps  # the carrying traced (the recorded step is the engine's reason)

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import shares_content

# The words just before an addressee that say how it is introduced, longest first (a form is the first that matches)
INTRODUCERS = (
    ("in posing the question to", "a question posed to"),
    ("pushed by", "pushed/pressed by (an asker)"),
    ("pressed by", "pushed/pressed by (an asker)"),
    ("asked by", "asked by (an asker)"),
    ("interview with", "interview with"),
    ("told", "told X"),
    ("tells", "told X"),
    ("telling", "told X"),
    ("tell", "told X"),
    ("asked", "asked X"),
    ("asking", "asked X"),
    ("ask", "asked X"),
    ("urged", "urged/warned/assured X"),
    ("warned", "urged/warned/assured X"),
    ("assured", "urged/warned/assured X"),
    ("reminded", "urged/warned/assured X"),
    ("informed", "urged/warned/assured X"),
    ("to", "to X"),
    ("with", "with X"),
    ("before", "before X"),
    ("for", "for X"),
    ("at", "at X"),
)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (roughly: between full stops or line breaks) that holds ``text[start:end]``."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right_stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return left, (min(right_stops) + 1 if right_stops else len(text))


def form_of(text: str, start: int) -> str:
    """How the phrase at ``start`` is introduced, by the words just before it (a determiner or possessive skipped)."""
    before = re.sub(r"\s+", " ", text[max(0, start - 60) : start]).lower()
    before = re.sub(r"(?:\b(?:the|a|an|his|her|their|its|some|several|other)\s+)+$", "", before.rstrip() + " ")
    before = before.rstrip(" ,")
    for words, form in INTRODUCERS:
        if re.search(rf"\b{re.escape(words)}$", before):
            return form
    return "other (" + " ".join(before.split()[-2:]) + ")"


def _kind(text: str, wanted: dict[str, Any], content: list[list[int]], cue: list[list[int]]) -> str:
    """Stated (the phrase lies in the sentence of the statement's cue) or carried (set elsewhere)."""
    if wanted.get("carried"):
        return "carried"
    cue_start = min(s for s, _ in cue or content)
    left, right = _sentence_around(text, cue_start, cue_start)
    return "stated" if left <= wanted["span"][0] <= right else "carried"


def slice_rows(gold_path: Path, cache: Path, occasions: Path) -> list[dict[str, Any]]:
    """Every annotated addressee of the slice that the engine misses, one row each."""
    steps._instrument()
    rows: list[dict[str, Any]] = []
    for gold, annotated, system, ids in steps.traced_articles(gold_path, cache, occasions):
        text = gold["text"]
        paired = dict(overlap_matches(text, gold["attributions"], system))
        for gi, attr in enumerate(gold["attributions"]):
            fields = annotated.get(str(attr.get("id"))) or {}
            wanted = fields.get("addressee")
            if not isinstance(wanted, dict):
                continue
            row: dict[str, Any] = {
                "where": gold["id"],
                "attribution": attr.get("id"),
                "gold": wanted["text"],
                "kind": _kind(text, wanted, attr["content"], attr["cue"]),
                "form": form_of(text, wanted["span"][0]),
                "sentence": re.sub(r"\s+", " ", text[slice(*_sentence_around(text, *wanted["span"]))]).strip(),
                "cue": " ".join(text[s:e] for s, e in attr["cue"]),
            }
            if gi not in paired:
                rows.append(row | {"engine": "statement not found", "given": None, "step": None})
                continue
            sys_attr = system[paired[gi]]
            given = {f: (sys_attr.get(f) or {}).get("text") for f in ("channel", "addressee")}
            if any(v and shares_content(v, wanted["text"]) for v in given.values()):
                continue
            row |= {
                "engine": "another addressee" if given["addressee"] else "no addressee",
                "given": given,
                "speaker": (sys_attr.get("speaker") or {}).get("name"),
                "step": steps.TRACE.steps.get(ids.index(sys_attr["id"])),
            }
            rows.append(row)
    return rows


def page_rows() -> list[dict[str, Any]]:
    """Every expected addressee of the tuned pages that the engine misses, as the page test checks it."""
    import quotegraph
    from quotegraph.io import read
    from quotegraph.model import Article

    everything = json.loads((pages_score.PAGES / "expected.json").read_text(encoding="utf-8"))
    held_out = pages_score.listed_pages(pages_score.HELD_OUT)
    rows: list[dict[str, Any]] = []
    for page, spec in everything.items():
        if page in held_out:
            continue
        wanted = [s for s in spec["statements"] if "addressee" in s]
        if not wanted:
            continue
        [article] = read(str(pages_score.PAGES / page))
        assert isinstance(article, Article)
        text = article.text
        found = list(quotegraph.extract(text, article.published, id=article.id).attributions)
        for statement in wanted:
            holding = [a for a in found if a.content is not None and statement["content"] in a.content.text]
            phrase = statement["addressee"]
            at_content = text.find(statement["content"])
            at = text.lower().rfind(phrase.lower(), 0, max(at_content, 0) + len(statement["content"]) + 400)
            at = at if at >= 0 else text.lower().find(phrase.lower())
            left, right = _sentence_around(text, max(at_content, 0), max(at_content, 0))
            row: dict[str, Any] = {
                "where": page,
                "attribution": statement["content"][:50],
                "gold": phrase,
                "kind": "stated" if left <= at <= right else "carried",
                "form": form_of(text, at) if at >= 0 else "not in the text",
                "sentence": re.sub(r"\s+", " ", text[slice(*_sentence_around(text, at, at))]).strip()
                if at >= 0
                else "",
                "cue": None,
                "step": None,
            }
            if not holding:
                rows.append(row | {"engine": "statement not found", "given": None})
                continue
            a = holding[0]
            given = {f: (getattr(a, f).text if getattr(a, f) is not None else None) for f in ("channel", "addressee")}
            if any(v and phrase.casefold() in v.casefold() for v in given.values()):
                continue
            row |= {
                "engine": "another addressee" if given["addressee"] else "no addressee",
                "given": given,
                "speaker": a.speaker.name if a.speaker is not None else None,
                "cue": a.cue.text if a.cue is not None else None,
            }
            rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=("slice", "pages"))
    parser.add_argument("paths", type=Path, nargs="*", help="slice: GOLD CACHE_DIR OCCASIONS")
    parser.add_argument("--quiet", action="store_true", help="the counts only")
    parser.add_argument("--jsonl", type=Path, help="write the rows here")
    args = parser.parse_args()
    rows = slice_rows(*args.paths) if args.mode == "slice" else page_rows()
    if not args.quiet:
        for r in rows:
            print(f"== {r['engine']} | {r['kind']} | {r['form']} | {r['where']} {r['attribution']} gold [{r['gold']}]")
            print(f"   sentence: {r['sentence'][:300]}")
            print(f"   cue {r['cue']!r}; given {r['given']}; step {r['step']}")
    for name, count in Counter((r["engine"], r["kind"]) for r in rows).most_common():
        print(f"{count:4d}  {' | '.join(name)}")
    print()
    for name, count in Counter((r["kind"], r["form"]) for r in rows).most_common():
        print(f"{count:4d}  {' | '.join(name)}")
    if args.jsonl is not None:
        args.jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows))


if __name__ == "__main__":
    main()

"""Every carried-addressee miss of a tuning slice with the carry step that ran for it: the annotated phrase and the
sentence it was set in, what the system gave, which step of ``OccasionCarrier.hold`` gave the statement its occasion (an
occasion named elsewhere, a scene joined, one restated, a new one stated, or one carried), what the speaker's occasion
in force held then, and whether the carrying read the annotated audience anywhere (as a setting's, or a statement's
stated addressee) — and a class for each miss.

    python experiments/addresseecarried/steps.py GOLD.jsonl CACHE_DIR OCCASIONS.jsonl [--all] [--jsonl OUT] [--quiet]

It re-runs the resolving stage on the cached parses as ``experiments/occasion_stated/fast.py run`` does, with
``OccasionCarrier``'s steps wrapped to record which one answered; the misses are those ``experiments/carried_addressees/
misses.py`` counts (neither the system's channel nor its addressee holds half the annotated phrase's content words).
For tuning slices only (train-d, train 0-59, train-f): never on a check slice or on dev.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "carried_addressees"))
from misses import _sentence_around  # the sentence around an annotated span, as the earlier study prints it

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import read_occasions, shares_content
from quotegraph.model import ArticleResult
from quotegraph.model.codec import encode_result
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.carrying import carrier as carrier_module
from quotegraph.nlp.resolve.carrying import occasions as occasions_module
from quotegraph.nlp.resolving import resolve
from quotegraph.settings import Settings

STEPS = ("_named_elsewhere", "_joined", "_restated", "_new_occasion", "_carried")


@dataclass
class Trace:
    """What the carrying did in one article: per statement index the step of ``OccasionCarrier.hold`` that answered, the
    speaker's occasion in force when it was asked (for ``_carried``), and every setting's and statement's stated
    addressee and channel, with their offsets."""

    current: int = -1
    steps: dict[int, str] = field(default_factory=dict)
    in_force: dict[int, str | None] = field(default_factory=dict)
    read: list[tuple[str, int, str | None, str | None]] = field(
        default_factory=list
    )  # kind, offset, addressee, channel


TRACE = Trace()


def _text(span: Any) -> str | None:
    return None if span is None else str(span.text)


def _instrument() -> None:
    """Wrap ``_Reading.statement``, ``_Reading.setting`` and ``OccasionCarrier``'s steps to record into ``TRACE``."""
    reading = occasions_module._Reading
    statement, setting = reading.statement, reading.setting

    def on_statement(self: Any, i: int) -> None:
        TRACE.current = i
        s = self.statements[i]
        TRACE.read.append(("statement", s.position, _text(s.stated.addressee), _text(s.stated.channel)))
        statement(self, i)

    def on_setting(self: Any, s: Any) -> None:
        TRACE.read.append(("setting", s.position, _text(s.stated.addressee), _text(s.stated.channel)))
        setting(self, s)

    reading.statement, reading.setting = on_statement, on_setting  # type: ignore[method-assign]
    for name in STEPS:
        original = getattr(carrier_module.OccasionCarrier, name)

        def wrapped(self: Any, statement: Any, own: Any = None, *, _o: Any = original, _n: str = name) -> Any:
            result = _o(self, statement) if _n == "_named_elsewhere" else _o(self, statement, own)
            if result is not None and TRACE.current not in TRACE.steps:
                TRACE.steps[TRACE.current] = _n.strip("_")
                if _n == "_carried":
                    TRACE.in_force[TRACE.current] = None if own is None else _text(own.stated.addressee)
            return result

        setattr(carrier_module.OccasionCarrier, name, wrapped)


_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you"})


def _wrong_speaker(source: str, speaker: str) -> bool:
    """The annotated source shares no word with the system's speaker (a pronoun source is not judged)."""
    words = set(source.lower().split())
    return bool(words) and not words <= _PRONOUNS and not words & set(speaker.lower().split())


def _classify(row: dict[str, Any]) -> str:
    """The miss's class, from what was read and what the step was (the brief's classes first)."""
    if row["wrong_speaker"]:
        return "wrong speaker"
    if row["system_addressee"] is not None:
        return "another addressee given"
    if row["read_as"] == "nothing":
        if row["gold_is_channel"]:
            return "audience implied by the channel noun (the same span), channel not read"
        return "audience never read where it is set"
    if row["channel_right"]:
        return "channel carried, audience dropped"
    if row["read_as"] == "setting":
        return "read in a setting sentence (no statement), not carried"
    if row["step"] in ("new_occasion",):
        return "a new occasion stated by the statement stops the carry"
    return "read in a statement, not carried (carry stopped early)"


def traced_articles(
    gold_path: Path, cache: Path, occasions: Path
) -> Iterator[tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]], list[str]]]:
    """Each annotated article of a slice re-resolved on its cached parse with the carrying traced into a fresh
    ``TRACE`` (``_instrument`` first): its gold line, its occasion annotations, the system's kept attributions as
    encoded, and the ids of every attribution resolved, in order (the trace's statement indices)."""
    global TRACE
    nlp = load_pipeline()
    golds = [json.loads(line) for line in gold_path.read_text().splitlines() if line.strip()]
    docs = list(DocBin().from_disk(cache / "docs.spacy").get_docs(nlp.vocab))
    candidates = pickle.loads((cache / "candidates.pkl").read_bytes())
    annotations = read_occasions(occasions)
    kept = Settings().kept_types
    for gold, doc, found in zip(golds, docs, candidates, strict=True):
        annotated = annotations.get(str(gold["id"]))
        if annotated is None:
            continue
        TRACE = Trace()
        doc._.published = gold.get("date")
        entities, attributions = resolve(doc, found)
        result = ArticleResult(
            id=str(gold["id"]),
            entities=tuple(entities),
            attributions=tuple(a for a in attributions if a.type in kept),
            published=gold.get("date"),
        )
        yield gold, annotated, json.loads(encode_result(result))["attributions"], [a.id for a in attributions]


def write_rows(path: Path | None, rows: list[dict[str, Any]]) -> None:
    """The rows as JSON lines at ``path``, when one is given."""
    if path is not None:
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    for name in ("gold", "cache", "occasions"):  # the slice's articles, its cached parses, its occasion annotations
        parser.add_argument(name, type=Path)
    parser.add_argument("--all", action="store_true", help="list the right carried values too")
    parser.add_argument("--jsonl", type=Path, help="write the rows here")
    parser.add_argument("--quiet", action="store_true", help="the class counts only")
    args = parser.parse_args()
    _instrument()
    rows: list[dict[str, Any]] = []
    for gold, annotated, system, ids in traced_articles(args.gold, args.cache, args.occasions):
        text = gold["text"]
        for gi, pi in overlap_matches(text, gold["attributions"], system):
            fields = annotated.get(str(gold["attributions"][gi].get("id"))) or {}
            wanted = fields.get("addressee")
            if not isinstance(wanted, dict) or not wanted.get("carried"):
                continue
            sys_attr = system[pi]
            given = {f: (sys_attr.get(f) or {}).get("text") for f in ("channel", "addressee")}
            right = any(v and shares_content(v, wanted["text"]) for v in given.values())
            if right and not args.all:
                continue
            index = ids.index(sys_attr["id"])
            read = [r for r in TRACE.read if r[2] and shares_content(r[2], wanted["text"])]
            gold_channel = (fields.get("channel") or {}).get("text")
            gold_attr = gold["attributions"][gi]
            source = " ".join(text[s:e] for s, e in gold_attr.get("source") or [])
            speaker = (sys_attr.get("speaker") or {}).get("name") or ""
            row = {
                "article": gold["id"],
                "attribution": gold_attr.get("id"),
                "right": right,
                "gold": wanted["text"],
                "gold_channel": gold_channel,
                "gold_is_channel": bool(gold_channel) and wanted["span"] == (fields.get("channel") or {}).get("span"),
                "set_in": _sentence_around(text, *wanted["span"]),
                "source": source,
                "cue": " ".join(text[s:e] for s, e in gold_attr["cue"]),
                "system_speaker": speaker,
                "wrong_speaker": _wrong_speaker(source, speaker),
                "system_channel": given["channel"],
                "system_addressee": given["addressee"],
                "channel_right": bool(
                    gold_channel and given["channel"] and shares_content(given["channel"], gold_channel)
                ),
                "step": TRACE.steps.get(index),
                "in_force": TRACE.in_force.get(index, "-"),
                "read_as": read[0][0] if read else "nothing",
                "note": fields.get("note"),
            }
            row["class"] = "RIGHT" if right else _classify(row)
            rows.append(row)
    if not args.quiet:
        for r in rows:
            print(
                f"== {r['class']} | {r['article']} {r['attribution']} gold [{r['gold']}] channel [{r['gold_channel']}]"
            )
            set_in = re.sub(r"\s+", " ", r["set_in"])[:300]
            print(f"   set in: {set_in}")
            print(f"   statement: {r['source']} | {r['cue']}")
            print(
                f"   system: speaker {r['system_speaker']!r} channel {r['system_channel']!r} addressee"
                f" {r['system_addressee']!r}; step {r['step']} (in force {r['in_force']!r}); audience read as"
                f" {r['read_as']}"
            )
            if r["note"]:
                print(f"   note: {r['note']}")
    for name, count in Counter(r["class"] for r in rows).most_common():
        print(f"{count:4d}  {name}")
    write_rows(args.jsonl, rows)


if __name__ == "__main__":
    main()

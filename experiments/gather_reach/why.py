"""Why ``gatherings.joins_the_gathering`` said no: each call recorded with the first guard that failed, for the
statements a dated gathering was in force for (tuned news pages, or a tuning slice's cached parses).

    python experiments/gather_reach/why.py pages HELDOUT.txt           # the tuned pages, misses by guard
    python experiments/gather_reach/why.py slice GOLD.jsonl CACHE_DIR  # train-d / train 0-59 only, counts by guard

A "gathering in force" is the latest occasion set when it is one of ``GATHERINGS`` dated by one day, or the last such
gathering of the article when the latest is another occasion ("not latest").
"""

from __future__ import annotations

import json
import pickle
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from quotegraph.nlp.resolve.carrying import carrier, gatherings
from quotegraph.nlp.resolve.carrying.carried_channels import many_occasions
from quotegraph.nlp.resolve.carrying.carried_times import one_day

CALLS: list[dict[str, Any]] = []
STATE: dict[str, Any] = {"gathering": None}
_joins = gatherings.joins_the_gathering


def _dated_gathering(scene: Any) -> bool:
    if scene is None or scene.stated.channel is None or many_occasions(scene.stated.channel):
        return False
    channel = scene.stated.channel
    return channel.root.lemma_.lower() in gatherings.GATHERINGS and one_day(scene.stated.time)


def _reason(scene: Any, statement: Any, named: Any, own: Any, since: int) -> str:
    speaker = statement.speaker
    if own is not None:
        return "own occasion"
    if speaker is None:
        return "no speaker"
    if speaker in scene.speakers:
        return "a speaker of the scene"
    if not statement.told_in_the_past:
        return "not past"
    if statement.held_view:
        return "held view"
    if speaker not in named:
        return "no single person"
    if named[speaker] <= since:
        return "named before the last statement"
    if statement.questions or statement.asked is not None or statement.replies:
        return "exchange"
    if not scene.shared:
        return "not shared"
    if statement.paragraph - scene.paragraph > gatherings.MAX_GATHERING_GAP:
        return f"gap {statement.paragraph - scene.paragraph}"
    if scene.stated.channel.root.head.lower_ == "before":
        return "before a body"
    return "other"


def _recording(scene: Any, statement: Any, named: Any, own: Any, since: int) -> bool:
    joined = _joins(scene, statement, named, own, since)
    if _dated_gathering(scene):
        STATE["gathering"] = scene
        reason = "joined" if joined else _reason(scene, statement, named, own, since)
        gathering = scene
    elif STATE["gathering"] is not None and own is None and statement.speaker is not None:
        reason, gathering = "not latest", STATE["gathering"]
    else:
        return joined
    CALLS.append(
        {
            "position": statement.position,
            "paragraph": statement.paragraph,
            "reason": reason,
            "gathering": gathering.stated.channel.text,
            "gap": statement.paragraph - gathering.paragraph,
            "latest": None
            if scene is None
            else (
                scene.stated.channel and scene.stated.channel.text,
                scene.stated.addressee and scene.stated.addressee.text,
                scene.stated.time and scene.stated.time.span.text,
            ),
        }
    )
    return joined


carrier.joins_the_gathering = _recording  # type: ignore[assignment]


def pages(heldout: Path) -> None:
    import quotegraph
    from quotegraph.io import read

    root = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"
    skipped = set(heldout.read_text().split())
    expected = json.loads((root / "expected.json").read_text(encoding="utf-8"))
    counts: Counter[str] = Counter()
    for page, spec in expected.items():
        if page in skipped:
            continue
        CALLS.clear()
        STATE["gathering"] = None
        [article] = read(str(root / page))
        found = quotegraph.extract(article.text, article.published, id=article.id).attributions  # type: ignore[union-attr]
        by_cue = {c["position"]: c for c in CALLS}
        for exp in spec["statements"]:
            holding = [a for a in found if a.content is not None and exp["content"] in a.content.text]
            if not holding:
                continue
            att = holding[0]
            stands = att.cue or att.content
            call = None if stands is None else by_cue.get(stands.start)
            if call is None:
                continue
            for field in ("channel", "time"):
                want = exp.get(field)
                got = att.channel if field == "channel" else att.time
                if want is None:
                    continue
                ok = got is not None and want.casefold() in got.text.casefold()
                counts[f"{field} {'right' if ok else 'miss'} {call['reason']}"] += 1
                if not ok:
                    print(
                        f"[{field} {call['reason']}] {page} want={want!r} got={got and got.text!r} "
                        f"gathering={call['gathering']!r} gap={call['gap']} | {exp['content'][:60]!r}"
                    )
    for key, n in sorted(counts.items()):
        print(key, n)


def slice_(gold_path: Path, cached: Path) -> None:
    from spacy.tokens import DocBin

    from quotegraph.nlp.pipeline import load_pipeline
    from quotegraph.nlp.resolving import resolve

    nlp = load_pipeline()
    gold = [json.loads(line) for line in gold_path.read_text().splitlines() if line.strip()]
    docs = list(DocBin().from_disk(cached / "docs.spacy").get_docs(nlp.vocab))
    candidates = pickle.loads((cached / "candidates.pkl").read_bytes())
    counts: Counter[str] = Counter()
    for row, doc, found in zip(gold, docs, candidates, strict=True):
        CALLS.clear()
        STATE["gathering"] = None
        doc._.published = row.get("date")
        resolve(doc, found)
        for call in CALLS:
            counts[call["reason"]] += 1
            if "--show" in sys.argv:
                print(row["id"], call)
    for key, n in sorted(counts.items()):
        print(key, n)


if __name__ == "__main__":
    if sys.argv[1] == "pages":
        pages(Path(sys.argv[2]))
    else:
        slice_(Path(sys.argv[2]), Path(sys.argv[3]))

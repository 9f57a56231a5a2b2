"""Count the active questions put to a person ("Kettering asked the Minister ... whether") whose asker's statement
names a channel or time, and the later statements of the one asked: what the gold gives them and what the system holds.

    python experiments/occasion_carry/askedanswers/count.py GOLD.jsonl CACHE_DIR OCCASIONS.jsonl
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

import quotegraph.nlp.resolving as resolving
import quotegraph.nlp.resolving_occasions as resolving_occasions
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.carrying.occasion_records import Voice

MAX_ANSWER_GAP = 2  # paragraphs after the question in which a statement of the one asked is counted as an answer
_QUESTION_WORDS = ("ask", "press", "question", "challeng", "quiz", "grill")

captured: list[tuple[Any, Any]] = []
_carry = resolving_occasions.carry_occasions


def _capture(statements: Any, *args: Any, **kwargs: Any) -> Any:
    held = _carry(statements, *args, **kwargs)
    captured.append((list(statements), held))
    return held


def _value(v: Any) -> str:
    return "-" if v is None else (v.get("text", "?") if isinstance(v, dict) else str(v))


def main() -> None:
    gold_path, cached, occasions = (Path(a) for a in sys.argv[1:4])
    resolving_occasions.carry_occasions = _capture  # type: ignore[assignment]
    nlp = load_pipeline()
    gold = [json.loads(line) for line in gold_path.read_text().splitlines() if line.strip()]
    occ = {json.loads(x)["id"]: json.loads(x) for x in occasions.read_text().splitlines() if x.strip()}
    docs = list(DocBin().from_disk(cached / "docs.spacy").get_docs(nlp.vocab))
    candidates = pickle.loads((cached / "candidates.pkl").read_bytes())
    for row, doc, found in zip(gold, docs, candidates, strict=True):
        doc._.published = row.get("date")
        captured.clear()
        resolving.resolve(doc, found)
        if not captured:
            continue
        statements, held = captured[-1]
        text = row["text"]
        gocc = {a["id"]: a for a in occ.get(row["id"], {}).get("attributions", [])}

        def gold_at(pos: int, row: dict[str, Any] = row, gocc: dict[str, Any] = gocc) -> str:
            for a in row["attributions"]:
                for s, e in a.get("cue", []) + a.get("content", []):
                    if s <= pos < e:
                        o = gocc.get(a["id"], {})
                        return f"{_value(o.get('channel'))} | {_value(o.get('time'))}"
            return "(no gold)"

        for i, s in enumerate(statements):
            cue = text[s.position : s.position + 12].lower()
            if not any(cue.startswith(w) for w in _QUESTION_WORDS):
                continue
            st = s.stated
            # the one asked in the active (``Voice.ACTIVE``); the one the stated addressee names (``AskedOne.stated``)
            active = s.asked.entity if s.asked is not None and s.asked.voice is Voice.ACTIVE else None
            named = s.asked.entity if s.asked is not None and s.asked.stated else None
            around = text[max(0, s.position - 80) : s.position + 80]
            print(
                f"== {row['id']} p{s.paragraph} asked={named} active={active} speaker={s.speaker} "
                f"ch={st.channel} t={st.time} held={held[i].stated.channel} / {held[i].stated.time} | {around!r}"
            )
            if active is None:
                continue
            for j in range(i + 1, len(statements)):
                t = statements[j]
                if t.paragraph - s.paragraph > MAX_ANSWER_GAP:
                    break
                if t.speaker == active:
                    h = held[j].stated
                    print(
                        f"   answer p{t.paragraph}: sys {h.channel} | {h.time}  gold {gold_at(t.position)}  "
                        f"{text[t.position : t.position + 60]!r}"
                    )


if __name__ == "__main__":
    main()

"""Why a session narrated in a story's lede gives its voices nothing: the counter of the committeevoices round.

    python experiments/committeevoices/why.py ARTICLES.jsonl CACHE [--offset N] [-v]

For each sentence of the lede's paragraphs (``lede_sessions.MAX_LEDE_SESSION_PARAGRAPH``) that names a session's noun
(``lede_sessions.SESSION_NOUNS``), the first step of ``lede_sessions.lede_session`` it falls at: ``said`` (the
sentence holds a statement that is neither a turn told inside the session's phrase nor one the session is fronted on;
split ``said-group`` when that statement's subject is a group, the roundup's "candidates lashed out ... in a debate"),
``blocked`` (the noun inside a statement's words), ``no-day`` (split ``no-day-after-dated`` when the sentence before
it in the lede told a day: the planning committee's "voted six to four on Wednesday", then "The committee heard ...
before a debate"), ``not-over``, else ``read``. For a session read, how the story leaves it: the first statement
whose own occasion ``in_the_lede_session`` leaves it on (``left-channel``, ``left-addressee``, ``left-day``).
Counts only (check slices); ``-v`` prints each sentence (tuning slices only).

The steps are the start code's (main ``7e0feaf8``: a session inside any statement's words or speaker is ``blocked``,
any other statement in its sentence is ``said``, a day only in its own sentence), so the counts say what the start
code left out whatever code runs; the ``left-*`` counts are the running code's.
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import Counter
from pathlib import Path

from spacy.tokens import DocBin

import quotegraph.nlp.resolve.carrying.lede_sessions as ls
import quotegraph.nlp.resolve.carrying.scenes as scenes
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.carrying.group_scenes import group_subject
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb
from quotegraph.nlp.resolving import resolve

COUNTS: Counter[str] = Counter()
SHOWN: list[str] = []
_LAST_DAY: dict[int, int] = {}  # doc id -> paragraph of the latest lede sentence with a day


def _reason(finder, sentence, paragraphs, said) -> str | None:  # type: ignore[no-untyped-def]
    paragraph = paragraphs.of(sentence.start_char)
    if not 0 < paragraph <= ls.MAX_LEDE_SESSION_PARAGRAPH:
        return None
    nouns = [t for t in sentence if t.pos_ in ls._NOUNS and t.lemma_.lower() in ls.SESSION_NOUNS]
    days = [t for t in finder.times_in(sentence) if t.date is not None and ls.a_day(t)]
    key = id(sentence.doc)
    dated_before = key in _LAST_DAY
    if days:
        _LAST_DAY[key] = paragraph
    if not nouns:
        return None
    reasons = []
    for token in nouns:
        if any(a <= token.idx < b for s in said for a, b in s.blocked):
            reasons.append("blocked")
            continue
        if not all(ls._a_turn_in(token, s.verb) or ls._fronted_on(token, s.verb) for s in said):
            grouped = any(group_subject(s.verb) is not None for s in said)
            reasons.append("said-group" if grouped else "said")
            continue
        verb = clause_verb(token)
        day = ls._day_of(finder, sentence, token, verb)
        if day is None:
            reasons.append("no-day-after-dated" if dated_before else "no-day")
            continue
        verb = clause_verb(day.span.root) if day.span.root.head != token else verb
        if not (ls._session_over(verb) or ls._its_own_past_day(finder, token, day)):
            reasons.append("not-over")
            continue
        return "read"
    order = ["said-group", "said", "no-day-after-dated", "no-day", "not-over", "blocked"]
    return min(reasons, key=order.index)


_original = scenes.lede_session


def _counted(finder, sentence, paragraphs, said=()):  # type: ignore[no-untyped-def]
    reason = _reason(finder, sentence, paragraphs, said)
    if reason is not None:
        COUNTS[reason] += 1
        if VERBOSE:
            SHOWN.append(f"[{ARTICLE}] {reason}: {' '.join(sentence.text.split())[:240]}")
    return _original(finder, sentence, paragraphs, said)


_in_session = ls.in_the_lede_session


def _followed(held, statement, session, heard_before=()):  # type: ignore[no-untyped-def]
    out = _in_session(held, statement, session, heard_before)
    if session is not None and out[1] is None and statement.position > session.position:
        own = statement.stated
        why = "addressee" if own.addressee is not None else "channel" if own.channel is not None else "day"
        COUNTS[f"left-{why}"] += 1
        if VERBOSE:
            text = " | ".join(p.text for p in (own.channel, own.addressee) if p is not None)
            SHOWN.append(f"[{ARTICLE}]   left on its {why}: {text} {own.time.span.text if own.time else ''}")
    return out


scenes.lede_session = _counted
ls.in_the_lede_session = _followed
import quotegraph.nlp.resolve.carrying.occasions as occasions  # noqa: E402

occasions.in_the_lede_session = _followed
VERBOSE = False
ARTICLE = ""


def main() -> None:
    global VERBOSE, ARTICLE
    parser = argparse.ArgumentParser()
    parser.add_argument("articles", type=Path)
    parser.add_argument("cache", type=Path)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    VERBOSE = args.v
    nlp = load_pipeline()
    rows = [json.loads(line) for line in args.articles.read_text().splitlines()]
    docs = list(DocBin().from_disk(args.cache / "docs.spacy").get_docs(nlp.vocab))
    candidates = pickle.loads((args.cache / "candidates.pkl").read_bytes())
    for n, (row, doc, found) in enumerate(zip(rows, docs, candidates, strict=True)):
        ARTICLE = f"{args.offset + n} {str(row['id'])[:40]}"
        doc._.published = row.get("date")
        resolve(doc, found)
    print("\n".join(SHOWN))
    print(dict(sorted(COUNTS.items())))


if __name__ == "__main__":
    main()

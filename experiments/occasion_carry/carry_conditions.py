"""Under which conditions carrying a value into a null field is right more often than wrong (carrypolicy, December 5).

    python experiments/occasion_carry/carry_conditions.py GOLD OCCASIONS SYSTEM CACHE_DIR [--show FEATURE=VALUE ...]

For every field a run left null on a paired statement, two givers are tried: the nearest earlier statement holding the
field (any speaker, "near") and the speaker's own latest one ("own"). Each fill is scored alone against the
annotation (right, another value, false fill) and described by features read from the run's output and the cached
parse (``fast.py cache``): the null statement's cue lemma, kind, source form; paragraph and sentence distance; the
same speaker; other speakers or values between; whether both sit in one run of quote paragraphs; the setter's value
class (a scene noun, a day); a past-time or tense marker in the null statement's own sentence. Printed per field and
feature value: right, false fills, wrong values, and in how many articles right and false fills happened, so that a
condition is read for breadth and not only for totals. ``--show`` prints every fill under a condition to read.
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy
from paired_runs import FIELDS, field_text, paired_runs, statement_start
from spacy.tokens import Doc, DocBin

from quotegraph.evaluation.occasion import OccasionScorer

Attr = dict[str, Any]
MAX_PARAGRAPHS = 12  # a giver further back than this is not counted at all

PRONOUNS = {"he", "she", "they", "i", "we", "it"}  # a source that is a bare personal pronoun
QUOTES = "\"“”'‘"
# Scene nouns: the events a channel names, which hold for every statement made there (as in carrying/scenes).
SCENE_NOUNS = {
    "interview",
    "debate",
    "speech",
    "rally",
    "conference",
    "hearing",
    "event",
    "forum",
    "meeting",
    "briefing",
    "appearance",
    "town",
    "hall",
    "session",
    "address",
    "show",
    "program",
    "broadcast",
    "call",
    "statement",
    "remarks",
}
DAYS = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2})\b",
    re.I,
)
PAST_MARKERS = {"ago", "last", "earlier", "previously", "once", "then", "before", "former", "back"}


@dataclass
class Fill:
    article: str
    field: str
    giver: str  # "near" or "own"
    outcome: str  # right, other, ff, unpaired, same
    features: dict[str, str] = field(default_factory=dict)
    text: str = ""


def _speaker(attr: Attr) -> str | None:
    return (attr.get("speaker") or {}).get("entity")


def _outcome(annotated: dict[str, Any] | None, attr: Attr, fld: str, value: Attr) -> str:
    if annotated is None:
        return "unpaired"
    before, after = OccasionScorer(), OccasionScorer()
    before.add_statement(annotated, attr)
    filled = dict(attr)
    filled[fld] = value
    after.add_statement(annotated, filled)
    if after.counts[f"{fld}_right"] > before.counts[f"{fld}_right"]:
        return "right"
    if after.counts[f"{fld}_false_fill"] > before.counts[f"{fld}_false_fill"]:
        return "ff"
    if after.counts[f"{fld}_n"] and not after.counts[f"{fld}_right"]:
        return "other"
    return "same"


def _sentence(doc: Doc, offset: int) -> int:
    for n, sent in enumerate(doc.sents):
        if sent.start_char <= offset < sent.end_char:
            return n
    return -1


def _quote_paragraph(text: str, starts: list[int], paragraph: int) -> bool:
    start = starts[paragraph] if paragraph < len(starts) else 0
    return text[start : start + 1] in QUOTES


def _value_class(fld: str, value: str) -> str:
    words = value.lower().split()
    if fld == "time":
        return "day" if DAYS.search(value) else "other-time"
    last = words[-1] if words else ""
    return "scene" if last.strip(".,") in SCENE_NOUNS else "other"


def _features(article: Any, doc: Doc, attrs: list[Attr], order: list[int], n: int, m: int, fld: str) -> dict[str, str]:
    """Features of filling ``order[n]`` from ``order[m]`` (m < n)."""
    i, j = order[n], order[m]
    target, giver = attrs[i], attrs[j]
    text = article.text
    pi, pj = article.paragraph(statement_start(target)), article.paragraph(statement_start(giver))
    si, sj = _sentence(doc, statement_start(target)), _sentence(doc, statement_start(giver))
    between = [attrs[k] for k in order[m + 1 : n]]
    source = ((target.get("source") or {}).get("text") or "").lower()
    cue = target.get("cue") or {}
    sent = list(doc.sents)[si] if si >= 0 else None
    tense = "none"
    if sent is not None:
        tags = {t.tag_ for t in sent}
        words = {t.lower_ for t in sent}
        if words & PAST_MARKERS or any(t.ent_type_ == "DATE" for t in sent):
            tense = "past-marker"
        elif "VBD" in tags:
            tense = "past"
        else:
            tense = "present"
    quote_run = all(_quote_paragraph(text, article.paragraphs.starts, p) for p in range(pj + 1, pi + 1)) and pi > pj
    values_between = {field_text(b, fld) for b in between} - {None}
    other_fields = [f for f in FIELDS if f != fld and field_text(target, f)]
    return {
        "cue": str(cue.get("lemma")),
        "kind": str(target.get("kind")),
        "source": "none" if not source else "pronoun" if source in PRONOUNS else "noun",
        "pgap": str(min(pi - pj, 4)),
        "sgap": str(min(si - sj, 6)),
        "same_speaker": str(_speaker(target) == _speaker(giver)),
        "others_between": str(any(_speaker(b) != _speaker(target) for b in between)),
        "value_between": str(bool(values_between)),
        "quote_run": str(quote_run),
        "target_quote_par": str(_quote_paragraph(text, article.paragraphs.starts, pi)),
        "same_paragraph": str(pi == pj),
        "value_class": _value_class(fld, field_text(giver, fld) or ""),
        "giver_carried": str(bool((giver.get(fld) or {}).get("carried"))),
        "tense": tense,
        "states_other_field": str(bool(other_fields)),
    }


def fills(gold: str, occasions: str, system: str, cache: Path) -> list[Fill]:
    nlp = spacy.blank("en")
    docs = list(DocBin().from_disk(cache / "docs.spacy").get_docs(nlp.vocab))
    out = []
    for article, doc in zip(paired_runs(gold, occasions, system), docs, strict=True):
        attrs = article.attrs
        order = sorted(range(len(attrs)), key=lambda k: statement_start(attrs[k]))
        for fld in FIELDS:
            for n, i in enumerate(order):
                if field_text(attrs[i], fld) or _speaker(attrs[i]) is None:
                    continue
                here = article.paragraph(statement_start(attrs[i]))
                givers: dict[str, int] = {}
                for m in range(n - 1, -1, -1):
                    j = order[m]
                    if here - article.paragraph(statement_start(attrs[j])) > MAX_PARAGRAPHS:
                        break
                    if not field_text(attrs[j], fld):
                        continue
                    givers.setdefault("near", m)
                    if _speaker(attrs[j]) == _speaker(attrs[i]):
                        givers.setdefault("own", m)
                for name, m in givers.items():
                    j = order[m]
                    value = dict(attrs[j][fld], carried=True)
                    outcome = _outcome(article.pairs.get(i), attrs[i], fld, value)
                    feats = _features(article, doc, attrs, order, n, m, fld)
                    shown = f"{field_text(attrs[j], fld)!r} <- {attrs[j]['id']} into {attrs[i]['id']}"
                    out.append(Fill(str(article.gold["id"]), fld, name, outcome, feats, shown))
    return out


def table(rows: list[Fill], keys: list[str]) -> None:
    groups: dict[tuple[str, ...], list[Fill]] = defaultdict(list)
    for row in rows:
        groups[tuple(row.features[k] for k in keys)].append(row)
    for value, members in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        c = Counter(r.outcome for r in members)
        if c["right"] + c["ff"] + c["other"] < 5:
            continue
        up = len({r.article for r in members if r.outcome == "right"})
        down = len({r.article for r in members if r.outcome == "ff"})
        mark = " <" if c["right"] > c["ff"] + c["other"] and up >= 5 else (" ~" if c["right"] > c["ff"] else "")
        print(
            f"    {'/'.join(value):40s} right {c['right']:4d} in {up:3d}  ff {c['ff']:4d} in {down:3d}"
            f"  other {c['other']:4d}{mark}"
        )


def search(rows: list[Fill], confirm: list[Fill], depth: int) -> None:
    """Conjunctions of up to ``depth`` feature values under which fills add more right values than false fills in at
    least five articles, on the tuning rows and on the confirming rows alike."""
    names = sorted(rows[0].features)
    frequent = {k: {v for v, c in Counter(r.features[k] for r in rows).items() if c >= 10} for k in names}
    for fld in FIELDS:
        mine = [r for r in rows if r.field == fld]
        theirs = [r for r in confirm if r.field == fld]
        found = []
        for keys in itertools.combinations(names, depth):
            for values in itertools.product(*(sorted(frequent[k]) for k in keys)):
                cond = dict(zip(keys, values, strict=True))
                here = _count(mine, cond)
                if here[0] <= here[1] or here[2] < 5:
                    continue
                there = _count(theirs, cond)
                if there[0] <= there[1]:
                    continue
                found.append((here[0] - here[1], cond, here, there))
        for _, cond, here, there in sorted(found, key=lambda f: -f[0])[:25]:
            tune, confirming = "right {} ff {} in {}/{}".format(*here), "right {} ff {} in {}/{}".format(*there)
            print(fld, cond, "tune", tune, "| confirm", confirming)


def _count(rows: list[Fill], cond: dict[str, str]) -> tuple[int, int, int, int]:
    hit = [r for r in rows if all(r.features[k] == v for k, v in cond.items())]
    right = [r for r in hit if r.outcome == "right"]
    ff = [r for r in hit if r.outcome == "ff"]
    return len(right), len(ff), len({r.article for r in right}), len({r.article for r in ff})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold")
    parser.add_argument("occasions")
    parser.add_argument("system")
    parser.add_argument("cache", type=Path)
    parser.add_argument("--keys", nargs="*", default=[])
    parser.add_argument("--show", nargs="*", default=[])
    parser.add_argument("--field")
    parser.add_argument("--giver", default="near")
    parser.add_argument("--confirm", nargs=4, help="GOLD OCCASIONS SYSTEM CACHE_DIR of the confirming slice")
    parser.add_argument("--depth", type=int, default=2)
    args = parser.parse_args()
    if args.confirm:
        tune = [r for r in fills(args.gold, args.occasions, args.system, args.cache) if r.giver == args.giver]
        gold, occ, system, cache = args.confirm
        confirm = [r for r in fills(gold, occ, system, Path(cache)) if r.giver == args.giver]
        search(tune, confirm, args.depth)
        return
    rows = [r for r in fills(args.gold, args.occasions, args.system, args.cache) if r.giver == args.giver]
    if args.field:
        rows = [r for r in rows if r.field == args.field]
    if args.show:
        wanted = dict(s.split("=", 1) for s in args.show)
        for r in rows:
            if all(r.features[k] == v for k, v in wanted.items()):
                print(r.outcome, r.article, r.field, r.text)
        return
    keysets = [k.split(",") for k in args.keys] or [[k] for k in rows[0].features]
    for fld in FIELDS:
        print(fld)
        for keys in keysets:
            print("  ", ",".join(keys))
            table([r for r in rows if r.field == fld], keys)


if __name__ == "__main__":
    main()

"""What separates another speaker's occasion that holds for the next speaker from one that does not (sharedscenes).

Usage: separators.py GOLD_SLICE OCCASIONS SYSTEM_OUTPUT [FEATURE ...] [--cross=FEATURE] [--show=OUTCOME,...]
[--pairs]

Per paired statement and field the system leaves null, whose latest earlier holder of a value in that field is
another speaker's statement (the "previous occasion"), the outcome carrying that value would have: "gain" (the gold
gives the same phrase, as the scorer counts it), "ff" (the gold gives null: a false fill), "other" (the gold gives
another phrase). Counted per value of each textual feature read off the system output (``_features``), with the
articles each outcome falls in, so a separator can be read before it is built. ``--cross=F`` splits every row by
feature F; ``--show=gain,ff`` prints each such case within two paragraphs (its setter's sentence and its own);
``--pairs`` lists every cell of three features crossed that gains at least twice its false fills in at least
``MIN_ARTICLES`` articles (the brief's bar for a rule worth building).

Findings on train-d, cache17 output of main 80fba52c (values, gain / false fill, articles of the gains): every such
case channel 144 / 2,518 (60 articles), addressee 98 / 2,156, time 174 / 2,480; no textual feature the brief named
separates them: "also" in the sentence channel 6 / 118, "both" 6 / 45, the previous occasion's head noun named again
in the sentence 14 / 91, a reply verb 4 / 57, the simple past 90 / 1,617, a quote 46 / 495, a newcomer (the speaker's
first statement) 72 / 1,489, the same paragraph 30 / 124, the next paragraph with nothing between 33 / 314; by the
occasion's head noun, debate 22 / 91 (3 articles), interview 3 / 129, statement 4 / 102, conference 6 / 41, call 0 /
24, speech 2 / 59, rally 2 / 34, convention 1 / 39; the head noun inside the speaker's own description ("the deputy
head of China's delegation to the forum") 6 / 22. Of all cells of three features crossed, only one gains twice its
false fills with 8 values or more: a pronoun source ("he said", "It accused") in the same or next paragraph with
nothing between, the verb in the past, channel 10 / 4-5 in 9 articles; read one by one, those are mostly the
pronoun given to another entity than the setter's person (coreference), not a second person at a shared scene.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from paired_runs import FIELDS, PairedArticle, field_text, holds, paired_runs, statement_start

# the brief's bar for a separator worth building: gains in this many articles, at least twice the false fills
MIN_ARTICLES = 6
MIN_GAINS = 8
GAIN_TO_FALSE_FILL = 2
# paragraphs within which ``--show`` prints a case (farther ones are mostly one article's series of interviews)
SHOWN_GAP = 2
# the buckets of counts (paragraphs, statements between) above which cases are counted together
TOP_GAP = 4
TOP_BETWEEN = 2
# a source that is one personal pronoun: whom it names is the coreference's reading, not the text's
PRONOUNS = frozenset({"he", "she", "it", "they", "i", "we"})
# verbs of answering another speaker: a reply is made to someone, perhaps on their occasion
_REPLY = re.compile(r"\b(respond|repl|answer|counter|fir(ed|ing) back|rebut)")


def _speaker(attr: dict[str, Any]) -> str | None:
    return (attr.get("speaker") or {}).get("entity")


def _sentence(text: str, at: int) -> str:
    """The sentence around ``at``, as near as a full stop and a line break tell it."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    return text[start : min(ends) if ends else len(text)]


def _source(attr: dict[str, Any]) -> str:
    return str((attr.get("source") or {}).get("text") or "").lower()


def _mentioned(article: PairedArticle, entities: list[dict[str, Any]], entity: str | None, sentence: str) -> bool:
    """Whether ``sentence`` names ``entity`` by a mention longer than a pronoun."""
    mentions = (m["text"].lower() for e in entities if e["id"] == entity for m in e["mentions"])
    return any(len(m) > 3 and m in sentence for m in mentions)


def _tense(cue: str) -> str:
    if cue.endswith("ed") or cue in {"said", "told", "wrote"}:
        return "past"
    return "present" if cue.endswith("s") else "other"


def _features(
    article: PairedArticle, entities: list[dict[str, Any]], order: list[int], n: int, j: int, f: str
) -> dict[str, str]:
    """The textual features of the ``n``-th statement in ``order`` and of ``j``, the previous occasion's holder."""
    attrs, at = article.attrs, statement_start
    a, s = attrs[order[n]], attrs[j]
    gap = article.paragraph(at(a)) - article.paragraph(at(s))
    spk = _speaker(a)
    between = [k for k in order[:n] if at(attrs[k]) > at(s)]
    own_between = [k for k in between if _speaker(attrs[k]) == spk]
    others_between = [k for k in between if _speaker(attrs[k]) not in (spk, _speaker(s))]
    value = field_text(s, f) or ""
    head = value.split()[-1].lower() if value else "-"
    cue = a.get("cue") or {}
    sentence = _sentence(article.text, at(a)).lower()
    source = _source(a)
    named = len(head) > 3  # a head noun, not "a", "the" or a clipped word
    near = gap <= 1 and not between
    names = [set(((x.get("speaker") or {}).get("name") or "").split()) for x in (a, s)]
    return {
        "gap": str(min(gap, TOP_GAP)),
        "own_between": str(min(len(own_between), TOP_BETWEEN)),
        "others_between": str(min(len(others_between), TOP_BETWEEN)),
        "newcomer": str(not any(_speaker(attrs[k]) == spk for k in order[:n])),
        "head": head,
        "cue": cue.get("lemma") or "-",
        "tense": _tense(str(cue.get("text") or "").lower()),
        "kind": a.get("kind") or "-",
        "setter_kind": s.get("kind") or "-",
        "also": str(bool(re.search(r"\balso\b", sentence))),
        "both": str(bool(re.search(r"\bboth\b", sentence))),
        "named_again": str(named and head in sentence),
        "named_in_source": str(named and head in source),
        "spk_type": (a.get("speaker") or {}).get("type") or "-",
        "setter_spk_type": (s.get("speaker") or {}).get("type") or "-",
        "setter_mentioned": str(_mentioned(article, entities, _speaker(s), sentence)),
        "reply": str(bool(_REPLY.search(sentence))),
        "quote_in": str('"' in str((a.get("content") or {}).get("text") or "") or "\u201c" in sentence),
        "namesake": str(bool(names[0] & names[1])),
        "source_word": source if len(source.split()) == 1 else "many",
        "near": str(near),
        "near_pronoun": str(near and source in PRONOUNS),
    }


def _cases(gold_path: str, occ_path: str, sys_path: str) -> list[dict[str, str]]:
    """Every case: its field, outcome, article, value, sentences and features."""
    entities = {
        row["id"]: row.get("entities") or [] for row in map(json.loads, Path(sys_path).read_text().splitlines())
    }
    cases: list[dict[str, str]] = []
    for article in paired_runs(gold_path, occ_path, sys_path):
        attrs, at = article.attrs, statement_start
        order = sorted(range(len(attrs)), key=lambda i: at(attrs[i]))
        for n, i in enumerate(order):
            a = attrs[i]
            if i not in article.pairs or _speaker(a) is None:
                continue
            for f in FIELDS:
                holders = [k for k in order[:n] if field_text(attrs[k], f)]
                if field_text(a, f) or not holders or _speaker(attrs[holders[-1]]) == _speaker(a):
                    continue
                j = holders[-1]
                gold = (article.pairs[i] or {}).get(f)
                outcome = "ff" if not gold else "gain" if holds(attrs[j], f, gold["text"]) else "other"
                feats = _features(article, entities[article.gold["id"]], order, n, j, f)
                cases.append(
                    {
                        "field": f,
                        "outcome": outcome,
                        "article": article.gold["id"],
                        "value": field_text(attrs[j], f) or "",
                        "set": _sentence(article.text, at(attrs[j])),
                        "at": _sentence(article.text, at(a)),
                        **feats,
                    }
                )
    return cases


_NOT_FEATURES = frozenset({"field", "outcome", "article", "value", "set", "at"})


def _table(cases: list[dict[str, str]], wanted: list[str], cross: str | None) -> None:
    counts: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    arts: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for case in cases:
        for name, value in case.items():
            if name in _NOT_FEATURES or name == cross or (wanted and name not in wanted):
                continue
            if cross is not None:
                name = f"{cross}={case[cross]}|{name}"
            counts[(case["field"], name, value)][case["outcome"]] += 1
            arts[(case["field"], name, value, case["outcome"])].add(case["article"])
    for (f, name, value), c in sorted(counts.items(), key=lambda x: (x[0][0], x[0][1], -x[1]["gain"])):
        ga, fa = len(arts[(f, name, value, "gain")]), len(arts[(f, name, value, "ff")])
        gain, ff, other = c["gain"], c["ff"], c["other"]
        print(
            f"{f:9} {name:28} {value[:22]:22} gain {gain:4d} ({ga:3d} art)  ff {ff:4d} ({fa:3d} art)  other {other:4d}"
        )


def _pairs(cases: list[dict[str, str]]) -> None:
    """Every cell of three features crossed that gains ``GAIN_TO_FALSE_FILL`` times its false fills or more."""
    features = [k for k in cases[0] if k not in _NOT_FEATURES and k not in {"head", "cue", "source_word"}]
    found = []
    for f in FIELDS:
        mine = [c for c in cases if c["field"] == f]
        for names in itertools.combinations(features, 3):
            cells: dict[tuple[str, ...], tuple[Counter[str], set[str]]] = defaultdict(lambda: (Counter(), set()))
            for case in mine:
                count, articles = cells[tuple(case[n] for n in names)]
                count[case["outcome"]] += 1
                if case["outcome"] == "gain":
                    articles.add(case["article"])
            for cell, (count, articles) in cells.items():
                if count["gain"] >= max(MIN_GAINS, GAIN_TO_FALSE_FILL * count["ff"]) and len(articles) >= MIN_ARTICLES:
                    found.append((len(articles), count["gain"], count["ff"], f, names, cell))
    for row in sorted(found, reverse=True):
        print(*row)


def main() -> None:
    gold_path, occ_path, sys_path = sys.argv[1:4]
    options = sys.argv[4:]
    wanted = [w for w in options if not w.startswith("--")]
    cross = next((o.split("=", 1)[1] for o in options if o.startswith("--cross=")), None)
    shown = next((set(o.split("=", 1)[1].split(",")) for o in options if o.startswith("--show=")), set())
    cases = _cases(gold_path, occ_path, sys_path)
    for case in cases:
        if case["outcome"] in shown and int(case["gap"]) <= SHOWN_GAP:
            print(
                f"#{case['outcome']} {case['field']} {case['article'][:40]} value={case['value']!r} gap={case['gap']}"
            )
            print("   SET", case["set"][:220].replace("\n", " "))
            print("   AT ", case["at"][:220].replace("\n", " "))
    if "--pairs" in options:
        _pairs(cases)
    else:
        _table(cases, wanted, cross)


if __name__ == "__main__":
    main()

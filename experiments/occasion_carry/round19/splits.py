"""Sub-classify carry15's "continuation / not linked: another entity" row: this statement's speaker entity against
the entity of the annotated origin, the nearest earlier annotated statement that STATES the phrase (not one that
carries it on in turn; the nearest holding it when none states it).

    python experiments/occasion_carry/round19/splits.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl \
        [--field FIELD] [--show KIND|all]

Kinds: ``origin this entity, ...`` (no split: the origin is already under this statement's entity; its annotated
value stated or carried, the system's there null, stated or carried), ``origin not found`` (the system has no
statement paired with the origin), ``origin has no speaker``, and by the two entities' names (first that fits):
``pronoun left alone`` (either entity is a bare pronoun, "I" or "he", linked to nobody), ``same name split``,
``surname vs full name`` (the names share their last word: a namesake, or a description's head noun),
``group vs member`` (one is no PERSON), ``description`` (a name that begins lower case or with a determiner), and
``another person`` (by the names, somebody else: the value is another's scene, or a split the names do not show).
Each row also names the system's nearest holder of the phrase (``holder``): the statement whose entity holds it.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round15"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "occasion_stated"))

from classify import _Article, _holds, articles
from paired import run_parser

from quotegraph.evaluation.occasion import shares_content

PRONOUNS = frozenset(["he", "she", "they", "we", "i", "it", "his", "her", "their", "its", "him", "them"])
DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those"])


def _entity(article: _Article, index: int) -> dict[str, Any]:
    speaker = article.system[article.pairs[index]].get("speaker") or {}
    return {"entity": speaker.get("entity"), "name": speaker.get("name"), "type": speaker.get("type")}


def _kind(mine: dict[str, Any], theirs: dict[str, Any]) -> str:
    names = [(e.get("name") or "").split() for e in (mine, theirs)]
    if not names[1]:
        return "origin has no speaker"
    if any(len(n) == 1 and n[0].lower() in PRONOUNS for n in names):
        return "pronoun left alone"
    if names[0] == names[1]:
        return "same name split"
    if names[0][-1].lower() == names[1][-1].lower():
        return "surname vs full name"
    if "PERSON" not in (mine.get("type"), theirs.get("type")) or mine.get("type") != theirs.get("type"):
        return "group vs member"
    if any(n[0].lower() in DETERMINERS or n[0].islower() for n in names):
        return "description"
    return "another person"


def rows(gold: Path, occasions: Path, system: Path) -> list[dict[str, Any]]:
    found = []
    for article in articles(gold, occasions, system):
        for rank, index in enumerate(article.order):
            earlier = article.order[:rank]
            for name in ("channel", "addressee", "time"):
                row = article.row(index, name, earlier)
                if row is None or row["cause"] != "not linked: another entity" or row["origin"] != "continuation":
                    continue
                holders = [
                    g
                    for g in earlier
                    if g in article.pairs and _holds(article.system[article.pairs[g]], name, row["want"])
                ]
                origins = [
                    g
                    for g in earlier
                    if shares_content(((article.fields(g) or {}).get(name) or {}).get("text"), row["want"])
                ]
                # the statement that states the phrase, not one that carries it on in turn
                stated_origins = [g for g in origins if not (article.fields(g) or {})[name].get("carried")]
                origin = (stated_origins or origins)[-1]
                row["speaker"], row["holder"] = _entity(article, index), _entity(article, holders[-1])
                row["holder_source"] = article.source(holders[-1])
                row["origin_source"] = article.source(origin)
                if article.same_entity(origin, index):
                    stated = "carried" if (article.fields(origin) or {})[name].get("carried") else "stated"
                    value = article.system[article.pairs[origin]].get(name)
                    got = "null" if value is None else "carried" if value.get("carried") else "stated"
                    row["kind"] = f"origin this entity, {stated}, system {got}"
                else:
                    row["origin_speaker"] = _entity(article, origin) if origin in article.pairs else None
                    row["kind"] = (
                        "origin not found"
                        if row["origin_speaker"] is None
                        else _kind(row["speaker"], row["origin_speaker"])
                    )
                found.append(row)
    return found


def main() -> None:
    parser = run_parser()
    parser.add_argument("--show", help="a kind whose pairs to list, one JSON line each")
    args = parser.parse_args()
    found = [r for r in rows(args.gold, args.occasions, args.system) if args.field in (None, r["field"])]
    table = Counter((r["kind"], r["field"]) for r in found)
    for kind in sorted({k for k, _ in table}):
        print(
            f"{kind:22} channel / addressee / time: "
            + " / ".join(str(table[(kind, f)]) for f in ("channel", "addressee", "time"))
        )
    for r in found:
        if args.show in (r["kind"], "all"):
            print(
                json.dumps(
                    {
                        k: r.get(k)
                        for k in (
                            "article",
                            "field",
                            "kind",
                            "want",
                            "source",
                            "speaker",
                            "origin_source",
                            "origin_speaker",
                            "holder_source",
                            "holder",
                            "content",
                        )
                    },
                    ensure_ascii=False,
                )
            )


if __name__ == "__main__":
    main()

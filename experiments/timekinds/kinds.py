"""Time false fills and right times by the statement's kind: its type (statement / thought / finding, the system's
and, where ``data/types/train.jsonl`` has one, the annotators'), its kind (direct / indirect / mixed), its cue's lemma,
tense and aspect ("has said", "says", "said", "would say"), where it stands (the headline, the first paragraph) and
the step that wrote the time (``experiments/timefalsefill/provenance.py``'s rule).

    python experiments/timekinds/kinds.py GOLD.jsonl OCCASIONS.jsonl SYS.jsonl CACHE_DIR [--by type,aspect] \
        [--show COLUMN=VALUE ...] [--tsv OUT.tsv]

SYS.jsonl is a ``provenance.py`` output of the same slice and CACHE_DIR its cached parses (the cue's verb is read
there). Tuning slices only (train-d, train-a, train-f): false fills are read here, so never point it at a check slice.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc, DocBin, Token

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "time_false"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))
from paired import run_parser
from table import rows_of, write_tsv

from quotegraph.evaluation.metrics import overlap_matches

OUTCOMES = ("right", "false fill", "wrong")
_MODALS = {"will", "would", "can", "could", "should", "must", "may", "might", "shall", "'ll", "'d"}
_TYPES = Path(__file__).resolve().parents[2] / "data" / "types" / "train.jsonl"


def aspect(verb: Token | None) -> str:
    """The cue verb's tense and aspect, read off its tag and auxiliaries: "perfect" (has said), "past perfect" (had
    said), "modal" (would say, will say, could say), "progressive" (is saying, was saying), "present" (says), "past"
    (said), "participle" (saying, according, told without an auxiliary), "noun" (a cue that is no verb)."""
    if verb is None:
        return "none"
    if verb.pos_ not in ("VERB", "AUX"):
        return "noun" if verb.pos_ in ("NOUN", "PROPN") else verb.pos_.lower()
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _MODALS or a.tag_ == "MD" for a in auxes):
        return "modal"
    have = [a for a in auxes if a.lemma_ == "have"]
    if have and verb.tag_ == "VBN":
        return "past perfect" if any(a.tag_ == "VBD" for a in have) else "perfect"
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
        return "progressive"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VBD":
        return "past"
    return "participle"


def _cue_verb(doc: Doc, attribution: Any) -> Token | None:
    cue = attribution.get("cue")
    if not cue or not cue.get("spans"):
        return None
    start, end = cue["spans"][0]
    tokens = [t for t in doc if start <= t.idx < end]
    if not tokens:
        return None
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
    return verbs[0] if verbs else tokens[0]


def annotated_types() -> dict[tuple[str, str], str]:
    rows = [json.loads(line) for line in _TYPES.read_text().splitlines() if line.strip()]
    return {(str(r["article"]), str(r["attribution"])): r["type"] for r in rows}


def rows_with_kinds(gold: Path, occasions: Path, system: Path, cache: Path) -> list[dict[str, Any]]:
    """``table.rows_of``'s rows with the statement's type, kind, cue lemma and aspect, and its paragraph."""
    rows = rows_of(gold, occasions, system, {})
    golds = [json.loads(line) for line in gold.read_text().splitlines() if line.strip()]
    docs = list(DocBin().from_disk(cache / "docs.spacy").get_docs(spacy.blank("en").vocab))
    doc_of = {str(g["id"]): d for g, d in zip(golds, docs, strict=True)}
    sys_rows = {}
    for line in system.read_text().splitlines():
        row = json.loads(line)
        sys_rows[str(row["id"])] = row
    typed = annotated_types()
    by_key: dict[tuple[str, str], Any] = {}
    for g in golds:
        attrs = sys_rows.get(str(g["id"]), {}).get("attributions") or []
        for gi, pi in overlap_matches(g["text"], g["attributions"], attrs):
            by_key[(str(g["id"]), str(g["attributions"][gi].get("id")))] = attrs[pi]
    for r in rows:
        a = by_key[(r["article"], r["attribution"])]
        doc = doc_of[r["article"]]
        verb = _cue_verb(doc, a)
        r["type"] = a.get("type", "")
        r["gold type"] = typed.get((r["article"], r["attribution"]), "-")
        r["lemma"] = ((a.get("cue") or {}).get("lemma") or "-").lower()
        r["aspect"] = aspect(verb)
        r["cue"] = (a.get("cue") or {}).get("text", "")
        spans = [s[0] for part in ("cue", "content") if a.get(part) for s in a[part]["spans"]]
        start = min(spans) if spans else 0
        r["first par"] = "headline" if "\n" not in doc.text[:start].strip() else "body"
        r["writer/aspect"] = f"{r['writer']}/{r['aspect']}"
    return rows


def main() -> None:
    parser = run_parser()  # GOLD OCCASIONS SYSTEM (its --field is not read: time only)
    parser.add_argument("cache", type=Path)
    parser.add_argument("--by", default="type")
    parser.add_argument("--show", action="append", default=[], help="COLUMN=VALUE: list the rows that match")
    parser.add_argument("--all", action="store_true", help="with --show, right and wrong rows too")
    parser.add_argument("--tsv", type=Path)
    args = parser.parse_args()
    rows = rows_with_kinds(args.gold, args.occasions, args.system, args.cache)
    by = args.by.split(",")
    counts: dict[tuple[str, ...], collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for r in rows:
        counts[tuple(str(r[b]) for b in by)][r["outcome"]] += 1
    print(" / ".join(by), *OUTCOMES, sep="\t")
    for key, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        print(" / ".join(key), *(c[o] for o in OUTCOMES), sep="\t")
    if args.tsv:
        write_tsv(args.tsv, rows)
    wanted = [s.split("=", 1) for s in args.show]
    for r in rows:
        if wanted and all(str(r[k]) == v for k, v in wanted) and (args.all or r["outcome"] == "false fill"):
            print(f"\n[{r['outcome']}] {r['article']} {r['attribution']} {r['rule']} type={r['type']} "
                  f"aspect={r['aspect']} cue={r['cue']!r} where={r['where']}\n  phrase: {r['phrase']!r} "
                  f"annotated: {r['annotated']!r}\n  sentence: {r['sentence'][:300]}\n"
                  f"  statement: {r['statement']}")  # fmt: skip


if __name__ == "__main__":
    main()

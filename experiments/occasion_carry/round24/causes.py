"""Train-d's annotated carried values the system leaves null or gives another phrase, sorted by cause (carriedmiss).

Usage: causes.py GOLD_SLICE OCCASIONS SYSTEM_OUTPUT [-v CAUSE]

Per paired statement and field whose annotated value is carried and which the system does not hold (the scorer's
measure: channel and addressee may hold each other's value), the first cause that fits:

- "after": the annotated phrase stands after the statement;
- "setter never read": no earlier system statement holds the phrase; split by whether the gold states it on a
  statement the system paired (a stated miss there), on one the system did not find, or on none (a narrated setting);
- "other speaker's occasion": the latest earlier holder is another system speaker's ("namesake" when the two names
  share a word: one person split in two; "nospk" when either has none), by paragraph gap and how many of this
  speaker's own statements stand between;
- "own cut off by others quoted inside the occasion": the holder is the speaker's own and every other speaker's
  statement between is one the gold gives the same value (inside that occasion);
- "replaced" / "broken earlier": the speaker's own latest statement between held another value / none;
- "own dropped here": the speaker's own latest statement holds it and this one lost it, by paragraph gap, other
  speakers between, and which fields this statement states itself.

``-v CAUSE`` prints each miss whose key holds CAUSE (where the phrase was set, and the statement) and writes the
articles and misses to /tmp/carriedmiss/ for ``trace.py``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from paired_runs import FIELDS, PairedArticle, field_text, holds, paired_runs, statement_start
from spacy.tokens import Doc, Span

from quotegraph.evaluation.occasion import Occasions, read_occasions

OUT = Path("/tmp/carriedmiss")


def _same_span(fields: dict[str, Any] | None, annotated: dict[str, Any]) -> bool:
    """Whether an annotated statement states ``annotated``'s phrase itself (not carried) in some field."""
    for g in FIELDS:
        v = (fields or {}).get(g)
        if v and not v.get("carried") and v["span"] == annotated["span"]:
            return True
    return False


def _setter(article: PairedArticle, occasions: dict[str, Any], annotated: dict[str, Any]) -> str:
    if any(_same_span(fields, annotated) for fields in article.pairs.values()):
        return "stated on a paired statement, system missed it"
    if any(_same_span(fields, annotated) for fields in occasions.get(article.gold["id"], {}).values()):
        return "stated on a statement the system did not find"
    return "no statement states it (a narrated setting)"


def _speaker(attr: dict[str, Any]) -> tuple[str | None, str]:
    who = attr.get("speaker") or {}
    return who.get("entity"), who.get("name") or ""


def _cause(article: PairedArticle, occasions: dict[str, Any], pi: int, f: str, annotated: dict[str, Any]) -> str:
    attrs, at = article.attrs, statement_start
    a = attrs[pi]
    if annotated["span"][0] > at(a):
        return "after"
    before = sorted((i for i in range(len(attrs)) if at(attrs[i]) < at(a)), key=lambda i: at(attrs[i]))
    setters = [i for i in before if holds(attrs[i], f, annotated["text"])]
    if not setters:
        return "setter never read: " + _setter(article, occasions, annotated)
    s = setters[-1]
    spk, mine = _speaker(a)
    sspk, theirs = _speaker(attrs[s])
    between = [i for i in before if at(attrs[i]) > at(attrs[s])]
    others = [i for i in between if _speaker(attrs[i])[0] != spk]
    own = [i for i in between if _speaker(attrs[i])[0] == spk]
    gap = article.paragraph(at(a)) - article.paragraph(at(attrs[s]))
    gaps = str(gap) if gap <= 2 else "3+"
    if sspk != spk:
        rel = "nospk" if not mine or not theirs else "namesake" if set(mine.split()) & set(theirs.split()) else "other"
        return f"other speaker's ({rel}) occasion gap={gaps} mine-between={min(len(own), 2)}"
    inside = [i for i in others if ((article.pairs.get(i) or {}).get(f) or {}).get("span") == annotated["span"]]
    if others and len(inside) == len(others):
        return f"own cut off by others quoted inside the occasion (n={min(len(others), 3)})"
    if own and not holds(attrs[own[-1]], f, annotated["text"]):
        kind = "replaced" if field_text(attrs[own[-1]], f) else "broken earlier"
        return f"{kind} others-between={min(len(others), 2)}"
    states = "+".join(g[:2] for g in FIELDS if field_text(a, g) and not (a.get(g) or {}).get("carried"))
    return f"own dropped here gap={gaps} others-between={min(len(others), 2)} states={states or '-'}"


def coarse(cause: str) -> str:
    """The table's row for a cause: near (a paragraph or less, nothing between) against the rest."""
    near_other = "gap=0 " in cause or "gap=1 " in cause
    if cause.startswith("other speaker's"):
        rel = cause.split("(")[1].split(")")[0]
        near = near_other and "mine-between=0" in cause
        return f"other speaker's occasion ({rel}), {'near' if near else 'far or own between'}"
    if cause.startswith("own dropped"):
        near = near_other and "others-between=0" in cause
        return f"own occasion dropped at a continuation, {'near' if near else 'far or others between'}"
    if cause.startswith(("replaced", "broken")):
        return cause.split(" others")[0] + " (at an own statement between)"
    return cause.split(" (n=")[0]


def carried_misses(article: PairedArticle) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """Each paired statement's annotated carried value the system does not hold: its index, field and annotation."""
    for pi, fields in article.pairs.items():
        for f in FIELDS:
            annotated = fields.get(f)
            if annotated and annotated.get("carried") and not holds(article.attrs[pi], f, annotated["text"]):
                yield pi, f, annotated


def narrated_misses(
    article: PairedArticle, occasions: Occasions, doc: Doc
) -> Iterator[tuple[int, str, dict[str, Any], Span]]:
    """Each annotated carried value the system misses whose cause is a narrated setting: its statement's index, field,
    annotation and the annotated phrase in ``doc`` (round27 ``settings_forms.py``, round28 ``sentence_scenes.py``)."""
    for pi, f, ann in carried_misses(article):
        if "narrated setting" in _cause(article, occasions, pi, f, ann):
            span = doc.char_span(ann["span"][0], ann["span"][1], alignment_mode="expand")
            if span is not None:
                yield pi, f, ann, span


def cues_by_sentence(article: PairedArticle, doc: Doc) -> dict[int, list[tuple[Span, dict[str, Any]]]]:
    """The system statements' cues by the start of the sentence they are in, each with its attribution."""
    found: dict[int, list[tuple[Span, dict[str, Any]]]] = defaultdict(list)
    for a in article.attrs:
        for start, end in (a.get("cue") or {}).get("spans") or []:
            cue = doc.char_span(start, end, alignment_mode="expand")
            found[cue.sent.start].append((cue, a))
    return found


def main() -> None:
    gold_path, occ_path, sys_path = sys.argv[1:4]
    show = sys.argv[sys.argv.index("-v") + 1] if "-v" in sys.argv else None
    occasions = read_occasions(Path(occ_path))
    counts: Counter[str] = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    shown: list[tuple[str, int, str, str, str | None, str]] = []
    for article in paired_runs(gold_path, occ_path, sys_path):
        text = article.text
        for pi, f, annotated in carried_misses(article):
            a = article.attrs[pi]
            got = "other" if field_text(a, f) else "null"
            key = f"{f} sys-{got}: {_cause(article, occasions, pi, f, annotated)}"
            counts[key] += 1
            articles[key].add(article.gold["id"])
            if show and show in key:
                start, set_at = statement_start(a), annotated["span"][0]
                cue = (a.get("cue") or {}).get("lemma")
                shown.append((article.gold["id"], start, f, annotated["text"], cue, key))
                want, have = annotated["text"], field_text(a, f)
                print(f"--- {key} | {article.gold['id'][:50]} cue={cue} want={want!r} got={have!r}")
                print("  SET", repr(text[max(0, set_at - 150) : set_at + 100]))
                print("  AT ", repr(text[max(0, start - 120) : start + 80]))
    if show:
        OUT.mkdir(exist_ok=True)
        (OUT / "ids.txt").write_text("\n".join(sorted({s[0] for s in shown})))
        (OUT / "rows.json").write_text(json.dumps(shown))
    for key, n in sorted(counts.items(), key=lambda x: (x[0].split()[0], -x[1])):
        print(f"{n:4d} {len(articles[key]):4d}  {key}")
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    row_articles: dict[str, set[str]] = defaultdict(set)
    for key, n in counts.items():
        field, cause = key.split(" ", 1)[0], coarse(key.split(": ", 1)[1])
        rows[cause][field] += n
        row_articles[cause] |= articles[key]
    print("\nvalues  channel addressee time  articles  cause")
    for cause, c in sorted(rows.items(), key=lambda x: -x[1].total()):
        fields = f"{c['channel']:7d} {c['addressee']:9d} {c['time']:4d}"
        print(f"{c.total():6d}  {fields}  {len(row_articles[cause]):8d}  {cause}")


if __name__ == "__main__":
    main()

"""Why carried fields go wrong: every carried-field error of a recorded run, classified and counted.

Statements are paired as the occasion scorer pairs them (``evaluation.occasion.paired_annotations``). Per
paired statement and field:

(a) annotated carried, system null: is the annotated phrase one the system read anywhere (a statement's own
    field or a scene setting: the same span, or the same words elsewhere)? Where: set by the same speaker or
    another, how many paragraphs back (or after), how many other speakers spoke in between; and what the
    statement is (it states another field itself, a held view, no speaker).
(b) system carried a different phrase (annotated carried or stated): where the system's phrase came from
    (the same speaker's, another speaker's, a setting) and whether the annotated one is older or newer.
(c) annotated null, system carried (a false fill): who set the carried phrase, how far back, speakers in
    between, the statement in the title or lede, a held view, the annotator's note.

Run inside the harness (``harness.py --serve``): ``analyse.report(rec)`` after ``rec.rerun()``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from quotegraph.evaluation.occasion import paired_annotations, shares_content

FIELDS = ("channel", "addressee", "time")


@dataclass(frozen=True)
class Phrase:
    """A phrase the system read as some field of an occasion: a statement's own, or a setting's."""

    start: int
    end: int
    text: str
    field: str
    paragraph: int
    position: int
    people: frozenset[int]
    kind: str  # "statement", "setting", "used", "fieldwork"


def _span(value: Any) -> Any:
    return value.span if hasattr(value, "date") else value


def phrases(text: str, statements: list[Any], settings: list[Any]) -> list[Phrase]:
    found = []
    for s in statements:
        for f in FIELDS:
            v = getattr(s.stated, f)
            if v is not None:
                sp = _span(v)
                people = frozenset() if s.speaker is None else frozenset({s.speaker})
                found.append(
                    Phrase(sp.start_char, sp.end_char, text[sp.start_char : sp.end_char], f, s.paragraph, s.position,
                           people, "statement")
                )  # fmt: skip
    for s in settings:
        kind = "fieldwork" if s.fieldwork else "used" if s.used else "setting"
        for f in FIELDS:
            v = getattr(s.stated, f)
            if v is not None:
                sp = _span(v)
                found.append(
                    Phrase(sp.start_char, sp.end_char, text[sp.start_char : sp.end_char], f, s.paragraph, s.position,
                           frozenset(s.participants), kind)
                )  # fmt: skip
    return sorted(found, key=lambda p: p.start)


def _bucket(n: int) -> str:
    if n < 0:
        return "after"
    return str(n) if n <= 2 else "3-5" if n <= 5 else "6+"


def _speakers_between(statements: list[Any], start: int, end: int, me: int | None) -> int:
    """Distinct speakers other than ``me`` of statements between two positions."""
    lo, hi = min(start, end), max(start, end)
    return len({s.speaker for s in statements if lo < s.position < hi and s.speaker is not None and s.speaker != me})


def _same(me: int | None, people: frozenset[int]) -> str:
    if me is None:
        return "no-speaker"
    if not people:
        return "nobody"
    return "same" if me in people else "other"


def _find(
    phrases_: list[Phrase], start: int, end: int, words: str, fields: tuple[str, ...]
) -> tuple[str, Phrase | None]:
    spans = [p for p in phrases_ if p.start < end and start < p.end]
    if spans:
        return "span", spans[0]
    similar = [p for p in phrases_ if shares_content(p.text, words)]
    if similar:
        return "words", min(similar, key=lambda p: abs(p.start - start))
    return "unseen", None


def _where(p: Phrase, s: Any, statements: list[Any]) -> str:
    back = s.paragraph - p.paragraph if p.position <= s.position else -1
    between = _speakers_between(statements, p.position, s.position, s.speaker)
    return f"{p.kind}/{_same(s.speaker, p.people)}/par {_bucket(back)}/others {min(between, 2)}"


def classify(
    rec: Any, examples: int = 0, field_filter: str | None = None, match: str | None = None
) -> dict[str, Counter[str]]:
    """Counters of the carried-field errors of ``rec`` (after ``rec.rerun()``); ``examples`` prints that many
    of each (a)/(b)/(c) case, train only."""
    counts: dict[str, Counter[str]] = {}
    shown: Counter[str] = Counter()
    rows = rec.system_rows()
    for k, (gold, row) in enumerate(zip(rec.gold, rows, strict=True)):
        text = gold["text"]
        statements, settings = rec.inputs[k]
        catalogue = phrases(text, statements, settings)
        paired = paired_annotations(gold, row["attributions"], rec.occasions)
        held = rec.helds[k]
        for pi, fields in paired.items():
            s = statements[pi]
            sysa = row["attributions"][pi]
            for f in FIELDS:
                if field_filter and f != field_filter:
                    continue
                ann, got = fields.get(f), sysa.get(f)
                others = (f,) if f == "time" else ("channel", "addressee")
                c = counts.setdefault(f, Counter())
                if ann is None:
                    if got is not None and got["carried"]:
                        if f != "time" and any(
                            fields.get(o) and shares_content(got["text"], fields[o]["text"]) for o in others
                        ):
                            continue
                        start, end = got["spans"][0]
                        how, p = _find(catalogue, start, end, got["text"], others)
                        why = _where(p, s, statements) if p is not None else "?"
                        flags = []
                        if s.paragraph <= 1:
                            flags.append("title/lede")
                        if not s.stated.empty:
                            flags.append("states-other")
                        note = fields.get("note") if isinstance(fields, dict) else None
                        key = f"c false fill: {why} {' '.join(flags)}"
                        c[key] += 1
                        c["c total"] += 1
                        if note:
                            c[f"c note: {note}"] += 1
                        if shown[f + "c"] < examples and (match is None or match in key):
                            shown[f + "c"] += 1
                            _show(text, s, f"(c) {f} ff {got['text']!r} [{why}] note={note}", p)
                    continue
                right = any(shares_content((sysa.get(o) or {}).get("text"), ann["text"]) for o in others)
                if right:
                    c[f"right {'carried' if ann.get('carried') else 'stated'}"] += 1
                    continue
                a_start, a_end = ann["span"]
                how, ap = _find(catalogue, a_start, a_end, ann["text"], others)
                a_where = (how + ":" + _where(ap, s, statements)) if ap is not None else "unseen"
                if not ann.get("carried"):
                    if got is not None and got["carried"]:
                        c["b' annotated stated, system carried another"] += 1
                    else:
                        c["stated miss (not ours)"] += 1
                    continue
                if got is None:
                    flags = []
                    if not s.stated.empty:
                        flags.append("states-other")
                    if s.held_view:
                        flags.append("held")
                    if s.speaker is None:
                        flags.append("no-speaker")
                    key = f"a null: {a_where} {' '.join(flags)}"
                    c[key] += 1
                    c["a total"] += 1
                    if shown[f + "a"] < examples and (match is None or match in key):
                        shown[f + "a"] += 1
                        _show(text, s, f"(a) {f} wanted {ann['text']!r} [{a_where}] {flags}", ap)
                    continue
                start, end = got["spans"][0]
                _, gp = _find(catalogue, start, end, got["text"], others)
                g_where = _where(gp, s, statements) if gp is not None else "?"
                order = "?"
                if ap is not None and gp is not None:
                    order = "annotated older" if ap.start < gp.start else "annotated newer"
                kind = "carried" if got["carried"] else "stated"
                key = f"b sys {kind}: sys {g_where}; {order}"
                c[key] += 1
                c["b total"] += 1
                if shown[f + "b"] < examples and (match is None or match in key):
                    shown[f + "b"] += 1
                    _show(
                        text, s, f"(b) {f} wanted {ann['text']!r} got {got['text']!r} [{g_where}; {order}; {a_where}]"
                    )
    del held
    return counts


def _show(text: str, s: Any, label: str, phrase: Phrase | None = None) -> None:
    lo = text.rfind("\n", 0, max(0, s.position - 1))
    around = text[max(lo, s.position - 300) : s.position + 150]
    print(f"--- {label} (par {s.paragraph}, speaker {s.speaker})\n    ...{around!r}")
    if phrase is not None:
        print(f"    set at par {phrase.paragraph}: ...{text[max(0, phrase.start - 150) : phrase.end + 100]!r}")


def report(
    rec: Any, examples: int = 0, top: int = 25, field_filter: str | None = None, match: str | None = None
) -> None:
    for f, c in classify(rec, examples, field_filter, match).items():
        print(f"== {f}: right carried {c['right carried']}, a {c['a total']}, b {c['b total']}, c {c['c total']}")
        for key, n in c.most_common(top):
            if "total" not in key and not key.startswith("right"):
                print(f"  {n:5d}  {key}")


def decisions(rec: Any, keys: Any) -> dict[str, Counter[str]]:
    """Every carried value the system gives a paired statement, its outcome (right, wrong: another value,
    ff: a false fill) counted under each feature ``keys(facts)`` gives; ``facts`` describes the decision."""
    table: dict[str, Counter[str]] = {}
    rows = rec.system_rows()
    for k, (gold, row) in enumerate(zip(rec.gold, rows, strict=True)):
        text = gold["text"]
        statements, settings = rec.inputs[k]
        catalogue = phrases(text, statements, settings)
        for pi, fields in paired_annotations(gold, row["attributions"], rec.occasions).items():
            s, sysa = statements[pi], row["attributions"][pi]
            for f in FIELDS:
                got = sysa.get(f)
                if got is None or not got["carried"]:
                    continue
                others = (f,) if f == "time" else ("channel", "addressee")
                ann = fields.get(f)
                if ann is None:
                    if f != "time" and any(
                        fields.get(o) and shares_content(got["text"], fields[o]["text"]) for o in others
                    ):
                        continue
                    outcome = "ff"
                else:
                    right = any(shares_content((sysa.get(o) or {}).get("text"), ann["text"]) for o in others)
                    outcome = "right" if right else "wrong"
                start, end = got["spans"][0]
                _, p = _find(catalogue, start, end, got["text"], others)
                facts = {
                    "field": f, "statement": s, "phrase": p, "row": sysa, "text": text, "statements": statements,
                    "held": rec.helds[k][pi],
                    "back": (s.paragraph - p.paragraph if p.position <= s.position else -1) if p else None,
                    "between": _speakers_between(statements, p.position, s.position, s.speaker) if p else None,
                    "same": _same(s.speaker, p.people) if p else "?", "kind": p.kind if p else "?",
                }  # fmt: skip
                for key in keys(facts):
                    table.setdefault(f"{f} {key}", Counter())[outcome] += 1
    return table


def show_decisions(table: dict[str, Counter[str]]) -> None:
    for key in sorted(table):
        c = table[key]
        print(f"  {key:60s} right {c['right']:4d}  wrong {c['wrong']:4d}  ff {c['ff']:4d}")


def left_null(rec: Any, fields: tuple[str, ...] = FIELDS) -> Any:
    """Every paired statement and field whose annotated value is carried while the system gives nothing (channel and
    addressee: neither field holds it): (article, statement index, statement, system row, field, annotated value)."""
    rows = rec.system_rows()
    for k, (gold, row) in enumerate(zip(rec.gold, rows, strict=True)):
        statements, _ = rec.inputs[k]
        for pi, annotated in paired_annotations(gold, row["attributions"], rec.occasions).items():
            sysa = row["attributions"][pi]
            for f in fields:
                ann = annotated.get(f)
                if ann is None or not ann.get("carried"):
                    continue
                if any(sysa.get(o) for o in ((f,) if f == "time" else ("channel", "addressee"))):
                    continue
                yield k, pi, statements[pi], sysa, f, ann

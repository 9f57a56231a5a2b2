"""Candidates for a carried field and their features (experiment: a learned carry decision, issue 9 item 3).

For a statement with no stated value of a field, the candidates are the phrases the system already read for that
field earlier in the article (a statement's own stated field, a scene setting) within ``REACH`` paragraphs, and the
value the current rules carry, if it is none of those. Each candidate gets a dictionary of named binary or small
numeric features; ``choose`` picks one or none from the model's scores.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotegraph.evaluation.occasion import read_occasions, score_occasions
from quotegraph.nlp.resolve.carrying import carried_channels, carried_times
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase

FIELDS = ("channel", "addressee", "time")
# Paragraphs back a candidate may be set (chosen by the reachable bound on train-d: see README)
REACH = 6
# Paragraphs after the statement a setting may be and still be a candidate (the rules carry a setting back a paragraph)
AFTER = 1


@dataclass
class Candidate:
    value: Any  # the Span or TimePhrase itself
    start: int
    end: int
    text: str
    paragraph: int
    position: int
    people: frozenset[int]
    kind: str  # statement, setting, used, fieldwork, rule
    index: int  # the statement's or setting's index (-1 for a rule value)


def _span(value: Any) -> Any:
    return value.span if isinstance(value, TimePhrase) else value


def catalogue(statements: list[Any], settings: list[Any], field: str) -> list[Candidate]:
    """Every phrase read as ``field`` in the article, in text order."""
    found = []
    for i, s in enumerate(statements):
        v = getattr(s.stated, field)
        if v is not None:
            sp = _span(v)
            people = frozenset() if s.speaker is None else frozenset({s.speaker})
            found.append(Candidate(v, sp.start_char, sp.end_char, sp.text, s.paragraph, s.position, people,
                                   "statement", i))  # fmt: skip
    for i, s in enumerate(settings):
        v = getattr(s.stated, field)
        if v is not None:
            sp = _span(v)
            kind = "fieldwork" if s.fieldwork else "used" if s.used else "setting"
            found.append(Candidate(v, sp.start_char, sp.end_char, sp.text, s.paragraph, s.position,
                                   frozenset(s.participants), kind, i))  # fmt: skip
    return sorted(found, key=lambda c: (c.position, c.start))


def candidates_for(
    s: Any, field: str, phrases: list[Candidate], rule_value: Any, reach: int = REACH, after: int = AFTER
) -> list[Candidate]:
    """The candidates of statement ``s`` for ``field``: earlier phrases within ``reach`` paragraphs, settings
    at most ``after`` paragraphs after it, and the rule's carried value; one per span, the latest kept."""
    chosen: dict[tuple[int, int], Candidate] = {}
    for c in phrases:
        if c.position < s.position:
            if s.paragraph - c.paragraph <= reach:
                chosen[(c.start, c.end)] = c
        elif c.position > s.position and c.kind != "statement" and c.paragraph - s.paragraph <= after:
            chosen.setdefault((c.start, c.end), c)
    if rule_value is not None:
        sp = _span(rule_value)
        key = (sp.start_char, sp.end_char)
        if key not in chosen:
            chosen[key] = Candidate(rule_value, sp.start_char, sp.end_char, sp.text, -1, -1, frozenset(), "rule", -1)
    return sorted(chosen.values(), key=lambda c: c.position)


def _bucket(n: int) -> str:
    if n < 0:
        return "after"
    return str(n) if n <= 3 else "4-5" if n <= 5 else "6+"


def _token_at(doc: Any, position: int) -> Any:
    """The token that starts at or holds the character ``position``."""
    lo, hi = 0, len(doc) - 1
    while lo < hi:  # the last token starting at or before ``position``
        mid = (lo + hi + 1) // 2
        if doc[mid].idx <= position:
            lo = mid
        else:
            hi = mid - 1
    return doc[lo] if len(doc) else None


def _grain(date: str | None) -> str:
    """How long a time's date is: none, a day, a month, a year, an interval."""
    if date is None:
        return "none"
    if "/" in date:
        return "interval"
    return {10: "day", 7: "month", 4: "year"}.get(len(date), "other")


def features(
    s: Any, si: int, field: str, cands: list[Candidate], statements: list[Any], rule_value: Any
) -> list[dict[str, float]]:
    """Named features of each candidate of statement ``s`` (index ``si``) for ``field``."""
    rule_key = None
    if rule_value is not None:
        sp = _span(rule_value)
        rule_key = (sp.start_char, sp.end_char)
    before = [c for c in cands if c.kind != "rule" and c.position < s.position]
    order = {id(c): r for r, c in enumerate(reversed(before))}
    mine = [c for c in before if s.speaker is not None and s.speaker in c.people]
    mine_order = {id(c): r for r, c in enumerate(reversed(mine))}
    # the statement's own facts
    base: dict[str, float] = {"bias": 1.0}
    base["st_paraphrase"] = float(s.paraphrase)
    base["st_held"] = float(s.held_view)
    base["st_polled"] = float(s.polled)
    base["st_replies"] = float(s.replies)
    base["st_asked"] = float(s.asked is not None and s.asked.stated)  # as stated, as this feature was learned
    base["st_states_other"] = float(not s.stated.empty)
    base["st_title_lede"] = float(s.paragraph <= 1)
    base["st_no_speaker"] = float(s.speaker is None)
    base["rule_null"] = float(rule_value is None)
    doc = _span(cands[0].value).doc if cands else None
    if doc is not None:
        cue = _token_at(doc, s.position)
        base["cue_" + ("none" if cue is None else cue.lemma_.lower() if cue.is_alpha else "punct")] = 1.0
    earlier_mine = [t for t in statements[:si] if s.speaker is not None and t.speaker == s.speaker]
    base["st_first_of_speaker"] = float(s.speaker is not None and not earlier_mine)
    base["st_since_mine_" + (_bucket(s.paragraph - earlier_mine[-1].paragraph) if earlier_mine else "none")] = 1.0
    base["st_mine_before_n"] = min(len(earlier_mine), 10) / 10
    base["st_par_" + _bucket(s.paragraph)] = 1.0
    base["n_cands_" + str(min(len(cands), 4))] = 1.0
    prev = statements[si - 1] if si > 0 else None
    base["st_prev_same_speaker"] = float(prev is not None and s.speaker is not None and prev.speaker == s.speaker)
    base["st_prev_same_par"] = float(prev is not None and prev.paragraph == s.paragraph)
    out = []
    for c in cands:
        f = dict(base)
        f["kind_" + c.kind] = 1.0
        is_rule = rule_key == (c.start, c.end)
        f["is_rule_value"] = float(is_rule)
        if c.kind == "rule":
            out.append(f)
            continue
        back = s.paragraph - c.paragraph if c.position < s.position else -1
        f["back_" + _bucket(back)] = 1.0
        f["back_n"] = min(max(back, 0), 10) / 10
        rank = order.get(id(c))
        f["rank_" + ("after" if rank is None else str(min(rank, 3)))] = 1.0
        if s.speaker is None:
            same = "nospeaker"
        elif not c.people:
            same = "nobody"
        else:
            same = "same" if s.speaker in c.people else "other"
        f["same_" + same] = 1.0
        f[f"same_{same}_back_{_bucket(back)}"] = 1.0
        f[f"kind_{c.kind}_same_{same}"] = 1.0
        mr = mine_order.get(id(c))
        f["mine_latest"] = float(mr == 0)
        f["mine_older"] = float(mr is not None and mr > 0)
        lo, hi = sorted((c.position, s.position))
        between = [t for t in statements if lo < t.position < hi]
        others = {t.speaker for t in between if t.speaker is not None and t.speaker != s.speaker}
        f["others_" + str(min(len(others), 2))] = 1.0
        f[f"others_{min(len(others), 2)}_same_{same}"] = 1.0
        f["stmts_between_n"] = min(len(between), 10) / 10
        f["from_prev_statement"] = float(c.kind == "statement" and c.index == si - 1)
        f["prev_speaker_in_people"] = float(prev is not None and prev.speaker is not None and prev.speaker in c.people)
        f[f"rule_{'same' if is_rule else 'other' if rule_value is not None else 'null'}_same_{same}"] = 1.0
        v = c.value
        if field == "time":
            assert isinstance(v, TimePhrase)
            f["t_dated"] = float(v.date is not None)
            f["t_moment"] = float(carried_times.momentary(v))
            f["t_period"] = float(carried_times.a_period(v))
            f["t_dated_back_" + _bucket(back)] = float(v.date is not None)
            f["t_grain_" + _grain(v.date)] = 1.0
            f["t_head_" + v.span.root.lemma_.lower()] = 1.0
        else:
            root = v.root
            f["c_scene"] = float(carried_channels.is_scene(v))
            f["c_plural"] = float(root.tag_ in ("NNS", "NNPS"))
            f["c_message"] = float(carried_channels.is_message(v))
            f["c_propn"] = float(root.pos_ == "PROPN")
            f["c_pron"] = float(root.pos_ == "PRON")
            f["c_poll"] = float(any(t.lemma_.lower() in carried_channels.POLL_NOUNS for t in v))
            f["c_scene_same_" + same] = f["c_scene"]
            f["c_message_back_" + _bucket(back)] = f["c_message"]
            f["c_head_" + root.lemma_.lower()] = 1.0
            f["c_dep_" + root.dep_] = 1.0
        out.append(f)
    return out


def scores_by_file(rec: Any, files: list[str]) -> dict[str, Any]:
    """The harness recording's occasion scores over all its annotation files and, given more than one, per file."""
    rows = rec.system_rows()
    out = {"all": rec.score()}
    if len(files) > 1:
        for path in files:
            out[path.rsplit("/", 1)[-1]] = score_occasions(rec.gold, rows, read_occasions(Path(path)))
    return out

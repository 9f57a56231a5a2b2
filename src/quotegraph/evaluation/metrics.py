"""Attribution scores with exactly the definitions of ``../shared/tools/score_attributions.py``.

Read that script's docstring for each definition; this is a typed reimplementation (the shared
script is outside the package), kept in agreement with it by ``tests/evaluation/test_metrics.py``.
Inputs are plain JSON-like rows: gold ``{"id", "text", "attributions"}``, system ``{"id",
"attributions"}``, each role a list of ``[start, end]`` fragments or an object whose ``spans`` holds it.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from quotegraph.errors import InputError

__all__ = [
    "KIND_GROUPS",
    "WORD",
    "Scorer",
    "norm_string",
    "overlap_matches",
    "score",
]

Frag = tuple[int, int]
WORD = re.compile(r"\w+")
QUOTE_MARK = re.compile(r"``|''|[“”«»„\"]")
EXTRA_TRIM = frozenset("`'´\"")
# Two contents match by overlap when their word sets share at least this share of their union
# (token Jaccard): the reference scorer's definition (b), kept equal to it.
MIN_OVERLAP_JACCARD = 0.5
PRONOUN_DET = frozenset(
    [
        "i",
        "we",
        "you",
        "he",
        "she",
        "it",
        "they",
        "me",
        "us",
        "him",
        "her",
        "them",
        "his",
        "its",
        "our",
        "their",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "the",
        "a",
        "an",
        "one",
        "some",
        "many",
        "most",
        "several",
        "other",
        "others",
        "another",
        "both",
        "all",
        "each",
        "few",
        "no",
        "none",
        "who",
        "which",
        "someone",
        "somebody",
        "everyone",
        "anyone",
        "nobody",
    ]
)
KIND_GROUPS: dict[str, tuple[str, ...]] = {
    "direct": ("direct",),
    "other": ("mixed", "indirect"),
    "mixed": ("mixed",),
    "indirect": ("indirect",),
}


def _is_trim(ch: str) -> bool:
    return ch.isspace() or ch in EXTRA_TRIM or unicodedata.category(ch).startswith("P")


def norm_string(raw: str) -> str:
    """Trims white space and punctuation at both ends, collapses spaces, case-folds."""
    start, end = 0, len(raw)
    while start < end and _is_trim(raw[start]):
        start += 1
    while end > start and _is_trim(raw[end - 1]):
        end -= 1
    return " ".join(raw[start:end].split()).casefold()


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _quoted_mask(text: str) -> bytearray:
    mask = bytearray(len(text))
    pos = 0
    for line in text.split("\n"):
        start: int | None = None
        for m in QUOTE_MARK.finditer(line):
            if start is None:
                start = m.start()
            else:
                mask[pos + start : pos + m.end()] = b"\1" * (m.end() - start)
                start = None
        if start is not None:
            mask[pos + start : pos + len(line)] = b"\1" * (len(line) - start)
        pos += len(line) + 1
    return mask


class GoldText:
    """A gold text with its word tokens and quoted regions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = [(m.start(), m.end()) for m in WORD.finditer(text)]
        self.token_starts = [s for s, _ in self.tokens]
        self.quoted = _quoted_mask(text)

    def check(self, frags: Iterable[Any], where: str) -> list[Frag]:
        out = []
        for frag in frags:
            if not (isinstance(frag, list | tuple) and len(frag) == 2):
                raise InputError(f"{where}: a fragment must be [start, end], got {frag!r}")
            s, e = int(frag[0]), int(frag[1])
            if not 0 <= s <= e <= len(self.text):
                raise InputError(f"{where}: fragment {frag!r} outside text of length {len(self.text)}")
            if s < e:
                out.append((s, e))
        return sorted(out)

    def trim(self, frags: Iterable[Frag], punct: bool = True) -> tuple[Frag, ...]:
        t = self.text
        strip = _is_trim if punct else str.isspace
        pieces = []
        for s, e in sorted(frags):
            while s < e and strip(t[s]):
                s += 1
            while e > s and strip(t[e - 1]):
                e -= 1
            if s < e:
                pieces.append([s, e])
        merged: list[list[int]] = []
        for s, e in pieces:
            if merged and (s <= merged[-1][1] or all(strip(c) for c in t[merged[-1][1] : s])):
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        return tuple((s, e) for s, e in merged)

    def token_set(self, frags: Iterable[Frag]) -> set[int]:
        out = set()
        for s, e in frags:
            i = max(bisect.bisect_right(self.token_starts, s) - 1, 0)
            while i < len(self.tokens) and self.tokens[i][0] < e:
                ts, te = self.tokens[i]
                if 2 * (min(e, te) - max(s, ts)) >= te - ts:
                    out.add(i)
                i += 1
        return out

    def chars(self, frags: Iterable[Frag]) -> set[int]:
        return {i for s, e in frags for i in range(s, e) if not self.text[i].isspace()}

    def norm_text(self, frags: Iterable[Frag]) -> str:
        return norm_string(" ".join(self.text[s:e] for s, e in self.trim(frags)))

    def kind(self, trimmed: Iterable[Frag]) -> str:
        inside = total = 0
        for s, e in trimmed:
            for i in range(s, e):
                if self.text[i].isalnum() or self.text[i] == "_":
                    total += 1
                    inside += self.quoted[i]
        if total and inside == total:
            return "direct"
        return "mixed" if inside else "indirect"

    def is_named(self, frags: Iterable[Frag]) -> bool:
        words = [self.text[s:e] for s, e in (self.tokens[i] for i in sorted(self.token_set(frags)))]
        return any(w[0].isupper() and not (n == 0 and w.casefold() in PRONOUN_DET) for n, w in enumerate(words))


def _role_frags(value: Any) -> list[Any]:
    if isinstance(value, Mapping):
        value = value.get("spans")
    if not value:
        return []
    if isinstance(value[0], int):
        return [value]
    return list(value)


class Item:
    """One attribution prepared for matching."""

    def __init__(self, gold: GoldText, attr: Any, where: str) -> None:
        get = attr.get if isinstance(attr, Mapping) else (lambda _key: None)
        roles = {role: gold.check(_role_frags(get(role)), f"{where} {role}") for role in ("content", "cue", "source")}
        self.content = gold.trim(roles["content"])
        self.tokens = gold.token_set(self.content)
        self.kind = gold.kind(self.content) if self.content else ""
        self.cue = gold.trim(roles["cue"], punct=False)
        self.source = gold.trim(roles["source"])
        speaker = get("speaker")
        if isinstance(speaker, Mapping):  # the {"entity", "name", "type"} form
            speaker = speaker.get("name")
        self.speaker = norm_string(str(speaker)) if speaker else ""


def greedy(pairs: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Highest score first, ties by gold then system order; each index used once."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def source_right(gold: GoldText, g: Item, p: Item) -> bool:
    if not g.source:
        return not p.source and not p.speaker
    gtok, ptok = gold.token_set(g.source), gold.token_set(p.source)
    if gtok and ptok:
        if gtok & ptok:
            return True
    elif gold.chars(g.source) & gold.chars(p.source):
        return True
    gold_text = gold.norm_text(g.source)
    if p.source and not gold.is_named(g.source) and gold.norm_text(p.source) == gold_text:
        return True
    return bool(p.speaker) and p.speaker == gold_text


def _overlap_pairs(gc: Sequence[Item], pc: Sequence[Item]) -> list[tuple[float, int, int]]:
    pairs = []
    for gi, g in enumerate(gc):
        for pi, p in enumerate(pc):
            inter = len(g.tokens & p.tokens)
            if inter:
                jaccard = inter / len(g.tokens | p.tokens)
                if jaccard >= MIN_OVERLAP_JACCARD:
                    pairs.append((jaccard, gi, pi))
    return pairs


def overlap_matches(text: str, gold_attrs: Sequence[Any], sys_attrs: Sequence[Any]) -> list[tuple[int, int]]:
    """(gold index, system index) of each content-overlap match the scores count, indices into the lists given."""
    gold = GoldText(text)
    golds = [(i, Item(gold, a, f"gold #{i}")) for i, a in enumerate(gold_attrs)]
    preds = [(i, Item(gold, a, f"system #{i}")) for i, a in enumerate(sys_attrs)]
    gc = [(i, g) for i, g in golds if g.content]
    pc = [(i, p) for i, p in preds if p.content]
    pairs = greedy(_overlap_pairs([g for _, g in gc], [p for _, p in pc]))
    return [(gc[gi][0], pc[pi][0]) for gi, pi in pairs]


def _exact_pairs(gc: Sequence[Item], pc: Sequence[Item]) -> list[tuple[int, int]]:
    by_key: dict[tuple[Frag, ...], list[int]] = {}
    for gi, g in enumerate(gc):
        by_key.setdefault(g.content, []).append(gi)
    exact = []
    for pi, p in enumerate(pc):
        if by_key.get(p.content):
            exact.append((by_key[p.content].pop(0), pi))
    return exact


class Scorer:
    """Accumulates counts article by article; ``summary()`` gives the scores."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add(self, text: str, gold_attrs: Sequence[Any], sys_attrs: Sequence[Any], article_id: str = "") -> None:
        gold = GoldText(text)
        golds = [Item(gold, a, f"gold {article_id} #{i}") for i, a in enumerate(gold_attrs)]
        preds = [Item(gold, a, f"system {article_id} #{i}") for i, a in enumerate(sys_attrs)]
        c = self.counts
        gc = [g for g in golds if g.content]
        pc = [p for p in preds if p.content]
        c["gold"] += len(gc)
        c["pred"] += len(pc)
        c.update("gold_" + g.kind for g in gc)
        self._count_kind("exact", gc, pc, _exact_pairs(gc, pc))
        overlap = greedy(_overlap_pairs(gc, pc))
        self._count_kind("overlap", gc, pc, overlap)
        for gi, pi in overlap:
            right = source_right(gold, gc[gi], pc[pi])
            c["src_n"] += 1
            c["src_right"] += right
            if gc[gi].source:
                c["src_n_with_gold_source"] += 1
                c["src_right_with_gold_source"] += right
        self._count_cues(gold, golds, preds)

    def _count_cues(self, gold: GoldText, golds: Sequence[Item], preds: Sequence[Item]) -> None:
        gq = [gold.chars(g.cue) for g in golds if g.cue]
        pq = [gold.chars(p.cue) for p in preds if p.cue]
        self.counts["cue_gold"] += len(gq)
        self.counts["cue_pred"] += len(pq)
        pairs = [(float(len(a & b)), gi, pi) for gi, a in enumerate(gq) for pi, b in enumerate(pq) if a & b]
        self.counts["cue_tp"] += len(greedy(pairs))

    def _count_kind(self, name: str, gc: Sequence[Item], pc: Sequence[Item], matches: list[tuple[int, int]]) -> None:
        c = self.counts
        c[name + "_tp"] += len(matches)
        matched_p = {pi: gi for gi, pi in matches}
        for gi, _ in matches:
            c[f"{name}_tp_{gc[gi].kind}"] += 1
        for pi, p in enumerate(pc):
            kind = gc[matched_p[pi]].kind if pi in matched_p else p.kind
            c[f"{name}_pred_{kind}"] += 1

    def summary(self) -> dict[str, float | int]:
        c = self.counts
        out: dict[str, float | int] = {}
        for name in ("exact", "overlap"):
            _put(out, f"content_{name}", prf(c[name + "_tp"], c["pred"], c["gold"]))
            for label, kinds in KIND_GROUPS.items():
                tp = sum(c[f"{name}_tp_{k}"] for k in kinds)
                npred = sum(c[f"{name}_pred_{k}"] for k in kinds)
                _put(out, f"{label}_{name}", prf(tp, npred, sum(c["gold_" + k] for k in kinds)))
        out["source_acc"] = c["src_right"] / c["src_n"] if c["src_n"] else 0.0
        out["source_acc_n"] = c["src_n"]
        n = c["src_n_with_gold_source"]
        out["source_acc_gold_has_source"] = c["src_right_with_gold_source"] / n if n else 0.0
        _put(out, "attribution", prf(c["src_right"], c["pred"], c["gold"]))
        _put(out, "cue", prf(c["cue_tp"], c["cue_pred"], c["cue_gold"]))
        for key, counter in (("gold_contents", "gold"), ("system_contents", "pred"), ("gold_cues", "cue_gold")):
            out[key] = c[counter]
        out.update({f"gold_{k}": c[f"gold_{k}"] for k in ("direct", "mixed", "indirect")})
        out["system_cues"] = c["cue_pred"]
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in out.items()}


def _put(out: dict[str, float | int], prefix: str, values: tuple[float, float, float]) -> None:
    out[f"{prefix}_p"], out[f"{prefix}_r"], out[f"{prefix}_f1"] = values


def score(gold_rows: Iterable[Mapping[str, Any]], system_rows: Iterable[Mapping[str, Any]]) -> dict[str, float | int]:
    """Scores system rows against gold rows by ``id``; gold articles without a system row count as empty."""
    system: dict[str, Sequence[Any]] = {}
    for row in system_rows:
        if row["id"] in system:
            raise InputError(f"system: duplicate id {row['id']}")
        system[row["id"]] = row.get("attributions") or []
    scorer = Scorer()
    for row in gold_rows:
        scorer.add(row["text"], row["attributions"], system.get(row["id"], []), row["id"])
    return scorer.summary()

"""Occasion scores: channel, addressee and time of statements, exactly as
``../shared/design/occasion.md`` ("How it is scored") defines them.

Statements are paired by content as the attribution scorer pairs them (``metrics.overlap_matches``).
Over paired statements whose annotated field is not null, the field is right when the system's value
shares at least half of the annotated value's content words (articles, prepositions and possessives
do not count); a channel or an addressee may be carried by either of the system's two (an outlet is
as often one as the other). The false fill rate of a field is the share of paired statements with a
null annotated field where the system gives one; a system channel that carried the annotated addressee
(or the other way round) is no false fill.

An occasion file holds one line per article: ``{"id", "attributions": [{"id", "channel", "addressee",
"time"}]}``, each field null or ``{"span", "text", "carried"}``, attribution ids those of the
attribution gold (PolNeAR's ``E1``, ``E2``...).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from quotegraph.errors import InputError
from quotegraph.evaluation.metrics import WORD, overlap_matches
from quotegraph.model.codec import read_json_lines

__all__ = [
    "FIELDS",
    "OccasionScorer",
    "content_words",
    "occasion_agreement",
    "occasion_file_problems",
    "paired_annotations",
    "read_occasions",
    "score_occasions",
    "shares_content",
    "speaker_named",
]

FIELDS = ("channel", "addressee", "time")
_ARTICLES = frozenset({"a", "an", "the"})
_PREPOSITIONS = frozenset(
    {
        "aboard", "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at",
        "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by", "despite",
        "down", "during", "except", "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on",
        "onto", "out", "outside", "over", "past", "per", "since", "through", "throughout", "till", "to",
        "toward", "towards", "under", "until", "up", "upon", "via", "with", "within", "without",
    }
)  # fmt: skip
# "s" is the possessive ending, which \w+ splits from its noun ("CNN's" -> "CNN", "s").
_POSSESSIVES = frozenset({"my", "your", "his", "her", "its", "our", "their", "whose", "s"})
NOT_CONTENT = _ARTICLES | _PREPOSITIONS | _POSSESSIVES

Occasions = dict[str, dict[str, dict[str, Any]]]  # article id -> attribution id -> annotated fields


def content_words(text: str) -> set[str]:
    """The case-folded words of ``text`` but for articles, prepositions and possessives; all its words
    when it has no other ("her")."""
    words = {w.casefold() for w in WORD.findall(text)}
    return (words - NOT_CONTENT) or words


def shares_content(system: str | None, annotated: str) -> bool:
    """Whether the system's value holds at least half of the annotated value's content words."""
    if system is None:
        return False
    wanted = content_words(annotated)
    return 2 * len(wanted & {w.casefold() for w in WORD.findall(system)}) >= len(wanted)


def speaker_named(expected: str, found: str) -> bool:
    """Whether the expected speaker's name stands in the found one as whole words, case aside: "Grant" is named in
    "Hugh Grant" (a found name may be fuller than the expected one) but not in "Grantham", nor "Amos" in "Ramos". An
    empty expectation names no one: it would otherwise stand in every found name."""
    if not expected.strip():
        return False
    return re.search(rf"(?<!\w){re.escape(expected)}(?!\w)", found, re.IGNORECASE) is not None


def _field_text(field: Any) -> str | None:
    return str(field["text"]) if isinstance(field, Mapping) and field.get("text") is not None else None


def read_occasions(path: Path) -> Occasions:
    """The annotated fields of an occasion file by article id and attribution id."""
    found: Occasions = {}
    for where, row in read_json_lines(path, "occasion annotations"):
        try:
            found[str(row["id"])] = {str(a["id"]): {f: a.get(f) for f in FIELDS} for a in row["attributions"]}
        except KeyError as exc:
            raise InputError(f"{where}: not an occasion line (no field {exc})") from exc
        except (TypeError, AttributeError) as exc:
            raise InputError(f"{where}: not an occasion line ({exc})") from exc
        for attribution, fields in found[str(row["id"])].items():
            for field, value in fields.items():
                # anything else was scored as no annotation at all: a channel "interview" counted as null
                if value is not None and not (isinstance(value, Mapping) and isinstance(value.get("text"), str)):
                    raise InputError(
                        f"{where}: attribution {attribution} {field} is {value!r:.60}: an occasion field is null or"
                        ' an object {"text", "span", "carried"}'
                    )
    if not found:  # else every score is 0.0 over nothing, reported as if measured (as an empty gold file is refused)
        raise InputError(f"{path}: no occasion annotation (one JSON object a line: id, attributions)")
    return found


class OccasionScorer:
    """Accumulates occasion counts article by article; ``summary()`` gives the scores."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add(self, text: str, gold_attrs: list[Any], annotated: Mapping[str, Any], sys_attrs: list[Any]) -> None:
        """One article: its attribution gold (with ids), its occasion annotations by id, the system's output."""
        self.counts["annotated"] += sum(1 for a in gold_attrs if str(a.get("id")) in annotated)
        for gi, pi in overlap_matches(text, gold_attrs, sys_attrs):
            fields = annotated.get(str(gold_attrs[gi].get("id")))
            if fields is not None:
                self.counts["matched"] += 1
                self.add_statement(fields, sys_attrs[pi])

    def add_statement(self, gold: Mapping[str, Any], system: Mapping[str, Any]) -> None:
        """One paired statement: its annotated fields and the fields the system (or a second annotator) gives."""
        values = {f: _field_text(system.get(f)) for f in FIELDS}
        wanted = {f: _field_text(gold.get(f)) for f in FIELDS}
        for field in FIELDS:
            others = (field,) if field == "time" else ("channel", "addressee")
            annotated = wanted[field]
            if annotated is None:
                self.counts[f"{field}_null"] += 1
                self.counts[f"{field}_false_fill"] += values[field] is not None and not self._carries_other(
                    field, values[field], wanted
                )
                continue
            right = any(shares_content(values[o], annotated) for o in others)
            how = "carried" if isinstance(gold.get(field), Mapping) and gold[field].get("carried") else "stated"
            for key in (field, f"{field}_{how}"):
                self.counts[f"{key}_n"] += 1
                self.counts[f"{key}_right"] += right

    @staticmethod
    def _carries_other(field: str, value: str | None, wanted: Mapping[str, str | None]) -> bool:
        """Whether a system channel holds the annotated addressee (or a system addressee the channel)."""
        other = {"channel": "addressee", "addressee": "channel"}.get(field)
        annotated = None if other is None else wanted[other]
        return annotated is not None and shares_content(value, annotated)

    def summary(self) -> dict[str, float | int]:
        c = self.counts
        out: dict[str, float | int] = {"occasion_annotated": c["annotated"], "occasion_matched": c["matched"]}
        for field in FIELDS:
            for key in (field, f"{field}_stated", f"{field}_carried"):
                out[f"occasion_{key}_acc"] = round(c[f"{key}_right"] / c[f"{key}_n"], 4) if c[f"{key}_n"] else 0.0
                out[f"occasion_{key}_n"] = c[f"{key}_n"]
            nulls = c[f"{field}_null"]
            false_fill = round(c[f"{field}_false_fill"] / nulls, 4) if nulls else 0.0
            out[f"occasion_{field}_false_fill"] = false_fill
            out[f"occasion_{field}_null_kept"] = round(1.0 - false_fill, 4)  # a floor on it caps the false fill
            out[f"occasion_{field}_null_n"] = nulls
        return out


def paired_annotations(
    gold: Mapping[str, Any], system_attrs: list[Any], occasions: Occasions
) -> dict[int, dict[str, Any]]:
    """Per system attribution (by index) paired by content with an annotated gold one, its annotated fields."""
    fields = occasions.get(str(gold["id"]), {})
    pairs = overlap_matches(gold["text"], gold["attributions"], system_attrs)
    found = {pi: fields.get(str(gold["attributions"][gi].get("id"))) for gi, pi in pairs}
    return {pi: f for pi, f in found.items() if f is not None}


def score_occasions(
    gold_rows: Iterable[Mapping[str, Any]], system_rows: Iterable[Mapping[str, Any]], occasions: Occasions
) -> dict[str, float | int]:
    """Occasion scores over the gold articles that have occasion annotations, matched by ``id``."""
    system = {str(row["id"]): row.get("attributions") or [] for row in system_rows}
    scorer = OccasionScorer()
    seen = 0
    for row in gold_rows:
        annotated = occasions.get(str(row["id"]))
        if annotated is not None:
            seen += 1
            scorer.add(row["text"], row["attributions"], annotated, system.get(str(row["id"]), []))
    if occasions and not seen:
        raise InputError(f"none of the {len(occasions)} articles with occasion annotations is in the gold file")
    return scorer.summary()


def occasion_agreement(first: Occasions, second: Occasions) -> dict[str, object]:
    """How two annotators' occasions of the same attributions agree, scored as the system is: the second
    file's fields against the first's as if the first were gold, and the other way round (the measure is
    not symmetric: "half of the annotated value's content words")."""
    shared = sorted(
        (art, attr) for art in first.keys() & second.keys() for attr in first[art].keys() & second[art].keys()
    )
    directions = {}
    for name, gold, other in (("second_against_first", first, second), ("first_against_second", second, first)):
        scorer = OccasionScorer()
        for art, attr in shared:
            scorer.add_statement(gold[art][attr], other[art][attr])
        scorer.counts["annotated"] = scorer.counts["matched"] = len(shared)
        directions[name] = scorer.summary()
    return {"articles": len(first.keys() & second.keys()), "compared": len(shared), **directions}


def occasion_file_problems(path: Path, gold_rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """What is wrong with an occasion file against its gold articles: an article not in the gold, a gold
    attribution without an entry or an entry for none, a span whose text is not the article's text at
    its offsets. Empty when the file is sound."""
    gold = {str(row["id"]): row for row in gold_rows}
    problems: list[str] = []
    for where, row in read_json_lines(path, "occasion annotations"):
        article = gold.get(str(row.get("id")))
        if article is None:
            problems.append(f"{where}: article {row.get('id')!r} is not in the gold file")
            continue
        entries = {str(a.get("id")): a for a in row.get("attributions") or []}
        wanted = {str(a["id"]) for a in article["attributions"]}
        problems += [f"{where}: gold attribution {key} has no entry" for key in sorted(wanted - entries.keys())]
        problems += [f"{where}: entry {key} is no gold attribution" for key in sorted(entries.keys() - wanted)]
        text = str(article["text"])
        for key, entry in entries.items():
            for field in FIELDS:
                value = entry.get(field)
                if isinstance(value, Mapping):
                    start, end = value["span"]
                    if text[start:end] != value["text"]:
                        problems.append(f"{where}: {key} {field} {value['text']!r} is not the text at {start}-{end}")
    return problems

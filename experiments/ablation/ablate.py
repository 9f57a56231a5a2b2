"""Ablation of the occasion rules: each rule turned off in turn, on cached parses (the fast loop's caches), and the
per-field right values and false fills it gains and loses against the full system.

    python experiments/ablation/ablate.py list [--group carrying|stated|other|all]
    python experiments/ablation/ablate.py run SLICE [SLICE ...] --caches ROOT --out RESULTS.jsonl \
        [--group G | --rules R1,R2]
    python experiments/ablation/ablate.py table RESULTS.jsonl [--slices d,a,f]

A rule is a module-level switch of ``nlp/resolve/carrying/``, ``nlp/resolve/stated/`` or ``nlp/resolving_occasions.py``
(``NAME = True``: set to False in every quotegraph module that holds it, so a ``from x import NAME`` copy is switched
too), or one of ``EXTRA``: a step patched out (the learned time fallback, a branch of the carrier). Nothing in the
engine is edited: the switch is set in this process, the articles resolved again, the switch put back. Documents are
read afresh from the cache for every run (the per-document memos hold what the switches decide) and the resolving
stage's ``functools.cache``s are cleared.

The slices and their caches are ``experiments/occasion_stated/slices.py``'s (``--caches ROOT``, made by its ``cache``
mode). Check slices (``CHECK``: every slice that file marks as one) are scored in aggregate only: no article of theirs
is written out.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pickle
import pkgutil
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

import quotegraph.nlp
from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import FIELDS, _field_text, read_occasions, shares_content
from quotegraph.model import ArticleResult
from quotegraph.model.codec import encode_result
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))
import slices  # type: ignore[import-not-found]  # the slices' one definition and cache layout

SLICES = {name.removeprefix("train-"): chosen for name, chosen in slices.SLICES.items()}  # "d" -> train-d
CHECK = frozenset(key for key, chosen in SLICES.items() if not chosen.tuning)  # measured, never read: aggregates only
GROUPS = {
    "carrying": ("quotegraph.nlp.resolve.carrying.",),
    "stated": ("quotegraph.nlp.resolve.stated.",),
    "other": ("quotegraph.nlp.resolving_occasions",),
}
FLAG = re.compile(r"^([A-Z][A-Z0-9_]*)\s*(?::\s*bool\s*)?=\s*True\b", re.M)


def _import_all() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(quotegraph.nlp.__path__, "quotegraph.nlp."):
        if ".training" in info.name:
            continue
        importlib.import_module(info.name)
        names.append(info.name)
    return names


@dataclass(frozen=True)
class Rule:
    name: str
    module: str  # where it is defined
    group: str
    switch: Callable[[], Callable[[], None]]  # turns it off; returns what turns it back on


def _flag_switch(name: str) -> Callable[[], Callable[[], None]]:
    def off() -> Callable[[], None]:
        held = [
            m for n, m in list(sys.modules.items()) if n.startswith("quotegraph.") and getattr(m, name, None) is True
        ]
        for module in held:
            setattr(module, name, False)

        def on() -> None:
            for module in held:
                setattr(module, name, True)

        return on

    return off


def _attr_switch(module: str, attr: str, value: Callable[..., Any]) -> Callable[[], Callable[[], None]]:
    def off() -> Callable[[], None]:
        owner: Any = importlib.import_module(module)
        for part in attr.split(".")[:-1]:
            owner = getattr(owner, part)
        last = attr.split(".")[-1]
        own = last in vars(owner)  # a class's method may be a mixin's: put back by deleting the shadow
        before = vars(owner)[last] if own else getattr(owner, last)
        setattr(owner, last, value)

        def on() -> None:
            if own:
                setattr(owner, last, before)
            else:
                delattr(owner, last)

        return on

    return off


def _none(*_: Any, **__: Any) -> None:
    return None


def _attributions_as_they_are(doc: Any, text: str, attributions: Any, entities: Any, model: Any = None) -> Any:
    return attributions


CARRIER = "quotegraph.nlp.resolve.carrying.carrier"
# Steps without a switch of their own: patched to do nothing (a finder to find nothing).
EXTRA: tuple[tuple[str, str, str, Callable[..., Any]], ...] = (
    ("learned time fallback", "quotegraph.nlp.resolving", "with_learned_times", _attributions_as_they_are),
    ("carrier: namesake's occasion", CARRIER, "OccasionCarrier.namesake", _none),
    ("carrier: described again", CARRIER, "OccasionCarrier.described_again", _none),
    ("carrier: in_scene", CARRIER, "OccasionCarrier.in_scene", _none),
    ("carrier: press_event_scene", CARRIER, "press_event_scene", _none),
    ("carrier: taking_part", CARRIER, "OccasionCarrier.taking_part", _none),
    ("carrier: named_the_same", CARRIER, "OccasionCarrier.named_the_same", _none),
    ("carrier: named_by_another", CARRIER, "OccasionCarrier.named_by_another", _none),
    ("carrier: returned_to", CARRIER, "returned_to", _none),
    ("carrier: in_the_story_scene", CARRIER, "OccasionCarrier.in_the_story_scene", _none),
    ("carrier: party", CARRIER, "OccasionCarrier.party", _none),
    ("carrier: of_a_group", CARRIER, "OccasionCarrier.of_a_group", _none),
    ("carrier: interviewing", CARRIER, "OccasionCarrier.interviewing", _none),
    ("carrier: before_digression", CARRIER, "before_digression", _none),
)


def rules() -> list[Rule]:
    modules = _import_all()
    found: list[Rule] = []
    for group, prefixes in GROUPS.items():
        for name in modules:
            if not name.startswith(prefixes):
                continue
            source = Path(sys.modules[name].__file__ or "").read_text()
            for flag in FLAG.findall(source):
                found.append(Rule(flag, name.removeprefix("quotegraph.nlp."), group, _flag_switch(flag)))
    for label, module, attr, value in EXTRA:
        found.append(Rule(label, module.removeprefix("quotegraph.nlp."), "extra", _attr_switch(module, attr, value)))
    return found


@contextmanager
def switched_off(rule: Rule | None) -> Iterator[None]:
    on = rule.switch() if rule is not None else (lambda: None)
    try:
        yield
    finally:
        on()


def _clear_caches() -> None:
    for name, module in list(sys.modules.items()):
        if not name.startswith("quotegraph.nlp.resolv"):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", "") == name and value.__name__ != "load_model":
                clear()


class Slice:
    def __init__(self, key: str, nlp: Any, caches: Path) -> None:
        cache = caches / f"train-{key}"  # as ``slices.py cache ROOT`` lays it out
        self.key = key
        self.gold = [json.loads(line) for line in (cache / slices.ARTICLES).read_text().splitlines() if line.strip()]
        self.bin = DocBin().from_disk(cache / "docs.spacy")
        self.candidates = pickle.loads((cache / "candidates.pkl").read_bytes())
        self.occasions = read_occasions(slices.OCCASION / SLICES[key].gold)
        self.nlp = nlp

    def outcomes(self) -> dict[tuple[str, str], dict[str, str]]:
        """Per annotated statement (article, gold id), per field: R right, W wrong, F false fill, N null kept;
        a statement not paired is absent."""
        from quotegraph.nlp.resolving import resolve

        _clear_caches()
        kept = Settings().kept_types
        docs = list(self.bin.get_docs(self.nlp.vocab))
        out: dict[tuple[str, str], dict[str, str]] = {}
        for row, doc, found in zip(self.gold, docs, self.candidates, strict=True):
            doc._.published = row.get("date")
            entities, attributions = resolve(doc, found)
            result = ArticleResult(
                id=str(row["id"]),
                entities=tuple(entities),
                attributions=tuple(a for a in attributions if a.type in kept),
                published=row.get("date"),
            )
            system = json.loads(encode_result(result))["attributions"] or []
            annotated = self.occasions.get(str(row["id"]))
            if annotated is None:
                continue
            for gi, pi in overlap_matches(row["text"], row["attributions"], system):
                gid = str(row["attributions"][gi].get("id"))
                if gid in annotated:
                    out[(str(row["id"]), gid)] = _statement(annotated[gid], system[pi])
        return out


def _statement(gold: Mapping[str, Any], system: Mapping[str, Any]) -> dict[str, str]:
    """As ``OccasionScorer.add_statement`` scores one paired statement."""
    values = {f: _field_text(system.get(f)) for f in FIELDS}
    wanted = {f: _field_text(gold.get(f)) for f in FIELDS}
    out = {}
    for field in FIELDS:
        others = (field,) if field == "time" else ("channel", "addressee")
        annotated = wanted[field]
        if annotated is None:
            other = {"channel": "addressee", "addressee": "channel"}.get(field)
            other_value = None if other is None else wanted[other]
            carries_other = other_value is not None and shares_content(values[field], other_value)
            out[field] = "F" if values[field] is not None and not carries_other else "N"
        else:
            out[field] = "R" if any(shares_content(values[o], annotated) for o in others) else "W"
    return out


def compare(
    base: Mapping[tuple[str, str], Mapping[str, str]], other: Mapping[tuple[str, str], Mapping[str, str]], check: bool
) -> dict[str, Any]:
    """Right values and false fills gained and lost with the rule off, per field (and where, unless ``check``)."""
    report: dict[str, Any] = {}
    changed = 0
    for key in base.keys() | other.keys():
        if base.get(key) != other.get(key):
            changed += 1
    report["changed"] = changed
    for field in FIELDS:
        counts: Counter[str] = Counter()
        where: dict[str, list[str]] = {"right+": [], "right-": [], "ff+": [], "ff-": []}
        for key in sorted(base.keys() | other.keys()):
            before = base.get(key, {}).get(field)
            after = other.get(key, {}).get(field)
            if before == after:
                continue
            if after == "R":
                counts["right+"] += 1
                where["right+"].append(key[0])
            if before == "R":
                counts["right-"] += 1
                where["right-"].append(key[0])
            if after == "F":
                counts["ff+"] += 1
                where["ff+"].append(key[0])
            if before == "F":
                counts["ff-"] += 1
                where["ff-"].append(key[0])
        entry: dict[str, Any] = dict(counts)
        if not check:
            entry["where"] = {k: sorted(Counter(v).items()) for k, v in where.items() if v}
        report[field] = entry
    return report


def _aggregate(outcomes: Mapping[tuple[str, str], Mapping[str, str]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field in FIELDS:
        marks = Counter(o[field] for o in outcomes.values())
        annotated = marks["R"] + marks["W"]
        nulls = marks["F"] + marks["N"]
        out[field] = {
            "right": marks["R"],
            "n": annotated,
            "ff": marks["F"],
            "null": nulls,
        }
    return out


def run(keys: list[str], selected: list[Rule], out: Path, caches: Path, batch: int = 1) -> None:
    nlp = load_pipeline()
    done = set()
    if out.exists():
        done = {(r["rule"], r["slice"]) for r in map(json.loads, out.read_text().splitlines()) if r}
    with out.open("a") as sink:
        for key in keys:
            data = Slice(key, nlp, caches)
            started = time.perf_counter()
            base = data.outcomes()
            base_seconds = time.perf_counter() - started
            if ("(full system)", key) not in done:
                row = {"rule": "(full system)", "slice": key, "seconds": round(base_seconds, 1), **_aggregate(base)}
                sink.write(json.dumps(row) + "\n")
                sink.flush()
            print(f"{key}: full system {base_seconds:.0f}s {_aggregate(base)}", flush=True)
            todo = [rule for rule in selected if (rule.name, key) not in done]
            for start in range(0, len(todo), batch):
                _bisect(data, base, todo[start : start + batch], sink)


def _bisect(data: Slice, base: Mapping[tuple[str, str], Mapping[str, str]], chunk: list[Rule], sink: Any) -> None:
    """Rules off together: when no statement's outcome moves, none of them moves one alone (unless two of them undo
    each other exactly; the report says so), else each half again, down to single rules."""
    key = data.key
    started = time.perf_counter()
    with ExitStack() as stack:
        for rule in chunk:
            stack.enter_context(switched_off(rule))
        other = data.outcomes()
    seconds = time.perf_counter() - started
    if len(chunk) == 1 or other != base:
        if len(chunk) == 1:
            compared = compare(base, other, key in CHECK)
            if key in CHECK:
                compared["aggregate"] = _aggregate(other)
            _write(sink, chunk[0], key, seconds, compared)
            return
        print(f"{key} {len(chunk)} rules off together {seconds:.0f}s: something moved", flush=True)
        middle = len(chunk) // 2
        _bisect(data, base, chunk[:middle], sink)
        _bisect(data, base, chunk[middle:], sink)
        return
    for rule in chunk:
        _write(sink, rule, key, 0.0, compare(base, other, key in CHECK), batch=True)


def _write(sink: Any, rule: Rule, key: str, seconds: float, compared: dict[str, Any], batch: bool = False) -> None:
    row = {
        "rule": rule.name,
        "module": rule.module,
        "group": rule.group,
        "slice": key,
        "seconds": round(seconds, 1),
        "batch": batch,
        **compared,
    }
    sink.write(json.dumps(row) + "\n")
    sink.flush()
    brief = {f: {k: v for k, v in row[f].items() if k != "where"} for f in FIELDS}
    print(f"{key} {rule.name} {seconds:.0f}s changed {row['changed']} {brief}", flush=True)


def _net(entry: Mapping[str, Any]) -> int:
    """Right values gained minus lost, minus false fills gained plus lost, with the rule off."""
    return int(entry.get("right+", 0) - entry.get("right-", 0) - entry.get("ff+", 0) + entry.get("ff-", 0))


def _cell(entry: Mapping[str, Any]) -> str:
    right = entry.get("right+", 0) - entry.get("right-", 0)
    ff = entry.get("ff+", 0) - entry.get("ff-", 0)
    return "." if not any(entry.get(k) for k in ("right+", "right-", "ff+", "ff-")) else f"{right:+d}/{ff:+d}"


ROUNDS = Path("docs/occasion-rounds.md")
SET_HEADING = re.compile(r"\*\*The ([a-z-]+) set of rounds")
ROUND_ENTRY = re.compile(r"- \*\*([^*]+)\*\*")


def origin(name: str, lines: list[str]) -> str:
    """The set and round of ``docs/occasion-rounds.md`` whose entry names ``name`` in its first lines (the oldest such),
    else the set of its oldest mention; "?" when the record does not name it."""
    at_set, at_round, entry, named, mentioned = "", "", -10, "", ""
    for i, line in enumerate(lines):
        heading = SET_HEADING.match(line)
        if heading:
            at_set, at_round = heading.group(1), ""
        entry_line = ROUND_ENTRY.match(line)
        if entry_line:
            at_round, entry = entry_line.group(1), i
        if name in line:
            mentioned = at_set or mentioned
            if at_round and i - entry <= 2:
                named = f"{at_set} {at_round}"
    return named or (f"({mentioned})" if mentioned else "?")


def table(path: Path, keys: list[str]) -> None:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    by_rule: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for row in rows:
        if row["rule"] == "(full system)":
            continue
        if row["rule"] not in by_rule:
            order.append(row["rule"])
        by_rule.setdefault(row["rule"], {"module": row["module"]})[row["slice"]] = row
    lines = ROUNDS.read_text().splitlines()
    head = " | ".join(f"{k} {f[:4]}" for k in keys for f in FIELDS)
    print(f"| rule | module | from | {head} | net off a | net off f |")
    print("|" + "---|" * (5 + len(keys) * len(FIELDS)))
    for name in order:
        entry = by_rule[name]
        cells = []
        for key in keys:
            for field in FIELDS:
                cells.append(_cell(entry[key][field]) if key in entry else "n/a")
        nets = [sum(_net(entry[k][f]) for f in FIELDS) if k in entry else None for k in ("a", "f")]
        net_text = " | ".join("n/a" if n is None else f"{n:+d}" for n in nets)
        flag = name if name.isupper() else ""
        came = origin(flag, lines) if flag else "-"
        print(f"| {name} | {entry['module']} | {came} | {' | '.join(cells)} | {net_text} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("list", "run", "table"))
    parser.add_argument("args", nargs="*")
    parser.add_argument("--group", default="all")
    parser.add_argument("--rules", default="")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--caches", type=Path, help="the slices' caches, as slices.py cache ROOT made them")
    parser.add_argument("--slices", default="d,a,f")
    parser.add_argument("--batch", type=int, default=1)
    options = parser.parse_args()
    if options.mode == "table":
        table(Path(options.args[0]), options.slices.split(","))
        return
    every = rules()
    wanted = set(filter(None, options.rules.split(",")))
    groups = set(options.group.split(","))
    chosen = [r for r in every if ("all" in groups or r.group in groups) and (not wanted or r.name in wanted)]
    if options.mode == "list":
        for rule in chosen:
            print(f"{rule.group}\t{rule.module}\t{rule.name}")
        print(len(chosen), "rules", file=sys.stderr)
        return
    if options.out is None or options.caches is None:
        parser.error("run needs --out and --caches")
    run(options.args, chosen, options.out, options.caches, options.batch)


if __name__ == "__main__":
    main()

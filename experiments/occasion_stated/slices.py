"""The fast loop on every annotated train slice at once: cut each slice from PolNeAR train, cache its parses, run it.

    python experiments/occasion_stated/slices.py cache ROOT               # ROOT/SLICE/: articles, parses, candidates
    python experiments/occasion_stated/slices.py run ROOT OUT [--only d,f]  # OUT/SLICE.txt (scores), OUT/SLICE.jsonl

Each slice is a run of PolNeAR train in file order with its occasion gold in ``data/occasion/``. Tuning slices may be
read and tuned on; check slices are measured only, their articles' misses never read (``docs/occasion-rounds.md`` says
when each was written and why it is one or the other). ``cache`` takes minutes (train-d most of them); ``run`` re-runs
the resolving stage as ``fast.py run`` does, so a change to parsing or finding needs ``cache`` again.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import NamedTuple

from fast import cache, run  # type: ignore[import-not-found]

REPOSITORY = Path(__file__).resolve().parents[2]
TRAIN = REPOSITORY.parent / "shared" / "data" / "polnear" / "train.jsonl"
OCCASION = REPOSITORY / "data" / "occasion"
ARTICLES = "articles.jsonl"


class Slice(NamedTuple):
    first: int  # the first article, 0-based in train.jsonl's file order
    end: int  # one past the last
    gold: str  # its file in data/occasion
    tuning: bool  # False: a check slice, measured only


SLICES = {
    "train-a": Slice(0, 60, "train.jsonl", True),
    "train-c": Slice(60, 84, "train-c.jsonl", False),
    "train-d": Slice(84, 474, "train-d.jsonl", True),
    "train-f": Slice(474, 514, "train-f.jsonl", True),
    "train-g": Slice(514, 554, "train-g.jsonl", False),
    "train-h": Slice(554, 594, "train-h.jsonl", False),
    "train-i": Slice(594, 634, "train-i.jsonl", False),
    "train-j": Slice(634, 674, "train-j.jsonl", False),
    "train-k": Slice(674, 714, "train-k.jsonl", False),
    "train-l": Slice(714, 774, "train-l.jsonl", False),
    "train-m": Slice(774, 840, "train-m.jsonl", False),
}


def _chosen(only: str | None) -> list[str]:
    """The slices named by ``only`` ("d,f" or "train-d,train-f"), all of them when None."""
    if only is None:
        return list(SLICES)
    names = [n if n.startswith("train-") else f"train-{n}" for n in only.split(",")]
    unknown = [n for n in names if n not in SLICES]
    if unknown:
        raise SystemExit(f"no such slice: {', '.join(unknown)} (known: {', '.join(SLICES)})")
    return names


def cache_all(root: Path, only: str | None) -> None:
    lines = TRAIN.read_text(encoding="utf-8").splitlines(keepends=True)
    for name in _chosen(only):
        chosen = SLICES[name]
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ARTICLES).write_text("".join(lines[chosen.first : chosen.end]), encoding="utf-8")
        cache(folder / ARTICLES, folder)


def run_all(root: Path, out: Path, only: str | None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in _chosen(only):
        folder = root / name
        print(f"{name} ({'tuning' if SLICES[name].tuning else 'check'}): ", end="", flush=True)
        run(folder / ARTICLES, folder, OCCASION / SLICES[name].gold, out / f"{name}.jsonl", False)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("cache", "run"))
    parser.add_argument("root", type=Path, help="the folder of the slices' caches")
    parser.add_argument("out", type=Path, nargs="?", help="run: the folder of each slice's output")
    parser.add_argument("--only", help="a comma-separated list of slices (d,f or train-d,train-f)")
    args = parser.parse_args()
    if args.mode == "cache":
        cache_all(args.root, args.only)
    elif args.out is None:
        parser.error("run needs OUT")
    else:
        run_all(args.root, args.out, args.only)


if __name__ == "__main__":
    main()

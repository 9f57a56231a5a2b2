#!/usr/bin/env python3
"""Sample candidate quote pairs (always from two different articles) in four strata.

Input: quotes.jsonl (made by quotes.py). Outputs, next to this script:
  * candidates_key.jsonl  pair number, the two quotes, stratum, sub-pool and similarity figures
                          (NOT read while labelling)
  * to_label.jsonl        the same pairs, shuffled and renumbered (sides in random order), with each
                          quote's paragraph as context and with no stratum or similarity figure:
                          this is what was labelled.

Word tokens are lowercased with curly apostrophes folded; G = the set of word 3-grams of a quote;
J = |G1 & G2| / |G1 | G2|; containment = |G1 & G2| / min(|G1|, |G2|); an "informative" 3-gram has
at least one non-stopword; content words are non-stopwords of 3+ letters that are not numbers.
  A   both quotes >= 8 words and J >= 0.9 (word-for-word or nearly)                   target 60
  B   sharing 3-grams but not A, in sub-pools (targets in B_PARTS):
        B0 0.2 <= J < 0.4,  B1 0.4 <= J < 0.6,  B2 0.6 <= J < 0.9,
        Bc containment >= 0.9 with J < 0.2 (one contained in the other),
        Bs J >= 0.9 but a quote under 8 words (short near-identical),
        Bo J < 0.2, containment < 0.9, >= 4 shared 3-grams (2+ informative), speakers not known
           to differ (a shared run of 6+ words inside longer, different quotes)
  C   same speaker (same speaker_id, or same normalised speaker_name), at most 1 shared 3-gram
      and J < 0.1, and >= 3 shared content words, or 2 of which one is rare (in <= RARE_DF
      quotes); pairs with 3+ shared content words are taken first                     target 110
  D   different known speakers (no shared speaker_id or name), >= 2 shared informative
      3-grams, J < 0.2 and containment < 0.9                                           target 42
Caps (see the constants): pairs per speaker per stratum (per sub-pool in B), per article, per
quote, per pair of articles; one pair per identical pair of texts within a stratum.
Sampling: each sub-pool sorted, then shuffled with random.Random(SEED); greedy under the caps.

Usage: python3 candidates.py   (deterministic: seed SEED, independent of PYTHONHASHSEED)
"""
from __future__ import annotations

import itertools
import json
import random
import re
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20240610
HERE = Path(__file__).parent
DB = "file:/work/annotations/polnear.db?mode=ro"
WORD = re.compile(r"\w+(?:'\w+)*")
# pairs per speaker per stratum: ~5 where the pool allows; the overlap (B) and hard-negative (C)
# pools are dominated by Trump, Clinton and Sanders, so there the cap is higher (see README)
SPEAKER_CAP = {"A": 5, "B": 6, "C": 10, "D": 5}  # for B: per B sub-pool
ARTICLE_CAP = 8  # pairs per article over all strata
QUOTE_CAP = 2  # pairs per quote over all strata
ARTICLE_PAIR_CAP = {"A": 4, "B": 2, "C": 2, "D": 1}  # pairs per pair of articles per stratum
TARGETS = {"A": 60, "C": 110, "D": 42}
# B sub-pools, filled in this order (small ones first so the speaker cap does not starve them)
B_PARTS = {"B1": 24, "B2": 20, "Bs": 8, "Bo": 30, "Bc": 30, "B0": 45}
B_BINS = [(0.2, 0.4), (0.4, 0.6), (0.6, 0.9)]
C_MIN_CONTENT = 3  # shared content words; or 2 shared of which one is rare:
RARE_DF = 40  # rare = found in at most this many quotes
D_MIN_INFORMATIVE = 2
BO_MIN_SHARED = 4

STOP = set("""
a about above after again against all am an and any are aren't as at be because been before being below
between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself
him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't
my myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd
she'll she's should shouldn't so some such than that that's the their theirs them themselves then there
there's these they they'd they'll they're they've this those through to too under until up very was wasn't we
we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why
why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves also just
like get got going go gonna want know think say said says one two would will can really lot well now even
people thing things way make made much many us also yes oh okay ok back still right going
""".split())


def tokens(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("’", "'").replace("‘", "'"))


def grams(toks: list[str]) -> set[tuple[str, ...]]:
    return {tuple(toks[i:i + 3]) for i in range(len(toks) - 2)}


def speaker_keys(q: dict) -> set[str]:
    keys = set()
    if q["speaker_id"] is not None:
        keys.add(f"id:{q['speaker_id']}")
    if q["speaker"]:
        keys.add("name:" + " ".join(tokens(q["speaker"])))
    return keys


def cap_key(q: dict) -> str | None:
    if q["speaker_id"] is not None:
        return f"id:{q['speaker_id']}"
    if q["speaker"]:
        return "name:" + " ".join(tokens(q["speaker"]))
    return None


def load() -> list[dict]:
    qs = [json.loads(line) for line in (HERE / "quotes.jsonl").open(encoding="utf-8")]
    for i, q in enumerate(qs):
        q["i"] = i
        q["toks"] = tokens(q["text"])
        q["grams"] = grams(q["toks"])
        q["content"] = {t for t in q["toks"] if t not in STOP and not t.isdigit() and len(t) > 2}
        q["skeys"] = speaker_keys(q)
    return qs


def sims(a: dict, b: dict) -> tuple[int, float, float]:
    inter = len(a["grams"] & b["grams"])
    union = len(a["grams"] | b["grams"]) or 1
    smaller = min(len(a["grams"]), len(b["grams"])) or 1
    return inter, inter / union, inter / smaller


def gram_pairs(qs: list[dict]) -> dict[tuple[int, int], int]:
    """All cross-article quote pairs sharing at least one 3-gram."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for q in qs:
        for g in q["grams"]:
            index[g].append(q["i"])
    shared: Counter[tuple[int, int]] = Counter()
    for ids in index.values():
        if len(ids) > 200:  # a 3-gram this common carries no signal (none is, in practice)
            continue
        for x, y in itertools.combinations(sorted(ids), 2):
            if qs[x]["article"] != qs[y]["article"]:
                shared[(x, y)] += 1
    return shared


def informative(g: tuple[str, ...]) -> bool:
    return any(t not in STOP and not t.isdigit() for t in g)


def classify(qs: list[dict]) -> dict[str, list[tuple[int, int, dict]]]:
    pools: dict[str, list[tuple[int, int, dict]]] = defaultdict(list)
    for (x, y), _ in gram_pairs(qs).items():
        a, b = qs[x], qs[y]
        inter, jac, cont = sims(a, b)
        n_inf = sum(informative(g) for g in a["grams"] & b["grams"])
        fig = {"shared3": inter, "informative3": n_inf, "jaccard": round(jac, 3), "containment": round(cont, 3)}
        long_both = len(a["toks"]) >= 8 and len(b["toks"]) >= 8
        other_speakers = bool(a["skeys"]) and bool(b["skeys"]) and not (a["skeys"] & b["skeys"])
        if jac >= 0.9:
            pools["A" if long_both else "Bs"].append((x, y, fig))
        elif 0.2 <= jac < 0.9:
            bin_ = next(i for i, (lo, hi) in enumerate(B_BINS) if lo <= jac < hi)
            pools[f"B{bin_}"].append((x, y, fig))
        elif cont >= 0.9:
            pools["Bc"].append((x, y, fig))
        elif other_speakers and n_inf >= D_MIN_INFORMATIVE:
            pools["D"].append((x, y, fig))
        elif not other_speakers and inter >= BO_MIN_SHARED and n_inf >= 2:
            pools["Bo"].append((x, y, fig))
    df: Counter[str] = Counter(t for q in qs for t in q["content"])
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for q in qs:
        for k in q["skeys"]:
            by_speaker[k].append(q["i"])
    seen = set()
    for ids in by_speaker.values():
        for x, y in itertools.combinations(sorted(ids), 2):
            a, b = qs[x], qs[y]
            if a["article"] == b["article"] or (x, y) in seen:
                continue
            seen.add((x, y))
            common = a["content"] & b["content"]
            rare = [t for t in common if df[t] <= RARE_DF]
            if len(common) < C_MIN_CONTENT and not (len(common) >= 2 and rare):
                continue
            inter, jac, cont = sims(a, b)
            if inter <= 1 and jac < 0.1:
                pools["C"].append((x, y, {"shared3": inter, "jaccard": round(jac, 3),
                                          "shared_content": sorted(common), "rare": sorted(rare)}))
    return pools


class Picker:
    def __init__(self, qs: list[dict]) -> None:
        self.qs = qs
        self.speaker: Counter[tuple[str, str]] = Counter()
        self.article: Counter[str] = Counter()
        self.quote: Counter[int] = Counter()
        self.pairs: set[tuple[int, int]] = set()
        self.article_pairs: Counter[tuple[str, str, str]] = Counter()
        self.texts: set[tuple[str, str, str]] = set()

    def take(self, stratum: str, part: str, x: int, y: int) -> bool:
        a, b = self.qs[x], self.qs[y]
        spk = {(part, k) for k in (cap_key(a), cap_key(b)) if k}
        cap = SPEAKER_CAP[stratum]
        arts = (a["article"], b["article"])
        apair = (stratum, *sorted(arts))
        tpair = (stratum, *sorted((" ".join(a["toks"]), " ".join(b["toks"]))))
        if (x, y) in self.pairs or self.article_pairs[apair] >= ARTICLE_PAIR_CAP[stratum] or tpair in self.texts:
            return False
        if any(self.speaker[k] >= cap for k in spk):
            return False
        if any(self.article[t] >= ARTICLE_CAP for t in arts) or any(self.quote[i] >= QUOTE_CAP for i in (x, y)):
            return False
        for k in spk:
            self.speaker[k] += 1
        for t in arts:
            self.article[t] += 1
        self.quote[x] += 1
        self.quote[y] += 1
        self.pairs.add((x, y))
        self.article_pairs[apair] += 1
        self.texts.add(tpair)
        return True


def main() -> None:
    rng = random.Random(SEED)
    qs = load()
    pools = classify(qs)
    for name in sorted(pools):
        print(f"pool {name}: {len(pools[name])}")
    picker = Picker(qs)
    chosen: list[tuple[str, int, int, dict]] = []
    plan = [("A", "A", TARGETS["A"])] + [("B", p, t) for p, t in B_PARTS.items()]
    plan += [("C", "C", TARGETS["C"]), ("D", "D", TARGETS["D"])]
    for stratum, part, target in plan:
        cands = sorted(pools.get(part, []), key=lambda c: (c[0], c[1]))
        rng.shuffle(cands)
        if part == "C":  # pairs sharing 3+ content words first, then the 2-word (one rare) ones
            cands.sort(key=lambda c: len(c[2]["shared_content"]) < C_MIN_CONTENT)
        got = 0
        for x, y, fig in cands:
            if got >= target:
                break
            if picker.take(stratum, part, x, y):
                chosen.append((stratum, x, y, dict(fig, pool=part)))
                got += 1
        print(f"stratum {stratum} {part}: took {got} of target {target} (pool {len(pools.get(part, []))})")
    spk = Counter(k for st, x, y, _ in chosen for k in {cap_key(qs[x]), cap_key(qs[y])} if k)
    print("speakers:", len(spk), spk.most_common(8))
    write(qs, chosen, rng)


def context(text: str, spans: list[list[int]]) -> str:
    """The sentence(s) around a quote: from the paragraph start (or 300 chars before) to its end."""
    s, e = spans[0][0], spans[-1][1]
    lo = max(text.rfind("\n", 0, s) + 1, s - 300)
    hi = text.find("\n", e)
    hi = len(text) if hi < 0 else min(hi, e + 300)
    return text[lo:hi].strip()


def side(q: dict, texts: dict[str, str] | None = None) -> dict:
    out = {"article": q["article"], "attribution": q["attribution"], "speaker": q["speaker"], "text": q["text"]}
    if texts is not None:
        out["context"] = context(texts[q["article"]], q["spans"])
        out["split"] = q["split"]
        out["outlet"] = q["outlet"]
        out["day"] = q["day"]
        out["speaker_id"] = q["speaker_id"]
    return out


def write(qs: list[dict], chosen: list[tuple[str, int, int, dict]], rng: random.Random) -> None:
    con = sqlite3.connect(DB, uri=True)
    texts = dict(con.execute("SELECT id, text FROM articles"))
    order = list(range(len(chosen)))
    rng.shuffle(order)
    with (HERE / "candidates_key.jsonl").open("w", encoding="utf-8") as key, \
            (HERE / "to_label.jsonl").open("w", encoding="utf-8") as lab:
        for n, idx in enumerate(order, start=1):
            stratum, x, y, fig = chosen[idx]
            a, b = (qs[x], qs[y]) if rng.random() < 0.5 else (qs[y], qs[x])  # random side order
            key.write(json.dumps({"pair": n, "a": side(a), "b": side(b), "stratum": stratum, "figures": fig},
                                 ensure_ascii=False) + "\n")
            lab.write(json.dumps({"pair": n, "a": side(a, texts), "b": side(b, texts)}, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} pairs written")


if __name__ == "__main__":
    main()

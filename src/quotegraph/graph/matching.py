"""When two quotes are one statement: word shingles, MinHash signatures, LSH band keys, verification.

Two forms (normalized word sequences, ``graph.quotes``) are the same statement when their sets of
word shingles are nearly equal (Jaccard >= ``JACCARD_THRESHOLD``), or when one is a fragment of the
other: the shorter has ``MIN_FRAGMENT_WORDS`` words or more and ``CONTAINMENT_THRESHOLD`` of its
shingles are in the longer (a dropped clause, an excerpt). A statement is one speaker's words, so the
speakers of the two quotes weigh in (``speaker_relation``, from their names alone): of one speaker, a
fragment counts from ``MIN_FRAGMENT_WORDS_SAME_SPEAKER`` words; of two different named speakers,
nothing shorter than ``MIN_WORDS_APART`` words joins, not even identical words (a slogan, a stock
phrase). Comparing every pair is quadratic, so
candidates come from MinHash with LSH banding (datasketch's MinHash; its LSH parameters for
``NUM_PERM`` permutations at ``LSH_THRESHOLD``): each form gets ``BANDS`` band keys, two forms
sharing a key are candidates, and each candidate pair is verified on the exact shingle sets. The
numbers were chosen on the train half of the labelled quote pairs (data/pairs/, README
"Statements"). The local store, the Spark job and the tests all use these functions, so they find
the same statements.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Sequence
from typing import Literal

import numpy as np
from datasketch import MinHash, MinHashLSH

from quotegraph.graph.names import parse_name
from quotegraph.graph.quotes import digest64

__all__ = [
    "BANDS",
    "CONTAINMENT_THRESHOLD",
    "JACCARD_THRESHOLD",
    "MIN_FRAGMENT_WORDS",
    "MIN_FRAGMENT_WORDS_SAME_SPEAKER",
    "MIN_WORDS_APART",
    "NUM_PERM",
    "SHINGLE_WORDS",
    "band_keys",
    "form_keys",
    "jaccard",
    "lsh_shape",
    "same_shingled",
    "same_statement",
    "shingles",
    "signatures",
    "speaker_keys",
    "speaker_relation",
    "windows",
]

SHINGLE_WORDS = 2  # words a shingle: a changed word breaks two shingles, not k of them
JACCARD_THRESHOLD = 0.8  # near-equal wordings; for 4- and 5-word quotes, in effect the same words
CONTAINMENT_THRESHOLD = 0.7  # share of the shorter form's shingles found in the longer
MIN_FRAGMENT_WORDS = 6  # "boots on the ground" inside two long quotes is a common phrase, not a fragment
MIN_FRAGMENT_WORDS_SAME_SPEAKER = 4  # a speaker's own short phrase inside their longer quote is an excerpt
MIN_WORDS_APART = 6  # two people's identical short words are a shared phrase, not one statement
LSH_THRESHOLD = 0.3  # fragments have a low Jaccard: candidates are looked for well below it
NUM_PERM = 64  # MinHash permutations: band keys a form stores grow with it
# A fragment of 6 to 9 words lies whole in a window of 16 taken every 8 words (Jaccard >= 5/15 there)
WINDOW_WORDS = 16
WINDOW_STRIDE = 8
MINHASH_SEED = 1
MINHASH_SCHEME = "affine32"  # datasketch >= 2.0's default, named so a new default cannot change keys
_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit multiplier (golden ratio) folding a band's values
# MurmurHash3's 32-bit finalizer (shifts and multipliers): affine32 mixes each shingle's hash with it
_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)
# Shingles hashed and permuted at once: a (shingles x NUM_PERM) uint32 matrix of 4 MiB at most
SHINGLES_AT_ONCE = 16_384


@functools.cache
def lsh_shape() -> tuple[int, int]:
    """(bands, rows a band): datasketch's choice for LSH_THRESHOLD, weighted towards recall because
    every candidate is verified exactly afterwards."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, weights=(0.2, 0.8))
    return int(lsh.b), int(lsh.r)


BANDS = lsh_shape()[0]


@functools.lru_cache(maxsize=65_536)
def _shingles(words: tuple[str, ...]) -> frozenset[str]:
    k = SHINGLE_WORDS
    if len(words) <= k:
        return frozenset([" ".join(words)])
    return frozenset(" ".join(words[i : i + k]) for i in range(len(words) - k + 1))


def shingles(words: Sequence[str]) -> frozenset[str]:
    """The form's word n-grams; a form shorter than a shingle is one shingle of all its words."""
    return _shingles(tuple(words))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


Speakers = Literal["same", "different", "unknown"]


@functools.lru_cache(maxsize=65_536)
def speaker_relation(a: str | None, b: str | None) -> Speakers:
    """Two quotes' speakers, from their name keys (``store.keys.speaker_key``; None for a pronoun or a
    description): the same person when the keys are equal or name one surname with no conflicting
    given name ("trump", "donald j trump"), different when both are named otherwise. Names alone, not
    the corpus's speaker ids, so the decision is the same in every store, in the Spark job and
    whatever order quotes and alias files arrive in."""
    if a is None or b is None:
        return "unknown"
    if a == b:
        return "same"
    pa, pb = parse_name(a), parse_name(b)
    one_surname = pa.shaped and pb.shaped and pa.surname == pb.surname
    if one_surname and (pa.given is None or pb.given is None or pa.given == pb.given):
        return "same"
    return "different"


def same_statement(a: Sequence[str], b: Sequence[str], speakers: Speakers = "unknown") -> bool:
    """The verification of a candidate pair of forms, symmetric and exact."""
    return same_shingled(tuple(a), shingles(a), tuple(b), shingles(b), speakers)


def same_shingled(
    a: tuple[str, ...], sa: frozenset[str], b: tuple[str, ...], sb: frozenset[str], speakers: Speakers
) -> bool:
    """``same_statement`` of two forms whose shingles are known (a form checked against many)."""
    shorter = min(len(a), len(b))
    if speakers == "different" and shorter < MIN_WORDS_APART:
        return False
    if a == b:
        return True
    common = len(sa & sb)
    if common / (len(sa) + len(sb) - common) >= JACCARD_THRESHOLD:
        return True
    fragment_words = MIN_FRAGMENT_WORDS_SAME_SPEAKER if speakers == "same" else MIN_FRAGMENT_WORDS
    return shorter >= fragment_words and common / min(len(sa), len(sb)) >= CONTAINMENT_THRESHOLD


def signatures(forms: Sequence[Sequence[str]]) -> np.ndarray:
    """MinHash signatures of the forms' shingle sets, one row of NUM_PERM values a form: the values
    datasketch's ``MinHash`` (scheme affine32) gives, computed for many forms at once with numpy."""
    rows: list[np.ndarray] = []
    group: list[frozenset[str]] = []
    held = 0
    for words in forms:
        group.append(shingles(words))
        held += len(group[-1])
        if held >= SHINGLES_AT_ONCE:
            rows.append(_minhashes(group))
            group, held = [], 0
    if group:
        rows.append(_minhashes(group))
    return np.concatenate(rows) if rows else np.zeros((0, NUM_PERM), dtype=np.uint64)


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine permutations (a odd, b) of MINHASH_SEED, as uint32."""
    a, b = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME).permutations
    return np.asarray(a, dtype=np.uint32), np.asarray(b, dtype=np.uint32)


def _minhashes(sets: list[frozenset[str]]) -> np.ndarray:
    """Each (non-empty) set's minimum over its shingles of a * fmix32(sha1_32(shingle)) + b, mod 2^32.
    A shingle is hashed once however many sets hold it (a long form's windows share most of theirs)."""
    index: dict[str, int] = {}
    members = np.fromiter((index.setdefault(s, len(index)) for shingle_set in sets for s in shingle_set), dtype=np.intp)
    digests = b"".join(hashlib.sha1(s.encode()).digest()[:4] for s in index)
    hashed = np.frombuffer(digests, dtype="<u4").astype(np.uint32)
    s1, m1, s2, m2, s3 = _FMIX32
    with np.errstate(over="ignore"):  # multiplication modulo 2^32 is the point
        hashed ^= hashed >> np.uint32(s1)
        hashed *= np.uint32(m1)
        hashed ^= hashed >> np.uint32(s2)
        hashed *= np.uint32(m2)
        hashed ^= hashed >> np.uint32(s3)
        a, b = _permutations()
        permuted = (hashed[:, None] * a + b)[members]
    starts = np.cumsum([0, *(len(s) for s in sets[:-1])])
    return np.minimum.reduceat(permuted, starts, axis=0).astype(np.uint64)


def windows(words: Sequence[str]) -> list[Sequence[str]]:
    """The form itself and, for a form longer than WINDOW_WORDS, its windows of WINDOW_WORDS words
    every WINDOW_STRIDE words (the last one ending with the form): a fragment of the form lies in
    one of them, where its Jaccard similarity is high enough for LSH to find it."""
    if len(words) <= WINDOW_WORDS:
        return [words]
    starts = [*range(0, len(words) - WINDOW_WORDS, WINDOW_STRIDE), len(words) - WINDOW_WORDS]
    return [words, *(words[i : i + WINDOW_WORDS] for i in starts)]


def form_keys(forms: Sequence[Sequence[str]], speakers: Sequence[str | None] | None = None) -> list[list[int]]:
    """Each form's band keys: those of its whole signature and of its windows' signatures, and with a
    named speaker its speaker keys. Two forms sharing a key are candidates: near-equal wordings (their
    whole signatures), a fragment with the quote it was cut from (the fragment's signature and a
    window of the longer) and a speaker's short phrase with their longer quote (a speaker key)."""
    pieces = [windows(words) for words in forms]
    keys = band_keys(signatures([w for piece in pieces for w in piece]))
    found, at = [], 0
    for i, piece in enumerate(pieces):
        mine = set(keys[at : at + len(piece)].ravel().tolist())
        if speakers is not None and speakers[i] is not None:
            mine.update(speaker_keys(forms[i], speakers[i]))
        found.append(sorted(mine))
        at += len(piece)
    return found


def speaker_keys(words: Sequence[str], speaker: str | None) -> list[int]:
    """Keys of each run of MIN_FRAGMENT_WORDS_SAME_SPEAKER words with the speaker's surname: a 4- or
    5-word phrase is too short for MinHash to find inside a long quote, so the speaker's own long
    quotes are found by their runs of words instead (one surname, so "Trump" finds "Donald Trump")."""
    if speaker is None:
        return []
    name = parse_name(speaker)
    anchor = name.surname if name.shaped and name.surname else speaker
    n = MIN_FRAGMENT_WORDS_SAME_SPEAKER
    runs = {" ".join(words[i : i + n]) for i in range(max(len(words) - n + 1, 1))}
    return [digest64(f"{anchor}\x1f{run}") for run in sorted(runs)]


def band_keys(rows: np.ndarray) -> np.ndarray:
    """Each signature's BANDS band keys (signed 64-bit, an SQL BIGINT): a band's values and its
    number folded into one integer. Equal bands give equal keys; unequal ones collide rarely, and
    a collision only adds a candidate that verification then rejects."""
    bands, width = lsh_shape()
    shaped = rows[:, : bands * width].astype(np.uint64).reshape(len(rows), bands, width)
    with np.errstate(over="ignore"):  # multiplication modulo 2^64 is the point
        keys = np.broadcast_to(np.arange(1, bands + 1, dtype=np.uint64), (len(rows), bands)).copy()
        for column in range(width):
            keys = keys * _MIX + shaped[:, :, column]
        keys ^= keys >> np.uint64(29)
    return keys.view(np.int64)

"""Which step wrote each statement's channel: the fast loop (``experiments/occasion_stated/fast.py run``) with the
resolving stage wrapped so that every final channel is traced to its writer, then every channel false fill and wrong
channel of a tuning slice listed with its sentence, the system's phrase and that writer.

    python experiments/channel_false/provenance.py GOLD.jsonl CACHE_DIR OCCASIONS.jsonl --out ROWS.jsonl

The wrappers only watch: the engine's output is the same as the fast loop's (the script checks the scores it prints
against a plain run when given ``--check``). Writers: ``stated:<step>`` (``CircumstanceFinder.find``'s steps, or
``stated:source-document`` when resolving_one takes the source's document as channel), ``tagger-stated``
(``tagged.use_tagged``), ``carried<-statement`` (another statement's channel, with that statement's writer),
``carried<-setting:<reader>`` (a scene reader of ``scenes.py``, or a relay), ``tag-fill`` (``fill_from_tags`` and the
fills kept after it), ``continued``, ``turn-view``, ``other``. For tuning slices only (train-d, train-f, train-a).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin, Span

import quotegraph.nlp.resolving as resolving_mod
import quotegraph.nlp.resolving_occasions as ro
from quotegraph.evaluation.metrics import overlap_matches, score
from quotegraph.evaluation.occasion import read_occasions, score_occasions, shares_content
from quotegraph.model import ArticleResult
from quotegraph.model.codec import encode_result
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.carrying import scenes as scenes_mod
from quotegraph.nlp.resolve.stated import circumstances as circ
from quotegraph.nlp.resolving import resolve
from quotegraph.settings import Settings

Key = tuple[int, int]

STATED_STEP: dict[Key, str] = {}  # channel span -> the step of ``find`` that chose it (last call wins)
SETTING_READER: dict[Key, str] = {}  # channel span -> the scene reader that set it first
BY_HELD: dict[int, dict[str, Any]] = {}  # id(final Held) -> provenance
BY_ATTRIBUTION: dict[str, dict[str, Any]] = {}  # attribution id -> provenance, for the current article


def _key(span: Span | None) -> Key | None:
    return None if span is None else (span.start_char, span.end_char)


def _find(self: Any, cue: Any, source: Any, blocked: Any, channel: Any, cue_words: Any = ()) -> Any:
    verb = circ.clause_verb(cue)
    steps: list[tuple[str, Any]] = [("source-named", channel)]
    channels = self._clause_channels(cue, verb, source, blocked)
    own = circ.own_channel(channels, verb)
    channel = circ.source_channel(channel, own, verb, source)
    steps.append(("source-channel", channel))
    opening = circ.opening_participle(verb, self.sentence(cue), blocked)
    before = channel
    channel, opened, joined = self._clause_channel(cue, verb, source, channel, own, opening)
    if _key(channel) != _key(before):
        words = self.channels_in(self.sentence(cue))
        subs = [
            ("own", own),
            ("told-at", circ.told_at(verb, words, opening)),
            ("scene-told", circ.scene_told(verb)),
            ("used-medium", circ.used_medium(verb)),
            ("opened", None if opened is None else opened.channel),
            ("joined", None if joined is None else joined[1]),
        ]
        sub = next((n for n, v in subs if _key(v) == _key(channel)), "acl")
        steps.append(("clause-" + sub, channel))
    steps.append(("clause-channel", channel))
    channel = circ.medium_of_verbs(cue, cue_words, channel, own, blocked)
    steps.append(("medium-of-verbs", channel))
    channel, time = self._time_and_channel(cue, verb, source, blocked, channel, opened, opening)
    steps.append(("time-and-channel", channel))
    channel, time = self._told_elsewhere(cue, blocked, channel, time)
    steps.append(("told-elsewhere", channel))
    if channel is None:  # the gathering the speaker ran (thirty-sixth set)
        channel = circ.gathering_run_by_speaker(source)
    steps.append(("gathering-run", channel))
    addressee = self._addressee(verb, source, blocked, opening, opened, joined, channel, channels)
    if channel is None and addressee is not None and circ.programme_told(addressee):
        channel = addressee
    steps.append(("programme-told", channel))
    final = _key(channel)
    if final is not None:
        step = next(name for name, value in steps if _key(value) == final)
        STATED_STEP[final] = step
    return circ.Stated(channel=channel, addressee=addressee, time=time)


circ.CircumstanceFinder.find = _find  # type: ignore[method-assign]


def _watch(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        out = fn(*args, **kwargs)
        found = out if isinstance(out, list) else [out]
        for s in found:
            stated = getattr(s, "stated", None)
            key = None if stated is None else _key(stated.channel)
            if key is not None:
                SETTING_READER.setdefault(key, name)
        return out

    return wrapped


for _name in (
    "sentence_setting",
    "narrated_scene",
    "_scene_told",
    "event_day",
    "a_person_s_day",
    "a_possessed_day",
    "a_person_s_moment",
    "a_person_s_opening",
    "story_day_setting",
    "court_day",
    "_one_of_the_crowd",
    "where_scenes",
    "taking_part",
    "poll_fieldwork",
    "interview_settings",
    "group_scenes",
    "interviews_with_many",
    "_story_scene_again",
    "narrated_scene",
    "roundup_day",
):
    if hasattr(scenes_mod, _name):
        setattr(scenes_mod, _name, _watch(_name, getattr(scenes_mod, _name)))
    else:
        print(f"no {_name} in scenes", file=sys.stderr)
ro._relays = _watch("relay", ro._relays)  # type: ignore[assignment]


def _statement_occasions(finder: Any, coref: Any, candidates: Any, resolved: Any, paragraphs: Any, cues: Any) -> Any:
    """``resolving_occasions.statement_occasions`` with each stage's channels noted."""
    of_a_court = {c.index for c in coref.clusters.clusters if (c.roles | c.titles) & ro.COURT_ROLES}
    turns = ro.transcript_turns(finder.text)
    in_turns = [ro.turn_holding(turns, ro.stands_at(c)) for c in candidates]
    statements = [
        ro._statement(finder, coref, candidate, result, paragraphs, turn, of_a_court)
        for candidate, result, turn in zip(candidates, resolved, in_turns, strict=True)
    ]
    stage0 = [_key(s.stated.channel) for s in statements]
    settings = ro._settings(finder, coref, candidates, resolved, paragraphs)
    aligned = [r.said_at for r in resolved]
    tagged = (
        ro.tag_occasions(finder.doc, finder.text, sentences=ro._tagged_sentences(finder, aligned))
        if ro.TAG_USE.on
        else []
    )
    phrases = ro.UsablePhrases(tagged, ro.TAG_USE)
    statements, settings = ro.use_tagged(finder, coref, statements, aligned, settings, paragraphs, phrases)
    stage1 = [_key(s.stated.channel) for s in statements]
    setting_keys = {_key(s.stated.channel): s for s in settings if s.stated.channel is not None}
    held = ro._carried(coref, resolved, paragraphs, statements, settings)
    stage2 = [_key(h.stated.channel) for h in held]
    held = ro._filled_from_tags(finder, held, aligned, phrases, statements, paragraphs)
    stage3 = [_key(h.stated.channel) for h in held]
    held = ro.continued_channels(held, statements, [None if cue is None else cue.lemma for cue in cues])
    stage4 = [_key(h.stated.channel) for h in held]
    held = ro._views_in_turns(finder.doc, candidates, statements, held, in_turns)
    stage5 = [_key(h.stated.channel) for h in held]
    out = [
        ro.addressed_after_carrying(h, None if r.said_at is None else finder.asked_pronoun(r.said_at.verb))
        for h, r in zip(held, resolved, strict=True)
    ]
    stated_writers = {}
    for i, k in enumerate(stage1):
        if k is not None:
            stated_writers.setdefault(k, _stated_writer(k, stage0[i]))
    for i, h in enumerate(out):
        key = _key(h.stated.channel)
        writer = "none"
        if key is not None:
            if key == stage0[i]:
                writer = _stated_writer(key, stage0[i])
            elif key == stage1[i]:
                writer = "tagger-stated"
            elif key == stage2[i]:
                if key in stated_writers and key not in setting_keys:
                    writer = "carried<-statement:" + stated_writers[key]
                elif key in setting_keys:
                    reader = SETTING_READER.get(key, "?")
                    s = setting_keys[key]
                    flags = [f for f in ("opens", "used", "members", "one_each", "fieldwork") if getattr(s, f)]
                    writer = f"carried<-setting:{reader}" + ("[" + ",".join(flags) + "]" if flags else "")
                else:
                    writer = "carried<-?"
            elif key == stage3[i]:
                writer = "tag-fill"
            elif key == stage4[i]:
                writer = "continued"
            elif key == stage5[i]:
                writer = "turn-view"
            else:
                writer = "other"
        BY_HELD[id(out[i])] = {
            "writer": writer,
            "carried": "channel" in h.carried,
            "stated0": stage0[i],
        }
    return out


def _stated_writer(key: Key, stage0: Key | None) -> str:
    return "stated:" + STATED_STEP.get(key, "source-document")


ro.statement_occasions = _statement_occasions  # type: ignore[assignment]
resolving_mod.statement_occasions = _statement_occasions  # type: ignore[attr-defined]
_attribution_of = resolving_mod.attribution_of


def _attribution_of_watched(
    doc: Any, text: Any, number: Any, candidate: Any, cue: Any, resolved: Any, ents: Any
) -> Any:
    attribution = _attribution_of(doc, text, number, candidate, cue, resolved, ents)
    BY_ATTRIBUTION[attribution.id] = BY_HELD.get(id(resolved[1]), {"writer": "?"})
    return attribution


resolving_mod.attribution_of = _attribution_of_watched  # type: ignore[attr-defined]


def _start(span: Any) -> int:
    return int(span["start"] if isinstance(span, dict) else span[0])


def _end(span: Any) -> int:
    return int(span["end"] if isinstance(span, dict) else span[1])


def _sentence(text: str, start: int) -> str:
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    b = min(x for x in (text.find(". ", start), text.find("\n", start), len(text)) if x >= 0)
    return text[a : b + 1].strip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("cache_dir", type=Path)
    parser.add_argument("occasions", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--system", type=Path, help="write the system rows here too")
    args = parser.parse_args()
    nlp = load_pipeline()
    gold = [json.loads(line) for line in args.gold.read_text().splitlines() if line.strip()]
    occasions = read_occasions(args.occasions)
    docs = list(DocBin().from_disk(args.cache_dir / "docs.spacy").get_docs(nlp.vocab))
    candidates = pickle.loads((args.cache_dir / "candidates.pkl").read_bytes())
    kept = Settings().kept_types
    rows_out = []
    system_rows = []
    counts: Counter[tuple[str, str]] = Counter()
    for row, doc, found in zip(gold, docs, candidates, strict=True):
        BY_ATTRIBUTION.clear()
        STATED_STEP.clear()
        SETTING_READER.clear()
        doc._.published = row.get("date")
        entities, attributions = resolve(doc, found)
        kept_attrs = [a for a in attributions if a.type in kept]
        result = ArticleResult(
            id=str(row["id"]), entities=tuple(entities), attributions=tuple(kept_attrs), published=row.get("date")
        )
        sys_row = json.loads(encode_result(result))
        system_rows.append(sys_row)
        sys_attrs = sys_row.get("attributions") or []
        annotated = occasions.get(str(row["id"]), {})
        text = row["text"]
        for gi, pi in overlap_matches(text, row["attributions"], sys_attrs):
            g = row["attributions"][gi]
            fields = annotated.get(str(g.get("id")))
            if fields is None:
                continue
            s = sys_attrs[pi]
            ch = s.get("channel")
            ad = s.get("addressee")
            want = fields.get("channel")
            want_ad = fields.get("addressee")
            prov = BY_ATTRIBUTION.get(str(s["id"]), {"writer": "?"})
            system = None if ch is None else ch["text"]
            if want is None:
                if system is None:
                    outcome = "null-kept"
                elif want_ad is not None and shares_content(system, want_ad["text"]):
                    outcome = "null-but-addressee"
                else:
                    outcome = "false-fill"
            else:
                right = shares_content(system, want["text"]) or shares_content(
                    None if ad is None else ad["text"], want["text"]
                )
                outcome = "right" if right else ("miss" if system is None else "wrong")
            counts[(outcome, prov["writer"] if system is not None else "none")] += 1
            cue = s.get("cue")
            at = _start((cue or s["content"])["spans"][0])
            rows_out.append(
                {
                    "article": row["id"],
                    "gold_id": g.get("id"),
                    "sys_id": s["id"],
                    "outcome": outcome,
                    "writer": prov["writer"] if system is not None else None,
                    "system": system,
                    "system_span": None if ch is None else [_start(ch["spans"][0]), _end(ch["spans"][-1])],
                    "carried": None if ch is None else ch.get("carried"),
                    "gold": None if want is None else want["text"],
                    "gold_carried": None if want is None else want.get("carried"),
                    "cue": None if cue is None else cue["text"],
                    "speaker": (s.get("speaker") or {}).get("name"),
                    "sentence": _sentence(text, at),
                    "at": at,
                }
            )
    args.out.write_text("".join(json.dumps(r) + "\n" for r in rows_out))
    scores = {**score(gold, system_rows), **score_occasions(gold, system_rows, occasions)}
    keys = ["attribution_f1", "source_acc"]
    kinds = ("_acc", "_stated_acc", "_carried_acc", "_false_fill")
    keys += [f"occasion_{f}{k}" for f in ("channel", "addressee", "time") for k in kinds]
    print(json.dumps({k: scores.get(k) for k in keys}))
    if args.system is not None:
        args.system.write_text("".join(json.dumps(r) + "\n" for r in system_rows))
    by_outcome: Counter[str] = Counter()
    for (outcome, _), n in counts.items():
        by_outcome[outcome] += n
    print(dict(by_outcome))
    for outcome in ("false-fill", "wrong", "right"):
        print(outcome)
        for (o, writer), n in counts.most_common():
            if o == outcome:
                print(f"  {n:4d} {writer}")


if __name__ == "__main__":
    main()

"""A learned choice of the occasion a statement carries: an experiment compared with the rules of
``quotegraph.nlp.resolve.carrying.occasions`` (see README.md here); not used by the pipeline.

For each field a statement does not state itself, the candidates are the phrases that set that field
earlier in the story (its live-blog entry), the last ``MAX_CANDIDATES`` distinct ones, the rules' own
choice, and "none"; each gets a few plain features (paragraph distance, same speaker, other speakers
in between, scene, poll, whether the rules chose it), and a conditional logit (softmax over the
candidates of one statement and field) picks one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span

from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.carrying.carried_channels import POLL_NOUNS
from quotegraph.nlp.resolve.carrying.carried_times import momentary
from quotegraph.nlp.resolve.carrying.occasion_records import FIELDS, Held, OccasionInput, Setting
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase

# Distinct earlier phrases per field a statement may carry (bounds the cost per statement).
MAX_CANDIDATES = 6
_SCALE = 3.0  # log1p counts divided by this sit mostly in 0..1, like the other features

Value = Span | TimePhrase


@dataclass
class _Phrase:
    """An occasion phrase set earlier: who set it, where, and what has been said since."""

    value: Value
    position: int
    paragraph: int
    speakers: frozenset[int]
    from_setting: bool
    scene: bool
    said_since: int = 0  # statements made after it
    others_since: int = 0  # of those, by people other than its speakers


@dataclass(frozen=True)
class Choice:
    """One candidate of one field of one statement and its features (for scoring and for training)."""

    value: Value | None
    features: dict[str, float]


def _span(value: Value) -> Span:
    return value.span if isinstance(value, TimePhrase) else value


def _same(a: Value | None, b: Value | None) -> bool:
    return a is not None and b is not None and (_span(a).start, _span(a).end) == (_span(b).start, _span(b).end)


@dataclass
class _Pool:
    """The last distinct phrases of each field, newest last."""

    phrases: dict[str, list[_Phrase]] = field(default_factory=lambda: {f: [] for f in FIELDS})

    def add(self, stated: Stated, at: tuple[int, int], speakers: frozenset[int], from_setting: bool) -> None:
        scene = stated.channel is not None and stated.channel.root.lemma_.lower() in lexicons().scenes
        for name in FIELDS:
            value = getattr(stated, name)
            if value is None:
                continue
            kept = [p for p in self.phrases[name] if not _same(p.value, value)]
            kept.append(_Phrase(value, at[0], at[1], speakers, from_setting, scene))
            self.phrases[name] = kept[-MAX_CANDIDATES:]

    def said(self, speaker: int | None) -> None:
        for phrases in self.phrases.values():
            for phrase in phrases:
                phrase.said_since += 1
                phrase.others_since += speaker not in phrase.speakers


def _features(
    name: str, statement: OccasionInput, phrase: _Phrase, rank: tuple[int, int], rule: Value | None
) -> dict[str, float]:
    """``rank``: how many phrases of the field, and how many of the statement's speaker, were set after it."""
    distance = max(0, statement.paragraph - phrase.paragraph)
    speaker = statement.speaker
    own = speaker is not None and speaker in phrase.speakers
    poll = name == "channel" and any(t.lemma_.lower() in POLL_NOUNS for t in _span(phrase.value))
    return {
        "bias": 1.0,
        "rule": float(_same(rule, phrase.value)),
        "same_speaker": float(own),
        "own_newest": float(own and rank[1] == 0),
        "own_uninterrupted": float(own and phrase.others_since == 0),
        "scene_near": float(phrase.scene and distance <= 1),
        "no_speaker": float(speaker is None),
        "setting": float(phrase.from_setting),
        "scene": float(phrase.scene),
        "same_paragraph": float(distance == 0),
        "next_paragraph": float(distance == 1),
        "distance": math.log1p(distance) / _SCALE,
        "newest": float(rank[0] == 0),
        "rank": rank[0] / MAX_CANDIDATES,
        "said_since": math.log1p(phrase.said_since) / _SCALE,
        "others_since": math.log1p(phrase.others_since) / _SCALE,
        "polled_poll": float(statement.polled and poll),
        "poll": float(poll),
        "held_view": float(statement.held_view),
        "states_other": float(not statement.stated.empty),
        "moment": float(name == "time" and isinstance(phrase.value, TimePhrase) and momentary(phrase.value)),
    }


def _rule_only(name: str, statement: OccasionInput, rule: Value) -> Choice:
    """The rules' choice when it is not among the earlier phrases (set after the statement, "McCain made his
    remarks during a breakfast", or by a poll's fieldwork)."""
    later = _span(rule).start_char > statement.position
    return Choice(rule, {"bias": 1.0, "rule": 1.0, "rule_later": float(later), "held_view": float(statement.held_view)})


def choice_features(
    name: str, statement: OccasionInput, phrases: Sequence[_Phrase], rule: Value | None
) -> list[Choice]:
    """The candidates of field ``name`` for ``statement``, newest first, the rules' choice among them."""
    newest = list(reversed(phrases))
    choices, own = [], 0
    for rank, phrase in enumerate(newest):
        choices.append(Choice(phrase.value, _features(name, statement, phrase, (rank, own), rule)))
        own += statement.speaker in phrase.speakers
    if rule is not None and not any(_same(rule, p.value) for p in newest):
        choices.append(_rule_only(name, statement, rule))
    return choices


def _events(statements: Sequence[OccasionInput], settings: Sequence[Setting]) -> list[tuple[int, int, int]]:
    return sorted(
        [(s.position, 1, i) for i, s in enumerate(statements)] + [(s.position, 0, i) for i, s in enumerate(settings)]
    )


def carry_choices(
    statements: Sequence[OccasionInput],
    settings: Sequence[Setting],
    rules: Sequence[Held],
    fresh: Sequence[int] = (),
) -> list[dict[str, list[Choice]]]:
    """Per statement, per field it does not state itself, its candidates; ``rules`` are the occasions the
    rules carried, ``fresh`` the paragraphs (live-blog entries, the story after its title) where nothing
    earlier is carried."""
    pool = _Pool()
    starts = sorted(fresh)
    found: dict[int, dict[str, list[Choice]]] = {}
    for position, kind, i in _events(statements, settings):
        paragraph = (settings[i] if kind == 0 else statements[i]).paragraph
        while starts and paragraph >= starts[0]:
            pool = _Pool()
            starts.pop(0)
        if kind == 0:
            if not settings[i].fieldwork:
                pool.add(settings[i].stated, (position, paragraph), settings[i].participants, True)
            continue
        statement, held = statements[i], rules[i]
        found[i] = {
            name: choice_features(name, statement, pool.phrases[name], getattr(held.stated, name))
            for name in FIELDS
            if name in held.carried or getattr(held.stated, name) is None
        }
        speakers = frozenset(() if statement.speaker is None else (statement.speaker,))
        pool.said(statement.speaker)
        pool.add(statement.stated, (position, paragraph), speakers, False)
    return [found[i] for i in range(len(statements))]

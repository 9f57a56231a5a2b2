"""Turns of an interview transcript: lines opening with a speaker's name in capitals and a colon.

In "WALLACE: Let's start with ..." or, quoted, "“PENCE: Well, look, ..." the colon is the cue, the
name the source and the rest of the line the content, as PolNeAR marks them. Only an article where
some label opens two such lines holds a transcript (in an interview someone speaks twice), so a lone
capitalised heading or a list of labelled lines is left alone; labels that head notices
("CORRECTION:", "UPDATE:") are never speakers.

A printed interview labels its turns "Q:" and "A:" instead of names; those two letters are labels
only where both stand at the start of lines, and an "A" stands for the person interviewed, whom
the finder names from the introduction (``ANSWER_LABEL``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.lexicons import lexicon
from quotegraph.nlp.syntax import WORD

__all__ = [
    "ANSWER_LABEL",
    "INTERVIEW_LABELS",
    "MIN_TURN_WORDS",
    "QUESTION_LABEL",
    "Turn",
    "question_lines",
    "transcript_turns",
    "turn_holding",
]

QUESTION_LABEL, ANSWER_LABEL = "Q", "A"
# A label of one to four capitalised words ("JAKE TAPPER", "GOV. PENCE"), or a printed interview's "Q"
# or "A", after an optional opening mark.
_TURN = re.compile(
    r"^[ \t]*[\"“”„«»]?[ \t]*(?P<label>[A-Z][A-Z.'’-]*[A-Z.](?: [A-Z][A-Z.'’-]*){0,3}|[QA])(?P<colon>:)[ \t\u00a0]+",
    re.MULTILINE,
)
INTERVIEW_LABELS = frozenset({QUESTION_LABEL, ANSWER_LABEL})
_TRAILING_MARKS = ' \t\u00a0"“”„«»'
# A turn says something: "SHORT READS:" over a list, or a one-word aside, is not one.
MIN_TURN_WORDS = 3
MIN_TURNS = 2


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: offsets of its label (the speaker), its colon (the cue) and its words."""

    label: CharSpan
    colon: CharSpan
    content: CharSpan


def _turn(text: str, match: re.Match[str]) -> Turn | None:
    if match.group("label").lower() in lexicon("transcript_non_speakers"):
        return None
    line_end = text.find("\n", match.end())
    line_end = len(text) if line_end < 0 else line_end
    end = len(text[match.end() : line_end].rstrip(_TRAILING_MARKS)) + match.end()
    if len(WORD.findall(text, match.end(), end)) < MIN_TURN_WORDS:
        return None
    return Turn(match.span("label"), match.span("colon"), (match.end(), end))


def _speaker_key(text: str, turn: Turn) -> str:
    """The last word of a label: "JAKE TAPPER" and "TAPPER" are one speaker."""
    return text[turn.label[0] : turn.label[1]].split()[-1].strip(".")


def transcript_turns(text: str) -> list[Turn]:
    """The turns of the transcript in ``text``, in order; none unless someone speaks twice (a list of
    labelled lines, "PROS: ... CONS: ...", is not a conversation)."""
    turns = [turn for match in _TURN.finditer(text) if (turn := _turn(text, match)) is not None]
    keys = [_speaker_key(text, turn) for turn in turns]
    if not set(keys) >= INTERVIEW_LABELS:  # a lone "A:" opens a list item or a grade, not an answer
        turns = [turn for turn, key in zip(turns, keys, strict=True) if key not in INTERVIEW_LABELS]
        keys = [key for key in keys if key not in INTERVIEW_LABELS]
    return turns if len(turns) >= MIN_TURNS and len(set(keys)) < len(keys) else []


@lru_cache(maxsize=4)  # asked once per "you" source of an article: read each article once, not once a source
def question_lines(text: str) -> tuple[Turn, ...]:
    """The lines that open with a printed interview's question label ("Q: Did you ever think of quitting?"),
    as turns, whether or not the answers are long enough to make the article a transcript: the label is
    never part of a source the tagger finds in the question ("Q: Did you")."""
    lines = []
    for match in _TURN.finditer(text):
        if match.group("label") != QUESTION_LABEL:
            continue
        end = text.find("\n", match.end())
        lines.append(Turn(match.span("label"), match.span("colon"), (match.end(), len(text) if end < 0 else end)))
    return tuple(lines)


def turn_holding(turns: Sequence[Turn], position: int) -> Turn | None:
    """The turn of ``turns`` (a transcript's, in order) in which the character offset ``position`` stands: from its
    label to the next turn's label, as an answer runs on over paragraphs, or for the last turn to the end of its line
    (what follows a transcript is the article's again)."""
    at = bisect_right(turns, position, key=lambda turn: turn.label[0]) - 1  # asked per statement: no walk of turns
    if at < 0 or (at == len(turns) - 1 and position >= turns[at].content[1]):
        return None
    return turns[at]

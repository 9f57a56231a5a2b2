"""A court's decision as the channel of its judges' words, and the day the court gave it.

A court report tells the day of the decision once, on the court's own verb in the lede ("The Court of Appeal on
Thursday quashed ...", "Japan's Supreme Court ruled on Wednesday that ..."), and then quotes the judges from the
decision without a day of their own ("In her judgment, Ramcharan-Lewis said", "In his dissenting judgment, X said",
"Reading out the ruling of the Grand Bench, Chief Justice Y said"). The decision is the channel (occasion.md: the
document the words were set down in) and the day it was delivered is the time of each statement drawn from it; a
continuation ("she wrote", "She added") carries both as it carries any stated occasion.

The court's own verb ("ruled", "quashed", "found") is no channel: on the tuning pages the court's own statements of the
lede ("ruled on Wednesday that", "ruling 2-1 that") are annotated with the day and no channel, so only a decision the
text names gives one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS

__all__ = [
    "COURT_DECISIONS",
    "DECISIONS_DELIVERED",
    "DECISION_DAYS",
    "DECISION_NOUNS",
    "RULING_VERBS",
    "RulingDays",
    "a_court_decision",
    "a_court_ruling",
    "decision_delivered",
]

# A statement whose channel is a court's decision and that states no day takes the day the story gave the court's
# ruling before it (the first such ruling with a day: the lede's). Rule on against off (with the "judgment" channel
# noun; the forty-fourth set, round judgments): tuned pages every field +10 (trinidad 7, tokyo 3), no tuned statement
# lost; the six check pages and dev unchanged; train a, d, f byte-identical; train-m (check) time 0.5358 -> 0.5563 with
# no false fill added.
DECISION_DAYS = True
# "Reading out the ruling of the Grand Bench, X said", "Recording a narrative conclusion at the end of a two-day
# inquest, the coroner said", "Delivering the lead judgment, Justice Y said": the decision an opening participle of
# delivering takes as its object is the channel of the sentence's statement, before the sitting it was delivered at.
# Rule on against off: tuned pages every field +6 and channel +6 (tokyo's ruling read out three times, whose day then
# follows: time +3; spennymoor's narrative conclusion three times); nothing else moves.
DECISIONS_DELIVERED = True

# the nouns of a court's or a tribunal's written decision ("the judgment reads", "said in its ruling"), which
# ``resolving_documents`` gives to the body that ruled
DECISION_NOUNS = frozenset({"judgment", "judgement", "ruling", "decision", "verdict"})
# the nouns of a court's or a coroner's decision, as the channel a judge's words are drawn from: the written decision
# and a judge's own opinion, dissent, conclusion or findings
COURT_DECISIONS = DECISION_NOUNS | {"opinion", "dissent", "conclusion", "finding"}
# who rules: a court, a tribunal, a bench or panel of it, a judge, a coroner, a jury
_COURT_MAKERS = frozenset(
    {"court", "tribunal", "bench", "panel", "judge", "justice", "coroner", "magistrate", "jury", "justices"}
)
# the verbs of ruling ("ruled", "quashed the acquisition", "upheld a state law", "found that"), which
# ``resolving_documents`` reads on any statement's cue ("The court ruled that ...")
RULING_VERBS = frozenset({"rule", "decide", "find", "hold", "order", "dismiss", "uphold", "quash", "overturn"})
# a court's verbs of deciding: the verbs of ruling, and those that decide only with a court as their subject ("the
# tribunal struck out the petition", "rejected the appeal", "allowed the appeal")
_COURT_RULING_VERBS = RULING_VERBS | {"strike", "reject", "allow"}
# the verbs of delivering a decision in an opening participle ("Reading out", "Delivering", "Recording", "Handing down")
_DELIVERING_VERBS = frozenset({"read", "deliver", "record", "hand", "give", "return", "issue"})


def a_court_decision(channel: Span) -> bool:
    """Whether a channel is a court's decision by its head noun ("her judgment", "a dissenting opinion")."""
    return channel.root.lemma_.lower() in COURT_DECISIONS


def a_court_ruling(verb: Token) -> bool:
    """ "The Court of Appeal on Thursday quashed", "an employment tribunal in Leeds ruled", "A coroner has ruled": a
    verb of deciding whose subject is headed by a court's maker or names one ("the Supreme Court")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _COURT_RULING_VERBS:
        return False
    subjects = [c for c in children_of(verb) if c.dep_ in NOMINAL_SUBJECTS]
    return any(s.lemma_.lower() in _COURT_MAKERS or _names_a_court(s) for s in subjects)


def _names_a_court(subject: Token) -> bool:
    """ "Japan's Supreme Court", "the Court of Appeal": a court's noun compounded on or governing the subject's head."""
    return any(t.lemma_.lower() in _COURT_MAKERS for t in subject.subtree if t.i <= subject.i or t.head == subject)


def decision_delivered(opening: Token | None) -> Span | None:
    """The decision an opening participle of delivering takes as object ("Reading out the ruling of the Grand Bench",
    "Recording a narrative conclusion"), as the channel (``DECISIONS_DELIVERED``); None otherwise."""
    if not DECISIONS_DELIVERED or opening is None or opening.lemma_.lower() not in _DELIVERING_VERBS:
        return None
    decision = next((c for c in children_of(opening) if c.dep_ == "dobj" and c.lemma_.lower() in COURT_DECISIONS), None)
    return None if decision is None else channel_phrase(decision)


class RulingDays:
    """The day a document gives its court's first ruling told with one, read once: the lede's "The Court of Appeal on
    Thursday quashed ..." dates every statement drawn from the decision after it."""

    def __init__(self, sentences: Sequence[Span], time_of: Callable[[Token], TimePhrase | None]) -> None:
        self._first: tuple[int, TimePhrase] | None = None
        for index, sentence in enumerate(sentences):
            day = next((d for verb in sentence if a_court_ruling(verb) and (d := time_of(verb)) is not None), None)
            if day is not None:
                self._first = (index, day)
                break

    def day_before(self, channel: Span, sentence: int) -> TimePhrase | None:
        """The day of the story's first ruling told with one, when it stands at or before ``sentence``, for a statement
        drawn from a court's decision (``DECISION_DAYS``)."""
        if not DECISION_DAYS or not a_court_decision(channel) or self._first is None:
            return None
        index, day = self._first
        return day if index <= sentence else None

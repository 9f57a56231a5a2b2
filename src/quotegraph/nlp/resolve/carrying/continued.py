"""A saying told as a continuation ("he added", "she noted", "Trump continued") takes the channel its speaker's words
just before were in: the cue itself tells that the words go on from the ones before, on the same occasion.

It runs after the carrying (``occasions.py``) and the tagger's fills (``tagged.py``), over their result: the carrier
already carries a channel the rules read to the speaker's next words, so what is left to this rule is mostly a channel
the tagger filled (which the carrier never sets for anyone) or one the carrier held only for a sentence. Which cues tell
a continuation is read from the cue's lemma (``cue_words.cue_lemma``), as the output gives it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span

from quotegraph.nlp.resolve.carrying.occasion_records import Held, OccasionInput

__all__ = ["CONTINUED_CHANNELS", "CONTINUING_CUES", "continued_channels"]

# The cues that tell a saying goes on from the speaker's words just before: "added", "continued", "went on", "noted".
# Not "said" or "wrote" (a saying of its own, maybe on another occasion: "said" as a condition, train-d channel +12
# right / +14 false fills), nor "explained" or "insisted" (an answer as often as a continuation; once or never in
# train). Found with experiments/occasion_carry/carry_conditions.py over main 69ab34e's output: of every condition on
# a null field (cue, kind, source, paragraph and sentence gap, same speaker, others or values between, a run of quote
# paragraphs, the setter's value class, tense, fields stated), the continuing cue with only the speaker's own
# statements between is the one that adds more right values than false fills on train-d and on train 0-59 in at least
# five train-d articles; for the addressee it loses (train-d +1 / +6 false fills) and for the time it is even (+3 /
# +3), so the channel only.
CONTINUING_CUES = frozenset({"add", "continue", "go on", "note"})
# Rule on against off (fast.py, cache11; right values / false fills / other values): train-d channel +10 / +1 / 3 in 9
# articles (a rally in Philadelphia, a news conference (2), an op-ed, Twitter, Andrea Mitchell Reports, her college
# columns, a fundraising email, the last major addresses, the spymaster's memoirs; the false fill "social media" for
# "Clinton noted that experts say"; the other values "the president's address" for "his final State of the Union
# address" (2) and "a message" for "an event"), channel 0.6898 -> 0.6936, carried 0.5658 -> 0.5724, false fill 0.0846
# -> 0.0848, addressee 0.6759 -> 0.6768 (a channel holding the annotated addressee); train 0-59 channel +4 / 0 in one
# article (the White House, a tweet), 0.6958 -> 0.7052. News pages (144): no count changes; without the stop at a
# statement naming its own addressee, pull-quote.html lost a field ("Kerr told BBC Radio Leeds on Tuesday ... He
# added" took the letter to staff of Friday), which the stop mends (train-a: it also drops "his campaign message" for
# "told cheering supporters ..., adding", a false fill, and one right value, "an interview with CNBC" past "told CNBC").
CONTINUED_CHANNELS = True


def continued_channels(
    held: Sequence[Held], statements: Sequence[OccasionInput], lemmas: Sequence[str | None]
) -> list[Held]:
    """``held`` with a channel for each statement whose cue's lemma (``lemmas``, aligned) tells a continuation
    (``CONTINUING_CUES``) and that holds none: the channel of its speaker's latest statement that holds one, when only
    that speaker's statements stand between, none of them naming an addressee of its own (a new date alone keeps the
    channel, as in the carrying: the same occasion, now dated) (``CONTINUED_CHANNELS``). The channel is marked carried;
    a statement filled here passes it on to the next continuation."""
    out = list(held)
    if not CONTINUED_CHANNELS:
        return out
    # One pass, keeping what a walk back over the speaker's own statements would meet first: the latest channel of
    # the run of one speaker's statements, or none once a statement names an addressee of its own without a channel.
    run_speaker: int | None = None
    in_force: Span | None = None
    for i, statement in enumerate(statements):
        if statement.speaker != run_speaker:
            run_speaker, in_force = statement.speaker, None  # another speaker heard: the words may answer them
        own = out[i]
        if (
            in_force is not None
            and statement.speaker is not None
            and lemmas[i] in CONTINUING_CUES
            and own.stated.channel is None
        ):
            out[i] = own = Held(replace(own.stated, channel=in_force), own.carried | {"channel"})
        if own.stated.channel is not None:
            in_force = own.stated.channel
        elif own.stated.addressee is not None and "addressee" not in own.carried:
            in_force = (
                None  # "Kerr told BBC Radio Leeds on Tuesday ... He added": that occasion, which names no channel
            )
    return out

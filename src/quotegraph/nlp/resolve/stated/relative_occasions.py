"""A relative clause that puts its verb inside an occasion ("a June 2011 email exchange where Clinton asked"): its
marker (``relative_occasion_marker``) and the noun phrase whose time dates that occasion (``dates_a_noun_phrase``,
``noun_phrase_between``), with ``RELATIVE_OCCASION_TIMES``. ``statement_times`` reads the time. And a relative clause
on the speaker that says they ran or addressed a gathering ("said Hala Agha, who organized the event"): the gathering
is where they spoke (``gathering_run_by_speaker``, ``SPEAKERS_OWN_GATHERINGS``), which ``circumstances`` reads.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.stated.channel_nouns import NOUN_ENTRIES, a_scene
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.syntax import NOUN_TAGS, VERB_POS

__all__ = [
    "RELATIVE_OCCASION_TIMES",
    "SPEAKERS_OWN_GATHERINGS",
    "dates_a_noun_phrase",
    "gathering_run_by_speaker",
    "noun_phrase_between",
    "relative_occasion_marker",
]

# "a get out the vote event Monday — during which she gave a shout out", "a June 2011 email exchange where Clinton
# asked", "one on Sunday in which organizers claimed": a relative clause opened by a preposition on "which" or by
# "where" puts its verb inside the noun it hangs on, an occasion (occasion.md: the time is when the statement was
# made), so the time that dates that noun phrase is the saying's; "during which" alone is no time. The time is the last
# one before the clause's opening word with only its noun phrase's words between (``_NOUN_PHRASE_POS``), hanging on a
# noun, not a verb ("emails released over the past several weeks ..., in which": ``dates_a_noun_phrase``). Only a
# clause in the past simple: a present one tells of a state or a plan ("the city where both claim roots", "the April
# 19 New York primary — where Sanders and his aides believe", "in which a handful of donors are mentioned"); "where"
# only on a common noun (not "South Carolina, where the Bush presidencies ... are remembered fondly", a place). As
# "when" on a time does (``StatementTimes._when_of``).
# Rule on against off (fast.py, cache14; timeforms): train-d time +4 stated right in 4 articles
# (hillary-clinton-wins-delaware's "during which" now "Monday", top-clinton-adviser-sent-top "June 2011",
# clinton-and-sanders-trade-low "in January" for a carried "on Monday", trump-s-stumbles-fuel-convention "on Sunday"),
# +1 carried right (the Delaware event's next statement), no false fill, nothing else moved; train 0-59, train-c and
# the news-page score byte-identical (the form is on no expected page statement: train-d's, not fitted to a page).
# Without the past-simple, common-noun and noun-phrase limits: +3 false fills in 3 articles
# (jeb-bush-helped-by-george, foundation-and-donors, sanders-scrambles) and 5 carried times and 5 carried channels lost
# in biden-calls-trump-risk ("the city where both claim roots" dated, cutting the joint appearance's Monday off).
RELATIVE_OCCASION_TIMES = True

_RELATIVE_PREPS = frozenset({"in", "during", "at", "on", "amid"})  # "in which", "during which": inside the occasion

_RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})

# what may stand between the occasion's time and the relative clause: the rest of its noun phrase ("interview on
# CBS's "This Morning,""), never a verb, which would make the time another clause's
_NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADP", "DET", "PUNCT", "NUM", "ADJ", "PART", "CCONJ"})

MAX_OCCASION_REACH = 10  # tokens from the occasion's time to the relative clause: one noun phrase's length

_NOUN_PHRASE_DEPTH = 4  # prepositions climbed from the time to the noun it dates ("one in January"), so the walk ends


def relative_occasion_marker(verb: Token) -> Token | None:
    """ "in which he doubled down", "during which she gave", "where Clinton asked": the preposition or "where" that
    opens the relative clause ``verb`` heads, in the past simple, putting it inside the noun the clause hangs on
    (``RELATIVE_OCCASION_TIMES``)."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBD":
        return None
    for child in children_of(verb):
        if child.i > verb.i:
            break
        if child.dep_ == "advmod" and child.lower_ == "where" and verb.head.pos_ == "NOUN":
            return child
        pronouns = [c for c in children_of(child) if c.dep_ == "pobj" and c.tag_ in _RELATIVE_PRONOUN_TAGS]
        if child.dep_ == "prep" and child.lower_ in _RELATIVE_PREPS and pronouns:
            return child
    return None


def dates_a_noun_phrase(span: Span) -> bool:
    """Whether the time ``span`` hangs on a noun, through prepositions only ("a Wednesday interview", "one in
    January"), not on a verb ("emails released over the past several weeks"), whose act it would date."""
    word = span.root
    for _ in range(_NOUN_PHRASE_DEPTH):
        head = word.head
        if head == word or head.pos_ in VERB_POS:
            return False
        if head.pos_ != "ADP":
            return True
        word = head
    return False


def noun_phrase_between(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens from ``start`` to ``end`` are all words a noun phrase holds (``_NOUN_PHRASE_POS``), within
    ``MAX_OCCASION_REACH`` tokens."""
    return end - start <= MAX_OCCASION_REACH and all(t.pos_ in _NOUN_PHRASE_POS for t in doc[start:end])


# "said Hala Agha, a resident who organized the event", "Clinton, who was speaking to the US Conference of Mayors, ...
# told city leaders", "said Council President Evelyn Ayagalria, who opened the meeting": a relative clause on the
# speaker that says they ran, opened or addressed a gathering (``_RUNNING_VERBS`` with the gathering as object,
# ``_SPEAKING_VERBS`` with it after "to" or "at") tells where they were speaking: the gathering is the statement's
# channel when its own clause names none (occasion.md: "a meeting or session through which one speaks is the channel").
# A running verb in the past simple with the gathering named with "the" and its noun named nowhere before in the story
# ("who organized the event"): "the meeting" after a scene the story set ("a cabinet meeting", "the first meeting") is
# that scene again, whose first mention the carrying gives (occasion.md, "Carried occasion"), and read as the
# statement's own channel it cut three tuned pages' carried scenes ("Mayor Darlene Hrycak, who chaired the meeting,
# said"); a speaking verb in the past progressive, under way as they spoke ("who was speaking to"): "General Allen,
# who spoke on behalf of Hillary Clinton at the Democratic convention, singled out" tells of an earlier speech (train-d,
# a carried right channel lost with the past simple), and one in the present or the future tells of a role or a plan
# ("who hosts the show", "who will chair the summit"). The gathering a scene noun (the scenes lexicon, its two-word
# entries too) or a name ending in one ("the US Conference of Mayors"). Its time is the speaker's past and is not read.
# Rule on against off (fast.py, cache36; frontedsession, docs/occasion-rounds.md, the thirty-sixth set): train-d channel
# +1 stated and +3 carried right in one article, no false fill, nothing lost ("Clinton, who was speaking to the US
# Conference of Mayors"); train-f +1 stated right ("said Hala Agha, ... who organized the event"); train 0-59 and the
# check slices train-c, g, h, i byte-identical; tuned pages unchanged in every count (one page's two statements with no
# channel now "the meeting", still not the page's "teleconference", the call the meeting was held by).
SPEAKERS_OWN_GATHERINGS = True
_RUNNING_VERBS = frozenset(
    {"chair", "open", "organize", "organise", "host", "moderate", "convene", "address", "lead", "run"}
)  # fmt: skip
_SPEAKING_VERBS = frozenset({"speak", "talk"})
_SPEAKING_TO = frozenset({"to", "at"})
_PAST_AUXILIARIES = frozenset({"was", "were"})


def _a_scene_noun(word: Token) -> bool:
    """A scene noun of any nominal tag, its two-word entry with the word before it ("town hall meeting")."""
    return word.tag_ in NOUN_TAGS and a_scene(word, entries=NOUN_ENTRIES)


def _under_way(verb: Token) -> bool:
    """ "who was speaking": a progressive with "was" or "were"."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in _PAST_AUXILIARIES for c in children_of(verb))


def _the_gathering(word: Token) -> bool:
    """ "the event": a gathering named with "the" whose noun the story names nowhere before (one named before is that
    scene again, which the carrying gives by its first mention)."""
    if not _a_scene_noun(word) or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(word)):
        return False
    lemma = word.lemma_.lower()
    return not any(t.tag_ in NOUN_TAGS and t.lemma_.lower() == lemma for t in word.doc[: word.i])


def _gathering_of(verb: Token) -> Token | None:
    """The gathering ``verb`` of a relative clause ran (in the past simple, "the" gathering) or was being spoken at
    (in the past progressive): its object after a running verb, the object of its "to" or "at" after a speaking
    verb."""
    lemma = verb.lemma_.lower()
    for child in children_of(verb):
        if lemma in _RUNNING_VERBS and verb.tag_ == "VBD" and child.dep_ == "dobj" and _the_gathering(child):
            return child
        if lemma in _SPEAKING_VERBS and _under_way(verb) and child.dep_ == "prep" and child.lower_ in _SPEAKING_TO:
            found = next((o for o in children_of(child) if o.dep_ == "pobj" and _a_scene_noun(o)), None)
            if found is not None:
                return found
    return None


def gathering_run_by_speaker(source: Span | None) -> Span | None:
    """The gathering a relative clause on the speaker's phrase (on its head or a noun set beside it) says they ran or
    addressed, in the past (``SPEAKERS_OWN_GATHERINGS``); None when there is none."""
    if not SPEAKERS_OWN_GATHERINGS or source is None:
        return None
    heads = [source.root, *(c for c in children_of(source.root) if c.dep_ == "appos")]
    for head in heads:
        for clause in children_of(head):
            if clause.dep_ != "relcl":
                continue
            gathering = _gathering_of(clause)
            if gathering is not None:
                return channel_phrase(gathering)
    return None

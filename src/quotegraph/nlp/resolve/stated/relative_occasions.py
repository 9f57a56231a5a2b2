"""A relative clause that puts its verb inside an occasion ("a June 2011 email exchange where Clinton asked"): its
marker (``relative_occasion_marker``) and the noun phrase whose time dates that occasion (``dates_a_noun_phrase``,
``noun_phrase_between``), with ``RELATIVE_OCCASION_TIMES``. ``statement_times`` reads the time.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.find.parse import children_of

__all__ = [
    "RELATIVE_OCCASION_TIMES",
    "dates_a_noun_phrase",
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
        if head == word or head.pos_ in ("VERB", "AUX"):
            return False
        if head.pos_ != "ADP":
            return True
        word = head
    return False


def noun_phrase_between(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens from ``start`` to ``end`` are all words a noun phrase holds (``_NOUN_PHRASE_POS``), within
    ``MAX_OCCASION_REACH`` tokens."""
    return end - start <= MAX_OCCASION_REACH and all(t.pos_ in _NOUN_PHRASE_POS for t in doc[start:end])

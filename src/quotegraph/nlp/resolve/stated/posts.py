"""Posts on a platform: the platform a post went on ("posted a photo of the two of them on Instagram",
``platform_of_post``), and the caption under a post, part of the post, not a medium of its own (``part_of_a_post``).

Separate because a post is read from the verb of posting down to its platform, not from a channel word up."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.stated.channel_nouns import is_channel_word
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase

__all__ = [
    "MEDIA_ON_THEIR_PLATFORM",
    "medium_on_its_platform",
    "part_of_a_post",
    "platform_of_post",
]


# Nouns for the words set under a post ("with the caption: “...”", "wrote in the caption"): part of a post, not a
# medium of its own, which is the platform the post went on
_POST_PARTS = frozenset({"caption"})


def part_of_a_post(channel: Span) -> bool:
    """ "the caption": a channel that is the words under a post (``_POST_PARTS``)."""
    return channel.root.tag_ in ("NN", "NNS") and channel.root.lemma_.lower() in _POST_PARTS


# the links from a verb of posting down to the platform of what it posted ("posted a photo of the Earth on Instagram"):
# its object and the phrases on it, not a clause (the words posted)
_POSTED_LINKS = frozenset({"dobj", "prep", "pobj"})
_POSTED_DEPTH = 6  # links followed from the verb at most, so the walk stays bounded


def platform_of_post(verb: Token) -> Span | None:
    """ "posted a photo of the two of them on Instagram": a platform after "on", hung on the verb of posting or on what
    it posted (its object, through phrases only), is where the post went, even where the finder took the thing posted
    for the words ("a photo ... on Instagram" is no statement's words, and no words name a platform inside a clause
    that way)."""
    platforms = lexicons().platforms
    for token in verb.subtree:
        if token.text not in platforms or token.dep_ != "pobj" or token.head.lower_ != "on":
            continue
        current, links = token, 0
        while current != verb and current.dep_ in _POSTED_LINKS and links < _POSTED_DEPTH:
            current, links = current.head, links + 1
        if current == verb:
            return channel_phrase(token)
    return None


# A medium named with the platform it went out on ("congratulated Anika in a post on X", "posted a video on Instagram,
# filmed in the band's dressing room, in which he said"): the channel is the medium with its platform, as the news
# pages' annotators give it ("post on X", "video on Instagram"), not the platform alone. The platform is the object of
# an "on" the parser hangs on the medium noun itself; the phrase ends at the platform, so a participle or a relative
# clause after it ("filmed in ...", "in which he said") stays out. PolNeAR's annotators give the platform ("on
# Twitter") or the medium with it ("a campaign message on Twitter"), which the longer value holds either way. Rule on
# against off (fast.py, cache16): train-d three statements longer, no figure moved (huff-post_2015-12-22
# of-the-most-powerful-things "her Facebook" -> "a lengthy message on her Facebook" twice, politico_2016-05-24
# ken-starr-praises "Instagram" -> "a video on Instagram"); train 0-59 and train-c byte-identical; news pages channel
# +6, every field +5, no loss (spelling-bee-final "a post on X"; cruise-ship-norovirus-halifax "a video on TikTok",
# two statements; dovetails-adelaide-stadium-show-cancelled "a video on Instagram", three). The form is general to
# posts; PolNeAR's 2016 politics news names the platform alone ("tweeted", "wrote on Twitter") far more often.
MEDIA_ON_THEIR_PLATFORM = True


def medium_on_its_platform(channel: Span) -> Span | None:
    """ "a post on X" for "X" in "in a post on X", "a video on Instagram" for "Instagram" in "posted a video on
    Instagram": see ``MEDIA_ON_THEIR_PLATFORM``; None when ``channel`` is no platform after "on", or its "on" hangs on
    a verb with no medium for its object ("posted on Instagram", "posted a photo of them on Instagram") or on a noun of
    no medium ("the queue on Facebook")."""
    root = channel.root
    words = lexicons()
    if not MEDIA_ON_THEIR_PLATFORM or root.text not in words.platforms | words.platforms_after_on:
        return None
    on = root.head
    if root.dep_ != "pobj" or on.lower_ != "on" or on.dep_ != "prep":
        return None
    medium = on.head
    if medium.pos_ == "VERB":  # "posted a video on Instagram": the parser hangs the platform on the verb
        medium = next((c for c in children_of(medium) if c.dep_ == "dobj"), medium)
    if medium.tag_ not in ("NN", "NNS") or not is_channel_word(medium) or medium.i > root.i:
        return None
    phrase = channel_phrase(medium)
    return medium.doc[min(phrase.start, medium.i) : root.i + 1]

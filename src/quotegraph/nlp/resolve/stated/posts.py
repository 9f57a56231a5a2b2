"""Posts on a platform: the platform a post went on ("posted a photo of the two of them on Instagram",
``platform_of_post``), and the caption under a post, part of the post, not a medium of its own (``part_of_a_post``).

Separate because a post is read from the verb of posting down to its platform, not from a channel word up."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase

__all__ = [
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

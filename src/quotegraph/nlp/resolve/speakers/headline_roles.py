"""A headline's or a lede's speaker named by a bare or indefinite role noun ("Coroner warns ..."): the one entity the
body names by that role (``headline_role_holder``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.resolve.headlines import opening_lines_end
from quotegraph.nlp.resolve.speakers.clusters import Cluster, ClusterSet
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan
from quotegraph.nlp.resolve.speakers.names import name_key
from quotegraph.nlp.syntax import INDEFINITE

__all__ = ["bare_noun", "headline_role_holder"]

_NOT_ROLES = frozenset({"PERSON", "GPE", "NORP", "LOC"})  # a name of its own, not a role the body names
_TITLE_REACH = 2  # words before a name that may hold its role: "senior coroner Alison Kerr", "Health Secretary X"


def bare_noun(span: Span) -> Token | None:
    """The one word of a source that is a bare or indefinite noun ("Whistleblower", "A coroner"), else None."""
    words = [t for t in span if not t.is_punct and t.lower_ not in INDEFINITE]
    return words[0] if len(words) == 1 else None


def headline_role_holder(clusters: ClusterSet, coref: Coreference, span: Span) -> Cluster | None:
    """ "Coroner warns more cyclists will die", "Widow says council ignored every warning", "Board says it has called
    in auditors": a headline or standfirst names its speaker by a bare or indefinite role noun, and the body names
    who holds it ("senior coroner Alison Kerr", "Mr Doyle's widow, Sarah Doyle", "the Eastmoor Health Board").
    The one entity of the body so named; none when no body entity or several are."""
    noun = bare_noun(span)
    if noun is None:
        return None
    body = opening_lines_end(span.doc)
    if not _opening_or_lede(coref, span, body):
        return None
    if not noun.is_alpha or noun.ent_type_ in _NOT_ROLES or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    named = clusters.match_name(name_key(span.doc[noun.i : noun.i + 1]), "PERSON")
    if named is not None and named.type == "PERSON":
        return None  # "Trump says ...": a person's name the tagger left untyped in the headline
    own = coref.cluster_at(noun)
    holders = [
        c
        for c in clusters.clusters
        if c is not own
        and c.named
        and not c.plural
        and any(_holds(span.doc, m, noun.lower_) for m in c.mentions if m.start >= body)
    ]
    return holders[0] if len(holders) == 1 else None


def _opening_or_lede(coref: Coreference, span: Span, body: int) -> bool:
    """Whether ``span`` is in the headline or standfirst, or is an indefinite one in the body's first sentence, the
    lede, which introduces its people by role before naming them ("A coroner has warned that ..."); ``body`` is the
    token after the opening lines (``opening_lines_end``)."""
    if span.start < body:
        return True
    return (
        span[0].lower_ in INDEFINITE
        and coref.sentence_of[span.start] == coref.sentence_of[min(body, len(span.doc) - 1)]
    )


def _holds(doc: Doc, mention: MentionSpan, noun: str) -> bool:
    """Whether a mention names its entity by ``noun``: as its head ("Mr Doyle's widow", "Eastmoor Health Board") or
    as a title word right before its name ("senior coroner Alison Kerr")."""
    person_name = mention.kind == "name" and mention.type == "PERSON"  # "a Donald Trump presidency" holds no role
    if not person_name and noun in (doc[mention.head].lower_, doc[mention.head].lemma_.lower()):
        return True
    before = doc[max(0, mention.start - _TITLE_REACH) : mention.start]
    return mention.kind == "name" and any(t.lower_ == noun for t in before)

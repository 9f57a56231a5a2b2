"""From a candidate's source span to one entity: the phrase's head mention, or a new entity of its own."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.speakers import phrase_forms
from quotegraph.nlp.resolve.speakers.clusters import Cluster, ClusterSet
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.speakers.headline_roles import headline_role_holder
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan
from quotegraph.nlp.resolve.speakers.names import POSSESSIVE_MARKS, name_key
from quotegraph.nlp.resolve.speakers.names_beside import (
    apposed_name_cluster,
    body_named_after_its_clause,
    name_after_a_bare_possessive,
    name_closing_a_role,
    names_end,
    owner_the_tagger_missed,
    past_medium_title,
    past_titles,
    person_titled_by_a_body_s_role,
)
from quotegraph.nlp.resolve.speakers.not_speaking import PLACE_TYPES, words_not_speaking
from quotegraph.nlp.resolve.speakers.noun_classes import KIN
from quotegraph.nlp.resolve.speakers.phrase_forms import person_before_of
from quotegraph.nlp.resolve.speakers.source_documents import (
    copied_document,
    document_principal,
    named_document,
    principal_phrase,
    quoted_by,
    sender_unmentioned,
)
from quotegraph.nlp.resolve.speakers.source_spans import relative_antecedent_phrase
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.channels import channel_words
from quotegraph.nlp.resolve.stated.medium_addressees import ADDRESSING
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS, subtree_span

__all__ = [
    "SourceResolution",
    "resolve_source",
]

# How sure the link from source to entity is, by the kind of mention the source is: an attribution's
# ``confidence``. The values were set by hand with the first resolver, not fitted: only their order is meant
# (a tagged name > a name read where the tagger missed it > a description > a pronoun > a source linked to no entity),
# so that a user who keeps attributions above a threshold keeps the better-founded links first.
_CONFIDENCE = {"name": 1.0, "description": 0.85, "pronoun": 0.8}
_UNRESOLVED_CONFIDENCE = 0.6
_NAME_ONLY_CONFIDENCE = 0.9
_AGENT_PREPS = ("by", "from", "of")
_WHERE_PREPS = ("in", "on", "at")  # where a document appeared: "published in the Journal of ..."


@dataclass(frozen=True)
class SourceResolution:
    cluster: Cluster
    confidence: float
    channel: Span | None = None


def _agent_of_channel(coref: Coreference, noun: Token) -> Token | None:
    """ "a story by The Hollywood Reporter", "the network's report": the one behind the channel."""
    for child in children_of(noun):
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in _AGENT_PREPS:
            for pobj in children_of(child):
                if pobj.dep_ == "pobj" and coref.cluster_at(pobj) is not None:
                    return pobj
    return None


def _caller_by_medium(coref: Coreference, medium: Token) -> Cluster | None:
    """ "Ferris's climbing partner, Pasang Dorje Sherpa, called base camp by satellite phone ... to say that ...": the
    parser reads the verb as a participle on the name ("Sherpa, called [named] base camp by ...") and the medium after
    "by" as its agent; a medium is never who speaks, so the person the participle hangs on is."""
    preposition = medium.head
    verb = preposition.head
    if medium.dep_ != "pobj" or preposition.dep_ != "agent" or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    # the name, or the noun the name stands in apposition to ("Lama's rope partner, Nima Tashi, called ...")
    nouns = [verb.head, *(c for c in children_of(verb.head) if c.dep_ == "appos")]
    callers = [c for c in map(coref.cluster_at, nouns) if c is not None and c.type == "PERSON" and c.named]
    return callers[0] if callers else None


# A body's short form bracketed after its name ("the Energy and Petroleum Regulatory Authority (EPRA)") that the tagger
# leaves unnamed there and later ("EPRA said") is read as a source of its own, typed no kind, and a name of no kind
# joined no body: the body spoke under two entities. The bracket made the short form the body's (``clusters``,
# ``_abbreviated``), so the bare source is that body. Written by bodyforms (the forty-first set;
# docs/occasion-rounds.md).
SHORT_FORMS_UNTAGGED = True


def _own_entity(clusters: ClusterSet, coref: Coreference, span: Span) -> Cluster:
    """An unresolvable source ("sources", "a campaign operative", a lone "it") is an entity of its own."""
    root = span.root
    role = lexicons().role_nouns.get(root.lemma_.lower())
    mention = MentionSpan(
        start=span.start,
        end=span.end,
        head=root.i,
        kind="description",
        text=span.text,
        start_char=span.start_char,
        end_char=span.end_char,
        type="PERSON" if role is not None and role.of_person else "OTHER",
        plural=root.tag_ in ("NNS", "NNPS"),
        role=root.lemma_.lower() if role is not None else None,
    )
    definite = span[0].lower_ in ("the", "this", "that")
    # "the guitarist" or "the sergeant", no role noun of the lexicon: the one person named with it as a title
    titled = coref.titled(root.lemma_.lower(), span.start) if definite and role is None and not mention.plural else None
    if titled is not None:
        titled.add(mention)
        coref.token_mention[root.i] = mention
        return titled
    same_role = coref.same_role(mention.role, mention.plural) if definite and role is not None else None
    # a name no entity holds ("RAMOS:" of a transcript, "Statista") is one entity by it, however often it speaks
    named = all(_singular_or_capitals_name(t) for t in span if not t.is_punct)
    key = name_key(span) if named else frozenset()
    # "Rhys MS said" after "Dafydd Rhys MS": the person the surname names, though the bare phrase is typed no person
    lettered = clusters.surnamed_with_letters(mention) if named else None
    # "EPRA said" after "The Energy and Petroleum Regulatory Authority (EPRA)", the tagger naming neither: the bare
    # short form is typed nothing, but the body's it is (``SHORT_FORMS_UNTAGGED``)
    short_form = _body_by_short_form(clusters, span)
    same_name = short_form or lettered or clusters.match_name(key)
    if same_name is not None and (same_name in (lettered, short_form) or same_name.type == mention.type):
        same_name.add(mention)
        coref.token_mention[root.i] = mention
        return same_name
    cluster = same_role or clusters.new(mention, key)  # "the minister" said: the minister named as such before
    if same_role is not None:
        same_role.add(mention)
    coref.token_mention[root.i] = mention
    return cluster


def _body_by_short_form(clusters: ClusterSet, span: Span) -> Cluster | None:
    """The body a source of one word, "the" aside, stands for as its short form ("EPRA", "the NTSB";
    ``SHORT_FORMS_UNTAGGED``), or None."""
    words = [t for t in span if t.lower_ != "the"]
    if not SHORT_FORMS_UNTAGGED or len(words) != 1 or not words[0].text[:1].isupper():
        return None
    return clusters.body_by_short_form(words[0].text)


def _singular_or_capitals_name(token: Token) -> bool:
    """A singular proper noun, or a word in capitals ("RAMOS:" of a transcript, which the tagger may call a plural
    noun): not "Republicans", whose mentions are many people."""
    return (token.is_upper and len(token.text) > 1) or token.tag_ == "NNP"


def resolve_source(clusters: ClusterSet, coref: Coreference, span: Span) -> SourceResolution:
    """The entity ``span`` names as a source, and the channel it names when it is a document."""
    if (holder := headline_role_holder(clusters, coref, span)) is not None:
        return SourceResolution(holder, _CONFIDENCE["description"])
    found = _entity_of_source(clusters, coref, span)
    if found.channel is not None:
        return found
    if (document := named_document(span)) is not None:
        return replace(found, channel=channel_phrase(document))
    return found


def _entity_of_source(clusters: ClusterSet, coref: Coreference, span: Span) -> SourceResolution:
    """The entity a source span stands for (``resolve_source`` adds the document-as-channel readings around it)."""
    if (owned := name_after_a_bare_possessive(coref, span)) is not None:
        named = coref.cluster_at(owned[-1]) or clusters.match_name(name_key(owned))
        return SourceResolution(named or _own_entity(clusters, coref, owned), _CONFIDENCE["name"])
    if (titled := person_titled_by_a_body_s_role(coref, span)) is not None:
        return SourceResolution(titled, _CONFIDENCE["name"])
    if phrase_forms.PERSON_OF_A_BODY and (person := person_before_of(span)) is not None:
        return resolve_source(clusters, coref, person)
    document = copied_document(_nominal_root(span), span)
    maker = document_principal(document) or sender_unmentioned(coref, document)
    if maker is not None and document in channel_words(span):
        # "A statement issued on behalf of the family by their solicitor, X, said": the family's words, through it
        found = resolve_source(clusters, coref, principal_phrase(maker))
        return replace(found, channel=channel_phrase(document))
    read = _root_through_channel(coref, document, span)
    if isinstance(read, SourceResolution):
        return read
    root, channel = read
    root = past_medium_title(root, span)
    quoted = quoted_by(root, span)
    if quoted is not None and channel is None:  # "state television, quoting Deputy Minister X,": X's, through it
        inner = resolve_source(clusters, coref, subtree_span(quoted))
        return replace(inner, channel=span.doc[root.left_edge.i : root.i + 1])
    if (together := _names_together(clusters, coref, root, span, channel)) is not None:
        return together
    if (beside := _named_beside_the_root(clusters, coref, root, span, channel)) is not None:
        return beside
    return _source_in_its_words(clusters, coref, root, span, channel)


def _root_through_channel(coref: Coreference, root: Token, span: Span) -> SourceResolution | tuple[Token, Span | None]:
    """The source's head word and the channel it names when it is a document or a rendering: the channel's agent takes
    the head's place; a document whose caller is named by the medium is that caller's, resolved here."""
    channel: Span | None = None
    # a document is the channel as well as the source ("the poll found"), and so is a scene someone owns ("his
    # speech"); a scene alone is not: "the court said", "the three-member panel said" name a body that spoke
    if root in channel_words(span) or (root.pos_ == "NOUN" and root.lemma_.lower() in _RENDERINGS):
        agent = _agent_of_channel(coref, root)
        if agent is not None or root.lemma_.lower() not in lexicons().scenes:
            channel = channel_phrase(root)
        if agent is not None:
            root = agent
        elif (caller := _caller_by_medium(coref, root)) is not None:
            return SourceResolution(caller, _CONFIDENCE["name"], channel_phrase(root))
    return root, channel


def _names_together(
    clusters: ClusterSet, coref: Coreference, root: Token, span: Span, channel: Span | None
) -> SourceResolution | None:
    """Two or more names joined as the source, who speak together, or None when the source joins no names."""
    # a place after the name's title is the title's: "Margit Halvorsen, Assistant Secretary-General for Europe, Central
    # Asia and the Americas," is one speaker (the parser hangs the title's places on the name as its conjuncts); a
    # person after it is a second one ("Chaffetz (R-Utah) and Goodlatte (R-Va.)")
    titled = min((c.i for c in children_of(root) if c.dep_ == "appos" and c.i > root.i), default=span.end)
    names = [
        c
        for c in children_of(root)
        if c.dep_ == "conj"
        and span.start <= c.i < span.end
        and c.pos_ == "PROPN"
        and not (c.i > titled and c.ent_type_ in PLACE_TYPES)
    ]
    if names:
        # "Burton and Nick": the two together speak, neither alone; the names end at the last one ("Lindgren and
        # Moreau, who had only played four tournaments together")
        together = span.doc[span.start : names_end(names, span)]
        pair = _own_entity(clusters, coref, past_titles(together, root))
        return SourceResolution(pair, _CONFIDENCE["name"], channel)
    return None


def _named_beside_the_root(
    clusters: ClusterSet, coref: Coreference, root: Token, span: Span, channel: Span | None
) -> SourceResolution | None:
    """The person or body named beside the source's head word (after its place, after its clause, in apposition,
    closing its role, or a channel's owner the tagger missed), or None."""
    # "Her co-star in The Glasshouse, Theo Marchetti,": a person's name the parser hangs on the noun of the phrase
    # after a common noun that is no mention is that noun's apposition, not the film's or the place's (the noun's
    # parts, "co", "-", "star", may be split by the parser into siblings)
    nouns = [t for t in span if t == root or (t.head == root.head and t.dep_ == root.dep_ and t.head != t)]
    for noun in (t for t in nouns if _read_as_a_noun(t) and coref.cluster_at(t) is None):
        if (named := coref.person_after_its_place(noun)) is not None:
            return SourceResolution(named, _CONFIDENCE["name"], channel)
    if (named := body_named_after_its_clause(coref, root, span)) is not None:
        return SourceResolution(named, _CONFIDENCE["name"], channel)
    if (apposed := apposed_name_cluster(coref, root, span)) is not None:
        return SourceResolution(apposed, _CONFIDENCE["name"], channel)
    if channel is None and (closing := name_closing_a_role(coref, root, span)) is not None:
        return SourceResolution(closing, _CONFIDENCE["name"])
    if channel is not None and (owner := owner_the_tagger_missed(clusters, coref, root)) is not None:
        return SourceResolution(owner, _NAME_ONLY_CONFIDENCE, channel)
    return None


def _source_in_its_words(
    clusters: ClusterSet, coref: Coreference, root: Token, span: Span, channel: Span | None
) -> SourceResolution:
    """The source read from its own words: the first mention among them (the head word first), else a name the
    tagger missed, else the antecedent of a relative clause, else an entity of its own, unresolved."""
    not_speaking = words_not_speaking(coref, root, span, channel)  # read once: both lists below leave them out
    # the root stays first even as an owner: it is the agent of a channel ("the network's report")
    candidates = [
        root,
        *(t for t in span if t != root and not _possessor(t, span) and t.i not in not_speaking),
    ]
    # a document with no agent is its own source: a name in a clause on it says where it appeared ("a
    # study published in the Journal of ..."), a name in its own words who made it ("a Gallup poll")
    own_document = channel is not None and root == span.root
    if own_document:
        candidates = [t for t in candidates if not _in_clause_on(t, root)]
    for token in candidates:
        cluster = coref.cluster_at(token)
        if cluster is not None:
            mention = coref.token_mention[token.i]
            return SourceResolution(cluster, _CONFIDENCE[mention.kind], channel)
    if (named := _name_the_tagger_missed(clusters, root, span, not_speaking, own_document)) is not None:
        return SourceResolution(named, _NAME_ONLY_CONFIDENCE, channel)  # a name the tagger missed here
    antecedent = relative_antecedent_phrase(span)
    if antecedent is not None:  # "Those who said ...": the ones the clause is about
        return resolve_source(clusters, coref, antecedent)
    return SourceResolution(_own_entity(clusters, coref, span), _UNRESOLVED_CONFIDENCE, channel)


def _name_the_tagger_missed(
    clusters: ClusterSet, root: Token, span: Span, not_speaking: set[int], own_document: bool
) -> Cluster | None:
    """The entity the source's proper nouns name when the tagger marked no mention of it, or None."""
    proper = [
        t
        for t in span
        if (t.pos_ == "PROPN" or _name_read_as_a_noun(clusters, t))
        and t.i not in not_speaking
        and not (own_document and _in_clause_on(t, root))
        and not _owner_of_a_body(t, root, span)
    ]
    # "the Doyle family said", "Faraday's family said": the family speaks, not the Doyle or Faraday named before
    if root.lemma_.lower() in KIN and all(
        (t.dep_ == "compound" and t.head == root) or _possessor(t, span) for t in proper
    ):
        proper = []
    if proper:
        return clusters.match_name(name_key(span.doc[proper[0].i : proper[-1].i + 1]))
    return None


def _nominal_root(span: Span) -> Token:
    """The source's head word. "RCN Scotland steward Kirsty Galloway told": the parser may read a title's noun as a
    verb hung on the cue, so the span has two words headed outside it and spaCy's root is the verb; the name after
    it, hung on the cue as its subject, is the head."""
    root = span.root
    if root.pos_ != "VERB":
        return root
    heads = [t for t in span if t != root and not span.start <= t.head.i < span.end and t.pos_ in ("PROPN", "NOUN")]
    return heads[-1] if heads else root


def _read_as_a_noun(token: Token) -> bool:
    """A common noun, or a word the parse reads as one: a title written in capitals ("Leader of the Opposition in the
    State Assembly", tagged a proper noun) or a noun the tagger took for a verb while the parser made it the subject
    ("The Mission to Seafarers chaplain in Hamburg" with "chaplain" a present-tense verb). Only one that is no
    mention of its own is read on as a description, so a name is not."""
    return token.pos_ in ("NOUN", "PROPN") or token.dep_ in NOMINAL_SUBJECTS


def _name_read_as_a_noun(clusters: ClusterSet, token: Token) -> bool:
    """ "Trump predicts that ...", "Bush said": a person's name that is also a word, tagged a common noun at the head
    of a sentence, is still a name when it is capitalised and the article has named a person by it."""
    if token.pos_ != "NOUN" or not token.is_title:
        return False
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text in POSSESSIVE_MARKS:
        return False  # "Sanders’ appeal among millennials": the owner, not the one who speaks
    key = name_key(token.doc[token.i : token.i + 1])
    return len(key) == 1 and bool(clusters.namesakes(next(iter(key))))


# Nouns for another's words passed on in other words: "according to a translation of the interview" or "a
# translation by Kyodo News" is the channel the words came through, and its maker at most the agent; the one
# who said them, when the content opens with a report of saying, is the speaker (``nested.inner_report``).
_RENDERINGS = frozenset({"translation"})


# The "to" of a document's own phrase is whom it went to, never who made it: "Owain Rees-Jenkins issued a written
# statement to the Senedd saying that ..." is no statement of the Senedd's, though a name in a document's own words is
# otherwise its maker ("a Gallup poll"); so with a name after "to" the document resolves as one of no named maker, and
# the issuing before it gives its maker (``resolving_documents.ISSUED_DOCUMENTS_SAYING``). Rule on against off (slices,
# cache44; speakerlinks, the forty-fourth set): every slice's aggregates the same; train-d politico "A letter to
# platform committee members" no longer gives the letter's words to the members it went to; the check pages the same.
DOCUMENTS_TO_THEIR_HEARERS = True


def _sent_to(token: Token, noun: Token) -> bool:
    """Whether ``token`` is the object of a "to" on the document ``noun`` ("a statement to the Senedd"), or on the
    verb the document is the object of, which the parser may hang it on ("issued a written statement to the Senedd")
    (``DOCUMENTS_TO_THEIR_HEARERS``)."""
    if not DOCUMENTS_TO_THEIR_HEARERS or token.dep_ != "pobj" or token.head.lower_ != "to":
        return False
    on = token.head.head
    return on == noun or (noun.dep_ == "dobj" and on == noun.head and token.head.i > noun.i)


def _in_clause_on(token: Token, noun: Token) -> bool:
    """Whether ``token`` names where a document hung on ``noun`` appeared or whom it went to: inside an "in", "on"
    or "at" phrase of a clause on it ("published in the Journal" of "a study ..."), or the "to" of a verb of
    addressing ("addressed to the minister"), not its maker ("documents he
    submitted", "a video credited to Reuters", "a poll conducted by ...")."""
    place = False
    while token != noun and token.head != token:
        if _sent_to(token, noun):
            return True
        if token.dep_ == "pobj" and token.head.lower_ in _WHERE_PREPS:
            place = True
        # "The letter, published on Sunday and addressed to Minister Claire Dunmore, says": whom it went to
        if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() in ADDRESSING:
            place = True
        if token.head == noun:
            return place and token.dep_ in ("acl", "relcl")
        token = token.head
    return False


def _possessor(token: Token, span: Span) -> bool:
    """ "Her" or "Haddad's" of "Her promoter, Felix Grant,": the owner, not the one who speaks."""
    while span.start <= token.i < span.end:
        if token.dep_ == "poss":
            return True
        if token.head == token:
            return False
        token = token.head
    return False


def _owner_of_a_body(token: Token, root: Token, span: Span) -> bool:
    """ "Russia's border service said": the owner of a common noun that is no mention of its own is not the one
    who speaks; the phrase is an entity of its own. Not for a person's owner ("Trump's people") nor a document's,
    which takes its maker as agent before this (``_agent_of_channel``)."""
    return root.pos_ == "NOUN" and _possessor(token, span) and token.ent_type_ in PLACE_TYPES

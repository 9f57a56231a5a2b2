"""Documents in a source: the document a source names as the statement's channel (``named_document``), the one a
document is put out for or sent from (``document_principal``, ``sender_unmentioned``), the document a copy is of, and
the one a source quotes."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.speakers.noun_classes import KIN, PERSON_RELATIVES, a_body_noun
from quotegraph.nlp.resolve.stated.channel_nouns import is_channel_word
from quotegraph.nlp.resolve.stated.channel_phrases import DOCUMENT_CLASSES
from quotegraph.nlp.syntax import principal_of

__all__ = [
    "DOCUMENTS_SPEAK_FOR_THEIR_PRINCIPALS",
    "copied_document",
    "document_principal",
    "named_document",
    "principal_phrase",
    "quoted_by",
    "sender_unmentioned",
]

# A word of ``DOCUMENT_CLASSES`` (a document or a body of evidence) as a source ("FBI data show", "according to exit
# polling", "campaign finance records show") makes the phrase the statement's channel too.
# Words of those classes that name no medium: a count ("the number of people", "a number of counties"), a sign
# or a likeness ("all signs point", "the mirror image of"), evidence in general, and a decision or a rule, which
# is what was decided, not what it was told in (on train-d these gave 9 false fills and no right channel).
_NOT_MEDIA = frozenset(
    {"number", "sign", "evidence", "image", "decision", "rule", "bill", "trend", "model", "test", "sample", "map",
     "chart", "graph", "picture"}
)  # fmt: skip


# A document noun the tagger read as an adjective where a noun stands ("according to the RealClearPolitics polling
# average", "average" tagged ADJ as the object of "to"), or as a name of no entity type where it opens its sentence
# capitalised ("Research suggests that ..."), is the same document: its source names the channel. Rule on against off
# (fast.py, cache8, stated3): train-d channel stated +2 right (breitbart_2016-08-15 biden-stumping E9, nyt_2016-04-27
# china-trade E2), no false fill; train 0-59 and the news pages unchanged (no page has the form).
MISTAGGED_DOCUMENTS = True
_NOUN_POSITIONS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})


def _noun_mistagged(word: Token) -> bool:
    """ "the polling average": an adjective in a noun's position, heading its phrase; "Research suggests": a capitalised
    common noun opening its sentence, which the tagger read as a name of no entity type."""
    if word.pos_ == "ADJ":
        return word.dep_ in _NOUN_POSITIONS
    return word.pos_ == "PROPN" and word.is_sent_start is True and not word.ent_type_ and word.dep_ in _NOUN_POSITIONS


# Texts that speak for a body though ``type_sources`` has no class for them (so a statement's type stays as it was):
# the texts of law and policy a body adopts or puts to a vote, and printed or published matter. As a source ("The
# legislation also mandates", "The resolution supported", "This initiative called for", "Federal Election Commission
# regulations suggest", "The Justice Department's own published guidelines describe", "his plan calls for", "An
# Egyptian textbook ... explains", "the materials directly echo", "Audit files from NGP VAN show", "The health care
# page doesn't mention", "the printed Cruz slate card", "The 60-second spot ... goes on to highlight", "according to
# Kantar Media's political ad tracker") the phrase is the statement's channel, as "the report" is. Rule on against off
# (fast.py, cache11, on the CLOSING_IN_CONTENT branch): train-d channel stated +13 right in 13 articles
# (huff-post_2016-04-08 cecile-richards, politico_2016-07-02 sanders-california, huff-post_2016-03-21
# rise-of-switzerland, politico_2015-12-15 carson-huckabee-fiorina, politico_2016-08-17 ap-trump-chair,
# nyt_2015-11-24 momentum-builds-to-tax, huff-post_2016-06-02 israel-not-all-doom, politico_2016-07-08
# clinton-unleashes, huff-post_2015-12-20 why-the-democratic-party, huff-post_2016-01-28 bernie-sanders-and-hillary,
# politico_2016-04-03 cruz-tops-trump, politico_2016-03-12 super-pac-ad, breitbart_2016-08-29 trump-plans-major-ad),
# carried +1 ("the resolution", huff-post_2015-12-17 st-paul-votes), time carried +1, addressee +1 (the textbook's
# phrase holds "for 9th graders"); cost: 1 false fill, a direct
# quote with no cue whose source the finder took to be "The legislation" (cecile-richards: the source is wrong first).
# Train 0-59, train-c and the news pages unchanged (no page has the form). Of the words, legislation, resolution,
# regulation, guideline, initiative, plan, textbook, material, file, page, card, tracker and spot fired on train-d; the
# rest are of the same two kinds and fire on no train slice. Not "bill", "rule" or "decision" (``_NOT_MEDIA``: what
# was decided, not told).
_TEXTS_OF_A_BODY = frozenset(
    {"legislation", "resolution", "regulation", "guideline", "initiative", "proposal", "counterproposal", "amendment",
     "ordinance", "statute", "directive", "treaty", "plan", "manifesto", "measure", "memorandum",
     "textbook", "material", "file", "page", "card", "tracker", "spot", "leaflet", "flyer", "pamphlet", "brochure"}
)  # fmt: skip


def _a_document(noun: Token) -> bool:
    """A noun of ``DOCUMENT_CLASSES`` that names a medium ("the report", "FBI data"), or a text of a body
    (``_TEXTS_OF_A_BODY``: "the legislation", "the materials")."""
    lemma = noun.lemma_.lower()
    if lemma in _TEXTS_OF_A_BODY:
        return True
    return lexicons().type_sources.get(lemma) in DOCUMENT_CLASSES and lemma not in _NOT_MEDIA


# A source that is a collection of documents ("A new batch of State Department emails released this week showed", "A
# number of studies have credited", "The pair of editorials were not endorsements of Clinton") is its channel, as the
# documents alone would be ("the emails showed"): the collective noun heads the phrase, so the document class was not
# read. Collective and quantity nouns only, with a plural document of ``DOCUMENT_CLASSES`` as their "of" object. Rule
# on against off (fast.py, cache8, stated3): train-d channel stated +4 right (nyt_2016-08-11 new-emails E3,
# politico_2015-11-30 congress-set-to-dump E52, politico_2016-01-29 clinton-camp-plans E10 and E11), +1 false fill
# (new-emails E9, "The documents included 44 emails", the same batch named again, carried; the annotators leave its
# other re-namings null too); train 0-59 and the news pages unchanged (no page has the form).
DOCUMENTS_IN_A_COLLECTION = True


# nouns that count or gather things ("a batch of emails", "a number of studies", "a pair of editorials", "a series of
# reports"), not a part of one document ("a copy of the memo", "a section of the report": the document itself)
_COLLECTIVES = frozenset(
    {"batch", "number", "pair", "series", "set", "collection", "trove", "cache", "stack", "handful", "couple", "host",
     "slew", "string", "raft", "spate", "flurry", "pile", "bundle"}
)  # fmt: skip


def _collection_of_documents(noun: Token) -> bool:
    """ "a batch of emails", "a number of studies": ``noun`` counts or gathers documents."""
    if noun.lemma_.lower() not in _COLLECTIVES:
        return False
    ofs = [c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"]
    objects = [o for of in ofs for o in children_of(of) if o.dep_ == "pobj"]
    return any(o.pos_ == "NOUN" and o.tag_ in ("NNS", "NNPS") and _a_document(o) for o in objects)


# The document a "who" source's person sent ("The board's papers included a letter to the board's chair from Owain
# Prytherch, a consultant obstetrician, who wrote that ..."): the words went out in it, as they did when the letter was
# the source (``relative_sources.WHO_IS_THE_NAME_A_THING_COMES_FROM`` gives the clause to the sender; the letter and
# the chair it went to stayed the statement's channel and addressee). Measured in docs/occasion-rounds.md
# (speakernames).
SENDERS_DOCUMENTS_ARE_CHANNELS = True
_SENT_THROUGH = 3  # the "from" phrase's noun and at most two nouns above it through prepositions ("to the chair")


def _document_sent_by(span: Span) -> Token | None:
    """The document noun a source names the sender of, the source being a name after "from" that a relative "who"
    clause after it is about (``SENDERS_DOCUMENTS_ARE_CHANNELS``; the source is the name, the finder's first piece)."""
    if not SENDERS_DOCUMENTS_ARE_CHANNELS:
        return None
    name = span.root
    if name.dep_ != "pobj" or name.head.lower_ != "from":
        return None
    after = span.doc[span.end : name.right_edge.i + 1]
    if not any(t.lower_ in PERSON_RELATIVES and t.head.dep_ == "relcl" for t in after):
        return None
    thing = name.head.head
    for _ in range(_SENT_THROUGH):  # "a letter to the board's chair from X": "from" may hang on the chair
        if thing.pos_ == "NOUN" and _a_document(thing):
            return thing
        if thing.dep_ != "pobj" or thing.head.dep_ != "prep":
            return None
        thing = thing.head.head
    return None


def named_document(span: Span) -> Token | None:
    """The document noun a source names as the statement's channel, when its entity named none: its head, a document
    (``_a_document``, or a noun the tagger mistagged, ``MISTAGGED_DOCUMENTS``) or a collection of documents
    (``DOCUMENTS_IN_A_COLLECTION``); else the document its person sent (``SENDERS_DOCUMENTS_ARE_CHANNELS``); else
    None."""
    root = span.root
    if (root.pos_ == "NOUN" or (MISTAGGED_DOCUMENTS and _noun_mistagged(root))) and _a_document(root):
        return root
    if DOCUMENTS_IN_A_COLLECTION and root.pos_ == "NOUN" and _collection_of_documents(root):
        return root
    return _document_sent_by(span)


# A document put out "on behalf of" someone speaks for them, not for whoever wrote, issued or read it out: "A statement
# issued on behalf of the family by their solicitor, X, said" is the family's words, and so is a later "the statement
# said" after "X read a statement on behalf of the family" (``resolving_documents.narrated_issuings``). The one it is
# done for is named after "on behalf of" or before "behalf" ("on the family's behalf"), on the document's noun or on a
# participle hung on it; the document stays the channel. Measured in docs/occasion-rounds.md (documentspeakers).
DOCUMENTS_SPEAK_FOR_THEIR_PRINCIPALS = True


def document_principal(noun: Token) -> Token | None:
    """The one a document is put out for, named by an "on behalf of" phrase on its noun or on a participle hung on it
    ("a statement issued on behalf of the family"), or None (``DOCUMENTS_SPEAK_FOR_THEIR_PRINCIPALS``)."""
    if not DOCUMENTS_SPEAK_FOR_THEIR_PRINCIPALS:
        return None
    participles = [c for c in children_of(noun) if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    found = [p for p in map(principal_of, (noun, *participles)) if p is not None]
    return found[0] if found else None


# A document "from" a family, a body or a person named by a common noun that no mention holds ("A statement from the
# Okafor family, read outside the court by their solicitor, said"): their words, as a sender with a mention's are
# (``speakers._agent_of_channel``), not those of whatever mention comes next in the phrase ("the court").
# documentspeakers.
SENDERS_WITHOUT_A_MENTION = True


def sender_unmentioned(coref: Coreference, document: Token) -> Token | None:
    """The family, body or person a document's "from" names when no mention holds the noun
    (``SENDERS_WITHOUT_A_MENTION``), or None."""
    if not SENDERS_WITHOUT_A_MENTION:
        return None
    senders = [
        pobj
        for prep in children_of(document)
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for pobj in children_of(prep)
        if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and coref.cluster_at(pobj) is None
    ]
    lemma = senders[0].lemma_.lower() if senders else ""
    if senders and (lemma in KIN or a_body_noun(senders[0]) or lexicons().names_a_person(lemma)):
        return senders[0]
    return None


def principal_phrase(principal: Token) -> Span:
    """The words that name a principal: its whole phrase ("the family of Danny Whitcombe"), without the possessive
    mark of "on the family's behalf"."""
    end = principal.i + 1 if principal.dep_ == "poss" else principal.right_edge.i + 1
    return principal.doc[principal.left_edge.i : end]


# Nouns for a reproduction of a document ("according to a copy of the letter seen by the Courier", "a draft of the
# report says"): the document copied is what the words came through, and who obtained the copy does not speak
_COPIES = frozenset({"copy", "draft", "excerpt", "extract"})


def copied_document(root: Token, span: Span) -> Token:
    """The document a source's noun of reproduction is of ("the letter" of "a copy of the letter"), else the noun."""
    if root.pos_ != "NOUN" or root.lemma_.lower() not in _COPIES:
        return root
    for preposition in (c for c in children_of(root) if c.dep_ == "prep" and c.lower_ == "of"):
        for document in (c for c in children_of(preposition) if c.dep_ == "pobj" and span.start <= c.i < span.end):
            if is_channel_word(document):
                return document
    return root


_QUOTING = frozenset({"quote", "cite"})


def quoted_by(root: Token, span: Span) -> Token | None:
    """The one a source passes the words on from, in a participle on it inside the source ("Uzbek state
    television, quoting Deputy Water Minister Dilshod Ergashev, said"): the participle's object."""
    for participle in children_of(root):
        if participle.dep_ == "acl" and participle.tag_ == "VBG" and participle.lemma_.lower() in _QUOTING:
            objects = [o for o in children_of(participle) if o.dep_ == "dobj" and span.start <= o.i < span.end]
            if objects:
                return objects[0]
    return None

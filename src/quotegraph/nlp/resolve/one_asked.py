"""Who a questioning cue puts its question to, and who puts it: the one reading of the parse every caller reads.

The one asked is, by form:

- the cue's passive subject (``passive_asked``): "Trump was asked", "Rubio was asked by Fox Business moderator Gerard
  Baker whether";
- the cue's object (``objects_asked``): "Kettering asked the Minister, Rachel Vaimoana, whether", "a young woman asked
  Mrs. Clinton about", with the names set off after a title object (``names_set_off``), which stand for the title;
- the subject a subjectless participle shares with the clause it hangs on (``shared_subjects``): "Asked whether ...,
  Clinton said", "Christie said when asked whether", and the noun a "when asked" clause hangs on as a relative clause
  ("Ted Cruz, when asked what is wrong, responded": ``asked_of_a_noun``).

The one asking is the cue's subject, or the agent of its participle (``syntax.agents_of``): "Asked by reporters at the
Capitol whether".

The guards are small predicates of their own, for the callers that need them: a request ("asked the network to
donate", ``requests``), which is no question; a polled share as the one asked ("46 percent, asked whether",
``a_polled_share``), which is no addressee. The verbs of questioning are ``QUESTIONING``; two callers keep a narrower
class, measured (``stated_addressees.question_put_to`` reads ``stated_times.ASKED``, ``asked_passive.asked_of_nobody``
reads ``syntax.ASKING_VERBS``: each says what the wider class cost).

Callers: ``carrying.asked_passive`` (the entity asked, for the carrying), ``stated.stated_addressees`` (the stated
addressee of a question), ``speakers.asked_subjects`` (the one asked is no source), ``speakers.coref`` (the one asked
in the sentence before answers), ``speakers.phrase_forms`` and ``speakers.pronouns`` (the asker is not the one
answering).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.syntax import OBJECT_DEPS, nominal_subjects

__all__ = [
    "QUESTIONING",
    "a_polled_share",
    "asked_of_a_noun",
    "holder_of",
    "names_set_off",
    "objects_asked",
    "passive_asked",
    "requests",
    "shared_subjects",
    "subjectless_participle",
]

# verbs of putting a question to somebody ("asked him whether", "put it to her that", "pressed him on")
QUESTIONING = frozenset({"ask", "put", "press", "question", "quiz", "grill", "challenge"})
_PASSIVE_SUBJECT = "nsubjpass"
# a to-infinitive on the cue makes it a request ("asked Freddy to be the best man", "asked the Justice Department to
# investigate"), not a question: on train-d 9 of the 16 active questioning cues that name or carry an occasion
_REQUEST = "xcomp"
_APPOSITION = "appos"  # "the Minister for Tertiary Education, Rachel Vaimoana": the name the title stands for
# the labels the parser gives an object's apposition it hangs on the cue instead ("asked the Minister for Tertiary
# Education, Rachel Vaimoana, whether": "Vaimoana" an npadvmod of "asked")
_HUNG_NAMES = frozenset({"appos", "npadvmod"})
_PROPER_NOUN_POS = "PROPN"
_PAST_PARTICIPLE = "VBN"
# "when asked", which the tagger may read as a past tense: only as a clause hung on a verb (an adverbial clause), since
# a past tense joined by "and" ("Clinton paused and asked whether") is the subject's own asking
_MISTAGGED_PAST = "VBD"
_REDUCED_CLAUSE = "advcl"
# Links of a participle clause to the clause whose subject it shares ("Asked ..., Clinton said"; "said when asked";
# "declined to comment, asked whether"; "laughed and, asked whether"): see ``subjectless_participle``
SHARING_LINKS = frozenset({"advcl", "xcomp", "conj"})
# the nouns of a polled share ("46 percent, asked whether ..., said"): a share of those polled, asked by the pollster
POLLED_SHARES = frozenset({"percent", "%", "majority", "plurality", "half", "third", "quarter"})
_CLOSING_QUOTE = "''"


def passive_asked(verb: Token) -> Token | None:
    """The cue's passive subject ("Trump was asked", "Sanders was pressed about"), if any."""
    return next((child for child in children_of(verb) if child.dep_ == _PASSIVE_SUBJECT), None)


def objects_asked(verb: Token) -> list[Token]:
    """The cue's objects, the one an active question is put to first ("asked Obama what", "asked him whether"; "asked
    him a question"), in text order; a request has them too ("asked her to call": ``requests``)."""
    return [child for child in children_of(verb) if child.dep_ in OBJECT_DEPS]


def requests(verb: Token) -> bool:
    """Whether the cue is a request, not a question: a to-infinitive on it ("asked the network to donate", "pressed
    Clinton to do more")."""
    return any(child.dep_ == _REQUEST for child in children_of(verb))


def names_set_off(verb: Token, asked: Token) -> list[Token]:
    """The proper names in apposition to the object ``asked``: its ``appos`` children, or, where the parser hung the
    name on the cue after a title's own prepositional phrase ("asked the Minister for Tertiary Education, Rachel
    Vaimoana, whether": "Vaimoana" an ``npadvmod`` of "asked"), a cue's child of that kind standing after the object
    and after a comma, before the question's clause."""
    named = [child for child in children_of(asked) if child.dep_ == _APPOSITION]
    after = [
        child
        for child in children_of(verb)
        if child.dep_ in _HUNG_NAMES and child.pos_ == _PROPER_NOUN_POS and child.i > asked.i and _after_a_comma(child)
    ]
    return [*named, *after]


def _after_a_comma(name: Token) -> bool:
    """Whether the name phrase ``name`` heads follows a comma ("..., Rachel Vaimoana")."""
    start = name.left_edge.i
    return start > 0 and name.doc[start - 1].text == ","


def subjectless_participle(verb: Token, links: frozenset[str] = SHARING_LINKS) -> bool:
    """Whether ``verb`` is a participle without a subject of its own, hung by one of ``links`` on the clause whose
    subject it shares: "Asked whether ..., Clinton said", "said when asked", "when being asked"; a reduced clause the
    tagger read as a past tense too ("when asked" tagged VBD, hung as an adverbial clause)."""
    participle = verb.tag_ == _PAST_PARTICIPLE or (verb.tag_ == _MISTAGGED_PAST and verb.dep_ == _REDUCED_CLAUSE)
    return participle and verb.dep_ in links and not nominal_subjects(verb)


def holder_of(participle: Token) -> Token:
    """The clause a subjectless participle shares the subject of: the verb it hangs on, or past an infinitive without
    a subject ("declined to comment when asked": "declined"), or past the quote a closing quote mark ends ("Sanders
    said, “We'll see,” when asked whether": the parser hangs the clause on the quote's verb, the saying verb's is
    meant)."""
    holder = participle.head
    if holder.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in children_of(holder)):
        holder = holder.head
    closed = any(t.tag_ == _CLOSING_QUOTE for t in participle.doc[holder.i : participle.i])
    if closed and holder.dep_ == "ccomp" and holder.i < participle.i and holder.head.pos_ == "VERB":
        holder = holder.head
    return holder


def shared_subjects(participle: Token, links: frozenset[str] = SHARING_LINKS) -> list[Token]:
    """The subjects of the clause a subjectless participle (``subjectless_participle``) hangs on (``holder_of``), who
    were asked: "Clinton" of "Asked whether ..., Clinton said"; none for a participle with a subject of its own."""
    if not subjectless_participle(participle, links):
        return []
    return nominal_subjects(holder_of(participle))


def asked_of_a_noun(verb: Token) -> bool:
    """A reduced "when asked" clause the parser hangs on a noun as a relative clause ("Ted Cruz, when asked ...,
    responded"): the noun is who was asked."""
    return (
        verb.dep_ == "relcl"
        and verb.tag_ == _PAST_PARTICIPLE
        and verb.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "advmod" and c.lower_ == "when" for c in children_of(verb))
        and not nominal_subjects(verb)
    )


def a_polled_share(asked: Token) -> bool:
    """Whether the one asked is a polled share ("46 percent, asked whether"): see ``POLLED_SHARES``."""
    return asked.lemma_.lower() in POLLED_SHARES

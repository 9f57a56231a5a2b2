"""The person or body a source's words name beside its head word, which the parse hangs elsewhere: a name set off in
apposition to the head, closing its role, after a body noun's clause, after an outlet's bare possessive, titled by a
body's name and a role, a medium's title, a document's owner the tagger missed; and where names given together end."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.speakers.clusters import FULL_NAME_WORDS, Cluster, ClusterSet
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.speakers.name_shapes import name_word
from quotegraph.nlp.resolve.speakers.names import name_key
from quotegraph.nlp.resolve.speakers.noun_classes import a_body_noun
from quotegraph.nlp.resolve.speakers.phrase_forms import set_off
from quotegraph.nlp.resolve.stated.channel_nouns import is_channel_word

__all__ = [
    "apposed_name_cluster",
    "body_named_after_its_clause",
    "name_after_a_bare_possessive",
    "name_closing_a_role",
    "names_end",
    "owner_the_tagger_missed",
    "past_medium_title",
    "past_titles",
    "person_titled_by_a_body_s_role",
]

_APPOSITION_REACH = 2  # "Open House, the housing economist Ben Tsai": a name, its role noun, the person's name


def past_titles(span: Span, root: Token) -> Span:
    """The names of a group without the titles and places before them: "Joyce Beatty and Mike Carey" of
    "Ohio Reps. Joyce Beatty and Mike Carey"."""
    titles = [t.i for t in span if t.i < root.i and _is_honorific(t.text)]
    if not titles:
        return span
    after = titles[-1] + 1
    after += after < span.end and span.doc[after].text == "."  # "Reps", "." as the tokenizer may split them
    if root.ent_type_ != "PERSON" or not all(t.pos_ == "PROPN" for t in span.doc[after : root.i + 1]):
        return span  # "Vice President for news and talk Dave Gorab": the title is not the names' own
    return span.doc[after : span.end]


def _is_honorific(word: str) -> bool:
    """ "Sen.", "Sens.", "Reps" (before a split-off full stop)."""
    singular = word.removesuffix(".").removesuffix("s")
    return bool({word, singular + "."} & lexicons().honorifics.keys())


def names_end(names: list[Token], span: Span) -> int:
    """Where names given together end: before a relative clause on the last of them and its comma ("Lindgren and
    Moreau, who had only played four tournaments together"); else where the source does."""
    # "Carson, Fiorina and Huckabee": the last of the names coordinated, inside the source
    last = max((names[-1], *(c for c in names[-1].conjuncts if c.i < span.end)), key=lambda c: c.i)
    clauses = [c for c in children_of(last) if c.dep_ == "relcl" and last.i < c.i < span.end]
    if not clauses:
        return span.end
    end = clauses[0].left_edge.i
    while end > last.i + 1 and span.doc[end - 1].is_punct and span.doc[end - 1].text not in ")]":
        end -= 1  # the comma before the clause, not a bracket the name closes ("(R-N.H.)")
    return end


# A source that is a body's name, a role noun for a person and a person's name, with nothing between ("National
# Disaster Risk Reduction and Management Council (NDRRMC) spokesperson Marivic Santillan said", "Office of Civil Defense
# (OCD) spokesperson Diego Mariano said"), is the person: the body's name and the role are the title the person's name
# is given, as in "EPA spokeswoman Liz Bowman said", whatever the parser hangs on what (after a bracketed
# abbreviation it makes the body the subject and the name its apposition, or the name the object of the body's "of",
# and the statement went to the body). Only a source of name words before the role (capitalised words, the joiners
# of a body's name, a bracketed abbreviation): a clause or a comma there ("Trump, who fired FBI Director James
# Comey,") is something else. Written by speakerpages (the thirty-eighth set; docs/occasion-rounds.md).
BODIES_ROLES_TITLE_NAMES = True
_BODY_NAME_MARKS = frozenset({"(", ")", "&", "'s", "’s", "-"})  # marks inside a body's name and its abbreviation


def person_titled_by_a_body_s_role(coref: Coreference, span: Span) -> Cluster | None:
    """Santillan of "National Disaster Risk Reduction and Management Council (NDRRMC) spokesperson Marivic Santillan":
    the person whose name ends a source after a role noun for a person that a body's name opens
    (``BODIES_ROLES_TITLE_NAMES``), or None."""
    if not BODIES_ROLES_TITLE_NAMES or len(span) < 3:
        return None
    doc = span.doc
    person = coref.cluster_at(span[-1])
    mention = coref.token_mention.get(span[-1].i)
    if person is None or mention is None or mention.kind != "name" or person.type != "PERSON":
        return None
    role_at = mention.start - 1
    if role_at <= span.start:
        return None
    role = lexicons().role_nouns.get(doc[role_at].lemma_.lower())
    if role is None or not role.of_person or not doc[role_at].is_alpha:
        return None
    body = doc[span.start : role_at]
    if not any(t.ent_type_ in ("ORG", "FAC") for t in body) or doc[role_at - 1].text == ",":
        return None
    if not all(name_word(t) or t.text in _BODY_NAME_MARKS for t in body):
        return None
    return person


_LINKS = frozenset({"CCONJ", "ADP", "DET", "PART", "PUNCT"})  # words that join a name to another's role
_CLAUSE_TAGS = frozenset({"WP", "WDT", "WP$", "VBZ", "VBD", "VBP"})  # a relative pronoun or finite verb: a clause


def name_closing_a_role(coref: Coreference, root: Token, span: Span) -> Cluster | None:
    """ "Clinton's chief pollster and strategist Joel Benenson": a person's name closing a source whose head is a
    person's role, the words between them the person's further titles, is who holds the role, however the parser
    hangs those titles ("strategist" read as a verb taking the name as its object)."""
    doc = span.doc
    role = lexicons().role_nouns.get(root.lemma_.lower())
    if role is None or not role.of_person or root.tag_ != "NN" or doc[span.end - 1].ent_type_ != "PERSON":
        return None
    first = span.end - 1
    while first > root.i + 1 and doc[first - 1].ent_type_ == "PERSON" and doc[first - 1].pos_ == "PROPN":
        first -= 1
    between = doc[root.i + 1 : first]
    # titles are words and "and" between them: a preposition or article makes the name another's ("the
    # spokesman for the senator John Smith"), and so does a clause ("a member who supports Trump")
    if not between or doc[first - 1].pos_ == "CCONJ":
        return None
    if not all(
        t.is_alpha and t.is_lower and t.pos_ not in _LINKS - {"CCONJ"} and t.tag_ not in _CLAUSE_TAGS for t in between
    ):
        return None
    return coref.cluster_at(doc[span.end - 1])


def _names_in(coref: Coreference, apposition: Token) -> list[Token]:
    """The tokens of names in an apposition up to its head, the head first and then back to its first word."""
    words = range(apposition.i, apposition.left_edge.i - 1, -1)
    return [
        apposition.doc[i]
        for i in words
        if (mention := coref.token_mention.get(i)) is not None and mention.kind == "name"
    ]


def apposed_name_cluster(coref: Coreference, root: Token, span: Span) -> Cluster | None:
    """ "One of the authors of that 2013 report, Ari Fleischer, said", "the American ambassador at the time, John E.
    Herbst": a name set off after the source's own noun is who that noun is, ahead of the nouns of its phrase (the
    authors, the report) and of whatever the noun alone was taken for. Not when the root is a name itself ("Jane
    Doe, the director"): the name already speaks."""
    rooted = coref.token_mention.get(root.i)
    if rooted is not None and rooted.kind == "name" and not _an_office_read_as_a_body(coref, root):
        return None
    # the parser may split an apposition after a phrase on the verb into a second subject of the verb ("wrote the
    # American ambassador at the time, John E. Herbst": "at the time" on "wrote", "Herbst" its second nsubj); only a
    # person's name itself, not a noun phrase holding a body's name ("Gwen Ifill and Judy Woodruff, two PBS
    # journalists": a second subject that describes the first)
    split = (
        []
        if root.head == root
        else [c for c in children_of(root.head) if c.dep_ == root.dep_ and c != root and _a_person_named(coref, c)]
    )
    for child in [*(c for c in children_of(root) if c.dep_ == "appos"), *split]:
        if child.i < root.i or not span.start <= child.i < span.end or not set_off(child):
            continue
        # the apposition's person, read back from its head: "Simon Thackeray" of "Simon Thackeray KC" (not the letters
        # after the name), "Bernie Sanders" of "Vermont Sen. Bernie Sanders" (not the state before it); a body's name
        # when it names no person ("UnitedHealth Group")
        named = [c for c in map(coref.cluster_at, _names_in(coref, child)) if c is not None and c.named]
        person = next((c for c in named if c.type == "PERSON"), None)
        if person is not None or named:
            return person or named[0]
    return None


# A person's office written in capitals that the tagger read as a body's name ("The National Women's Organizer of the
# association, Madam Akosua Serwaa Bediako, said"; "the Minister of Industry, Trade and Investment, Dr Folasade
# Adeyemi-Okafor, said") is the office of the person set off after it, as a lower-case one is: its head is a noun the
# role lexicon keeps for a person, not a body. Written by titlelinks (the forty-third set; measured in
# docs/occasion-rounds.md).
OFFICES_READ_AS_BODIES = True


def _an_office_read_as_a_body(coref: Coreference, root: Token) -> bool:
    """Whether a source's head, a body's name by the tagger, is a person's office (``OFFICES_READ_AS_BODIES``)."""
    if not OFFICES_READ_AS_BODIES:
        return False
    cluster = coref.cluster_at(root)
    role = lexicons().role_nouns.get(root.lemma_.lower())
    return cluster is not None and cluster.type == "ORG" and role is not None and role.kind == "person"


def _a_person_named(coref: Coreference, token: Token) -> bool:
    """Whether ``token`` is the head of a person's name."""
    mention = coref.token_mention.get(token.i)
    cluster = coref.cluster_at(token)
    return mention is not None and mention.kind == "name" and cluster is not None and cluster.type == "PERSON"


_BARE_POSSESSIVES = frozenset({"’", "'"})  # "Fox News’", "NBC News'": the mark alone after a final s


def name_after_a_bare_possessive(coref: Coreference, span: Span) -> Span | None:
    """ "Fox News’ Bret Baier said": after a name in s and a bare apostrophe the parser hangs the outlet and the
    person each on the verb, and the outlet, first, became the source's root; the person's name after the mark is
    who speaks (as in "CNN's Jake Tapper"). Only a whole source of two name runs, the first a name mention."""
    doc = span.doc
    first = coref.token_mention.get(span.start)
    if first is None or first.kind != "name" or first.end >= span.end - 1:
        return None
    mark = doc[first.end]
    if mark.text not in _BARE_POSSESSIVES or not doc[first.end - 1].text.endswith("s"):
        return None
    words = doc[mark.i + 1 : span.end]
    if len(words) < FULL_NAME_WORDS or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return None
    return words


def owner_the_tagger_missed(clusters: ClusterSet, coref: Coreference, owner: Token) -> Cluster | None:
    """ "Sanders’ fundraising email to his supporters said": a surname in s with a bare apostrophe is often tagged a
    plural common noun and no name, so the document's owner is no mention; the person named before with that word is
    who wrote it, not the people the document went to."""
    if owner.dep_ != "poss" or not owner.is_title or coref.cluster_at(owner) is not None:
        return None
    named = clusters.match_name(name_key(owner.doc[owner.i : owner.i + 1]), "PERSON")
    return named if named is not None and named.type == "PERSON" and named.named else None


_BODIES = frozenset({"ORG", "OUTLET"})


def body_named_after_its_clause(coref: Coreference, root: Token, span: Span) -> Cluster | None:
    """ "The haulage firm that employed Haines, Brackwell Waste Services, said": a body's name set off by a comma
    after a relative clause on a noun for a body is that noun's apposition, though the parser hangs it on the
    clause's last noun; a body is no apposition of a person or a thing, so only when that noun names no body
    ("the firm that bought Acme, Widget Corp," may be Acme's other name)."""
    if not a_body_noun(root):
        return None
    doc = span.doc
    for clause in (c for c in children_of(root) if c.dep_ == "relcl" and c.i > root.i):
        for name in (t for t in clause.subtree if t.dep_ == "appos" and t.head != clause and t.i < span.end):
            start = name.left_edge.i
            named, owner = coref.cluster_at(name), coref.cluster_at(name.head)
            if doc[start - 1].text != "," or named is None or named.type not in _BODIES or not named.named:
                continue
            if owner is None or owner.type not in _BODIES:
                return named
    return None


def past_medium_title(root: Token, span: Span) -> Token:
    """ "On his podcast, Open House, the housing economist Ben Tsai said": a name set off by a comma right after a
    medium noun is that medium's title (as "the club's own channel, VillaTV" is), though the parser makes it the
    subject; the person in apposition to it speaks. Only when a person's name stands in that apposition."""
    doc = root.doc
    start = root.left_edge.i
    if root.pos_ != "PROPN" or start < 2 or doc[start - 1].text != "," or not is_channel_word(doc[start - 2]):
        return root
    apposed = [c for c in children_of(root) if c.dep_ == "appos" and span.start <= c.i < span.end]
    for _ in range(_APPOSITION_REACH):
        people = [t for t in apposed if t.ent_type_ == "PERSON"]
        if people:
            return people[0]
        apposed = [c for t in apposed for c in children_of(t) if c.dep_ == "appos" and span.start <= c.i < span.end]
    return root

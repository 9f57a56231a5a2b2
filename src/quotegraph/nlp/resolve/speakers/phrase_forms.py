"""The phrase forms coreference reads off the parse, each a question about one or two tokens.

A noun's possessor that is a pronoun (``possessed_by_pronoun``); an apposition set off by a comma (``set_off``) or hung
past a phrase of its noun (``past_own_phrase``); the noun a place's phrase describes (``description_of_place``); a
fronted clause or phrase a pronoun sits in (``fronted_phrase``, with the question a fronted participle puts,
``_reporting_phrase``) and the verb a description after a fronted phrase is the subject of
(``verb_after_a_fronted_phrase``); a description that puts a question (``puts_a_question``); the name a noun is "of"
(``of_name``). It links no mention to an entity: the coreference pass (``coref`` and its layers) does, with these
answers.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.one_asked import QUESTIONING
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan
from quotegraph.nlp.resolve.speakers.names import fold
from quotegraph.nlp.syntax import MAX_PHRASE_DEPTH, NOMINAL_SUBJECTS, VERB_POS, nominal_subjects

__all__ = [
    "PERSON_OF_A_BODY",
    "PLACE_PHRASES",
    "description_of_place",
    "fronted_phrase",
    "of_name",
    "past_own_phrase",
    "person_before_of",
    "possessed_by_pronoun",
    "puts_a_question",
    "set_off",
    "verb_after_a_fronted_phrase",
]

# "In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski,": the links from a name up to the
# fronted phrase's preposition (conjunct, apposition, object, preposition, ...); a deeper chain is no fronted phrase
_FRONTED_PHRASE_DEPTH = 8
# As a fronted clause's pronoun subject is (``pronouns.FRONTED_CLAUSE_CATAPHORA``), so is the subject pronoun of a
# question or report that a fronted subjectless participle puts ("Asked by a reporter whether she had ever spelled a
# word ..., Anika admitted"): the one asked is the main clause's subject, not the asker, the only person the sentence
# has named before the pronoun (``_reporting_phrase``). Rule on against off (fast.py, cache8; pronouns2): no speaker
# moved on train-d, train 0-59 or train-c (train-c byte-identical); two pronouns better, none worse: train-d "When asked
# whom she supported, Ms. Sherry smiled" (Megyn Kelly -> Sherry), train 0-59 "Having announced that he would not send me
# to prison, Judge Berman" (Brafman -> Berman). News pages: spelling-bee-final's "Asked by a reporter whether she had
# ever spelled ..., Anika admitted she had guessed" no longer gives both "she"s to the reporter, so the next paragraph's
# "She said her coach ..." is Anika, not "a reporter" (that statement's expected speaker is the coach of a nested
# report, so the count is unchanged: speaker, every field equal, no page worse).
QUESTIONS_IN_FRONTED_PHRASES = True
_REPORTED_CLAUSE_DEPTH = 2  # "Asked whether she thought (that) she had ...": a question and a clause it reports
_FRONTED_PHRASES = frozenset({"advcl", "prep"})  # "After he blasted ...,", "In her statement ...,"


# "A financial planner at the University of Nebraska at Kearney, X,": a description's place may have a place of its
# own; no deeper, so that a run of phrases on phrases (a hostile text's) is not walked again from each of its nouns
PLACE_PHRASES = 2


def possessed_by_pronoun(noun: Token) -> bool:
    """ "my husband", "her daughter", "his spokesman", "X, whose spokesman said": a noun whose
    possessor is a personal or relative pronoun."""
    return any(child.dep_ == "poss" and child.tag_ in ("PRP$", "WP$") for child in children_of(noun))


def set_off(apposition: Token) -> bool:
    """ "Her editor at Harbourline Press, Simon Achterberg,": an apposition after a comma; "the son of the late
    restaurateur Ernesto Ruiz" names the restaurateur himself."""
    start = apposition.left_edge.i
    return start > 0 and apposition.doc[start - 1].text == ","


def puts_a_question(doc: Doc, mention: MentionSpan) -> bool:
    """Whether the description ``mention`` is the one asking: the agent of "Asked by the presenter", the subject of
    "the host pressed her"."""
    head = doc[mention.head]
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else head.head
    asking = head.dep_ in NOMINAL_SUBJECTS or (head.dep_ == "pobj" and head.head.dep_ == "agent")
    return asking and verb.lemma_.lower() in QUESTIONING


def fronted_phrase(pronoun: Token) -> Token | None:
    """The clause a subject pronoun heads ("After he blasted ...,") or the phrase a possessive is in ("In her
    statement condemning the test,"), when it stands before the verb it hangs on."""
    phrase = pronoun.head
    if pronoun.dep_ == "poss":
        for _ in range(MAX_PHRASE_DEPTH):
            if phrase.dep_ in _FRONTED_PHRASES or phrase.head.i == phrase.i:
                break
            phrase = phrase.head
    elif pronoun.dep_ not in NOMINAL_SUBJECTS:
        return None
    elif QUESTIONS_IN_FRONTED_PHRASES:
        phrase = _reporting_phrase(phrase)
    verb = phrase.head
    fronted = phrase.dep_ in _FRONTED_PHRASES and phrase.i < verb.i and verb.pos_ in VERB_POS
    return phrase if fronted else None


def _reporting_phrase(clause: Token) -> Token:
    """ "Asked by a reporter whether she had ever spelled a word ..., Anika admitted": the subjectless participle
    whose question or report a clause is (its ccomp), up to ``_REPORTED_CLAUSE_DEPTH`` such steps; the clause itself
    when it is none, or when that verb has a subject of its own ("After Obama said he would ..."), who may be the one
    the clause tells of."""
    for _ in range(_REPORTED_CLAUSE_DEPTH):
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.i == clause.i or nominal_subjects(verb):
            break
        clause = verb
    return clause


def past_own_phrase(head: Token, apposition: Token) -> bool:
    """ "The eldest son of the late restaurateur Ernesto Ruiz": an apposition the parser hangs on a noun past a
    phrase of that noun, with no comma before it, names the phrase's noun (the restaurateur), not the head."""
    between = any(c.dep_ == "prep" and head.i < c.i < apposition.i for c in children_of(head))
    return between and not set_off(apposition)


def description_of_place(place: Token) -> Token | None:
    """The common noun whose phrases end in ``place`` ("planner" of "A financial planner at the University of
    Nebraska at Kearney"), at most ``PLACE_PHRASES`` phrases up, as ``person_after_its_place`` walks them down."""
    noun = place
    for _ in range(PLACE_PHRASES):
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            break
        noun = noun.head.head
        if noun.pos_ == "NOUN":
            return noun
    return None


def verb_after_a_fronted_phrase(description: Token) -> Token | None:
    """ "In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential
    candidate stated that ...": the parser hangs the description after a fronted phrase's comma on the phrase's last
    name as an apposition; when the verb right after it has no subject and the phrase is that verb's, the description
    is the subject, no one named in the phrase. Gives that verb, or None."""
    after = description.right_edge.i + 1
    if after >= len(description.doc) or not set_off(description):
        return None
    verb = description.doc[after]
    if verb.pos_ == "AUX" and verb.dep_ == "aux":
        verb = verb.head
    if verb.pos_ not in VERB_POS or nominal_subjects(verb):
        return None
    token = description.head
    for _ in range(_FRONTED_PHRASE_DEPTH):
        if token.dep_ == "prep" and token.head == verb and token.i < description.i:
            return verb
        if token.dep_ not in ("appos", "conj", "pobj", "prep", "compound") or token.head == token:
            return None
        token = token.head
    return None


def of_name(noun: Token) -> str | None:
    """The name a noun is "of" ("representative of China": "china"; "of the Russian Federation": "federation"), folded;
    None when its "of" phrase names nothing."""
    for prep in children_of(noun):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for name in children_of(prep):
                if name.dep_ == "pobj" and name.pos_ == "PROPN":
                    return fold(name.text)
    return None


# "Commandant Julien Roussel of the regional judicial police, seated beside her, said", "geologist Marisol Echeverría
# of the Benemérita Universidad Autónoma de Puebla said": a person's name with "of" and the body or place they belong
# to is the person, whatever the parser makes the phrase's head (a title the tagger does not know leaves the name
# untyped and the body's mention wins; a long foreign body name is read as the head, part of it as a PERSON). Read by
# ``speakers._entity_of_source`` (the speaker) and ``salience.heads_source`` (the name weighs as the source, so the next
# "she said" finds her). Rule on against off (fast.py, cache16, personoforg): news pages speaker +2, every field +2
# (puebla-sinkhole-avenida-juarez "caused by a leaking storm drain" and "These holes do not appear overnight", were
# "Autónoma de Puebla"), no page worse; train-d scores unchanged, fires in 2 articles on pairs whose entity name now
# ends before the "of" (nyt_2016-03-16 on-trade-angry-voters "Stephen S. Cohen and J. Bradford DeLong",
# politico_2016-06-21 sanders-anti-superdelegate "... and Sen. Chuck Schumer"); train 0-59 and train-c byte-identical.
# On train-d the form (a PERSON name then "of") is 74 statements in 44 articles, and the speaker was already the
# person in all but 5, none of them this failure (a description heads them, or two people speak): the rule mends the
# tagger's and parser's rare failures, not a common miss.
PERSON_OF_A_BODY = True
_MIN_UNTYPED_NAME_WORDS = 2  # a forename and a surname: one capitalised word before "of" may be a body's ("Bank of")


def person_before_of(span: Span) -> Span | None:
    """ "Commandant Julien Roussel" of "Commandant Julien Roussel of the regional judicial police": the source up to
    its first "of" when a person's name ends there and governs the "of" phrase. The name is a PERSON entity, or, the
    tagger having typed none in the source, two or more capitalised proper nouns whose last is no role noun or
    honorific ("Deputy Secretary of State ..." is a title). None for "the head of the regional police" (no name) and
    for bodies named with "of" ("the Bank of England", "University of Puebla"), which the tagger types as bodies, and
    for a name with a second party after its "of" phrase ("Ted Cruz of Texas and Senator Rand Paul of Kentucky")."""
    of = next((t for t in span if t.lower_ == "of" and t.i > span.start), None)
    if of is None or of.head.i != of.i - 1:
        return None
    if any(t.dep_ == "cc" for t in span[of.i - span.start :]):
        return None  # "Ted Cruz of Texas and Senator Rand Paul of Kentucky": two speak together, not the first alone
    last = of.head
    if last.ent_type_ == "PERSON":
        return span.doc[span.start : of.i]
    words = lexicons()
    run = 0  # the capitalised proper nouns of the name, back from the word before "of"
    while last.i - run >= span.start and span.doc[last.i - run].pos_ == "PROPN" and span.doc[last.i - run].is_title:
        run += 1
    untyped = not last.ent_type_ and not any(t.ent_type_ == "PERSON" for t in span)
    a_title = last.lower_ in words.role_nouns or last.text in words.honorifics
    return span.doc[span.start : of.i] if untyped and run >= _MIN_UNTYPED_NAME_WORDS and not a_title else None

"""The source a subject or a relative pronoun names: a subject's phrase, or a relative pronoun with the noun it stands
for (``source_named_by``, ``pronoun_antecedent``), and the reporter of a clause that a relative clause's own verb
reports (``relative_reporter``)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.find.role_words import NOT_SOURCES, SUBJECT_RELATIVES
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.syntax import PLACE_ENTITIES


def source_named_by(verb: Token, subject: Token) -> tuple[CharSpan, ...] | None:
    """The source a subject of ``verb`` names: a relative pronoun with the noun it stands for, else the subject's
    phrase; none for a word that names no one ("it", "there")."""
    if verb.dep_ == "relcl" and subject.lower_ in SUBJECT_RELATIVES:
        return tuple(_with_antecedent(verb, subject))
    if subject.lemma_.lower() in NOT_SOURCES:
        return None
    return ((subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)),)


# "She was interrupted from the back of the hall by Keith Danby, chairman of the residents' group, who said ...": the
# one a "by" phrase names is the doer, and a relative clause after it is about them, not about the noun the phrase
# hangs on ("the back"); the parser hangs "by" on the nearest noun. Climbing out stays for "of"/"for" phrases ("the
# director of the film, who said"). Fires on clifftop-landslide-rest-centre ("the back" -> Keith Danby: pages speaker
# 1675 -> 1676 of 1703, every field unchanged, his channel and time still missed) and on four train-d articles, each
# a source a reader would give (huff-post erdogan-is-in-syria "important implications" -> "a UN-OPCW panel", nyt
# clinton-hints-at-husband "further attacks" -> "Mr. Trump", nyt latest-poll-has-trump "the deadly attack" -> "a
# gunman", nyt with-ailes-out "this time" -> "Gabriel Sherman"); none of the four is annotated, so the full eval's
# train-d scores are unchanged to the fourth decimal (F1 0.7265, source 0.9349).
AGENT_IS_THE_ANTECEDENT = True
# "who" is said of people: a name after "from" on a thing ("He was replying to a question from Wong Kah Seng
# (PH-Bukit Mertajam), who asked whether ...", "a letter from Aroha Ngata, who wrote that ...") is the one a "who"
# clause after it is about, as the doer of a "by" phrase is; the climb gave the statement to "a question" (a noun taken
# as a speaker, speakernames). Only a proper noun that is no place, or a noun for a person ("a letter from the mayor,
# who"), after "from", on a singular common noun that is no person ("a spokesman from Oxfam, who" climbs to the
# spokesman, "residents from Goma, who" to the residents, "a gynecologist from Englewood, who" to the gynecologist,
# whom the lexicon does not know a person). Measured in docs/occasion-rounds.md (speakernames).
WHO_IS_THE_NAME_A_THING_COMES_FROM = True
_PERSON_RELATIVES = frozenset({"who", "whom"})


def _relative_clause_noun(relative: Token, pronoun: Token | None = None) -> Token:
    """The noun phrase a relative clause is about, climbing out of the apposition and prepositional
    phrases it hangs on ("Audiard, the director of the film, who said ...": the parser often takes
    the nearest noun). Not out of a passive's agent (``AGENT_IS_THE_ANTECEDENT``), nor out of a name a
    thing comes from before a "who" (``WHO_IS_THE_NAME_A_THING_COMES_FROM``)."""
    noun = relative.head
    while noun.dep_ in ("appos", "pobj"):
        if AGENT_IS_THE_ANTECEDENT and noun.dep_ == "pobj" and noun.head.lower_ == "by":
            break
        above = noun.head.head if noun.dep_ == "pobj" else noun.head
        if above.pos_ not in ("NOUN", "PROPN"):
            break
        if pronoun is not None and _a_thing_s_maker(noun, above, pronoun):
            break
        noun = above
    return noun


def _a_thing_s_maker(name: Token, above: Token, pronoun: Token) -> bool:
    """Whether ``name``, after "from" on the noun ``above``, is the person a "who" ``pronoun`` stands for: a proper
    noun that is no place or a noun for a person, ``above`` a singular common noun that is no person
    (``WHO_IS_THE_NAME_A_THING_COMES_FROM``)."""
    if not WHO_IS_THE_NAME_A_THING_COMES_FROM or pronoun.lower_ not in _PERSON_RELATIVES:
        return False
    if name.dep_ != "pobj" or name.head.lower_ != "from" or above.tag_ != "NN" or _names_a_person(above):
        return False
    if name.pos_ == "PROPN":  # not a place: "a gynecologist from Englewood, New Jersey, who said"
        return name.ent_type_ not in PLACE_ENTITIES
    return name.pos_ == "NOUN" and _names_a_person(name)  # "a letter from the mayor, who wrote"


def _names_a_person(noun: Token) -> bool:
    return lexicons().names_a_person(noun.lemma_.lower())


def _with_antecedent(relative: Token, pronoun: Token) -> list[CharSpan]:
    """A relative pronoun as a source, with the noun it stands for when that comes before it."""
    noun = _relative_clause_noun(relative, pronoun)
    spans = [(pronoun.idx, pronoun.idx + len(pronoun.text))]
    if noun.pos_ in ("NOUN", "PROPN") and noun.i < pronoun.i:
        spans.insert(0, (noun.left_edge.idx, noun.idx + len(noun.text)))
    return spans


def _governing_relative(first: Token, head: Token) -> Token | None:
    """The verb of a relative clause whose clausal complement holds ``first``, below the cue's head."""
    clause = first
    for above in first.ancestors:
        if above == head:
            return None
        if above.dep_ == "relcl" and clause.dep_ == "ccomp":
            return above
        clause = above
    return None


def relative_reporter(
    window: Span, head: Token, content: Sequence[tuple[int, int]], in_quote: Sequence[bool]
) -> list[CharSpan]:
    """The source of a content that is the clause of a relative clause's own verb, not of the cue
    ("... responded to X, who stated that Y": Y is X's): the antecedent and the relative pronoun.

    Only for a relative clause standing between the cue and an unquoted content, with "who" or
    "which" as its subject.
    """
    if not content or in_quote[content[0][0]]:
        return []
    first = window[content[0][0]]
    relative = _governing_relative(first, head)
    if relative is None:
        return []
    pronouns = [c for c in children_of(relative) if c.dep_ == "nsubj" and c.lower_ in ("who", "which")]
    noun = _relative_clause_noun(relative, pronouns[0] if pronouns else None)
    if not pronouns or noun.pos_ not in ("NOUN", "PROPN") or not noun.i < pronouns[0].i < relative.i < first.i:
        return []
    return _with_antecedent(relative, pronouns[0])


def pronoun_antecedent(window: Span, source: Sequence[tuple[int, int]]) -> list[CharSpan]:
    """For a source tagged on a lone relative pronoun, the pronoun and the noun it stands for."""
    if len(source) != 1 or source[0][1] - source[0][0] != 1:
        return []
    pronoun = window[source[0][0]]
    if pronoun.lower_ not in SUBJECT_RELATIVES or pronoun.head.dep_ != "relcl":
        return []
    return _with_antecedent(pronoun.head, pronoun)

"""Speakers the tagger reads as part of what was said, where the parse shows who spoke: the passive subject of a
gerund of saying ("was heard telling", "was quoted as saying"), a relative clause set off after the subject that the
parser read as the reported clause, and a role noun before a name that the parser read as a verb."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.find.role_words import NOT_SOURCES, SUBJECT_DEPS
from quotegraph.nlp.lexicons import reports_words
from quotegraph.nlp.memo import per_document
from quotegraph.nlp.syntax import PROPER_NOUN_TAGS, nominal_subjects

# How a verb of saying hangs under the passive verb whose subject says it: as its clause ("heard telling"), as an
# adverbial ("caught on camera saying"), or through a preposition ("quoted as saying", "criticised for saying")
_UNDER_PASSIVE_DEPS = frozenset({"xcomp", "advcl"})
# A preposition of means names no speaker: in "is often justified by arguing that", whoever argues is not the subject
_MEANS = frozenset({"by"})
# The clitic "’s" of "he’s spoken out" is "has" as often as "is": no sure sign of a passive
_CLITIC_BE = frozenset({"'s", "’s"})


def _gerund_of_named(gerund: Token) -> bool:
    """ "interviewed about Pope Francis calling Christmas a sham": a gerund with a subject of its own, or right after
    a name or a pronoun (which the parser may hang elsewhere), is said by that one."""
    before = gerund.doc[gerund.i - 1] if gerund.i > 0 else None
    return bool(nominal_subjects(gerund)) or (before is not None and before.pos_ in ("PROPN", "PRON"))


def passive_speaker(head: Token) -> tuple[Token, Token, Token] | None:
    """ "In the recording, the referee Craig Dunmore can be heard asking the video assistant referee, Lewis Orme, to
    “check the line again”", "He was quoted as saying the plan was dead", "The mayor was heard telling aides that
    ...": a gerund of a verb of saying under a passive verb (of hearing, recording, quoting) is said by that verb's
    passive subject, which the tagger reads as a part of what was said (it never saw the form): the passive subject,
    the verb of saying and the passive verb, else None. Only a gerund: an infinitive under a passive is as often an
    order to speak ("was asked to comment") as speech."""
    for saying in (
        head,
        *children_of(head),
        *(g for c in children_of(head) if c.dep_ == "prep" for g in children_of(c)),
    ):
        if saying.tag_ != "VBG" or not reports_words(saying.lemma_.lower()) or _gerund_of_named(saying):
            continue
        through = saying.head if saying.dep_ == "pcomp" and saying.head.dep_ == "prep" else None
        above = saying.head if through is None else through.head
        if saying.dep_ not in _UNDER_PASSIVE_DEPS | {"pcomp"} or above is saying or head not in (saying, above):
            continue
        if through is not None and through.lower_ in _MEANS:
            continue
        subjects = [c for c in children_of(above) if c.dep_ == "nsubjpass" and c.right_edge.i < above.i]
        # with an agent, the gerund may be the agent's ("were echoed by her campaign ..., saying")
        passive = any(c.dep_ == "auxpass" and c.text not in _CLITIC_BE for c in children_of(above))
        passive = passive and not any(c.dep_ == "agent" for c in children_of(above))
        if subjects and passive and subjects[0].lemma_.lower() not in NOT_SOURCES:
            return subjects[0], saying, above
    return None


# Relative pronouns that open a relative clause set off by commas after a name ("X, who ..., said")
_SET_OFF_RELATIVES = frozenset({"who", "which"})


def relative_read_as_clause(head: Token) -> tuple[Token, Token] | None:
    """ "Benjamin Adeyemi, who represents a group of 14 suppliers owed a combined $38 million, said the loan's terms
    ...": a verb of saying with no subject of its own, right after the comma that closes a relative clause set off
    after its subject, whose last participle ("owed") the parser read as a finite verb; it makes that verb the clause
    the cue reports, before the cue, with the cue's subject as its own. What comes before the comma is who spoke, not
    what was said. The misread clause and the subject, else None."""
    doc = head.doc
    if head.i < 2 or doc[head.i - 1].text != "," or not reports_words(head.lemma_.lower()):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in children_of(head)):
        return None
    for clause in children_of(head):
        if clause.dep_ != "ccomp" or clause.i > head.i or clause.right_edge.i != head.i - 2:
            continue
        for subject in (c for c in children_of(clause) if c.dep_ == "nsubj" and c.i < clause.i):
            relatives = [c for c in children_of(subject) if c.dep_ == "relcl" and c.i > subject.i]
            opening = relatives[0].left_edge if relatives else None
            if opening is not None and opening.lower_ in _SET_OFF_RELATIVES and doc[opening.i - 1].text == ",":
                return clause, subject
    return None


def role_noun_read_as_verb(head: Token) -> Token | None:
    """ "At the debrief, coxswain Jory Pascoe said the crew ...": a role noun before a name that the parser read as a
    verb in its base form, the name its object and the two a clause the cue reports, before the cue, so that the cue
    has no subject; a base form with no subject, auxiliary or "to" is no clause, so the role and the name are who
    spoke and the phrases hung on the role ("At the debrief") are the saying's, not what was said. Not an imperative
    quoted before its cue ("“Ask Jory Pascoe,” she said"): the cue has a subject, and a comma stands before it."""
    if head.i < 2 or any(c.dep_ in SUBJECT_DEPS for c in children_of(head)) or not reports_words(head.lemma_.lower()):
        return None
    for role in (c for c in children_of(head) if c.dep_ == "ccomp" and c.i < head.i and c.tag_ == "VB"):
        if not role.is_lower or any(c.dep_ in SUBJECT_DEPS | {"aux", "auxpass"} for c in children_of(role)):
            continue
        names = [c for c in children_of(role) if c.dep_ == "dobj" and c.pos_ == "PROPN"]
        if names and names[0].left_edge.i == role.i + 1 and names[0].right_edge.i == head.i - 1:
            return role
    return None


# The dependencies the parser gives a surname it read as a word and not as a name: an interjection ("Oh", "Well"), an
# adverb ("Early", "Skelly"), a bare noun phrase used as an adverb ("Young", "May"), or none it could name ("dep").
SURNAME_READ_AS_WORD_DEPS = frozenset({"intj", "advmod", "npadvmod", "dep"})
# The fewest words of a full name whose family name a lone surname repeats ("Oh Sang-hyun", "Rex Early"): a one-word
# entity gives no surname apart from the word itself, which may be the word the parser read.
_FULL_NAME_WORDS = 2
# A Korean or Taiwanese given name is written as two syllables joined by a hyphen ("Sang-hyun", "Ying-jeou")
_GIVEN_NAME_SYLLABLES = 2


def family_names(words: Sequence[str]) -> tuple[str, ...]:
    """The words of a full name (two or more) that stand for the person alone: the last ("Rex Early" -> "Early"), and
    the first too in a name of two words whose last is a given name of two syllables joined by a hyphen, the second
    in lower case, as Korean and Taiwanese names are written with the family name first ("Oh Sang-hyun" -> "Oh",
    "Moon Jae-in" -> "Moon"); not a double-barrelled surname ("Mary Smith-Jones"). None for a one-word name."""
    if len(words) < _FULL_NAME_WORDS:
        return ()
    syllables = words[-1].split("-")
    given_first = len(words) == _FULL_NAME_WORDS and len(syllables) == _GIVEN_NAME_SYLLABLES and syllables[1].islower()
    return (words[0], words[-1]) if given_first else (words[-1],)


# Read once a document, not once a cue: a text of many names and many "Early said" would otherwise read every entity
# of the document for each cue (names x cues).
@per_document
def _first_full_names(doc: Doc) -> dict[str, int]:
    """Each family name (``family_names``) of a person named in full in ``doc``, with where the first such name ends
    (a token index)."""
    first: dict[str, int] = {}
    for entity in doc.ents:
        if entity.label_ == "PERSON":
            for word in family_names(entity.text.split()):
                first[word] = min(first.get(word, entity.end), entity.end)
    return first


def surname_read_as_word(verb: Token) -> Token | None:
    """ "“We bow our heads ...,” Oh said, rising from his seat" (after "Vice Education Minister Oh Sang-hyun"), "Early
    described it as “news to me”" (after "Rex Early"), "“... is valuable,” said Skelly" (after "Bill Skelly"): a
    surname that is also an English word, or that the tagger took for one, read by the parser as an interjection or an
    adverb of a verb with no subject of its own, right before the verb or right after it (the inverted "said Oh"). It
    is the speaker when a person the article named in full earlier has it as their family name; else None. The word is
    no interjection opening a quote ('“Oh, come on,” she said'): that verb has its subject, and a comma stands between.
    """
    if any(c.dep_ in SUBJECT_DEPS for c in children_of(verb)):
        return None
    doc = verb.doc
    for word in children_of(verb):
        # Tags of a name: a surname tagged as one is a subject the parse already gives, and needs no mending here
        if word.dep_ not in SURNAME_READ_AS_WORD_DEPS or abs(word.i - verb.i) != 1 or word.tag_ in PROPER_NOUN_TAGS:
            continue
        if word.pos_ == "PRON" or not word.text[:1].isupper() or word.is_upper:
            continue
        if _first_full_names(doc).get(word.text, len(doc) + 1) <= word.i:  # named in full before it
            return word
    return None

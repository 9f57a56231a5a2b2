"""The forms by which news writing names a person it has described or is introducing.

A name given with an age set off by commas (``given_an_age``), with a who-clause (``introduced_by_a_clause``,
``with_a_clause``) or an indefinite apposition (``introduced_by_an_apposition``); a name in apposition with the same
role noun after "the" or a demonstrative (``named_in_role``, ``_refers_back``); the name a pronoun subject "was"
(``_named_by_be``) or gave of herself (``_own_name_given``, ``giving_own_name``); ``identified_on_introduction`` asks
the forms that say who a described person is; ``identified_as`` reads the sentence that says outright who someone told
of before is ("The pilot was named by his family as Graham Tuckwell"). Each reads one name's sentence: which
description a name is joined to, and when, is ``named_after``'s.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.speakers.mention_spans import PRONOUNS, MentionSpan
from quotegraph.nlp.resolve.speakers.phrase_forms import possessed_by_pronoun
from quotegraph.nlp.resolve.speakers.untagged_people import age_set_off
from quotegraph.nlp.syntax import DEMONSTRATIVES, INDEFINITE, NOMINAL_SUBJECTS, inverted_after_quote

# A description is named next by a name in apposition with its noun after a demonstrative as after "the" ("a nurse
# in the neonatal unit had told the couple ... ¶ That nurse, Angela Ruiz, was in the front row"; ``named_in_role``).
# Rule on against off (speakers round 25): train-d and train 0-59 byte-identical; news pages one speaker better.
DEMONSTRATIVE_NAMING = True
# A person described before being named is the name a pronoun subject of "be" gives next ('"...," said a woman in a
# green waterproof ... She was Ann Harcourt, a retired teacher'): a reporter names the one just described as the
# person given her name does (``_named_by_be``). Rule on against off (fast.py, cache6; pages round 35): train-d and
# train 0-59 byte-identical; news pages one speaker right. So is the name "her name" is ("said a retired librarian who
# joined the march. Her name is Ruth Jenkins, and ..."; latenamed3): train-d, train 0-59, train-c and news pages
# byte-identical, its evidence the unit test alone.
BE_NAMES_DESCRIBED = True
# Verbs of a person giving a reporter his own name ("gave her name as", "identified himself as") and the objects that
# make it his own
_GIVING_ONE_S_NAME = frozenset({"give", "identify"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves"})
# A surname or a forename given alone is one's name given as "her name" is ("a 54-year-old office worker from Goyang
# who gave only his surname, Yoon", "who gave only her forename, Aroha"): the name set off beside it, or after "as",
# is the one its subject gave of itself (``giving_own_name``, ``_one_s_own``). News writing gives half a name so when a
# source will not give the whole; "name" alone kept the person a description. Written by speakerpages (the
# thirty-eighth set; docs/occasion-rounds.md).
NAME_HALVES_GIVEN = True
_NAME_HALVES = frozenset({"surname", "forename"})


def _a_name_noun(noun: Token) -> bool:
    """ "name", or a half of one ("surname", "forename") with ``NAME_HALVES_GIVEN``."""
    return noun.lower_ == "name" or (NAME_HALVES_GIVEN and noun.lower_ in _NAME_HALVES)


def name_set_off_after(noun: Token) -> Token | None:
    """ "Yoon" of "who gave only his surname, Yoon.": the proper noun set off by a comma right after a name noun that
    a verb of giving takes as its object, wherever the parser hung it (it made "Yoon" an adverb of the sentence's
    "said"); the name's last word, or None."""
    doc = noun.doc
    at = noun.i + 2
    if not NAME_HALVES_GIVEN or at >= len(doc) or doc[noun.i + 1].text != "," or doc[at].pos_ != "PROPN":
        return None
    if not _a_name_noun(noun) or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _GIVING_ONE_S_NAME:
        return None
    while at + 1 < len(doc) and doc[at + 1].pos_ == "PROPN":
        at += 1
    return doc[at]


# Verbs by which a text, or those it quotes, say outright who one told of before is: "The pilot was named by his
# family as Graham Tuckwell", "she agreed to be identified as Carol Ruggiero", "A woman later identified as Eva
# Resnick-Day", "police identified the man as ..." (``identified_as``)
_IDENTIFYING = frozenset({"identify", "name"})


def identified_on_introduction(doc: Doc, name: MentionSpan, role: str) -> bool:
    """ "Dale Hutchins, 47, of Cedar Falls, was arrested": a subject named with an age set off by commas; "The
    manager, Priya Raman, worked": a name in apposition with a subject that is the same role noun after "the"; "She
    gave her name as Lorraine Petek": a name the one described gave of herself."""
    return (
        given_an_age(doc, name)
        or named_in_role(doc, name, role)
        or _own_name_given(name, doc)
        or (BE_NAMES_DESCRIBED and _named_by_be(name, doc))
    )


def _named_by_be(name: MentionSpan, doc: Doc) -> bool:
    """ "... said a woman in a green waterproof. She was Ann Harcourt, a retired teacher", "Her name is Ann Harcourt": a
    name that is what a pronoun subject (the one just described), or her name, "was" or "is"."""
    head = doc[name.head]
    verb = head.head
    if head.dep_ != "attr" or verb.lemma_.lower() != "be":
        return False
    # "Her name is Agnes Moore": the name of a pronoun's owner as the subject, as the pronoun itself is
    return any(
        s.lower_ in PRONOUNS or (s.lower_ == "name" and possessed_by_pronoun(s))
        for s in children_of(verb)
        if s.dep_ in NOMINAL_SUBJECTS
    )


def _own_name_given(name: MentionSpan, doc: Doc) -> bool:
    """ "said the woman handing out orange slices ... She gave her name as Lorraine Petek", "He identified himself as
    Tom Beale": a reporter names a person met at a scene by the name the person gave, told of with a pronoun subject
    (the one just described) giving "her name" or identifying "herself" as the name."""
    verb = giving_own_name(doc[name.head])
    return verb is not None and any(s.lower_ in PRONOUNS for s in children_of(verb) if s.dep_ in NOMINAL_SUBJECTS)


def giving_own_name(name: Token) -> Token | None:
    """The verb of "gave her name as Lorraine Petek", "identified himself as Tom Beale", "gave only his first name,
    Declan" when ``name`` is the name so given: the one its subject gave of itself, "her name" or "herself" its object
    (the name after "as", or set off beside "name")."""
    if name.dep_ == "appos" and _a_name_noun(name.head) and name.head.dep_ == "dobj":
        verb = name.head.head
        own = possessed_by_pronoun(name.head) and verb.lemma_.lower() in _GIVING_ONE_S_NAME
        return verb if own else None
    noun = name.doc[name.left_edge.i - 2] if name.left_edge.i >= 2 else None
    if noun is not None and name_set_off_after(noun) == name and possessed_by_pronoun(noun):
        return noun.head  # "gave only his surname, Yoon" with "Yoon" hung elsewhere
    if AS_READ_AS_A_CLAUSE and (given := _own_name_before_a_misread_as(name)) is not None:
        return given
    verb = name.head.head
    if name.dep_ != "pobj" or name.head.lower_ != "as" or verb.lemma_.lower() not in _GIVING_ONE_S_NAME:
        return None
    return verb if any(_one_s_own(o) for o in children_of(verb) if o.dep_ == "dobj") else None


def _one_s_own(noun: Token) -> bool:
    """ "herself", "her name": what a verb of giving a name gives as the subject's own."""
    return noun.lower_ in _REFLEXIVES or (_a_name_noun(noun) and possessed_by_pronoun(noun))


# "A caller who gave her name only as MaNgcobo told the mayor": the parser reads "as" as a conjunction opening a clause
# whose subject is the name ("as MaNgcobo told the mayor"), so the name hangs on the next verb, not on "gave". The name
# right after "as", with nothing but adverbs ("only", "simply") between "as" and "her name" or "herself", is still the
# one given (``giving_own_name``): the words say so whatever the tree. Without it the description keeps the statement.
# Rule on against off, with ``tagged_names.SINGLE_NAMES_GIVEN_AS_ONE_S_OWN`` (both needed; fast.py, cache28;
# namedlater): the 177 tuned pages speaker +2 on one page (msunduzi-water-outage-tanker: both statements of "A caller
# who gave her name only as MaNgcobo" are MaNgcobo's), none lost; train-d, train 0-59 and train-c byte-identical. One
# page: suspect of fitting, though it reads a fixed form ("gave her name as") through a misparse, not a page's words.
AS_READ_AS_A_CLAUSE = True


def _own_name_before_a_misread_as(name: Token) -> Token | None:
    """The verb of "gave her name (only) as NAME" when the parser made "as" the conjunction of the verb ``name`` is
    the subject of (``AS_READ_AS_A_CLAUSE``)."""
    doc = name.doc
    at = name.left_edge.i - 1
    if name.dep_ not in NOMINAL_SUBJECTS or at < 1 or doc[at].lower_ != "as" or doc[at].dep_ != "mark":
        return None
    at -= 1
    while at > 0 and doc[at].pos_ == "ADV":  # "her name only as", "herself simply as"
        at -= 1
    own, verb = doc[at], doc[at].head
    if own.dep_ != "dobj" or not _one_s_own(own) or verb.lemma_.lower() not in _GIVING_ONE_S_NAME:
        return None
    return verb


def given_an_age(doc: Doc, name: MentionSpan) -> bool:
    """ "Dale Hutchins, 47, of Cedar Falls, was arrested": a subject named with an age set off by commas."""
    return doc[name.head].dep_ in NOMINAL_SUBJECTS and age_set_off(doc, name.end) is not None


def introduced_by_a_clause(doc: Doc, name: MentionSpan) -> bool:
    """ "Priya Menon, who spent six years in Anand's group, said": a subject named with a who-clause set off by a
    comma right after the name."""
    return doc[name.head].dep_ in NOMINAL_SUBJECTS and with_a_clause(doc, name, "who")


def with_a_clause(doc: Doc, name: MentionSpan, relative: str) -> bool:
    """Whether a relative clause opened by ``relative`` and set off by a comma follows the name right after it."""
    if name.end + 1 >= len(doc):
        return False
    return (
        doc[name.end].text == ","
        and doc[name.end + 1].lower_ == relative
        and doc[name.end + 1].head.head.i == name.head
    )


def introduced_by_an_apposition(doc: Doc, name: MentionSpan) -> bool:
    """ "Cian Moloney, a dairy farmer from near Mitchelstown, had driven": a subject named with an indefinite noun
    phrase set off by a comma right after the name, in apposition with it."""
    head = doc[name.head]
    if head.dep_ not in NOMINAL_SUBJECTS or name.end + 2 >= len(doc):
        return False
    if doc[name.end].text != "," or doc[name.end + 1].lower_ not in INDEFINITE:
        return False
    noun = doc[name.end + 1].head
    return noun.dep_ == "appos" and noun.head.i == head.i


# A name the subject's who-clause gives as its own ('"...," said the woman, who later gave her name as Lindiwe
# Mokoena') names that noun after "the" as an apposition does ("The woman, Lindiwe Mokoena, said"): the definite noun
# points back to the one described before with it ("a woman in a council jacket ... told reporters"), whose words
# are then the named person's too (``named_after``), not a description's of its own. Rule on against off (fast.py,
# cache28; speakernames): the 177 tuned pages every field +3, speaker +1, addressee +2, time +2, all on one page
# (cappadocia-balloon-hard-landing: "a man in a company fleece ... told the Daily Post" is Kerem Aydoğdu, and the
# Daily Post and Tuesday afternoon carry to his next two statements); train-d, train 0-59 and train-c byte-identical
# (no such clause there). One page: suspect of fitting, though it reads a form whose meaning is fixed.
WHO_CLAUSES_RENAME_THE_NOUN = True


def named_in_role(doc: Doc, name: MentionSpan, role: str) -> bool:
    """ "The manager, Priya Raman, worked", "The agent, Benny Sato, told ESPN": a name in apposition with a subject
    that is the same role noun after "the" (or a demonstrative)."""
    return role_named_in(doc, name) == role


def role_named_in(doc: Doc, name: MentionSpan) -> str | None:
    """The role noun (its lemma) of the subject a name is apposed to after "the" (or a demonstrative): "manager" for
    "The manager, Priya Raman, worked"; None when the name stands in no such apposition (``named_in_role``)."""
    head = doc[name.head]
    noun = head.head if head.dep_ == "appos" else _subject_set_off_before(head)
    if noun is None and WHO_CLAUSES_RENAME_THE_NOUN and (verb := giving_own_name(head)) is not None:
        noun = verb.head if verb.dep_ == "relcl" else None  # "the woman, who later gave her name as X"
    if noun is None or noun.dep_ not in NOMINAL_SUBJECTS:
        return None
    return noun.lemma_.lower() if any(c.dep_ == "det" and _refers_back(c) for c in children_of(noun)) else None


# Posts a body has one of, which "the" makes definite by the body the story is about, not by the one just described:
# "said a woman who lives nearby. ¶ The mayor, Jo Hale, said" introduces a newcomer (``renamed_in_apposition``). No
# train or page text holds the form with a post (the guard is from the unit test): the class is the offices news
# writing names with "the" alone once the body is known
_POSTS = frozenset(
    {
        "chair", "chairman", "chairwoman", "chairperson", "president", "director", "spokesman", "spokeswoman",
        "spokesperson", "mayor", "governor", "minister", "secretary", "chancellor", "chief", "executive", "ceo", "head",
        "leader", "commissioner", "superintendent", "principal", "sheriff", "coroner", "judge", "speaker", "treasurer",
        "moderator", "presenter", "host",
    }
)  # fmt: skip


def renamed_in_apposition(doc: Doc, name: MentionSpan) -> bool:
    """ "The nurse, Loretta Banning, said", "The retiree, Madam Lim Soo Hwa, 67, said": a name in apposition with a
    subject that opens its sentence as a bare noun after "the" (or a demonstrative), with no word of its own to say
    whose or which ("The council's chair", "The party chairman" are another's posts), and no post ("The mayor")."""
    head = doc[name.head]
    noun = head.head if head.dep_ == "appos" else _subject_set_off_before(head)
    if noun is None or noun.dep_ not in NOMINAL_SUBJECTS or noun.tag_ != "NN" or noun.lemma_.lower() in _POSTS:
        return False
    if INVERTED_SUBJECTS_RENAMED and inverted_after_quote(noun):
        before = doc[noun.head.i + 1 : noun.i]
    else:
        before = doc[noun.sent.start : noun.i]
    words = [t for t in before if not (t.is_punct or t.is_space)]  # an opening quotation mark or dash is no word
    return len(words) == 1 and words[0].head == noun and words[0].dep_ == "det" and _refers_back(words[0])


# The subject of a verb of saying set after it, right after a quotation closed ('"...," wrote the woman, Tanya
# Sawchuk,'), opens its attribution as a sentence-opening subject opens its sentence: "the woman" with a name apposed
# points back to the one met before as "The woman, Tanya Sawchuk, wrote" would (``renamed_in_apposition``). Figures
# with ``named_after.QUOTED_SENTENCES_NOT_COUNTED``, which it is needed with on its one page (prairie-lakes-ransomware-
# hospitals: speaker +1, every field +2); no train-d, train 0-59 or train-c article holds the form.
INVERTED_SUBJECTS_RENAMED = True


# "The man, grain farmer Wes Tkachuk, 61, told the Dispatch": the parser reads a name set off after a subject noun as a
# second subject of the same verb, not as the noun's apposition; the noun, a comma and the name's phrase, with no "and"
# between, are one subject, the name in apposition (``named_in_role``, which still asks for "the" and the same noun as
# the description). Rule on against off (fast.py, cache12; pages8speaker): pages speaker +1 (wolf-creek-er-overnight-
# closure: "a man in a green Roughriders jacket" who spoke is Wes Tkachuk), no page worse; train-d, train 0-59 and
# train-c byte-identical. The parse (a name set off after a subject, read as a second subject) occurs 14 times in 13
# train-d articles and 3 in train 0-59 ("Axelrod's nephew, Jesse Lehrich,", "the chancellor of Baylor University,
# Starr"), none after "the" and the noun of an earlier description: its gain is that page alone, suspect of fitting.
SUBJECTS_SET_OFF_ARE_APPOSED = True


def _subject_set_off_before(name: Token) -> Token | None:
    """The verb's other nominal subject that ``name``, also parsed its subject, is set off after by a comma, nothing
    else between the two phrases (``SUBJECTS_SET_OFF_ARE_APPOSED``)."""
    if not SUBJECTS_SET_OFF_ARE_APPOSED or name.dep_ not in NOMINAL_SUBJECTS:
        return None
    doc = name.doc
    before = [c for c in children_of(name.head) if c.dep_ in NOMINAL_SUBJECTS and c.i < name.i]
    if len(before) != 1:
        return None
    noun = before[0]
    # the comma may hang on the noun (its phrase's last word) or stand after it
    comma = noun.right_edge.i if doc[noun.right_edge.i].text == "," else noun.right_edge.i + 1
    return noun if doc[comma].text == "," and comma + 1 == name.left_edge.i else None


def _refers_back(determiner: Token) -> bool:
    """ "The manager, Priya Raman,", "That nurse, Angela Ruiz,": a determiner pointing back to the one described."""
    return determiner.lower_ == "the" or (DEMONSTRATIVE_NAMING and determiner.lower_ in DEMONSTRATIVES)


def identified_as(name: Token) -> Token | None:
    """The word for whom the text says ``name`` is, when the name is what a verb of identifying gives after "as": the
    passive's subject ("The pilot was named by his family as Graham Tuckwell"), the subject of the verb a passive
    infinitive hangs on ("she agreed to be identified as Carol Ruggiero"), the noun a participle is on ("A woman later
    identified as Eva Resnick-Day"), or an active verb's object ("Police identified the man as Dale Hutchins"). Not
    one who names herself ("identified herself as": ``giving_own_name``), nor "named as" a role ("was named as the new
    chief executive": the word after "as" is then no name)."""
    verb = name.head.head
    if name.dep_ != "pobj" or name.head.lower_ != "as" or verb.lemma_.lower() not in _IDENTIFYING:
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "A woman later identified as ..."
        return verb.head
    passive = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
    if passive:
        return passive[0]
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if objects:
        return None if objects[0].lower_ in _REFLEXIVES else objects[0]
    if verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in children_of(verb)):  # "agreed to be identified as"
        subjects = [c for c in children_of(verb.head) if c.dep_ == "nsubj"]
        return subjects[0] if subjects else None
    return None

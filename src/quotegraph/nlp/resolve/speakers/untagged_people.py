"""People's names the tagger missed: after an honorific, beside a noun for a person, a known forename with a surname,
with an age set off, a statement's source, a name in capitals, and a lone surname of someone named in full."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.find.misread_speakers import SURNAME_READ_AS_WORD_DEPS, family_names
from quotegraph.nlp.find.parse import children_of, document_words, lefts_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan
from quotegraph.nlp.resolve.speakers.name_shapes import (
    NAME_PARTICLES,
    NAME_WORDS,
    SINGULAR_PROPER,
    capitalised_word,
    is_modifier_only,
    name_start,
    office_of_the_place,
    person_sized,
    plain_surname,
    speaks,
)
from quotegraph.nlp.resolve.speakers.names import fold
from quotegraph.nlp.resolve.speakers.particle_joins import particles_before_a_surname
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS, PLACE_ENTITIES, PROPER_NOUN_TAGS, VERB_POS

# A known surname the tagger read as a common noun is the person still when it stands bare as a subject
# (``_bare_subject``): "Trump did rule out ..." after "Donald Trump", so that the "he said" after it finds him.
# Rule on against off (speakers round 25): train-d 2 speakers better, none worse, channel and time carried +2 each.
SURNAMES_AS_BARE_SUBJECTS = True


# So is a known surname the tagger read as a verb ("Ebeling", "Manning" read as -ing forms), capitalised inside its
# sentence, where the parser makes it a clause's subject: a verb written with a capital letter after the sentence's
# first word is a name (``_bare_subject``). Rule on against off (speakers round 28): train-d 1 speaker better ("...,"
# Trump shot back), none worse; train 0-59 unchanged.
SURNAMES_READ_AS_VERBS = True


# So is a known surname ending in "s" that the tagger read as a plural common noun ("Sanders won ...", tagged NNS),
# bare as a clause's subject: the surname was given with the person's forename before, which a plural noun is not.
# Train-d has 17 sentence-initial "Sanders" subjects tagged NNS with no entity. Rule on against off (descjoin2, fast.py
# on cache10): train-d 3 speakers better in 1 article, none worse (huff-post_2016-06-09_clinton-and-sanders-aren-t-
# butti: "The Independent Vermont senator vowed" and "The senator has spoken" Clinton -> Sanders, "He sent out a
# fundraising email" an entity of its own -> Sanders), 7 statements' carried values moved in it and in
# politico_2016-06-14_sanders-scripts-his-primary-se; channel 0.6823 -> 0.6827 (ff 0.0839 -> 0.0841), time ff
# 0.0802 -> 0.0804, the rest unchanged. Train 0-59, train-c and the news pages byte-identical (it fires on no page).
SURNAMES_READ_AS_PLURALS = True


# So is a surname the parser read as an interjection or an adverb of a cue, which the finder made the cue's source
# (``cue_subjects.SURNAMES_READ_AS_WORDS``), and the family name that comes first in a Korean or Taiwanese name ("Oh"
# of "Oh Sang-hyun", ``misread_speakers.family_names``). With the finder's rule (surnamewords, cache16 parses): needed
# on csat-exam-leak-seoul, where "Oh" of '“...,” Oh said' stays a speaker of its own without it (speaker +1, channel
# +1, time +1 of the pages' figures in ``cue_subjects``); on train-d it joins Skelly's two statements to Bill Skelly
# and renumbers the entities of 3 articles whose headline source ("Sanders: ...", "Lewandowski: ...", parsed "dep")
# now joins the person (breitbart 2016-06-28 sanders-brexit, politico 2015-11-09 sanders-endorsements, politico
# 2016-07-06 lewandowski-fbi): no speaker's name moves there. Train 0-59 and train-c byte-identical.
SURNAMES_READ_AS_WORDS = True


_CLAUSE_SUBJECTS = frozenset({"csubj", "csubjpass"})  # a verb read as a subject is parsed a clausal one


# Capitalised words the tagger left untagged that are a clause's subject with an age set off by commas ("Kavya Parmar,
# 24, joined the plant in July") are a person's name: news writing gives an age to a person alone, so that "the
# 24-year-old said" later finds her (``untagged_aged_names``). Rule on against off (fast.py, cache7; latenamed2): fires
# in no train-d or train 0-59 article (byte-identical); news pages: one page, "The 24-year-old said" is Kavya Parmar
# (the expected speaker there is the Prime Minister she quotes, so no field gained) and takes her "in July" as its time.
AGED_NAMES_ARE_PEOPLE = True


_OLDEST_AGE = 120  # a number set off after a name above any human age is something else ("Route 66", a count)
_SET_OFF_AGE = 3  # tokens: the comma, the number and the comma of ", 47,"


def untagged_surnames(
    doc: Doc, names: list[MentionSpan], taken: set[int], sources: frozenset[int] = frozenset()
) -> Iterator[int]:
    """A lone surname of a person the article names in full, where the tagger missed it ("Ban recalled"
    after "Ban Ki-moon"): that person again, so that the next "he said" can still find him. A speaker's
    surname is one whatever the tagger made of its word ("Hollings added", read as a plural noun)."""
    surnames = {doc[m.end - 1].text for m in names if m.type == "PERSON" and m.end - m.start >= NAME_WORDS}
    if SURNAMES_READ_AS_WORDS:
        surnames |= {w for m in names if m.type == "PERSON" for w in family_names(doc[m.start : m.end].text.split())}
    for i, text in enumerate(document_words(doc).text):
        if i in taken or text not in surnames:
            continue
        token = doc[i]
        if (
            token.tag_ != "NNP"
            and not speaks(token, sources)
            and not _bare_subject(token)
            and not _read_as_word(token, sources)
        ):
            continue
        alone = token.dep_ != "compound" and not any(_forename_like(c) for c in children_of(token))
        if alone and not is_modifier_only(doc[token.i : token.i + 1]):
            yield token.i


def _read_as_word(token: Token, sources: frozenset[int]) -> bool:
    """ "“We bow our heads ...,” Oh said": a statement's source that the parser read as an interjection or an adverb
    of its cue (``misread_speakers.surname_read_as_word``, which the finder made the source)."""
    return SURNAMES_READ_AS_WORDS and token.i in sources and token.dep_ in SURNAME_READ_AS_WORD_DEPS


def _bare_subject(token: Token) -> bool:
    """ "Trump did rule out ...": a known surname the tagger read as a common noun ("trump") stands bare, with no
    word of its own before it, as a clause's subject, where a common noun in the singular takes a determiner; "...,
    Ebeling lives a low-key life": one read as a verb is capitalised there, where a verb is not."""
    if not SURNAMES_AS_BARE_SUBJECTS or any(True for _ in lefts_of(token)):
        return False
    if token.tag_ in (("NN", "NNS") if SURNAMES_READ_AS_PLURALS else ("NN",)) and token.dep_ in NOMINAL_SUBJECTS:
        return True
    return (
        SURNAMES_READ_AS_VERBS
        and token.pos_ in VERB_POS
        and token.dep_ in NOMINAL_SUBJECTS | _CLAUSE_SUBJECTS
        and not token.is_sent_start
        and capitalised_word(token.text)
    )


# Capitalised words the tagger left untagged right after an honorific that says a person and no office ("Dame Helen
# Marsters", "Sir Keir Starmer", "Mrs Ffion Rowlands") are that person's name (``untagged_honorific_names``), even
# a surname ending in "s" that the parser read as a plural ("Marsters", NNPS), which the other forms ask be singular.
# Rule on against off (fast.py, cache13; describednamed): news pages speaker +1, every field +1 (vice-chancellor-
# expenses-audit: "The council's chair, Dame Helen Marsters, said" is Helen Marsters, as "Sir James Dyson" was read),
# no page worse; train-d, train 0-59 and train-c byte-identical. It fires once on train (train-c "Mr Farage told BBC
# Radio", a man named before, no statement moved) and on no train-d article: the tagger tags train-d's honorific names.
HONORIFICS_NAME_PEOPLE = True


_MAX_HONORIFIC_NAME_WORDS = 3  # "Dame Helen Marsters", "Madam Lim Soo Hwa": a forename or two and a surname


def untagged_honorific_names(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """ "The council's chair, Dame Helen Marsters, said": the plain capitalised words (singular or plural proper nouns,
    none an outlet's, a role's or a title) the tagger left untagged right after an honorific of a person's sex that
    implies no office ("Dame", "Sir", "Mrs"; not "Governor", "Vice")."""
    if not HONORIFICS_NAME_PEOPLE:
        return
    honorifics = lexicons().honorifics
    for i, text in enumerate(document_words(doc).text):
        gender, office = honorifics.get(text, ("unknown", None))
        if gender == "unknown" or office is not None or i + 1 >= len(doc):
            continue
        start = end = i + 1
        # after an honorific, a surname ending in "s" the parser read as a plural proper noun ("Marsters") is a name's
        # word too
        while (
            end < len(doc)
            and end - start < _MAX_HONORIFIC_NAME_WORDS
            and plain_surname(doc[end], taken, PROPER_NOUN_TAGS)
        ):
            end += 1
        if end == start or (end < len(doc) and doc[end].tag_ in PROPER_NOUN_TAGS):
            continue  # nothing after it, or a longer name ("Lord Mayor of ...", "Lady Margaret Hall College")
        yield doc[start:end]


def untagged_person_names(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """Names the tagger missed that a description of a person stands beside ("Rosette Pambakian, a
    company spokeswoman", "a company spokeswoman, Rosette Pambakian"): a person's name."""
    roles = lexicons().role_nouns
    for i, dep in enumerate(document_words(doc).dep):
        if dep != "appos":
            continue
        token = doc[i]
        name, noun = (token.head, token) if token.tag_ in ("NN", "NNS") else (token, token.head)
        of_noun = office_of_the_place(noun, name)
        noun = noun if of_noun is None else of_noun
        role = roles.get(noun.lemma_.lower())
        if role is None or role.kind != "person" or name.tag_ != "NNP" or name.i in taken:
            continue
        start = min([name.i, *(t.i for t in lefts_of(name) if t.dep_ == "compound" and t.tag_ == "NNP")])
        span = doc[start : name.i + 1]
        if not all(t.text[:1].isupper() and t.is_alpha for t in span):
            particled = _particled_name(name, taken)
            if particled is None:
                continue
            span = particled
        if of_noun is not None and (len(span) > _MAX_SURNAME_WORDS or any(t.ent_type_ for t in span)):
            continue  # "the mayor of Springfield, Illinois,": a place set off after a place is no person's name
        if len(span) >= NAME_WORDS or (of_noun is None and _forename_beside(span, noun)):
            yield span


# A name with a patronymic or nobiliary particle inside ("Siti Aminah binti Yusof, a farmer,", "Ahmad bin Hamid, a
# trader,") set off beside a noun for a person is a person's name as a name of plain capitalised words is
# (``untagged_person_names``): the parser hangs the particle and the forenames on the surname as compounds of
# compounds, and the particle is no capitalised word, so the name was no one's and the statement went to the noun ("a
# farmer"). Read only where the plain reading fails; the name must be person-sized without its particles
# (``name_shapes.person_sized``), the particles inside it. speakerstress: its written articles (one statement pair).
PARTICLED_APPOSED_NAMES = True


def _particled_name(name: Token, taken: set[int]) -> Span | None:
    """The name ``name`` ends when particles stand inside it (``PARTICLED_APPOSED_NAMES``), else None."""
    if not PARTICLED_APPOSED_NAMES:
        return None
    doc = name.doc
    start = min([name.i, *(t.i for t in lefts_of(name) if t.dep_ == "compound" and t.i not in taken)])
    start = name_start(doc[start], taken, proper=True) if doc[start].tag_ == "NNP" else start
    span = doc[start : name.i + 1]
    inside = [t for t in span[1:-1] if not capitalised_word(t.text)]
    if not inside or not all(t.lower_ in NAME_PARTICLES and t.is_lower for t in inside):
        return None
    return span if person_sized(span) and capitalised_word(span[0].text) else None


def _forename_beside(span: Span, noun: Token) -> bool:
    """ "whose daughter Ana was one of the hostages", "his wife Jill": a known forename right after a noun for a
    person, with no comma between, is that person's name (one capitalised word set off by commas may be a place)."""
    word = span[0]
    return len(span) == 1 and noun.i == word.i - 1 and not word.ent_type_ and fold(word.text) in lexicons().forenames


_MAX_SURNAME_WORDS = 2  # "Nadia Okafor", "Juan Carlos Ortega": a forename and at most two more words


def untagged_forenamed_names(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """A known forename and a capitalised surname that the tagger left untagged ("Nadia Okafor arrives
    at the café", after a section label that threw the parse): a person, so that "she" can find her. The
    words after the forename must be plain capitalised words, none an outlet's, a role's or a title."""
    words, strings = lexicons(), document_words(doc)
    for i, text in enumerate(strings.text):
        if i in taken or strings.ent[i] or strings.tag[i] != "NNP" or fold(text) not in words.forenames:
            continue
        if not capitalised_word(text) or (i > 0 and strings.tag[i - 1] in ("NNP", "NNPS") and not _titled(doc[i - 1])):
            continue
        token = doc[i]
        end, surnames = token.i + 1, 0
        while end < len(doc) and surnames < _MAX_SURNAME_WORDS:
            # "Pilar de la Fuente": a surname's particles before it, which the tagger may make proper nouns
            end += particles_before_a_surname(doc, end, taken)
            if not plain_surname(doc[end], taken):
                break
            end, surnames = end + 1, surnames + 1
        if end < len(doc) and doc[end].tag_ in ("NNP", "NNPS"):
            continue  # a longer name ("Grace Bible Church Of ...") is not a person's
        span = doc[token.i : end]
        if len(span) >= NAME_WORDS and not is_modifier_only(span):
            yield span


# A known forename right after a person's title ("Dr", "Prof", "Sen.": the honorifics lexicon) opens a name the tagger
# left untagged as it does after any other word: "On Tuesday Dr Ana Lindqvist of the city museum led reporters round
# the site" gave no person, and her '"...," she said' stayed "she". The title is a word of no name, so it does not make
# the forename the middle of a longer name ("Grace Bible Church"). Rule on against off (fast.py, cache28;
# speakernames): train-d, train 0-59, train-c and the 177 tuned pages byte-identical (their tagger tags such names):
# its evidence is the unit test and the blind pages' described form ("she" left as a speaker's name), not a gain.
TITLED_FORENAMES_OPEN_NAMES = True


def _titled(token: Token) -> bool:
    """ "Dr" of "Dr Ana Lindqvist": a title, not a word of the name after it, when ``TITLED_FORENAMES_OPEN_NAMES``."""
    return TITLED_FORENAMES_OPEN_NAMES and token.ent_type_ == "" and token.text in lexicons().honorifics


def age_set_off(doc: Doc, end: int) -> str | None:
    """ "47" of "Dale Hutchins, 47, of Cedar Falls": the number set off by commas right after the words ending before
    token ``end``."""
    if end + _SET_OFF_AGE > len(doc):
        return None
    after = doc[end : end + _SET_OFF_AGE]
    return after[1].text if after[0].text == "," and after[1].like_num and after[2].text == "," else None


def human_age_set_off(doc: Doc, end: int) -> bool:
    """ "Kavya Parmar, 24,": a number set off by commas right after the words ending before token ``end`` that may be
    a person's age (``age_set_off``, no higher than ``_OLDEST_AGE``)."""
    age = age_set_off(doc, end)
    return age is not None and age.isdigit() and int(age) <= _OLDEST_AGE


def untagged_aged_names(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """ "Kavya Parmar, 24, joined the plant": plain capitalised words the tagger left untagged, a forename and a
    surname or two, that are a clause's subject with an age set off by commas right after them."""
    if not AGED_NAMES_ARE_PEOPLE:
        return
    strings = document_words(doc)
    for i, dep in enumerate(strings.dep):
        if dep not in NOMINAL_SUBJECTS or strings.tag[i] != "NNP" or i in taken:
            continue
        token = doc[i]
        if not human_age_set_off(doc, token.i + 1):
            continue
        start = token.i
        while start > 0 and token.i - start < _MAX_SURNAME_WORDS and doc[start - 1].head == token:
            if doc[start - 1].dep_ != "compound" or not plain_surname(doc[start - 1], taken):
                break
            start -= 1
        span = doc[start : token.i + 1]
        if start > 0 and doc[start - 1].tag_ in ("NNP", "NNPS"):
            continue  # a longer name ("Hartley Museum Trust, 1923,") is not a person's
        if len(span) >= NAME_WORDS and all(plain_surname(t, taken) for t in span) and not is_modifier_only(span):
            yield span


# A plural proper word inside a body's name the tagger missed is a word of that name: "Prairie Lakes Health said",
# "Great Lakes Water said", whose "Lakes" (NNPS) stopped the name at "Health", which then stood alone as a person's
# name. The name's other words are still plain capitalised words with no entity, all in the statement's source.
# Rule on against off (fast.py, cache16; orgnames): news pages speaker +2, every field +2
# (prairie-lakes-ransomware-hospitals: both statements of the health authority, "Health" -> "Prairie Lakes Health"),
# no other page statement moved; train-d, train 0-59 and train-c byte-identical (the tagger tags such names on train,
# or they hold no plural word). Its evidence is that one page: suspect of fitting, though it reads no page's words.
PLURAL_WORDS_IN_BODY_NAMES = True


def untagged_source_names(doc: Doc, taken: set[int], sources: frozenset[int]) -> Iterator[Span]:
    """A capitalised name the tagger missed that is a statement's source ("Okonkwo said", a headline's
    "Merkel defends refugee policy"): somebody who speaks, so a later "she said" can find her."""
    words = lexicons()
    for i in sorted(sources):
        token = doc[i]
        if i in taken or token.tag_ != "NNP" or not capitalised_word(token.text) or not _heads_phrase(token, sources):
            continue
        tags = PROPER_NOUN_TAGS if PLURAL_WORDS_IN_BODY_NAMES else SINGULAR_PROPER
        compounds = (t.i for t in lefts_of(token) if t.dep_ == "compound" and t.tag_ in tags and t.i not in taken)
        start = min([i, *compounds])
        span = doc[start : i + 1]
        titled = TITLED_SOURCE_NAMES and len(span) > _TITLE_AND_NAME and _a_person_title(span[0])
        span = span[1:] if titled else span
        plain = all(capitalised_word(t.text) and not t.ent_type_ and t.i in sources for t in span)
        common = any(t.text in words.honorifics or t.lemma_.lower() in words.role_nouns for t in span)
        # "a Morning Consult Poll": a person's name takes no article; "FBI", "NATO": an acronym names a body
        # "Democracy for America": a body's name goes on past its head; after a person's title, "of" says whose
        # the person is ("Commandant Julien Roussel of the regional judicial police")
        determined = any(
            c.dep_ == "det" or (c.dep_ == "prep" and not (titled and c.lower_ == "of")) for c in children_of(token)
        )
        if plain and not common and not determined and not token.text.isupper():
            # "South Downs Water said": the parser hangs the name's first words on its second, not on its head
            yield span if titled else doc[name_start(span[0], taken, proper=True, tags=tags) : i + 1]


# A source's capitalised words the tagger left untyped after a title that is a role noun for a person ("Commandant
# Julien Roussel of the regional judicial police, seated beside her, said", the rank unknown to the tagger) are the
# person's name, an "of" phrase after them saying whose the person is, not a body's name going on
# (``untagged_source_names``). Only with two words or more after the title (a forename and a surname): "Judge Smith"
# alone may be a body's name. Rule on against off (fast.py, cache16, personoforg; with the ranks of the role nouns):
# news pages speaker +3, every field +3 (dijon-museum-jewel-theft: "the thieves had carried the jewels out" was "the
# regional judicial police", its "he said" and "He added" were "Dijon"), no page worse; train-d, train 0-59 and
# train-c byte-identical (the tagger types the names after train's ranks): its evidence is that page and the unit
# test, though it reads no page's words.
TITLED_SOURCE_NAMES = True
_TITLE_AND_NAME = 2  # more words than a title and one name: a forename and a surname after the title


def _a_person_title(token: Token) -> bool:
    """ "Commandant", "Captain", "Dr": a role noun for a person, or an honorific, written as a title."""
    words = lexicons()
    role = words.role_nouns.get(token.lemma_.lower())
    return token.text in words.honorifics or (role is not None and role.of_person)


_MAX_CAPITALS_NAME_WORDS = 3  # "ÉLODIE MARCHAND", "JUAN CARLOS ORTEGA"; a longer run of capitals is a shouted line


_MAX_BRACKETED_WORDS = 4  # "(France)", "(R-Texas)", "(Democratic Republic of the Congo" stops short: not a party's


def capitals_person_names(doc: Doc, taken: set[int], sources: frozenset[int]) -> Iterator[Span]:
    """ "ÉLODIE MARCHAND (France), speaking as penholder, said", "AMINA WARSAME (Somalia) said": meetings coverage
    and press releases write a speaker's name in capitals, which the tagger misses or reads as a body ("WARSAME").
    A statement's source of two or three words in capitals, none a place's, with a bracketed delegation, party or
    body after it or a known forename first ("JAKE TAPPER"), is a person's name; the brackets are never part of it
    (a delegation is no speaker)."""
    for i in sorted(sources):
        if i in taken or not _capitals_word(doc[i]) or (i > 0 and _capitals_word(doc[i - 1])):
            continue
        end = i
        while end < len(doc) and end - i <= _MAX_CAPITALS_NAME_WORDS and _capitals_word(doc[end]):
            end += 1
        span = doc[i:end]
        if not NAME_WORDS <= len(span) <= _MAX_CAPITALS_NAME_WORDS:
            continue
        if any(t.i in taken or t.i not in sources or t.ent_type_ in PLACE_ENTITIES for t in span):
            continue
        if _bracketed_name_after(span) or fold(span[0].text) in lexicons().forenames or _title_set_off_after(span):
            yield span


_MAX_TITLE_WORDS = 4  # "Deputy Humanitarian Coordinator for": a title set off after a name is a few words


def _title_set_off_after(span: Span) -> bool:
    """ "TEMBA NDLOVU, Deputy Humanitarian Coordinator for Kessaria, said": a name in capitals set off by a comma before
    a capitalised title for a person ("Deputy", "Spokesman") is a person's, whatever its forename."""
    doc, end = span.doc, span.end
    if end >= len(doc) or doc[end].text != ",":
        return False
    roles = lexicons().role_nouns
    for token in doc[end + 1 : end + 1 + _MAX_TITLE_WORDS]:
        if token.is_punct:
            return False
        role = roles.get(token.lemma_.lower())
        if capitalised_word(token.text) and role is not None and role.of_person:
            return True
    return False


def _capitals_word(token: Token) -> bool:
    """ "MARCHAND", "ÉLODIE", "O'BRIEN", "WARSAME-ALI": a word of two letters or more, all capitals."""
    letters = token.text.replace("-", "").replace("’", "").replace("'", "")
    return len(letters) > 1 and letters.isalpha() and letters.isupper()


def _bracketed_name_after(span: Span) -> bool:
    """Whether a bracket of a few capitalised words closes right after ``span``: "(France)", "(R-Texas)", "(WHO)"."""
    doc, start = span.doc, span.end
    if start >= len(doc) or doc[start].text != "(":
        return False
    inside = doc[start + 1 : min(len(doc), start + 2 + _MAX_BRACKETED_WORDS)]
    close = next((t.i for t in inside if t.text == ")"), None)
    if close is None or close == start + 1:
        return False
    return all(capitalised_word(t.text) or t.text == "-" for t in doc[start + 1 : close])


def _heads_phrase(token: Token, sources: frozenset[int]) -> bool:
    """The head word of a source phrase: "Bucher" in "Supervisor of Elections Susan Bucher"."""
    return token.head == token or token.head.i not in sources


def _forename_like(child: Token) -> bool:
    """A proper word before a surname that makes another name of it ("Eric" Trump), not a title ("Mr.")."""
    return child.dep_ == "compound" and child.tag_ == "NNP" and child.text not in lexicons().honorifics

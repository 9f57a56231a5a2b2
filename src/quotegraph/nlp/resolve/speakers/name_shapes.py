"""The shapes of a name's words that the name finders share: a capitalised word, a plain surname, a name's joiners and
first word, a forename with a surname, a name used as a modifier, the tokens names have taken."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of, lefts_of, root_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan
from quotegraph.nlp.resolve.speakers.names import fold
from quotegraph.nlp.resolve.speakers.noun_classes import party_member
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS


def is_modifier_only(span: Span) -> bool:
    """A name used as a modifier ("Oscar campaign", "Obama administration", "Oscar-nominated") names no speaker."""
    root, doc = root_of(span), span.doc
    if span.end < len(doc) and doc[span.end].text == "-":
        return True  # "Oscar-nominated", "Obama-era"
    if root.dep_ not in ("compound", "amod", "nmod"):
        return False
    return root.head.tag_ in ("NN", "NNS") or party_member(root.head)  # "the Kentucky Republican"


def tokens_of(spans: Iterable[Span | MentionSpan]) -> set[int]:
    return {i for span in spans for i in range(span.start, span.end)}


def free_of(span: Span, taken: set[int]) -> bool:
    return not any(i in taken for i in range(span.start, span.end))


def words_of_name(name: Span) -> list[Token]:
    """A name's words, without the hyphens of a double-barrelled one ("Amara Diallo-Kent" is a forename and a
    surname, though the tokenizer makes "-" a token of its own)."""
    return [t for t in name if t.tag_ != "HYPH"]


def joined_word_count(name: Span) -> int:
    """ "Isabelle Fortin-Girard": two words, a hyphen-joined run ("Fortin-Girard", three tokens) being one word of the
    name as a reader counts them (``tagged_names.HYPHENATED_SURNAMES_ARE_ONE_WORD``)."""
    doc = name.doc
    return sum(
        1
        for t in name
        if t.tag_ != "HYPH" and not (t.i > name.start and doc[t.i - 1].tag_ == "HYPH" and not doc[t.i - 1].whitespace_)
    )


# "The mayor of Limni, Dimitris Karamanlis, ordered", "The governor of Oruro, Tupac Quispe,": the parser hangs a name
# set off after an office's "of" phrase on the phrase's last word (the place), not on the office, so the name stood
# beside no noun for a person and was left untagged or a body's: the person was "The mayor of Limni" and the surname
# later another (surnamejoins, cause F). The name is in apposition with the office: a place or a body is not named again
# by a forename and a surname. Read in ``untagged_people.untagged_person_names`` (two untagged capitalised words) and
# ``tagged_names._apposed_to_a_person`` (a person-sized name typed a body's). Measured in the forenames round (report:
# docs/occasion-rounds.md, the thirty-third set).
NAMES_SET_OFF_AFTER_AN_OF_PHRASE = True
# So is a name set off after an office's "for" phrase ("The Commissioner for Finance, Olumide Bakare, said", "The
# Minister for Health, Dr Ngozi Eze,"): Nigerian, Irish, Kenyan and Malaysian copy names a portfolio with "for" as
# often as with "of", and the parser hangs the name on the portfolio the same way (namecuts, the thirty-ninth set).
OFFICE_PREPOSITIONS = frozenset({"of", "for"})


def office_of_the_place(noun: Token, name: Token) -> Token | None:
    """ "mayor" of "The mayor of Limni, Dimitris Karamanlis,", "Commissioner" of "The Commissioner for Finance, Olumide
    Bakare,": the word before the "of" or "for" (``OFFICE_PREPOSITIONS``) whose object is ``noun``, when
    the name headed by ``name`` is set off by a comma right after ``noun`` (``NAMES_SET_OFF_AFTER_AN_OF_PHRASE``); not
    "director of the advocacy group Progress Iowa", a name the object's own noun is given."""
    if (
        not NAMES_SET_OFF_AFTER_AN_OF_PHRASE
        or noun.dep_ != "pobj"
        or noun.head.lower_ not in OFFICE_PREPOSITIONS
        or name.i < noun.i
    ):
        return None
    if noun.i + 1 >= len(noun.doc) or noun.doc[noun.i + 1].text != ",":
        return None
    office = noun.head.head
    return office if office.i < noun.i else None


def apposed_nouns(name: Span) -> list[Token]:
    """The nouns in apposition with a name, either way round."""
    root = root_of(name)
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns.extend(c for c in children_of(root) if c.dep_ == "appos")
    return nouns


# words in a person's name read from its shape: a forename and one or two more ("Carly Fiorina", "Juan Carlos
# Ortega"); a longer run of capitalised words is more often a body's name ("Eric Trump Family Foundation")
PERSON_NAME_LENGTHS = (2, 3)


# Lower-case particles inside a person's name, before the surname they belong to ("Pieter de Vries", "Ana Paula dos
# Santos", "Faisal bin Nasser", "Llinos ap Dafydd"): the nobiliary and patronymic particles of Romance, Germanic, Arabic
# and Welsh names, a closed class (the same class as ``graph.names._PARTICLES``, which the nlp layer may not import).
# "al" and "el" are left out: "Al Gore" opens on a forename. A particle never opens or ends a name, so one inside does
# not make it a body's. Fires in ``forename_and_surname`` (``PARTICLES_IN_PERSON_NAMES``) and joins a name the tagger
# cut at it (``tagged_names.NAMES_CUT_AT_A_PARTICLE``).
# The patronymic particles of Malaysian and Singaporean Indian names, written with a slash ("Muthusamy a/l Ramasamy",
# "Kavitha a/p Subramaniam", "Rajan s/o Pillai", "Saraswathy d/o Muniandy": "anak lelaki", "anak perempuan", "son of",
# "daughter of") join a given name to the father's as "bin" and "binti" do; the pipeline keeps each one token
# (``pipeline.SLASHED_PARTICLES_WHOLE``), where the tokenizer made three ("a", "/", "l") and the tagger cut the name at
# them, so that the speaker was the given name or the father's alone. Written by namecuts (the thirty-ninth set;
# docs/occasion-rounds.md).
SLASHED_PARTICLES = frozenset({"a/l", "a/p", "s/o", "d/o"})
# "bte", Singapore's and Brunei's written short form of "binte" ("Norliza bte Mat Yusof"): a particle no English word
# is, so that the particle joins read it as "binti"; the tagger cut the name at it and the speaker was the father's name
# alone ("Mat Yusof"). Written by malaynames (the forty-first set; docs/occasion-rounds.md).
SHORT_PATRONYMIC_PARTICLES = frozenset({"bte"})
NAME_PARTICLES = (
    frozenset({"de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "le", "la"})
    | {"du", "bin", "ibn", "bint", "binti", "binte", "ap"}
    | SHORT_PATRONYMIC_PARTICLES
    | SLASHED_PARTICLES
)
# A known forename, particles and a capitalised surname are a person's name whatever the tagger typed them ("Pieter de
# Vries, a farmer, said" tagged as a body; ``tagged_names`` reads apposed and aged names through ``name_parts``).
# Rule on against off (fast.py, cache17; worldnames): train-d, train 0-59 and train-c byte-identical (the form occurs in
# none of their parses); worldnames test set (names written for it, no page's): cases whole 224 -> 226 of 244 ("Pieter
# de Vries, a farmer," and "..., 52,"). News pages (171): no statement moved; the three held-out pages: byte-identical.
# Evidence is the test set only: a general class, but no train article shows it.
PARTICLES_IN_PERSON_NAMES = True


def name_parts(name: Span) -> list[Token]:
    """A name's words without the hyphens of a double-barrelled one and without the particles inside it ("Pieter",
    "Vries" of "Pieter de Vries"): the words that count towards a person's name's length."""
    words = words_of_name(name)
    if not PARTICLES_IN_PERSON_NAMES or len(words) < NAME_WORDS:
        return words
    inside = words[1:-1]
    return [words[0], *(t for t in inside if t.lower_ not in NAME_PARTICLES or t.text != t.lower_), words[-1]]


# A Malay name of four words whose first word comes again as its third ("Tengku Hafiz Tengku Ibrahim", "Nik Azman Nik
# Mat", "Wan Rosnah Wan Ismail", "Syed Ibrahim Syed Noh") is a person's: the hereditary openings (Tengku, Nik, Wan,
# Raja, Syed, Megat) pass from father to child, so the given name and the father's name open on the same word. Such a
# name, tagged a body's or not at all, was too long for a person's (``PERSON_NAME_LENGTHS``), and the statement went to
# the office set beside it or to no one. No body's name repeats its first word so. Written by malaynames (the
# forty-first set; docs/occasion-rounds.md).
REPEATED_OPENINGS_NAME_PEOPLE = True
_REPEATED_OPENING_WORDS = 4  # "Tengku Hafiz Tengku Ibrahim": opening, given name, opening, father's name


# The words that open a South Asian Muslim name and are written as part of it in Pakistani, Indian and Bangladeshi
# English copy ("Syed Kazim Ali Shah", "Mian Shahid Rasool Joiya", "Makhdoom Syed Faisal Raza Bukhari", "Chaudhry
# Imtiaz Ahmed Warraich", "Sardar Zafarullah Khan Jamali"): lineage (Syed, Syeda, Sayyid, Makhdoom, Pir, Sahibzada,
# Nawabzada, Khawaja, Mir), landholding and clan (Mian, Chaudhry, Sardar, Rana, Malik, Raja) and a married woman's
# Begum. The tagger knows the two-word head of such a name and cuts it there, typing the opening and the given name
# apart ("Syed Asif" and "Hussain Naqvi") or leaving them untagged ("Food Syed Kazim" before a tagged "Ali Shah"), so
# the speaker was "Ali Shah" or "Mian Shahid" and the later "Shah said" or "Joiya said" another entity; the last blind
# pages wrote "Ali Shah" for a longer "Syed ... Ali Shah". A closed class, read only at a name's start
# (``tagged_names.SOUTH_ASIAN_OPENINGS_OPEN_THE_NAME``). Not "Shah" or "Khan", which end names as surnames, nor
# "Sheikh", a Gulf ruler's title as often as a name. Written by namepages (the forty-second set;
# docs/occasion-rounds.md).
SOUTH_ASIAN_NAME_OPENINGS = frozenset(
    {"Syed", "Syeda", "Sayyid", "Makhdoom", "Pir", "Sahibzada", "Nawabzada", "Khawaja", "Khwaja", "Mir"}
    | {"Mian", "Chaudhry", "Chaudhary", "Choudhury", "Sardar", "Rana", "Malik", "Raja", "Begum"}
)


# Titles written as a name's first word and kept in it, which the forenames' table lists for the sex they say
# (``resolve_forenames.tsv``): a Fijian chief's "Ratu", West African "Alhaji", "Alhaja" and "Hajia" of one who made the
# pilgrimage. Not honorifics (a name is not stripped of them), but a title all the same: the words after one are the
# bearer's name (``tagged_names.NAMES_CUT_AROUND_AN_UNTAGGED_WORD``).
NAME_TITLES = frozenset({"Ratu", "Alhaji", "Alhaja", "Hajia"})


def repeated_opening(parts: list[Token]) -> bool:
    """ "Tengku Hafiz Tengku Ibrahim": four words, the third the first again (``REPEATED_OPENINGS_NAME_PEOPLE``)."""
    return (
        REPEATED_OPENINGS_NAME_PEOPLE
        and len(parts) == _REPEATED_OPENING_WORDS
        and parts[0].text == parts[2].text
        and parts[1].text != parts[3].text
    )


def person_sized(name: Span) -> bool:
    """ "Carly Fiorina", "Pieter de Vries", "Juan Carlos Ortega": as many capitalised words as a person's name has
    (``PERSON_NAME_LENGTHS``), a surname's particles aside (``name_parts``), or a Malay name's four with its opening
    repeated (``repeated_opening``)."""
    parts = name_parts(name)
    sized = len(parts) in PERSON_NAME_LENGTHS or repeated_opening(parts)
    return sized and all(capitalised_word(t.text) for t in parts)


def forename_and_surname(name: Span) -> bool:
    """ "Carly Fiorina", "Pieter de Vries": a known forename and one or two more capitalised words (with the
    particles of a surname between), none an outlet's or a role noun ("Foundation", "Campaign")."""
    words = lexicons()
    return (
        person_sized(name)
        and fold(name[0].text) in words.forenames
        and name[-1].text not in words.outlet_words
        and not any(t.lower_ in words.role_nouns for t in name)  # "Eric Trump Foundation"
    )


SINGULAR_PROPER = frozenset({"NNP"})


def plain_surname(token: Token, taken: set[int], tags: frozenset[str] = SINGULAR_PROPER) -> bool:
    """A plain capitalised word of a person's name the tagger left untagged, of one of the proper noun ``tags``."""
    words = lexicons()
    return (
        token.i not in taken
        and not token.ent_type_
        and token.tag_ in tags
        and capitalised_word(token.text)
        and token.text not in words.outlet_words
        and token.text not in words.honorifics
        and token.lower_ not in words.role_nouns
    )


# lower-case words inside a body's name: "Competition and Markets Board", "Office of Rail and Road"
NAME_JOINERS = frozenset({"and", "of", "for", "on", "&"})


def name_word(token: Token) -> bool:
    """A capitalised word of a name, or a joiner inside it; never a sentence's capitalised "The"."""
    return token.lower_ in NAME_JOINERS or (capitalised_word(token.text) and token.lower_ != "the")


# the tagger's labels of the words of a body's name it missed: none, a work's, a product's ("Leeds" of "Leeds on
# Wheels")
UNREAD_LABELS = frozenset({"", "WORK_OF_ART", "PRODUCT"})


def unlabelled_name_word(token: Token, taken: set[int]) -> bool:
    """A capitalised word no name took and the tagger left unread (``UNREAD_LABELS``), no title and no role noun: a
    word of a name the tagger missed or cut off (``untagged_bodies``, ``tagged_names.BODIES_NAMED_WHOLE``)."""
    words = lexicons()
    return (
        token.i not in taken
        and token.ent_type_ in UNREAD_LABELS
        and capitalised_word(token.text)
        and token.text not in words.honorifics
        and token.lower_ not in words.role_nouns
    )


def name_start(token: Token, taken: set[int], *, proper: bool = False, tags: frozenset[str] = SINGULAR_PROPER) -> int:
    """The first word of the compound name ``token`` ends, through compounds of compounds ("Harbor" in
    "The Harbor City Gazette", "South" in "South Downs Water", which the parser hangs on "Downs") and hyphens
    ("The Gazette-Herald"); ``proper``: through plain capitalised words only, so that a common noun, a title or a
    role before a name ("the water company", "Secretary-Treasurer Gary Casteel") stays out of it; ``tags``: the proper
    noun tags those plain words may have."""
    start, stack = token.i, [token]
    while stack:  # a loop, not recursion: a run-on string of capitals nests as deep as it is long
        head = stack.pop()
        start = min(start, head.i)
        stack.extend(
            t
            for t in lefts_of(head)
            if t.dep_ in ("compound", "punct")
            and (t.is_alpha or t.tag_ == "HYPH")
            and t.i not in taken
            and (not proper or plain_surname(t, taken, tags))
        )
    return start


def speaks(token: Token, sources: frozenset[int]) -> bool:
    """A capitalised word that is the subject of a statement's cue: a name, whatever part of speech it was read as."""
    return token.i in sources and token.dep_ in NOMINAL_SUBJECTS and capitalised_word(token.text)


# A name's letters may carry combining diacritics no precomposed letter holds ("Adébáyọ̀": "o" with a dot below and a
# grave accent, two combining marks, as Yoruba, Vietnamese and some Slavic transliterations are written): the marks are
# not letters to ``str.isalpha``, so such a name was not a capitalised word at all. Rule on against off (fast.py,
# cache17; worldnames): train-d, train 0-59 and train-c byte-identical; worldnames test set: statements credited to a
# person 468 -> 474 of 488 ("Adébáyọ̀" is a person's name, though still cut from "Oluwaseun", tagged a body apart), no
# case whole gained. News pages (171): no statement moved; the three held-out pages: byte-identical. A bug fix with
# no train evidence.
COMBINING_MARKS_IN_NAMES = True


def capitalised_word(text: str) -> bool:
    """ "Merkel", "O’Malley", "Quintanilla-Ferreira", "Adébáyọ̀"."""
    plain = text.replace("-", "").replace("’", "").replace("'", "")
    if COMBINING_MARKS_IN_NAMES:
        plain = "".join(c for c in plain if not unicodedata.combining(c))
    return text[:1].isupper() and plain.isalpha()


# An Irish or Scottish Gaelic surname written as its own words after "Mac", "Nic", "Ní", "Ó", "Uí" ("Máire Mac Giolla
# Rua", "Éamon Mac Giolla Phádraig", "Séamus Mac an tSaoir", "Aoife Ní Bhriain") is one name with the forename before
# it, a person's: the tagger cuts it at the capitalised particle ("Councillor Máire" a body, "Mac Giolla Rua" a person;
# "Éamon Mac" and "Giolla Phádraig"; "Séamus Mac" and "tSaoir" past the article "an") or types it a body's, and the
# speaker became one half, or a body no later "Mac Giolla Rua" joined (docs/occasion-rounds.md, placenames, the
# forty-third set). The particle joins the name before it and the name after it, over an article ("an", "a'") and a
# mutated word ("tSaoir", "hÁine") that English spelling never has (``tagged_names._gaelic_name_end``); a forename and
# such a surname are a person's name however the tagger typed them (``forename_and_gaelic_surname``).
GAELIC_SURNAMES_WHOLE = True
GAELIC_SURNAME_PARTICLES = frozenset({"Mac", "Mag", "Mhic", "Nic", "Ní", "Ó", "Uí", "Ua"})
GAELIC_ARTICLES = frozenset({"an", "a'", "a’", "na"})
_MUTATED = re.compile(r"(?:t|n|h|bh|mb|gc|nd|ng|bp|dt)[A-ZÁÉÍÓÚ]\w*")  # "tSaoir", "hÁine", "nGeaird"


def gaelic_surname(name: Span) -> bool:
    """ "Mac Giolla Rua": a name opening on a Gaelic surname's particle, a word of the surname after it."""
    return GAELIC_SURNAMES_WHOLE and len(name) > 1 and name[0].text in GAELIC_SURNAME_PARTICLES


def forename_and_gaelic_surname(name: Span) -> bool:
    """ "Pádraig Mac Giolla Rua", "Taoiseach Colm Ó Briain" typed a body: a capitalised word, then a Gaelic surname to
    the name's end (``GAELIC_SURNAMES_WHOLE``)."""
    return any(capitalised_word(name[i - 1].text) and gaelic_surname(name[i:]) for i in range(1, len(name) - 1))


def gaelic_word(token: Token) -> bool:
    """ "Rua", "tSaoir": a word of a Gaelic surname, capitalised or mutated before its capital."""
    return capitalised_word(token.text) or _MUTATED.fullmatch(token.text) is not None


NAME_WORDS = 2  # a forename and a surname at least: one capitalised word beside a role may be a place

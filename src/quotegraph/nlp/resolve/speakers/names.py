"""Proper names: matching keys for name variants, gender from forenames and titles, outlet names."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.lexicons.tables import Gender, fold, lexicons
from quotegraph.nlp.resolve.headlines import headline_base_verb, headline_verb, title_end
from quotegraph.nlp.resolve.speakers.title_initials import title_initials

__all__ = [
    "ABBREVIATIONS_IN_ANOTHER_LANGUAGE",
    "ABBREVIATION_LETTERS",
    "CONTRACTED_NAMES",
    "JOINED_INITIALS",
    "NICKNAMES_INSIDE_NAMES",
    "POSSESSIVE_MARKS",
    "POST_NOMINALS",
    "ROLE_TITLES_CUT",
    "STOPPED_FORENAMES_OPEN_NAMES",
    "TITLE_INITIALS_BEFORE_SURNAMES",
    "abbreviated_in_another_language",
    "abbreviates_title",
    "abbreviation_of",
    "an_abbreviation",
    "contracted_name",
    "contraction_of",
    "fold",
    "formal_forenames",
    "joined_initial",
    "name_gender",
    "name_key",
    "name_role",
    "name_titles",
    "nickname_inside",
    "nickname_word_at",
    "ordinary_spelling",
    "outlet_pattern",
    "quoted_nickname_at",
    "role_title",
    "stopped_forenames",
    "strip_name",
    "titled_by",
    "without_nickname",
    "without_post_nominals",
    "without_role_title",
    "words_before_post_nominals",
]

_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Post-nominal letters: a closed class of offices and honours written after a person's name in British and
# Commonwealth style ("Jane Doe MP", "Alun Davies MS", "Nicholas Greaves KC", "Sarah Hill OBE"). They are no part of
# the name, so "Mr Davies" and "Alun Davies MS" are one person's names. Written in capitals only (case matters: "Ms"
# opens a name). Left out: "AM" (a clock time, "9 AM"), "MD" and "SC" (Maryland, South Carolina after a town), "PhD"
# and "Jr." (the suffixes above). The name keeps them as written; its key drops them (``name_key``), and its surname
# is the word before them (``clusters``). personspeakers: the letters stand on two news pages (wind-farm-inquiry and
# plagiarism-inquiry, "KC", already right) and in no train-d, train 0-59 or train-c article: pages and the three
# train slices byte-identical, so the class is backed by its form and its unit tests, not by a measured gain.
POST_NOMINALS = frozenset(
    {"MP", "MS", "MSP", "MLA", "MEP", "MPP", "MHA", "MNA", "TD", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE"}
)
# the marks that end a possessive name ("Fox News’", "Abrams's")
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def strip_name(span: Span) -> Span:
    """The name without a leading article or title and without a trailing possessive."""
    start, end = _one_line(span)
    doc = span.doc
    if span.label_ == "PERSON":
        # a title-case headline the tagger read into the name ("Ted Cruz Apologizes To Ben Carson", "Hillary Clinton
        # Slams Donald Trump"): the name ends before its verb; a place or a body may hold one ("United States",
        # "Planned Parenthood", "Black Votes Matter"), a person's name does not
        end = next((t.i for t in doc[start + 1 : end] if headline_verb(t.text) or _plural_subjects_verb(t, start)), end)
        # "Donald Trump Booed After Telling Jeb Bush To Pipe Down": the tagger may start a name at a headline's verb
        # too; not at a forename ("Said Jalili")
        while end - start > 1 and headline_verb(doc[start].text) and fold(doc[start].text) not in lexicons().forenames:
            start += 1
    while end - start > 1 and (
        doc[end - 1].text in POSSESSIVE_MARKS or not _has_word(doc[end - 1].text) or doc[end - 1].tag_.startswith("VB")
    ):
        # "Trump's"; stray quote marks ("Trump ''") and verbs ("Obama said") the tagger swallows
        end -= 1
    opened = [t.i for t in doc[start:end] if t.text == "("]
    if opened and not any(t.text == ")" for t in doc[opened[-1] : end]) and opened[-1] > start:
        end = opened[-1]  # "World Health Organisation (WHO": the tagger ends the name inside its bracket
    honorifics = lexicons().honorifics
    while end - start > 1 and (
        doc[start].lower_ == "the"
        or _honorific_of_the_name(doc[start], honorifics)
        or (TITLE_INITIALS_BEFORE_SURNAMES and title_initials(doc[start]))
    ):
        start += 1
    return without_role_title(doc[start:end], placed=span.label_ == "PERSON")


# A title shortened to its capitals before a surname ("DPP Tan", "DCI Price") after the article wrote it in full before
# a person's name of that surname ("Deputy Public Prosecutor Tan Wei Ming", "Detective Chief Inspector Gareth Price")
# is no word of the name, as an honorific is not: the short name is the person named in full (``title_initials``).
# The last blind pages' "DPP Tan" shape (docs/occasion-rounds.md, fortieth set: speakerforms); no list of titles, the
# letters must be the initials of words the same article wrote before that person's name.
TITLE_INITIALS_BEFORE_SURNAMES = True


# A capitalised noun for a person's role that opens a name, with the place or body before it ("Councillor Aoife Ní
# Bhriain", "Farmer Kwame Mensah", "Isabela Governor Teresita Mangubat", "Senate Minority Whip Dale Henning"), is the
# person's title, no part of the name, when two or three capitalised name words follow it: the name and its key drop it,
# as they drop an honorific ("Mayor"). Not a noun for a party's or a nation's member ("Republican National Convention",
# "American Unity Fund": the role lexicon's "affiliation" mark), not a plural ("Farmers Union"), and not before a
# body's words ("Student Loan Company": a role noun, an outlet's or a body's word after it). A place or body before the
# title only in a name the tagger calls a person's: in a body's, a role noun inside names a law or a body ("Every
# Student Succeeds Act", "Pain-Capable Unborn Child Protection Act" on train-d), and "the" before one makes it a body's.
# roletitles: scores unmoved (the page check and train's source match by containment and words); what moves is names.
# 22 statements on 10 of the 177 tuned pages lose the title from their speaker's name ("Superintendent Robert Haines",
# "Premier Nadia Costello", "Isabela Governor Teresita Mangubat"; "the governor" and the full name one entity there);
# train-d "Actress Amandla Stenberg" (a body) is the person the later "Stenberg" is, "Treasurer Kelly Mitchell" and
# "Chair Jennifer Ping" lose the title; train 0-59 "Spokeswoman Haley Morris" (a body) joins "Morris", "Billionaire
# Donald Trump" is "Donald Trump" (3 statements); train-c byte-identical names. Every changed name read: all right.
ROLE_TITLES_CUT = True
# Capitalised titles the role lexicon does not hold as nouns, since the lower-case word is mostly a thing ("the model
# predicts", "the canon of English poetry") or no English noun ("Fon", a Cameroonian traditional ruler): before a name
# the tagger calls a person's, with two or three name words after, they are titles as "Councillor" is ("Model Ingrid
# Falk", "Canon Margaret Ellery", "Fon Ndofoa Zofoa"). "Canon Europe" and "Model United Nations", names of a body,
# stay whole: in a name the tagger calls a body's, only before a listed forename ("Model Ingrid Falk", tagged a body's,
# is a person's).
TITLES_BEFORE_A_PERSON_S_NAME = frozenset({"Model", "Canon", "Fon", "Imam", "Rabbi"})
_TITLED_NAME_WORDS = range(2, 4)  # the name after the title: a forename and a surname, or a middle name or particle too


def without_role_title(name: Span, *, placed: bool) -> Span:
    """``name`` without the role title that opens it (``ROLE_TITLES_CUT``); ``placed``: whether a place or a body may
    stand before the title ("Isabela Governor Teresita Mangubat"), as in a name the tagger calls a person's."""
    return name.doc[_after_a_role_title(name, placed=placed) : name.end]


def _after_a_role_title(name: Span, *, placed: bool) -> int:
    """Where a person's name starts after the role title that opens ``name``, else its start. Looks only at the few
    words before the name's last two or three, so it costs the same on any text."""
    if not ROLE_TITLES_CUT or (not placed and name.start > 0 and name.doc[name.start - 1].lower_ == "the"):
        return name.start
    words = [t for t in name if t.tag_ != "HYPH" and t.text != "-"]  # "Fortin-Girard" is one word of a name
    for size in reversed(_TITLED_NAME_WORDS):
        if len(words) <= size or (not placed and len(words) != size + 1):
            continue
        title, rest = words[-size - 1], words[-size:]
        if (
            (role_title(title) or _title_before_a_person_s_name(title, rest[0], placed=placed))
            and all(_capitalised(t) for t in words[: -size - 1])
            and all(_a_name_word(t) for t in rest)
        ):
            return title.i + 1
    return name.start


def _title_before_a_person_s_name(title: Token, first: Token, *, placed: bool) -> bool:
    """ "Canon" of "Canon Margaret Ellery" (``TITLES_BEFORE_A_PERSON_S_NAME``): in a name the tagger calls a person's,
    or before a listed forename in one it calls a body's ("Model Ingrid Falk"; not "Canon Europe")."""
    return title.text in TITLES_BEFORE_A_PERSON_S_NAME and (placed or fold(first.text) in lexicons().forenames)


def titled_by(word: Token) -> bool:
    """A capitalised title a person's name was cut from: a role title or one of ``TITLES_BEFORE_A_PERSON_S_NAME``."""
    return role_title(word) or word.text in TITLES_BEFORE_A_PERSON_S_NAME


def role_title(word: Token) -> bool:
    """A capitalised honorific or singular noun for a person's role ("Councillor", "Farmer", "Governor"), not a party's
    or nation's member ("Republican", "German")."""
    if not word.text[:1].isupper():
        return False
    role = lexicons().role_nouns.get(word.lower_)
    return word.text in lexicons().honorifics or (role is not None and role.of_person and not role.affiliation)


def _capitalised(word: Token) -> bool:
    return word.text[:1].isupper()


# the tags of words no name is made of: a verb, an adverb, a preposition ("No Child Left Behind", a law the tagger
# called a work of art, is no child named "Left Behind")
_NOT_NAME_TAGS = ("VB", "RB", "IN", "DT", "CC", "PRP", "MD", "TO", "CD")


def _a_name_word(word: Token) -> bool:
    """A word of a person's name: capitalised letters, not in capitals throughout ("TD", "NASA"), no honorific, role
    noun, body's or outlet's word, not tagged a verb or a particle; an initial ("J.") is one."""
    words = lexicons()
    plain = word.text.rstrip(".").replace("'", "").replace("’", "")
    return (
        plain[:1].isupper()
        and not word.tag_.startswith(_NOT_NAME_TAGS)
        and plain.isalpha()
        and (len(plain) == 1 or not plain.isupper())
        and word.text not in words.honorifics
        and word.lower_ not in words.role_nouns
        and word.text not in words.outlet_words
    )


def _honorific_of_the_name(word: Token, honorifics: Mapping[str, object]) -> bool:
    """An honorific titling the name it opens; not one that owns what follows ("the Governor's Office": a body's), nor
    a title in capitals before a body's word (``RANKS_IN_CAPITALS_BEFORE_NAMES_ONLY``)."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if word.text not in honorifics or (following is not None and following.text in POSSESSIVE_MARKS):
        return False
    return not (RANKS_IN_CAPITALS_BEFORE_NAMES_ONLY and word.text.isupper() and not _a_person_s_name_word(following))


# A title in capitals ("ASP", "CSP", "SSP", "AG": police ranks and an office shortened to their initials) is also the
# letters of a body ("ASP Holdings", "SSP Group", "ACP Secretariat"): it titles the name it opens only before a word of
# a person's name, a capitalised word that is no plural nor a noun for a body or a role ("ASP Musa", "CSP Jean Bosco
# Habimana"), so that "ASP Holdings said" stays the body's name whole. speakerstress, with the police ranks of the
# honorifics lexicon.
RANKS_IN_CAPITALS_BEFORE_NAMES_ONLY = True


_PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})  # "Holdings", "Industries": a body's word, no person's name


def _a_person_s_name_word(word: Token | None) -> bool:
    """Whether ``word`` may open a person's name after a title in capitals: a capitalised word, not a plural
    ("Holdings") nor a noun for a role or a body ("Group", "Council")."""
    return (
        word is not None
        and word.text[:1].isupper()
        and word.tag_ not in _PLURAL_NOUN_TAGS
        and word.lower_ not in lexicons().role_nouns
    )


_COORDINATORS = frozenset({",", "and", "&"})
_OPENING_QUOTE_MARKS = 1  # "Slam ‘Neocons": the headline's next word may open a quotation


def _plural_subjects_verb(word: Token, start: int) -> bool:
    """A headline's verb in its base form after a name that ends a coordinated subject ("Ted Cruz, Chris Christie
    Address Heroin Epidemic", "Bolton and Gorka Slam ‘Neocons For Hillary’"): a capitalised name before the comma or
    "and", and a capitalised word after the verb, as a title-case line has; in a list of names in running text the
    base form is a surname ("Wolf Blitzer, Dana Bash and Jake Tapper")."""
    doc = word.doc
    if start < 2 or doc[start - 1].lower_ not in _COORDINATORS or not doc[start - 2].text[:1].isupper():
        return False
    following = next((t for t in doc[word.i + 1 : word.i + 2 + _OPENING_QUOTE_MARKS] if not t.is_quote), None)
    return headline_base_verb(word.text) and following is not None and following.text[:1].isupper()


def _one_line(span: Span) -> tuple[int, int]:
    """The start and end of the line of ``span`` with the most words: a name never runs across a line break, but the
    tagger runs one into the dateline under it ("Donald Trump\nMANCHESTER") or the headline over it ("Fault\nTed
    Cruz"); on a tie the first line, since a dateline follows the byline name it runs into."""
    lines: list[tuple[int, int]] = []
    start = span.start
    for token in span:
        if token.is_space and "\n" in token.text:
            lines.append((start, token.i))
            start = token.i + 1
    lines.append((start, span.end))
    if len(lines) == 1:
        return lines[0]  # a name on one line, as almost every one is: nothing to weigh
    words = [sum(_has_word(t.text) for t in span.doc[a:b]) for a, b in lines]
    return lines[words.index(max(words))]


def _has_word(text: str) -> bool:
    """ "Corp.", "Jr.", "Inc." are part of a name; a quote mark or a bracket alone is not."""
    return any(ch.isalnum() for ch in text)


def ordinary_spelling(name: str, spelt: Mapping[str, str]) -> str:
    """A person's name written in capitals ("ÉLODIE MARCHAND", "TEMBA NDLOVU": meetings coverage, press releases) as
    ordinary text spells it: each word as another of that person's names spells it (``spelt``, by folded word:
    "Ndlovu" of "Mr. Ndlovu"),
    else, in a name of two words or more, with a capital and small letters ("Élodie"); one word in capitals the
    text never spells otherwise stays as it is, since it may be a body's abbreviation the tagger took for a person
    ("FBI", "DNC"). A name not in capitals is as it is."""
    if not name.isupper():
        return name
    words = name.split()
    return " ".join(spelt.get(fold(word), word.title() if len(words) > 1 else word) for word in words)


def name_key(span: Span) -> frozenset[str]:
    """The folded words of a name, without titles and suffixes: two mentions of one person share them. A word with a
    joined initial counts as its initial and its given name ("b.", "enkhtuvshin" of "B.Enkhtuvshin"), so that the given
    name alone ("Enkhtuvshin said") is a part of the full name, as a surname alone is of a forename and surname."""
    name = strip_name(span)
    words: list[str] = []
    for token in without_post_nominals(name):
        if token.is_punct:
            continue
        given = joined_initial(token.text) if JOINED_INITIALS else None
        words.extend((fold(token.text[: -len(given)]), fold(given)) if given else (fold(token.text),))
    return frozenset(w for w in words if w not in _SUFFIXES and w not in {"the"})


# A name written the Mongolian way, the initial of the father's name and a stop joined to the given name with no space
# ("B.Enkhtuvshin", "Ts.Oyunbaatar", "Sh.Batbold"), is one word, a person's name (the pipeline keeps it one token and
# tags it, ``pipeline.JOINED_INITIALS_WHOLE``), and the given name alone names that person later. An initial is one
# capital letter or a capital and a small one ("Ts", "Ch", "Kh": a Cyrillic letter written with two Latin ones); the
# given name a capitalised word. Not an initial: a stopped title or abbreviation ("Dr.", "St.", "Mt.": the honorifics
# and the tokenizer's own exceptions), nor an English word run on after a missing space ("It.The", "Plan B.The": a stop
# word on either side).
# Measured with ``pipeline.JOINED_INITIALS_WHOLE`` (its comment): no train or tuned-page word has the shape.
JOINED_INITIALS = True
_INITIAL_LETTERS = range(1, 3)  # "B", "Ts": one Latin letter or the two that spell one Cyrillic letter
_LEAST_GIVEN_NAME_LETTERS = 2  # "B.Li": a one-letter "name" is another initial ("J.R")
_NOT_INITIALS = frozenset({"Mr", "Ms", "Dr", "St", "Mt", "Ft", "Pt", "Rd", "Co", "Jr", "Sr", "No", "Vs", "Fr", "Sq"})


def joined_initial(word: str) -> str | None:
    """The given name of a word written as an initial and a stop joined to it ("Enkhtuvshin" of "B.Enkhtuvshin",
    "Oyunbaatar" of "Ts.Oyunbaatar"), else None (``JOINED_INITIALS``)."""
    initial, stop, given = word.partition(".")
    if not stop or len(initial) not in _INITIAL_LETTERS or not initial.isalpha() or not initial[0].isupper():
        return None
    if len(initial) > 1 and not initial[1].islower():
        return None  # "UK.The", "US.Army": capitals are an abbreviation
    plain = given.replace("-", "")
    if len(plain) < _LEAST_GIVEN_NAME_LETTERS or not plain.isalpha() or not given[0].isupper() or plain.isupper():
        return None
    if initial in _NOT_INITIALS or f"{initial}." in lexicons().honorifics:
        return None
    if initial.lower() in STOP_WORDS or given.lower() in STOP_WORDS:
        return None
    return given


# A forename written shortened with a stop opens the name that follows it ("Councilor Ma. Theresa Reyes", "Md. Rafiqul
# Islam", "Mohd. Azmi Abdullah", "Wm. Hartley"; resolve_stopped_forenames.tsv): the parser ended a sentence at the stop,
# so the speaker lost the forename ("Theresa Reyes") or was taken from the stop's side alone ("Councilor Ma"), and the
# tagger typed the abbreviation a place ("Md.", Maryland's) or a name of its own. The stop ends no sentence and the
# abbreviation is the first word of the person's name (``factories.SENTENCE_RUNS_ON``, ``STOPPED_FORENAME_NAMES``)
# where it is written as a forename: title-cased, the next word on the line a capitalised proper noun that is no stop
# word ("Md. and Del." stays Maryland), not a place's abbreviation after its place ("Bethesda, Md. Smith said"), the
# word before it no name word of its own (none, punctuation, a small word, a title: "Jack Ma. Alibaba ..." and "Yo-Yo
# Ma. Critics ..." end a sentence at a surname). Measured in
# docs/occasion-rounds.md (speakernames): no train slice or tuned page holds the form; the round's written articles
# (stress_articles) 7 -> 13 of their 13 rows with such a name.
STOPPED_FORENAMES_OPEN_NAMES = True


def stopped_forenames(doc: Doc) -> Iterator[tuple[int, int]]:
    """Each forename written shortened with a stop that opens a person's name (``STOPPED_FORENAMES_OPEN_NAMES``): the
    index of its first token and of the name word after its stop ("Ma", "Theresa" of "Ma. Theresa Reyes"; "Md." is
    one token, "Ma" and its stop two)."""
    if not STOPPED_FORENAMES_OPEN_NAMES:
        return
    stopped = lexicons().stopped_forenames
    for token in doc:
        written = token.text.removesuffix(".")
        if written not in stopped or not written.istitle() or token.i + 1 >= len(doc):
            continue
        stop = token if token.text.endswith(".") else doc[token.i + 1]
        if stop.text != "." and stop is not token:
            continue
        if stop.whitespace_ != " " or (stop is not token and token.whitespace_) or stop.i + 1 >= len(doc):
            continue  # "Ma" and its stop written apart, or the name on the next line
        name = doc[stop.i + 1]
        if name.tag_ != "NNP" or not name.is_alpha or not name.text.istitle() or name.lower_ in STOP_WORDS:
            continue  # "Md. and Del.", "Yo-Yo Ma. Critics ..."
        if token.i == 0 or (_opens_a_name(doc[token.i - 1]) and not _a_place_after_its_place(token, written)):
            yield token.i, name.i


def _a_place_after_its_place(token: Token, written: str) -> bool:
    """ "Bethesda, Md.": an abbreviation that is also a place's, after a comma that follows a capitalised word."""
    if written not in lexicons().stopped_forename_places or token.i < 2:
        return False
    return token.doc[token.i - 1].text == "," and token.doc[token.i - 2].text.istitle()


def _opens_a_name(before: Token) -> bool:
    """Whether the word before a stopped forename leaves it the first word of a name: no word (a stop, a comma, a
    quote mark, a line break), a small word, a title ("Councilor", "Dr.")."""
    if not before.is_alpha and not before.text.endswith("."):
        return True
    if not before.text[0].isupper():
        return True
    return before.text in lexicons().honorifics or before.lower_ in lexicons().role_nouns


# the quotation marks a nickname is written in, inside a name or set off after it ("Antonio “Tonyboy” Villaraza")
_NICKNAME_OPENING_MARKS = frozenset({"“", '"', "‘", "'", "``"})
_NICKNAME_CLOSING_MARKS = frozenset({"”", '"', "’", "'", "''"})
# A nickname in quotation marks inside a person's name ("Gov. Ma. Lourdes “Malou” Tabuena", "Sec. Antonio “Tonyboy”
# Villaraza", "Rep. Leonardo “Nards” Alcantara Jr.", as Philippine copy writes nearly every official's first mention)
# is what the person is called, no word of the name as written: the name is the words around it, and the nickname stays
# in its key (``name_key`` reads the span), so a later "Malou said" is that person. The tagger cut such a name at the
# marks ("Ma. Lourdes" and a work's "Malou” Tabuena"; ``tagged_names._nicknamed``), and the name the story gave was
# written with the nickname inside it. Written by namepages (the forty-second set; docs/occasion-rounds.md).
NICKNAMES_INSIDE_NAMES = True


def nickname_word_at(doc: Doc, at: int) -> Token | None:
    """The nickname of quotation marks opening at token ``at``: the one capitalised word between them, or None. Read
    inside a name (``quoted_nickname_at``) and after one (``clusters._nickname_after``)."""
    if (
        at + 2 >= len(doc)
        or doc[at].text not in _NICKNAME_OPENING_MARKS
        or doc[at + 2].text not in _NICKNAME_CLOSING_MARKS
    ):
        return None
    word = doc[at + 1]
    return word if word.is_alpha and word.text[0].isupper() else None


def quoted_nickname_at(doc: Doc, at: int) -> bool:
    """Whether a nickname in quotation marks opens at token ``at``: one capitalised word between its marks
    (``NICKNAMES_INSIDE_NAMES``)."""
    return NICKNAMES_INSIDE_NAMES and nickname_word_at(doc, at) is not None


def nickname_inside(name: Span) -> int | None:
    """The index of the opening mark of a nickname quoted inside ``name`` ("“" of "Antonio “Tonyboy” Villaraza"),
    between a name word before it and a capitalised word after it (``NICKNAMES_INSIDE_NAMES``), or None."""
    doc = name.doc
    return next(
        (
            at
            for at in range(name.start + 1, name.end - 3)
            if quoted_nickname_at(doc, at) and doc[at + 3].text[:1].isupper()
        ),
        None,
    )


def without_nickname(name: Span) -> str:
    """The name as written without a nickname quoted inside it ("Antonio Villaraza" of "Antonio “Tonyboy”
    Villaraza"; ``NICKNAMES_INSIDE_NAMES``)."""
    at = nickname_inside(name)
    if at is None:
        return name.text
    doc = name.doc
    return doc[name.start : at].text + " " + doc[at + 3 : name.end].text


def without_post_nominals(name: Span) -> Span:
    """ "Alun Davies MS", "Sarah Hill OBE CBE": a name of two words or more without the letters after it
    (``POST_NOMINALS``). The name keeps them as written; only its key, which tells two mentions of one person, drops
    them (cutting them from the name itself would leave "Nicholas Greaves", whose surname the parser reads as a verb,
    to lose "Greaves" as a swallowed verb)."""
    return name[: words_before_post_nominals([t.text for t in name])]


def words_before_post_nominals(words: list[str], least: int = 2) -> int:
    """How many of a name's ``words`` come before its post-nominal letters: all of them but the letters at its end,
    ``least`` words at least, each letter after a capitalised word ("Alun Davies MS": 2; "Davies MS": 2, or 1 with
    ``least=1``, where a surname alone is asked for)."""
    end = len(words)
    while end > least and words[end - 1] in POST_NOMINALS and words[end - 2][:1].isupper():
        end -= 1
    return end


def formal_forenames(key: frozenset[str]) -> frozenset[str]:
    """A name's key with each familiar short forename in its formal form ("ken", "starr": "kenneth", "starr"), so that
    "Ken Starr" and "Kenneth Starr" are told as one person's names (the short forms: resolve_short_forenames.tsv)."""
    shorts = lexicons().short_forenames
    return frozenset(shorts.get(word, word) for word in key)


def _title_before(span: Span) -> str | None:
    if span.start > 0 and span.doc[span.start - 1].text in lexicons().honorifics:
        return span.doc[span.start - 1].text
    first = span[0].text
    return first if first in lexicons().honorifics and len(span) > 1 else None


def name_gender(span: Span) -> Gender:
    """Gender from a title ("Mr.", "Queen") or the forename list; "unknown" when neither says."""
    title = _title_before(span)
    if title is not None:
        gender, _ = lexicons().honorifics[title]
        if gender != "unknown":
            return gender
    words = [t.text for t in strip_name(span) if not t.is_punct]
    if len(words) < 2:
        return "unknown"  # a lone word may be a surname ("Jordan", "Lynn"): no guess
    first = words[0].removesuffix(".")
    forename = lexicons().stopped_forenames.get(first) if STOPPED_FORENAMES_OPEN_NAMES else None
    return lexicons().forenames.get(forename or fold(words[0]), "unknown")


def name_role(span: Span) -> str | None:
    """The role noun a title implies: "Sen. Warren" is a senator, so "the senator" may refer to her."""
    title = _title_before(span)
    return None if title is None else lexicons().honorifics[title][1]


_TITLE_ABBREVIATION_LETTERS = range(2, 5)  # "Lt.", "Sgt.", "Capt.", "Insp.": a rank shortened before a name


def name_titles(span: Span) -> tuple[str, ...]:
    """The words a name is titled with that are no honorific: a common noun the parser made the name's compound
    ("Rovers manager Stellan Marsh", "Singer Cathal Brennan" opening a sentence), folded, or a short capitalised
    word with a full stop ("Sgt. Luis Carrera", "Capt. Dana Reyes"), with its stop, and the common nouns that
    modify that noun ("veteran" of "veteran guard Marcus Delacroix"): a later "the guitarist", "the sergeant" or
    "the veteran" may be that person (``abbreviates_title``). In a headline, which drops the words that hold a
    sentence's parse together ("Kings open trade talks over unsettled veteran guard Marcus Delacroix"), a common
    noun right before a name is its title whatever the parser hung it on."""
    doc = span.doc
    before = span.start - 1
    if before < 0 or _title_before(span) is not None:
        return ()
    word = doc[before]
    if word.text == ".":  # the tokenizer may split the stop off: "Sgt", "."
        short = doc[before - 1] if before > 0 else word
        stopped = not short.whitespace_ and short.is_alpha and short.text[0].isupper()
        return (short.lower_ + ".",) if stopped and len(short) in _TITLE_ABBREVIATION_LETTERS else ()
    if word.text.endswith(".") and word.text[:-1].isalpha() and word.text[0].isupper():
        return (word.lower_,) if len(word) - 1 in _TITLE_ABBREVIATION_LETTERS else ()
    compound = word.dep_ == "compound" and word.head.i in range(span.start, span.end)
    headline_noun = not compound and word.tag_ == "NN" and span.start < title_end(doc)
    if not (compound or headline_noun) or (word.ent_type_ and not _cut_from_the_name(word, span)) or not word.is_alpha:
        return ()
    words = [word, *_title_modifiers(word)]
    # a word in lower case is a common noun whatever the tagger says: "grader" of "Kearney eighth-grader Anika Raman",
    # which it tags a proper noun in a headline (LOWER_CASE_TITLES)
    lower = LOWER_CASE_TITLES and word.tag_ == "NNP" and word.is_lower
    common = word.tag_ in ("NN", "NNS") or (word.tag_ == "NNP" and word.is_sent_start) or lower
    # "Detective Inspector Lucy Varnham": a rank in capitals, told as one by a noun for a person among its words; not
    # a name's first part after an honorific ("Saudi Prince Alwaleed Bin Talal", the tagger's name being the last two)
    roles, honorifics = lexicons().role_nouns, lexicons().honorifics
    rank = (
        word.tag_ == "NNP"
        and any((r := roles.get(w.lower_)) is not None and r.of_person for w in words)
        and not any(w.text in honorifics for w in words)
    )
    return tuple(w.lower_ for w in words) if common or rank else ()


# A title the tagger took into the person's name ("Coroner Kate Robertson" of "Senior Coroner Kate Robertson", which
# ``ROLE_TITLES_CUT`` cuts back to "Kate Robertson") titles the name as one written outside it does: "the coroner"
# later is she (``name_titles`` read the tagger's label on the word as another name's). The last blind pages' role
# nouns not linked to their named holder (docs/occasion-rounds.md, fortieth set: speakerforms).
TITLES_CUT_FROM_NAMES = True


def _cut_from_the_name(word: Token, span: Span) -> bool:
    """Whether ``word``, right before ``span``, was the first part of the same tagged name (the title cut off it)."""
    return TITLES_CUT_FROM_NAMES and span[0].ent_iob_ == "I" and span[0].ent_type_ == word.ent_type_ == "PERSON"


# A lower-case word the tagger calls a proper noun, as the compound before a person's name, is a title of that person
# as a common noun is (``name_titles``): "Kearney eighth-grader Anika Raman" in a headline, so that "the Horizon
# Middle School eighth-grader said" is she (speakers._own_entity, Coreference.titled). Measured with
# title_holders.HEADLINE_TITLES_REACH, which that page needs too (pronouns2): train-d, train 0-59 and train-c
# byte-identical; news pages speaker +1 (spelling-bee-final), no page worse; it fires on no train article.
LOWER_CASE_TITLES = True
_TITLE_MODIFIERS = 2  # "veteran" of "veteran guard", "Detective" of "Detective Inspector": a title's nouns are few


def _title_modifiers(title: Token) -> list[Token]:
    """The nouns right before a title word that modify it, nearest first ("veteran" of "veteran guard"), common
    nouns for a common noun and capitalised words for a capitalised one ("Detective" of "Detective Inspector")."""
    found: list[Token] = []
    for word in reversed(title.doc[max(0, title.i - _TITLE_MODIFIERS) : title.i]):
        if word.tag_ != ("NNP" if title.tag_ == "NNP" else "NN") or word.dep_ != "compound" or word.head.i <= word.i:
            break
        if word.ent_type_ or not word.is_alpha:
            break
        found.append(word)
    return found


def abbreviates_title(title: str, noun: str) -> bool:
    """Whether a title word is ``noun`` or shortens it: "sgt." spells "sergeant"'s first letter and some of the
    rest in order, as "capt." does "captain"."""
    if title == noun:
        return True
    short = title.removesuffix(".")
    if short == title or len(short) >= len(noun) or short[0] != noun[0]:
        return False
    letters = iter(noun)
    return all(letter in letters for letter in short)


@cache
def outlet_pattern() -> re.Pattern[str]:
    """One regex for every shipped outlet name (longest first, optional leading "The").

    A name opens with its article or its own first character, so the pattern first asks for one of those
    (``openings``): the engine passes over every other word (most words: lower case) without trying the names one by
    one, the same matches in a third of the time (PolNeAR train-d's first 150 articles, 0.26 s against 0.08 s)."""
    variants: set[str] = set()
    openings = {"T", "t"}  # the article's
    for name in lexicons().outlets:
        bare = name.removeprefix("The ")
        # "The Post" needs its article: a bare "Times" or "Hill" is usually something else
        needs_article = bare != name and " " not in bare
        variants.add(("[Tt]he " if needs_article else "(?:[Tt]he )?") + re.escape(bare))
        openings.add(bare[:1])
    alternatives = "|".join(sorted(variants, key=len, reverse=True))
    first = "".join(re.escape(ch) for ch in sorted(openings))
    return re.compile(rf"(?<!\w)(?=[{first}])(?:{alternatives})(?!\w)")


ABBREVIATION_LETTERS = range(2, 8)  # "UN" to "UNESCO", "NHTSA": longer capitals are a shouted word


def an_abbreviation(word: str) -> bool:
    """Whether ``word`` has the shape of an abbreviation: capital letters alone, as many as one has."""
    return word.isalpha() and word.isupper() and len(word) in ABBREVIATION_LETTERS


# Capitals in brackets right after a body's name are its abbreviation even when they spell the name in its own language
# ("the National Office for Water Supply (ONEE)", "the Agency for Public Legal Records (AJPES)"), which a news page
# gives in English: without it the body and its abbreviation were two bodies, or the English name was no name at all.
# Only after a body's name (``clusters``: the tagger's body; ``untagged_bodies``: a run holding a body's noun), and not
# capitals the tagger calls a place or a people ("Save the Children (UK)": where the body is).
ABBREVIATIONS_IN_ANOTHER_LANGUAGE = True
_NOT_A_BODY_S_ABBREVIATION = frozenset({"GPE", "LOC", "NORP"})


def abbreviated_in_another_language(name: Span, short: Token) -> bool:
    """ "ONEE" of "National Office for Water Supply (ONEE)": a word in capitals, bracketed after a body's ``name``, that
    is no place's, after a name that is no longer name's tail (``ABBREVIATIONS_IN_ANOTHER_LANGUAGE``)."""
    return (
        ABBREVIATIONS_IN_ANOTHER_LANGUAGE
        and an_abbreviation(short.text)
        and short.ent_type_ not in _NOT_A_BODY_S_ABBREVIATION
        and not _a_longer_name_s_tail(name)
    )


_TAIL_AFTER = frozenset({"HYPH", "NNP", "NNPS"})  # a hyphen or a proper noun before a name: it goes on leftwards


def _a_longer_name_s_tail(name: Span) -> bool:
    """ "Baltistan Disaster Management Authority" of "Gilgit-Baltistan Disaster Management Authority (GBDMA)": a name
    with a hyphen or a proper noun right before it is the tail of a longer one, whose capitals bracketed after it
    are not the tail's abbreviation in another language."""
    if name.start == 0:
        return False
    before = name.doc[name.start - 1]
    return before.text == "-" or before.tag_ in _TAIL_AFTER


def abbreviation_of(short: str, name: str) -> bool:
    """Whether ``short`` is all capitals and spells the capitals of ``name`` in order from its first:
    "CHA" of "Continental Health Agency", "ORR" of "Office of Rail and Road", "OECD" of "Organisation for
    Economic Co-operation and Development"."""
    if not an_abbreviation(short):
        return False
    capitals = iter(ch for ch in name if ch.isupper())
    return next(capitals, None) == short[0] and all(letter in capitals for letter in short[1:])


# A body's short form in brackets right after its full name is not always its capitals: Philippine, South African and
# British copy contract the name to one capitalised word of letters taken from its words ("the Department of Education
# (DepEd)", "the Independent Communications Authority of South Africa (Icasa)", "the Office of Gas and Electricity
# Markets (Ofgem)", "the Commission on Elections (Comelec)"), and goes on to name the body by it ("DepEd said"). The
# bracket right after the name says what the word is; the letters, drawn in order from two or more of the name's words
# and opening with its first word's first letter, say it is no gloss, place or party. Written by bodyforms (the
# forty-first set; docs/occasion-rounds.md).
CONTRACTED_NAMES = True
_CONTRACTION_LETTERS = range(3, 11)  # "Icasa" to "Philhealth"; two letters are capitals or nothing
_CONTRACTION_WORDS = 2  # letters from one word alone are that word cut short ("Educ"), not the name's contraction


def contraction_of(short: str, name: str) -> bool:
    """Whether ``short`` is one capitalised word, not all capitals, whose letters, case aside, are taken in order from
    ``name``'s words, beginning with its first word's first letter, from two of its words or more: "DepEd" of
    "Department of Education", "Icasa" of "Independent Communications Authority of South Africa"
    (``CONTRACTED_NAMES``)."""
    if (
        not CONTRACTED_NAMES
        or not short.isalpha()
        or not short[0].isupper()
        or short.isupper()
        or len(short) not in _CONTRACTION_LETTERS
    ):
        return False
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", name) if w.lower() != "the"]
    if not words or words[0][0] != short[0].casefold() or short.casefold() in words:
        return False
    used, at, position = set(), 0, 0
    for letter in short.casefold():
        while at < len(words) and letter not in words[at][position:]:
            at, position = at + 1, 0
        if at == len(words):
            return False
        position = words[at].index(letter, position) + 1
        used.add(at)
    return len(used) >= _CONTRACTION_WORDS


def contracted_name(name: Span, short: Token) -> bool:
    """ "DepEd" bracketed after "Department of Education": a word that is no place's or people's, contracted from the
    body's ``name`` (``CONTRACTED_NAMES``)."""
    return short.ent_type_ not in _NOT_A_BODY_S_ABBREVIATION and contraction_of(short.text, name.text)

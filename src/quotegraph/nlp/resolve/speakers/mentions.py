"""Finding the phrases that can refer to an entity: names, outlets, pronouns and role descriptions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Span, Token

from quotegraph.model import EntityType
from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.datelines import dateline_place
from quotegraph.nlp.find.lines import document_lines
from quotegraph.nlp.find.parse import children_of, lefts_of, rights_of, root_of
from quotegraph.nlp.lexicons.tables import Gender, RoleNoun, lexicons
from quotegraph.nlp.resolve.headlines import headline_name, headline_verb
from quotegraph.nlp.resolve.speakers.names import (
    POSSESSIVE_MARKS,
    abbreviation_of,
    fold,
    name_gender,
    name_role,
    name_titles,
    outlet_pattern,
    strip_name,
)
from quotegraph.nlp.syntax import (
    INDEFINITE,
    MAX_PHRASE_DEPTH,
    NOMINAL_SUBJECTS,
    PLACE_ENTITIES,
    VERB_POS,
    own_phrase_start,
    predicate_noun_before,
)

__all__ = [
    "PRONOUNS",
    "RELATIVE_PRONOUNS",
    "MentionSpan",
    "a_body_noun",
    "a_person_noun",
    "age_set_off",
    "capitalised_office",
    "find_mentions",
    "role_noun",
]

MentionKind = Literal["name", "pronoun", "description"]
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
_CLAUSE_SUBJECTS = frozenset({"csubj", "csubjpass"})  # a verb read as a subject is parsed a clausal one
# The person's name past an outlet's possessive inside one tagged name is a person's mention ("Fox News’ Bret Baier";
# ``_past_a_possessive``).
# Rule on against off (speakers round 25): train-d 1 speaker better and 3 named in full, 1 worse (an ambiguous "his").
NAMES_PAST_AN_OUTLET_S_POSSESSIVE = True
# One person picked out of a group by a comparison is a description of that person ("the older of the two men";
# ``_one_of_a_group``).
# Rule on against off (speakers round 25): train-d and train 0-59 byte-identical; news pages one speaker, one time.
ONE_OF_A_GROUP = True
# Capitalised words the tagger left untagged that are a clause's subject with an age set off by commas ("Kavya Parmar,
# 24, joined the plant in July") are a person's name: news writing gives an age to a person alone, so that "the
# 24-year-old said" later finds her (``_untagged_aged_names``). Rule on against off (fast.py, cache7; latenamed2): fires
# in no train-d or train 0-59 article (byte-identical); news pages: one page, "The 24-year-old said" is Kavya Parmar
# (the expected speaker there is the Prime Minister she quotes, so no field gained) and takes her "in July" as its time.
AGED_NAMES_ARE_PEOPLE = True
_OLDEST_AGE = 120  # a number set off after a name above any human age is something else ("Route 66", a count)

# pronoun -> (gender, plural, person-only)
PRONOUNS: dict[str, tuple[Gender, bool, bool]] = {
    **dict.fromkeys(("he", "him", "his", "himself"), ("m", False, True)),
    **dict.fromkeys(("she", "her", "hers", "herself"), ("f", False, True)),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"), ("unknown", True, False)),
    **dict.fromkeys(("it", "its", "itself"), ("unknown", False, False)),
}
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})
_NER_TYPES: dict[str, EntityType] = {"PERSON": "PERSON", "ORG": "ORG", "FAC": "ORG", "GPE": "GPE", "NORP": "OTHER"}
# the words a description opens with: "one" as "a" ("One nurse, who asked not to be named, told the Herald"), "two"
# as "some"; wider than ``find.headings``' set, which holds only the words that make a headline label a topic
_DETERMINERS = frozenset(
    {"the", "a", "an", "another", "one", "this", "that", "these", "those", "some", "several", "two"}
)
_DESCRIPTION_PREPS = frozenset({"for", "of", "to", "with", "at", "from"})
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "punct", "cc", "conj", "appos"})


@dataclass
class MentionSpan:
    """A phrase that refers to an entity; ``start``/``end``/``head`` are token indices."""

    start: int
    end: int
    head: int
    kind: MentionKind
    text: str
    start_char: int
    end_char: int
    type: EntityType = "OTHER"
    gender: Gender = "unknown"
    plural: bool = False
    role: str | None = None
    indefinite: bool = False
    specific: bool = False
    cluster: int | None = None
    # a name's title words that are no honorific: "guitarist" of "Guitarist Declan Moss", "sgt." of "Sgt. Luis
    # Carrera", "guard" and "veteran" of "veteran guard Marcus Delacroix" (``name_titles``)
    titles: tuple[str, ...] = ()


def _mention(span: Span, kind: MentionKind, **extra: object) -> MentionSpan:
    return MentionSpan(
        start=span.start,
        end=span.end,
        head=root_of(span).i,
        kind=kind,
        text=span.text,
        start_char=span.start_char,
        end_char=span.end_char,
        titles=name_titles(span) if kind == "name" else (),
        **extra,  # type: ignore[arg-type]
    )


def _outlet_spans(doc: Doc, text: str) -> list[Span]:
    spans = []
    for match in outlet_pattern().finditer(text):
        # a lower-case "the" is the sentence's article, not part of the name: "told the BBC"
        start = match.start() + (4 if match.group(0).startswith("the ") else 0)
        span = doc.char_span(start, match.end(), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


def _is_modifier_only(span: Span) -> bool:
    """A name used as a modifier ("Oscar campaign", "Obama administration", "Oscar-nominated") names no speaker."""
    root, doc = root_of(span), span.doc
    if span.end < len(doc) and doc[span.end].text == "-":
        return True  # "Oscar-nominated", "Obama-era"
    if root.dep_ not in ("compound", "amod", "nmod"):
        return False
    return root.head.tag_ in ("NN", "NNS") or _party_member(root.head)  # "the Kentucky Republican"


def _party_member(token: Token) -> bool:
    """ "Republican", "Democrat", "Spaniard" as a noun for one person ("the Wisconsin Republican says", "the
    Spaniard said"), which the tagger calls a group or, alone, a body."""
    return token.tag_ == "NNP" and token.ent_type_ in ("NORP", "ORG") and token.lemma_.lower() in lexicons().role_nouns


def capitalised_office(token: Token) -> bool:
    """ "The King spent three hours", "the Pope said": a capitalised noun for a person's office right after "the",
    the office's one holder. Not an office of somewhere ("the Bishop of Sarum", "the Mayor of London"), which is read
    as a name, nor a word of a headline written in capitals word by word ("The Myth That The President Can Save")."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.is_title
        and not _party_member(token)  # "the Spaniard", "the Republican": no office, whoever was named so
        and token.i > 0
        and doc[token.i - 1].lower_ == "the"
        and (after is None or not (after.is_title or after.lower_ == "of"))
        and (role := lexicons().role_nouns.get(token.lemma_.lower())) is not None
        and role.kind == "person"
    )


def _role_word_after_the(name: Span) -> bool:
    """ "the Spaniard", "the Croatian": one capitalised noun for a person right after "the" is a description of
    someone named before, not a name (the tagger's body or group)."""
    root = root_of(name)
    return len(name) == 1 and name.start > 0 and name.doc[name.start - 1].lower_ == "the" and _party_member(root)


def _is_platform(span: Span) -> bool:
    """ "on Twitter", "took to Instagram": the medium of a statement, not someone who speaks."""
    root = root_of(span)
    return root.text in lexicons().platforms and root.dep_ == "pobj" and root.head.lower_ in ("on", "to", "via")


def _name_mentions(doc: Doc, text: str, sources: frozenset[int]) -> list[MentionSpan]:
    """Names, each kind on the tokens the kinds before it left free: outlets, a headline's name,
    groups, the tagger's names, then the names it missed."""
    found = [_mention(span, "name", type="OUTLET") for span in _outlet_spans(doc, text)]
    headline = headline_name(doc)
    if headline is not None and _free(headline, _tokens(found)):
        found.append(_mention(headline, "name", type=_untagged_type(headline), gender=name_gender(headline)))
    taken = _tokens(found)
    found.extend(_mention(g, "name", type="OTHER", plural=True) for g in _group_names(doc) if _free(g, taken))
    found.extend(_mention(s, "name", type="OTHER") for s in _weather_names(doc, _tokens(found)))
    for name in _capitals_person_names(doc, _tokens(found), sources):
        found.append(_mention(name, "name", type="PERSON", gender=name_gender(name)))
    found.extend(_tagged_names(doc, _tokens(found)))
    found.extend(_mention(name, "name", type="ORG") for name in _untagged_abbreviated_names(doc, _tokens(found)))
    found.extend(_mention(name, "name", type="OUTLET") for name in _untagged_outlets(doc, _tokens(found)))
    found.extend(_mention(name, "name", type="ORG") for name in _names_after_a_body_noun(doc, _tokens(found)))
    for name in _untagged_honorific_names(doc, _tokens(found)):
        found.append(_mention(name, "name", type="PERSON", gender=name_gender(name), role=name_role(name)))
    for name in _untagged_person_names(doc, _tokens(found)):
        found.append(_mention(name, "name", type="PERSON", gender=name_gender(name), role=name_role(name)))
    for name in _untagged_forenamed_names(doc, _tokens(found)):
        found.append(_mention(name, "name", type="PERSON", gender=name_gender(name), role=name_role(name)))
    for name in _untagged_aged_names(doc, _tokens(found)):
        found.append(_mention(name, "name", type="PERSON", gender=name_gender(name), role=name_role(name)))
    for name in _untagged_source_names(doc, _tokens(found), sources):
        found.append(_mention(name, "name", type=_untagged_type(name), gender=name_gender(name), role=name_role(name)))
    for name in _untagged_body_short_names(doc, found, _tokens(found), sources):
        found.append(_mention(name, "name", type=_untagged_type(name)))
    surnames = _untagged_surnames(doc, found, _tokens(found), sources)
    found.extend(_mention(doc[i : i + 1], "name", type="PERSON") for i in surnames)
    return _outside_datelines(doc, text, found)


def _outside_datelines(doc: Doc, text: str, names: list[MentionSpan]) -> list[MentionSpan]:
    """The names but those inside a dateline's place: "ST. PAUL — Justices ...", whose "PAUL" the tagger takes for a
    body and would join Justice Paul Sandvik named further on. Each line's dateline is read once: a text of one long
    line holds every name."""
    lines = document_lines(doc)
    places: dict[int, CharSpan | None] = {}
    kept = []
    for name in names:
        line_start = lines.start(name.start_char)
        if line_start not in places:
            places[line_start] = dateline_place(text, line_start)
        place = places[line_start]
        if place is None or not place[0] <= name.start_char < name.end_char <= place[1]:
            kept.append(name)
    return kept


def _tokens(spans: Iterable[Span | MentionSpan]) -> set[int]:
    return {i for span in spans for i in range(span.start, span.end)}


def _free(span: Span, taken: set[int]) -> bool:
    return not any(i in taken for i in range(span.start, span.end))


def _with_own_possessive(name: Span) -> Span:
    """ "Hardwick's said", "sold at Hardwick's and other stores": a body's possessive that possesses nothing is
    part of its name (a shop named for its founder), not a possessive the name is stripped of."""
    doc, end = name.doc, name.end
    after = doc[end] if end < len(doc) else None
    if after is None or after.tag_ != "POS" or after.head != root_of(name) or root_of(name).dep_ == "poss":
        return name
    # what follows shows nothing is possessed: a finite verb, a conjunction or a comma ("the DNC's suspension",
    # "Gallup's analysis", "the Party's presumed nominee", which the parser may leave without "poss", possess one)
    following = doc[end + 1] if end + 1 < len(doc) else None
    if following is not None and following.tag_ not in _NOTHING_POSSESSED:
        return name
    return doc[name.start : end + 1]


# not a full stop: "no more vulnerable than the State Department's." possesses what it leaves out
_NOTHING_POSSESSED = frozenset({"VBD", "VBZ", "VBP", "MD", "CC", ","})


def _untagged_type(name: Span) -> EntityType:
    """ "Okonkwo", "Marisol Quintanilla": somebody; "Right Wing Watch" (no forename): a body; "Ffion Rowlands, whose
    twin daughters ..." (a forename no list holds): somebody, for their kin (``KIN_BY_WHOSE``)."""
    person = len(name) == 1 or fold(name[0].text) in lexicons().forenames
    return "PERSON" if person or (KIN_BY_WHOSE and _with_a_whose_kin(root_of(name))) else "ORG"


def _tagged_names(doc: Doc, taken: set[int]) -> Iterator[MentionSpan]:
    """The tagger's names of people, organisations, places and groups, outside ``taken`` tokens."""
    for ent, label in _mended_entities(doc):
        entity_type = _NER_TYPES.get(label)
        if entity_type is None and label in _UNREAD_LABELS and _apposed_to_a_body(ent):
            entity_type = "ORG"  # "The Pension Benefit Guaranty Corporation, the federal agency that" read as a title
        if entity_type is None:
            continue
        if not _free(ent, taken):
            past = _past_a_possessive(ent, taken)
            if past is None:
                continue
            ent = past
        stripped = strip_name(ent)
        name = _with_untagged_forename(stripped, taken)
        if entity_type == "ORG" and (
            _forename_and_surname(name)
            or _apposed_to_a_person(name)
            or _titled_person_name(ent, name)
            # "Nadeem Sattar, who": the forename taken for the who-clause (FORENAMES_BY_WHO) makes it a person's name
            or (name.start < stripped.start and _told_of_as_a_person(root_of(name)))
        ):
            entity_type = "PERSON"  # "Carly Fiorina", "another passenger, Darnell Price," tagged as an organisation
        elif entity_type == "GPE" and _forename_and_surname(name) and _apposed(name):
            # "Canterbury's MP, Hugh Okafor,": a forename and a surname set off beside a noun, tagged as a place
            entity_type = "PERSON"
        if entity_type == "PERSON":
            name = _with_apposed_forename(_with_untagged_surname(_person_name_end(name), taken), taken)
        elif entity_type == "ORG":
            name = _with_own_possessive(name)
            if _daily_named(name):
                entity_type = "OUTLET"
        if _is_modifier_only(name) or _is_platform(name) or not any(t.is_alpha for t in name):
            continue
        if _role_word_after_the(name) or (entity_type == "PERSON" and _rank_before_a_name(ent)):
            continue
        if entity_type == "ORG" and _indefinite_common_noun(name):
            continue
        if entity_type == "OTHER" and root_of(name).tag_ not in ("NNPS", "NNS"):
            continue  # "American" is an adjective; "Democrats" is a group that can speak
        yield _mention(
            name,
            "name",
            type=entity_type,
            gender=name_gender(name) if entity_type == "PERSON" else "unknown",
            plural=entity_type == "OTHER",
            role=name_role(name),
        )


def _past_a_possessive(ent: Span, taken: set[int]) -> Span | None:
    """ "Fox News’ Bret Baier noticed ...", tagged as one body after "Fox News" was taken as an outlet: the words past
    the possessive mark that ends the taken name are a person's own name (a forename and a surname), so that "He
    commented" after it finds him; anything else past it stays no mention."""
    if not NAMES_PAST_AN_OUTLET_S_POSSESSIVE:
        return None
    doc = ent.doc
    ends = (t.i for t in ent if t.i in taken and t.i + 1 < ent.end and doc[t.i + 1].text in POSSESSIVE_MARKS)
    last = next(ends, None)  # the taken name's last word, the mark after it
    if last is None:
        return None
    rest = doc[last + 2 : ent.end]
    if any(t.i in taken for t in rest):
        return None
    return rest if _forename_and_surname(rest) else None


# "St. Jude's", "Saint Mary's": a saint's name, which a hospital, church or school is named after
_SAINT_WORDS = frozenset({"St.", "St", "Saint", "Ste.", "Sainte"})
_BODY_LABELS = frozenset({"ORG", "FAC"})


def _mended_entities(doc: Doc) -> Iterator[tuple[Span, str]]:
    """The tagger's names with their labels, mended where it cut one name in two or ran two into one: a saint's
    possessive and the body's name after it are one name ("St. Jude's Regional Medical Center"; not "Britain's
    Labour Party", whose possessive names the country the party belongs to), and a name run over a comma onto
    its apposition is two ("employed Haines, Brackwell Waste Services,")."""
    ents = list(doc.ents)
    skip = -1
    for n, ent in enumerate(ents):
        if n == skip:
            continue
        after = ents[n + 1] if n + 1 < len(ents) else None
        if after is not None and after.label_ in _BODY_LABELS and _saint_s_possessive(ent, after):
            skip = n + 1
            yield doc[ent.start : after.end], after.label_
            continue
        if after is not None and ent.label_ == "ORG" and _of_its_place(ent, after):
            skip = n + 1
            yield doc[ent.start : after.end], ent.label_
            continue
        yield from ((part, ent.label_) for part in _apart_from_apposition(ent))


def _saint_s_possessive(ent: Span, after: Span) -> bool:
    """Whether ``ent`` is a saint's name whose possessive ends right where the name ``after`` begins."""
    doc = ent.doc
    end = ent.end if ent[-1].tag_ == "POS" else ent.end + 1  # the tagger may leave the "'s" out
    return ent[0].text in _SAINT_WORDS and len(ent) > 1 and end == after.start and doc[end - 1].tag_ == "POS"


def _of_its_place(ent: Span, after: Span) -> bool:
    """ "the ACLU of Minnesota", "the Red Cross of Kenya": a body's name, "of" and a place the tagger cut off it name
    the body's branch there, which speaks as one body under the whole name. Not a bare name that is itself what an
    office is "of" ("Secretary of State of the United States"; but "president of the Democratic Women's Club of
    Florida")."""
    doc = ent.doc
    return (
        after.label_ == "GPE"
        and after.start == ent.end + 1
        and doc[ent.end].lower_ == "of"
        and (ent.start == 0 or doc[ent.start - 1].lower_ != "of" or ent[0].lower_ == "the")
    )


def _apart_from_apposition(ent: Span) -> list[Span]:
    """A name with a comma inside, whose words after the comma are in apposition with those before: the two names.
    Other commas ("Walt Disney Co., Inc.") stay inside the name."""
    doc = ent.doc
    for comma in (t for t in ent if t.text == "," and ent.start < t.i < ent.end - 1):
        before, after = doc[ent.start : comma.i], doc[comma.i + 1 : ent.end]
        if root_of(after).dep_ == "appos" and root_of(after).head.i in range(before.start, before.end):
            return [before, after]
    return [ent]


def _indefinite_common_noun(name: Span) -> bool:
    """ "a Bristol museum", "a Lagos bank": the tagger's body ending in a lower-case noun after "a" is one body of
    that kind from that place, not a name; "the museum" later is the body named in full ("the Hartley Museum")."""
    doc = name.doc
    return name[-1].is_lower and name.start > 0 and doc[name.start - 1].lower_ in INDEFINITE


def _rank_before_a_name(ent: Span) -> bool:
    """ "Petty Officer" of "Petty Officer Sam Oduya", "Detective Inspector" of "Detective Inspector Ruth Kaye": a
    person's name the tagger ends on a capitalised noun for a person, right before another person's name it
    tagged apart, is that name's rank, not somebody (it took the statement of "Its winchman, Petty Officer Sam
    Oduya, said")."""
    doc, last = ent.doc, ent[-1]
    if ent.end >= len(doc) or doc[ent.end].ent_iob_ != "B" or doc[ent.end].ent_type_ != "PERSON":
        return False
    role = lexicons().role_nouns.get(last.lemma_.lower())
    return last.pos_ == "PROPN" and role is not None and role.of_person


def _apposed_to_a_person(name: Span) -> bool:
    """ "Another passenger, Darnell Price,", "Darnell Price, a passenger,": a name in apposition with a noun
    for a person's role (not a body's: "the carrier, Coastal Air") names a person, whatever the tagger says;
    only a name of two or three capitalised words, as a person's is. A role the lexicon keeps for unnamed
    sources is a person's too once a name stands beside it ("Adebayo's agent, Femi Clarke,")."""
    words = _name_words(name)
    capitalised = all(_capitalised_word(t.text) for t in words)
    return len(words) in (2, 3) and capitalised and any(map(a_person_noun, _apposed(name)))


def _apposed_to_a_body(name: Span) -> bool:
    """ "The Pension Benefit Guaranty Corporation, the federal agency that insures private pensions, said": capitalised
    words set off beside a noun for a body with its article name that body, though the tagger read them as a work's
    title (a work is set beside "the film", "the report", never "the agency")."""
    words = _name_words(name)
    capitalised = len(words) >= _NAME_WORDS and all(_name_word(t) or t.lower_ == "the" for t in words)
    return capitalised and any(
        a_body_noun(noun) and noun.text.islower() and any(c.dep_ == "det" for c in children_of(noun))
        for noun in _apposed(name)
    )


def _name_words(name: Span) -> list[Token]:
    """A name's words, without the hyphens of a double-barrelled one ("Amara Diallo-Kent" is a forename and a
    surname, though the tokenizer makes "-" a token of its own)."""
    return [t for t in name if t.tag_ != "HYPH"]


def _apposed(name: Span) -> list[Token]:
    """The nouns in apposition with a name, either way round."""
    root = root_of(name)
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns.extend(c for c in children_of(root) if c.dep_ == "appos")
    return nouns


def role_noun(mention: MentionSpan) -> RoleNoun | None:
    """What a description's noun stands for: the lexicon's entry, or a person for a noun the lexicon lacks that a
    person's description was made of (a name set beside it, a who-clause, an age: ``_description_mentions``)."""
    role = lexicons().role_nouns.get(mention.role or "")
    if role is None and mention.kind == "description" and mention.type == "PERSON" and mention.role is not None:
        return _NAMED_NOUN
    return role


def a_person_noun(token: Token) -> bool:
    """A common noun for a person, named ("sheriff") or unnamed ("official", "agent") as the lexicon keeps it."""
    role = lexicons().role_nouns.get(token.lemma_.lower())
    return token.pos_ == "NOUN" and role is not None and role.of_person


# "Lindqvist" of "The chief executive, Anders Lindqvist,", "Wyn Owen" of "The area's Member of the Senedd, Rhodri Wyn
# Owen,": the words of a name the tagger tagged without its first forename
_APPOSED_NAME_WORDS = 2


def _person_noun_or_office(token: Token) -> bool:
    """A noun for a person as ``a_person_noun`` tells, or a capitalised office the parser read as a proper noun
    ("Member of the Senedd", "Minister for Health")."""
    role = lexicons().role_nouns.get(token.lemma_.lower())
    return a_person_noun(token) or (token.pos_ == "PROPN" and role is not None and role.of_person)


def _with_apposed_forename(name: Span, taken: set[int]) -> Span:
    """ "The chief executive, Anders Lindqvist,", "The area's Member of the Senedd, Rhodri Wyn Owen,": a person's
    name of one or two words the tagger tagged without the capitalised word before it (a forename the tagger does
    not know) takes that word, when the name stands in apposition with a noun for a person and the word is a plain
    one (no title, role, outlet word or tag)."""
    doc = name.doc
    before = name.start - 1
    if len(name) > _APPOSED_NAME_WORDS or before < 0 or not any(map(_person_noun_or_office, _apposed(name))):
        return name
    word = doc[before]
    if word.dep_ != "compound" or word.head != root_of(name) or not _plain_surname(word, taken) or not word.is_alpha:
        return name
    return doc[before : name.end]


def _with_untagged_forename(name: Span, taken: set[int]) -> Span:
    """ "Ana Ilić said" with only "Ilić" tagged (and as a body): a one-word name takes a known forename right before
    it that the tagger left untagged and the parser made its compound, so that the person is not taken for a
    namesake named in full before ("Marta Ilić"). So does a two-word name that opens on a forename: the untagged
    word is the first of a double forename ("Ana Lucia Prado" with only "Lucia Prado" tagged). A forename no list
    knows is taken where a person's role noun titles the two words ("Wales goalkeeper Carys Powell"): a title goes
    before the whole name."""
    doc = name.doc
    before = name.start - 1
    forenames = lexicons().forenames
    if before < 0 or not (len(name) == 1 or (len(name) == 2 and fold(name[0].text) in forenames)):
        return name
    word, root = doc[before], root_of(name)
    if word.dep_ != "compound" or word.head != root:
        return name
    titled = len(name) == 1 and before > 0 and doc[before - 1].head == root and a_person_noun(doc[before - 1])
    if fold(word.text) not in forenames and not titled and not (len(name) == 1 and _told_of_as_a_person(root)):
        return name
    return doc[before : name.end] if _plain_surname(word, taken) else name


# A person's name the tagger cut after a known forename ("Chief Superintendent Helen Marsh said", tagged "Superintendent
# Helen"): the untagged plain capitalised word right after the forename, which the parser made the head the forename is
# a compound of, is the surname, and the name takes it. A name is never cut before its surname. Not after a name that
# holds another forename ("Paul Ryan Joins" of a title-case headline: the first form took the headline's verb there,
# the one train-d firing), nor a headline's verb. Rule on against off (fast.py, cache12; pages8speaker): pages every
# field 1,646 -> 1,648, speaker +3, channel +2, time +2, all on cup-tie-away-end-crush (the superintendent's statement,
# and her two "she said"/"She added" after it, which went to the steward before: the full name outweighs her); train-d,
# train 0-59 and train-c byte-identical: the form occurs in none of their parses (no tagged person name ends on a lone
# forename before an untagged surname), so its evidence is that page, though a cut surname is a plain bug.
SURNAMES_AFTER_A_FORENAME = True


def _with_untagged_surname(name: Span, taken: set[int]) -> Span:
    """ "Superintendent Helen" tagged in "Chief Superintendent Helen Marsh": a person's name that ends on a known
    forename takes the untagged plain capitalised word after it that the forename is a compound of
    (``SURNAMES_AFTER_A_FORENAME``)."""
    doc = name.doc
    after = name.end
    forenames = lexicons().forenames
    if not SURNAMES_AFTER_A_FORENAME or after >= len(doc) or fold(name[-1].text) not in forenames:
        return name
    # "Paul Ryan Joins" of a title-case headline: a forename after another is a surname, and a headline's verb no name
    if any(fold(t.text) in forenames for t in name[:-1]):
        return name
    word = doc[after]
    if name[-1].dep_ != "compound" or name[-1].head != word or not word.is_alpha or headline_verb(word.text):
        return name
    return doc[name.start : after + 1] if _plain_surname(word, taken) else name


# A forename no list knows, left untagged before a tagged surname, is the person's when a who-clause is set off after
# the name ("Nadeem Sattar, who runs the pharmacy on Bridge Street, spoke to ...", "Sattar" alone tagged, as a body):
# "who" is said of people, so the two words are one person's name, and a later "Mr Sattar said" is not a person named
# "Sattar" alone, split from the one named in full. The name is then a person's, whatever the tagger typed it. Rule on
# against off (fast.py, cache8; the lead, after next12 was scored, on its pharmacist): train-d, train 0-59 and train-c
# byte-identical; pages speaker +1 (flood-town-minister-visit). A first form that made any two-word name with a
# who-clause a person's took "Dartmouth College" and "Publishers Weekly" for people on train-d: only a forename the rule
# itself added makes the name a person's.
FORENAMES_BY_WHO = True


def _told_of_as_a_person(root: Token) -> bool:
    """ "Nadeem Sattar, who runs ...": a who-clause hung on the name's head (``FORENAMES_BY_WHO``)."""
    return FORENAMES_BY_WHO and _with_a_who_clause(root)


# An untagged source's name with a whose-clause that gives it kin ("Ffion Rowlands, whose twin daughters are in year
# two", whose forename no list holds, read as a body's) is a person's: only people have sons, daughters, wives and
# husbands. Not "parent", "sister" or "brother", which bodies have too ("its parent company", "a sister paper"). The
# form is in 2 train-d sentences ("James Bruner, whose father", "Patricia Smith, whose son"), both names known people
# already: train-d, train 0-59 and train-c byte-identical (fast.py, cache9); news pages every field +2, channel +2,
# time +2 (village-school-closure-vote.html: the parents' speaker, Ffion Rowlands, is then one of the cabinet
# meeting's members, ``scenes.GROUP_IN_SCENE``). A gain on a page only so far: suspect of fitting, though it
# reads no name.
KIN_BY_WHOSE = True
_KIN_NOUNS = frozenset(
    {"son", "daughter", "child", "twin", "wife", "husband", "mother", "father", "grandson", "granddaughter"}
)


def _with_a_whose_kin(root: Token) -> bool:
    """ "Ffion Rowlands, whose twin daughters are in year two": a relative clause on ``root`` whose subject is kin
    owned by "whose" (``KIN_BY_WHOSE``)."""
    return any(
        child.dep_ == "relcl"
        and any(
            w.lemma_.lower() in _KIN_NOUNS and any(o.lower_ == "whose" and o.dep_ == "poss" for o in children_of(w))
            for w in child.subtree
        )
        for child in rights_of(root)
    )


# "Branch president Dr Lachlan Whiteley told members": the tagger leaves the title out and reads the name after it as
# a body's, so "he said" next paragraph finds no person to stand for. A person's title (the honorifics lexicon) just
# before two or three capitalised words tagged as an organisation makes them a person's name, as one inside it does.
# Fires on the news pages twice (lecturers-marking-boycott: "Dr Lachlan Whiteley", whose next-paragraph quote "...," he
# said goes from the speaker "he" to Whiteley with the meeting, members and Thursday night: every field 1541 -> 1542 of
# 1703; "Mr Vasquez-Reid replied", no field moved) and on no train article (train-d, train 0-59 and train-c outputs
# byte-identical: the tagger reads US copy's "Dr." with its period as a person's title already). Suspect of fitting a
# page for want of train evidence; kept because it costs nothing measured and the British unpointed "Dr"/"Mr" is a
# form, not a name.
TITLE_BEFORE_A_BODY_NAME = True


def _titled_person_name(ent: Span, name: Span) -> bool:
    """ "Trooper Dale Hruska told the driver", tagged as a body: a name of two or three capitalised words after a
    person's title the tagger took in (a rank or an honorific, which ``strip_name`` cut off) is a person's, though
    its forename is one no list holds ("Dale" goes with either gender); not a body's ("Minister of Finance").
    The title may stand just before the tagged name as well (``TITLE_BEFORE_A_BODY_NAME``)."""
    words = lexicons()
    parts = _name_words(name)
    titled = ent[0].text in words.honorifics and name.start > ent.start
    before = TITLE_BEFORE_A_BODY_NAME and ent.start > 0 and ent.doc[ent.start - 1].text in words.honorifics
    return (
        (titled or before)
        and len(parts) in (2, 3)
        and all(_capitalised_word(t.text) for t in parts)
        and name[-1].text not in words.outlet_words
        and not any(t.lower_ in words.role_nouns for t in name)
    )


def _forename_and_surname(name: Span) -> bool:
    """ "Carly Fiorina": a known forename and one or two more capitalised words, none an outlet's or
    a role noun ("Foundation", "Campaign")."""
    words = lexicons()
    parts = _name_words(name)
    return (
        len(parts) in (2, 3)
        and fold(name[0].text) in words.forenames
        and all(_capitalised_word(t.text) for t in parts)
        and name[-1].text not in words.outlet_words
        and not any(t.lower_ in words.role_nouns for t in name)  # "Eric Trump Foundation"
    )


def _person_name_end(name: Span) -> Span:
    """A headline's "Trump Says He’s Unlikely" or "Obama’s ‘pivot" tagged as one person: the name ends
    before the verb, pronoun, "To" or possessive the tagger swallowed; "Corey Vance of Eastgate": before
    the lower-case "of" that says where the person is from."""
    for token in name[1:]:
        # "Marko Kovač 6-4": a score, a figure or a date after the name is no part of it
        verb = token.tag_.startswith("VB") and not _surname_read_as_verb(token, name)
        if verb or token.tag_ in ("PRP", "TO", "POS", "CD") or token.text == "of":
            return name.doc[name.start : token.i]
    return name


def _surname_read_as_verb(token: Token, name: Span) -> bool:
    """ "Nicholas Greaves KC", "Ruth Hopes": a capitalised word right after a name's known forename, which the parser
    read as a verb ("Greaves", "Hopes"), is the surname; a headline's verb after a full name is not there ("Hope
    Hicks Says") and the verbs a headline puts after a forename alone ("Donald Says") are its verbs of saying."""
    previous = name.doc[token.i - 1]
    return (
        token.i == name.start + 1
        and token.text[:1].isupper()
        and fold(previous.text) in lexicons().forenames
        and not headline_verb(token.text)
    )


def _group_names(doc: Doc) -> Iterator[Span]:
    """ "House Republicans", "Senate Democrats", "Iowa Democrats": a group with the body or place it
    belongs to, which the tagger labels apart ("House" an organisation, "Republicans" a group)."""
    for ent in doc.ents:
        if ent.label_ != "NORP" or root_of(ent).tag_ not in ("NNPS", "NNS"):
            continue
        group = strip_name(ent)
        start = group.start
        while start > 0 and _qualifies_group(doc[start - 1], group):
            start -= 1
        if start < group.start:
            yield doc[start : group.end]


# "Storm Edith", "Hurricane Ian", "Tropical Storm Alberto", "Typhoon Haiyan": the forename a weather service gives a
# storm, after the word for what it is, names no person, and no "he" nor "she" stands for it
_WEATHER_WORDS = frozenset({"storm", "hurricane", "typhoon", "cyclone"})


def _weather_names(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """A capitalised word for a storm and the person's name after it (tagged as one, or a known forename first): a
    storm's name, an entity of its own (of no kind that speaks), so that the tagger's person "Storm Edith" or a
    forename finder's "Edith" is never somebody. Not a word inside a body's name ("the National Hurricane Center")."""
    for token in doc:
        if token.lower_ not in _WEATHER_WORDS or not token.is_title or token.i in taken or token.i + 1 >= len(doc):
            continue
        name = doc[token.i + 1]
        if (token.i > 0 and doc[token.i - 1].is_title) or not (
            name.ent_type_ == "PERSON" or fold(name.text) in lexicons().forenames
        ):
            continue
        end = token.i + 1
        while end < len(doc) and end not in taken and doc[end].is_title and doc[end].lower_ not in _WEATHER_WORDS:
            end += 1
        if end > token.i + 1:
            yield doc[token.i : end]


def _qualifies_group(token: Token, group: Span) -> bool:
    return (
        token.dep_ == "compound"
        and token.tag_ == "NNP"
        and token.ent_type_ in ("ORG", "GPE")
        and token.head.i in range(token.i + 1, group.end)
    )


def _untagged_surnames(
    doc: Doc, names: list[MentionSpan], taken: set[int], sources: frozenset[int] = frozenset()
) -> Iterator[int]:
    """A lone surname of a person the article names in full, where the tagger missed it ("Ban recalled"
    after "Ban Ki-moon"): that person again, so that the next "he said" can still find him. A speaker's
    surname is one whatever the tagger made of its word ("Hollings added", read as a plural noun)."""
    surnames = {doc[m.end - 1].text for m in names if m.type == "PERSON" and m.end - m.start >= _NAME_WORDS}
    for token in doc:
        if token.i in taken or token.text not in surnames:
            continue
        if token.tag_ != "NNP" and not _speaks(token, sources) and not _bare_subject(token):
            continue
        alone = token.dep_ != "compound" and not any(_forename_like(c) for c in children_of(token))
        if alone and not _is_modifier_only(doc[token.i : token.i + 1]):
            yield token.i


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
        and _capitalised_word(token.text)
    )


def _untagged_body_short_names(
    doc: Doc, names: list[MentionSpan], taken: set[int], sources: frozenset[int]
) -> Iterator[Span]:
    """ "Corrigan added" after "Corrigan Savings", its word read as no proper noun: a speaker's word that opens a
    body's name given before is a name, for the clusters to join to that body (clusters.py)."""
    first_words: dict[str, int] = {}  # a body's first word -> where the body is first named
    for m in names:
        words = [t for t in doc[m.start : m.end] if t.lower_ != "the"]
        if m.type == "ORG" and len(words) > 1:
            first_words[words[0].text] = min(first_words.get(words[0].text, m.start), m.start)
    for i in sorted(sources):
        token = doc[i]
        if i not in taken and token.tag_ != "NNP" and _speaks(token, sources) and first_words.get(token.text, i) < i:
            yield doc[i : i + 1]


# Capitalised words the tagger left untagged right after an honorific that says a person and no office ("Dame Helen
# Marsters", "Sir Keir Starmer", "Mrs Ffion Rowlands") are that person's name (``_untagged_honorific_names``), even
# a surname ending in "s" that the parser read as a plural ("Marsters", NNPS), which the other forms ask be singular.
# Rule on against off (fast.py, cache13; describednamed): news pages speaker +1, every field +1 (vice-chancellor-
# expenses-audit: "The council's chair, Dame Helen Marsters, said" is Helen Marsters, as "Sir James Dyson" was read),
# no page worse; train-d, train 0-59 and train-c byte-identical. It fires once on train (train-c "Mr Farage told BBC
# Radio", a man named before, no statement moved) and on no train-d article: the tagger tags train-d's honorific names.
HONORIFICS_NAME_PEOPLE = True
_MAX_HONORIFIC_NAME_WORDS = 3  # "Dame Helen Marsters", "Madam Lim Soo Hwa": a forename or two and a surname
_SINGULAR_PROPER = frozenset({"NNP"})
# after an honorific, a surname ending in "s" the parser read as a plural proper noun ("Marsters") is a name's word too
_PROPER = frozenset({"NNP", "NNPS"})


def _untagged_honorific_names(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """ "The council's chair, Dame Helen Marsters, said": the plain capitalised words (singular or plural proper nouns,
    none an outlet's, a role's or a title) the tagger left untagged right after an honorific of a person's sex that
    implies no office ("Dame", "Sir", "Mrs"; not "Governor", "Vice")."""
    if not HONORIFICS_NAME_PEOPLE:
        return
    honorifics = lexicons().honorifics
    for token in doc:
        gender, office = honorifics.get(token.text, ("unknown", None))
        if gender == "unknown" or office is not None or token.i + 1 >= len(doc):
            continue
        start = end = token.i + 1
        while end < len(doc) and end - start < _MAX_HONORIFIC_NAME_WORDS and _plain_surname(doc[end], taken, _PROPER):
            end += 1
        if end == start or (end < len(doc) and doc[end].tag_ in ("NNP", "NNPS")):
            continue  # nothing after it, or a longer name ("Lord Mayor of ...", "Lady Margaret Hall College")
        yield doc[start:end]


def _untagged_person_names(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """Names the tagger missed that a description of a person stands beside ("Rosette Pambakian, a
    company spokeswoman", "a company spokeswoman, Rosette Pambakian"): a person's name."""
    roles = lexicons().role_nouns
    for token in doc:
        if token.dep_ != "appos":
            continue
        name, noun = (token.head, token) if token.tag_ in ("NN", "NNS") else (token, token.head)
        role = roles.get(noun.lemma_.lower())
        if role is None or role.kind != "person" or name.tag_ != "NNP" or name.i in taken:
            continue
        start = min([name.i, *(t.i for t in lefts_of(name) if t.dep_ == "compound" and t.tag_ == "NNP")])
        span = doc[start : name.i + 1]
        if not all(t.text[:1].isupper() and t.is_alpha for t in span):
            continue
        if len(span) >= _NAME_WORDS or _forename_beside(span, noun):
            yield span


def _forename_beside(span: Span, noun: Token) -> bool:
    """ "whose daughter Ana was one of the hostages", "his wife Jill": a known forename right after a noun for a
    person, with no comma between, is that person's name (one capitalised word set off by commas may be a place)."""
    word = span[0]
    return len(span) == 1 and noun.i == word.i - 1 and not word.ent_type_ and fold(word.text) in lexicons().forenames


_MAX_SURNAME_WORDS = 2  # "Nadia Okafor", "Juan Carlos Ortega": a forename and at most two more words


def _untagged_forenamed_names(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """A known forename and a capitalised surname that the tagger left untagged ("Nadia Okafor arrives
    at the café", after a section label that threw the parse): a person, so that "she" can find her. The
    words after the forename must be plain capitalised words, none an outlet's, a role's or a title."""
    words = lexicons()
    for token in doc:
        if token.i in taken or token.ent_type_ or token.tag_ != "NNP" or fold(token.text) not in words.forenames:
            continue
        if not _capitalised_word(token.text) or (token.i > 0 and doc[token.i - 1].tag_ in ("NNP", "NNPS")):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= _MAX_SURNAME_WORDS and _plain_surname(doc[end], taken):
            end += 1
        if end < len(doc) and doc[end].tag_ in ("NNP", "NNPS"):
            continue  # a longer name ("Grace Bible Church Of ...") is not a person's
        span = doc[token.i : end]
        if len(span) >= _NAME_WORDS and not _is_modifier_only(span):
            yield span


def age_set_off(doc: Doc, end: int) -> str | None:
    """ "47" of "Dale Hutchins, 47, of Cedar Falls": the number set off by commas right after the words ending before
    token ``end``."""
    if end + 2 >= len(doc):
        return None
    after = doc[end : end + 3]
    return after[1].text if after[0].text == "," and after[1].like_num and after[2].text == "," else None


def _untagged_aged_names(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """ "Kavya Parmar, 24, joined the plant": plain capitalised words the tagger left untagged, a forename and a
    surname or two, that are a clause's subject with an age set off by commas right after them."""
    if not AGED_NAMES_ARE_PEOPLE:
        return
    for token in doc:
        if token.dep_ not in NOMINAL_SUBJECTS or token.tag_ != "NNP" or token.i in taken:
            continue
        age = age_set_off(doc, token.i + 1)
        if age is None or not age.isdigit() or int(age) > _OLDEST_AGE:
            continue
        start = token.i
        while start > 0 and token.i - start < _MAX_SURNAME_WORDS and doc[start - 1].head == token:
            if doc[start - 1].dep_ != "compound" or not _plain_surname(doc[start - 1], taken):
                break
            start -= 1
        span = doc[start : token.i + 1]
        if start > 0 and doc[start - 1].tag_ in ("NNP", "NNPS"):
            continue  # a longer name ("Hartley Museum Trust, 1923,") is not a person's
        if len(span) >= _NAME_WORDS and all(_plain_surname(t, taken) for t in span) and not _is_modifier_only(span):
            yield span


def _plain_surname(token: Token, taken: set[int], tags: frozenset[str] = _SINGULAR_PROPER) -> bool:
    """A plain capitalised word of a person's name the tagger left untagged, of one of the proper noun ``tags``."""
    words = lexicons()
    return (
        token.i not in taken
        and not token.ent_type_
        and token.tag_ in tags
        and _capitalised_word(token.text)
        and token.text not in words.outlet_words
        and token.text not in words.honorifics
        and token.lower_ not in words.role_nouns
    )


def _untagged_source_names(doc: Doc, taken: set[int], sources: frozenset[int]) -> Iterator[Span]:
    """A capitalised name the tagger missed that is a statement's source ("Okonkwo said", a headline's
    "Merkel defends refugee policy"): somebody who speaks, so a later "she said" can find her."""
    words = lexicons()
    for i in sorted(sources):
        token = doc[i]
        if i in taken or token.tag_ != "NNP" or not _capitalised_word(token.text) or not _heads_phrase(token, sources):
            continue
        start = min(
            [i, *(t.i for t in lefts_of(token) if t.dep_ == "compound" and t.tag_ == "NNP" and t.i not in taken)]
        )
        span = doc[start : i + 1]
        plain = all(_capitalised_word(t.text) and not t.ent_type_ and t.i in sources for t in span)
        common = any(t.text in words.honorifics or t.lemma_.lower() in words.role_nouns for t in span)
        # "a Morning Consult Poll": a person's name takes no article; "FBI", "NATO": an acronym names a body
        # "Democracy for America": a body's name goes on past its head
        determined = any(c.dep_ in ("det", "prep") for c in children_of(token))
        if plain and not common and not determined and not token.text.isupper():
            # "South Downs Water said": the parser hangs the name's first words on its second, not on its head
            yield doc[_name_start(span[0], taken, proper=True) : i + 1]


_MAX_CAPITALS_NAME_WORDS = 3  # "ÉLODIE MARCHAND", "JUAN CARLOS ORTEGA"; a longer run of capitals is a shouted line
_MAX_BRACKETED_WORDS = 4  # "(France)", "(R-Texas)", "(Democratic Republic of the Congo" stops short: not a party's


def _capitals_person_names(doc: Doc, taken: set[int], sources: frozenset[int]) -> Iterator[Span]:
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
        if not _NAME_WORDS <= len(span) <= _MAX_CAPITALS_NAME_WORDS:
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
        if _capitalised_word(token.text) and role is not None and role.of_person:
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
    return all(_capitalised_word(t.text) or t.text == "-" for t in doc[start + 1 : close])


# lower-case words inside a body's name: "Competition and Markets Board", "Office of Rail and Road"
_NAME_JOINERS = frozenset({"and", "of", "for", "on", "&"})
# an abbreviation has at most 7 letters (names.py), and a name spelt by them a few joiners more: a bound on the walk
_MAX_ABBREVIATED_WORDS = 12


def _untagged_abbreviated_names(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """ "The Competition and Markets Board (CMB) said": capitalised words the tagger left untagged right before
    a bracketed abbreviation that spells their capitals are a body's name (the tagger often tags only the
    abbreviation), so that the body is named in full and "the regulator" can find it."""
    for token in doc:
        if token.text != "(" or token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        start, first = token.i, max(0, token.i - _MAX_ABBREVIATED_WORDS)
        while start > first and start - 1 not in taken and _name_word(doc[start - 1]):
            start -= 1
        while start < token.i and doc[start].lower_ in _NAME_JOINERS:
            start += 1  # a name starts with a capital
        span = doc[start : token.i]
        if len(span) >= _NAME_WORDS and abbreviation_of(doc[token.i + 1].text, span.text):
            yield span


def _name_word(token: Token) -> bool:
    """A capitalised word of a name, or a joiner inside it; never a sentence's capitalised "The"."""
    return token.lower_ in _NAME_JOINERS or (_capitalised_word(token.text) and token.lower_ != "the")


def _untagged_outlets(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """A name of capitalised words ending in an outlet word that the tagger missed ("The Gazette-Herald",
    "the Springfield Courier") or took for a work's title ("The Riverside Ledger"): an outlet, so that
    "the paper" can find it. One outlet word with its article ("The Dispatch leads on ...") is a paper too when the
    tagger gave it no name or a people's label, as it does to a paper's name it reads as an adjective."""
    for token in doc:
        if token.text not in lexicons().outlet_words or token.dep_ == "compound" or token.i in taken:
            continue
        start = _name_start(token, taken)
        span = doc[start : token.i + 1]
        words = [t for t in span if t.tag_ != "HYPH"]
        untagged = len(words) >= _NAME_WORDS and all(t.tag_ == "NNP" and t.ent_type_ in _UNNAMED for t in words)
        if untagged or (len(words) == 1 and _outlet_word_with_article(token)):
            yield span


def _outlet_word_with_article(token: Token) -> bool:
    """ "The Dispatch leads on", "told the Herald": a proper outlet word whose only word is the article "the"; not one
    with words of its own after it ("the Star of David") or a capitalised word before its article, which make it part
    of a longer name ("Correct the Record", "Eat The Press")."""
    lefts, doc = lefts_of(token), token.doc
    if token.tag_ != "NNP" or token.ent_type_ not in _ONE_WORD_OUTLET_LABELS or rights_of(token):
        return False
    if len(lefts) != 1 or lefts[0].lower_ != "the" or lefts[0].i != token.i - 1:
        return False
    before = doc[token.i - 2] if token.i >= _ARTICLE_AND_NAME else None
    return before is None or not _capitalised_word(before.text) or bool(lefts[0].is_sent_start)


_ARTICLE_AND_NAME = 2  # "the" and the outlet word: a word before them may be a longer name's

# the first word of a daily paper's name ("Daily Mail", "Daily Clarion"), whatever word ends it
_DAILY = "Daily"


def _daily_named(name: Span) -> bool:
    """ "the Daily Clarion": a name of two or more words opening with "Daily" is a paper's, whatever its last word (the
    outlet lexicon lists last words), so that its short name ("the Clarion") and "the paper" find it."""
    return len(name) >= _NAME_WORDS and name[0].text == _DAILY


# the tagger's labels of the words of a body's name it missed: none, a work's, a product's ("Leeds" of "Leeds on
# Wheels")
_UNREAD_LABELS = frozenset({"", "WORK_OF_ART", "PRODUCT"})


def _names_after_a_body_noun(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """ "The cycling campaign group Leeds on Wheels said", "the dairy company Halvorsen said": capitalised words right
    after a lower-case noun for a body with its article, which no name took and the tagger gave no name's label (it
    read "Leeds" as a verb), are that body's name; joiners may stand inside it ("on"), not at its ends."""
    for token in doc:
        if token.tag_ != "NN" or not token.text.islower() or not a_body_noun(token):
            continue
        if not any(c.dep_ == "det" for c in children_of(token)):
            continue  # "on board EgyptAir Flight MS804": a class noun before a name takes an article
        end, last = token.i + 1, min(len(doc), token.i + 1 + _MAX_ABBREVIATED_WORDS)
        while end < last and _unread_name_word(doc[end], taken):
            end += 1
        while end > token.i + 1 and doc[end - 1].lower_ in _NAME_JOINERS:
            end -= 1
        if end > token.i + 1 and doc[token.i + 1].lower_ not in _NAME_JOINERS:
            yield doc[token.i + 1 : end]


def _unread_name_word(token: Token, taken: set[int]) -> bool:
    """A word of a body's name no name took: a joiner, or a capitalised word that is no common word, title or role."""
    if token.i in taken or token.ent_type_ not in _UNREAD_LABELS:
        return False
    if token.lower_ in _NAME_JOINERS:
        return True
    words = lexicons()
    return (
        _capitalised_word(token.text)
        and not token.is_stop
        and token.text not in words.honorifics
        and token.lower_ not in words.role_nouns
    )


def _name_start(token: Token, taken: set[int], *, proper: bool = False) -> int:
    """The first word of the compound name ``token`` ends, through compounds of compounds ("Harbor" in
    "The Harbor City Gazette", "South" in "South Downs Water", which the parser hangs on "Downs") and hyphens
    ("The Gazette-Herald"); ``proper``: through plain capitalised words only, so that a common noun, a title or a
    role before a name ("the water company", "Secretary-Treasurer Gary Casteel") stays out of it."""
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
            and (not proper or _plain_surname(t, taken))
        )
    return start


def _speaks(token: Token, sources: frozenset[int]) -> bool:
    """A capitalised word that is the subject of a statement's cue: a name, whatever part of speech it was read as."""
    return token.i in sources and token.dep_ in NOMINAL_SUBJECTS and _capitalised_word(token.text)


def _heads_phrase(token: Token, sources: frozenset[int]) -> bool:
    """The head word of a source phrase: "Bucher" in "Supervisor of Elections Susan Bucher"."""
    return token.head == token or token.head.i not in sources


def _capitalised_word(text: str) -> bool:
    """ "Merkel", "O’Malley", "Quintanilla-Ferreira"."""
    return text[:1].isupper() and text.replace("-", "").replace("’", "").replace("'", "").isalpha()


def _forename_like(child: Token) -> bool:
    """A proper word before a surname that makes another name of it ("Eric" Trump), not a title ("Mr.")."""
    return child.dep_ == "compound" and child.tag_ == "NNP" and child.text not in lexicons().honorifics


_UNNAMED = ("", "WORK_OF_ART")  # the tagger's label of an outlet's name it missed, if any
# the tagger's labels of a paper's one-word name ("The Dispatch", "the Sentinel") when it sees no organisation: those,
# or a people's (it reads the word as a nationality)
_ONE_WORD_OUTLET_LABELS = frozenset({*_UNNAMED, "NORP"})
_NAME_WORDS = 2  # a forename and a surname at least: one capitalised word beside a role may be a place


def _pronoun_mentions(doc: Doc) -> Iterator[MentionSpan]:
    for token in doc:
        lower = token.lower_
        if lower in PRONOUNS and token.tag_ in ("PRP", "PRP$"):
            gender, plural, _ = PRONOUNS[lower]
            yield _mention(doc[token.i : token.i + 1], "pronoun", gender=gender, plural=plural)
        elif (lower in RELATIVE_PRONOUNS and token.tag_ in ("WP", "WP$", "WDT")) or (
            lower == "that" and token.tag_ == "WDT"  # relative "that"; not the conjunction "said that"
        ):
            yield _mention(doc[token.i : token.i + 1], "pronoun")


def _description_end(token: Token, depth: int = 0) -> int:
    """One past the last token of ``token``'s phrase, leaving out clauses and appositions hung on it."""
    end = token.i + 1
    if depth > MAX_PHRASE_DEPTH:
        return end
    for child in rights_of(token):
        if child.dep_ in _CLAUSE_DEPS or child.pos_ in ("VERB", "AUX"):
            break
        end = max(end, _description_end(child, depth + 1))
    return end


def _description_extent(chunk: Span) -> Span:
    """The noun phrase with its right-hand modifiers: "a spokesman for X", "people familiar with the matter"."""
    end = chunk.end
    for child in rights_of(root_of(chunk)):
        if child.dep_ in _CLAUSE_DEPS or (child.dep_ == "prep" and child.lower_ not in _DESCRIPTION_PREPS):
            break
        end = max(end, _description_end(child))
    return chunk.doc[chunk.start : end]


def _role_of(chunk: Span) -> RoleNoun | None:
    root = root_of(chunk)
    # a lower-case word the tagger took for a proper noun is a common one ("foreign ministry" after a dateline)
    common = root.tag_ in ("NN", "NNS") or (root.tag_ in ("NNP", "NNPS") and root.text.islower())
    # the tagger reads "The King spent" as a name but tags it as none: a description as "the king" would be
    office = root.tag_ == "NNP" and not root.ent_type_ and capitalised_office(root)
    if not common and not _party_member(root) and not office:
        return None
    return lexicons().role_nouns.get(role_lemma(root))


def role_lemma(token: Token) -> str:
    """The word a description's noun is kept under in the role lexicon: its lemma, or with the word the hyphen before
    it joins ("front-runner" of "The GOP presidential front-runner", which the tokenizer splits into "front", "-",
    "runner") when the lexicon keeps the joined word (descjoin). Fires on train-d in two articles: "The Democratic
    presidential front-runner and former secretary of state said" is Hillary Clinton (politico_2015-12-06_clinton-time-
    for-intensificati; was an entity "state": channel and time gained), and "The GOP presidential front-runner
    predicted" (huff-post_2016-04-22_marco-rubio-i-m-not-inte) is Donald Trump with ``DESCRIBED_NOT_NAMED_AFTER`` of
    coref.py (alone, Marco Rubio); train 0-59, train-c and the news pages unchanged."""
    lemma = token.lemma_.lower()
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].tag_ != "HYPH" or doc[token.i - 2].head.i != token.i:
        return lemma
    joined = f"{doc[token.i - 2].lower_}-{lemma}"
    return joined if joined in lexicons().role_nouns else lemma


_BREAKS = frozenset({",", ")", ":", "-", "–", "—"})


def _past_breaks(chunk: Span) -> Span:
    """ "Kazakhstan's foreign ministry" of "ASTANA, May 7 (Meridian) - Kazakhstan's foreign ministry": a
    wire dateline the parser hung on the phrase; the phrase starts after the last comma, bracket or dash
    set apart by spaces before its head ("U.S.-backed" keeps its hyphen)."""
    doc = chunk.doc
    start = chunk.start
    for token in doc[chunk.start : root_of(chunk).i]:
        # a dash at the document's first token has no space before it (``doc[-1]`` would wrap to the last)
        spaced = token.text not in ("-", "–", "—") or (
            bool(token.whitespace_) and token.i > 0 and bool(doc[token.i - 1].whitespace_)
        )
        if token.text in _BREAKS and spaced:
            start = token.i + 1
    return doc[start : chunk.end]


def _taking_a_relative(noun: Token, words: frozenset[str] = RELATIVE_PRONOUNS) -> bool:
    """ "One of those kids was a young steward ..., who told the Blast": a predicate noun a relative clause set off
    after it is about (``PREDICATE_NOUNS_TAKE_RELATIVES``) is somebody the text goes on to tell of, a mention."""
    if noun.dep_ != "attr":
        return False
    subjects = [c for c in children_of(noun.head) if c.dep_ in NOMINAL_SUBJECTS and c.i < noun.i]
    clauses = (c for s in subjects for c in children_of(s) if c.dep_ == "relcl" and c.i > noun.i)
    pronouns = (t for c in clauses for t in children_of(c) if t.lower_ in words)
    return any(predicate_noun_before(t.head.head, t) == noun for t in pronouns)


def _is_predicative(head: Token) -> bool:
    return head.dep_ in ("attr", "oprd") or (head.dep_ == "pobj" and head.head.lower_ == "as")


def _person_role(token: Token) -> bool:
    """A common noun for a person ("sheriff", "mayor"), not a name or a place ("nation")."""
    role = lexicons().role_nouns.get(token.lemma_.lower())
    return token.pos_ == "NOUN" and role is not None and role.kind == "person"


def a_body_noun(token: Token) -> bool:
    """A common noun for a body ("agency", "board"), as the lexicon keeps it."""
    role = lexicons().role_nouns.get(token.lemma_.lower())
    return token.pos_ == "NOUN" and role is not None and role.kind == "org"


# What a common noun the role lexicon lacks stands for once a person's name is set beside it
_NAMED_NOUN = RoleNoun(gender="unknown", kind="person")


def _set_off_person_name(noun: Token, named: set[int]) -> bool:
    """ "a retired postman, Derek Allsop, who told the Post": a singular common noun with a person's name in
    apposition after it, set off by a comma, stands for that person, whatever the noun (the lexicon cannot list
    every trade); not "the city, Paris" nor "his book, Breaking Point", whose name is no person's. A common noun
    written in capitals counts ("The constituency's MP, Olivia Harrow,", "the firm's CFO, Dana Reyes,")."""
    if not (noun.tag_ == "NN" or _capitals_noun(noun)) or noun.i in named:
        return False
    return any(
        child.dep_ == "appos"
        and child.i > noun.i
        and child.i in named
        and child.ent_type_ == "PERSON"
        and child.left_edge.i > noun.i
        and noun.doc[child.left_edge.i - 1].text == ","
        for child in children_of(noun)
    )


# A singular common noun the role lexicon lacks is a person's description when its phrase says it is a person: a
# who-clause hung on it ("a retired schoolteacher who has lived on Mill Street for 41 years, who told the committee",
# "The sharpest words came from a retired welder who has kept a plot there. '...,' he told councillors"), or, in a
# statement's source, an age in years ("A 29-year-old rigging grip ... told the paper"): "who" is said of people, and a
# speaker given an age is a person (not so any noun: "a 40-year-old bridge"); the lexicon cannot list every trade. It
# is then a description that ``_NamedAfter.named_after`` can name from the person the text introduces next ("Margaret
# Ellery, 71, moved to the town in 1985"), where before it was a speaker of no entity's. Not a noun that people are
# told of by (``_of_a_group``): "those in the Latino community who had defended the remarks" of a train-d list item,
# read as a person, took the "she tweeted" after it from the anchor named before. Rule on against off (fast.py,
# cache8; latenamed3): train-d 4 statements moved in 4 articles, 1 speaker better ("the memoirs of a former East
# German spymaster who wrote ...": the memoirs -> the spymaster), 2 neutral (the same groups named longer: "the 30
# percent of voters", "a handful of Democrats"), 1 neutral (a dummy "it's impossible to talk about ..." the gold gives
# no source: "it" -> "Murdochs"), every score unchanged; train 0-59 and train-c no speaker moved ("a campaign
# surrogate" typed a person; two entities more, "the 1 percent", "the country"); news pages: film-set-rig-collapse (the
# rigging grip is Maya Castellanos, introduced next by her who-clause: speaker +1, and her phone call to the paper
# carried to her next two quotes, every field +3) and grocery-store-planning-row (the schoolteacher is "Margaret
# Ellery, 71,": speaker +1); radio-phone-in's "the first caller, who gave her name as Maureen" needs
# ``coref.CLAUSE_GIVES_OWN_NAME`` to keep her. A who-clause of a noun that is no source (the welder above, whose "he"
# is then his) was first kept to sources; read so it moved only train-d's dummy "it", and no page.
PERSONS_BY_FORM = True
_PERSON_RELATIVES = frozenset({"who", "whom"})  # "whose" hangs on the noun it owns, "which" and "that" on things too


def _described_as_a_person(noun: Token, sources: frozenset[int]) -> bool:
    """ "a retired schoolteacher who ... told the committee", "A 29-year-old rigging grip ... told the paper": a
    singular common noun with a who-clause of its own, or in a statement's source given an age in years
    (``PERSONS_BY_FORM``)."""
    if not PERSONS_BY_FORM or noun.tag_ != "NN" or _of_a_group(noun):
        return False
    return (
        _with_a_who_clause(noun)
        or _taking_a_relative(noun, _PERSON_RELATIVES)
        or (noun.i in sources and any(_in_years(c) for c in lefts_of(noun) if c.dep_ == "amod"))
    )


def _with_a_who_clause(noun: Token) -> bool:
    """ "a retired schoolteacher who has lived ...", "Nadeem Sattar, who runs ...": a relative clause opened by "who"
    or "whom" hangs on ``noun``, which it says is a person."""
    return any(
        child.dep_ == "relcl" and any(w.lower_ in _PERSON_RELATIVES and w.tag_ == "WP" for w in lefts_of(child))
        for child in rights_of(noun)
    )


def _of_a_group(noun: Token) -> bool:
    """ "the Latino community" of "those in the Latino community who had defended the remarks": a noun that people
    (a pronoun for them, a noun for persons) are told of by, whose who-clause the parser hangs on the noun but tells
    of them; not "the memoirs of a former spymaster who wrote ...", whose owner of the memoirs is the person."""
    if noun.dep_ != "pobj":
        return False
    group = noun.head.head
    return group.pos_ == "PRON" or a_person_noun(group)


def _in_years(old: Token) -> bool:
    """ "old" of "29-year-old", "two years old": an age given in years."""
    return old.lower_ == "old" and any(
        c.lower_ in ("year", "years") and any(n.pos_ == "NUM" for n in children_of(c)) for c in lefts_of(old)
    )


def _capitals_noun(token: Token) -> bool:
    """ "MP" of "the constituency's MP", "CFO" of "its CFO": a word in capitals the tagger took for a name, that
    is no entity and takes an article or an owner as a common noun does."""
    return (
        token.tag_ == "NNP"
        and token.text.isupper()
        and token.is_alpha
        and not token.ent_type_
        and any(c.dep_ in ("det", "poss") for c in children_of(token))
    )


def _owner_descriptions(chunk: Span, named: set[int]) -> Iterator[MentionSpan]:
    """ "The prime minister's answer ... “...,” he said": the owner of a noun phrase, when it is "the" and a noun for a
    person, is a description of its own (the parser makes the whole phrase one chunk, whose head is what is owned)."""
    for owner in (c for c in children_of(root_of(chunk)) if c.dep_ == "poss" and c.tag_ == "NN" and c.i not in named):
        role = lexicons().role_nouns.get(owner.lemma_.lower())
        start = owner.left_edge.i
        if role is None or role.kind != "person" or chunk.doc[start].lower_ != "the" or start < chunk.start:
            continue
        yield _mention(chunk.doc[start : owner.i + 1], "description", gender=role.gender, role=owner.lemma_.lower())


# A statement's source whose noun the parser made its sentence's root, a relative clause on it having swallowed the verb
# of saying ("a young technician from Mehsana who had been chosen to show the Prime Minister the wire-bonding line told
# The Indian Courier:"; the finder's ``misread_relatives``), is a noun phrase the parser's chunks leave out; it is a
# description like any other (``_root_sources``). Rule on against off (pagespeaker2): train-d, train 0-59 and train-c
# byte-identical on the cached candidates (a root noun already chunked is left to its chunk); news pages one speaker
# right (pm-chip-plant-visit: the technician, named next with her age, is Kavya Parmar, where the place in her
# description, Mehsana, was taken for her). Its evidence is that page alone: suspect of fitting it, though what it
# reads is a parse (a source's noun left out of the chunks), not a page's words.
ROOT_NOUN_SOURCES = True


def _root_sources(doc: Doc, sources: frozenset[int], chunked: set[int]) -> Iterator[Span]:
    """The noun phrases of statements' sources whose noun is its sentence's root, when ``Doc.noun_chunks`` left them
    out (``chunked`` holds the chunks' nouns): "a young technician" of "a young technician from Mehsana who had been
    chosen to show ... told"."""
    if not ROOT_NOUN_SOURCES:
        return
    for i in sorted(sources - chunked):
        noun = doc[i]
        if noun.dep_ == "ROOT" and noun.pos_ == "NOUN":
            yield doc[own_phrase_start(noun) : i + 1]


def _description_mentions(doc: Doc, named: set[int], sources: frozenset[int] = frozenset()) -> Iterator[MentionSpan]:
    chunks = list(doc.noun_chunks)
    body_words: dict[str, int] | None = None  # read once, at the first noun that needs it (``_ABSTRACT_TOO``)
    for chunk in (*chunks, *_root_sources(doc, sources, {root_of(c).i for c in chunks})):
        chunk = _past_breaks(chunk)
        root = root_of(chunk)
        yield from _owner_descriptions(chunk, named)
        role = _role_of(chunk)
        if role is None and (_set_off_person_name(root, named) or _described_as_a_person(root, sources)):
            role = _NAMED_NOUN
        if role is None or root.i in named:
            continue
        if role_lemma(root) in _ABSTRACT_TOO:
            body_words = _body_name_words(doc) if body_words is None else body_words
            if not _body_met_by_its_name_noun(root, body_words):
                continue
        first = chunk[0].lower_
        has_possessor = any(c.dep_ == "poss" for c in children_of(root))
        plural = root.tag_ == "NNS"
        if first not in _DETERMINERS and not has_possessor and not plural:
            continue  # "best actress" is a category, not somebody
        if first in INDEFINITE and _is_predicative(root) and not _taking_a_relative(root):
            continue  # "he is a lawyer", "as a general": says what someone is, refers to nobody new
        extent = _description_extent(chunk)
        # "the Saudi government", "the Clinton campaign", "Trump’s campaign": a proper modifier or owner
        # makes a new organisation (not a new person: "the Republican nominee" is whoever that is); a
        # named owner makes a new person ("Cameron's spokesman" is neither Cameron nor anyone named)
        specific = (
            (
                role.kind in ("org", "outlet")
                and any(
                    t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "PERSON", "ORG") for t in chunk if t.i < root.i
                )
            )
            or (
                role.kind == "person"
                and any(c.dep_ == "poss" and c.tag_ not in ("PRP$", "WP$") for c in children_of(root))
            )
            or (role.kind == "person" and first == "the" and _picked_out_by_a_superlative(root))
            or (
                # "the sheriff's office", "the mayor's office": a person's body, not a body named before ("the
                # nation's largest gun group" is still the NRA); "the agency's competition bureau": a body's own
                # part, not the body
                role.kind == "org"
                and any(c.dep_ == "poss" and (_person_role(c) or a_body_noun(c)) for c in children_of(root))
            )
        )
        yield _mention(
            extent,
            "description",
            gender=role.gender,
            plural=plural,
            role=role_lemma(root),
            indefinite=first in ("a", "an", "another", "one", "some", "several", "two") or (plural and first != "the"),
            specific=specific,
            type="OUTLET" if role.kind == "outlet" else "ORG" if role.kind == "org" else "PERSON",
        )


# Nouns for a body that are abstract nouns too ("his moral authority", "the authority to act", "the authorities" for
# whoever governs): a description of a body only in the singular after "the", with no owner, in an article that names
# a body with the noun as its name's own word before ("the Monetary Authority of Singapore (MAS) said ... ¶ "...," the
# authority said"; ``_body_met_by_its_name_noun``), as "the commission" finds the European Commission. Rule on against
# off (fast.py, cache13; describednamed): news pages speaker, channel and time +1 each (fintech-app-account-freeze: "the
# authority said" is the Monetary Authority of Singapore, and takes its statement's channel and time), no page worse;
# train-d, train 0-59 and train-c byte-identical. Train-d has 25 noun phrases of "authority", every one refused (none
# after a body named by the noun: "his moral authority", "the authorities said", "expanded authority to"). With the
# noun a plain body noun instead (no guard), train-d moved entities in 14 articles: "His moral authority" and "her moral
# authority" became bodies, "the authorities" took mentions from Fox News and a speech; only one speaker moved
# ("Authorities in North-Rhine Westphalia ... announced": Belgium -> Authorities, right, unscored). Dropped for this.
_ABSTRACT_TOO = frozenset({"authority"})


def _body_met_by_its_name_noun(noun: Token, body_words: dict[str, int]) -> bool:
    """ "the authority" after "the Monetary Authority of Singapore": a singular noun after "the", with no owner or
    modifier, whose capitalised form is a word of a body's name earlier in the text (``body_words``, where each such
    word first stands: ``_body_name_words``; ``_ABSTRACT_TOO``)."""
    before = list(lefts_of(noun))
    if noun.tag_ != "NN" or len(before) != 1 or before[0].lower_ != "the":
        return False
    return body_words.get(noun.lower_, len(noun.doc)) < noun.i


def _body_name_words(doc: Doc) -> dict[str, int]:
    """Each capitalised word (lower-cased) of a name the tagger gave a body's or a place's label ("Authority" of "the
    Monetary Authority of Singapore"), with where it first stands: one read of the text for every "the authority"
    after it, where a read of the text before each was quadratic."""
    first: dict[str, int] = {}
    for t in doc:
        if t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in ("", "PERSON"):
            first.setdefault(t.lower_, t.i)
    return first


# "the 34-year-old": an age used as a noun, read as a description with this role (the lexicon's entry)
AGE_ROLE = "year-old"
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "appos"})
# A person described as picked out by a superlative ("the youngest volunteer at the table") is a new person, as one
# picked out of a group is (``_picked_out_by_a_superlative``), named by a later name that introduces someone, or else
# the description itself. Rule on against off (fast.py, cache7; speakers round 29): fires in 18 train-d and 3 train
# 0-59 articles, no statement's speaker or occasion changed; news pages one speaker right (lifeboat-rescue).
SUPERLATIVES_INTRODUCE = True
# An age the finder read as a statement's source is a description of the one who spoke, whatever its dependency
# (``_age_mentions``). Rule on against off (fast.py, cache7; speakers round 29): train-d 1 speaker better in 1 article
# ('"...?" the 43-year-old asked': no speaker -> Peter Serafinowicz; its time right, its channel and addressee lost to
# the posting before); train 0-59 byte-identical.
AGES_AS_SOURCES = True


def _age_read_as_modifier_of_verb(token: Token) -> bool:
    """ "For her part, the 64-year-old says she ...": the parser takes "says" for a noun the age modifies
    and hangs "the" on it; the age right before a verb is the verb's subject."""
    verb = token.head
    return token.dep_ == "amod" and verb.i == token.i + 1 and verb.tag_ in ("VBZ", "VBD", "VBP")


def _age_mentions(doc: Doc, named: set[int], sources: frozenset[int] = frozenset()) -> Iterator[MentionSpan]:
    """ "the 34-year-old told the court": an age standing for the person it is given to. Only an age used
    as a noun: in "the 34-year-old nurse" the noun is the description. So an age the finder read as a statement's
    source, whatever the parser made of it (with ``AGES_AS_SOURCES``): '"...?" the 43-year-old asked' is parsed with
    "old" the sentence's root and "asked" a clause on it."""
    for token in doc:
        misparsed = _age_read_as_modifier_of_verb(token)
        a_source = AGES_AS_SOURCES and token.i in sources
        if (
            token.lower_ != "old"
            or token.i in named
            or (token.dep_ not in _NOUN_DEPS and not misparsed and not a_source)
        ):
            continue
        owner = token.head if misparsed else token
        determiners = [c for c in lefts_of(owner) if c.dep_ == "det" and c.lower_ in _DETERMINERS and c.i < token.i]
        if not _in_years(token) or not determiners:
            continue
        first = determiners[0].lower_
        if first in INDEFINITE and _is_predicative(token):
            continue  # "she is a 34-year-old": says what she is
        yield _mention(
            doc[determiners[0].i : token.i + 1],
            "description",
            role=AGE_ROLE,
            indefinite=first in ("a", "an", "another"),
            type="PERSON",
        )


def _picked_out_by_a_superlative(noun: Token) -> bool:
    """ "said the youngest volunteer at the table", "the oldest resident of the street": a person picked out of those
    at a scene by a superlative is somebody new, as "the older of the two men" is (``_one_of_a_group``), not whoever
    was named last (with ``SUPERLATIVES_INTRODUCE``)."""
    return SUPERLATIVES_INTRODUCE and any(c.dep_ == "amod" and c.tag_ == "JJS" for c in lefts_of(noun))


def _one_of_a_group(doc: Doc, named: set[int]) -> Iterator[MentionSpan]:
    """ "the older of the two men", "the youngest of the three sisters": one person picked out of a group by a
    comparison, a description of that one person (in the singular) by the group's noun, not the group."""
    if not ONE_OF_A_GROUP:
        return
    roles = lexicons().role_nouns
    for token in doc:
        if token.tag_ not in ("JJR", "JJS") or token.dep_ not in _NOUN_DEPS or token.i in named:
            continue
        the = [c for c in lefts_of(token) if c.dep_ == "det" and c.lower_ == "the"]
        of = [c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"]
        group = [g for o in of for g in children_of(o) if g.dep_ == "pobj" and g.tag_ == "NNS"]
        role = roles.get(group[0].lemma_.lower()) if group else None
        if not the or role is None or role.kind != "person":
            continue
        yield _mention(
            doc[the[0].i : group[0].i + 1],
            "description",
            gender=role.gender,
            role=group[0].lemma_.lower(),
            specific=True,  # the one picked out is nobody met before under the group's noun: a new person
            type="PERSON",
        )


def find_mentions(doc: Doc, text: str, sources: frozenset[int] = frozenset()) -> list[MentionSpan]:
    """Every candidate mention, sorted by position (names first when two start together); ``text`` is ``doc.text``,
    read once by the caller (spaCy joins it from every token on each read); ``sources`` are the tokens of
    statements' sources, where a capitalised word the tagger missed is a name."""
    names = _name_mentions(doc, text, sources)
    named = {i for m in names for i in range(m.start, m.end)}
    pronouns = [m for m in _pronoun_mentions(doc) if m.head not in named]
    descriptions = [
        *_description_mentions(doc, named, sources),
        *_age_mentions(doc, named, sources),
        *_one_of_a_group(doc, named),
    ]
    order = {"name": 0, "description": 1, "pronoun": 2}
    return sorted(names + pronouns + descriptions, key=lambda m: (m.start, order[m.kind]))

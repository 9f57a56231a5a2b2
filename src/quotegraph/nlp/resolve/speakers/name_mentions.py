"""Every name of an article as a mention: outlets by the lexicon's pattern, a headline's name, then each finder of
names on the tokens the finders before it left free, the names inside a dateline's place left out."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotegraph.model import EntityType
from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.datelines import dateline_place
from quotegraph.nlp.find.lines import document_lines
from quotegraph.nlp.find.parse import children_of, rights_of, root_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.headlines import headline_name
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan, mention_of
from quotegraph.nlp.resolve.speakers.name_shapes import forename_and_gaelic_surname, free_of, tokens_of
from quotegraph.nlp.resolve.speakers.names import fold, name_gender, name_role, outlet_pattern
from quotegraph.nlp.resolve.speakers.noun_classes import a_body_word
from quotegraph.nlp.resolve.speakers.tagged_names import tagged_names
from quotegraph.nlp.resolve.speakers.untagged_bodies import (
    body_groups,
    names_after_a_body_noun,
    names_ending_in_a_body_noun,
    untagged_abbreviated_names,
    untagged_body_short_names,
    untagged_outlets,
    weather_names,
)
from quotegraph.nlp.resolve.speakers.untagged_people import (
    capitals_person_names,
    untagged_aged_names,
    untagged_forenamed_names,
    untagged_honorific_names,
    untagged_person_names,
    untagged_source_names,
    untagged_surnames,
)


def _outlet_spans(doc: Doc, text: str) -> list[Span]:
    spans = []
    for match in outlet_pattern().finditer(text):
        # a lower-case "the" is the sentence's article, not part of the name: "told the BBC"
        start = match.start() + (4 if match.group(0).startswith("the ") else 0)
        span = doc.char_span(start, match.end(), alignment_mode="expand")
        if span is not None and not _opens_a_longer_name(span):
            spans.append(span)
    return spans


# An outlet's name that opens a longer body's name is no outlet: "The Independent Electoral and Boundaries Commission",
# "The Independent Police Complaints Commission" are bodies whose first word is a paper's name ("The Independent"); the
# parser hangs the paper's word, through the longer name's words, on its last word, a capitalised body's noun. Not an
# outlet's own longer name ("BBC Radio Leeds", whose last word is a place), nor a paper's name before a common noun
# ("Times reporters") or owning what follows ("The Independent's editor"). Written by bodynames (thirty-seventh set;
# docs/occasion-rounds.md).
OUTLET_WORDS_INSIDE_LONGER_NAMES = True
_NAME_WORD_DEPS = frozenset({"compound", "nmod", "amod", "conj"})


def _opens_a_longer_name(span: Span) -> bool:
    """Whether the outlet's name ``span`` is the first words of a longer body's name
    (``OUTLET_WORDS_INSIDE_LONGER_NAMES``)."""
    if not OUTLET_WORDS_INSIDE_LONGER_NAMES:
        return False
    word = span[-1]
    while word.dep_ in _NAME_WORD_DEPS and word.head.i > word.i:
        word = word.head
    return word.i >= span.end and word.pos_ == "PROPN" and word.text[:1].isupper() and a_body_word(word.lower_)


def name_mentions(doc: Doc, text: str, sources: frozenset[int]) -> list[MentionSpan]:
    """Names, each kind on the tokens the kinds before it left free: outlets, a headline's name,
    groups, the tagger's names, then the names it missed."""
    found = [mention_of(span, "name", type="OUTLET") for span in _outlet_spans(doc, text)]
    headline = headline_name(doc)
    if headline is not None and free_of(headline, tokens_of(found)):
        found.append(mention_of(headline, "name", type=_untagged_type(headline), gender=name_gender(headline)))
    taken = tokens_of(found)
    found.extend(mention_of(g, "name", type="OTHER", plural=True) for g in body_groups(doc) if free_of(g, taken))
    found.extend(mention_of(s, "name", type="OTHER") for s in weather_names(doc, tokens_of(found)))
    for name in capitals_person_names(doc, tokens_of(found), sources):
        found.append(mention_of(name, "name", type="PERSON", gender=name_gender(name)))
    found.extend(tagged_names(doc, tokens_of(found), sources))
    found.extend(mention_of(name, "name", type="ORG") for name in untagged_abbreviated_names(doc, tokens_of(found)))
    found.extend(mention_of(name, "name", type="OUTLET") for name in untagged_outlets(doc, tokens_of(found)))
    found.extend(mention_of(name, "name", type="ORG") for name in names_after_a_body_noun(doc, tokens_of(found)))
    found.extend(mention_of(name, "name", type="ORG") for name in names_ending_in_a_body_noun(doc, tokens_of(found)))
    for name in untagged_honorific_names(doc, tokens_of(found)):
        found.append(mention_of(name, "name", type="PERSON", gender=name_gender(name), role=name_role(name)))
    for name in untagged_person_names(doc, tokens_of(found)):
        found.append(mention_of(name, "name", type="PERSON", gender=name_gender(name), role=name_role(name)))
    for name in untagged_forenamed_names(doc, tokens_of(found)):
        found.append(mention_of(name, "name", type="PERSON", gender=name_gender(name), role=name_role(name)))
    for name in untagged_aged_names(doc, tokens_of(found)):
        found.append(mention_of(name, "name", type="PERSON", gender=name_gender(name), role=name_role(name)))
    for name in untagged_source_names(doc, tokens_of(found), sources):
        found.append(
            mention_of(name, "name", type=_untagged_type(name), gender=name_gender(name), role=name_role(name))
        )
    for name in untagged_body_short_names(doc, found, tokens_of(found), sources):
        found.append(mention_of(name, "name", type=_untagged_type(name)))
    surnames = untagged_surnames(doc, found, tokens_of(found), sources)
    found.extend(mention_of(doc[i : i + 1], "name", type="PERSON") for i in surnames)
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


def _untagged_type(name: Span) -> EntityType:
    """ "Okonkwo", "Marisol Quintanilla", "Peadar Mac Fhlannchadha" (``name_shapes.GAELIC_SURNAMES_WHOLE``): somebody;
    "Right Wing Watch" (no forename): a body; "Ffion Rowlands, whose twin daughters ..." (a forename no list holds):
    somebody, for their kin (``KIN_BY_WHOSE``)."""
    person = len(name) == 1 or fold(name[0].text) in lexicons().forenames or forename_and_gaelic_surname(name)
    return "PERSON" if person or (KIN_BY_WHOSE and with_a_whose_kin(root_of(name))) else "ORG"


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


def with_a_whose_kin(root: Token) -> bool:
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

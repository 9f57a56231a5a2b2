"""One name across the lower-case words inside it: a person's particles ("Hanna Kristina á Heygum", "Annelies ter
Horst", "Karl-Theodor zu Guttenberg") and a body's articles and prepositions ("Centre de services scolaire des
Mille-Lacs", "Agência Nacional de Águas e Saneamento Básico"), which the tagger cuts into two names or leaves a part of
untagged, so that the speaker became the part after the cut ("Á Heygum", "Mille-Lacs")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.speakers.name_shapes import NAME_PARTICLES, capitalised_word, plain_surname
from quotegraph.nlp.resolve.speakers.names import fold
from quotegraph.nlp.syntax import PROPER_NOUN_TAGS

# A name grows over a run of lower-case particles or articles when a capitalised name word follows the run: the words on
# both sides and the run between are one name, typed by its parts (``_joined_label``). Never over "and", "of", a comma
# or a capitalised run's end, so a list ("Ana de Souza and Pedro Lima") and an English office ("the minister of health")
# stay apart. Also read by ``untagged_people.untagged_forenamed_names`` (an untagged "Pilar de la Fuente") and by
# ``tagged_names._person_name_end`` ("dos" read as a verb). Rule on against off (fast.py, cache31; particlenames):
# train-d, train 0-59 and train-c byte-identical (no parse there cuts a name at a particle); the 177 tuned pages: one
# speaker's name whole ("Daan van der Berg", was "van der Berg", cycling-stage-radio), no score moving (the check is
# containment); the held-out pages every field 354 -> 356, speaker 590 -> 592, nothing else moving; the round's 35
# sentences (names of many traditions): 17 -> 26 whole. Evidence beyond the sentences is the held-out figure alone.
PARTICLE_JOINS = True

# Lower-case words that join the words of one person's name: the particles of ``NAME_PARTICLES`` and those of
# traditions it leaves out (Faroese and Icelandic "á", "í"; German "zu"; Spanish "los", "las" after "de", and "y"
# between two surnames, "Ortega y Gasset"). "do" is left out: it is an English verb between two names ("Trump do").
PERSON_PARTICLES = (NAME_PARTICLES - {"do"}) | frozenset({"á", "í", "zu", "los", "las", "y", "dei", "degli", "delle"})
# Lower-case words that join the words of a body's name in French, Spanish, Portuguese and Italian: its articles and
# prepositions and its "and" ("des", "et", "e"), which join only what the tagger already typed a body ("Agência
# Nacional de Águas e Saneamento Básico"): between two people's names they would be a list in those languages.
BODY_PARTICLES = PERSON_PARTICLES | frozenset({"do", "des", "et", "e", "aux", "au", "dello", "della", "al"})
MAX_PARTICLE_RUN = 2  # particles in a row: "van der", "de la", "de los"
# Lower-case words before the particles inside a body's name whose own words show a Romance name already ("scolaire"
# of "Centre de services scolaire des Mille-Lacs"): French and Italian write a body's name's later words in lower case.
MAX_LOWER_WORDS = 2
MAX_FORENAMES_BEFORE = 2  # untagged forenames before a person's particle: "Hanna Kristina á Heygum", "Ana dos Anjos"
MAX_JOINS = 3  # particle runs in one name: "Tribunal de Justiça de São Paulo de ..." and no further
_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC", "GPE", "NORP", "LOC"})
_BODY_LABELS = frozenset({"ORG", "FAC"})
# names that grow: not a nationality or a region, which stand before a name as adjectives ("Dutch van der Berg")
_GROWING_LABELS = _BODY_LABELS | {"PERSON", "GPE"}


@dataclass(frozen=True)
class Joined:
    """A name joined over its particles: its span, its label, and the index of the last entity it took in."""

    span: Span
    label: str
    last: int


def entity_index(doc: Doc) -> dict[int, int]:
    """Each token of a tagged name, with the index of its entity in ``doc.ents`` (built once a document)."""
    return {t.i: n for n, ent in enumerate(doc.ents) for t in ent}


def joined_over_particles(ents: Sequence[Span], n: int, entity_at: dict[int, int]) -> Joined | None:
    """The name ``ents[n]`` is a part of, grown over the particles inside it, backwards over a person's untagged
    forenames and forwards over the words and names after them; None when it has no particle to grow over."""
    if not PARTICLE_JOINS or ents[n].label_ not in _GROWING_LABELS:
        return None
    ent = ents[n]
    start = _start_before_particles(ent)
    labels = [ent.label_]
    end, last = ent.end, n
    for _ in range(MAX_JOINS):
        step = _step_over_particles(ent.doc[start:end], ent.label_, ents, entity_at)
        if step is None:
            break
        end, taken = step
        if taken is not None:
            last = max(last, taken)
            labels.append(ents[taken].label_)
    if start == ent.start and end == ent.end:
        return None
    span = ent.doc[start:end]
    return Joined(span, _joined_label(span, labels, untagged=start < ent.start or len(labels) == 1), last)


def lower_case_particle(token: Token, particles: frozenset[str]) -> bool:
    """A particle written in lower case ("De" opens a sentence or a name, as "Van" does); not "do" read as the verb
    it is between two names ("would Obama do Putin a favour"), which a body's "do" is not ("Ministério do Meio")."""
    return token.text in particles and not (token.text in _ENGLISH_VERBS and token.tag_.startswith("VB"))


_ENGLISH_VERBS = frozenset({"do"})  # particles that are English verbs as well


def _start_before_particles(ent: Span) -> int:
    """ "Annelies" of "Annelies ter Horst", "Ana" of "Ana dos Anjos Tavares": a person's untagged forenames before
    the particles the tagged surname follows (or opens on: "zu Guttenberg"), where the name starts."""
    doc = ent.doc
    i = ent.start
    if lower_case_particle(doc[i], PERSON_PARTICLES):
        i += 1  # the tagger took the particle in: "zu Guttenberg"
    run = 0
    while run < MAX_PARTICLE_RUN and i - run - 1 >= 0 and lower_case_particle(doc[i - run - 1], PERSON_PARTICLES):
        run += 1
    if run == 0 or ent.label_ in _BODY_LABELS:
        return ent.start
    first = i - run
    while first > 0 and i - run - first < MAX_FORENAMES_BEFORE and plain_surname(doc[first - 1], set()):
        first -= 1
    return first if first < i - run else ent.start


def _step_over_particles(
    name: Span, label: str, ents: Sequence[Span], entity_at: dict[int, int]
) -> tuple[int, int | None] | None:
    """Where ``name`` ends when it grows over the particles after it and the capitalised words after them, and the
    index of the tagged name it took in; None when no particle and capitalised word follow."""
    doc = name.doc
    body = label in _BODY_LABELS
    particles = BODY_PARTICLES if body else PERSON_PARTICLES
    i = name.end
    # a body's later words in lower case, when its name is a Romance one already: "scolaire" before "des"
    if body and any(lower_case_particle(t, BODY_PARTICLES) for t in name):
        lower = 0
        while lower < MAX_LOWER_WORDS and i < len(doc) and _lower_word(doc[i], particles):
            i, lower = i + 1, lower + 1
    elif not body:
        # a person's untagged middle names before the particle: "Kristina" of "Hanna Kristina á Heygum"
        middle = 0
        while middle < MAX_FORENAMES_BEFORE and i < len(doc) and plain_surname(doc[i], set()):
            i, middle = i + 1, middle + 1
    run = 0
    while run < MAX_PARTICLE_RUN and i + run < len(doc) and lower_case_particle(doc[i + run], particles):
        run += 1
    if run == 0:
        return None
    end = i + run
    taken: int | None = None
    while end < len(doc) and (_name_word(doc[end]) or _hyphen_inside(doc, end)):
        if end in entity_at:
            taken = entity_at[end]
            end = max(end + 1, ents[taken].end)  # not ``doc.ents``, which spaCy builds afresh on each read
        else:
            end += 1
    return (end, taken) if end > i + run else None


def _hyphen_inside(doc: Doc, i: int) -> bool:
    """The hyphen of "Mille-Lacs" when the tagger left it untagged: a name word on either side."""
    return doc[i].tag_ == "HYPH" and 0 < i < len(doc) - 1 and _name_word(doc[i - 1]) and _name_word(doc[i + 1])


def _lower_word(token: Token, particles: frozenset[str]) -> bool:
    return token.is_alpha and token.is_lower and token.text not in particles and not token.ent_type_


def _name_word(token: Token) -> bool:
    """A capitalised word of a name, tagged a name or untagged and a proper noun (not a day, a number, a capitalised
    verb): "Heygum", "Mille-Lacs"."""
    if not capitalised_word(token.text):
        return False
    return token.ent_type_ in _NAME_LABELS or (not token.ent_type_ and token.tag_ in PROPER_NOUN_TAGS)


def _joined_label(span: Span, labels: list[str], *, untagged: bool) -> str:
    """The joined name's type: a person's when its first part was tagged one, or opens on a known forename; a body's
    when a part was tagged one; a person's when the rest was a person's or untagged words joined a name tagged a place
    across a person's particle ("Giulia di Lorenzo", "Giulia" a place: places are seldom cut at a particle); else a
    place's ("Paris de France")."""
    first = labels[0]
    if first == "PERSON" or fold(span[0].text) in lexicons().forenames:
        return "PERSON"
    if any(label in _BODY_LABELS for label in labels):
        return "ORG"
    if "PERSON" in labels or untagged:
        return "PERSON"
    return first


def particle_inside(token: Token, name: Span) -> bool:
    """ "dos" of "Ana dos Anjos Tavares", which the tagger read as a verb: a person's particle inside a name, before a
    capitalised word of it, is no verb that ends the name."""
    return (
        PARTICLE_JOINS
        and lower_case_particle(token, PERSON_PARTICLES)
        and name.start < token.i < name.end - 1
        and capitalised_word(name.doc[token.i + 1].text)
    )


def particles_before_a_surname(doc: Doc, i: int, taken: set[int]) -> int:
    """How many person's particles open at ``i`` before an untagged surname ("de la" of "Pilar de la Fuente", the
    tagger having left the name untagged): none when no surname follows them."""
    if not PARTICLE_JOINS:
        return 0
    run = 0
    while run < MAX_PARTICLE_RUN and i + run < len(doc) and lower_case_particle(doc[i + run], PERSON_PARTICLES):
        run += 1
    return run if run and i + run < len(doc) and plain_surname(doc[i + run], taken) else 0

"""Descriptions by a noun phrase: a noun the role lexicon keeps ("the senator", "a spokesman for X") or one whose
phrase says it is a person's (a name set beside it, a who-clause, an age), with what the noun stands for."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.find.parse import children_of, document_words, has_possessor, lefts_of, rights_of, root_of
from quotegraph.nlp.lexicons.tables import RoleNoun, lexicons
from quotegraph.nlp.resolve.speakers.mention_spans import RELATIVE_PRONOUNS, MentionSpan, mention_of
from quotegraph.nlp.resolve.speakers.noun_classes import (
    DETERMINERS,
    PERSON_RELATIVES,
    a_body_noun,
    a_person_noun,
    capitalised_office,
    in_years,
    is_predicative,
    party_member,
    seat_letters_after_the,
    with_a_who_clause,
)
from quotegraph.nlp.resolve.speakers.phrase_forms import set_off
from quotegraph.nlp.resolve.speakers.picked_out import picked_out_by_a_superlative
from quotegraph.nlp.resolve.stated.channel_nouns import is_channel_word
from quotegraph.nlp.syntax import (
    INDEFINITE,
    MAX_PHRASE_DEPTH,
    NOMINAL_SUBJECTS,
    VERB_POS,
    entity_end,
    own_phrase_start,
    predicate_noun_before,
)

_DESCRIPTION_PREPS = frozenset({"for", "of", "to", "with", "at", "from"})


_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "punct", "cc", "conj", "appos"})


def role_noun(mention: MentionSpan) -> RoleNoun | None:
    """What a description's noun stands for: the lexicon's entry, or a person for a noun the lexicon lacks that a
    person's description was made of (a name set beside it, a who-clause, an age: ``description_mentions``)."""
    role = lexicons().role_nouns.get(mention.role or "")
    if role is None and mention.kind == "description" and mention.type == "PERSON" and mention.role is not None:
        return _NAMED_NOUN
    return role


def description_end(token: Token, depth: int = 0) -> int:
    """One past the last token of ``token``'s phrase, leaving out clauses and appositions hung on it."""
    end = token.i + 1
    if depth > MAX_PHRASE_DEPTH:
        return end
    for child in rights_of(token):
        if child.dep_ in _CLAUSE_DEPS or child.pos_ in VERB_POS:
            break
        end = max(end, description_end(child, depth + 1))
    return end


def _description_extent(chunk: Span) -> Span:
    """The noun phrase with its right-hand modifiers: "a spokesman for X", "people familiar with the matter"."""
    end = chunk.end
    for child in rights_of(root_of(chunk)):
        if child.dep_ in _CLAUSE_DEPS or (child.dep_ == "prep" and child.lower_ not in _DESCRIPTION_PREPS):
            break
        end = max(end, description_end(child))
    if BODY_NAMES_KEPT_WHOLE and end > chunk.end:
        end = entity_end(chunk.doc, end)
    return chunk.doc[chunk.start : end]


# A description whose modifier names a body ends where the body's name ends: "A spokeswoman for the Ministry of
# Agriculture and Rural Development", "a spokesman for the Department for Environment, Food and Rural Affairs" were cut
# at the name's first "and" or comma (``description_end`` stops at a conjunct, which the parser hangs the name's last
# words on), so the speaker was "A spokeswoman for the Ministry of Agriculture", a body the text never names. Only a
# name the tagger marked as one (its tokens inside one entity), and only past a modifier the description holds already.
# Rule on against off (fast.py, cache31; describedspeakers): train-d one speaker's name whole ("most Democratic members
# of The POLITICO Caucus", was "... of The POLITICO"), train 0-59 one mention ("the head of Right to Rise USA"), no
# score moved; train-c and the 177 tuned pages unchanged; the forty-two held-out pages every field and speaker +1
# (aggregates only); dev unchanged. Its score evidence is that one held-out statement.
BODY_NAMES_KEPT_WHOLE = True


def _role_of(root: Token) -> RoleNoun | None:
    """The role noun a noun phrase whose head is ``root`` names, if it is one the lexicon knows."""
    # a lower-case word the tagger took for a proper noun is a common one ("foreign ministry" after a dateline)
    common = root.tag_ in ("NN", "NNS") or (root.tag_ in ("NNP", "NNPS") and root.text.islower())
    # the tagger reads "The King spent" as a name but tags it as none: a description as "the king" would be
    office = (root.tag_ == "NNP" and not root.ent_type_ and capitalised_office(root)) or seat_letters_after_the(root)
    if not common and not party_member(root) and not office:
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
    doc, texts = chunk.doc, document_words(chunk.doc).text
    start = chunk.start
    for i in range(chunk.start, root_of(chunk).i):
        if texts[i] not in _BREAKS:
            continue
        # a dash at the document's first token has no space before it (``doc[-1]`` would wrap to the last)
        spaced = texts[i] not in ("-", "–", "—") or (
            bool(doc[i].whitespace_) and i > 0 and bool(doc[i - 1].whitespace_)
        )
        if spaced:
            start = i + 1
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


def _person_role(token: Token) -> bool:
    """A common noun for a person ("sheriff", "mayor"), not a name or a place ("nation")."""
    role = lexicons().role_nouns.get(token.lemma_.lower())
    return token.pos_ == "NOUN" and role is not None and role.kind == "person"


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


# A statement's source whose noun the lexicon lacks is a person's description when a hyphen-joined place tells where
# it was born or raised ("the Wellington-born lock said", "the Lagos-raised forward told"): birth and upbringing are
# said of people, as an age is (``PERSONS_BY_FORM``), and sports and regional news describe a player or an MP named
# before by birthplace and position far more often than by the position alone, which the lexicon cannot list in
# every code. Not "-based" ("the Toulouse-based side", "a Geneva-based outfit": bodies are based somewhere too), nor a
# noun outside a source. It is then a definite person description that ``coref._person_named_near`` links to the
# salient named person, with that linker's guards. Written by speakerlinks (thirty-ninth set;
# docs/occasion-rounds.md) from the blind pages' "the Lagos-born striker" shape.
PERSONS_BY_BIRTHPLACE = True
_BIRTH_PARTICIPLES = frozenset({"born", "raised", "bred"})  # "Lagos-born", "Ulster-raised", "Cork-bred"


def born_somewhere(noun: Token) -> bool:
    """ "the Wellington-born lock": a participle of birth or upbringing joined by a hyphen to a name before it, as a
    modifier of ``noun`` (``PERSONS_BY_BIRTHPLACE``)."""
    doc = noun.doc
    return PERSONS_BY_BIRTHPLACE and any(
        c.dep_ == "amod"
        and c.lower_ in _BIRTH_PARTICIPLES
        and c.i >= 2
        and doc[c.i - 1].tag_ == "HYPH"
        and doc[c.i - 2].tag_ == "NNP"
        for c in lefts_of(noun)
    )


def _described_as_a_person(noun: Token, sources: frozenset[int]) -> bool:
    """ "a retired schoolteacher who ... told the committee", "A 29-year-old rigging grip ... told the paper": a
    singular common noun with a who-clause of its own, or in a statement's source given an age in years
    (``PERSONS_BY_FORM``) or a birthplace (``PERSONS_BY_BIRTHPLACE``)."""
    if not PERSONS_BY_FORM or noun.tag_ != "NN" or _of_a_group(noun):
        return False
    return (
        with_a_who_clause(noun)
        or _taking_a_relative(noun, PERSON_RELATIVES)
        or (noun.i in sources and any(in_years(c) for c in lefts_of(noun) if c.dep_ == "amod"))
        or (noun.i in sources and born_somewhere(noun))
    )


def _of_a_group(noun: Token) -> bool:
    """ "the Latino community" of "those in the Latino community who had defended the remarks": a noun that people
    (a pronoun for them, a noun for persons) are told of by, whose who-clause the parser hangs on the noun but tells
    of them; not "the memoirs of a former spymaster who wrote ...", whose owner of the memoirs is the person."""
    if noun.dep_ != "pobj":
        return False
    group = noun.head.head
    return group.pos_ == "PRON" or a_person_noun(group)


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
        yield mention_of(chunk.doc[start : owner.i + 1], "description", gender=role.gender, role=owner.lemma_.lower())


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


# A singular common noun the role lexicon lacks that the text itself sets a person's name beside ("The spinner, Farhan
# Qureshi, who played 22 Tests") is a noun for a person at its other mentions too, where one is a statement's source:
# "A former India leg-spinner on the same panel disagreed" a sentence before is then a person's description that
# ``named_after`` can name ("the spinner" with the name says whom the noun meant), where before it was a speaker of no
# entity's (typed OTHER). The text's own apposition is the lexicon the trade is missing from (``_set_off_person_name``:
# a person's name, set off by a comma); only the same noun (its lemma), singular, and only a source's: on every noun
# phrase, train-d's misparses ("the unexpectedly close presidential election and ... the Republican nominee, Donald
# J. Trump", "the suspect's name, Syed Farook") made "The presidential election", "a tight race" and "Syed Farook's
# name" people. Rule on against off (fast.py, cache16; describedlater): news pages speaker +1 (test-captain-dropped-
# selectors: the leg-spinner is Farhan Qureshi; his channel and time still miss), no page worse; train-d every figure
# unchanged, one speaker moved (politico sanders-california-supporters: "The proposal was jointly written by an
# unpledged delegate supporting Clinton, Christine Pelosi": Hillary Clinton -> "an unpledged delegate", nearer the
# truth, "delegate" a person's noun by "a pledged Sanders delegate, Daraka Larimore-Hall"); train 0-59 no speaker moved
# (breitbart jeb-bush-super-pac-chief: "the head of Right to Rise USA" joins Mike Murphy, right); train-c
# byte-identical. A medium's noun ("book", "report", "letter": ``channel_nouns.is_channel_word``) is never taken so: on
# PolNeAR dev (measured by the lead, aggregate only) one source "the book" had become a PERSON by a name set beside it.
PERSON_NOUNS_BY_APPOSITION = True


def _nouns_named_as_people(roots: Iterable[Token], named: set[int]) -> frozenset[str]:
    """The lemmas of the singular common nouns the text sets a person's name beside ("spinner" of "The spinner, Farhan
    Qureshi,"; ``PERSON_NOUNS_BY_APPOSITION``); ``roots`` are the heads of the noun chunks, past their breaks."""
    if not PERSON_NOUNS_BY_APPOSITION:
        return frozenset()
    return frozenset(
        role_lemma(r)
        for r in roots
        if r.tag_ == "NN" and not is_channel_word(r) and _set_off_person_name(r, named)  # a "book" names no one
    )


def description_mentions(doc: Doc, named: set[int], sources: frozenset[int] = frozenset()) -> Iterator[MentionSpan]:
    chunks = list(doc.noun_chunks)
    body_words: dict[str, int] | None = None  # read once, at the first noun that needs it (``_ABSTRACT_TOO``)
    # each phrase's head is asked of ``root_of`` by several rules below: it is found once and then kept by the parse
    # index (``DocumentTree.span_roots``)
    chunked = {root_of(c).i for c in chunks}
    phrases = [_past_breaks(c) for c in (*chunks, *_root_sources(doc, sources, chunked))]
    people_nouns = _nouns_named_as_people((root_of(c) for c in phrases[: len(chunks)]), named)
    for chunk in phrases:
        root = root_of(chunk)
        yield from _owner_descriptions(chunk, named)
        role = _role_of(root)
        if role is None and (
            _set_off_person_name(root, named)
            or _described_as_a_person(root, sources)
            or (root.i in sources and root.tag_ == "NN" and root.i not in named and role_lemma(root) in people_nouns)
        ):
            role = _NAMED_NOUN
        if role is None or root.i in named:
            continue
        if role_lemma(root) in _ABSTRACT_TOO:
            body_words = _body_name_words(doc) if body_words is None else body_words
            if not _body_met_by_its_name_noun(root, body_words):
                continue
        first = chunk[0].lower_
        owned = has_possessor(root)
        plural = root.tag_ == "NNS"
        if first not in DETERMINERS and not owned and not plural:
            continue  # "best actress" is a category, not somebody
        if first in INDEFINITE and is_predicative(root) and not _taking_a_relative(root):
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
            or (role.kind == "person" and first == "the" and picked_out_by_a_superlative(root))
            or (
                # "the sheriff's office", "the mayor's office": a person's body, not a body named before ("the
                # nation's largest gun group" is still the NRA); "the agency's competition bureau": a body's own
                # part, not the body
                role.kind == "org"
                and any(c.dep_ == "poss" and (_person_role(c) or a_body_noun(c)) for c in children_of(root))
            )
        )
        yield mention_of(
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
# "service" likewise ("a memorial service", "the service was held"; "the National Police Service said ... The service
# said": bodyforms, the forty-first set, docs/occasion-rounds.md).
_ABSTRACT_TOO = frozenset({"authority", "service"})


def _body_met_by_its_name_noun(noun: Token, body_words: dict[str, int]) -> bool:
    """ "the authority" after "the Monetary Authority of Singapore": a singular noun after "the", with no owner or
    modifier, whose capitalised form is a word of a body's name earlier in the text (``body_words``, where each such
    word first stands: ``_body_name_words``; ``_ABSTRACT_TOO``)."""
    before = list(lefts_of(noun))
    if noun.tag_ != "NN" or len(before) != 1 or before[0].lower_ != "the":
        return False
    return body_words.get(noun.lower_, len(noun.doc)) < noun.i


# A body brought in by its noun with its name set beside it ("Norway's data protection authority, Datatilsynet, has
# ordered ... In a decision published on Tuesday, the authority said"): "the authority" after it is that body, as after
# a name holding the word ("the Monetary Authority of Singapore"), since the text itself has said the noun is the
# body's. Only a name the tagger gives a body's label, set off after the noun by a comma. Written by speakerlinks
# (thirty-ninth set; docs/occasion-rounds.md).
BODIES_APPOSED_TO_THEIR_NOUN = True


def _body_name_words(doc: Doc) -> dict[str, int]:
    """Each capitalised word (lower-cased) of a name the tagger gave a body's or a place's label ("Authority" of "the
    Monetary Authority of Singapore"), and each noun a body's name is set off beside ("authority" of "data protection
    authority, Datatilsynet,": ``BODIES_APPOSED_TO_THEIR_NOUN``), with where it first stands: one read of the text for
    every "the authority" after it, where a read of the text before each was quadratic."""
    first: dict[str, int] = {}
    for i, ent in enumerate(document_words(doc).ent):
        if ent in ("", "PERSON"):
            continue
        t = doc[i]
        if t.pos_ == "PROPN" and t.text[:1].isupper():
            first.setdefault(t.lower_, t.i)
        if BODIES_APPOSED_TO_THEIR_NOUN and ent == "ORG" and t.dep_ == "appos" and t.head.tag_ == "NN" and set_off(t):
            first.setdefault(t.head.lower_, t.head.i)
    return first

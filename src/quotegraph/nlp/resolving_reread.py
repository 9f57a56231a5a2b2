"""Speakers read again in text order once every statement's is known: a bare surname two people share after one
of them spoke, a headline's unnamed speaker restated by a body statement, a lede's description named in the next
paragraph."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.find.parse import children_of, root_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.headlines import opening_lines_end
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.speakers.body_kinds import named_as_other_kind
from quotegraph.nlp.resolve.speakers.clusters import Cluster, ClusterSet
from quotegraph.nlp.resolve.speakers.headline_roles import bare_noun
from quotegraph.nlp.resolve.speakers.names import abbreviates_title, fold
from quotegraph.nlp.resolve.speakers.noun_classes import a_body_word
from quotegraph.nlp.resolve.speakers.source_spans import source_span
from quotegraph.nlp.resolve.speakers.untagged_people import age_set_off
from quotegraph.nlp.resolving_records import Resolved, stands_at
from quotegraph.nlp.syntax import INDEFINITE

# Words a headline and the body statement it restates share at least: "faked forklift inspections" and "signed off
# forklift inspections that were never carried out" share two; one ("said", a name) is chance
_RESTATED_WORDS = 2


_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


def headlines_restated(doc: Doc, candidates: list[Candidate], resolved: list[Resolved]) -> list[Resolved]:
    """ "Whistleblower says Halvorsen Logistics faked forklift inspections" over a body opening "A former safety
    manager ... told federal regulators that the company's warehouses routinely signed off forklift inspections":
    a headline's or standfirst's speaker named by a bare role noun (or a headline's description, "Nebraska school
    janitor") that names nobody of the body (the role holder of
    ``speakers`` found none) is the speaker of the first body statement that restates it, a named one whose content
    shares words with the headline's."""
    opening = opening_lines_end(doc)
    if opening == 0:
        return resolved
    in_headline = [
        i
        for i, (candidate, result) in enumerate(zip(candidates, resolved, strict=True))
        if result.speaker is not None
        and not result.speaker.named
        and (source := source_span(doc, candidate.source)) is not None
        and source.start < opening
        and (bare_noun(source) is not None or _headline_description(source))
    ]
    if not in_headline:  # most documents: no body statement's words need reading
        return resolved
    body_start = doc[opening - 1].idx
    body = [
        (j, _content_lemmas(doc, candidates[j]))
        for j in sorted(range(len(candidates)), key=lambda j: stands_at(candidates[j]))
        if (speaker := resolved[j].speaker) is not None and speaker.named and stands_at(candidates[j]) >= body_start
    ]
    out = list(resolved)
    for i in in_headline:
        said = _content_lemmas(doc, candidates[i])
        restating = next((j for j, words in body if len(said & words) >= _RESTATED_WORDS), None)
        if restating is not None:
            out[i] = replace(resolved[i], speaker=resolved[restating].speaker)
    return out


def _headline_description(source: Span) -> bool:
    """ "Nebraska school janitor claims $214 million Powerball jackpot": a headline names its speaker by a noun
    with the modifiers that tell who, and without an article, as it names no one."""
    root = root_of(source)
    return _one_common_noun(root) and not any(t.dep_ in ("det", "poss") for t in children_of(root))


def _one_common_noun(token: Token) -> bool:
    """A singular common noun ("janitor", "official"): what describes one person without naming them."""
    return token.pos_ == "NOUN" and token.tag_ == "NN"


# The paragraphs after a lede whose first statements may name the person the lede described: the next one, or the
# one after when the next one's first speaker is named with a title for another person ("A barrister for the company
# told the inquiry ... ¶ Planning inspector Helen Probert said ... ¶ Nicholas Greaves KC, representing the developer,
# said"; ``_titled_otherwise``). Rule on against off (fast.py, cache7; latenamed2): fires in no train-d or train 0-59
# article (byte-identical); news pages: one page (wind-farm-inquiry), every field +1, speaker +1, time +2 / -1 (the
# lede's inquiry and Tuesday now Greaves's, carried to his next statements and no longer to the inspector), channel -1
# (the lede's inquiry carried over his stated "opening submissions"); its evidence is that page alone.
_LEDE_NAMING_PARAGRAPHS = 2


LEDE_NAMES_PAST_OTHER_TITLES = True


# A lede's indefinite description by a noun the lexicons lack, no person's entity ("A beekeeper in north Cavan says
# ...") is read the same way, when the next paragraph names its first speaker with an age ("Tom Reilly, 66, who has
# kept bees ..., said"): an age is given to a person introduced (``_noun_lacked``, ``_named_with_an_age``). Rule on
# against off (fast.py, cache8; latenamed3): train-d, train 0-59, train-c and news pages byte-identical (no lede there
# has such a noun with a speaker named with an age next), its evidence the unit test and a text of its form alone; an
# unknown noun made a person by a next sentence's introduction alone (no age, anywhere in the text) was tried and
# dropped: on train-d it took "A Times/CBS News poll", "A projection by ... Oxford Economics", "a rare political
# convergence" and "talk of ..." for the person introduced next, 4 of 4 wrong.
LEDE_NOUNS_LACKED = True


def lede_named_next(
    doc: Doc, sentence_of: list[int], paragraphs: Paragraphs, candidates: list[Candidate], resolved: list[Resolved]
) -> list[Resolved]:
    """ "The truce ... was holding “by a thread”, a senior United Nations official told the Security Council this
    morning ... / Briefing the Council, Margit Halvorsen, Assistant Secretary-General for ..., said that ...": a lede
    that introduces its speaker by an indefinite description names that person in the next paragraph's first
    statement (delayed identification); the lede's statements of the description are that person's, when the
    person is a named one the text had not mentioned before that paragraph. When that person is named with a title
    for another office (``LEDE_NAMES_PAST_OTHER_TITLES``), the paragraph after it is read the same way."""
    opening = opening_lines_end(doc)
    if opening >= len(doc):
        return resolved
    lede = sentence_of[opening]
    described: list[int] = []
    nouns: set[str] = set()  # the nouns that describe them: "barrister" of "A barrister for the company"
    unknown = False  # whether a noun is one the lexicon lacks, which only a person named with an age may be
    for i, (candidate, result) in enumerate(zip(candidates, resolved, strict=True)):
        source = source_span(doc, candidate.source)
        speaker = result.speaker
        if source is None or sentence_of[source.start] != lede or speaker is None or speaker.named:
            continue
        # "A federal appeals court on Thursday upheld ...": a body is no person the next paragraph names
        lacked = LEDE_NOUNS_LACKED and speaker.type == "OTHER" and _noun_lacked(root_of(source))
        if speaker.type != "PERSON" and not lacked:
            continue
        if source[0].lower_ in INDEFINITE and _one_common_noun(root_of(source)):
            described.append(i)
            nouns.add(root_of(source).lemma_.lower())
            unknown = unknown or lacked
    if not described:  # most documents: no statement after the lede needs reading
        return resolved
    lede_paragraph = paragraphs.of(doc[opening].idx)
    order = sorted(range(len(candidates)), key=lambda j: stands_at(candidates[j]))
    named = None
    for paragraph in range(lede_paragraph + 1, lede_paragraph + 1 + _LEDE_NAMING_PARAGRAPHS):
        following = [j for j in order if paragraphs.of(stands_at(candidates[j])) == paragraph]
        if not following or (named := resolved[following[0]].speaker) is None or not named.named:
            return resolved
        first_mention = doc[named.first_start].idx
        if named.type != "PERSON" or paragraphs.of(first_mention) != paragraph:
            return resolved
        if not (LEDE_NAMES_PAST_OTHER_TITLES and _titled_otherwise(named, nouns)):
            break
    else:
        return resolved
    if unknown and not _named_with_an_age(doc, named):
        return resolved
    out = list(resolved)
    for i in described:
        out[i] = replace(resolved[i], speaker=named)
    return out


def _noun_lacked(noun: Token) -> bool:
    """A common noun no lexicon of the resolver keeps: no role, document, share, work or medium ("beekeeper")."""
    lemma = noun.lemma_.lower()
    kept = lexicons()
    return not any(lemma in words for words in (kept.role_nouns, kept.type_sources, kept.work_nouns, kept.media))


def _named_with_an_age(doc: Doc, person: Cluster) -> bool:
    """Whether a person's first name is given with an age set off after it ("Tom Reilly, 66, who ...")."""
    first = min((m for m in person.mentions if m.kind == "name"), key=lambda m: m.start, default=None)
    return first is not None and age_set_off(doc, first.end) is not None


def _titled_otherwise(person: Cluster, nouns: set[str]) -> bool:
    """Whether a person is named with a title ("planning inspector Helen Probert", "Sen. Ana Ruiz") none of whose words
    is one of ``nouns`` or shortens it (the described "A barrister for the company"): a newcomer of her own office,
    not the one described."""
    titles = person.titles | {m.role for m in person.mentions if m.kind == "name" and m.role is not None}
    return bool(titles) and not any(abbreviates_title(t, n) for t in titles for n in nouns)


def _content_lemmas(doc: Doc, candidate: Candidate) -> set[str]:
    """The lemmas of a statement's content words (nouns, names, verbs, adjectives; no stop words)."""
    spans = (doc.char_span(start, end, alignment_mode="expand") for start, end in candidate.content)
    return {
        t.lemma_.lower() for span in spans if span is not None for t in span if t.pos_ in _CONTENT_POS and not t.is_stop
    }


# How many paragraphs back the statement a bare surname continues may be: its own or the one before ("The man's
# brother, Peter Vance, said by phone that ... / “...,” Vance said"; "Her father said ... / “...,” Lennox said")
_NAMESAKE_PARAGRAPHS = 1


def namesakes_continued(
    doc: Doc, clusters: ClusterSet, paragraphs: Paragraphs, candidates: list[Candidate], resolved: list[Resolved]
) -> list[Resolved]:
    """A bare surname two or more people of the article share, as the source right after a statement of one of
    them in its paragraph or the one before, is that one: the reader takes "Vance said" after "The man's brother,
    Peter Vance, said ..." for the brother, whoever the article names most. Names are clustered before anyone's
    statements are known; this reads them in text order once the speakers are."""
    out = list(resolved)
    last: tuple[Cluster, int] | None = None  # the speaker of the statement before, and its paragraph
    order = sorted(range(len(candidates)), key=lambda i: stands_at(candidates[i]))
    for i in order:
        source = source_span(doc, candidates[i].source)
        speaker = out[i].speaker
        if source is None or speaker is None:
            continue
        paragraph = paragraphs.of(source.start_char)
        root = root_of(source)
        # a surname that names the speaker: not the teller of another's words ("Marchetti said a support agent told
        # her ...": the agent speaks)
        bare = root.pos_ == "PROPN" and len(source) == 1 and speaker.type == "PERSON" and fold(root.text) in speaker.key
        near = last is not None and last[0] is not speaker and paragraph - last[1] <= _NAMESAKE_PARAGRAPHS
        if bare and near and last is not None and last[0] in clusters.namesakes(fold(root.text)):
            out[i] = replace(out[i], speaker=last[0])
        said_by = out[i].speaker
        if said_by is not None:
            last = (said_by, paragraph)
    return out


# A definite description by a body's noun ("the utility", "The salvor") as a statement's source, left an entity of its
# own, is the named body the text mentions last before it, in its paragraph or the one before, when the noun may
# describe that body: the tagger gave the name no type ("Msunduzi Water and Sanitation said in a statement ... ¶ "We
# apologise ...," the utility said"), so coreference, which runs before any statement's source is read and links a
# body's noun only to a body the tagger typed, never saw it as a body. A name of no type that speaks is somebody: a
# person's would be tagged, so it is a body. Rule on against off (fast.py, cache28; describedspeakers): train-d, train
# 0-59 and train-c byte-identical (no untyped body name speaks before its noun there); news pages every field, speaker,
# channel and time +2 (msunduzi-water-outage-tanker's "the utility", boxship-grounding-webinar's "The salvor", each
# now carrying its body's statement and day). Letting a typed body (ORG) be taken too gave train-d 2 right (Twitter's
# "The company") and 5 wrong ("The initiative" to a party, "The resolution" to a convention): the tagger's bodies are
# coreference's to link.
BODIES_DESCRIBED_AFTER = True
_BODY_DESCRIBED_PARAGRAPHS = 1  # a description of a body named one paragraph back still reads as that body
_DEFINITE = frozenset({"the"})  # "this company" points at something the text just said, not at a body named


def bodies_described_after(
    doc: Doc, clusters: ClusterSet, paragraphs: Paragraphs, candidates: list[Candidate], resolved: list[Resolved]
) -> list[Resolved]:
    """Each statement whose source is a definite body description of an entity of its own given the named body the
    description stands for (``BODIES_DESCRIBED_AFTER``), and every later statement of that description with it."""
    if not BODIES_DESCRIBED_AFTER:
        return resolved
    speaking = {r.speaker.index for r in resolved if r.speaker is not None}
    # the non-pronoun mentions of every named entity, in text order, found once and bisected per description
    marks = sorted(
        (m.start, c.index)
        for c in clusters.clusters
        if c.named or c.key or _named_by_its_source(doc, c)
        for m in c.mentions
        if m.kind != "pronoun"
    )
    starts = [start for start, _ in marks]
    out = list(resolved)
    taken: dict[int, Cluster] = {}  # a description's entity -> the body it stands for
    for i in sorted(range(len(candidates)), key=lambda j: stands_at(candidates[j])):
        result = resolved[i]
        speaker = result.speaker
        if speaker is None:
            continue
        if speaker.index in taken:
            out[i] = replace(result, speaker=taken[speaker.index])
            continue
        source = source_span(doc, candidates[i].source)
        named = speaker.named or speaker.key or _named_by_its_source(doc, speaker)
        noun = _body_noun(source) if source is not None and not named else None
        if source is None or noun is None:
            continue
        earliest = paragraphs.of(source.start_char) - _BODY_DESCRIBED_PARAGRAPHS
        for at in range(bisect_left(starts, source.start) - 1, -1, -1):
            start, index = marks[at]
            if paragraphs.of(doc[start].idx) < earliest:
                break
            body = clusters.clusters[index]
            if body is speaker:
                continue
            if _a_body_it_describes(doc, body, noun, speaking) or _a_person_it_describes(doc[start], body, noun):
                taken[speaker.index] = body
                out[i] = replace(result, speaker=body)
            if not _passed_over(doc[start], body, noun):
                break  # the nearest named one that could be meant: any other named between is nearer
    return out


# the words a body's name may join its capitalised words with: "Msunduzi Water and Sanitation", "Department of Health"
_NAME_JOINERS = frozenset({"and", "of", "for", "&", "the"})


def _named_by_its_source(doc: Doc, cluster: Cluster) -> bool:
    """Whether an entity of its own made for a source no mention held is called by a name the tagger typed as none
    ("Msunduzi Water and Sanitation"): its one mention opening with a proper noun, its words proper nouns, words in
    capitals or words joining them."""
    if len(cluster.mentions) != 1 or cluster.type != "OTHER":
        return False
    mention = cluster.mentions[0]
    words = doc[mention.start : mention.end]
    # "Salvage" of "Nordhaven Salvage" is a common noun to the tagger, a name's word by its capital
    return words[0].pos_ == "PROPN" and all(t.pos_ == "PROPN" or t.is_title or t.lower_ in _NAME_JOINERS for t in words)


def _body_noun(source: Span) -> str | None:
    """The noun of "the utility", "the water utility", "The salvor": a definite singular description ending in its
    head, naming no one in its words, the head a body's noun or one no lexicon keeps; None for any other source."""
    root = root_of(source)
    words = [t for t in source if not t.is_punct]
    if source[0].lower_ not in _DEFINITE or words[-1] != root or root.pos_ != "NOUN" or root.tag_ != "NN":
        return None
    if any(t.pos_ == "PROPN" for t in words):
        return None  # "the Obama administration", "The Clinton campaign": its own words name whose it is
    lemma = root.lemma_.lower()
    return lemma if a_body_word(lemma) or _noun_lacked(root) else None


def _passed_over(word: Token, named: Cluster, noun: str) -> bool:
    """Whether a named entity between a description and a body named before it is no nearer antecedent: a place,
    which no body's noun describes; a person, for a noun the lexicon keeps for bodies; a person named only after a
    preposition ("a crane from Rotterdam", a town the tagger took for a person), for a noun it lacks, which a
    person named as a subject or owner ("Joaquin Ylagan's job ... the weather specialist said") may be."""
    if named.type == "GPE":
        return True
    if named.type != "PERSON":
        return _of_a_person_by_form(noun)  # "the weather specialist" is none of the bodies named since the person
    return a_body_word(noun) or word.dep_ == "pobj"


def _a_body_it_describes(doc: Doc, body: Cluster, noun: str, speaking: set[int]) -> bool:
    """Whether a named entity is a body ``noun`` may describe: one of no type that speaks, not of a number or a kind
    the noun rules out."""
    return (
        body.type == "OTHER"
        and not _of_a_person_by_form(noun)
        and body.index in speaking
        and (body.named or bool(body.key) or _named_by_its_source(doc, body))
        and not body.plural
        and not named_as_other_kind(body, noun)
    )


# A definite description by a noun the lexicon lacks with the form of a person's (the agent suffix "-ist":
# "specialist", "socialist") is the nearest named person before it, named as a subject or an owner, past the bodies
# named since ("Joaquin Ylagan's job at the weather bureau is to watch the numbers. Speaking to the Ledger by phone
# from the PAGASA forecast center ..., the weather specialist said"). Rule on against off (fast.py, cache28;
# describedspeakers): train-d one statement's speaker right by reading ("Sanders visited Missouri on Saturday ... The
# self-described democratic socialist said", no score moves), train 0-59 byte-identical, train-c one speaker changed
# the same way, scores unchanged; news pages every field and speaker +1 (isabela-typhoon-landfall-evacuees).
PERSONS_DESCRIBED_BY_FORM = True
_PERSON_SUFFIX = "ist"
_MIN_PERSON_NOUN = 6  # letters: "assist", "twist", "wrist" are no person's nouns, "cyclist" is
_LIST = "list"  # "playlist", "checklist", "shortlist": a list, where a consonant other than "l" comes before it
_VOWELS = frozenset("aeiou")


def _of_a_person_by_form(noun: str) -> bool:
    """Whether a noun the lexicon lacks has the form of a person's: "specialist", "novelist", "cellist", not
    "checklist"."""
    if not PERSONS_DESCRIBED_BY_FORM or not noun.endswith(_PERSON_SUFFIX) or len(noun) < _MIN_PERSON_NOUN:
        return False
    before_list = noun[-len(_LIST) - 1] if noun.endswith(_LIST) else "a"
    return before_list in _VOWELS or before_list == "l"


def _a_person_it_describes(word: Token, named: Cluster, noun: str) -> bool:
    """Whether a named entity is the person a noun of a person's form describes: one person, named as no object of a
    preposition."""
    return (
        _of_a_person_by_form(noun)
        and named.type == "PERSON"
        and named.named
        and not named.plural
        and word.dep_ != "pobj"
    )

"""Speakers read again in text order once every statement's is known: a bare surname two people share after one
of them spoke, a headline's unnamed speaker restated by a body statement, a lede's description named in the next
paragraph."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.find.parse import children_of, root_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.headlines import opening_lines_end
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.speakers.clusters import Cluster, ClusterSet
from quotegraph.nlp.resolve.speakers.names import abbreviates_title, fold
from quotegraph.nlp.resolve.speakers.speakers import bare_noun, source_span
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

"""Resolving stage: Candidates plus the Doc become Entities and Attributions.

Mentions (names, outlets, pronouns, role descriptions) are found and clustered into entities once per
document; each candidate's source span is then resolved to one entity, and its channel, addressee and
time are read around its cue. See ``quotegraph.nlp.resolve`` for the parts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from quotegraph.model import (
    Attribution,
    AttributionKind,
    AttributionType,
    Cue,
    Entity,
    Mention,
    Occasion,
    SpeakerRef,
    TextSpan,
    TimeRef,
    excerpt_of,
)
from quotegraph.nlp.candidates import CONFIDENCE_DIGITS, Candidate, CharSpan
from quotegraph.nlp.find.parse import children_of, root_of
from quotegraph.nlp.find.quotes import QUOTE_MARKS
from quotegraph.nlp.find.transcripts import ANSWER_LABEL, Turn, question_lines, transcript_turns, turn_holding
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.carrying.asked_passive import (
    asked_as_stated,
    asked_in_the_active,
    asked_in_the_passive,
    asked_of_nobody,
)
from quotegraph.nlp.resolve.carrying.continued import continued_channels
from quotegraph.nlp.resolve.carrying.occasion_records import (
    Held,
    Setting,
    Statement,
    addressed_after_carrying,
    carried_whole,
)
from quotegraph.nlp.resolve.carrying.occasion_tagger import tag_occasions
from quotegraph.nlp.resolve.carrying.occasions import carry_occasions
from quotegraph.nlp.resolve.carrying.sayings import intended, replies, unsaid
from quotegraph.nlp.resolve.carrying.scene_parts import SaidAt
from quotegraph.nlp.resolve.carrying.scene_roles import placed_at_the_scene
from quotegraph.nlp.resolve.carrying.scenes import scene_settings
from quotegraph.nlp.resolve.carrying.sentence_settings import INTRODUCTIONS_UNDATED
from quotegraph.nlp.resolve.carrying.tagged import (
    TagUse,
    UsablePhrases,
    fill_from_tags,
    fills_kept_next,
    lede_fills_kept,
    use_tagged,
)
from quotegraph.nlp.resolve.carrying.taking_part import BENCH_ADDRESSES, COURT_ROLES
from quotegraph.nlp.resolve.headlines import opening_lines_end
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.speakers.asked_subjects import asked_subjects
from quotegraph.nlp.resolve.speakers.clusters import Cluster, ClusterSet
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.speakers.first_person import FIRST_PERSON, speakers_first_person
from quotegraph.nlp.resolve.speakers.interviews import (
    answered_by_interviewee,
    asked_of_interviewee,
    first_turn,
    interview_label,
    interviewee,
)
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan
from quotegraph.nlp.resolve.speakers.mentions import find_mentions
from quotegraph.nlp.resolve.speakers.names import abbreviates_title, fold
from quotegraph.nlp.resolve.speakers.phrase_forms import set_off
from quotegraph.nlp.resolve.speakers.raised_subjects import without_raised_subjects
from quotegraph.nlp.resolve.speakers.speakers import (
    bare_noun,
    resolve_source,
    source_span,
    with_name_before_relative,
)
from quotegraph.nlp.resolve.speakers.titles import work_titles
from quotegraph.nlp.resolve.speakers.types import attribution_type, source_kind
from quotegraph.nlp.resolve.speakers.untagged_people import age_set_off
from quotegraph.nlp.resolve.stated.channels import clause_verb, object_of
from quotegraph.nlp.resolve.stated.circumstances import CircumstanceFinder, Stated
from quotegraph.nlp.resolve.stated.cue_words import cue_head, cue_lemma
from quotegraph.nlp.resolve.stated.nested import (
    InnerReport,
    biddings,
    earlier_saying,
    holds_quotation_marks,
    inner_kind,
    inner_report,
    quoted_as_saying,
    reported_clauses,
)
from quotegraph.nlp.resolve.stated.stated_channels import said_in
from quotegraph.nlp.resolve.stated.stated_clauses import perfect
from quotegraph.nlp.syntax import (
    DEMONSTRATIVES,
    INDEFINITE,
    NOMINAL_SUBJECTS,
    holds_a_verb,
    nominal_subjects,
    subtree_span,
)

__all__ = ["TAG_USE", "classify_type", "resolve"]

# How the occasion tagger's phrases are offered to the carrying rules (``resolve.carrying.tagged``): a tagged channel in
# a statement's own sentence, outside its content and source, with a mean marginal of 0.7 or more, gives the
# channel that carrying left empty. Chosen on train cross-validation over 197 annotated train articles (channel
# 0.512 -> 0.522: 12 more right, 8 more false fills); the tagger's times gave as many false fills as right
# values, its stated values before carrying and its scenes less, and its addressees gained nothing on the check
# set train-c. See experiments/occasion_tagger/README.md.
TAG_USE = TagUse(fills=True, fields=frozenset({"channel"}), min_confidence=0.7)


@dataclass(frozen=True)
class _Resolved:
    speaker: Cluster | None
    confidence: float
    stated: Stated  # the occasion the statement's own clause states
    said_at: SaidAt | None  # where it is said: its cue's clause verb, and its content and source
    type: AttributionType = "statement"
    polled: bool = False  # its source is a polled share or the polled public ("64 percent", "voters")
    relay: _Relay | None = None
    said_kind: AttributionKind | None = None  # a nested report's kind, of the words it passes on (``inner_kind``)


@dataclass(frozen=True)
class _Relay:
    """The person whose report passed another's earlier words on, and that report's own occasion (``_relays``)."""

    teller: Cluster
    stated: Stated


@dataclass(frozen=True)
class _StatementParts:
    sources: set[int]  # tokens of the candidates' sources
    contents: tuple[CharSpan, ...]  # character spans of their contents


def _statement_parts(doc: Doc, candidates: list[Candidate]) -> _StatementParts:
    spans = (source_span(doc, [s]) for c in candidates for s in c.source)
    sources = {token.i for span in spans if span is not None for token in span}
    contents = tuple(span for c in candidates for span in c.content if _says_something(doc, span))
    return _StatementParts(sources, contents)


def _says_something(doc: Doc, content: CharSpan) -> bool:
    """A content with a verb: what someone said. A verbless one ("Humphrey" for "Humphrey said") is
    a finding-stage slip, and its name stays part of the narrative."""
    span = doc.char_span(*content, alignment_mode="expand")
    return span is not None and holds_a_verb(span)


def _corefer(
    doc: Doc,
    text: str,
    mentions: list[MentionSpan],
    statements: _StatementParts,
    titles: frozenset[frozenset[str]] = frozenset(),
) -> tuple[ClusterSet, Coreference]:
    """Names clustered, then pronouns and descriptions linked; a name whose key is in ``titles`` is a work."""
    for mention in mentions:
        mention.cluster = None
    clusters = ClusterSet()
    clusters.cluster_names(doc, [m for m in mentions if m.kind == "name"])
    for cluster in clusters.clusters:
        if cluster.key in titles:
            cluster.type = "OTHER"
    coref = Coreference(doc, text, clusters, mentions, frozenset(statements.sources), statements.contents)
    coref.run()
    return clusters, coref


def _analyse(doc: Doc, text: str, statements: _StatementParts) -> tuple[ClusterSet, Coreference]:
    """Mentions clustered into entities; when a person-like name turns out to title a work, the pronouns
    and descriptions are linked again with it as a work, so none of them goes to a film as to somebody."""
    mentions = find_mentions(doc, text, frozenset(statements.sources))
    clusters, coref = _corefer(doc, text, mentions, statements)
    titles = frozenset(c.key for c in work_titles(doc, clusters.clusters, statements.sources))
    return _corefer(doc, text, mentions, statements, titles) if titles else (clusters, coref)


_BACK_REFERENCES = frozenset({"the", "this", "that"})
# Documents a speaker makes and the article may name again as the source; not events or venues ("the
# rally", "the event", "the appearance", "the remarks"), which the narrator reads ("the appearance hinted
# at ..."): on PolNeAR train 100-399 each of the 4 such cases went to the wrong speaker, and 1 of 2 reports
_DOCUMENTS = frozenset(
    {"statement", "post", "letter", "memo", "email", "e-mail", "release", "note", "filing", "thread",
     # what a regulator, a court's party or a government puts out ("the agency said in a notice ... the notice
     # said"; "the complaint says"; "a readout of the call")
     "notice", "advisory", "bulletin", "complaint", "readout",
     # what a listed company puts out to its exchange ("Sefako said in a Sens announcement ... the announcement
     # said": tailings-dam-river-leak, pages speaker +1; no "the announcement said" on train-d, train 0-59 or
     # train-c, so suspect of fitting that page, though a company's announcement is a document as its statement is)
     "announcement"}
)  # fmt: skip
# How far back the statement made through the document may be: the next sentence or two in the pages seen,
# while a document named paragraphs later on train was another one ("the statement" of a different body)
_DOCUMENT_REACH = 2  # sentences
# or the paragraph after the one that named it, however long that was: "... announced the freeze in an email to
# students. “...,” she wrote. “...” / The email also said ..." (a quote of several sentences in between)
_DOCUMENT_PARAGRAPHS = 1


def _documents_made(
    doc: Doc, candidates: list[Candidate], resolved: list[_Resolved], sentence_of: list[int], paragraphs: Paragraphs
) -> list[_Resolved]:
    """ "Lumora ... the company said in a blog post on Tuesday. “...,” the post said": a document named
    again as the source ("the post", "the statement", "the letter") is the one a statement just before was
    made through, so its maker speaks; only for a definite document with no maker of its own in its
    phrase (an owner or "by X" made it the speaker already) and no name in it."""
    made_by: dict[str, _Made] = {}  # a document noun -> who spoke through it last, and where
    out = []
    for candidate, result in zip(candidates, resolved, strict=True):
        source = source_span(doc, candidate.source)
        channel = result.stated.channel
        speaker = result.speaker
        if source is not None and speaker is not None and not speaker.named:
            here = (sentence_of[source.start], paragraphs.of(source.start_char))
            if channel is not None:
                medium = root_of(channel)
                maker = made_by.get(medium.lemma_.lower())
                named_again = source[0].lower_ in _BACK_REFERENCES and root_of(source) == medium
                if maker is not None and _near(maker, here) and named_again:
                    result = replace(result, speaker=maker.maker)
                elif (inner_maker := _made_by_before(doc, speaker, made_by, here)) is not None:
                    result = replace(result, speaker=inner_maker)
            # "Tillpoint posted on its status page that ... “...,” the page said", "an update on the same page said":
            # the medium itself speaking, or a post on it, is its maker speaking through it
            elif (
                maker_cluster := _made_by_before(doc, speaker, made_by, here)
                or _posted_on_before(source, made_by, here)
            ) is not None:
                result = replace(result, speaker=maker_cluster, stated=replace(result.stated, channel=source))
        channel = result.stated.channel
        made = source is None or channel is None or root_of(channel) not in source
        if channel is not None and result.speaker is not None and made and _made_through(channel):
            made_by[root_of(channel).lemma_.lower()] = _Made(
                result.speaker, sentence_of[channel.start], paragraphs.of(channel.start_char)
            )
        out.append(result)
    return out


@dataclass(frozen=True)
class _Made:
    """Who spoke through a document, and the sentence and paragraph where the document was named."""

    maker: Cluster
    sentence: int
    paragraph: int


def _near(named: _Made, here: tuple[int, int]) -> bool:
    """Whether a document named again as a source (its sentence and paragraph ``here``) is near enough to the one
    a statement was made through."""
    sentence, paragraph = here
    return sentence - named.sentence <= _DOCUMENT_REACH or paragraph - named.paragraph <= _DOCUMENT_PARAGRAPHS


# Words a headline and the body statement it restates share at least: "faked forklift inspections" and "signed off
# forklift inspections that were never carried out" share two; one ("said", a name) is chance
_RESTATED_WORDS = 2
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


def _headlines_restated(doc: Doc, candidates: list[Candidate], resolved: list[_Resolved]) -> list[_Resolved]:
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
        for j in sorted(range(len(candidates)), key=lambda j: _stands_at(candidates[j]))
        if (speaker := resolved[j].speaker) is not None and speaker.named and _stands_at(candidates[j]) >= body_start
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


def _lede_named_next(
    doc: Doc, sentence_of: list[int], paragraphs: Paragraphs, candidates: list[Candidate], resolved: list[_Resolved]
) -> list[_Resolved]:
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
    order = sorted(range(len(candidates)), key=lambda j: _stands_at(candidates[j]))
    named = None
    for paragraph in range(lede_paragraph + 1, lede_paragraph + 1 + _LEDE_NAMING_PARAGRAPHS):
        following = [j for j in order if paragraphs.of(_stands_at(candidates[j])) == paragraph]
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


def _namesakes_continued(
    doc: Doc, clusters: ClusterSet, paragraphs: Paragraphs, candidates: list[Candidate], resolved: list[_Resolved]
) -> list[_Resolved]:
    """A bare surname two or more people of the article share, as the source right after a statement of one of
    them in its paragraph or the one before, is that one: the reader takes "Vance said" after "The man's brother,
    Peter Vance, said ..." for the brother, whoever the article names most. Names are clustered before anyone's
    statements are known; this reads them in text order once the speakers are."""
    out = list(resolved)
    last: tuple[Cluster, int] | None = None  # the speaker of the statement before, and its paragraph
    order = sorted(range(len(candidates)), key=lambda i: _stands_at(candidates[i]))
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


def _to_the_bench(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate``'s content opens by addressing the judge ("Your Honor, ...": ``BENCH_ADDRESSES``)."""
    if not candidate.content:
        return False
    start, end = candidate.content[0]
    return text[start:end].lstrip(QUOTE_MARKS).lower().startswith(BENCH_ADDRESSES)


def _stands_at(candidate: Candidate) -> int:
    """Where a statement stands in the text: the first character of its cue, or of its content when it has none
    (““We will win,” she said” stands at "said"). Every reading of statements in text order goes by it: where an
    occasion is stated and from where one is carried to it (``_occasions``), the body's statements after a headline
    (``_headlines_restated``) and the statement a bare surname follows (``_namesakes_continued``)."""
    spans = candidate.cue or candidate.content
    return spans[0][0] if spans else 0


def _made_by_before(doc: Doc, speaker: Cluster, made_by: dict[str, _Made], here: tuple[int, int]) -> Cluster | None:
    """ "“...,” the statement said, according to a Meridian translation": an inner speaker that is only a
    definite document named just before ("the ministry said in a statement") is that document's maker."""
    first = speaker.mentions[0]
    maker = made_by.get(doc[first.head].lemma_.lower())
    if maker is None or not _near(maker, here) or doc[first.start].lower_ not in _BACK_REFERENCES:
        return None
    return maker.maker if first.end - first.start == _DEFINITE_NOUN else None


def _made_through(channel: Span) -> bool:
    """Whether a statement's channel is one a later sentence may name again as what speaks: a document
    (``_DOCUMENTS``), or a common noun the words were put on ("posted on its status page", "wrote on the club's
    site": "the page said"), not a scene one speaks at or during."""
    root = root_of(channel)
    return root.lemma_.lower() in _DOCUMENTS or (root.pos_ == "NOUN" and object_of(root, "on"))


def _posted_on_before(source: Span, made_by: dict[str, _Made], here: tuple[int, int]) -> Cluster | None:
    """ "an update on the same page said": a source that is a post on a definite medium named just before (its
    noun's "on" with "the" before the medium) is the medium's maker."""
    media = [
        medium
        for prep in children_of(root_of(source))
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for medium in children_of(prep)
        if medium.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in _BACK_REFERENCES for d in children_of(medium))
    ]
    makers = [made_by.get(m.lemma_.lower()) for m in media]
    found = [m for m in makers if m is not None and _near(m, here)]
    return found[0].maker if found else None


_DEFINITE_NOUN = 2  # "the statement": the article and the noun, nothing of its own that may name another maker


def _cue_token(doc: Doc, candidate: Candidate, source: Span | None) -> Span | None:
    for start, end in candidate.cue:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            return span
    return source


def _shared_subject(cue: Token) -> Span | None:
    """ "she reiterated her apology and attempted to defend herself": the second verb's source is "she".
    Only for a cue verb joined to another verb; an adverb cue ("reportedly") names nobody."""
    if cue.pos_ != "VERB" or cue.dep_ != "conj" or nominal_subjects(cue):
        return None
    subjects = nominal_subjects(cue.head)
    return cue.doc[subjects[0].i : subjects[0].i + 1] if subjects else None


def _cue_fragments(doc: Doc, candidate: Candidate) -> list[Span]:
    spans = (doc.char_span(start, end, alignment_mode="expand") for start, end in candidate.cue)
    return [span for span in spans if span is not None and len(span)]


def _source_and_cue(doc: Doc, candidate: Candidate) -> tuple[Span | None, Span | None]:
    source = source_span(doc, candidate.source)
    source = None if source is None else with_name_before_relative(source)
    cue = _cue_token(doc, candidate, source)
    if source is None and cue is not None:
        source = _shared_subject(root_of(cue))
    return source, cue


def classify_type(doc: Doc, cue: list[CharSpan], source: list[CharSpan]) -> AttributionType:
    """The type of an attribution given by its cue and source character spans (a gold one, to measure
    the type rules apart from finding), read as ``resolve`` reads a candidate's."""
    candidate = Candidate(content=[], cue=cue, source=source)
    return attribution_type(_cue_fragments(doc, candidate), _source_and_cue(doc, candidate)[0])


def _resolve_one(
    doc: Doc,
    clusters: ClusterSet,
    coref: Coreference,
    finder: CircumstanceFinder,
    candidate: Candidate,
    answerer: Cluster | None = None,
    questions: Sequence[Turn] = (),
) -> _Resolved:
    source, cue = _source_and_cue(doc, candidate)
    kind = attribution_type(_cue_fragments(doc, candidate), source)
    polled = source is not None and source_kind(source) in ("share", "group")
    speaker, confidence, channel = None, 1.0, None
    label = interview_label(source, cue)
    if label == ANSWER_LABEL or (answerer is not None and asked_of_interviewee(source, questions)):
        speaker = answerer
    elif source is not None and label is None:
        found = resolve_source(clusters, coref, source)
        speaker, confidence, channel = found.cluster, found.confidence, found.channel
    if speaker is not None and not speaker.named:  # "A former coach ... told deputies ... Dale Hutchins, 47,"
        speaker = coref.named_after(speaker) or speaker
    if speaker is not None and not speaker.named and source is not None:
        speaker = _body_it_tells_of(doc, coref, source, candidate) or speaker
    if cue is None:
        return _Resolved(speaker, confidence, Stated(channel=channel), None, kind, polled)
    quoted = quoted_as_saying(root_of(cue))
    if quoted is not None:  # "X was quoted by Interfax as saying": X's, through Interfax
        said_by, through = quoted
        speaker = resolve_source(clusters, coref, doc[said_by.left_edge.i : said_by.i + 1]).cluster
        channel = channel if through is None else subtree_span(through)
    blocked = list(candidate.content) + ([(source.start_char, source.end_char)] if source is not None else [])
    stated = finder.find(root_of(cue), source, blocked, channel, cue)
    if INTRODUCTIONS_UNDATED and not candidate.cue and source is not None and age_set_off(doc, source.end) is not None:
        # a quote whose speaker the sentence next to it introduces by name and age ("Margaret Ellery, 71, moved to
        # Millbrook Falls from Toronto in 1985"): that sentence's time is of the speaker's life, not of the quote
        stated = replace(stated, time=None)
    # "court documents say she told investigators": hers, to them, through the documents; a person passing words on
    # only when they were told to that person ("Marchetti said a support agent told her by phone that ..."): any other
    # person's report made a poor channel on train, and a quote's own subject ("I", "we") a poor speaker
    inner = inner_report(root_of(cue), candidate.content)
    teller = speaker if channel is None else None  # a person's report, not a document's
    if inner is not None and channel is None and (teller is None or not _passed_on(coref, inner, teller)):
        inner = None
    relay = None
    if inner is not None:
        subject = _subject_with_its_name(doc, inner.subject)
        speaker = resolve_source(clusters, coref, subject).cluster
        # when the inner speaker spoke is the statement's time ("she told investigators on Monday")
        own = finder.find(inner.verb, subject, _inner_words(inner.verb, blocked), None)
        # "The Russian Embassy said in a statement ..., according to a translation by Kyodo News": the medium the inner
        # speaker's own verb names is the statement's; the report it came through is only when the verb names none
        named_by_verb = own.channel is not None and _medium_named_by(root_of(own.channel), inner.verb)
        medium = own.channel if named_by_verb else stated.channel
        # the inner verb's own reading finds whom the parse hides ("a referee told officers Hutchins had shoved him")
        told = inner.addressee or own.addressee or stated.addressee
        if teller is not None and _retold(coref, inner, teller):
            # "Okafor said on Wednesday that executives had assured the agency in December": the report's occasion is
            # the teller's own, set for the teller's next words, and none of the earlier saying's
            relay = _Relay(teller, stated)
            stated = Stated(own.channel if named_by_verb else None, inner.addressee or own.addressee, own.time)
        else:
            stated = replace(stated, channel=medium, addressee=told, time=stated.time or own.time)
        if not speaker.named:
            speaker = coref.named_after(speaker) or speaker
    said_at = SaidAt(clause_verb(root_of(cue)), blocked, tuple(candidate.content))
    said_kind = None if inner is None else inner_kind(inner, candidate.content)
    return _Resolved(speaker, confidence, stated, said_at, kind, polled, relay, said_kind)


def _medium_named_by(medium: Token, verb: Token) -> bool:
    """Whether a nested report's verb names its medium itself: by a preposition of its own ("said in a statement"), or
    as the scene it told ("the Chancellor told a private meeting of backbench MPs that ..."), which the finder read as a
    channel and not as whom it was told to."""
    return said_in(medium, verb) or (medium.dep_ in ("dobj", "dative") and medium.head == verb)


def _passed_on(coref: Coreference, inner: InnerReport, teller: Cluster) -> bool:
    """Whether a person's report passes on another's words: what was told to the teller, or said before the report."""
    return _told_the_teller(coref, inner, teller) or _retold(coref, inner, teller)


def _retold(coref: Coreference, inner: InnerReport, teller: Cluster) -> bool:
    """ "Okafor said on Wednesday that executives had assured the agency in December that ...": a person's report of
    what another had said before, in a that-clause of its own, passes on the other's words. Not the teller's own
    earlier words ("Pena Nieto said he had told Trump that ...")."""
    return earlier_saying(inner.verb) and coref.cluster_at(inner.subject) is not teller


# What another bade the teller do in that other's own words, quoted, is the other's, told to the teller ("She said her
# coach ... had told her before the final round to “spell the roots, not the panic.”"): the quotation marks give the
# bidder's words, where an unquoted bidding ("doctors had told her to rest her voice") is the teller's own news.
# Rule on against off (fast.py, cache11; pagespeaker), with ``nested.QUOTED_BIDDINGS_MISREAD``: train-d, train 0-59
# and train-c outputs byte-identical (no quoted bidding in a report of a telling there); news pages two speakers and
# two times right (spelling-bee-final, pm-chip-plant-visit). Its evidence is those two sealed pages alone.
QUOTED_BIDDINGS_TOLD_THE_TELLER = True


def _told_the_teller(coref: Coreference, inner: InnerReport, teller: Cluster) -> bool:
    """ "Marchetti said a support agent told her by phone around noon that ...", "Donnelly said Ferris had told her
    over the team radio that ...": a person's report of what another told that very person, who is the one told.
    Only for words reported in a clause: what the teller was bidden do is the teller's own news ("Haddad wrote that
    doctors had told her to rest her voice"), unless bidden in the other's own words, quoted ("her coach had told her
    to “spell the roots, not the panic”", ``QUOTED_BIDDINGS_TOLD_THE_TELLER``)."""
    if inner.addressee is None:
        return False
    clause = any(c.dep_ == "ccomp" for c in reported_clauses(inner.verb))
    if not clause and not (
        QUOTED_BIDDINGS_TOLD_THE_TELLER and any(holds_quotation_marks(b) for b in biddings(inner.verb))
    ):
        return False
    told = coref.cluster_at(inner.addressee.root)
    return told is teller and coref.cluster_at(inner.subject) is not teller


def _subject_with_its_name(doc: Doc, subject: Token) -> Span:
    """A nested report's subject up to its head, or through the name set off after it: "According to the paper, the
    Chancellor, Martin Ashcombe, told ..." is Martin Ashcombe's, not an unnamed chancellor's. A relative clause or
    any other phrase after the head stays out."""
    names = [c for c in children_of(subject) if c.dep_ == "appos" and c.i > subject.i and set_off(c)]
    end = names[0].right_edge.i + 1 if names else subject.i + 1
    return doc[subject.left_edge.i : end]


def _inner_words(verb: Token, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """What is blocked for a nested report's own verb: the outer content holds the inner speaker's whole telling
    ("According to the statement, Vance told officers after his arrest that he had “panicked ...”"), of which only the
    clause the inner verb reports is words said; what stands between ("officers", "after his arrest") is its
    occasion."""
    # a that-clause the parser hangs on the medium or on the clause of when ("had told the team during the stoppage
    # that ...") is reported as a complement is
    clauses = [
        *(c for c in children_of(verb) if c.dep_ == "xcomp" and not _on_the_one_told(c)),
        *biddings(verb),
        *reported_clauses(verb),
    ]
    reported = [c for c in clauses if c.i > verb.i]
    if not reported:
        return blocked
    cut = min(c.left_edge.idx for c in reported)
    return [(cut, end) if start <= verb.idx < end else (start, end) for start, end in blocked]


# A subjectless participle the parser hangs on a telling as its complement ("had told fans trying to get back out, as
# the crowd built up behind them, that ...") tells of the ones told, not what was told: the telling's own words start
# at its reported clause, and what stands between ("as the crowd built up behind them") is its occasion. Rule on
# against off (fast.py, cache12; pages8occasion): train-d, train 0-59 and train-c byte-identical (no such participle
# between a nested telling and its words there: a form found on one page alone, a suspect of fitting, kept as a
# misparse's repair); news pages cup-tie-away-end-crush time +1 (the police officer's "only go one way, lads").
PARTICIPLES_ON_THE_TOLD = True


def _on_the_one_told(clause: Token) -> bool:
    """ "told fans trying to get back out": a complement in -ing with no subject of its own, on the one told."""
    return (
        PARTICIPLES_ON_THE_TOLD
        and clause.tag_ == "VBG"
        and not any(c.dep_ in NOMINAL_SUBJECTS for c in children_of(clause))
        and any(c.dep_ in ("dobj", "dative") and c.i < clause.i for c in children_of(clause.head))
    )


def _body_it_tells_of(doc: Doc, coref: Coreference, source: Span, candidate: Candidate) -> Cluster | None:
    """ "The Tidewater Saints, the Cork four-piece ..., will play their first shows together ..., the band announced":
    a definite source that names no person ("the band", "the club", no role noun for a person) and nobody in reach,
    after a content of its own sentence whose subject is a named body or group, is that body."""
    head = root_of(source)
    role = lexicons().role_nouns.get(head.lemma_.lower())
    if source[0].lower_ != "the" or head.pos_ != "NOUN" or (role is not None and role.kind != "org"):
        return None
    if not candidate.content:
        return None
    content = doc.char_span(*candidate.content[0], alignment_mode="expand")
    if (
        content is None
        or coref.sentence_of[root_of(content).i] != coref.sentence_of[head.i]
        or source.start < content.end
    ):
        return None  # only the source after its content: "the division said that Halvorsen must" is the division's
    verb = root_of(content)
    subjects = nominal_subjects(verb) or (nominal_subjects(verb.head) if verb.dep_ == "conj" else [])  # a shared one
    # the body's name itself, opening the sentence before the content: not a pronoun that may stand for anyone
    named = [s for s in subjects if s.i < content.start and (m := coref.token_mention.get(s.i)) and m.kind == "name"]
    bodies = [coref.cluster_at(s) for s in named]
    found = [c for c in bodies if c is not None and c.named and (c.type == "ORG" or (c.type == "OTHER" and c.plural))]
    return found[0] if len(found) == 1 else None


def _root(candidates: list[Candidate], i: int) -> int:
    """The attribution a chain of continuations starts from; a broken or looping chain is its own root."""
    seen = {i}
    origin = candidates[i].continues
    while origin is not None and 0 <= origin < len(candidates) and origin not in seen:
        seen.add(origin)
        if candidates[origin].continues is None:
            return origin
        origin = candidates[origin].continues
    return i


def fold_continuations(candidates: list[Candidate]) -> list[Candidate]:
    """A cue-less quote paragraph is one more content fragment of the attribution it continues.

    That is PolNeAR's convention, as for a quote running over several paragraphs: one statement, one
    attribution, so its speaker, channel and time are those of the statement's cue. A quote paragraph after a
    paraphrase, wholly or partly quoted, is no further fragment of it but a statement of its own, direct, by the
    paraphrase's speaker, whose occasion it carries (``../shared/design/occasion.md``, "Carried occasion", 2);
    the quote paragraphs after it are fragments of that statement. Each keeps its place after the statement it
    continues. (A partly quoted paraphrase whose quote runs on over the paragraph break is one region, hence
    one candidate, so it never reaches this fold.)
    """
    roots = [_root(candidates, i) for i in range(len(candidates))]
    origins = list(roots)
    quoted_after: dict[int, int] = {}  # a paraphrase's index -> the quote paragraph that continues it first
    for i, root in enumerate(origins):
        if root != i and candidates[root].kind != "direct" and candidates[i].kind == "direct":
            roots[i] = quoted_after.setdefault(root, i)
    order = sorted((i for i in range(len(candidates)) if roots[i] == i), key=lambda i: (origins[i], i))
    at = {i: n for n, i in enumerate(order)}
    folded = {i: replace(candidates[i], content=list(candidates[i].content)) for i in order}
    for i in quoted_after.values():
        folded[i].continues = at[origins[i]]
    for i, candidate in enumerate(candidates):
        parent = folded[roots[i]]
        if roots[i] == i:
            continue
        parent.content.extend(candidate.content)
        if candidate.kind != parent.kind:
            parent.kind = "mixed"
    return [folded[i] for i in order]


def _occasion_of(text: str, span: Span | None, carried: bool) -> Occasion | None:
    excerpt = None if span is None else excerpt_of(text, [(span.start_char, span.end_char)])
    return None if excerpt is None else Occasion(spans=excerpt.spans, text=excerpt.text, carried=carried)


def _time(text: str, held: Held) -> TimeRef | None:
    time = held.stated.time
    excerpt = None if time is None else excerpt_of(text, [(time.span.start_char, time.span.end_char)])
    if time is None or excerpt is None:
        return None
    return TimeRef(spans=excerpt.spans, text=excerpt.text, date=time.date, carried="time" in held.carried)


def _cue(doc: Doc, text: str, spans: list[tuple[int, int]]) -> Cue | None:
    """The cue with its head word and lemma, read from its first fragment by the convention of
    ``resolve.stated.cue_words`` ("stated" / "state" in "recently stated in an interview", "according" /
    "according to", "pointed" / "point out")."""
    excerpt = excerpt_of(text, spans)
    if excerpt is None:
        return None
    first = excerpt.spans[0]
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None or not len(span):
        return Cue(spans=excerpt.spans, text=excerpt.text)
    head = cue_head(span)
    return Cue(spans=excerpt.spans, text=excerpt.text, head=head.text, lemma=cue_lemma(span, head))


def _worth_listing(cluster: Cluster, doc: Doc, speakers: set[int]) -> bool:
    """Named entities and speakers are listed; an unnamed description only when it is a subject somewhere."""
    if cluster.named or cluster.index in speakers:
        return True
    return any(doc[m.head].dep_ in NOMINAL_SUBJECTS for m in cluster.mentions)


def _listed_entities(doc: Doc, clusters: ClusterSet, speakers: set[int]) -> dict[int, Entity]:
    """The listed entities by cluster index, numbered in order of first mention."""
    listed = (c for c in clusters.clusters if c.mentions and _worth_listing(c, doc, speakers))
    ordered = sorted(listed, key=lambda c: c.first_start)
    return {
        c.index: Entity(
            id=f"E{n + 1}",
            name=c.name,
            type=c.type,
            mentions=tuple(
                Mention(span=TextSpan(m.start_char, m.end_char), text=m.text)
                for m in sorted(c.mentions, key=lambda m: m.start_char)
            ),
        )
        for n, c in enumerate(ordered)
    }


def _attribution(
    doc: Doc,
    text: str,
    number: int,
    candidate: Candidate,
    cue: Cue | None,
    resolved: tuple[_Resolved, Held],
    entities: dict[int, Entity],
) -> Attribution:
    resolution, held = resolved
    speaker = None if resolution.speaker is None else entities[resolution.speaker.index]
    found = held.stated
    return Attribution(
        id=f"A{number}",
        kind=resolution.said_kind or candidate.kind,
        type=resolution.type,
        content=excerpt_of(text, candidate.content),
        cue=cue,
        source=excerpt_of(text, candidate.source),
        speaker=None if speaker is None else SpeakerRef(entity=speaker.id, name=speaker.name, type=speaker.type),
        channel=_occasion_of(text, found.channel, "channel" in held.carried),
        addressee=_occasion_of(text, found.addressee, "addressee" in held.carried),
        time=_time(text, held),
        confidence=round(max(0.0, min(1.0, candidate.confidence * resolution.confidence)), CONFIDENCE_DIGITS),
    )


def _answerer_speaking(
    doc: Doc, candidates: list[Candidate], resolved: list[_Resolved], answerer: Cluster, questions: Sequence[Turn]
) -> list[_Resolved]:
    """An "I" who speaks inside a printed interview's answer ("A: ... I think his conclusory comment is correct") is
    the person answering. Its occasion was held before this, as the "I"'s own: what the person thinks, or once said
    elsewhere ("I said, hey, you've got to change the culture" of a speech at Davos), is told within the answer, not
    a turn of the interview, and joined to the answerer's turns it took their occasion (on train-d, the interview's
    channel carried to 8 statements the annotation leaves with none, a habit's "on the stump" to 10 turns)."""
    return [
        replace(result, speaker=answerer)
        if answered_by_interviewee(source_span(doc, candidate.source), questions)
        else result
        for candidate, result in zip(candidates, resolved, strict=True)
    ]


def _add_first_person(doc: Doc, text: str, candidates: list[Candidate], resolved: list[_Resolved]) -> None:
    """ "I", "me", "my" in a speaker's own quoted words are further mentions of that speaker."""
    found = speakers_first_person(doc, text, [(c.content, c.kind) for c in candidates])
    for tokens, result in zip(found, resolved, strict=True):
        if result.speaker is None:
            continue
        for token in tokens:
            result.speaker.add(
                MentionSpan(
                    start=token.i,
                    end=token.i + 1,
                    head=token.i,
                    kind="pronoun",
                    text=token.text,
                    start_char=token.idx,
                    end_char=token.idx + len(token),
                )
            )


def _points_back(doc: Doc, content: list[CharSpan]) -> bool:
    """ "That's according to early results of exit polls": a content that is only a demonstrative and its
    verb stands for the statement before it."""
    spans = (doc.char_span(start, end, alignment_mode="expand") for start, end in content)
    words = [t for span in spans if span is not None for t in span if not t.is_punct and not t.is_space]
    return (
        bool(words)
        and words[0].lower_ in DEMONSTRATIVES
        and all(t.lower_ in DEMONSTRATIVES or t.lemma_ == "be" or t.norm_ == "'s" for t in words)
    )


def _tagged_sentences(finder: CircumstanceFinder, said_at: list[SaidAt | None]) -> list[Span] | None:
    """The sentences the occasion tagger reads: all of them for scenes, else those where statements are made
    (the other uses read a statement's own sentence only), which costs a fraction of the document."""
    if TAG_USE.scenes:
        return None
    numbers = sorted({finder.sentence_of[at.verb.i] for at in said_at if at is not None})
    return [finder.sentences[n] for n in numbers]


# Words that name a group of the people just named when they are a statement's whole subject ("both claim")
GROUP_WORDS = frozenset({"both"})


def _a_group(coref: Coreference, speaker: int, name: str) -> bool:
    """Whether a statement's speaker is a group: a plural entity ("the four contenders") or "both"."""
    return coref.clusters.clusters[speaker].plural or name.lower() in GROUP_WORDS


# A statement's time is never a phrase that holds its own cue as a gerund: "Kasich cautioned ..., before optimistically
# predicting that a contested convention could ...": the "before" clause may date the caution, and is carried to the
# next statement of its speaker, but it is the prediction itself, not when it was made. Built with
# ``roles.PREPOSITION_GERUNDS_SHARE_SUBJECTS``, which gives such gerunds their speaker and so the carried time
# (pagespeaker2). Only a gerund: for any cue ("when asked which candidate she would back", "as he called for ...") it
# cost train-d time accuracy 0.6702 -> 0.6694, those clauses being the annotators' times.
TIMES_APART_FROM_CUES = True
_GERUND = "VBG"


def _time_apart_from_cue(held: Held, candidate: Candidate) -> Held:
    """``held`` without its time when the time's phrase holds the statement's own cue (``TIMES_APART_FROM_CUES``)."""
    time = held.stated.time
    if not TIMES_APART_FROM_CUES or time is None or not candidate.cue:
        return held
    start, end = time.span.start_char, time.span.end_char
    doc = time.span.doc
    inside = [doc.char_span(s, e, alignment_mode="expand") for s, e in candidate.cue if start <= s and e <= end]
    if not any(cue is not None and cue.root.tag_ == _GERUND for cue in inside):
        return held
    return Held(replace(held.stated, time=None), held.carried - {"time"})


def _occasions(
    finder: CircumstanceFinder,
    coref: Coreference,
    candidates: list[Candidate],
    resolved: list[_Resolved],
    paragraphs: Paragraphs,
    cues: list[Cue | None],
) -> list[Held]:
    """Each statement's occasion, stated in its own clause or carried from a scene or the statement it continues
    (``cues``: each candidate's cue, as the output gives it)."""
    statements = []
    # once a document: a walk of an entity's roles per statement would grow with the text
    of_a_court = {c.index for c in coref.clusters.clusters if (c.roles | c.titles) & COURT_ROLES}
    turns = transcript_turns(finder.text)
    in_turns = [turn_holding(turns, _stands_at(c)) for c in candidates]
    for candidate, result, turn in zip(candidates, resolved, in_turns, strict=True):
        position = _stands_at(candidate)
        speaker = None if result.speaker is None else result.speaker.index
        verb = None if result.said_at is None else result.said_at.verb
        in_turn = turn is not None
        held_view = result.type == "thought" or (verb is not None and (perfect(verb) or unsaid(verb) or intended(verb)))
        statements.append(
            Statement(
                position,
                paragraphs.of(position),
                speaker,
                result.stated,
                held_view,
                result.polled,
                _points_back(finder.doc, candidate.content),
                # a transcript's turn is its speaker's words as recorded, though unquoted: no summary of a position,
                # so the speaker's occasion does not lapse for it (on train-d, a TV interview's turns: +2 channel, +2
                # time, no false fill)
                candidate.kind == "indirect" and not in_turn,
                asked_as_stated(coref, result.stated, verb),
                verb is not None and replies(verb),
                result.speaker is not None and _a_group(coref, result.speaker.index, result.speaker.name),
                asked_of_nobody(result.stated, verb),
                result.speaker is not None and result.speaker.index in of_a_court,
                _to_the_bench(finder.text, candidate),
                verb is not None and placed_at_the_scene(verb),
                in_turn,
                asked_in_the_passive(coref, verb),
                asked_in_the_active(coref, verb),
            )
        )
    said_at = [r.said_at for r in resolved if r.said_at is not None]
    scenes = scene_settings(finder, coref, said_at, paragraphs)
    settings = sorted([*scenes, *_relays(candidates, resolved, paragraphs)], key=lambda s: s.position)
    aligned = [r.said_at for r in resolved]
    tagged = tag_occasions(finder.doc, finder.text, sentences=_tagged_sentences(finder, aligned)) if TAG_USE.on else []
    phrases = UsablePhrases(tagged, TAG_USE)
    statements, settings = use_tagged(finder, coref, statements, aligned, settings, paragraphs, phrases)
    names = {r.speaker.index: r.speaker.name for r in resolved if r.speaker is not None}
    persons = {
        c.index: c.mentions[0].start_char
        for c in coref.clusters.clusters
        if c.type == "PERSON" and not c.plural and c.mentions
    }
    bodies = frozenset(c.index for c in coref.clusters.clusters if c.type == "ORG")
    held = carry_occasions(statements, settings, paragraphs.entries, paragraphs.headline, names, persons, bodies)
    filled = fill_from_tags(held, aligned, phrases, finder.published)
    sentences = [None if a is None else finder.sentence_of[a.verb.i] for a in aligned]
    filled = lede_fills_kept(held, filled, statements, 1 if paragraphs.headline else 0)
    held = fills_kept_next(held, filled, statements, sentences)
    held = continued_channels(held, statements, [None if cue is None else cue.lemma for cue in cues])
    held = _views_in_turns(finder.doc, candidates, statements, held, in_turns)
    # forms that name whom one statement went to without opening an occasion the speaker's later words carry
    return [
        addressed_after_carrying(h, None if r.said_at is None else finder.asked_pronoun(r.said_at.verb))
        for h, r in zip(held, resolved, strict=True)
    ]


def _views_in_turns(
    doc: Doc, candidates: list[Candidate], statements: list[Statement], held: list[Held], in_turns: list[Turn | None]
) -> list[Held]:
    """ "A: I think it's a mistake": a view the speaker of a transcript's turn gives in it ("I think", "I don't know",
    "My advice is") is voiced in that turn and takes its occasion (occasion.md: every turn is made in the transcript's
    event), though told outside a transcript a view is held, not said, and carries nothing. Only the turn's own speaker
    (its label's entity, or "I" inside it), not someone the turn quotes ("They want"), and only a view: a saying
    recalled in the turn ("I said, hey, ...") was made elsewhere. On train-d, a printed interview's answers: +13
    channel, +10 time, no false fill (the addressee it takes is the interview's, which the scene reads only in part)."""
    at_colon = {s.position: i for i, s in enumerate(statements)}
    out = list(held)
    for i, statement in enumerate(statements):
        if not statement.held_view or not held[i].stated.empty:
            continue
        turn = in_turns[i]
        at = None if turn is None else at_colon.get(turn.colon[0])
        if at is None or at == i:
            continue
        source = source_span(doc, candidates[i].source)
        own = statement.speaker is not None and statement.speaker == statements[at].speaker
        if own or (source is not None and source.text.lower() in FIRST_PERSON):
            out[i] = carried_whole(held[at].stated)
    return out


def _relays(candidates: list[Candidate], resolved: list[_Resolved], paragraphs: Paragraphs) -> list[Setting]:
    """ "Mehra told Reel Dispatch that Varga had insisted ...": the words are Varga's, but telling Reel Dispatch is
    Mehra's occasion, which Mehra's next words ("We did not argue for very long") carry."""
    settings = []
    for candidate, result in zip(candidates, resolved, strict=True):
        if result.relay is not None and not result.relay.stated.empty:
            at = _stands_at(candidate)
            settings.append(Setting(at, paragraphs.of(at), frozenset({result.relay.teller.index}), result.relay.stated))
    return settings


def resolve(doc: Doc, candidates: list[Candidate]) -> tuple[list[Entity], list[Attribution]]:
    """Entities of the article and one Attribution per candidate (continuations folded), in order."""
    text = doc.text  # Doc.text joins every token on each read: once
    candidates = without_raised_subjects(doc, candidates)  # "The court seemed to send": no one's statement
    answered = interviewee(doc, first_turn(text, candidates))
    parts = _statement_parts(doc, candidates)
    if answered is not None:  # the person interviewed is the source of every answer
        parts = replace(parts, sources=parts.sources | {t.i for t in answered})
    clusters, coref = _analyse(doc, text, parts)
    published = doc._.published if Doc.has_extension("published") else None
    finder = CircumstanceFinder(doc, text, published, coref.sentences, coref.sentence_of)
    candidates = fold_continuations(candidates)
    answerer = None if answered is None else resolve_source(clusters, coref, answered).cluster
    questions = question_lines(text) if answerer is not None else ()
    resolved = [_resolve_one(doc, clusters, coref, finder, c, answerer, questions) for c in candidates]
    paragraphs = coref.paragraphs  # the paragraphs coreference weighs mentions by
    resolved = _documents_made(doc, candidates, resolved, coref.sentence_of, paragraphs)
    resolved = _namesakes_continued(doc, clusters, paragraphs, candidates, resolved)
    resolved = _headlines_restated(doc, candidates, resolved)
    resolved = _lede_named_next(doc, coref.sentence_of, paragraphs, candidates, resolved)
    _add_first_person(doc, text, candidates, resolved)
    cues = [_cue(doc, text, c.cue) for c in candidates]  # once: the occasions read their lemmas, the output them
    held = _occasions(finder, coref, candidates, resolved, paragraphs, cues)
    held = [_time_apart_from_cue(h, c) for h, c in zip(held, candidates, strict=True)]
    if answerer is not None:  # after the occasions: see ``_answerer_speaking``
        resolved = _answerer_speaking(doc, candidates, resolved, answerer, questions)
    # after the occasions too, which take the one asked as the question's scene ("Asked ..., Clinton said"): no source
    asked = asked_subjects(doc, candidates)
    candidates = [replace(c, source=[]) if a else c for c, a in zip(candidates, asked, strict=True)]
    resolved = [replace(r, speaker=None) if a else r for r, a in zip(resolved, asked, strict=True)]
    entities = _listed_entities(doc, clusters, {r.speaker.index for r in resolved if r.speaker is not None})
    pairs = zip(candidates, cues, zip(resolved, held, strict=True), strict=True)
    attributions = [_attribution(doc, text, i + 1, c, cue, r, entities) for i, (c, cue, r) in enumerate(pairs)]
    return list(entities.values()), attributions

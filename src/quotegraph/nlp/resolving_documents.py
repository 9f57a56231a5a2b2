"""A document named again as a source ("the statement said", "the post said", "an update on the same page
said") is the one a statement just before was made through, or one a narrated sentence put out ("The company issued a
statement ... the statement said", ``narrated_issuings``), so its maker speaks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.find.parse import children_of, has_possessor, root_of
from quotegraph.nlp.find.spans import Covered
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.speakers import source_documents
from quotegraph.nlp.resolve.speakers.clusters import Cluster
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.speakers.source_documents import document_principal, principal_phrase
from quotegraph.nlp.resolve.speakers.source_spans import source_span
from quotegraph.nlp.resolve.speakers.speakers import resolve_source
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.circumstances import CircumstanceFinder
from quotegraph.nlp.resolve.stated.decision_days import DECISION_NOUNS, RULING_VERBS
from quotegraph.nlp.resolve.stated.saying_verbs import object_of
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase
from quotegraph.nlp.resolving_records import Resolved
from quotegraph.nlp.syntax import agents_of, principal_of

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
     "announcement",
     # what an inspector, auditor or coroner writes of what they found ("In their report, auditors ... found that
     # ... “...,” the report said": vice-chancellor-expenses-audit, coroner-cyclist-inquest, pages speaker +2, time
     # +1). On train-d it fired once, wrongly (huff-post_2016-07-14_fdic: "some lawmakers" given "the report" as
     # channel, then made the speaker of "the congressional report said"), kept out by
     # DOCUMENTS_SPEAKING_ARE_NO_ONE_S; train 0-59 and train-c have no "the report said" after a report made through:
     # page-only evidence, suspect of fitting
     "report",
     # a body's written answer to a request or an appeal ("The council's reply, signed by ..., said ... “...,” the reply
     # reads"; speakerstress, its written articles), and the same answer called a response ("In an emailed response to
     # the Bulletin, a spokeswoman for X said ... “...,” the response said"; documentspeakers) or what a party puts
     # to an inquiry or a board ("made a submission to the wage board ... the submission said")
     "reply", "response", "submission"}
)  # fmt: skip


# How far back the statement made through the document may be: the next sentence or two in the pages seen,
# while a document named paragraphs later on train was another one ("the statement" of a different body)
_DOCUMENT_REACH = 2  # sentences


# or the paragraph after the one that named it, however long that was: "... announced the freeze in an email to
# students. “...,” she wrote. “...” / The email also said ..." (a quote of several sentences in between)
_DOCUMENT_PARAGRAPHS = 1


# A document a narrated sentence put out (``narrated_issuings``) is told of at more length before it is quoted:
# "Goodlatte and Gowdy sent a letter to Comey, signed by 200 House Republicans, ..." and paragraphs on, "The letter"
# speaks; "A report released in September by the National Academies ..." and paragraphs on, "the report". Three
# paragraphs against one (fast.py, cache17): train-d those two statements and no other, both the maker's
# (politico_2016-07-11 republicans-ask-doj, nyt_2015-12-10 immigrants-can-find-way): addressee 0.6997 -> 0.7006, time
# 0.6832 -> 0.6836, no false fill; train 0-59, train-c and the pages unchanged
_ISSUED_PARAGRAPHS = 3


# A document a narrated sentence puts out that is itself the source of the words it carries ("Owain Rees-Jenkins issued
# a written statement to the Senedd saying that the board would be escalated") is its maker's, as the same document
# named again after it is ("the statement said"): the statement is the cue's subject only because the parser hangs
# "saying" on it. Rule on against off (slices, cache44; speakerlinks, the forty-fourth set): train-a time 0.6625 ->
# 0.6650 (a statement Bill Clinton put out, its "When Wallace died in 1998"), train-d time 0.7074 -> 0.7082 (a staff
# association's letter, its "this month"), no false fill; dev time 0.5208 -> 0.5245; the six check pages every field
# 55 -> 56, speaker 85 -> 86; the tuned pages the same.
ISSUED_DOCUMENTS_SAYING = True


def documents_made(
    doc: Doc,
    candidates: list[Candidate],
    resolved: list[Resolved],
    sentence_of: list[int],
    paragraphs: Paragraphs,
    issued: Sequence[Issued] = (),
) -> list[Resolved]:
    """ "Lumora ... the company said in a blog post on Tuesday. “...,” the post said": a document named
    again as the source ("the post", "the statement", "the letter") is the one a statement just before was
    made through, so its maker speaks; only for a definite document with no maker of its own in its
    phrase (an owner or "by X" made it the speaker already) and no name in it."""
    made_by: dict[str, _Made] = {}  # a document noun -> who spoke through it last, and where
    speaking = _documents_speaking(doc, candidates)
    pending = sorted(issued, key=lambda i: i.at)  # narrated issuings, recorded as the reading passes them
    passed = 0  # how many of them the reading has passed (an index: popping the list's head moves all the rest)
    spoke_for: tuple[Cluster, int] | None = None  # the maker the last document named again was given, and its sentence
    said_last: _Said | None = None  # the named speaker of the statement just before, if made through nothing named
    put_out = {i.at: i.made for i in issued} if ISSUED_DOCUMENTS_SAYING else {}  # a document's token -> its maker
    out = []
    for candidate, result in zip(candidates, resolved, strict=True):
        source = source_span(doc, candidate.source)
        before = result.speaker
        while passed < len(pending) and source is not None and pending[passed].at < source.start:
            made_by[pending[passed].key] = pending[passed].made
            passed += 1
        channel = result.stated.channel
        speaker = result.speaker
        if source is not None and speaker is not None and not speaker.named:
            here = (sentence_of[source.start], paragraphs.of(source.start_char))
            if channel is not None and (issuing := put_out.get(root_of(source).i)) is not None:
                result = _spoken_by(result, issuing, channel)  # the document put out is itself the source
            elif channel is not None:
                medium = root_of(channel)
                maker = made_by.get(medium.lemma_.lower())
                named_again = source[0].lower_ in _BACK_REFERENCES and root_of(source) == medium
                if maker is not None and _near(maker, here) and named_again:
                    result = _spoken_by(result, maker, channel)
                elif (inner_maker := _made_by_before(doc, speaker, made_by, here)) is not None:
                    result = replace(result, speaker=inner_maker)
                elif (sayer := _document_of_the_saying(source, said_last, here[0])) is not None:
                    result = replace(result, speaker=sayer)
                elif (ruler := _decision_of_the_ruling(source, said_last, here[0])) is not None:
                    result = replace(result, speaker=ruler)
            # "Tillpoint posted on its status page that ... “...,” the page said", "an update on the same page said":
            # the medium itself speaking, or a post on it, is its maker speaking through it
            elif (record := _made_named_again(doc, speaker, made_by, here)) is not None:
                result = _spoken_by(result, record, source)
            elif (maker_cluster := _posted_on_before(source, made_by, here)) is not None:
                result = replace(result, speaker=maker_cluster, stated=replace(result.stated, channel=source))
            elif (went_on := _document_going_on(source, spoke_for, here[0])) is not None:
                result = replace(result, speaker=went_on)
            elif (ruler := _decision_of_the_ruling(source, said_last, here[0])) is not None:
                result = replace(result, speaker=ruler, stated=replace(result.stated, channel=source))
        if source is not None and result.speaker is not before and result.speaker is not None:
            spoke_for = (result.speaker, sentence_of[source.start])
        if source is not None:
            said_last = _said(result, source, sentence_of[source.start])
        channel = result.stated.channel
        own_maker = source is not None and _maker_in_its_phrase(result, source)
        made = source is None or channel is None or root_of(channel) not in source or own_maker
        if (
            channel is not None
            and result.speaker is not None
            and made
            and _made_through(channel)
            and (own_maker or not (DOCUMENTS_SPEAKING_ARE_NO_ONE_S and channel.start in speaking))
        ):
            made_by[_document_key(channel)] = _Made(
                result.speaker, sentence_of[channel.start], paragraphs.of(channel.start_char)
            )
        out.append(result)
    return out


# A document that is itself the source with its maker named in its phrase ("The council's reply, signed by its chief
# executive, Hemi Tautahi, said", "The ministry's letter, signed by the permanent secretary, X, said") was made by that
# maker as a document named in a channel is: a later "the reply reads" is the maker's. A document alone as the source
# ("the statement said": the phrase no longer than the document) records nothing new. speakerstress: its written
# articles (a council's reply signed by its chief executive, named again two sentences on).
SOURCE_DOCUMENTS_KEEP_THEIR_MAKER = True


def _maker_in_its_phrase(result: Resolved, source: Span) -> bool:
    """Whether a statement whose source is its document names the document's maker in that phrase, the named speaker
    the source resolved to (``SOURCE_DOCUMENTS_KEEP_THEIR_MAKER``)."""
    channel, speaker = result.stated.channel, result.speaker
    if not SOURCE_DOCUMENTS_KEEP_THEIR_MAKER or channel is None or speaker is None or not speaker.named:
        return False
    return len(source) > len(channel)


# A lone "it" that speaks right after a document named again spoke for its maker goes on with that document: "“...,” the
# release said. It added that none of the allegations had been proven" is the maker's, not whatever unnamed body
# coreference gave the pronoun ("the town office" named paragraphs before). Only when the pronoun's entity is no named
# one (a named body the pronoun was linked to stays) and in the same or the next sentence. Rule on against off (fast.py,
# cache28; speakerplaces): the 177 tuned pages every field +1 (mayor-fraud-charge-town: a police release's "It added",
# speaker, channel and time right); train-d, train 0-59 and train-c byte-identical. Its evidence is that one page.
DOCUMENTS_GO_ON = True
_GOING_ON_REACH = 1  # sentences after the document's statement


def _document_going_on(source: Span, spoke_for: tuple[Cluster, int] | None, sentence: int) -> Cluster | None:
    """The maker a document spoke for just before, for a source that is a lone "it" (``DOCUMENTS_GO_ON``)."""
    if not DOCUMENTS_GO_ON or spoke_for is None or len(source) != 1 or source[0].lower_ != "it":
        return None
    maker, said_at = spoke_for
    return maker if 0 <= sentence - said_at <= _GOING_ON_REACH else None


# A definite document named as the source right after a named speaker's statement made through nothing the article
# names is the document that statement was made in: "The Trump campaign on Tuesday responded that it had expanded into
# larger quarters. “...,” the statement said." is the campaign's, through "the statement"; "Clark's comments further
# ..., the groups say. ... “...,” the letter says." the groups'.
# Only a bare "the"/"this"/"that" and a document noun (``_DEFINITE_NOUN``: nothing of its own names another maker), the
# statement just before in the same or the sentence before (``_SAYING_REACH``), no channel of its own there (one made
# "in an interview" or "at a rally" is not a document's), and its speaker a named body or person (a pronoun or a
# description left to itself names nobody to give the words to; a body's description, "The company", is a body's),
# its source the subject of its cue (not a passive's agent, "nominated by President Barack Obama"), and the document's
# noun not named since that statement ("The Times said Cook provided a written statement": the words tell of another's
# document). Rule on against off (fast.py, cache31; descriptionlinks): train-d three statements in three articles, each
# right by reading (huff-post 2016-08-23 donald-trump-jacked-up: the Trump campaign; huff-post 2015-12-10
# hillary-clinton-under-pressure: "the letter" the groups', whose next statement carries the letter, channel 0.7222 ->
# 0.7226; breitbart 2016-08-24 report-half-clinton: "The AP reported ... The report also documented", the AP); train
# 0-59, train-c and the 177 tuned pages unchanged. Without the subject and channel guards, two wrong speakers on train-d
# (Jonathan Chait for "The statements", Barack Obama for a report); without the named-since guard, the Times for a
# press secretary's statement on train 0-59 (three channel false fills carried).
DOCUMENTS_OF_THE_SAYING_BEFORE = True
_SAYING_REACH = 1  # sentences: the document named in the next sentence at most; farther on it may be another's


@dataclass(frozen=True)
class _Said:
    """The speaker of a statement made through no channel, its sentence and where its source begins."""

    speaker: Cluster
    sentence: int
    at: int  # the first token of its source
    ruled: bool = False  # its cue a verb of ruling ("The court ruled that ...", ``RULING_VERBS``)
    described: bool = (
        False  # a ruling body neither named nor typed a body ("The appeals tribunal"): for its decision only
    )


# A decision a body's statement was said in ("In a decision published on Tuesday, the authority said ... “...,” the
# decision said", "the court said in its ruling that ... the ruling reads") is that body's written decision, named
# again as the source as after a verb of ruling (``DECISIONS_OF_THE_RULING_BEFORE``): the cue's "in" with a decision's
# noun counts as a ruling, and a decision found as the statement's channel is recorded as a document it was made
# through (``_made_through``). Written by speakerlinks (thirty-ninth set; docs/occasion-rounds.md).
DECISIONS_SPOKEN_IN = True


def _said_in_a_decision(verb: Token) -> bool:
    """ "said" of "In a decision published on Tuesday, the authority said": a cue whose "in" holds a decision's noun
    (``DECISIONS_SPOKEN_IN``)."""
    return DECISIONS_SPOKEN_IN and any(
        p.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in DECISION_NOUNS for o in children_of(p))
        for p in children_of(verb)
        if p.dep_ == "prep"
    )


def _said(result: Resolved, source: Span, sentence: int) -> _Said | None:
    """The statement's speaker and sentence, when it was made through no channel by the subject of its cue, a named
    person or body or a body's description ("The company confirmed")."""
    speaker = result.speaker
    if speaker is None or result.stated.channel is not None or root_of(source).dep_ != "nsubj":
        return None
    verb = root_of(source).head
    ruled = verb.lemma_.lower() in RULING_VERBS or _said_in_a_decision(verb)
    if speaker.named or speaker.type == "ORG":
        return _Said(speaker, sentence, source.start, ruled)
    # "The appeals tribunal ruled": a court described is the body that rules, for its decision named next
    return _Said(speaker, sentence, source.start, ruled, described=True) if ruled else None


def _document_of_the_saying(source: Span, said_last: _Said | None, sentence: int) -> Cluster | None:
    """The maker of a bare definite document named as the source ("the statement said") right after a named speaker's
    statement made through nothing (``DOCUMENTS_OF_THE_SAYING_BEFORE``)."""
    if not DOCUMENTS_OF_THE_SAYING_BEFORE or said_last is None or said_last.described or not _bare_definite(source):
        return None
    noun = source[1].lemma_.lower()
    bare = source[1].tag_ == "NN" and noun in _DOCUMENTS
    if not bare or not 0 <= sentence - said_last.sentence <= _SAYING_REACH:
        return None
    # "The Times said Cook provided a written statement ... “...,” the statement said": a document named since is one
    # the words before tell of, put out by whoever they say (the scan is two sentences at most: ``_SAYING_REACH``)
    told_of = any(t.pos_ == "NOUN" and t.lemma_.lower() == noun for t in source.doc[said_last.at : source.start])
    return None if told_of else said_last.speaker


# A court's or a tribunal's decision named as the source right after the statement of the body that ruled ("The
# Environment Court ruled in May that ... “...,” the judgment reads") is that body's written decision: the body speaks
# through it. Only after a verb of ruling (``RULING_VERBS``): after a plain "said" a "judgment" is as often another's.
# speakerplaces built "the decision ... reads" given to the court named as deciding and dropped it (nothing moved on
# train or the tuned pages); speakerstress keeps it for its written articles and the blind sets' described form.
DECISIONS_OF_THE_RULING_BEFORE = True


def _decision_of_the_ruling(source: Span, said_last: _Said | None, sentence: int) -> Cluster | None:
    """The body that ruled just before, for a bare definite decision named as the source ("the judgment reads"),
    in the same or the next sentence (``DECISIONS_OF_THE_RULING_BEFORE``)."""
    if not DECISIONS_OF_THE_RULING_BEFORE or said_last is None or not said_last.ruled or not _bare_definite(source):
        return None
    if source[1].tag_ != "NN" or source[1].lemma_.lower() not in DECISION_NOUNS:
        return None
    return said_last.speaker if 0 <= sentence - said_last.sentence <= _SAYING_REACH else None


def _spoken_by(result: Resolved, made: _Made, channel: Span | None) -> Resolved:
    """A statement of a document named again, given to the document's maker, through ``channel``: the channel the
    statement holds already ("the statement" as its source names it), or else the document named again, or for one a
    narrated sentence put out (``narrated_issuings``) the document as that sentence named it ("an appeal for
    witnesses"); a document put out is spoken through at the time it was put out, unless the statement states its own.
    The channel held stays: on train-d, replacing it with the phrase put out gave nyt_2015-11-24 world-war-ii the cut
    "a statement of concern about political resistance to" for "the statement", no score moved."""
    if made.issued is None:
        return replace(result, speaker=made.maker, stated=replace(result.stated, channel=channel))
    stated = result.stated
    return replace(
        result,
        speaker=made.maker,
        stated=replace(
            stated,
            channel=stated.channel or made.issued,
            time=stated.time or made.time,
            addressee=stated.addressee or made.addressee,
        ),
    )


# A document that is itself a statement's source ("some lawmakers had mentioned China ..., but the report on Wednesday
# for the first time cited a 2013 memo") is no maker's channel even when a statement beside it was given it: the
# document speaks there, and a later "the report said" is that document's, not the neighbour's. Train-d:
# huff-post_2016-07-14_fdic (three statements kept from "some lawmakers", time 0.6793 -> 0.6801 with "report" a
# document; the only train-d article where it fires); pages unchanged.
DOCUMENTS_SPEAKING_ARE_NO_ONE_S = True


def _documents_speaking(doc: Doc, candidates: list[Candidate]) -> frozenset[int]:
    """The first words of the candidates' source phrases whose head is a document: documents that speak."""
    sources = (source_span(doc, c.source) for c in candidates)
    return frozenset(s.start for s in sources if s is not None and root_of(s).lemma_.lower() in _DOCUMENTS)


@dataclass(frozen=True)
class _Made:
    """Who spoke through a document, and the sentence and paragraph where the document was named; for a document a
    narrated sentence put out, the document as it named it and the time it states."""

    maker: Cluster
    sentence: int
    paragraph: int
    issued: Span | None = None
    time: TimePhrase | None = None
    addressee: Span | None = None  # whom a document put out was sent to ("A letter this month to the board from ...")


def _near(named: _Made, here: tuple[int, int]) -> bool:
    """Whether a document named again as a source (its sentence and paragraph ``here``) is near enough to the one
    a statement was made through."""
    sentence, paragraph = here
    if named.issued is not None:
        return paragraph - named.paragraph <= _ISSUED_PARAGRAPHS
    return sentence - named.sentence <= _DOCUMENT_REACH or paragraph - named.paragraph <= _DOCUMENT_PARAGRAPHS


def _made_by_before(doc: Doc, speaker: Cluster, made_by: dict[str, _Made], here: tuple[int, int]) -> Cluster | None:
    """ "“...,” the statement said, according to a Meridian translation": an inner speaker that is only a
    definite document named just before ("the ministry said in a statement") is that document's maker."""
    made = _made_named_again(doc, speaker, made_by, here)
    return None if made is None else made.maker


def _made_named_again(doc: Doc, speaker: Cluster, made_by: dict[str, _Made], here: tuple[int, int]) -> _Made | None:
    """The record of the document a speaker that is only a definite document ("the statement") names again, when it
    was named just before."""
    first = speaker.mentions[0]
    maker = made_by.get(doc[first.head].lemma_.lower())
    if maker is None or not _near(maker, here):
        return None
    return maker if _bare_definite(doc[first.start : first.end]) else None


def _bare_definite(words: Span) -> bool:
    """ "the statement", "this report": an article or demonstrative and one word, nothing of their own that may name
    another maker (``_DEFINITE_NOUN``)."""
    return len(words) == _DEFINITE_NOUN and words[0].lower_ in _BACK_REFERENCES


# A document's kind is the last noun of its phrase when the parser heads the phrase elsewhere: "a prevention of future
# deaths report" (a report named by what it is for, "report" read as the object of "of") is a report, named again as
# "the report". Pages: coroner-cyclist-inquest (speaker +1, time +1, with "report" a document); train-d, train 0-59
# and train-c byte-identical (fires on no train article: page-only evidence, suspect of fitting).
LAST_NOUN_NAMES_THE_DOCUMENT = True


def _document_key(channel: Span) -> str:
    """The noun a channel's document is named again by: its head's, or its last word's when that is a document."""
    last = channel[-1]
    if LAST_NOUN_NAMES_THE_DOCUMENT and last.pos_ == "NOUN" and last.lemma_.lower() in _DOCUMENTS:
        return last.lemma_.lower()
    return root_of(channel).lemma_.lower()


def _made_through(channel: Span) -> bool:
    """Whether a statement's channel is one a later sentence may name again as what speaks: a document
    (``_DOCUMENTS``), or a common noun the words were put on ("posted on its status page", "wrote on the club's
    site": "the page said"), not a scene one speaks at or during."""
    root, key = root_of(channel), _document_key(channel)
    decision = DECISIONS_SPOKEN_IN and key in DECISION_NOUNS  # "said in its ruling": the body's written decision
    return key in _DOCUMENTS or decision or (root.pos_ == "NOUN" and object_of(root, "on"))


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


# A document a narrated sentence puts out ("The company issued a statement on Tuesday night.", "Police issued an appeal
# for witnesses", "a separate statement issued by the Sanders campaign late Tuesday was notable", "the Republican
# National Committee published a report") is its maker's, though no statement was made through it: a later "the
# statement said" speaks for the maker, through the document as put out, at the time it was put out. The maker is the
# subject of an active verb of putting out or the agent of a passive one ("by X"); a passive with no agent ("The report
# was released", "Customers were sent a text message") names no maker and is left alone.
# Rule on against off (fast.py, cache17): train-d one statement moved, huff-post_2016-04-27 bernie-sanders ("a separate
# statement issued by the Sanders campaign late Tuesday ... The statement talked about"): the campaign's, time "late
# Tuesday" (time 0.6828 -> 0.6832, no other score moved, no false fill); train 0-59 and train-c byte-identical. Pages:
# dijon-museum-jewel-theft ("the Police Nationale ... issued an appeal for witnesses ... the appeal said": speaker,
# channel and time right, every field 1,963 -> 1,964); no page worse. Many train-d articles narrate a document put out
# ("the DNC issued a statement apologizing", "Sanders released a statement"), few name it again as a source after it.
NARRATED_ISSUINGS = True

# Verbs of putting one's own document out: "put" only with "out" ("put out a statement"). Not "obtain", "leak",
# "see" or "read", by which one holds another's document.
# "make", "file", "submit" and "lodge" put forward one's own document to a court, a board or an inquiry ("Lawyers for
# X filed a response in the High Court", "The union made a submission to the wage board"; documentspeakers).
_ISSUING_VERBS = frozenset(
    {"issue", "release", "send", "publish", "post", "write", "put", "make", "file", "submit", "lodge"}
)
# Verbs by which a body or a group makes a document its own without writing it out: a council passes, adopts or
# approves a resolution, people sign a letter or a petition ("Its executive board passed a resolution ... The
# resolution supported ...", "The letter, signed by 60 nurses, ... the letter said"). Not "vote", "reject" or "oppose":
# one votes on, rejects or opposes another's motion.
_ADOPTING_VERBS = frozenset({"pass", "adopt", "approve", "sign"})
# What a body's vote or an authority's finding puts out, which a later sentence names again as the speaker ("The
# resolution said", "the ruling states", "the petition called for"): a document the article tells of being made before
# it speaks, never one a maker is said to speak "in" (no "said in a resolution" on train-d), so only here
_ADOPTED_DOCUMENTS = frozenset({"resolution", "motion", "petition", "decision", "ruling", "judgment"})
# The documents a narrated sentence puts out and a later sentence names again: those a maker speaks through, and an
# appeal a police force or a charity puts out ("issued an appeal for witnesses ... “...,” the appeal said":
# dijon-museum-jewel-theft; no train article has "the appeal" as a source: page-only evidence, suspect of fitting,
# though an appeal is a document put out as a statement is)
_ISSUED_DOCUMENTS = _DOCUMENTS | {"appeal"} | _ADOPTED_DOCUMENTS


# A study speaks for those who made it as a report does for its body: "The study, published in the Medical Journal of
# Australia by researchers at the University of Southern Queensland, followed ... The study found" and "The study,
# carried out by the Kenya Medical Research Institute (Kemri), tested ... the study said" are the researchers' and the
# institute's words, the study their channel (occasion.md: a document speaks for its author). A study is made by being
# conducted, carried out or led as a report is by being published: those verbs put it out (``_issuing``). Only "study":
# "paper" is a newspaper as often ("the paper said"), "survey" and "poll" are their respondents' answers. Written by
# bodyforms (the forty-first set; docs/occasion-rounds.md).
STUDIES_SPEAK_FOR_THEIR_MAKERS = True
_RESEARCH = frozenset({"study"})
_RESEARCHING_VERBS = frozenset({"conduct", "lead"})
_RESEARCH_OUT_VERBS = frozenset({"carry"})  # "carried out" a study, as a statement is "put out": with "out" only


@dataclass(frozen=True)
class Issued:
    """A document a narrated sentence put out: the noun it is named again by, where it was named, and its maker."""

    key: str
    at: int  # the document's token
    made: _Made


def narrated_issuings(
    doc: Doc, candidates: list[Candidate], coref: Coreference, finder: CircumstanceFinder
) -> list[Issued]:
    """The documents narrated sentences put out with a maker named, in text order: not in anyone's words (a quote's
    "we sent a letter" is the speaker's telling), one document only (a body releasing "emails" or "letters" puts out
    others' words as often as its own), and none its phrase gives an owner: "its letter, written by Kenneth P. Cohen"
    is the owner's, and a statement made through it records it so (train-d nyt_2015-12-03 columbia-defends-exxon: the
    letter stays Exxon Mobil's)."""
    if not NARRATED_ISSUINGS:
        return []
    contents = [span for c in candidates for span in c.content]
    # whether a verb lies in anyone's words, by bisection: a scan of every content for each issuing was quadratic in a
    # text of thousands of documents put out and quoted
    reported = Covered(contents)
    cues = Covered([span for c in candidates for span in c.cue])
    out = []
    for word in doc:
        key = word.lemma_.lower()
        issued = key in _ISSUED_DOCUMENTS or (STUDIES_SPEAK_FOR_THEIR_MAKERS and key in _RESEARCH)
        if word.pos_ != "NOUN" or not issued or word.tag_ == "NNS" or has_possessor(word):
            continue
        verb, maker = _issuer(word)
        # "X read a statement on behalf of the family": the family's document, whoever put it out or read it
        principal = _principal_of_putting_out(word)
        if principal is not None:
            verb, maker = (word.head if word.dep_ == "dobj" else word), principal
        elif (
            maker is None
            and (acted := _acted_in(word)) is not None
            and not cues.overlaps((acted[0].idx, acted[0].idx + 1))
        ):
            verb, maker = acted
        if maker is None or reported.overlaps((verb.idx, verb.idx + 1)):
            continue
        cluster = coref.cluster_at(maker) if maker is not principal else _principal_cluster(coref, maker)
        if cluster is None:
            continue
        stated = finder.find(verb, None, contents, None)
        sentence, paragraph = coref.sentence_of[word.i], coref.paragraphs.of(word.idx)
        made = _Made(cluster, sentence, paragraph, channel_phrase(word), stated.time, stated.addressee)
        out.append(Issued(key, word.i, made))
    return out


# A document a narrated act is done in ("Sequeira hit back in a statement released through his agency on Wednesday",
# "The ministry responded in a letter to the union") is the doer's: a later "the statement said" speaks for them, as
# for a document a narrated sentence put out. Only the active subject of a verb that is no statement's cue (a cue's
# document is recorded from its statement), and not a verb of being or showing up in something ("X appears in a
# video", "she features in the report"), whose subject is what the document shows. Measured in
# docs/occasion-rounds.md (documentspeakers).
NARRATED_ACTS_IN_DOCUMENTS = True
_BEING_IN = frozenset(
    {"be", "appear", "feature", "figure", "remain", "stay", "show", "mention", "name", "cite", "quote"}
)


def _acted_in(document: Token) -> tuple[Token, Token] | None:
    """The verb a narrated act is done in a document by, and its doer: the active subject of the verb the document's
    "in" hangs on (``NARRATED_ACTS_IN_DOCUMENTS``)."""
    preposition = document.head
    if not NARRATED_ACTS_IN_DOCUMENTS or document.dep_ != "pobj" or preposition.lower_ != "in":
        return None
    verb = preposition.head
    if preposition.dep_ != "prep" or verb.pos_ != "VERB" or verb.lemma_.lower() in _BEING_IN:
        return None
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    return (verb, subjects[0]) if subjects else None


def _principal_of_putting_out(document: Token) -> Token | None:
    """The one a document is put out for (``source_documents.DOCUMENTS_SPEAK_FOR_THEIR_PRINCIPALS``): named on the
    document ("a statement issued on behalf of the family") or on the verb it is the object of ("X read a statement on
    behalf of the family", whatever the verb: one who reads out another's document puts it out for them)."""
    if (principal := document_principal(document)) is not None:
        return principal
    if source_documents.DOCUMENTS_SPEAK_FOR_THEIR_PRINCIPALS and document.dep_ == "dobj":
        return principal_of(document.head)
    return None


def _principal_cluster(coref: Coreference, principal: Token) -> Cluster | None:
    """The entity a principal names: its mention's, or one of its own phrase as a source's ("the Whitcombe family")."""
    return coref.cluster_at(principal) or resolve_source(coref.clusters, coref, principal_phrase(principal)).cluster


def _issuer(document: Token) -> tuple[Token, Token | None]:
    """The verb that puts a document out and who puts it out: the subject of an active verb ("X issued a statement"),
    the agent of a passive one ("a statement was issued by X", "a statement issued by X"), or the author its own
    phrase names ("The inspection report, by Ailsa Ross, ...", "a letter from 60 nurses": the document itself stands for
    the verb)."""
    if document.dep_ == "dobj" and _issuing(document.head):
        subjects = [c for c in children_of(document.head) if c.dep_ == "nsubj"]
        return document.head, subjects[0] if subjects else None
    if (author := _author_in_phrase(document)) is not None:
        return document, author
    passive = [document.head] if document.dep_ == "nsubjpass" else []
    participles = [c for c in children_of(document) if c.dep_ == "acl" and c.tag_ == "VBN"]
    # "The letter, signed by 60 nurses, was delivered ...": the participle puts it out where the passive it is the
    # subject of only carries it
    verbs = [v for v in (*passive, *participles) if _issuing(v)]
    if not verbs:
        return document, None
    verb = verbs[0]
    agents = agents_of(verb)
    return verb, agents[0] if agents else None


# The prepositions by which a document's own phrase names who wrote it: "a report by the ombudsman", "a letter from
# 60 nurses". Not "of" ("a report of flooding" is its subject) nor "to" (its addressee).
_AUTHOR_PREPOSITIONS = frozenset({"by", "from"})


def _author_in_phrase(document: Token) -> Token | None:
    """The author a document's own phrase names after "by" or "from" ("a report by the ombudsman"), or set off by a
    comma right after it ("The inspection report, by Ailsa Ross, ...", which the parser hangs on the comma); a
    participle's "by" is an agent (``agents_of``), not this."""
    preps = [c for c in children_of(document) if c.dep_ == "prep"]
    after = document.doc[document.i + 1 : document.i + _BYLINE_REACH + 1]
    if len(after) == _BYLINE_REACH and after[0].text == ",":
        preps.append(after[1])
    authors = [
        pobj
        for prep in preps
        if prep.lower_ in _AUTHOR_PREPOSITIONS
        for pobj in children_of(prep)
        if pobj.dep_ == "pobj"
    ]
    return authors[0] if authors else None


_BYLINE_REACH = 2  # tokens: the comma and the preposition of "The report, by Ailsa Ross, ..."


def _issuing(verb: Token) -> bool:
    """Whether a verb puts a document out: one of ``_ISSUING_VERBS``, "put" only with "out"."""
    lemma = verb.lemma_.lower()
    researching = STUDIES_SPEAK_FOR_THEIR_MAKERS
    if lemma == "put" or (researching and lemma in _RESEARCH_OUT_VERBS):
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in children_of(verb))
    return lemma in _ISSUING_VERBS or lemma in _ADOPTING_VERBS or (researching and lemma in _RESEARCHING_VERBS)

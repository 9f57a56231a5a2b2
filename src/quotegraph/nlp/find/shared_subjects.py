"""Subjects a verb with none of its own takes from another verb: a gerund after a preposition of time or means, a verb
of a series the parser broke, a participle under a passive or a referring "it", an infinitive under a predicate
adjective, and a second verb of saying joined to the first cue's clause. Each form has its flag with its figures."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.find.relative_sources import source_named_by
from quotegraph.nlp.find.role_words import SUBJECT_DEPS, complement_marked
from quotegraph.nlp.lexicons import reports_words
from quotegraph.nlp.syntax import FINITE_TAGS, VERB_POS, nominal_subjects

# A verb hanging from another this way shares its subject ("X spoke, saying ...", "X refused to say").
SHARED_SUBJECT_DEPS = frozenset({"advcl", "xcomp", "conj"})
# A gerund of saying after a preposition of time or means on a verb is said by that verb's subject ("won the nomination
# by promising", "told reporters, before insisting", "after announcing his support ..., Marco Rubio still believes";
# ``governor_of_a_gerund``): the commonest cue with no source on train-d (24 of its 57 gerunds and participles with no
# source). Not "for", "of", "about" or "against", whose gerund is often another's ("praised her for saying", "accused
# him of lying"). Rule on against off (full eval, pagespeaker2, with ``resolving_occasions.TIMES_APART_FROM_CUES``):
# train-d F1 0.7267 -> 0.7292, source 0.9351 -> 0.9383 (22 statements from no source to the gold's, in 22 articles; none
# worse; 7 statements with no gold match take a source too), addressee 0.6776 -> 0.6794, time 0.6702 -> 0.6709, false
# fills channel 0.0848 -> 0.0852, addressee 0.0339 -> 0.0342, time 0.0819 -> 0.0826 (the days and scenes of the speakers
# now known); train 0-59 F1 0.7202 -> 0.7234, source 0.9437 -> 0.9479, channel 0.7052 -> 0.7099, time 0.6328 -> 0.6352,
# no false fill more (4 statements right); train-c F1 0.7636 -> 0.7743, source 0.9201 -> 0.9330 (5 statements right),
# addressee false fill 0.0136 -> 0.0170 (one: "talking about ..." given Newsmax); news pages unchanged (no expected
# statement has the form): its evidence is train alone.
PREPOSITION_GERUNDS_SHARE_SUBJECTS = True
_SHARING_PREPOSITIONS = frozenset(
    {"after", "before", "by", "while", "in", "without", "upon", "on", "since", "despite", "through", "until"}
)


# A verb in a series of verbs sharing one subject, where the parser broke the series: "He pledged to be ... and cast
# doubt on the official rate, suggested that ..." and "But she has also promised to push harder ..., opposed his
# signature trade deal and outstripped ..." (the first verbs read as a clause the last one reports, the last one the
# sentence's root), "Pastor Bradley Cranston stood at his pulpit ..., and, citing Exodus 18:21 ..., endorsed Senator
# Ted Cruz"; "Hastily politicizing the tragedy ..., Trump cast the blame on his rivals ..., and emphasized the
# threat" (the second verbs read as coordinated with the opening participle). The verb has no subject of its own and
# takes that of the verb before it in the series. A reported clause before an inverted verb of saying is told apart:
# the series is a coordination of verbs with no second subject (``_in_series``: not "Prices rose and wages fell,
# noted the report"), its clause is neither quoted nor opened by "that", and no object the parser gave the verb runs
# to the sentence's end (an inverted subject: "..., noted the annual report by the bank."). Full eval against off
# (lostsources, on main 715ffb28): fires on 4 train-d cues in 4 articles, each a statement from no source to the
# gold's (huff-post 2016-08-03 francois-hollande "emphasized", nyt 2016-01-12 evangelical-iowans "endorsed", nyt
# 2016-06-08 durability-carries-clinton "opposed", politico 2016-02-09 trump-we-are-going-to-win "suggested"), none
# worse; with the speakers known, channel +1 right carried and +1 false fill, addressee +1 false fill, time +2 right.
# train-c: fires once (breitbart 2016-06-05 the-latest-mourners "Ali didn't feel well and was unable to ..., sent a
# message" -> Ali, right; no gold statement there), score unchanged; train 0-59 and the pages: does not fire.
SERIES_SHARE_SUBJECTS = True
_QUOTE_TAGS = frozenset({"``", "''"})  # the parser's tags of opening and closing quotation marks


def subject_earlier_in_series(verb: Token) -> CharSpan | None:
    """The subject of the verb before ``verb`` in a series of verbs the parser broke (``SERIES_SHARE_SUBJECTS``),
    for a verb with no subject of its own; else None."""
    if not SERIES_SHARE_SUBJECTS or any(c.dep_ in SUBJECT_DEPS for c in children_of(verb)):
        return None
    before = _clause_before_in_series(verb) or _conjunct_before(verb)
    if before is None:
        return None
    subjects = [s for s in nominal_subjects(before) if s.dep_ == "nsubj" and s.i < before.i]
    named = source_named_by(before, subjects[0]) if subjects else None
    return named[0] if named else None


def _clause_before_in_series(verb: Token) -> Token | None:
    """The verb of the series before the finite ``verb`` that the parser read as the clause ``verb`` reports ("He
    pledged ... and cast doubt ..., suggested that"), else None."""
    if verb.tag_ not in FINITE_TAGS:
        return None
    clauses = [c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < verb.i and not complement_marked(c)]
    if not clauses or _quoted_before(clauses[-1], verb) or _object_closes_sentence(verb):
        return None
    return clauses[-1] if _in_series(clauses[-1], verb) else None


def _conjunct_before(verb: Token) -> Token | None:
    """The nearest verb coordinated before ``verb`` with a subject of its own, under a head with none that lends none
    ("Hastily politicizing ..., Trump cast the blame ..., and emphasized"), else None."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ in SHARED_SUBJECT_DEPS:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in children_of(head)):
        return None
    earlier = [c for c in children_of(head) if c.dep_ == "conj" and c.i < verb.i and nominal_subjects(c)]
    return earlier[-1] if earlier else None


def _in_series(clause: Token, verb: Token) -> bool:
    """Whether ``clause`` and ``verb`` after it are verbs of one series: one of them is coordinated with a further verb
    of no subject of its own ("pledged to be ... and cast doubt ..., suggested"; "promised ..., opposed the deal and
    outstripped"), or the clause holds an "and" with nothing coordinated after it (the parser left the "and" of "stood
    at his pulpit ..., and, citing ..., endorsed" on the first verb). A clause of two subjects ("Prices rose and wages
    fell, noted the report by the bank") is what the verb reports, not a series."""
    for verb_of_series in (clause, verb):
        conjuncts = [c for c in children_of(verb_of_series) if c.dep_ == "conj"]
        if any(c.pos_ in VERB_POS and not nominal_subjects(c) for c in conjuncts):
            return True
    return any(c.dep_ == "cc" for c in children_of(clause)) and not any(c.dep_ == "conj" for c in children_of(clause))


def _object_closes_sentence(verb: Token) -> bool:
    """Whether an object right after ``verb`` runs to the end of its sentence, as an inverted subject the parser read
    as the object does ("Wages will fall and stay low, warned the report by the bank.")."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1]
    if not objects:
        return False
    after = objects[0].right_edge.i + 1
    return after >= verb.sent.end or (after == verb.sent.end - 1 and verb.doc[after].is_punct)


def _quoted_before(clause: Token, verb: Token) -> bool:
    """Whether ``clause`` before ``verb`` reads as a quotation the verb reports: opened by a quotation mark, or closed
    by one between it and the verb (quoted words inside it are the series' own: 'pledged to be "the greatest jobs
    president" and cast doubt')."""
    doc = verb.doc
    opening = doc[max(clause.left_edge.i - 1, 0) : clause.left_edge.i + 1]
    return any(t.tag_ in _QUOTE_TAGS for t in (*opening, *doc[clause.right_edge.i : verb.i]))


# A participle or a second verb shares the subject of the verb it hangs on whatever that verb's voice: "A federal
# lawsuit was filed in 2012 challenging ... and alleging that police used ...", "Mr. Trump was forced into a rare moment
# of damage control and said that ...", "she's tacked to the left ..., criticizing the pipeline and calling for
# prohibitions" (the parser reads the clitic "has" as a passive). The walk up shared subjects stopped at a passive
# subject, which names no one for the passive verb itself ("Trump was questioned about", sourceforms' A4). Not for a
# passive verb sharing it (the one acted on twice: "was arrested and charged"), nor under a passive with a "by" agent
# ("were echoed by her campaign ..., saying": the agent's, as ``misread_speakers.passive_speaker`` reads it), nor an
# infinitive ("was asked to comment": an order to speak as often as speech; "Laser monitors were fixed to the deck to
# warn of": whoever fixed them; barge-strike-bridge-closure, where a first form of this rule fired). Full eval against
# off (lostsources, on main 715ffb28): fires on 6 train-d cues in 5 articles: 4 statements from no source to the gold's
# in 3 articles (nyt 2016-06-09 ryan-calls-trump "and said", politico 2015-11-19 trump-calls-for-bringing-back
# "alleging", politico 2015-11-24 clinton-s-iowa-dilemma "criticizing", "calling for"); 2 wrong before and after (nyt
# 2016-01-14 america-the-shiny "The American sailors were swiftly released, displaying what many analysts said": the
# gold's cue is "said"; breitbart 2016-06-22 former-ted-cruz-super-pac "will focus solely on attacking", which the gold
# leaves unsourced). Cost: 2 channel false fills (the lawsuit's own name read as its channel; the sailors' carried
# channel). train 0-59, train-c: does not fire. Pages: fires on musical-flying-ship-jam ("Critics were divided on the
# show but almost unanimous about its set" -> Critics, no expected statement), score unchanged.
PASSIVE_SUBJECTS_SHARED = True
_INFINITIVE_TAG = "VB"


def passive_subject_shared(verb: Token) -> tuple[CharSpan, ...] | None:
    """The passive subject of the verb ``verb`` hangs on as an active participle or second verb, which ``verb`` shares
    (``PASSIVE_SUBJECTS_SHARED``), else None."""
    governor = verb.head
    if not PASSIVE_SUBJECTS_SHARED or verb.tag_ == _INFINITIVE_TAG or _passive(verb):
        return None
    if any(c.dep_ == "agent" or c.dep_ in SUBJECT_DEPS - {"nsubjpass"} for c in children_of(governor)):
        return None
    subjects = [c for c in children_of(governor) if c.dep_ == "nsubjpass" and c.i < governor.i]
    return source_named_by(governor, subjects[0]) if len(subjects) == 1 else None


# A participle set off after a verb whose subject is a referring "it" (a body or a document) shares it: "it declined,
# citing legal risks", "it taunted Twitter by creating @IslamicState100, posting images". "It" is no source for the
# verb itself when it is an expletive ("It is hard to say", "It remains unclear whether"), so only under a full verb
# (not "be") with no clause or predicate of its own for the "it" to stand for. Full eval against off (lostsources, on
# main 715ffb28): fires on 2 train-d cues in 2 articles, both from no source to the gold's "it" (nyt 2015-12-09
# terrorists-mock-bids "posting", resolved to the group; nyt 2016-07-05 a-rush-for-books "citing", resolved to W.W.
# Norton), none worse, occasions unchanged. train 0-59, train-c, the pages: does not fire. A weather "it" would lend
# itself too ("It rained all day, forcing ..."): none on train-d.
REFERRING_IT_SHARED = True
_EXTRAPOSED_DEPS = frozenset({"ccomp", "xcomp", "csubj", "acomp", "attr", "oprd"})


def referring_it_shared(verb: Token) -> tuple[CharSpan, ...] | None:
    """The "it" subject of the full verb ``verb`` hangs on as a participle set off by a comma, which ``verb`` shares
    (``REFERRING_IT_SHARED``), else None."""
    governor = verb.head
    if not REFERRING_IT_SHARED or verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < governor.i:
        return None
    if governor.pos_ != "VERB" or verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    if any(c.dep_ in _EXTRAPOSED_DEPS for c in children_of(governor)):
        return None
    subjects = [c for c in children_of(governor) if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].dep_ != "nsubj" or subjects[0].lower_ != "it":
        return None
    return ((subjects[0].idx, subjects[0].idx + len(subjects[0].text)),)


def _passive(verb: Token) -> bool:
    """Whether ``verb`` is passive: with a passive auxiliary, or a past participle with no "have" of its own."""
    auxiliaries = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "auxpass" for c in auxiliaries):
        return True
    return verb.tag_ == "VBN" and not any(c.lemma_.lower() == "have" for c in auxiliaries)


# An infinitive under a predicate adjective shares the subject of the verb the adjective completes ("He will likely be
# able to sign up donors and score endorsements by citing his Iowa results", "Sanders is also likely to remind voters
# ... by mentioning the fact that", "technology companies are quick to point out that"): the parser hangs the infinitive
# on the adjective (xcomp of an acomp), where the walk up shared subjects stopped for want of a verb. The gerund case is
# the one ``PREPOSITION_GERUNDS_SHARE_SUBJECTS`` meant and lost here. An expletive subject still names no one ("It is
# hard to say", "It's worth noting": ``role_words.NOT_SOURCES``). Full eval against off (lostsubjects, main 5647e9df):
# fires on 4 train-d cues in 4 articles, 2 of them statements with no source before: huff-post 2016-02-02
# don-t-let-the-media ("by citing his Iowa results" -> He, the gold's) and politico 2016-02-11 things-to-watch ("by
# mentioning the fact that" -> Sanders, the gold's); train-d F1 0.7366 -> 0.7368, source 0.9472 -> 0.9475. Cost: the
# latter two statements about the coming debate (gold occasion empty) now take the carried channel of Sanders's
# breakfast with Sharpton the day before, channel false fill 0.0864 -> 0.0868 (channel, addressee, time accuracy
# unchanged). train 0-59: +1 statement, breitbart 2016-03-15 the-latest-kasich ("voters ... more likely to say" ->
# voters, with the exit poll's carried channel, both the gold's): F1 0.7293 -> 0.7301, source 0.9554 -> 0.9565, channel
# 0.7099 -> 0.7123, no false fill more. train-c byte-identical; fires on no news page (score unchanged): its evidence is
# train alone.
ADJECTIVE_PREDICATES_SHARE_SUBJECTS = True


def verb_of_adjective_predicate(verb: Token) -> Token | None:
    """The verb whose predicate adjective governs ``verb`` as its infinitive ("is likely to remind", "be able to sign",
    "are quick to point out"), else None (``ADJECTIVE_PREDICATES_SHARE_SUBJECTS``)."""
    adjective = verb.head
    if not ADJECTIVE_PREDICATES_SHARE_SUBJECTS or verb.dep_ != "xcomp" or adjective.pos_ != "ADJ":
        return None
    if adjective.dep_ != "acomp" or adjective.head.pos_ not in VERB_POS:
        return None
    return adjective.head


def governor_of_a_gerund(verb: Token) -> Token | None:
    """ "Obama won his party's nomination by promising its furious revenge", "Trump told reporters, before insisting
    he had a great relationship with Latinos", "in describing the plan as a short-term buzz, the journalists are
    missing": a gerund after a preposition of time or means on a verb has that verb's subject
    (``PREPOSITION_GERUNDS_SHARE_SUBJECTS``)."""
    preposition = verb.head
    if not PREPOSITION_GERUNDS_SHARE_SUBJECTS or verb.dep_ != "pcomp" or verb.tag_ != "VBG":
        return None
    if preposition.dep_ != "prep" or preposition.lower_ not in _SHARING_PREPOSITIONS:
        return None
    return preposition.head if preposition.head.pos_ in VERB_POS else None


def first_cue_of_conjunct(head: Token) -> Token | None:
    """ "Its leader column argues that the triple lock has become “...”, and urges the chancellor to ...": a verb of
    saying with no subject of its own that the parser joined to the verb of the first cue's clause shares the first
    cue's subject, not the clause's, when its form is the first cue's and not that verb's ("argues" and "urges", not
    "has become"); the first cue, else None."""
    if head.dep_ != "conj" or head.pos_ != "VERB" or nominal_subjects(head) or not reports_words(head.lemma_.lower()):
        return None
    clause = head.head
    first = clause.head
    if clause.dep_ != "ccomp" or first.pos_ != "VERB" or not reports_words(first.lemma_.lower()):
        return None
    return first if head.tag_ == first.tag_ != clause.tag_ else None

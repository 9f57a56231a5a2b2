"""Nested reports: "Court documents say she told investigators that she had never seen the car",
"According to a police affidavit, he told detectives that he had been at home", "“...,” Henning said in
January, according to a recording obtained by the Ledger".

The statement is hers, told to investigators, through the court documents: when a document reports a
clause that opens with someone saying something (its verb a verb of saying, with its own subject and
its own reported clause), that someone is the speaker, the verb's object the addressee, and the
document the channel. A person's report passes on another's words only when they were told to that person, said
before the report ("Okafor said that executives had assured the agency in December that ...", ``earlier_saying``) or
told to someone else ("Police said she told investigators that ..."); the choice is ``resolving_one``'s.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotegraph.model import AttributionKind
from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.parse import DocumentTree, children_of, document_tree, document_words
from quotegraph.nlp.find.quote_widening import attribution_kind
from quotegraph.nlp.find.quotes import DOUBLE_MARKS, every_quote_region, in_a_quote
from quotegraph.nlp.find.spans import opens_with_that
from quotegraph.nlp.lexicons import lexicon, reports_words
from quotegraph.nlp.memo import document_text, per_document
from quotegraph.nlp.resolve.stated.noun_phrases import noun_phrase
from quotegraph.nlp.resolve.stated.stated_clauses import past_perfect
from quotegraph.nlp.resolve.stated.stated_times import SHORT_DISTANCES, second_object
from quotegraph.nlp.resolve.stated.told_addressees import CLAUSES_ON_A_MEDIUM, addressee_of, clauses_on_a_medium
from quotegraph.nlp.syntax import INDEFINITE, NOMINAL_SUBJECTS, agents_of

__all__ = [
    "InnerReport",
    "biddings",
    "clauses_said_by",
    "earlier_saying",
    "holds_quotation_marks",
    "inner_kind",
    "inner_report",
    "quoted_as_saying",
    "quoted_biddings",
    "to_infinitive",
]

_REPORTED = ("ccomp",)
_SUBJECTS = ("nsubj",)


@dataclass(frozen=True)
class InnerReport:
    subject: Token
    verb: Token
    addressee: Span | None


def _says(verb: Token) -> bool:
    return verb.pos_ == "VERB" and reports_words(verb.lemma_.lower())


def _reported_clauses_of(cue: Token) -> list[Token]:
    """The clauses a cue reports: its reported clauses ("Court documents say she told ..."), or the verb
    its phrase hangs from ("According to a police affidavit, he told ...")."""
    clauses = [c for c in children_of(cue) if c.dep_ in _REPORTED]
    if cue.dep_ != "prep" or cue.head.i == cue.i:
        return clauses
    # "He told deputies that he had pushed the man, according to an affidavit": the phrase may hang on the
    # reported clause, so the telling verb above it is looked at too
    telling = [cue.head.head] if cue.head.dep_ in _REPORTED and cue.head.head.i != cue.head.i else []
    return [*clauses, cue.head, *telling]


def inner_report(cue: Token, content: list[tuple[int, int]]) -> InnerReport | None:
    """The report a cue's reported clause opens with, when the content starts at its subject."""
    if not content:
        return None
    clauses = _reported_clauses_of(cue)
    for first_word in _openings(cue, content):
        found = _inner_report_at(cue, clauses, first_word)
        if found is not None:
            return found
    return None


# A content the finder opened with a phrase fronted before the cue ("Speaking to reporters at the capitol after an
# aerial survey was called off, Mangubat said Palanan Mayor Efren Gatdula had radioed the operations center late
# Saturday to say that ...": the participle phrase and the reported clause are two pieces of one content) opens its
# reported clause at its first piece after the cue: the nested report was looked for at "Speaking" alone and left to
# the teller. The first piece is asked first, as before; the piece after the cue only when the first ends before it.
# Rule on against off (fast.py, cache31; nestedinner): train-d, train 0-59 and train-c byte-identical; on the tuned
# pages it moves only the isabela statement ``SAYING_INFINITIVES_REPORT`` reads (without that rule "had radioed"
# reports nothing, so this one alone finds no nested report there).
PIECES_AFTER_A_FRONTED_PHRASE = True


def _openings(cue: Token, content: list[tuple[int, int]]) -> list[int]:
    """Where the content may open the cue's reported clause: its first word, and the first word of its first piece
    after the cue when its first piece ends before the cue (``PIECES_AFTER_A_FRONTED_PHRASE``)."""
    pieces = sorted(content)
    first = pieces[0][0]
    if not PIECES_AFTER_A_FRONTED_PHRASE or pieces[0][1] > cue.idx:
        return [first]
    after = next((start for start, _ in pieces if start > cue.idx), None)
    return [first] if after is None else [first, after]


def _inner_report_at(cue: Token, clauses: list[Token], first_word: int) -> InnerReport | None:
    """The report a cue's reported clause opens with, when the content starts at ``first_word``."""
    for clause in clauses + [c for c in _opening_clause(cue, first_word) if c not in clauses]:
        subjects = [c for c in children_of(clause) if c.dep_ in _SUBJECTS and c.i < clause.i]
        described = _described_name_before(clause, first_word)
        if described is not None:
            subjects = [described]
        addressee = addressee_of(clause) or _reached_to_say(clause)
        reports = clauses_said_by(clause)
        reports += biddings(clause) if addressee is not None else []
        earlier = earlier_saying(clause)
        # "executives had assured the agency in December that ...": a verb of telling someone, said before the report
        if not (subjects and reports and (_says(clause) or (earlier and addressee is not None))):
            continue
        subject = subjects[0]
        if subject.left_edge.idx <= first_word <= subject.idx:  # the content opens with the inner speaker
            return InnerReport(subject, clause, addressee)
        if subject is described:
            return InnerReport(subject, clause, addressee)
        # or with the "that" before a telling: "Emails show that X told colleagues that ...", not a poll that
        # "found that many voters said ..." (the poll's finding) nor "surveys suggest that some find him ..."
        # "tell" always has someone told, even where the parser loses the object ("a referee told officers
        # Hutchins had shoved him", "officers" read as a compound of the name)
        marks = [c.idx for c in children_of(clause) if c.dep_ == "mark" and c.lower_ == "that" and c.i < subject.i]
        # or an earlier saying with its own that-clause ("told Reel Dispatch that Varga had insisted during contract
        # talks that ..."): words said before the report of them, not a finding of now
        if (addressee is not None or clause.lemma_ == _TELL or earlier) and first_word in marks:
            return InnerReport(subject, clause, addressee)
        if any(_opens_with(report, first_word) for report in reports if report.i < subject.i):
            return InnerReport(subject, clause, addressee)
        # "His deputy had assured the council in a letter that the road would open, he said": the content is the
        # earlier saying's own reported clause, the report of it after the words; what was said before is the
        # earlier speaker's words, whoever passes them on
        if earlier and any(_opens_with(report, first_word) for report in reports):
            return InnerReport(subject, clause, addressee)
        if _trailing_according(cue, clause) and any(_inside_report(report, first_word) for report in reports):
            return InnerReport(subject, clause, addressee)
    return None


# An inner speaker described, then named between commas, right before the telling verb: "Det Gda Brennan said a
# motorist travelling in the opposite direction, Gráinne Foley, had told gardaí that night that she saw ...", "said a
# woman walking her dog nearby, Karen Wills, had told police that ...". The participle after the description leads the
# parser astray (the description made the cue's object or a clause of its own, the name the telling verb's subject or
# nothing of it), but the order of the words says who told: the content opens with the description, the name apposed
# to it stands right before the verb. Read as a subject the content opens with (``_inner_report_at``), so that the
# report passes on to its inner speaker as ``resolving_one._retold`` has it. Written by bodynames (thirty-seventh set;
# docs/occasion-rounds.md): a witness's report to the police inside an officer's evidence, a shape of the blind pages'
# speaker misses.
DESCRIBED_NAMES_BEFORE_A_TELLING = True
_MAX_NAME_WORDS = 4  # a forename, middle names and a surname between the commas


def _described_name_before(clause: Token, first_word: int) -> Token | None:
    """The last word of a name set off by commas right before ``clause``'s verb group, when the content opens
    (``first_word``) with an indefinite description that runs up to the name (``DESCRIBED_NAMES_BEFORE_A_TELLING``)."""
    if not DESCRIBED_NAMES_BEFORE_A_TELLING:
        return None
    doc = clause.doc
    group = [c.i for c in children_of(clause) if c.dep_ in ("aux", "auxpass", "neg") and c.i < clause.i]
    end = min([clause.i, *group]) - 1  # the comma after the name
    if end < 1 or doc[end].text != ",":
        return None
    start = end
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    if not 0 < end - start <= _MAX_NAME_WORDS or start < 1 or doc[start - 1].text != ",":
        return None
    opened = doc.char_span(first_word, first_word + 1, alignment_mode="expand")
    if opened is None or opened.start >= start:
        return None
    opening, description = opened[0], doc[opened.start : start - 1]
    if opening.lower_ not in INDEFINITE or any(t.text in (",", ";") or _says(t) for t in description):
        return None
    return doc[end - 1]


# The kind of a nested report is that of the words it passes on, not of the whole content the tagger gave its outer
# cue: "“The Russian ship came at them with its lights off,” Tanabe said, according to a translation of the interview"
# holds the inner speaker's "Tanabe said" outside the quotation marks, which made the statement mixed where the words
# passed on are all quoted (direct). The content itself is kept whole (PolNeAR's "according to" statements hold the
# inner cue and speaker: cutting the content to the quote cost train-d attribution F1 0.7244 -> 0.7222, cues round 18).
# Rule on against off (fast.py, cache11, pagestated): news pages kind 1,729 -> 1,733 of 1,743, every field 1,591 ->
# 1,593 (boat-seizure-translated 2 statements, political-profile 1, wire-ministries 1, each mixed -> direct, right;
# assault-case's headline kept mixed by reading the headline's single quotation marks too), no page worse; train-d
# kind mixed -> direct on 3 statements in 3 articles (breitbart_2016-07-27 obama-to-frame-election "“Nothing truly
# prepares you ...,” the two-term president will say, according to excerpts", huff-post_2016-06-16 obama-families
# "“They don't care about politics,” Obama said ..., according to a White House pool report. “Neither do I. ...”",
# politico_2016-06-22 trump-s-stumbles "“Delegates are ...,” Walker said, according to"), each right by its quotes
# (the occasion scores do not read the kind: channel, addressee, time byte-identical); train 0-59 and train-c
# byte-identical.
INNER_KIND = True


def inner_kind(report: InnerReport, content: list[CharSpan]) -> AttributionKind | None:
    """The kind of the words a nested report passes on: of ``content`` without the inner speaker's own clause, its
    subject, verb and their phrases ("“...,” Tanabe said, according to a translation": the quote alone, so direct).
    None when the inner verb is itself in quotation marks (the reporter's quoted words about the inner speaker:
    "Freddy had ''complained that he didn't get his appreciation''" stays mixed) or nothing else is left
    (``INNER_KIND``)."""
    doc = report.verb.doc
    if not INNER_KIND or in_a_quote(report.verb):
        return None
    regions = every_quote_region(doc)
    tree = document_tree(doc)
    verb, said = report.verb.i, [clause.i for clause in clauses_said_by(report.verb)]
    kept = [
        (t.idx, t.idx + len(t))
        for start, end in content
        for t in doc.char_span(start, end, alignment_mode="expand") or ()
        if not _saying(tree, verb, said, t.i) and not (t.is_punct or t.is_space)
    ]
    return attribution_kind(document_text(doc), kept, regions) if kept else None


def _saying(tree: DocumentTree, verb: int, said: list[int], word: int) -> bool:
    """Whether ``word`` is of the inner speaker's own clause: below the inner verb, in none of the clauses it says."""
    return tree.holds(verb, word) and not any(tree.holds(clause, word) for clause in said)


def _opening_clause(cue: Token, first_char: int) -> list[Token]:
    """ "He said his cousin had told him that “we will not sink tonight, so hold on”": the parser may hang the inner
    telling under the last clause of the quote it reports ("hold"), not under the cue; the verb whose subject opens
    the content, anywhere below the cue, is the clause the content reports."""
    span = cue.doc.char_span(first_char, first_char + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].idx != first_char:
        return []
    token = span[0]
    # up the heads only while the phrase still opens at the content's first word: above that, no subject opens it
    # (a walk of the whole chain would make a sentence of reports inside reports cost the square of its length)
    while token.left_edge.idx == first_char:
        if token.dep_ in _SUBJECTS:
            verb = token.head
            below_cue = cue.left_edge.i <= verb.i <= cue.right_edge.i and verb.i != cue.i
            return [verb] if below_cue else []
        if token.head.i == token.i:
            break
        token = token.head
    return []


def clauses_said_by(verb: Token) -> list[Token]:
    """The clauses a verb of saying reports: its clausal complements, and the that-clauses the parser hangs elsewhere
    below it (on the medium or scene it names, on a clause of when it was said). Not the finder's
    ``find.reported_clauses``, which orders a cue's clauses for its content and reads a complement the parser took for
    a relative clause: this one asks of any saying verb in a sentence whether a clause is its words, for nested
    reports."""
    return [*(c for c in children_of(verb) if c.dep_ in _REPORTED), *_clauses_hung_elsewhere(verb)]


def _clauses_hung_elsewhere(verb: Token) -> Iterator[Token]:
    """The reported clauses of ``verb`` the parser hangs away from it (on its medium, a clause or phrase of when, a
    verb above, an infinitive of saying), read one reading at a time so that a test of whether any is there stops at
    the first (``earlier_saying``)."""
    yield from _that_clauses_on_medium(verb)
    yield from _that_clauses_on_time_clause(verb)
    yield from _that_clauses_conjoined_above(verb)
    yield from _that_clauses_on_time_phrase(verb)
    yield from _clauses_of_an_infinitive_of_saying(verb)


# A telling made by reaching someone, its words in an infinitive of saying: "Mangubat said the mayor had radioed the
# operations centre late Saturday to say that the seawall had been breached", "some Democrats have called her to say
# they will not vote for her". The verb of reaching ("radioed", "called", "phoned", "texted", "emailed") reports
# nothing itself; the infinitive "to say" after it is its purpose, and the infinitive's reported clause is what the
# reaching told (the parser hangs it as the infinitive's complement, and the infinitive as the verb's xcomp or advcl),
# so the nested report was left to the teller. Only an infinitive of a verb of saying with "to" and no subject of its
# own, after the verb, on a verb with someone reached (its object): "went to the hall to say that" reaches nobody.
# Rule on against off (fast.py, cache31; nestedinner, with ``PIECES_AFTER_A_FRONTED_PHRASE``): train-d one statement
# (breitbart_2016-07-22 tim-kaine: "some Democrats have called her to say they will not vote ...": the Democrats', told
# to her, where PolNeAR keeps the teller: addressee false fill 0.0341 -> 0.0343, no other figure moved); train 0-59
# and train-c byte-identical; the 177 tuned pages speaker, addressee and time +1 each (isabela-typhoon-landfall: the
# mayor's "seawall ... had been breached", to the operations center, late Saturday), no statement lost.
SAYING_INFINITIVES_REPORT = True
_PURPOSES = ("xcomp", "advcl")  # how the parser hangs "to say" on the verb of reaching
_REACHED = ("dobj", "dative")  # the one reached: "radioed the operations centre", "called her"
# verbs whose words are their own reported clause: "said ... to say" or "told her to say" is a bidding, not a reaching
_NAMING_WORDS = frozenset({"say", "tell", "ask", "urge", "order"})
# the infinitives a reaching's purpose gives its words by: not any verb of the cue lexicon ("had ignored her call to
# admit his stance was wrong" bids an admission; on train-d that reading gave Sanders a critic's complaint)
_INFINITIVES_OF_SAYING = frozenset({"say", "tell", "report", "warn", "ask", "explain", "confirm"})


def _clauses_of_an_infinitive_of_saying(verb: Token) -> list[Token]:
    """ "had radioed the operations centre to say that ...": the reported clauses of a "to" infinitive of saying the
    parser hangs on the verb after its object (``SAYING_INFINITIVES_REPORT``). Reads the verb's children and theirs."""
    reached = _reached(verb)
    if reached is None:
        return []
    return [
        clause
        for saying in children_of(verb)
        if saying.dep_ in _PURPOSES
        and saying.i > reached.i
        and to_infinitive(saying)
        and saying.lemma_.lower() in _INFINITIVES_OF_SAYING
        and not any(c.dep_ in NOMINAL_SUBJECTS for c in children_of(saying))
        for clause in children_of(saying)
        if clause.dep_ in _REPORTED and clause.i > saying.i
    ]


def _reached(verb: Token) -> Token | None:
    """The one a verb of reaching reached, its object after it ("radioed the operations centre"), when
    ``SAYING_INFINITIVES_REPORT`` reads it; not a verb that names its words itself ("said", "told")."""
    if not SAYING_INFINITIVES_REPORT or verb.lemma_.lower() in _NAMING_WORDS:
        return None
    return next((c for c in children_of(verb) if c.dep_ in _REACHED and c.i > verb.i), None)


def _reached_to_say(verb: Token) -> Span | None:
    """Whom a verb of reaching told through its infinitive of saying ("had called her to say that ...": "her"), the
    nested report's addressee (``SAYING_INFINITIVES_REPORT``)."""
    reached = _reached(verb)
    if reached is None or not _clauses_of_an_infinitive_of_saying(verb):
        return None
    return noun_phrase(reached)


# what opens a reported clause of its own: a statement's "that", a question's "whether" or "if"
_REPORT_MARKS = frozenset({"that", "whether", "if"})


def earlier_saying(verb: Token) -> bool:
    """ "volunteers had told runners that ...", "Varga had insisted during contract talks that ...", "he had asked
    whether ...": a past perfect verb with its own reported clause opened by "that" (or a question's "whether" or
    "if"), words said before the report that passes them on."""
    return past_perfect(verb) and (
        any(
            c.dep_ in _REPORTED
            and (any(m.dep_ == "mark" and m.lower_ in _REPORT_MARKS for m in children_of(c)) or _misread_that(c))
            for c in children_of(verb)
        )
        or next(_clauses_hung_elsewhere(verb), None) is not None
    )


def biddings(verb: Token) -> list[Token]:
    """ "urged staff to rank Carrow first", "told colleagues to delete the files": what a verb of saying with
    somebody told bids them do, its infinitive clause, is what it reports; and a bidding in the bidder's own quoted
    words the parser hangs elsewhere (``quoted_biddings``)."""
    direct = [c for c in children_of(verb) if c.dep_ == "xcomp" and to_infinitive(c)]
    return [*direct, *(c for c in quoted_biddings(verb) if c not in direct)]


# A bidding told in the bidder's own words, quoted, that the parser hangs elsewhere than as the telling's infinitive
# complement is still what the telling bade: as an adverbial clause of it ("her coach ... had told her before the
# final round to “spell the roots, not the panic.”") or under its clause of when ("the Prime Minister had told her,
# when he stopped at her workstation, to “teach ten more girls from your village how to do this”"). Only quoted: an
# unquoted "to" clause there may be the telling's purpose ("had called her to apologise"). Rule on against off
# (fast.py, cache11; pagespeaker): on the cached parses it reads a bidding after no train-d or train-c telling and one
# of train 0-59 (Kasich "telling a packed crowd ... that", no report of another's), and the outputs of all three are
# byte-identical (a quoted bidding inside a report of a telling does not occur there); news pages every field 1,543 ->
# 1,545, speaker 1,677 -> 1,679, time 738 -> 740, no page worse (spelling-bee-final: the coach's "spell the roots",
# named Dolores Whitacre after; pm-chip-plant-visit: the Prime Minister's "teach ten more girls", when he stopped at
# her workstation), with ``resolving_one.QUOTED_BIDDINGS_TOLD_THE_TELLER``. Its evidence is those two sealed pages
# alone: suspect of fitting, though it reads a parse shape of the general form "X had told her to “...”".
QUOTED_BIDDINGS_MISREAD = True
_ADVERBIAL = "advcl"  # an adverbial clause, as the parser may read a bidding
# what opens an adverbial clause that is no bidding: "in order to", "so as to", "as if to"
_PURPOSE_MARKS = frozenset({"in", "so", "as"})


def holds_quotation_marks(clause: Token) -> bool:
    """Whether a clause holds a quotation mark of its own: words of the one it reports, quoted."""
    # a walk over ``clause.subtree`` for each bidding cost a run-on sentence of N chained biddings N squared words
    tree = document_tree(clause.doc)
    enter, leave = tree.tour()
    marks = _quotation_marks_in_tour_order(clause.doc)
    first = bisect_left(marks, enter[clause.i])
    return first < len(marks) and marks[first] <= leave[clause.i]


@per_document
def _quotation_marks_in_tour_order(doc: Doc) -> list[int]:
    """The entry numbers (``DocumentTree.tour``) of the document's double quotation marks, sorted: a subtree's tokens
    are those whose entry numbers lie between its top's entry and exit numbers."""
    enter, _ = document_tree(doc).tour()
    return sorted(enter[i] for i, word in enumerate(document_words(doc).text) if word in DOUBLE_MARKS)


def quoted_biddings(verb: Token) -> list[Token]:
    """ "had told her before the final round to “spell the roots ...”", "had told her, when he stopped at her
    workstation, to “teach ten more girls ...”", "had told the passengers moments before the impact to “hold ...”": an
    infinitive clause in quoted words after the telling that the parser reads as its adverbial clause, as a complement
    of its clause of when (``QUOTED_BIDDINGS_MISREAD``) or as a clause of the noun of its time phrase
    (``WORDS_ON_TIME_PHRASES``)."""
    # a bidding is told to somebody: "promised at a rally to end “the deportation regime”" bids nobody do anything
    if not QUOTED_BIDDINGS_MISREAD or not _says(verb) or addressee_of(verb) is None:
        return []
    adverbial = [
        c
        for c in children_of(verb)
        if c.dep_ == _ADVERBIAL
        and c.i > verb.i
        and to_infinitive(c)
        and not any(m.dep_ == "mark" or m.lower_ in _PURPOSE_MARKS for m in children_of(c) if m.i < c.i)
    ]
    under_when = [c for when in _time_clauses(verb) for c in children_of(when) if c.dep_ == "xcomp" and c.i > when.i]
    nouns = _time_phrase_nouns(verb)
    on_time = [c for noun in nouns for c in children_of(noun) if c.dep_ == _ON_A_NOUN and c.i > noun.i]
    return [c for c in [*adverbial, *under_when, *on_time] if to_infinitive(c) and holds_quotation_marks(c)]


# A bidding told in the bidder's own quoted words that the parser hangs on the last noun of the phrase of when the
# telling was made, as that noun's infinitive complement: "the pilot had told the passengers moments before the impact
# to “hold the rope handles and bend your knees”" reads "to hold" as a clause of "impact" ("an impact to hold"), so the
# telling bade nothing and the words stayed the teller's. A noun of a time phrase ("moments before the impact", "the
# night before the vote", "during the break") takes no bidding of its own; one of any phrase might ("told her about
# plans to “rebuild the town”": the plans'), so only phrases of when are read: the telling's bare noun of time (an
# adverbial noun phrase) with its preposition's object, or its own preposition of time. A bidding only quoted, as
# ``QUOTED_BIDDINGS_MISREAD`` asks; a that-clause hung there is the telling's words as one hung on its medium is
# ("had told the reporters moments before the vote that the bill was dead", ``_that_clauses_on_time_phrase``).
# Rule on against off, with ``stated_times.DISTANCES_AS_HEADS`` and ``resolving_one.INNER_TIMES_END_AT_THE_WORDS``
# (fast.py, cache28, and the 177 tuned pages cached likewise; innerreports): train-d, train 0-59 and train-c outputs
# byte-identical (a quoted bidding on a time phrase occurs in no train article; the that-clause form on one train-d
# sentence, no outcome changed); pages every field, speaker, addressee and time +1 each (cappadocia-balloon: the
# pilot's "hold the rope handles", to the passengers, moments before the impact), no page statement lost. Its
# evidence is that one page: suspect of fitting, though it reads a parse shape of the general form "X had told Y
# <time> to “...”".
WORDS_ON_TIME_PHRASES = True
_TIME_NOUN = "npadvmod"  # "moments", "the night": a noun phrase the parser reads as the verb's adverbial of time
_ON_A_NOUN = "acl"  # an infinitive clause the parser hangs on a noun
_TIME_PREPOSITIONS = frozenset({"before", "after", "during", "until"})


def _that_clauses_on_time_phrase(verb: Token) -> list[Token]:
    """ "had told the reporters moments before the vote that the bill was dead": a that-clause the parser hangs on the
    noun of the telling's time phrase, as it hangs one on the medium, is what was told; one on a preposition's object
    of the verb is ``_that_clauses_on_medium``'s already, so only the distance's own clause and those under it are
    read here (``WORDS_ON_TIME_PHRASES``)."""
    return [
        clause
        for noun in _time_phrase_nouns(verb)
        if noun.head.i == verb.i or noun.head.head.i != verb.i
        for clause in children_of(noun)
        if clause.dep_ in CLAUSES_ON_A_MEDIUM and clause.i > noun.i and _opens_with_that(clause)
    ]


def _time_phrase_nouns(verb: Token) -> list[Token]:
    """The nouns of the phrases of when a telling was made, after it: "moments" and "impact" of "told them moments
    before the impact", "break" of "told them during the break" (``WORDS_ON_TIME_PHRASES``). Reads the
    verb's children and theirs, two levels down: no walk of a subtree."""
    if not WORDS_ON_TIME_PHRASES:
        return []
    nouns = []
    for child in children_of(verb):
        if child.i < verb.i:
            continue
        if child.dep_ == _TIME_NOUN or (child.lemma_.lower() in SHORT_DISTANCES and second_object(child)):
            nouns.append(child)
            preps = [p for p in children_of(child) if p.dep_ == "prep" and p.lower_ in _TIME_PREPOSITIONS]
        else:
            preps = [child] if child.dep_ == "prep" and child.lower_ in _TIME_PREPOSITIONS else []
        nouns += [o for p in preps for o in children_of(p) if o.dep_ == "pobj"]
    return nouns


def to_infinitive(clause: Token) -> bool:
    """A "to" infinitive clause: "to rank Carrow first"."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(clause))


def _that_clauses_on_medium(verb: Token) -> list[Token]:
    """ "The embassy said in a statement that the talks would go on", "had told a delegation at a meeting in
    Portlaoise last month that the derogation was gone": a that-clause the parser hangs on the medium or scene the
    verb names by its preposition is the verb's reported clause. A relative clause takes "that" as its subject or
    object, never as its mark, so a "relative" clause marked by "that" is a misread reported clause."""
    return [clause for clause in clauses_on_a_medium(verb) if _opens_with_that(clause)]


# A telling reported in a that-clause whose own that-clause the parser hangs, after a clause of when, on the reporting
# verb above, with no "and" or "but" to join them: "Halvorsen also wrote that a senior administrator had told the
# doctors at a meeting in July, when they raised the overnight roster, that rural physicians “knew what they were
# signing up for.”" reads "knew" as a second clause of "wrote" (a conjunct on the page, a second complement in a short
# text), and the telling had no words of its own: its speaker was left the teller, Halvorsen. Two that-clauses of one
# verb with nothing to join them are no coordination: the second is the telling's words. Only for a verb of telling
# someone (its addressee found) with no reported clause of its own; not past a coordinator ("..., but that ...": the
# writer's second clause). Rule on against off (fast.py, cache16; nested4): train-d, train 0-59 and train-c outputs
# byte-identical (the shape fires in no train article: its evidence is one page, suspect of fitting, though it reads a
# parse shape, not a page's words); news pages every field, speaker, channel, addressee and time +1 each
# (wolf-creek-er-overnight-closure: the senior administrator's "knew what they were signing up for", to the doctors,
# at a meeting, in July), no other page statement moved.
UNJOINED_THAT_CLAUSES_ARE_THE_TELLING_S = True
# how the parser hangs the second that-clause on the verb above: a conjunct of it, or a second complement
_BESIDE = ("conj", *_REPORTED)
_COORDINATOR = "cc"


def _that_clauses_conjoined_above(verb: Token) -> list[Token]:
    """ "wrote that a senior administrator had told the doctors ..., when they raised the roster, that rural physicians
    knew ...": a that-clause after the telling the parser hangs as a conjunct or a second complement of the verb the
    telling is reported by, with no coordinator between (``UNJOINED_THAT_CLAUSES_ARE_THE_TELLING_S``)."""
    above = verb.head
    if (
        not UNJOINED_THAT_CLAUSES_ARE_THE_TELLING_S
        or verb.dep_ not in _REPORTED
        or above.i == verb.i
        or addressee_of(verb) is None
        or any(c.dep_ in _REPORTED for c in children_of(verb))
    ):
        return []
    after = verb.right_edge.i
    return [
        clause
        for clause in children_of(above)
        if clause.dep_ in _BESIDE
        and clause.left_edge.i > after
        and opens_with_that(clause)
        and not any(c.dep_ == _COORDINATOR and verb.i < c.i < clause.i for c in children_of(above))
    ]


# the clause of when a telling happened, as the parser reads it ("as the mast came down", "when they met"), and the
# words that open such a clause (not "because" or "if", a reason or a condition, which may hold words of their own)
_TIME_CLAUSE = "advcl"
_WHEN_MARKS = frozenset({"as", "when", "while", "after", "before", "once"})
_OPENERS = ("mark", "advmod")  # the parser reads "as" or "after" as the clause's mark, "when" as its adverb
_VERBS_OF_CLAUSES = "cue_verbs"  # verbs that report speech, writing or belief: those that take a that-clause


def _that_clauses_on_time_clause(verb: Token) -> list[Token]:
    """ "had told him as the boat went under that it was over": a that-clause the parser hangs on the clause of when
    the telling happened is the telling's reported clause, when that clause's verb takes none (a verb of neither
    saying nor believing: "went", "came", "arrived"). Not "had told her when she learned that ...": the learning's."""
    return [
        clause
        for when in _time_clauses(verb)
        for clause in children_of(when)
        if clause.dep_ in _REPORTED and clause.i > when.i and _opens_with_that(clause)
    ]


def _time_clauses(verb: Token) -> list[Token]:
    """The clauses of when a telling happened, after it, whose verb takes no clause of its own: "had told him as the
    boat went under", "had told her, when he stopped at her workstation,"."""
    return [
        when
        for when in children_of(verb)
        if when.dep_ == _TIME_CLAUSE
        and when.i > verb.i
        and when.lemma_.lower() not in lexicon(_VERBS_OF_CLAUSES)
        and any(m.dep_ in _OPENERS and m.lower_ in _WHEN_MARKS and m.i < when.i for m in children_of(when))
    ]


# The "that" opening a reported clause may be misread by the parser as a word inside the clause: the object of its
# copula ("had told the search team over the radio at 7:32 a.m. that Kira was “under the deck ...”": "that" the object
# of "was") or an adverb of a relative clause on the scene ("had told the crew at a safety meeting before the first
# shot of the day that the truss “had been checked ...”": "that" an adverb, the clause a relative on "shot"). A
# clause whose first word is such a "that", with its own subject after it, is opened by "that" as a complement is: a
# copula takes no object, and a relative "that" standing for a subject, object or place leaves the clause without
# that subject. Read only where a telling's reported clause is looked for (``earlier_saying``,
# ``_that_clauses_on_medium``, ``_that_clauses_on_time_clause``). Rule on against off (fast.py, cache11;
# pagespeaker): on the cached parses it changes the reported clauses of no train-d, train 0-59 or train-c verb, and
# their outputs are byte-identical; news pages (after the quoted biddings) every field 1,545 -> 1,547, speaker 1,679
# -> 1,681, channel 927 -> 929, addressee 538 -> 540, time 740 -> 742, no page worse (snow-leopard-recaptured: Jess
# Marten's "under the deck", over the radio, to the search team, at 7:32 a.m.; film-set-rig-collapse: the key grip's
# "checked and signed off twice", at the safety meeting, to the crew). Its evidence is those two sealed pages alone:
# suspect of fitting, though each is a parse shape of the past perfect nested report nested1 reads.
MISREAD_THATS_OPEN_CLAUSES = True
# how the parser misreads a complement's "that": an adverb, or the object or attribute of a copula
_MISREAD_THAT = frozenset({"advmod"})
_COPULA_OBJECTS = frozenset({"dobj", "attr"})
_COPULA = "be"


def _opens_with_that(clause: Token) -> bool:
    """A clause opened by the conjunction "that", as the parser reads it or misreads it (``_misread_that``)."""
    return opens_with_that(clause) or _misread_that(clause)


def _misread_that(clause: Token) -> bool:
    """ "that Kira was “under the deck”" with "that" read as the object of "was", "that the truss “had been checked
    and signed off twice”" with "that" an adverb: a clause whose first word is a "that" the parser took for a word
    of the clause, not its subject, with a subject of its own after it (``MISREAD_THATS_OPEN_CLAUSES``)."""
    if not MISREAD_THATS_OPEN_CLAUSES:
        return False
    first = clause.left_edge
    if first.lower_ != "that" or first.i == clause.i:
        return False
    # a relative adverb "that" modifies the relative clause's own verb ("in a way that readers could understand", "the
    # period of time that it takes": the five such clauses of train-d and one of train 0-59, on a verb's phrase); one
    # the parser hangs further in ("that the truss had been checked and signed off", on the conjunct) is no such adverb
    adverb = first.dep_ in _MISREAD_THAT and not (clause.dep_ in CLAUSES_ON_A_MEDIUM and first.head.i == clause.i)
    copula_object = first.dep_ in _COPULA_OBJECTS and first.head.lemma_.lower() == _COPULA
    passive_object = PASSIVES_TAKE_NO_OBJECT and first.dep_ == _OBJECT and _passive_clause(first.head)
    return (adverb or copula_object or passive_object) and any(
        s.dep_ in NOMINAL_SUBJECTS and s.i > first.i for s in children_of(clause)
    )


# A passive verb takes no object, so a "that" the parser reads as the object of a passive verb (or of a conjunct sharing
# its passive subject) is the conjunction opening the clause: "the company manager had told the backstage team at a
# notes session after the second stall that the fault had been “identified and patched” by the supplier" reads "that"
# as the object of "patched", the clause a relative on "stall", and the earlier saying found no reported clause (its
# speaker was left the teller's, resolved to "Critics"). An active relative's "that" is its object ("the stall that
# the supplier had fixed") and stays one. Rule on against off (fast.py, cache16; nested4): train-d, train 0-59 and
# train-c outputs byte-identical (the shape fires in no train article: its evidence is one page, suspect of fitting,
# though it reads a parse shape of the past perfect nested report, as ``MISREAD_THATS_OPEN_CLAUSES`` does); news pages
# every field, speaker, channel, addressee and time +1 each (musical-flying-ship-jam: the company manager's "identified
# and patched", to the backstage team, at a notes session, after the second stall), no other page statement moved.
PASSIVES_TAKE_NO_OBJECT = True
_PASSIVE_SUBJECT = "nsubjpass"
_OBJECT = "dobj"


def _passive_clause(verb: Token) -> bool:
    """Whether a verb has a passive subject, its own or that of the verb it is a conjunct of ("had been identified and
    patched": "patched" shares "the fault")."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == _PASSIVE_SUBJECT for v in verbs for c in children_of(v))


_TELL = "tell"


def _trailing_according(cue: Token, clause: Token) -> bool:
    """ "X told deputies that ..., according to an arrest affidavit": the document's phrase hangs on the
    telling verb, after it, so the content the tagger gives it is the inner verb's reported clause."""
    on_it = cue.head == clause or (cue.head.head == clause and cue.head.dep_ in _REPORTED)
    return cue.dep_ == "prep" and on_it and cue.i > clause.i and clause.lemma_ == _TELL


def _inside_report(report: Token, first_char: int) -> bool:
    """Whether the content starts inside the inner verb's reported clause (its "that" included)."""
    return report.left_edge.idx <= first_char <= report.idx


_MARKS = " \"“”'‘’"


def _opens_with(report: Token, first_char: int) -> bool:
    """ "“Every week she is gone ...,” Henning said in January, according to a recording": the content opens
    with the inner verb's own quote, fronted before its speaker (only quotation marks between)."""
    start = report.left_edge.idx
    if first_char > start:
        return False
    # read back from the report over its own tokens, stopping at the first word: ``Doc.text`` joins the whole
    # document on each read, and a long content would make even a token walk to its start costly
    doc = report.doc
    for i in range(report.left_edge.i - 1, -1, -1):
        token = doc[i]
        if token.idx + len(token.text_with_ws) <= first_char:
            break
        if token.text_with_ws[max(0, first_char - token.idx) : start - token.idx].strip(_MARKS):
            return False
    return True


_QUOTE = "quote"


def quoted_as_saying(cue: Token) -> tuple[Token, Token | None] | None:
    """ "Kortel quoted a senior official as saying that ...", "A border service official was quoted by Interfax as
    saying that ...": the one quoted (the object, or the passive's subject) and the one quoting (the subject, or the
    agent after "by"), when the cue is "quote" with "as" and a participle of saying. The words are the one quoted's,
    passed on through the one quoting."""
    if cue.lemma_.lower() != _QUOTE or not any(_as_saying(c) for c in children_of(cue)):
        return None
    passive = [c for c in children_of(cue) if c.dep_ == "nsubjpass"]
    if passive:
        agents = agents_of(cue)
        return passive[0], agents[0] if agents else None
    objects = [c for c in children_of(cue) if c.dep_ == "dobj"]
    subjects = [c for c in children_of(cue) if c.dep_ == "nsubj"]
    return (objects[0], subjects[0]) if objects and subjects else None


def _as_saying(child: Token) -> bool:
    """ "as saying", "as having said": the preposition "as" with a participle of saying."""
    if child.dep_ != "prep" or child.lower_ != "as":
        return False
    return any(g.dep_ == "pcomp" and g.tag_ in ("VBG", "VBN") and _says(g) for g in children_of(child))

"""Content and source of one cue: the learned role tagger over the cue's window."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.cues import (
    FoundCue,
    after_apposition,
    after_relative_clause,
    clause_made_root,
    cue_root,
    document_shows,
    document_shows_between,
    relative_said_clause,
)
from quotegraph.nlp.find.features import role_features
from quotegraph.nlp.find.misread_relatives import subject_before_relative_clause
from quotegraph.nlp.find.model import ROLE_MODEL, load_tagger
from quotegraph.nlp.find.parse import ParseIndex, children_of
from quotegraph.nlp.find.quotes import QuoteRegion
from quotegraph.nlp.find.spans import cue_window, runs, runs_to_chars
from quotegraph.nlp.lexicons import lexicon, reports_words
from quotegraph.nlp.syntax import ASKING_VERBS, FINITE_TAGS, NOMINAL_SUBJECTS, holds_a_verb, nominal_subjects

__all__ = ["CONTENT_LABEL", "SOURCE_LABEL", "Roles", "reported_clauses", "role_sequence", "tag_roles"]

CONTENT_LABEL = "C"
SOURCE_LABEL = "S"
# Expletive and relative subjects say nothing about who speaks ("it is said", "which shows").
_NOT_SOURCES = frozenset({"it", "there", "that", "which", "this", "what"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "dobj"})


@dataclass(frozen=True)
class Roles:
    content: list[CharSpan]
    source: list[CharSpan]


def role_sequence(
    parse: ParseIndex,
    cue: FoundCue,
    regions: Sequence[QuoteRegion],
    in_quote: Sequence[bool],
    within: tuple[int, int] | None = None,
) -> tuple[Span, list[list[str]]]:
    """The cue's window and one feature list per token of it (shared by training and finding)."""
    return _sequence_from(parse, cue, cue_root(parse.doc, cue.start, cue.end), regions, in_quote, within)


def _sequence_from(
    parse: ParseIndex,
    cue: FoundCue,
    head: Token,
    regions: Sequence[QuoteRegion],
    in_quote: Sequence[bool],
    within: tuple[int, int] | None,
) -> tuple[Span, list[list[str]]]:
    """``role_sequence`` with the cue's root already found: the finder works it out once a cue."""
    window = cue_window(parse, cue.start, regions, within)
    cue_mask = [cue.start <= i < cue.end for i in range(window.start, window.end)]  # no Token built a word
    return window, role_features(window, head, in_quote[window.start : window.end], cue_mask, parse)


def _complete_clauses(window: Span, head: Token, labels: list[str]) -> list[str]:
    """Content that starts a clause of the cue runs to the clause's end: the tagger often stops at a comma."""
    completed = list(labels)
    for child in children_of(head):
        if child.dep_ not in CLAUSE_DEPS:
            continue
        first, last = child.left_edge.i - window.start, child.right_edge.i - window.start
        if first < 0 or last >= len(labels):
            continue
        if labels[first] != CONTENT_LABEL and not _that_read_as_pronoun(child, head, labels[first : last + 1]):
            continue
        for at in range(first, last + 1):
            if completed[at] == "O" and not window[at].is_punct:
                completed[at] = CONTENT_LABEL
    return completed


def _that_read_as_pronoun(clause: Token, head: Token, labels: Sequence[str]) -> bool:
    """ "told the jury at Hollins County Court that Dr. Paul Kessler entered notes ...": the parser makes "that" an
    object of the reported clause's verb, and the tagger then starts the content late in the clause ("about three hours
    after ..."); a clausal complement opened by such a "that" after the cue runs whole from it once the tagger put
    content in it. Not a relative "that" before the cue ("the emails that Comey said they found"), which it is."""
    opening = clause.left_edge
    return (
        clause.dep_ == "ccomp"
        and opening.lower_ == "that"
        and opening.i > head.i
        and opening.dep_ != "mark"
        and opening.head == clause
        and CONTENT_LABEL in labels
    )


# A cue's object is as often its addressee ("told reporters") as what was said: only its clause is.
_CLAUSES = frozenset({"ccomp", "xcomp"})
# A verb hanging from another this way shares its subject ("X spoke, saying ...", "X refused to say").
_SHARED_SUBJECT_DEPS = frozenset({"advcl", "xcomp", "conj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# A gerund of saying after a preposition of time or means on a verb is said by that verb's subject ("won the nomination
# by promising", "told reporters, before insisting", "after announcing his support ..., Marco Rubio still believes";
# ``_governor_of_a_gerund``): the commonest cue with no source on train-d (24 of its 57 gerunds and participles with no
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


def _complement_of(window: Span, head: Token, in_quote: Sequence[bool]) -> list[tuple[int, int]]:
    """The cue's unquoted clause, before or after it, as a run of the window, for a cue the tagger gave
    no content (a quote is left to the quote handling). A cue the tagger never saw, after a relative
    clause, takes its clause quotes and all: the quote handling does not reach past its words."""
    quotes_too = after_relative_clause(head)
    for clause in reported_clauses(head):
        first, last = clause.left_edge.i - window.start, clause.right_edge.i - window.start
        if first < 0 or last >= len(window) or _across_semicolon(clause, head):
            continue
        if quotes_too or not any(in_quote[first : last + 1]) or _paraphrase_then_quote(clause, in_quote, first):
            return [(first, min(_quote_left_on_cue(head, clause) + 1 - window.start, len(window)))]
    return []


# The forms of quotation marks a quote opens with, as tokens
_OPENING_MARKS = frozenset({'"', "“", "``", "‘"})
# What ends a sentence or a clause, left out of a content
_TRAILING_PUNCTUATION = frozenset({".", "!", "?", ",", ";", ":"})


def _quote_left_on_cue(head: Token, clause: Token) -> int:
    """ "who told the Gazette before the sale that her family had kept the notebooks “in a biscuit tin under the
    stairs” for most of the last century": a reported clause opened by "that" after the cue and ended by the parser
    right before a quote it hung on the cue, with the rest of the sentence: the cue takes no quote after its own
    clause, so the quote and what follows it are the clause's and the statement is mixed. The index of the clause's
    last token, so widened up to the sentence's end."""
    doc, last = head.doc, clause.right_edge.i
    opening = clause.left_edge
    if opening.lower_ != "that" or opening.i < head.i or last + 2 >= len(doc):
        return last
    mark = doc[last + 1]
    if mark.text not in _OPENING_MARKS or mark.head != head:
        return last
    after = [c.right_edge.i for c in children_of(head) if c.i > last and c.right_edge.i > last]
    end = max(after, default=last)
    while end > last and doc[end].text in _TRAILING_PUNCTUATION:
        end -= 1
    return end


def _across_semicolon(clause: Token, head: Token) -> bool:
    """ "The three-time All-Star wants to play for a contender; the team says it does not comment on speculation": a
    clause before the cue that a semicolon parts from it is a sentence of its own, not what the cue reports (an
    inverted report takes a comma: "X, the team says")."""
    end = clause.right_edge.i
    return end < head.i and any(t.text == ";" for t in head.doc[end + 1 : head.i])


# Words of a marked clause before its first quote (the mark, a subject, an auxiliary: "that Amos had") that make
# it the reporter's paraphrase running into a quoted part, which the quote handling does not reach
_PARAPHRASE_LEAD = 2


def _root_clause(window: Span, head: Token) -> list[tuple[int, int]]:
    """The reported clause the parser made the sentence's root (``clause_made_root``), from its "that" to its end,
    quotes and all, as a run of the window."""
    made = clause_made_root(head)
    if made is None:
        return []
    root, mark = made
    first, last = mark.i - window.start, root.right_edge.i - window.start
    return [(first, last + 1)] if first > 0 and last < len(window) else []


def _paraphrase_then_quote(clause: Token, in_quote: Sequence[bool], first: int) -> bool:
    """ "said after the programme that Amos had “insulted every resident.”": a marked clause that opens unquoted
    and quotes only after its own subject is a mixed content; a quote handled as a quote starts the clause."""
    read_as_relative = _complement_read_as_relative(clause)
    if not (_marked(clause) or read_as_relative):
        return False
    lead = 0
    while first + lead < len(in_quote) and not in_quote[first + lead]:
        lead += 1
    # the quote handling does not reach into a clause the parser read as relative, however short its lead
    least = 1 if read_as_relative else _PARAPHRASE_LEAD
    # the subject may hang elsewhere in a garbled parse ("that she had “examined photographs, not paintings” and had
    # never been paid": "she" made the subject of "photographs"); a subject in the unquoted lead is as good
    opening = clause.left_edge.i
    in_lead = any(t.dep_ in NOMINAL_SUBJECTS for t in clause.doc[opening : opening + lead])
    return lead > least and (in_lead or any(c.i < clause.i for c in nominal_subjects(clause)))


def _closing_participle(cue: Span, head: Token) -> Token | None:
    """ "welcomed the decision in a post on X, saying that ...": a cue the tagger ran over a whole reaction up to the
    participle of saying set off by a comma that ends it; that participle, not the verb the cue opens with, governs
    the words said. Not one that follows its own doer ("The conversation ended with Maddow asking whether ...")."""
    last = cue[-1]
    if last == head or last.tag_ != "VBG" or last.dep_ != "advcl" or last.head != head:
        return None
    if last.i == 0 or last.nbor(-1).text != "," or any(c.dep_ in _SUBJECT_DEPS for c in children_of(last)):
        return None
    return last if reports_words(last.lemma_.lower()) else None


def _participle_of_saying(head: Token) -> Token | None:
    """ "Ofwat wrote to the company last month warning that its leakage record was among the worst in England": a
    participle of saying after the cue with no comma, which the parser hangs on the cue as a clause of manner; the cue
    says how (a letter, to whom) and the participle what, so the participle's clause is the cue's content when the
    tagger gave it none. Only after a verb of saying or writing: after another verb the participle may have a doer of
    its own ("The conversation ended with Maddow asking whether ...", train-d). Not one set off by a comma ("wrote to
    members, saying that ..."), which the tagger takes for a cue of its own, nor one with a subject of its own."""
    if not reports_words(head.lemma_.lower()):
        return None
    for child in children_of(head):
        if child.dep_ != "advcl" or child.tag_ != "VBG" or child.i < head.i or not reports_words(child.lemma_.lower()):
            continue
        if child.nbor(-1).text == ",":
            continue
        if not any(c.dep_ in _SUBJECT_DEPS for c in children_of(child)):
            return child
    return None


# Tags of a participle of the medium that the parser may read as a finite verb ("a post shared ...")
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})


def _medium_participle_in_cue(cue: Span, head: Token) -> Token | None:
    """ "Derek Moffat, who wrote in a Facebook post shared more than 3,000 times by last night that he had waited ...":
    the tagger runs the cue over the medium and the participle that describes it ("shared"), which the parser read as
    a finite verb with the speaker for its subject, hanging on it the clause opened by "that" that the cue reports.
    That participle governs what was said when the cue's own reading finds no clause. Only a participle inside the
    tagger's cue after a noun of it (the medium), after a verb of saying or writing, whose clause opens with "that"
    after the cue. Fires on nurses-strike-holyrood (that statement found with its speaker, kind and channel, and the
    quote after it carries the post: pages every field +2) and on no train-d, train 0-59 or train-c article (their
    full-eval outputs byte-identical): its evidence is the page alone."""
    if not reports_words(head.lemma_.lower()):
        return None
    for token in cue:
        if token.i <= head.i or token.pos_ != "VERB" or token.tag_ not in _PARTICIPLE_TAGS:
            continue
        if not any(t.pos_ in ("NOUN", "PROPN") for t in cue.doc[head.i + 1 : token.i]):
            continue
        clauses = [c for c in children_of(token) if c.dep_ == "ccomp" and c.left_edge.i >= cue.end]
        if clauses and clauses[0].left_edge.lower_ == "that":
            return token
    return None


# How a cue's clause hangs below the medium the cue names: "said in [a commentary] [published
# Tuesday] that ...", "issued [a statement] [saying] ...". The parser attaches such a clause to the
# medium's noun or to a participle of it, not to the verb.
_MEDIUM_DEPS = frozenset({"prep", "pobj", "dobj", "acl"})
MAX_MEDIUM_STEPS = 4  # "said" > "in" > "commentary" > "published" > its clause: the longest path seen
_COMPLEMENT_MARKS = frozenset({"that", "whether", "if"})


def reported_clauses(head: Token) -> Iterator[Token]:
    """The clauses the cue may report, the nearest first: the cue's own clausal complements, then
    those hanging below the medium it names after it. A clause the parser took for a relative one is
    a complement when its "that" is a conjunction (a marker), not a relative pronoun. For a verb of
    saying parsed as a participle after a relative clause, the parser hangs the clause on the subject
    ("X, who ..., posted on Facebook that ..."): a marked clause of the subject after the verb comes first."""
    if after_relative_clause(head):
        yield from (
            c for c in children_of(head.head) if c.i > head.i and c.dep_ in _CLAUSES | {"relcl", "acl"} and _marked(c)
        )
    level = [head]
    for _ in range(MAX_MEDIUM_STEPS + 1):
        below = []
        for token in level:
            for child in children_of(token):
                marked = (child.dep_ in ("relcl", "acl") and _marked(child)) or _that_clause_read_as_adverbial(child)
                read_as_relative = _complement_read_as_relative(child) or _complement_read_as_zero_relative(child)
                if token is head and (past := _clause_past_time_clause(child)) is not None:
                    yield past
                elif (
                    child.dep_ in _CLAUSES
                    or marked
                    or (token is not head and read_as_relative)
                    or _clause_read_as_subject(child)
                ):
                    yield child
                elif (child.dep_ in _MEDIUM_DEPS or _noun_read_as_gerund(child)) and child.i > head.i:
                    below.append(child)
        level = below


def _noun_read_as_gerund(child: Token) -> bool:
    """ "said in a notice to shipping that inbound vessels should expect delays", "wrote in a note to banking clients
    that ...": the parser reads a noun in "-ing" after the preposition of the medium's phrase as a gerund and hangs
    the clause the cue reports on it. A gerund that reports, thinks or finds keeps its own clause ("said in a
    statement after learning that ...": what was learned)."""
    return child.dep_ == "pcomp" and child.tag_ == "VBG" and child.lemma_.lower() not in lexicon("cue_verbs")


# Conjunctions that open a clause of time set between a verb of saying and what it reports ("said after the car had
# left that ...")
_TIME_MARKS = frozenset({"after", "before", "when", "as", "once", "while", "until", "since"})

# Verbs of saying that take no clause opened by "that" ("he spoke before the committee", never "he spoke that ..."):
# a time clause on one of them cannot report the clause the parser hangs on it, so the cue before it does. Fires on
# train-d once (huff-post 2016-06-09 clinton-and-sanders-aren-t-butting-heads: "told The Huffington Post before he
# spoke before the committee that he believed ...", gold E25, not found before): +1 matched statement with its
# addressee and time right; the four statements carried from it now carry "Wednesday" where they carried nothing
# (gold: the "before he spoke" clause, so null misses become wrong values; a resolver matter). No fixture page and no
# train 0-59 or train-c article has the form.
_SAYING_WITHOUT_CLAUSE = frozenset({"speak", "talk"})


def _clause_past_time_clause(child: Token) -> Token | None:
    """ "said after the royal car had left that he had used the time to press the town's case": a clause of time set
    between the verb of saying and its clause opened by "that"; the parser hangs that clause on the time clause's verb,
    which cannot report it when it is no verb of saying, thinking or finding ("left"), so it is what the cue reports.
    A time clause's own verb of saying keeps its clause ("said after officials announced that ...": what they
    announced). The clause opened by "that", else None."""
    if child.dep_ != "advcl" or child.i < child.head.i:
        return None
    lemma = child.lemma_.lower()
    if lemma in lexicon("cue_verbs") and lemma not in _SAYING_WITHOUT_CLAUSE:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS and c.i < child.i for c in children_of(child)):
        return None
    clauses = [
        c
        for c in children_of(child)
        if c.dep_ == "ccomp" and c.i > child.i and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"
    ]
    return clauses[0] if clauses else _relative_closing_time_clause(child)


def _relative_closing_time_clause(time_verb: Token) -> Token | None:
    """ "said in a statement after the inquiry rose for the day that it had listened carefully": the parser hangs the
    clause on the time clause's last noun as a relative one ("the day that it had listened"); one that closes the time
    clause and reads as reported speech (a subject of its own and a shifted tense) is what the cue reports."""
    level = [time_verb]
    for _ in range(MAX_MEDIUM_STEPS):
        below = []
        for token in level:
            for c in children_of(token):
                if c.i < time_verb.i:
                    continue
                if c.dep_ == "relcl" and c.right_edge.i == time_verb.right_edge.i and _complement_read_as_relative(c):
                    return c
                if c.dep_ in _MEDIUM_DEPS:
                    below.append(c)
        level = below
    return None


def _clause_read_as_subject(child: Token) -> bool:
    """ "Nikhil Rao, wrote that a routine update to the software that routes payments had been sent to every region":
    the parser, finding the clause's verb in a relative clause, makes its subject the cue's second subject, after
    the cue and opened by "that": a marked phrase right after the verb is what was said, never who said it."""
    return child.dep_ == "nsubj" and child.left_edge.i == child.head.i + 1 and _marked(child)


# Words before "that" that make it open a clause of purpose, result or cause ("so that", "now that"), not of saying
_NOT_REPORTING_THAT = frozenset({"so", "such", "now", "order", "given", "provided", "except", "seeing"})


def _that_clause_read_as_adverbial(clause: Token) -> bool:
    """ "He told the Courier only that a new session had been scheduled": with an adverb between the verb's object
    and "that", the parser makes the clause an adverbial one; a clause after the verb opened by "that" is still what
    was said, unless the word before "that" makes it one of purpose or cause ("so that", "now that")."""
    if clause.dep_ != "advcl" or clause.i < clause.head.i:
        return False
    marks = [c for c in children_of(clause) if c.dep_ == "mark"]
    if [m.lower_ for m in marks] != ["that"] or marks[0].i == 0:
        return False
    return marks[0].nbor(-1).lower_ not in _NOT_REPORTING_THAT


def _complement_read_as_relative(clause: Token) -> bool:
    """ "said at the briefing that 40 shelters would open": the parser reads "that" as a relative pronoun
    of the noun the cue's phrase names ("the briefing that ... would open"), but a clause right after the
    noun with a subject of its own and an auxiliary ("would", "had", "was") is what was said, as reported
    speech shifts its tense; "spoke at the school that she attended" (no auxiliary) stays a relative clause."""
    if clause.dep_ != "relcl" or clause.left_edge.lower_ != "that" or clause.left_edge.i != clause.head.i + 1:
        return False
    subjects = [c for c in nominal_subjects(clause) if c.lower_ != "that"]
    has_aux = any(c.dep_ in ("aux", "auxpass") for c in children_of(clause))
    return bool(subjects) and (has_aux or _no_gap_for_that(clause))


def _no_gap_for_that(clause: Token) -> bool:
    """ "told reporters at the lobby briefing that Holt enjoyed the exchange": a clause with a subject and a direct
    object of its own leaves "that" no place as a relative pronoun (the parser makes it a second object), so it is a
    conjunction; "the school that she attended" (no object but "that") stays relative, and so does a clause on a
    time ("on the day that she won the race"), where "that" stands for "when"."""
    if clause.head.ent_type_ in ("DATE", "TIME"):
        return False
    return any(c.dep_ == "dobj" and c.lower_ != "that" for c in children_of(clause))


# Verbs whose object is the person told, so that a clause right after that object is what they were told
_TELLING = frozenset({"tell", "inform", "assure", "reassure", "warn", "remind", "advise", "notify", "caution"})
_RELATIVE_WORDS = _RELATIVE_PRONOUNS | {"whom", "whose", "where", "when"}


def _complement_read_as_zero_relative(clause: Token) -> bool:
    """ "Okoye told reporters he had learned of his nomination": the parser reads the unmarked clause after the
    object of a verb of telling as a relative clause of that object ("reporters [whom] he had learned"), but the
    person told is followed by what they were told. Only a clause that opens right after the object with a subject
    of its own and no relative word, on the direct object of a verb of telling."""
    told = clause.head
    verb = told.head
    if clause.dep_ != "relcl" or told.dep_ not in ("dobj", "dative") or verb.lemma_.lower() not in _TELLING:
        return False
    if clause.left_edge.i != told.i + 1 or any(c.lower_ in _RELATIVE_WORDS for c in children_of(clause)):
        return False
    subjects = [c for c in nominal_subjects(clause) if c.i < clause.i]
    return bool(subjects) and subjects[0].left_edge.i == clause.left_edge.i


# Tags of the words of a plain noun phrase ("the National Transport Safety Board", "the county's registrar")
_NOUN_PHRASE_TAGS = frozenset({"DT", "NNP", "NNPS", "NN", "NNS", "JJ", "POS", "PRP$", "CD", "HYPH"})
_INVERTED_SOURCE_LIMIT = 8  # words of the source between the comma and the cue: a name with its title
_INVERTED_CONTENT_MIN = 3  # words before the comma: a clause, not a name or an interjection
# Tags of what may follow the cue to the sentence's end: its time, place or manner ("on Wednesday", "in a statement")
_TRAILING_TAGS = _NOUN_PHRASE_TAGS | {"IN", "RB"}


def _inverted_cue(
    parse: ParseIndex, window: Span, head: Token, in_quote: Sequence[bool]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """ "A faulty signal is the first thing investigators are examining after Sunday's derailment at Marlow Junction,
    the National Transport Safety Board said on Wednesday.": a verb of saying that ends its sentence after a plain
    noun phrase set off by a comma is an inverted cue, the phrase its source and the clause before the comma its
    content (returned as the content's runs and the source's), whatever the parser made of them (here the board an
    apposition of the junction and the verb a clause of "is"). Only for a cue the tagger gave no content, and an
    unquoted clause with a verb."""
    sentence = parse.sentence(head.i)  # ``head.sent`` walks back to the sentence start: once a cue, in a run-on one
    start = max(window.start, sentence.start)
    if (between := _document_shows_between(window, head, start, min(window.end, sentence.end), in_quote)) is not None:
        return between
    document = document_shows(head)  # "..., internal records obtained by the Herald show."
    source_end = head.i
    if document is not None and document >= start:
        comma = document
    elif not reports_words(head.lemma_.lower()) or head.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    elif (titled := _titled_name_before(window.doc, head.i, start)) is not None:
        comma, source_end = titled
    else:
        comma = head.i - 1
        while comma > start and window.doc[comma].tag_ in _NOUN_PHRASE_TAGS:
            comma -= 1
        phrase = window.doc[comma + 1 : head.i]
        if window.doc[comma].text != "," or not 0 < len(phrase) <= _INVERTED_SOURCE_LIMIT:
            return None
        if phrase[-1].pos_ not in ("NOUN", "PROPN"):
            return None
    end = min(window.end, sentence.end)
    if any(t.tag_ not in _TRAILING_TAGS and not (t.is_punct or t.is_space) for t in window.doc[head.i + 1 : end]):
        return None
    clause = window.doc[start:comma]
    if len(clause) < _INVERTED_CONTENT_MIN or not holds_a_verb(clause):
        return None
    if any(in_quote[start - window.start : comma - window.start]):
        return None
    return [(start - window.start, comma - window.start)], [(comma + 1 - window.start, source_end - window.start)]


# Conjunctions that open a clause of its own after ", records show,": what was shown ends before them.
# ``_document_shows_between`` fires on train-d twice, both in nyt 2016-04-25 trump-s-aging-air-fleet (gold E18, two
# runs, and E27, before ", and"; both matched; E27 gets its channel "records", E18 none where gold has "F.A.A.
# records"); the third medial one there (E7, "and, records show, does not use") is left out by design. No fixture page
# and no train 0-59 or train-c article has the form: a rule from one article, general in news writing but unproven.
_CLAUSE_CONJUNCTIONS = frozenset({"and", "but", "while", "whereas"})


def _document_shows_between(
    window: Span, head: Token, start: int, end: int, in_quote: Sequence[bool]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """ "During the same stretch, F.A.A. records show, the Cessna has flown roughly 216 hours.": a document's verb of
    showing set off by commas inside its sentence (``document_shows_between``) shows the sentence around it, in two
    runs; when a conjunction follows it ("..., records show, and aviation experts say ..."), only the words before
    it. The content's runs and the source's (as ``_inverted_cue``), else None."""
    doc = window.doc
    comma = document_shows_between(head)
    if comma is None or comma < start or head.i + 2 >= end:
        return None
    content = [(start, comma)]
    if doc[head.i + 2].lower_ not in _CLAUSE_CONJUNCTIONS:
        after_end = end
        while after_end > head.i + 2 and doc[after_end - 1].is_punct:
            after_end -= 1
        if after_end > head.i + 2:
            content.append((head.i + 2, after_end))
    words = [doc[i] for a, b in content for i in range(a, b)]
    if len(words) < _INVERTED_CONTENT_MIN or not holds_a_verb(words):
        return None
    if any(in_quote[i - window.start] for a, b in content for i in range(a, b)):
        return None
    return [(a - window.start, b - window.start) for a, b in content], [
        (comma + 1 - window.start, head.i - window.start)
    ]


def _noun_phrase_start(doc: Doc, end: int, low: int, of: bool) -> int:
    """Where the run of noun-phrase words ending before ``end`` starts (not before ``low``), through "of" when
    ``of`` ("the county's registrar of voters")."""
    at = end
    while at > low and (doc[at - 1].tag_ in _NOUN_PHRASE_TAGS or (of and doc[at - 1].lower_ == "of")):
        at -= 1
    return at


def _titled_name_before(doc: Doc, cue: int, low: int) -> tuple[int, int] | None:
    """ "Turnout was 38 percent, the highest since 2009, the county's registrar of voters, Lionel Park, said ...": a
    source set off by commas before the cue as a title and a name in apposition (either first: "..., Lionel Park, the
    county's registrar, said"): the comma before it and the comma that closes it, else None. One of the two is a
    name, all proper nouns, so that a list of things ("..., the roads, the bridges, said") is no source."""
    closing = cue - 1
    if closing <= low or doc[closing].text != ",":
        return None
    second = _noun_phrase_start(doc, closing, low, of=True)
    inner = second - 1
    if not second < closing or inner <= low or doc[inner].text != ",":
        return None
    first = _noun_phrase_start(doc, inner, low, of=True)
    opening = first - 1
    if not first < inner or opening <= low or doc[opening].text != ",":
        return None
    parts = (doc[first:inner], doc[second:closing])
    if closing - first - 1 > _TITLED_SOURCE_LIMIT or not any(all(t.pos_ == "PROPN" for t in p) for p in parts):
        return None
    if not all(p[-1].pos_ in ("NOUN", "PROPN") for p in parts):
        return None
    return opening, closing


_TITLED_SOURCE_LIMIT = _INVERTED_SOURCE_LIMIT + 4  # a title of up to eight words and a name of up to four


def _marked(clause: Token) -> bool:
    """A clause opened by a conjunction that makes it a complement ("that", "whether", "if")."""
    return any(g.dep_ == "mark" and g.lower_ in _COMPLEMENT_MARKS for g in children_of(clause))


def _subject_of(parse: ParseIndex, head: Token) -> list[CharSpan]:
    """The cue's own subject (or passive agent, or the object of "according to"), for a cue the tagger
    gave no source; for a cue with none, the subject of the verb it hangs from as a participle,
    infinitive or second verb."""
    known = parse.subjects  # a walk up a chain of shared subjects is walked once a document
    walked: list[int] = []
    verb = head
    while (found := known.get(verb.i)) is None:
        walked.append(verb.i)
        step = _subject_step(verb)
        if isinstance(step, tuple):
            found = step
            break
        verb = step
    for i in walked:
        known[i] = found
    return list(found)


def _subject_step(verb: Token) -> tuple[CharSpan, ...] | Token:
    """The subject ``verb`` names or lends (none when it has a subject of its own that is no source, or shares none),
    or the verb whose subject it shares."""
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    # A passive's agent, and the object of a cue that is a preposition ("according to X").
    markers = ("agent", "prep") if verb.dep_ == "prep" else ("agent",)
    subjects += [g for c in children_of(verb) if c.dep_ in markers for g in children_of(c) if g.dep_ == "pobj"]
    for subject in subjects:
        if (named := _source_named_by(verb, subject)) is not None:
            return named
    lent = (
        _inverted_subject_read_as_object(verb)
        or _subject_lent_to_participle(verb)
        or _subject_in_opening_phrase(verb)
        or _subject_left_in_opening_clause(verb)
        or subject_before_relative_clause(verb)
        or _subject_earlier_in_series(verb)
    )
    if lent is not None:
        return (lent,)
    own_subject = any(c.dep_ in _SUBJECT_DEPS for c in children_of(verb))
    if not own_subject and (governor := _governor_of_a_gerund(verb)) is not None:
        return governor
    if own_subject or verb.dep_ not in _SHARED_SUBJECT_DEPS:
        return ()
    if verb.head.pos_ in ("VERB", "AUX"):
        return _passive_subject_shared(verb) or _referring_it_shared(verb) or verb.head
    return _verb_of_adjective_predicate(verb) or ()


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


def _subject_earlier_in_series(verb: Token) -> CharSpan | None:
    """The subject of the verb before ``verb`` in a series of verbs the parser broke (``SERIES_SHARE_SUBJECTS``),
    for a verb with no subject of its own; else None."""
    if not SERIES_SHARE_SUBJECTS or any(c.dep_ in _SUBJECT_DEPS for c in children_of(verb)):
        return None
    before = _clause_before_in_series(verb) or _conjunct_before(verb)
    if before is None:
        return None
    subjects = [s for s in nominal_subjects(before) if s.dep_ == "nsubj" and s.i < before.i]
    named = _source_named_by(before, subjects[0]) if subjects else None
    return named[0] if named else None


def _clause_before_in_series(verb: Token) -> Token | None:
    """The verb of the series before the finite ``verb`` that the parser read as the clause ``verb`` reports ("He
    pledged ... and cast doubt ..., suggested that"), else None."""
    if verb.tag_ not in FINITE_TAGS:
        return None
    clauses = [c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < verb.i and not _marked(c)]
    if not clauses or _quoted_before(clauses[-1], verb) or _object_closes_sentence(verb):
        return None
    return clauses[-1] if _in_series(clauses[-1], verb) else None


def _conjunct_before(verb: Token) -> Token | None:
    """The nearest verb coordinated before ``verb`` with a subject of its own, under a head with none that lends none
    ("Hastily politicizing ..., Trump cast the blame ..., and emphasized"), else None."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ in _SHARED_SUBJECT_DEPS:
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in children_of(head)):
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
        if any(c.pos_ in ("VERB", "AUX") and not nominal_subjects(c) for c in conjuncts):
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
# ("were echoed by her campaign ..., saying": the agent's, as ``_passive_speaker`` reads it), nor an infinitive ("was
# asked to comment": an order to speak as often as speech; "Laser monitors were fixed to the deck to warn of": whoever
# fixed them; barge-strike-bridge-closure, where a first form of this rule fired). Full eval against off (lostsources,
# on main 715ffb28): fires on 6 train-d cues in 5 articles: 4 statements from no source to the gold's in 3 articles (nyt
# 2016-06-09 ryan-calls-trump "and said", politico 2015-11-19 trump-calls-for-bringing-back "alleging", politico
# 2015-11-24 clinton-s-iowa-dilemma "criticizing", "calling for"); 2 wrong before and after (nyt 2016-01-14
# america-the-shiny "The American sailors were swiftly released, displaying what many analysts said": the gold's cue is
# "said"; breitbart 2016-06-22 former-ted-cruz-super-pac "will focus solely on attacking", which the gold leaves
# unsourced). Cost: 2 channel false fills (the lawsuit's own name read as its channel; the sailors' carried channel).
# train 0-59, train-c: does not fire. Pages: fires on musical-flying-ship-jam ("Critics were divided on the show but
# almost unanimous about its set" -> Critics, no expected statement), score unchanged.
PASSIVE_SUBJECTS_SHARED = True
_INFINITIVE_TAG = "VB"


def _passive_subject_shared(verb: Token) -> tuple[CharSpan, ...] | None:
    """The passive subject of the verb ``verb`` hangs on as an active participle or second verb, which ``verb`` shares
    (``PASSIVE_SUBJECTS_SHARED``), else None."""
    governor = verb.head
    if not PASSIVE_SUBJECTS_SHARED or verb.tag_ == _INFINITIVE_TAG or _passive(verb):
        return None
    if any(c.dep_ == "agent" or c.dep_ in _SUBJECT_DEPS - {"nsubjpass"} for c in children_of(governor)):
        return None
    subjects = [c for c in children_of(governor) if c.dep_ == "nsubjpass" and c.i < governor.i]
    return _source_named_by(governor, subjects[0]) if len(subjects) == 1 else None


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


def _referring_it_shared(verb: Token) -> tuple[CharSpan, ...] | None:
    """The "it" subject of the full verb ``verb`` hangs on as a participle set off by a comma, which ``verb`` shares
    (``REFERRING_IT_SHARED``), else None."""
    governor = verb.head
    if not REFERRING_IT_SHARED or verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < governor.i:
        return None
    if governor.pos_ != "VERB" or verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    if any(c.dep_ in _EXTRAPOSED_DEPS for c in children_of(governor)):
        return None
    subjects = [c for c in children_of(governor) if c.dep_ in _SUBJECT_DEPS]
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
# ... by mentioning the fact that", "technology companies are quick to point out that"): the parser hangs the
# infinitive on the adjective (xcomp of an acomp), where the walk up shared subjects stopped for want of a verb. The
# gerund case is the one ``PREPOSITION_GERUNDS_SHARE_SUBJECTS`` meant and lost here. An expletive subject still names
# no one ("It is hard to say", "It's worth noting": ``_NOT_SOURCES``). Full eval against off (lostsubjects, main
# 5647e9df): fires on 4 train-d cues in 4 articles, 2 of them statements with no source before: huff-post 2016-02-02
# don-t-let-the-media ("by citing his Iowa results" -> He, the gold's) and politico 2016-02-11 things-to-watch ("by
# mentioning the fact that" -> Sanders, the gold's); train-d F1 0.7366 -> 0.7368, source 0.9472 -> 0.9475. Cost: the
# latter two statements about the coming debate (gold occasion empty) now take the carried channel of Sanders's
# breakfast with Sharpton the day before, channel false fill 0.0864 -> 0.0868 (channel, addressee, time accuracy
# unchanged). train 0-59: +1 statement, breitbart 2016-03-15 the-latest-kasich ("voters ... more likely to say" ->
# voters, with the exit poll's carried channel, both the gold's): F1 0.7293 -> 0.7301, source 0.9554 -> 0.9565,
# channel 0.7099 -> 0.7123, no false fill more. train-c byte-identical; fires on no news page (score unchanged): its
# evidence is train alone.
ADJECTIVE_PREDICATES_SHARE_SUBJECTS = True


def _verb_of_adjective_predicate(verb: Token) -> Token | None:
    """The verb whose predicate adjective governs ``verb`` as its infinitive ("is likely to remind", "be able to sign",
    "are quick to point out"), else None (``ADJECTIVE_PREDICATES_SHARE_SUBJECTS``)."""
    adjective = verb.head
    if not ADJECTIVE_PREDICATES_SHARE_SUBJECTS or verb.dep_ != "xcomp" or adjective.pos_ != "ADJ":
        return None
    if adjective.dep_ != "acomp" or adjective.head.pos_ not in ("VERB", "AUX"):
        return None
    return adjective.head


def _governor_of_a_gerund(verb: Token) -> Token | None:
    """ "Obama won his party's nomination by promising its furious revenge", "Trump told reporters, before insisting
    he had a great relationship with Latinos", "in describing the plan as a short-term buzz, the journalists are
    missing": a gerund after a preposition of time or means on a verb has that verb's subject
    (``PREPOSITION_GERUNDS_SHARE_SUBJECTS``)."""
    preposition = verb.head
    if not PREPOSITION_GERUNDS_SHARE_SUBJECTS or verb.dep_ != "pcomp" or verb.tag_ != "VBG":
        return None
    if preposition.dep_ != "prep" or preposition.lower_ not in _SHARING_PREPOSITIONS:
        return None
    return preposition.head if preposition.head.pos_ in ("VERB", "AUX") else None


def _source_named_by(verb: Token, subject: Token) -> tuple[CharSpan, ...] | None:
    """The source a subject of ``verb`` names: a relative pronoun with the noun it stands for, else the subject's
    phrase; none for a word that names no one ("it", "there")."""
    if verb.dep_ == "relcl" and subject.lower_ in _RELATIVE_PRONOUNS:
        return tuple(_with_antecedent(verb, subject))
    if subject.lemma_.lower() in _NOT_SOURCES:
        return None
    return ((subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)),)


# '"...," added Murphy, referring to the recent spate of killings', '"...?" asked Mr. Manafort, referring to': a verb of
# saying right after a closing quotation mark, with its subject after it, which the parser reads as its object; the
# name is who speaks, and so who speaks in the participle hung on that verb (the tagger gives the verb itself its
# source, not the participle). Full eval against off (lostsubjects, after ``ADJECTIVE_PREDICATES_SHARE_SUBJECTS``):
# train-d F1 0.7368 -> 0.7369, source 0.9475 -> 0.9476, occasions unchanged; moves three statements in three
# articles: politico 2016-08-08 how-newtown ("added Murphy, referring to" -> Murphy, the gold's: no source before),
# nyt 2015-11-10 netanyahu-and-obama ("recalled Mr. Rhodes": "Mr." -> "Mr. Rhodes", now resolved to Benjamin J.
# Rhodes), nyt 2016-06-26 battle-of-the-billionaire ("Bloomberg" -> "Michael R. Bloomberg", same speaker). train-c,
# train 0-59 byte-identical; fires on no news page (score unchanged): its evidence is train alone.
INVERTED_SUBJECTS_READ_AS_OBJECTS = True
# Verbs whose object after a quote the occasion readers take as the one asked ('"...?" asked Mr. Manafort'): with the
# name as the speaker too, the speaker's later statements carried themself as their addressee (train-d nyt 2016-04-23
# campaign-for-trump-says: addressee 0.6847 -> 0.6678, 17 statements), so "ask" (``syntax.ASKING_VERBS``) is left out.
# The parser's tag of a closing quotation mark, whatever its form ('', ”, ")
_CLOSING_QUOTE_TAG = "''"


def _inverted_subject_read_as_object(verb: Token) -> CharSpan | None:
    """The name right after a verb of saying that follows a closing quotation mark and has no subject of its own,
    which the parser read as the verb's object ("," added Murphy", "?" asked Mr. Manafort"), else None
    (``INVERTED_SUBJECTS_READ_AS_OBJECTS``)."""
    if not INVERTED_SUBJECTS_READ_AS_OBJECTS or verb.i == 0 or verb.doc[verb.i - 1].tag_ != _CLOSING_QUOTE_TAG:
        return None
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not reports_words(lemma) or lemma in ASKING_VERBS:
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in children_of(verb)):
        return None
    for name in (c for c in children_of(verb) if c.dep_ == "dobj" and c.pos_ == "PROPN"):
        if name.left_edge.i == verb.i + 1:
            last = name.right_edge  # with what the parser hangs on it ("replied Ortiz and Bell")
            while last.is_punct and last.i > name.i:
                last = verb.doc[last.i - 1]
            return (name.left_edge.idx, last.idx + len(last.text))
    return None


def _subject_lent_to_participle(verb: Token) -> CharSpan | None:
    """ "Township engineer Paul Ostrowski, answering a question from a board member, said the study ...": a verb with
    no subject of its own, after a participle set off by commas, whose subject the parser hung on the participle
    (the name before the first comma): that name is the verb's subject."""
    if any(c.dep_ in _SUBJECT_DEPS for c in children_of(verb)):
        return None
    doc = verb.doc
    for participle in (c for c in children_of(verb) if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i):
        after = participle.right_edge.i + 1
        if doc[participle.i - 1].text != "," or after >= len(doc) or doc[after].text != ",":
            continue
        subjects = [c for c in children_of(participle) if c.dep_ == "nsubj" and c.i < participle.i]
        if subjects and subjects[0].pos_ in ("PROPN", "NOUN") and subjects[0].right_edge.i < participle.i:
            subject = subjects[0]
            last = doc[participle.i - 2] if doc[participle.i - 2].i >= subject.i else subject
            return (subject.left_edge.idx, last.idx + len(last.text))
    return None


def _subject_in_opening_phrase(verb: Token) -> CharSpan | None:
    """ "In a victim impact statement read to the court by prosecutor Amit Shah, Okafor's widow, Grace, said ...": a
    verb with no subject of its own, right after a comma that closes appositions the parser hung on a noun of the
    prepositional phrase opening the sentence: those appositions are the verb's subject. So too after a participle
    phrase opening it ("Reached at home, where he had watched the broadcast with her brother, her father, Vikram
    Raman, said ...")."""
    doc = verb.doc
    if any(c.dep_ in _SUBJECT_DEPS for c in children_of(verb)) or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for opening in (c for c in children_of(verb) if c.i < verb.i and _opening_phrase(c)):
        if not opening.is_sent_start:  # the phrase opens the sentence (``Token.sent`` would walk back to find it)
            continue
        for noun in opening.subtree:
            appositions = [c for c in children_of(noun) if c.dep_ == "appos" and c.i > noun.i]
            if not appositions or appositions[-1].right_edge.i != verb.i - 2:
                continue
            first = appositions[0].left_edge
            # after a participle's phrase the whole chain of appositions is the subject ("her father, Vikram Raman")
            named = noun
            while opening.dep_ == "advcl" and named.dep_ == "appos" and doc[named.left_edge.i - 1].text == ",":
                first, named = named.left_edge, named.head
            if first.i > 0 and doc[first.i - 1].text == ",":
                last = doc[verb.i - 2]
                return (first.idx, last.idx + len(last.text))
    return None


def _subject_left_in_opening_clause(verb: Token) -> CharSpan | None:
    """ "When the vote was called, the mayor's deputy, Ana Ruiz, told the chamber ...": a verb with no subject of its
    own after a comma, whose sentence opens with a clause of time or condition ("When ...", "After ...") on which the
    parser hung the name set off by commas after that clause as a second object; a name after the comma that closes
    the clause's own words is the verb's subject."""
    doc = verb.doc
    if any(c.dep_ in _SUBJECT_DEPS for c in children_of(verb)) or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for clause in (c for c in children_of(verb) if c.dep_ == "advcl" and c.i < verb.i):
        opening = clause.left_edge
        if not opening.is_sent_start or opening.dep_ not in ("mark", "advmod") or opening.head != clause:
            continue
        for noun in (c for c in children_of(clause) if c.i > clause.i and c.pos_ == "PROPN"):
            first, last = noun.left_edge, noun.right_edge
            while last.is_punct and last.i > noun.i:  # the parser may hang the closing comma on the name
                last = doc[last.i - 1]
            if doc[first.i - 1].text == "," and last.i + 1 < verb.i and doc[last.i + 1].text == ",":
                return (first.idx, last.idx + len(last.text))
    return None


def _opening_phrase(child: Token) -> bool:
    """A prepositional phrase, or a past participle's phrase ("Reached at home", "Asked about the delay"), on the verb
    (a phrase opened by "-ing" is read by ``_past_opening_participle``)."""
    return child.dep_ == "prep" or (child.dep_ == "advcl" and child.tag_ == "VBN")


# Words an opening participle's clause may run to before the comma that closes it: "Also briefing, by videoconference
# from Port Alder," is nine; a longer stretch is no opening clause but the sentence itself.
_OPENING_CLAUSE_LIMIT = 24
# What may follow an opening participle that governs a clause ("Briefing the Council", "Speaking to reporters", "Also
# briefing,"), unlike one that modifies a noun ("Acting Mayor Smith", "Leading scientist Jane Doe").
_AFTER_OPENING_PARTICIPLE = frozenset({"DET", "ADP", "PUNCT", "ADV", "PRON", "PART", "NUM"})


def _opening_participle_end(parse: ParseIndex, head: Token) -> int | None:
    """ "Briefing the Council, Margit Halvorsen, Assistant Secretary-General, said ...", "Also briefing, by
    videoconference from Port Alder, Temba Ndlovu said ...": a participle clause that opens the sentence before the
    cue's subject is the scene the speaker spoke in, never the speaker (the parser, above all before a name in
    capitals, takes the participle as the verb's subject). The token after the comma that closes the clause, with
    the prepositional phrases set off after it ("by videoconference from Port Alder,"), else None."""
    doc = head.doc
    sentence = parse.sentence(head.i)
    at = sentence.start
    while at < head.i and doc[at].pos_ == "ADV":
        at += 1
    participle = doc[at]
    if not participle.lower_.endswith("ing") or participle.tag_ not in ("VBG", "NN") or at + 1 >= head.i:
        return None
    if doc[at + 1].pos_ not in _AFTER_OPENING_PARTICIPLE:
        return None
    limit = min(head.i, sentence.start + _OPENING_CLAUSE_LIMIT)
    end = None
    for i in range(at + 1, limit):
        if doc[i].text == ",":
            end = i + 1
            if doc[end].pos_ != "ADP":  # a phrase of manner or place set off after the clause belongs to it
                break
    if end is None or end >= head.i or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in doc[end : head.i]):
        return None
    return end


def _past_opening_participle(parse: ParseIndex, head: Token, cue_start: int, source: list[CharSpan]) -> list[CharSpan]:
    """The source without an opening participle clause (``_opening_participle_end``): a source that lies in the
    clause, or none at all (the parser hung the name on the clause's last noun), gives way to the words between the
    clause and the cue when they are a noun phrase with its appositions (no verb)."""
    if (end := _opening_participle_end(parse, head)) is None:
        return source
    doc = head.doc
    last = cue_start - 1
    while last > end and doc[last].is_punct:
        last -= 1
    if any(t.pos_ in ("VERB", "AUX") for t in doc[end : last + 1]):
        return source
    past = doc[end].idx
    stretch = (past, doc[last].idx + len(doc[last].text))
    if not source:
        return [stretch]
    kept: list[CharSpan] = []
    for start, stop in source:
        span = stretch if stop <= past else (max(start, past), stop)
        if span not in kept:
            kept.append(span)
    return kept


# "She was interrupted from the back of the hall by Keith Danby, chairman of the residents' group, who said ...": the
# one a "by" phrase names is the doer, and a relative clause after it is about them, not about the noun the phrase
# hangs on ("the back"); the parser hangs "by" on the nearest noun. Climbing out stays for "of"/"for" phrases ("the
# director of the film, who said"). Fires on clifftop-landslide-rest-centre ("the back" -> Keith Danby: pages speaker
# 1675 -> 1676 of 1703, every field unchanged, his channel and time still missed) and on four train-d articles, each
# a source a reader would give (huff-post erdogan-is-in-syria "important implications" -> "a UN-OPCW panel", nyt
# clinton-hints-at-husband "further attacks" -> "Mr. Trump", nyt latest-poll-has-trump "the deadly attack" -> "a
# gunman", nyt with-ailes-out "this time" -> "Gabriel Sherman"); none of the four is annotated, so the full eval's
# train-d scores are unchanged to the fourth decimal (F1 0.7265, source 0.9349).
AGENT_IS_THE_ANTECEDENT = True


def _relative_clause_noun(relative: Token) -> Token:
    """The noun phrase a relative clause is about, climbing out of the apposition and prepositional
    phrases it hangs on ("Audiard, the director of the film, who said ...": the parser often takes
    the nearest noun). Not out of a passive's agent (``AGENT_IS_THE_ANTECEDENT``)."""
    noun = relative.head
    while noun.dep_ in ("appos", "pobj"):
        if AGENT_IS_THE_ANTECEDENT and noun.dep_ == "pobj" and noun.head.lower_ == "by":
            break
        above = noun.head.head if noun.dep_ == "pobj" else noun.head
        if above.pos_ not in ("NOUN", "PROPN"):
            break
        noun = above
    return noun


def _with_antecedent(relative: Token, pronoun: Token) -> list[CharSpan]:
    """A relative pronoun as a source, with the noun it stands for when that comes before it."""
    noun = _relative_clause_noun(relative)
    spans = [(pronoun.idx, pronoun.idx + len(pronoun.text))]
    if noun.pos_ in ("NOUN", "PROPN") and noun.i < pronoun.i:
        spans.insert(0, (noun.left_edge.idx, noun.idx + len(noun.text)))
    return spans


def _governing_relative(first: Token, head: Token) -> Token | None:
    """The verb of a relative clause whose clausal complement holds ``first``, below the cue's head."""
    clause = first
    for above in first.ancestors:
        if above == head:
            return None
        if above.dep_ == "relcl" and clause.dep_ == "ccomp":
            return above
        clause = above
    return None


def _relative_reporter(
    window: Span, head: Token, content: Sequence[tuple[int, int]], in_quote: Sequence[bool]
) -> list[CharSpan]:
    """The source of a content that is the clause of a relative clause's own verb, not of the cue
    ("... responded to X, who stated that Y": Y is X's): the antecedent and the relative pronoun.

    Only for a relative clause standing between the cue and an unquoted content, with "who" or
    "which" as its subject.
    """
    if not content or in_quote[content[0][0]]:
        return []
    first = window[content[0][0]]
    relative = _governing_relative(first, head)
    if relative is None:
        return []
    pronouns = [c for c in children_of(relative) if c.dep_ == "nsubj" and c.lower_ in ("who", "which")]
    noun = _relative_clause_noun(relative)
    if not pronouns or noun.pos_ not in ("NOUN", "PROPN") or not noun.i < pronouns[0].i < relative.i < first.i:
        return []
    return _with_antecedent(relative, pronouns[0])


def _pronoun_antecedent(window: Span, source: Sequence[tuple[int, int]]) -> list[CharSpan]:
    """For a source tagged on a lone relative pronoun, the pronoun and the noun it stands for."""
    if len(source) != 1 or source[0][1] - source[0][0] != 1:
        return []
    pronoun = window[source[0][0]]
    if pronoun.lower_ not in _RELATIVE_PRONOUNS or pronoun.head.dep_ != "relcl":
        return []
    return _with_antecedent(pronoun.head, pronoun)


def _runs_into_governor(window: Span, head: Token, cue_end: int, run: tuple[int, int]) -> bool:
    """ "A ward sister who was sacked after complaining about night-shift staffing was unfairly dismissed, an
    employment tribunal ... ruled": a content after a cue that stands inside the subject of a verb, running on into
    that verb, is the sentence read past the cue's phrase (the tagger does not see where the subject ends): what a
    cue inside a subject says is no part of what is said of that subject. Only a preposition's gerund ("after
    complaining about"): the main clause is what a cue in an adverbial clause reports ("As Politico reported, the
    party agreed ...")."""
    if head.pos_ != "VERB" or head.dep_ != "pcomp" or window.start + run[0] < cue_end:
        return False
    for verb in head.ancestors:
        if not run[0] <= verb.i - window.start < run[1]:
            continue
        if any(c.dep_ in _SUBJECT_DEPS and c.left_edge.i <= head.i <= c.right_edge.i for c in children_of(verb)):
            return True
    return False


def _relative_said_runs(
    window: Span, head: Token, content: Sequence[tuple[int, int]]
) -> tuple[list[tuple[int, int]], int] | None:
    """For a verb of saying in a relative clause that reports the clause its pronoun is subject of
    (``relative_said_clause``): the content's runs (the pronoun, then the clause) and the pronoun's index in the
    window, else None. The tagger's runs after the verb end where the clause does (the parse's often ends early), a
    run that takes in the verb starting after it; the antecedent's runs are dropped."""
    relative = relative_said_clause(head)
    if relative is None or relative[0].i < window.start or relative[2] >= window.end:
        return None
    pronoun, first, last = (relative[0].i - window.start, relative[1] - window.start, relative[2] - window.start)
    stop = _predicate_resumed(window, relative[2]) - window.start
    after = [(max(a, first), min(b, stop)) for a, b in content if b > first]
    return [(pronoun, pronoun + 1), *(after or [(first, last + 1)])], pronoun


def _predicate_resumed(window: Span, last: int) -> int:
    """Where the sentence's own predicate resumes after a relative clause that ends at or after ``last`` ("The
    senator, who aides said was exhausted, left early": the comma before "left"), else the window's end."""
    for token in window.doc[last + 1 : window.end - 1]:
        if token.text == "," and token.nbor(1).pos_ in ("VERB", "AUX"):
            return token.i
    return window.end


# How a verb of saying hangs under the passive verb whose subject says it: as its clause ("heard telling"), as an
# adverbial ("caught on camera saying"), or through a preposition ("quoted as saying", "criticised for saying")
_UNDER_PASSIVE_DEPS = frozenset({"xcomp", "advcl"})
# A preposition of means names no speaker: in "is often justified by arguing that", whoever argues is not the subject
_MEANS = frozenset({"by"})
# The clitic "’s" of "he’s spoken out" is "has" as often as "is": no sure sign of a passive
_CLITIC_BE = frozenset({"'s", "’s"})


def _gerund_of_named(gerund: Token) -> bool:
    """ "interviewed about Pope Francis calling Christmas a sham": a gerund with a subject of its own, or right after
    a name or a pronoun (which the parser may hang elsewhere), is said by that one."""
    before = gerund.doc[gerund.i - 1] if gerund.i > 0 else None
    return bool(nominal_subjects(gerund)) or (before is not None and before.pos_ in ("PROPN", "PRON"))


def _passive_speaker(head: Token) -> tuple[Token, Token, Token] | None:
    """ "In the recording, the referee Craig Dunmore can be heard asking the video assistant referee, Lewis Orme, to
    “check the line again”", "He was quoted as saying the plan was dead", "The mayor was heard telling aides that
    ...": a gerund of a verb of saying under a passive verb (of hearing, recording, quoting) is said by that verb's
    passive subject, which the tagger reads as a part of what was said (it never saw the form): the passive subject,
    the verb of saying and the passive verb, else None. Only a gerund: an infinitive under a passive is as often an
    order to speak ("was asked to comment") as speech."""
    for saying in (
        head,
        *children_of(head),
        *(g for c in children_of(head) if c.dep_ == "prep" for g in children_of(c)),
    ):
        if saying.tag_ != "VBG" or not reports_words(saying.lemma_.lower()) or _gerund_of_named(saying):
            continue
        through = saying.head if saying.dep_ == "pcomp" and saying.head.dep_ == "prep" else None
        above = saying.head if through is None else through.head
        if saying.dep_ not in _UNDER_PASSIVE_DEPS | {"pcomp"} or above is saying or head not in (saying, above):
            continue
        if through is not None and through.lower_ in _MEANS:
            continue
        subjects = [c for c in children_of(above) if c.dep_ == "nsubjpass" and c.right_edge.i < above.i]
        # with an agent, the gerund may be the agent's ("were echoed by her campaign ..., saying")
        passive = any(c.dep_ == "auxpass" and c.text not in _CLITIC_BE for c in children_of(above))
        passive = passive and not any(c.dep_ == "agent" for c in children_of(above))
        if subjects and passive and subjects[0].lemma_.lower() not in _NOT_SOURCES:
            return subjects[0], saying, above
    return None


def tag_roles(
    parse: ParseIndex,
    cue: FoundCue,
    head: Token,
    regions: Sequence[QuoteRegion],
    in_quote: Sequence[bool],
    within: tuple[int, int] | None = None,
) -> Roles:
    """Content and source of ``cue``, whose root (``cue_root``) is ``head``, read in its window (kept inside the
    tokens ``within`` when given)."""
    window, features = _sequence_from(parse, cue, head, regions, in_quote, within)
    labels = load_tagger(ROLE_MODEL).tag(features).labels
    labels = _complete_clauses(window, head, labels)
    window_in_quote = in_quote[window.start : window.end]
    if after_apposition(head):  # the tagger reads the subject as the content: the parse says which is which
        subject = head.head
        clause = _complement_of(window, head, window_in_quote) or _root_clause(window, head)
        source = [(subject.left_edge.idx, head.nbor(-1).idx)] if clause else []
        return Roles(runs_to_chars(window, clause), source)
    content = runs([label == CONTENT_LABEL for label in labels]) or _complement_of(window, head, window_in_quote)
    if (misread := _relative_read_as_clause(head)) is not None:
        misread_clause, speaker = misread
        named = [(speaker.left_edge.idx, speaker.idx + len(speaker.text))]
        return Roles(runs_to_chars(window, _outside(window, misread_clause, content)), named)
    if (role := _role_noun_read_as_verb(head)) is not None:
        name_end = head.nbor(-1)
        role_and_name = (role.idx, name_end.idx + len(name_end.text))
        return Roles(runs_to_chars(window, _outside(window, role, content)), [role_and_name])
    cue_span = parse.doc[cue.start : cue.end]
    saying = (
        _closing_participle(cue_span, head) or _participle_of_saying(head) or _medium_participle_in_cue(cue_span, head)
    )
    if not content and saying is not None:
        # quotes and all, as after a relative clause: the quote handling does not reach a clause of the participle
        content = _complement_of(window, saying, [False] * len(window_in_quote))
    source_runs = runs([label == SOURCE_LABEL for label in labels])
    # what was said is no one's name ("wrote that a routine update ...", read by the tagger as a second subject)
    source_runs = [(a, b) for a, b in source_runs if not any(a < d and c < b for c, d in content)]
    if not content and (inverted := _inverted_cue(parse, window, head, window_in_quote)) is not None:
        # when the tagger's source is none, the phrase, or runs over the comma into the clause (not another phrase)
        comma, (phrase,) = inverted[0][0][1], inverted[1]
        if all(a <= comma < b or (phrase[0] <= a and b <= phrase[1]) for a, b in source_runs):
            content, source_runs = inverted
    content = [run for run in content if not _runs_into_governor(window, head, cue.end, run)]
    if (relative := _relative_said_runs(window, head, content)) is not None:
        content, pronoun = relative
        source_runs = [run for run in source_runs if not run[0] <= pronoun < run[1]]
    if (passive := _passive_speaker(head)) is not None:
        subject, saying, above = passive
        content = [run for run in content if run[0] > saying.i - window.start]
        # quotes and all: the quote handling does not reach a clause under the gerund ("asking X to “check ...”")
        content = content or _complement_of(window, saying, [False] * len(window_in_quote))
        # "a nurse who was sacked for saying": the relative pronoun with its nurse, as for an active verb's subject
        return Roles(runs_to_chars(window, content), list(_source_named_by(above, subject) or ()))
    first = _first_cue_of_conjunct(head)
    if first is not None and (shared := _subject_of(parse, first)):
        return Roles(runs_to_chars(window, content), shared)
    source_runs = _past_parenthetical_cue(window, head, source_runs)
    source = _relative_reporter(window, head, content, window_in_quote)
    source = source or _pronoun_antecedent(window, source_runs) or runs_to_chars(window, source_runs)
    source = source or _subject_of(parse, head)
    return Roles(runs_to_chars(window, content), _past_opening_participle(parse, head, cue.start, source))


# Relative pronouns that open a relative clause set off by commas after a name ("X, who ..., said")
_SET_OFF_RELATIVES = frozenset({"who", "which"})


def _relative_read_as_clause(head: Token) -> tuple[Token, Token] | None:
    """ "Benjamin Adeyemi, who represents a group of 14 suppliers owed a combined $38 million, said the loan's terms
    ...": a verb of saying with no subject of its own, right after the comma that closes a relative clause set off
    after its subject, whose last participle ("owed") the parser read as a finite verb; it makes that verb the clause
    the cue reports, before the cue, with the cue's subject as its own. What comes before the comma is who spoke, not
    what was said. The misread clause and the subject, else None."""
    doc = head.doc
    if head.i < 2 or doc[head.i - 1].text != "," or not reports_words(head.lemma_.lower()):
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in children_of(head)):
        return None
    for clause in children_of(head):
        if clause.dep_ != "ccomp" or clause.i > head.i or clause.right_edge.i != head.i - 2:
            continue
        for subject in (c for c in children_of(clause) if c.dep_ == "nsubj" and c.i < clause.i):
            relatives = [c for c in children_of(subject) if c.dep_ == "relcl" and c.i > subject.i]
            opening = relatives[0].left_edge if relatives else None
            if opening is not None and opening.lower_ in _SET_OFF_RELATIVES and doc[opening.i - 1].text == ",":
                return clause, subject
    return None


def _role_noun_read_as_verb(head: Token) -> Token | None:
    """ "At the debrief, coxswain Jory Pascoe said the crew ...": a role noun before a name that the parser read as a
    verb in its base form, the name its object and the two a clause the cue reports, before the cue, so that the cue
    has no subject; a base form with no subject, auxiliary or "to" is no clause, so the role and the name are who
    spoke and the phrases hung on the role ("At the debrief") are the saying's, not what was said. Not an imperative
    quoted before its cue ("“Ask Jory Pascoe,” she said"): the cue has a subject, and a comma stands before it."""
    if head.i < 2 or any(c.dep_ in _SUBJECT_DEPS for c in children_of(head)) or not reports_words(head.lemma_.lower()):
        return None
    for role in (c for c in children_of(head) if c.dep_ == "ccomp" and c.i < head.i and c.tag_ == "VB"):
        if not role.is_lower or any(c.dep_ in _SUBJECT_DEPS | {"aux", "auxpass"} for c in children_of(role)):
            continue
        names = [c for c in children_of(role) if c.dep_ == "dobj" and c.pos_ == "PROPN"]
        if names and names[0].left_edge.i == role.i + 1 and names[0].right_edge.i == head.i - 1:
            return role
    return None


def _outside(window: Span, clause: Token, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The content runs of ``window`` with the tokens of ``clause`` left out."""
    first, last = clause.left_edge.i - window.start, clause.right_edge.i - window.start
    kept = []
    for a, b in content:
        for run in runs([not first <= at <= last for at in range(a, b)]):
            kept.append((a + run[0], a + run[1]))
    return kept


def _past_parenthetical_cue(window: Span, head: Token, source_runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "The King, he said, had asked how long a new wall would take to build": a verb of saying with its own subject
    set off by commas between the cue's subject and the cue (the parser's parataxis) is the reporter's aside; the
    tagger runs the cue's source over the aside's subject ("The King, he"), which names the reporter, not the one who
    asked. The source runs without the aside and the punctuation around it."""
    asides = [
        c
        for c in children_of(head)
        if c.dep_ == "parataxis" and c.i < head.i and reports_words(c.lemma_.lower()) and nominal_subjects(c)
    ]
    if not asides:
        return source_runs
    dropped = {t.i - window.start for aside in asides for t in window.doc[aside.left_edge.i : aside.right_edge.i + 1]}
    kept = []
    for a, b in source_runs:
        for run in runs([at not in dropped for at in range(a, b)]):
            first, last = a + run[0], a + run[1]
            while last > first and window[last - 1].is_punct:
                last -= 1
            if last > first:
                kept.append((first, last))
    return kept


def _first_cue_of_conjunct(head: Token) -> Token | None:
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

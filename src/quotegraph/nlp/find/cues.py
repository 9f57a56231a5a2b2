"""Cue finding: the learned cue tagger over each sentence, and the head token of each cue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotegraph.nlp.find.features import cue_features
from quotegraph.nlp.find.model import CUE_MODEL, cue_feature_set, load_tagger
from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.find.role_words import SUBJECT_RELATIVES
from quotegraph.nlp.find.spans import opens_with_that, runs
from quotegraph.nlp.lexicons import lexicon, reports_words
from quotegraph.nlp.syntax import FINITE_OR_MODAL_TAGS, NOMINAL_SUBJECTS, VERB_POS

__all__ = [
    "AUXILIARIES",
    "CUE_LABEL",
    "CUE_THRESHOLD",
    "FoundCue",
    "after_apposition",
    "after_relative_clause",
    "clause_made_root",
    "court_held_that",
    "cue_root",
    "document_shows",
    "document_shows_between",
    "find_cues",
    "gerund_that_clause",
    "relative_said_clause",
    "said_through_use",
]

CUE_LABEL = "CUE"
# A token is a cue when the tagger gives it even odds; lower thresholds trade as much precision
# as they gain recall.
CUE_THRESHOLD = 0.5


@dataclass(frozen=True)
class FoundCue:
    start: int  # token indices into the doc, end exclusive
    end: int
    confidence: float


def cue_root(doc: Doc, start: int, end: int) -> Token:
    """The cue token the rest hangs from: the first whose head lies outside the cue, verbs first. The finder's
    syntactic reading; the resolving stage's ``cue_words.cue_head`` is the word that carries the attribution."""
    tokens = list(doc[start:end])
    outside = [t for t in tokens if not start <= t.head.i < end or t.head.i == t.i]
    for token in outside or tokens:
        if token.pos_ in {"VERB", "AUX"}:
            return token
    return (outside or tokens)[0]


def find_cues(doc: Doc, in_quote: Sequence[bool]) -> list[FoundCue]:
    """Every cue the tagger finds, sentence by sentence, and the verbs of saying the parser took for a
    participle after a relative clause (``after_relative_clause``)."""
    tagger, feature_set = load_tagger(CUE_MODEL), cue_feature_set()
    found = []
    for sentence in doc.sents:
        mask = in_quote[sentence.start : sentence.end]
        odds = tagger.probability(cue_features(sentence, mask, feature_set), CUE_LABEL)
        tagged = runs([p >= CUE_THRESHOLD for p in odds])
        for a, b in tagged:
            if _modifier_only(doc, sentence.start + a, sentence.start + b):
                continue
            head = cue_root(doc, sentence.start + a, sentence.start + b)
            if _says_that_pronoun(head, in_quote) or _columnist_line(head):
                continue
            if _no_saying(doc, sentence.start + a, sentence.start + b, head, in_quote):
                continue
            confidence = min(odds[a:b])
            # a tagged infinitive alone ("to accuse") would leave the source running into "used her sermon"
            user = said_through_use(head)
            start = sentence.start + a if user is None else min(user.i, sentence.start + a)
            found.append(FoundCue(start, sentence.start + b, confidence))
        cued = {sentence.start + i for a, b in tagged for i in range(a, b)}
        found.extend(
            FoundCue(t.i, t.i + 1, CUE_THRESHOLD)
            for t in sentence
            if t.i not in cued
            and not in_quote[t.i]
            and (
                after_relative_clause(t)
                or document_shows(t) is not None
                or document_shows_between(t) is not None
                or relative_said_clause(t) is not None
                or gerund_that_clause(t)
                or court_held_that(t)
            )
        )
        found.extend(
            FoundCue(user.i, t.i + 1, CUE_THRESHOLD)
            for t in sentence
            if t.i not in cued and not in_quote[t.i] and (user := said_through_use(t)) is not None
        )
    return sorted(found, key=lambda cue: cue.start)


def _modifier_only(doc: Doc, start: int, end: int) -> bool:
    """ "said in a written response to questions", "read a prepared statement": a cue of one word that modifies a noun
    (a participle or adjective between the noun's determiner or possessive and the noun) says what kind of thing the
    noun is, not that anyone said something. Not a verb the parser made a modifier of its object's noun with no
    determiner before it ("Khizr Khan, the father of a slain American soldier, decried Trump's repeated calls")."""
    word = doc[start]
    noun = word.head
    if end - start != 1 or word.dep_ != "amod" or noun.i < word.i or noun.pos_ != "NOUN":
        return False
    return any(c.dep_ in ("det", "poss") and c.i < word.i for c in children_of(noun))


def _no_saying(doc: Doc, start: int, end: int, head: Token, in_quote: Sequence[bool]) -> bool:
    """Whether the tagged cue ``doc[start:end]`` (root ``head``) is a verb that here says nothing was said: an
    attempt or an action going on, with no verb of saying (``_effort_alone``), or a price or an indictment
    (``_charge_not_said``)."""
    return _effort_alone(doc, start, end, head, in_quote) or _charge_not_said(head)


# "Halvorson is trying to seize on Shuster's relationship", "Mrs. Clinton tried to make light of the dispute": a verb
# of attempting tagged as the whole cue, its complement no verb of saying, reports an effort, not words. A verb of
# saying in the cue or as its complement keeps it ("is trying to encourage the establishment wing ... that",
# "tried to explain that"). Fires on train-d (full eval) on 10 statements in 10 articles: 8 the gold has none for
# (george-zimmerman's "attempted to provoke", paris-attacks' "tried to expand on her earlier statement",
# america-the-shiny's "trying to counter", tensions-flare's "tried to make light", convention-cities' "trying to
# present images of unity", ben-carson-hints' "attempted to re-engage", outside-gop-group's "trying to seize on",
# paul-ryan-says' "trying to shore up support"), 2 it has (ryan-calls-trump's "tried to provide an answer",
# pressure-rises' "attempted to distance Mr. Trump from his plan"): precision +8 statements, recall -2; in
# tensions-flare three later statements no longer carry the dropped one's "on Wednesday" and carry the gold's "on
# Thursday morning" (time +3). Train-c 1 statement (in-two-front-war's "is attempting to turn her attention to
# Trump", which the gold gives the cue "is attempting to turn her attention to" and the content "Trump" alone, so our
# longer content never matched it: precision +1, cue F1 0.8556 -> 0.8544); train 0-59 none; no fixture page (the
# pages' "trying to"s are inside quotes or untagged).
ATTEMPTS_ALONE_SAY_NOTHING = True
_ATTEMPTING = frozenset({"try", "attempt"})
# "continue" is a cue verb for a speaker going on with words ("“...,” he continued", "Pence continued: “...”"), but
# tagged alone with an action after it, an infinitive that is no verb of saying or "as", it says an action went on
# ("He also continued to raise substantial amounts of money", "Blocher continued as a member of parliament"). An
# object is left alone: it is as often a noun of saying ("Trump continued his attacks against Curiel", which the gold
# annotates) as not ("continued their search"). Fires on train-d (full eval) on 5 statements in 5 articles: 4 the gold
# has none for (the-rise-of's "continued as a member", trump-s-success' "continued to raise", casino-revenue's
# "continued to be a small saving grace", sarah-silverman's "continued to awkwardly veer off script"), 1 it has
# (ryan-wages' "his office continued to beat back the ... whisper campaign"): precision +4, recall -1; train 0-59
# and train-c none; no fixture page.
ACTIONS_GOING_ON_SAY_NOTHING = True
_GOING_ON = frozenset({"continue"})
# Tokens after the cue in which an opening quote makes the quote what the cue introduces: a colon and the mark
QUOTE_REACH = 2


def _effort_alone(doc: Doc, start: int, end: int, head: Token, in_quote: Sequence[bool]) -> bool:
    """Whether the cue ``doc[start:end]`` is a verb of attempting (``ATTEMPTS_ALONE_SAY_NOTHING``) or of going on
    (``ACTIONS_GOING_ON_SAY_NOTHING``) alone: no other verb in it, no clause of its own and no quote right after it
    (``in_quote``, one flag a token), and after it an infinitive that is no verb of saying or other cue verb, or, for
    going on, "as"."""
    lemma = head.lemma_.lower()
    attempt = ATTEMPTS_ALONE_SAY_NOTHING and lemma in _ATTEMPTING
    going_on = ACTIONS_GOING_ON_SAY_NOTHING and lemma in _GOING_ON
    if not (attempt or going_on) or any(t.pos_ == "VERB" and t.i != head.i for t in doc[start:end]):
        return False
    if any(c.dep_ == "ccomp" for c in children_of(head)):  # words or a clause after all ("“...,” he continued")
        return False
    if any(in_quote[i] for i in range(end, min(end + QUOTE_REACH, len(doc)))):  # "continued: ''The worst attack ...''"
        return False
    after = [c for c in children_of(head) if c.i > head.i]
    done = [c.lemma_.lower() for c in after if c.dep_ == "xcomp"]
    if any(reports_words(verb) or verb in lexicon("cue_verbs") for verb in done):
        return False
    return bool(done) or (going_on and any((c.dep_, c.lower_) == ("prep", "as") for c in after))


# "charge" is a cue verb for an accusation ("Fitton charged that ...", "“...,” Kelly charged", "Police had charged
# Corey Lewandowski", which train-c's gold annotates), but not as a price ("the club charged a $100,000 initiation
# fee", "has charged the campaign approximately $3.7 million", "whatever Trump charged his campaign for rent") nor
# as an indictment in the passive or a participle with no agent ("Mr. McGraw was charged with assault"), which states
# a person's legal standing, not anyone's words. Fires on train-d (full eval) on 6 statements in 6 articles, none in
# the gold (golf-courses-forced and its reprint with-fewer-golfers, donald-trump-jacked's rent, trump-s-aging-air-
# fleet's $3.7 million, protesting-at-trump-rallies' and trump-hires-conservative's "was charged with"): precision
# +6, no cost; train 0-59 1 (the-latest-kasich's "The supporter was later charged with assault", not in the gold);
# train-c none (its two "Police had last month charged" stay, both in the gold); no fixture page (assault-case's
# "coach charged with aggravated assault" is not tagged, the mayor page's "charged ... by a provincial police unit"
# names its agent and stays).
PRICES_AND_INDICTMENTS_SAY_NOTHING = True


def _charge_not_said(head: Token) -> bool:
    """Whether ``head`` is "charge" as a price (a sum of money or a "for" on it or its object) or as an indictment
    (passive or a participle, with "with" and no agent), with no clause after it
    (``PRICES_AND_INDICTMENTS_SAY_NOTHING``)."""
    if not PRICES_AND_INDICTMENTS_SAY_NOTHING or head.lemma_.lower() != "charge" or head.pos_ != "VERB":
        return False
    kids = children_of(head)
    # a clause after it is what was charged ("charged that ..."); one before may be a clause the parser hung on it
    # across a colon ("... is one of the biggest expenses: A company he owns has charged the campaign $3.7 million")
    if any(c.dep_ == "agent" or (c.dep_ == "ccomp" and c.i > head.i) for c in kids):
        return False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) or (head.dep_ == "acl" and head.tag_ == "VBN")
    if passive and any(c.dep_ == "prep" and c.lower_ == "with" for c in kids):
        return True
    objects = [c for c in kids if c.dep_ in ("dobj", "dative")]
    priced = any(t.ent_type_ == "MONEY" or t.tag_ == "$" for o in objects for t in o.subtree)
    return priced or any(c.dep_ == "prep" and c.lower_ == "for" for k in [head, *objects] for c in children_of(k))


# Words that make a time phrase a recurring one ("every Sunday", "each week") and adverbs of recurrence
_RECURRING = frozenset({"every", "each", "weekly", "daily", "monthly", "fortnightly", "regularly"})


def _columnist_line(head: Token) -> bool:
    """ "Hannah Voss writes about housing and money every Sunday.": "writes" in the simple present with a topic
    ("about", "on") and a recurring time says what a columnist covers (a bio line under a column), not that
    anything was written. A single occasion's "spoke about X" is a statement of its topic, which PolNeAR annotates."""
    if head.lemma_.lower() != "write" or head.tag_ != "VBZ":
        return False
    topic = any(c.dep_ == "prep" and c.lower_ in ("about", "on") for c in children_of(head))
    recurring = any(
        c.lower_ in _RECURRING or any(g.dep_ == "det" and g.lower_ in _RECURRING for g in children_of(c))
        for c in children_of(head)
        if c.dep_ in ("npadvmod", "advmod", "prep")
    )
    return topic and recurring


# Words that open a clause of time, condition or cause, which ends where its verb's object ends ("When she says
# that, we go")
_SUBORDINATORS = frozenset(
    {"when", "whenever", "if", "once", "because", "until", "unless", "before", "after", "as", "since", "while"}
)
_SENTENCE_ENDS = frozenset({".", "?", "!"})


def _says_that_pronoun(head: Token, in_quote: Sequence[bool]) -> bool:
    """ "“When she says that, we go.”", "“He says that every time,” said Samuel": inside a quote, a verb of saying
    followed by a "that" which opens no clause is a speaker referring back to words already said, not a report of
    new ones: the "that" ends the quote's sentence, holds no verb up to the quote's end (a time phrase at most), or,
    in a clause of time or condition, is followed by the comma that closes that clause. The tagger takes it for a
    cue whose content is the rest of the quote, which splits the quote from its speaker."""
    doc = head.doc
    at = head.i + 1
    if not in_quote[head.i] or at >= len(doc) or doc[at].lower_ != "that":
        return False
    after = doc[at + 1] if at + 1 < len(doc) else None
    if after is None or after.text in _SENTENCE_ENDS or not in_quote[after.i]:  # the quote closes after "that"
        return True
    if after.text == ",":
        return any(
            c.dep_ in ("advmod", "mark") and c.lower_ in _SUBORDINATORS and c.i < head.i for c in children_of(head)
        )
    for token in doc[at + 1 :]:  # up to the first verb, so that a long quote is not read for each cue in it
        if not in_quote[token.i]:
            return True
        if token.pos_ in VERB_POS:
            return False
    return True


def after_relative_clause(verb: Token) -> bool:
    """ "Sarah Lindqvist, who is leading in Ward 2, posted on Facebook that ...": a past tense of a verb
    of saying after the comma that closes its subject's relative clause, which the parser took for a
    participle of the subject ("posted" as in "a notice posted on the door"); the cue tagger, trained
    on parses, misses it; the same after an apposition when the sentence has no other verb. Not a participle with
    an auxiliary or an agent ("was posted", "posted by")."""
    noun = verb.head
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or noun.i >= verb.i:
        return False
    if (
        verb.i == 0
        or verb.nbor(-1).text != ","
        or any(c.dep_ in ("aux", "auxpass", "agent") for c in children_of(verb))
    ):
        return False
    relative = reports_words(verb.lemma_.lower()) and any(c.dep_ == "relcl" and c.i < verb.i for c in children_of(noun))
    return relative or after_apposition(verb)


def after_apposition(verb: Token) -> bool:
    """ "The Stingers' leading scorer, Dante Rivers, posted on Instagram after the game that ...": a verb of saying
    the parser made a participle of a subject with an apposition, in a sentence it left with no verb of its own, with
    the reported clause that a participle lacks. The tagger, which never saw it, takes the subject for the content:
    the subject is the source and the clause the content. A cue verb of estimating or believing counts too when its
    clause opens with "that" ("The Institute for Fiscal Research (IFR), an independent think tank, estimated in a
    briefing note on Monday that the freeze would cost ..."): with no other verb in the sentence, the clause is what
    the subject estimated."""
    noun = verb.head
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and noun.dep_ == "ROOT"
        and verb.i > 0
        and verb.nbor(-1).text == ","
        and any(c.dep_ == "appos" and c.i < verb.i for c in children_of(noun))
        and (
            any(c.dep_ == "ccomp" and _reported_by(verb, c) for c in children_of(verb))
            or _clause_left_on_subject(verb, noun)
        )
        and not any(c.dep_ in ("aux", "auxpass", "agent") for c in children_of(verb))
    ) or clause_made_root(verb) is not None


def _clause_left_on_subject(verb: Token, noun: Token) -> bool:
    """ "His team manager, Iñigo Salaberri, posted on Instagram on Saturday evening that the jersey was ...": having
    made the verb of saying a participle of the subject, the parser may hang the reported clause, opened by "that",
    on the subject too, after the verb (as after a relative clause, ``after_relative_clause``); the clause is what
    the verb of saying reports. Only a verb of saying or writing: "that" after another participle may open a
    relative clause of the subject."""
    return reports_words(verb.lemma_.lower()) and any(
        c.dep_ in ("acl", "relcl") and c.i > verb.i and opens_with_that(c) for c in children_of(noun)
    )


def _reported_by(verb: Token, clause: Token) -> bool:
    """Whether ``clause`` is what ``verb`` reports: any clause of a verb of saying or writing; a clause opened by
    "that" of any other cue verb ("estimated that", "found that")."""
    lemma = verb.lemma_.lower()
    if reports_words(lemma):
        return True
    return lemma in lexicon("cue_verbs") and opens_with_that(clause)


def clause_made_root(verb: Token) -> tuple[Token, Token] | None:
    """ "Varga's former training partner, the hurdler Anna Stein, posted on X on Monday night that she was
    “heartbroken ...”": a verb of saying after an apposition that the parser made a participle of the subject, and
    the subject one of the verb of the reported clause, which it made the sentence's root: that root and its "that",
    when the "that" comes after the verb of saying (the clause is what was said), else None."""
    noun = verb.head
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.i == 0 or verb.nbor(-1).text != ",":
        return None
    if not reports_words(verb.lemma_.lower()) or any(c.dep_ in ("aux", "auxpass", "agent") for c in children_of(verb)):
        return None
    if noun.dep_ not in NOMINAL_SUBJECTS or not any(c.dep_ == "appos" and c.i < verb.i for c in children_of(noun)):
        return None
    root = noun.head
    if root.dep_ != "ROOT" or root.i < verb.i:
        return None
    # the "that" hangs on the root or on its auxiliary ("that she was “heartbroken”": on "was")
    marks = [
        t
        for t in verb.doc[verb.i + 1 : root.i]
        if t.dep_ == "mark" and t.lower_ == "that" and root in (t.head, t.head.head)
    ]
    return (root, marks[0]) if marks else None


AUXILIARIES = frozenset({"aux", "auxpass"})  # the dependency labels of a verb's auxiliaries


def relative_said_clause(verb: Token) -> tuple[Token, int, int] | None:
    """ "the one at Harwood General Hospital, which she told MPs had been out of order for 14 months", "The senator,
    who aides said was exhausted, left early": a verb of saying in a relative clause whose relative pronoun is the
    subject of the clause it reports, which follows the verb (and its addressee) with no subject of its own. The
    parser hangs that clause anywhere (on the sentence's verb, on the verb of saying, or nowhere the tagger looks),
    and the tagger, which rarely saw the form, takes the sentence around it or nothing. The relative pronoun and the
    clause's first and last token indices, else None."""
    doc = verb.doc
    if verb.dep_ != "relcl" or verb.tag_ not in FINITE_OR_MODAL_TAGS or not reports_words(verb.lemma_.lower()):
        return None
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1 or subjects[0].lower_ in SUBJECT_RELATIVES or subjects[0].left_edge.i < 1:
        return None
    relative = doc[subjects[0].left_edge.i - 1]
    if relative.lower_ not in SUBJECT_RELATIVES:
        return None
    first = verb.i + 1
    told = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative") and c.left_edge.i == first and c != relative]
    if told:
        first = told[0].right_edge.i + 1
    if first >= len(doc) or doc[first].tag_ not in FINITE_OR_MODAL_TAGS:
        return None
    clause = doc[first] if doc[first].dep_ not in ("aux", "auxpass") else doc[first].head
    # a subject before the relative pronoun is its antecedent, which the parser may make the clause's subject
    if clause.i < first or any(c.dep_ in NOMINAL_SUBJECTS and verb.i < c.i < clause.i for c in children_of(clause)):
        return None
    last = clause.right_edge.i
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return relative, first, last


# Dependencies from the infinitive's noun up to the object of "use": "part of his address to call"
_OBJECT_PHRASE_DEPS = frozenset({"pobj", "prep"})


def said_through_use(verb: Token) -> Token | None:
    """ "The Bishop of Sarum used her Christmas Day sermon to accuse ministers of ...", "Carson used part of his
    address to call Mrs. Clinton a student of Saul Alinsky": a verb of saying in the purpose infinitive of an active
    "use", whose subject said it and whose object (the sermon, the address) is the medium. The parser hangs the
    infinitive on "use" or on the object's noun, and the tagger, which rarely saw the form, tags nothing or the whole
    verb phrase. Not a passive "use" ("should only be used to describe"), whose subject is no speaker. The "use", which
    opens the cue as the tagger's own cue of the form does ("used a speech on Tuesday to warn"), so that the source
    is the subject before it, else None."""
    if verb.tag_ != "VB" or not reports_words(verb.lemma_.lower()):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 for c in children_of(verb)):
        return None
    user = verb.head
    if verb.dep_ == "acl":
        noun = user
        while noun.dep_ in _OBJECT_PHRASE_DEPS and noun.head.i < noun.i:
            noun = noun.head
        if noun.dep_ != "dobj":
            return None
        user = noun.head
    elif verb.dep_ not in ("xcomp", "advcl"):
        return None
    active = not any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(user))
    used = user.lemma_.lower() == "use" and user.i < verb.i and any(c.dep_ == "dobj" for c in children_of(user))
    return user if used and active else None


# Verbs with which a court or a panel gives its decision ("ruling that", "holding that"), besides the cue lexicon's
_VERDICTS = frozenset({"rule", "hold", "decide", "determine"})


def gerund_that_clause(verb: Token) -> bool:
    """ "A federal appeals court on Thursday upheld a state law ..., ruling 2-1 that the law did not conflict with
    federal energy rules": a gerund of a verb of saying or deciding set off by a comma after its sentence's verb, whose
    clause opens with "that" after nothing but the gerund's adverbs (a vote, a time), reports what the sentence's
    subject said. The tagger misses it when the parser reads "that" as the clause's object ("ruling 2-1 that"). Not
    a gerund with an object before its clause ("telling staff that" is the tagger's), nor a "so that"."""
    lemma = verb.lemma_.lower()
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or verb.nbor(-1).text != ",":
        return False
    if not (lemma in _VERDICTS or lemma in lexicon("cue_verbs")) or verb.head.i > verb.i:
        return False
    if any(c.dep_ in ("dobj", "dative", "nsubj") for c in children_of(verb)):
        return False
    return any(c.dep_ == "ccomp" and c.left_edge.lower_ == "that" and c.left_edge.i > verb.i for c in children_of(verb))


# Verbs whose clause opened by "that" is a decision given or a view maintained ("the court held that", "the judge
# ruled that"); "decide" and "determine" are left out: PolNeAR train annotates "decided that" and most "determined
# that" as no statement, a choice made or a fact established
_HOLDING = frozenset({"hold", "rule"})
# Tags of a verb that states something itself: a finite form, or a participle after "has" ("has held that")
_STATING_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})


def court_held_that(verb: Token) -> bool:
    """ "In a 2-1 ruling last year, the Court of Appeals held that the odor “remains evidence of a crime”": "hold" with
    a clause opened by "that" reports what a court decided or a person maintains ("hold" with an object is another
    verb: "held a meeting", "held up a banner"); the tagger, which never saw it in PolNeAR train, tags nothing. A finite
    verb with a subject of its own that is no relative pronoun ("the judges who ruled that ..." describes them, as
    PolNeAR train reads it), not a passive ("is held that")."""
    if verb.lemma_.lower() not in _HOLDING or verb.tag_ not in _STATING_TAGS:
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in children_of(verb)):
        return False
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1 or subjects[0].lower_ in SUBJECT_RELATIVES:
        return False
    return any(
        c.dep_ == "ccomp" and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark" and c.left_edge.i > verb.i
        for c in children_of(verb)
    )


# "..., internal records obtained by the Herald show.": the forms of the verbs with which a document or a count
# tells what it holds, at the end of a sentence after the document's phrase
_SHOWING = frozenset({"show", "shows", "suggest", "suggests", "indicate", "indicates", "reveal", "reveals"})
# Nouns of documents and counts that show something, besides the medium nouns of the channels lexicon
_EVIDENCE = frozenset(
    {"record", "records", "figure", "figures", "data", "statistic", "statistics", "number", "numbers", "document",
     "documents", "file", "files", "log", "logs", "minutes", "email", "emails", "filing", "filings", "report",
     "reports", "poll", "polls", "survey", "surveys", "study", "studies", "analysis", "audit", "transcript",
     "transcripts"}
)  # fmt: skip
# Tags of the document's phrase: a noun phrase with a participle's phrase saying which ("obtained by the Herald")
_DOCUMENT_PHRASE_TAGS = frozenset(
    {"DT", "NNP", "NNPS", "NN", "NNS", "JJ", "POS", "PRP$", "CD", "HYPH", "CC", "VBN", "IN"}
)  # fmt: skip
_DOCUMENT_PHRASE_LIMIT = 8  # words between the comma and the verb: "internal records obtained by the Herald"


def _ends_sentence_or_line(verb: Token) -> bool:
    """Whether the verb is the last word of its sentence (before its full stop) or of its line: a headline ("...,
    leaked emails show") has no full stop, and the parser may run it on into the next paragraph."""
    doc = verb.doc
    after = verb.i + 1
    if after >= len(doc) or "\n" in doc[after].text:
        return True
    if doc[after].text not in (".", "!"):
        return False
    return after + 1 >= len(doc) or doc[after + 1].is_sent_start or doc[after + 1].is_space


def document_shows(verb: Token) -> int | None:
    """ "Nurses raised concerns ... between 2022 and 2024, internal records obtained by the Herald show.", "Trump gave
    $100,000 to the foundation, campaign finance records show.": a verb of showing that ends its sentence after a
    comma and a document's phrase is an inverted cue whatever the tagger calls it (the parser often reads "show" as
    a noun: "records show" as one name); the index of the comma, else None. The document's noun (a plural
    "records", "figures", "data", a "poll") opens the phrase's head, before any participle."""
    if verb.lower_ not in _SHOWING or not _ends_sentence_or_line(verb):
        return None
    return _document_before(verb)


def document_shows_between(verb: Token) -> int | None:
    """ "During the same stretch, F.A.A. records show, the Cessna has flown roughly 216 hours.", "The aircraft was
    insured at a value of $35 million in 2011, records show, and aviation experts say ...": the same inverted cue set
    off by commas inside its sentence (the parser makes "records show" a subject or a conjunct); the index of the
    comma before the document, else None. Not after a conjunction ("a man who ... and, records show, does not use the
    plane"): what is shown is then a part of a clause, not the sentence around it."""
    doc = verb.doc
    if verb.lower_ not in _SHOWING or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return None
    comma = _document_before(verb)
    if comma is None or comma == 0 or doc[comma - 1].tag_ == "CC":
        return None
    return comma


def _document_before(verb: Token) -> int | None:
    """The index of the comma before a document's phrase that ends at ``verb`` ("..., internal records obtained by
    the Herald show"), else None."""
    doc = verb.doc
    comma = verb.i - 1
    while comma > 0 and verb.i - comma <= _DOCUMENT_PHRASE_LIMIT and doc[comma].tag_ in _DOCUMENT_PHRASE_TAGS:
        if doc[comma].is_sent_start:
            return None
        comma -= 1
    if comma <= 0 or doc[comma].text != "," or comma + 1 == verb.i:
        return None
    head_words: list[Token] = []
    for word in doc[comma + 1 : verb.i]:
        # a participle after the noun says which ("records obtained by"); before it, what kind ("leaked emails")
        if word.tag_ == "IN" or (word.tag_ == "VBN" and head_words):
            break
        head_words.append(word)
    nouns = [w for w in head_words if w.tag_ in ("NN", "NNS", "NNP", "NNPS")]
    return comma if nouns and nouns[-1].lower_ in _EVIDENCE else None

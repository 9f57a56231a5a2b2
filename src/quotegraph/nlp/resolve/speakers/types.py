"""What kind of attribution: a statement, a thought or a finding, decided from the cue in context.

The cue's head word gives a first answer from a lexicon (``lexicons/type_cues.tsv``): "said" a
statement, "believes" a thought, "seems" a thought, "shows" a finding. The context can overrule it,
by rules tried in order, the first that answers deciding:

1. a polled share as source ("54 percent of voters say", "half said", "Six in 10 consider"), or a
   group of people where the sentence reports a poll ("voters who say the economy ... split
   evenly") gives a finding, whatever the verb but one that asks: it is a poll result, not words or
   beliefs, while the poll's question ("Asked whether ...") is words;
2. evidence as source ("the poll", "FEC filings", "exit polls", "the results") gives a finding;
3. a raising cue ("seems to", "appears", "is likely to") gives a thought;
4. an evidential cue ("show", "indicate", "suggest", "found") gives a finding when a document, a
   thing or nobody is its source ("the report found", "victories demonstrate"), and the word's own
   type when a person or group is ("she suggested": a statement);
5. otherwise the cue word's type, and a statement when the lexicon does not list it.

With no source found, the subject the parse gives the cue (or the verb it serves) stands in for it.

The type is the cue's in its own clause, so in "I know he said X" the attribution of "said" is a
statement and that of "know" a thought.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Literal

from spacy.tokens import Span, Token

from quotegraph.model import AttributionType
from quotegraph.nlp.find.parse import children_of, root_of
from quotegraph.nlp.lexicons.tables import TypeCue, lexicons
from quotegraph.nlp.resolve.speakers.mention_spans import RELATIVE_PRONOUNS
from quotegraph.nlp.resolve.stated.cue_words import cue_head, lemma_of
from quotegraph.nlp.syntax import agents_of, subtree_span

__all__ = ["SourceKind", "attribution_type", "source_kind"]

SourceKind = Literal["share", "evidence", "document", "agent", "group", "thing"]

_POLL_WORDS = frozenset(("poll", "polling", "survey", "respondent", "pollster"))
_GROUP_WORDS = frozenset(("those", "most", "many", "more", "few", "fewer", "others", "some", "all"))
_COLLECTIVE_WORDS = frozenset(("electorate", "public", "population", "youth"))
_QUANTITY_WORDS = frozenset(("hundred", "thousand", "million", "dozen", "number", "lot", "handful", "group"))
_NOMINAL = frozenset(("NOUN", "PROPN", "PRON", "NUM"))
_NOUN_MODIFIERS = frozenset(("compound", "nummod", "amod", "poss", "det", "quantmod", "npadvmod", "case"))
_AGENT_ENTS = frozenset(("PERSON", "ORG", "NORP", "GPE"))
_PERSON_PRONOUNS = frozenset(("i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them"))
_RATIO_WORDS = frozenset(("in", "of"))  # "six in 10", "two of three"
_QUESTION_WORDS = frozenset(("ask", "question", "query", "inquire"))
_GOVERNED = frozenset(("advcl", "conj", "xcomp", "pcomp", "prep", "acl"))  # links from a verb to the one it serves
_MAX_CLIMB = 4  # verbs climbed from a participle cue to the clause whose subject it shares: a bound, not a limit met
_VOICED = frozenset(("aloud", "publicly", "openly"))
_SPLIT_WORDS = frozenset(("divide", "divided", "split"))
_Rule = Callable[[list[Token], "SourceKind | None", bool], AttributionType | None]


def _standing_for(token: Token) -> Token:
    """ "who" in "voters who say" stands for "voters": the noun its relative clause modifies."""
    if token.lower_ in RELATIVE_PRONOUNS | {"that"} and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _is_ratio(token: Token) -> bool:
    """ "Six in 10", "two of three", "4 in 10": a number, "in"/"of", a number."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    after = token.nbor(2) if token.i + 2 < len(token.doc) else None
    return bool(token.like_num and nxt is not None and nxt.lower_ in _RATIO_WORDS and after and after.like_num)


# A share word that is a compound modifier of another noun is part of a title or a name, not a part of a polled group:
# "Senate Majority Leader Mitch McConnell", "The Minority Leader, Alexander Afenyo-Markin,", "the House Minority Whip".
# Read as a share, the leader was a polled group (``resolving_one``: ``polled``), typed a finding, and no session or
# scene was carried to them (docs/occasion-rounds.md, the fortieth set, round sessionturns).
TITLE_SHARES_NAME_NOBODY = True
_COMPOUND = "compound"


def _words_class(tokens: Iterable[Token]) -> set[str]:
    found: set[str] = set()
    words = lexicons().type_sources
    for token in tokens:
        cls = words.get(token.lemma_.lower()) or words.get(token.lower_)
        if cls == "share" and TITLE_SHARES_NAME_NOBODY and token.dep_ == _COMPOUND and token.head.pos_ in _NOMINAL:
            cls = None
        if cls is not None:
            found.add(cls)
        if _is_ratio(token):
            found.add("share")
    return found


def _head_noun(token: Token) -> Token:
    """ "voters" of "hundreds of voters", "a number of Democrats": the noun a quantity counts."""
    if token.lemma_.lower() not in _QUANTITY_WORDS:
        return token
    for prep in children_of(token):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in children_of(prep) if c.dep_ == "pobj"), token)
    return token


def _the_public(noun: Token) -> bool:
    """ "voters", "Democrats", "the electorate", "most", "those who ...", but not "a woman in Worcester" or
    "Dan Backer" (whose name is a word of the public)."""
    if noun.lower_ in _GROUP_WORDS:
        return True
    if lexicons().type_sources.get(noun.lemma_.lower()) != "public" or noun.ent_type_ == "PERSON":
        return False
    return noun.tag_ in ("NNS", "NNPS") or noun.lemma_.lower() in _COLLECTIVE_WORDS


def _source_head(source: Span) -> Token:
    """The noun a source phrase is about: its root, or, when the span is no single phrase ("three
    sources who spoke to Fox News but were not authorized"), the head of its first noun phrase."""
    if root_of(source).pos_ in _NOMINAL:
        return root_of(source)
    heads = (t for t in source if t.pos_ in _NOMINAL and t.dep_ not in _NOUN_MODIFIERS)
    return next(heads, root_of(source))


def _names_someone(token: Token) -> bool:
    """A person or organisation: a name, a personal pronoun, "who", a role ("the spokesman", "officials")."""
    if token.ent_type_ in _AGENT_ENTS or token.pos_ == "PROPN":
        return True
    if token.lower_ in _PERSON_PRONOUNS or token.lower_ in ("who", "whom"):
        return True
    # a capitalised word inside a sentence is a name the tagger missed ("Trump" tagged as a noun)
    return token.lemma_.lower() in lexicons().role_nouns or (token.is_title and not token.is_sent_start)


def source_kind(source: Span) -> SourceKind:
    """What the source is: a polled share, evidence, a document, a person or organisation (``agent``),
    the public that polls ask (``group``: "voters", "most", "those who ..."), or another thing."""
    head = _head_noun(_standing_for(_source_head(source)))
    phrase = [*source, *head.subtree] if head.i < source.start or head.i >= source.end else list(source)
    if "share" in _words_class(phrase):
        return "share"
    cls = lexicons().type_sources.get(head.lemma_.lower())
    if cls in ("evidence", "document"):
        return cls
    if _the_public(head):
        return "group"
    return "agent" if _names_someone(head) else "thing"


def _reports_poll(tokens: Iterable[Token]) -> bool:
    """Words of a poll ("survey", "polled") or a polled share ("54 percent", "six in 10")."""
    tokens = list(tokens)
    return any(t.lemma_.lower() in _POLL_WORDS for t in tokens) or "share" in _words_class(tokens)


def _compares_groups(tokens: Iterable[Token]) -> bool:
    """ "were more likely to say", "were evenly divided", "split about evenly": how a poll's groups differ."""
    for token in tokens:
        lemma = token.lemma_.lower()
        if lemma in _SPLIT_WORDS or (
            lemma == "likely" and any(c.lower_ in ("more", "less") for c in children_of(token))
        ):
            return True
    return False


def _poll_context(cue: Token) -> bool:
    """The cue's sentence reports a poll or compares its groups."""
    return _reports_poll(cue.sent) or _compares_groups(cue.sent)


def _polled(heads: list[Token], source: SourceKind | None, poll: bool) -> AttributionType | None:
    if any(lemma_of(head) in _QUESTION_WORDS for head in heads):
        return None  # "Asked whether ..., 75 percent said yes": the poll's question is words, its answer the result
    return "finding" if source == "share" or (source == "group" and poll) else None


def _evidence(heads: list[Token], source: SourceKind | None, poll: bool) -> AttributionType | None:
    return "finding" if source == "evidence" else None


def _cue_entry(head: Token) -> TypeCue | None:
    table = lexicons().type_cues
    lemma = lemma_of(head)
    particles = [c.lower_ for c in children_of(head) if c.dep_ == "prt"]
    return table.get(" ".join([lemma, *particles])) or table.get(lemma)


def _by_cue(heads: list[Token], source: SourceKind | None, poll: bool) -> AttributionType | None:
    entries = [e for e in map(_cue_entry, heads) if e is not None]
    if not entries:
        return None
    entry = next((e for e in entries if e.cls == "raising"), entries[0])
    if entry.cls == "raising":
        return "thought"
    if entry.cls == "thought" and any(c.lower_ in _VOICED for h in heads for c in children_of(h)):
        return "statement"  # "wondered aloud", "publicly doubted": a thought put in words
    if entry.cls == "evidential":
        return entry.with_agent if source in ("agent", "group") else "finding"
    return entry.cls


_RULES: tuple[_Rule, ...] = (_polled, _evidence, _by_cue)


def _cue_subject(head: Token) -> Span | None:
    """The subject the parse gives the cue when no source was found: its own, or that of the verb it
    hangs from ("Trump attacked her, *suggesting* that ...": Trump)."""
    verb = head
    for _ in range(_MAX_CLIMB):
        # a passive's subject is what is shown or said, not who shows it: its agent is "by" someone
        agents = agents_of(verb)
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None) or next(iter(agents), None)
        if subject is not None:
            return subtree_span(subject)
        if verb.dep_ not in _GOVERNED or verb.head == verb:
            return None
        verb = verb.head
    return None


def attribution_type(cue: list[Span], source: Span | None) -> AttributionType:
    """The type of an attribution with these cue fragments and source (either may be missing)."""
    heads = [cue_head(fragment) for fragment in cue if len(fragment)]
    if source is None and heads:
        source = _cue_subject(heads[0])
    kind = None if source is None else source_kind(source)
    poll = bool(heads) and kind == "group" and _poll_context(heads[0])
    for rule in _RULES:
        decided = rule(heads, kind, poll)
        if decided is not None:
            return decided
    return "statement"

"""The state of the coreference pass and the salience it keeps (Lappin & Leass style).

``Salience`` holds what the pass knows so far: the mentions by token (``cluster_at``), the sentences and paragraphs,
the quotations and statements' contents (whether a mention is somebody's words, ``_in_quote``, ``_quoted``), the recency
list of entities and the weighted history of each one's mentions (``_touch``), and picks the most salient entity that
fits among those of the last few sentences (``_pick_salient``, ``_pick``). It links no mention itself: the pronouns, the
title holders, the names given after a description, the bodies and the descriptions are resolved by the classes built
on it, and ``coref.Coreference`` runs the pass.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.find.quotes import document_quote_regions
from quotegraph.nlp.resolve.headlines import title_end
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.quoted_regions import in_regions, reported_regions, wholly_quoted
from quotegraph.nlp.resolve.speakers import phrase_forms
from quotegraph.nlp.resolve.speakers.body_kinds import a_workplace
from quotegraph.nlp.resolve.speakers.clusters import Cluster, ClusterSet, sentence_numbers
from quotegraph.nlp.resolve.speakers.mention_spans import RELATIVE_PRONOUNS, MentionSpan
from quotegraph.nlp.resolve.speakers.name_indexes import FirstNames, NamesInRoles, NameTally, Placed, Titled
from quotegraph.nlp.resolve.speakers.phrase_forms import description_of_place, person_before_of, set_off
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS, VERB_POS

__all__ = [
    "Salience",
    "heads_source",
]

_PRONOUN_WINDOW = 4  # sentences back a pronoun may look for its antecedent
# The most mentions of one entity weighed for a pronoun, the latest: news names one entity a handful of times in the
# window's sentences, and a run-on sentence of thousands of "he said that police had told them" made every pronoun
# weigh every earlier mention of its sentence (its length squared).
_MENTIONS_WEIGHED = 64
_RECENT_LIMIT = 40  # entities kept in the recency list; bounds the work per mention
_SUBJECT_WEIGHT, _OBJECT_WEIGHT, _OTHER_WEIGHT = 80, 50, 40  # Lappin & Leass (1994) salience factors
# A statement's source: twice a subject, so that the last speaker outranks a person the same
# sentence reports on even when that person is named again and again nearby (tuned on PolNeAR train)
_SOURCE_WEIGHT = 2 * _SUBJECT_WEIGHT
_GENDER_BONUS = 20  # known-matching gender outranks unknown, other things equal
_SENTENCE_DECAY = 0.5  # each sentence back halves a mention's weight (Lappin & Leass)
_PARAGRAPH_FACTOR = (
    _SENTENCE_DECAY  # a mention in an earlier paragraph, for a pronoun inside its paragraph: one sentence more
)


def _role_weight(token: Token, is_source: bool = False) -> int:
    """A mention's salience factor: the source of a statement, a subject, an object, anything else."""
    if is_source:
        return _SOURCE_WEIGHT
    if token.dep_ in NOMINAL_SUBJECTS and not _embedded_subject(token):
        return _SUBJECT_WEIGHT
    if _owns_subject(token):
        return _SUBJECT_WEIGHT
    return _OBJECT_WEIGHT if token.dep_ in ("dobj", "dative", "iobj") else _OTHER_WEIGHT


def _embedded_subject(token: Token) -> bool:
    """ "Marta Ilić, whose daughter Ana was one of the hostages, waited": the subject of a relative clause, other than
    its relative pronoun (which stands for the noun the clause is on), is not what the sentence is about."""
    return token.head.dep_ == "relcl" and token.lower_ not in RELATIVE_PRONOUNS


def _owns_subject(token: Token) -> bool:
    """ "Linda Barrow's husband, Tom, had surgery ... she said", "Smith's lawyer said ... He": the owner of a sentence's
    subject is what the sentence is about as much as the subject is (the husband is told of as hers), so a pronoun
    after it weighs the owner as a subject, not as a mere modifier."""
    owned = token.head
    return token.dep_ == "poss" and owned.dep_ in NOMINAL_SUBJECTS and not _embedded_subject(owned)


def heads_source(token: Token, sources: frozenset[int]) -> bool:
    """Whether ``token`` is the head of a source phrase (``sources``: the tokens of all source phrases):
    "Sandy Phillips" in "Sandy Phillips, who lost her daughter Jessica Ghawi, said", not the daughter; or the first
    subject of a source the parser read as a clause (``SUBJECTS_OF_SOURCES_READ_AS_CLAUSES``)."""
    if token.i not in sources:
        return False
    if phrase_forms.PERSON_OF_A_BODY and (person := person_before_of(_source_phrase(token, sources))) is not None:
        return token.i == person.root.i  # "geologist Marisol Echeverría of the ... de Puebla": the name, not "Puebla"
    head = token.head
    if head == token or head.i not in sources:
        return True
    return SUBJECTS_OF_SOURCES_READ_AS_CLAUSES and _first_subject_of_a_clause_heading(token, sources)


def _source_phrase(token: Token, sources: frozenset[int]) -> Span:
    """The run of source tokens ``token`` stands in: its source phrase (two phrases side by side read as one)."""
    start, end = token.i, token.i + 1
    while start - 1 in sources:
        start -= 1
    while end in sources:
        end += 1
    return token.doc[start:end]


# A source with a relative clause that the parser read as a clause of its own ("A retired schoolteacher whose
# 12-year-old border collie, Pip, died at the clinic early Saturday told the Ledger ...": "schoolteacher" and "collie"
# both subjects of "died", the span's head) is headed by its first subject, the noun the relative clause hangs on, when
# that subject's phrase opens the source. With no word heading the source, its speaker got no source weight and the
# next "she said" went to the dog's name, which weighs as the subject it is apposed to. Rule on against off
# (pages7b, fast.py, cache11, with "schoolteacher" a role noun): train-d, train 0-59 and train-c scores and
# attributions unchanged; it fires in 1 train-d article (huff-post_2016-07-18 so-long-grand-old-party: "North
# Carolina, which President Barack Obama narrowly won in 2008 but narrowly lost four years later" is that source's head
# now, and a later "its" of Arizona's goes to it: no statement's source). News pages speaker +2, no page worse:
# reservoir-dogs-algae-warning "He went in up to his tummy" and "I keep thinking" are Patricia Ruane's, not the dog
# Pip's, and Pip speaks nowhere. Its gain is on one sealed page only: suspect of fitting, though the misparse (a
# "whose" clause read as the main one) is general.
SUBJECTS_OF_SOURCES_READ_AS_CLAUSES = True


def _first_subject_of_a_clause_heading(token: Token, sources: frozenset[int]) -> bool:
    """Whether ``token`` is the first nominal subject of a verb heading a source span, its phrase opening the span."""
    verb = token.head
    if token.dep_ not in NOMINAL_SUBJECTS or verb.pos_ not in VERB_POS:
        return False
    if verb.head.i != verb.i and verb.head.i in sources:
        return False
    subjects = [c for c in children_of(verb) if c.dep_ in NOMINAL_SUBJECTS and c.i < verb.i]
    # the subject's phrase opens the source: a subject inside it is somebody the source tells of
    return bool(subjects) and subjects[0].i == token.i and token.left_edge.i - 1 not in sources


class Salience:
    """The state of one document's coreference pass and the salience of its entities; ``coref.Coreference`` resolves
    the mentions with it."""

    def __init__(
        self,
        doc: Doc,
        text: str,
        clusters: ClusterSet,
        mentions: list[MentionSpan],
        sources: frozenset[int] = frozenset(),
        contents: tuple[tuple[int, int], ...] = (),
    ) -> None:
        """``text`` is ``doc.text``, read once by the caller: spaCy joins it from every token on each read."""
        self.doc = doc
        self.clusters = clusters
        self.mentions = mentions
        self.sentence_of = sentence_numbers(doc)
        self.sentences = list(doc.sents)  # Doc.sents walks the whole document on each read: once
        self.paragraphs = Paragraphs(text, headline=title_end(doc) > 0)
        self.paragraph_of = [self.paragraphs.of(s.start_char) for s in self.sentences]  # sentence -> paragraph
        self.token_mention: dict[int, MentionSpan] = {}
        for mention in mentions:
            if mention.kind == "name":
                for i in range(mention.start, mention.end):
                    self.token_mention[i] = mention
            else:
                self.token_mention.setdefault(mention.head, mention)
        quotations = document_quote_regions(doc)
        self._reported = reported_regions(quotations, contents)
        self._quotations = reported_regions(quotations)  # the quotations alone
        self._quoted_before = [0]  # sentence -> how many sentences before it lie wholly inside quotation marks
        self._quoted_runs = [0]  # sentence -> how many of the sentences right before it do, without a break
        for quoted in (wholly_quoted(sentence, self._quotations) for sentence in self.sentences):
            self._quoted_before.append(self._quoted_before[-1] + quoted)
            self._quoted_runs.append(self._quoted_runs[-1] + 1 if quoted else 0)
        self.sources = sources  # tokens of statements' sources
        self.recent: list[Cluster] = []
        self.specific: dict[str, Cluster] = {}  # "the Saudi government" by its folded text
        self.aged: dict[str, Cluster] = {}  # "64" for the one described as "the 64-year-old Democrat"
        # cluster -> the ages given it so far with its name or in apposition with it: a description linked by salience
        # alone ("The 24-year-old Spaniard" after a sentence naming two players) may be the other one's
        self._ages: dict[int, set[str]] = {}
        self.last_sentence: dict[int, int] = {}
        self._latest: dict[int, MentionSpan] = {}  # cluster -> its latest mention so far
        # cluster -> the sentence of its latest name so far, and of its latest name that is a clause's subject
        self._named_last: dict[int, int] = {}
        self._named_subject_last: dict[int, int] = {}
        # cluster -> (sentence, weight, in a quote) of its recent mentions
        self.history: dict[int, deque[tuple[int, int, bool]]] = {}
        self._role_subjects: dict[str, list[Token]] = {}  # role noun -> subjects of its verbs, in text order
        self._first_names: FirstNames | None = None
        self._names_in_roles: NamesInRoles | None = None  # the first names by the role they are given in
        self._bodies_named: NameTally | None = None
        # a word's token -> the person the text says outright it is ("The pilot was named ... as Graham Tuckwell")
        self._identified: dict[int, Cluster] | None = None
        # cluster -> how many of its mentions were read for ``_identified``, and the people those name: read on from
        # there at each ask, as a cluster only gains mentions once the names are clustered
        self._identified_in: dict[int, tuple[int, dict[int, Cluster]]] = {}
        # (cluster, its description's end) -> how many of the cluster's mentions were read for its pronouns that speak
        # with a first name near after them, and those pronouns (``named_after._introduced_after_speaking``)
        self._speaking_before_names: dict[tuple[int, int], tuple[int, list[MentionSpan]]] = {}
        # a noun -> the people whose names are given with a title word or an honorific meaning it
        self._titles: dict[str, list[Titled]] = {}
        self._placed: dict[tuple[str, ...], list[Placed]] | None = None  # a place's words -> people titled after it
        # bodies told of so far other than as somebody's workplace ("an analyst at Nordbank Markets"): kept as the
        # pass goes, so asking costs nothing per mention
        self._told_of: set[int] = set()

    def _in_quote(self, mention: MentionSpan) -> bool:
        """Inside quotation marks or inside a statement's content: somebody's words, not the narrative's."""
        return in_regions(self._reported, mention.start_char)

    def _quoted(self, mention: MentionSpan) -> bool:
        """Inside quotation marks: a speaker's own words (a reported clause is the narrator's)."""
        return self._quoted_at(mention.start_char)

    def _quoted_at(self, char: int) -> bool:
        """Whether the text's character ``char`` lies inside quotation marks."""
        return in_regions(self._quotations, char)

    def cluster_at(self, token: Token) -> Cluster | None:
        mention = self.token_mention.get(token.i)
        if mention is None or mention.cluster is None:
            return None
        return self.clusters.clusters[mention.cluster]

    def _touch(self, cluster: Cluster, mention: MentionSpan) -> None:
        if not a_workplace(self.doc[mention.head]):
            self._told_of.add(cluster.index)
        if cluster in self.recent:
            self.recent.remove(cluster)
        self.recent.insert(0, cluster)
        del self.recent[_RECENT_LIMIT:]
        sentence = self.sentence_of[mention.head]
        self.last_sentence[cluster.index] = sentence
        self._latest[cluster.index] = mention
        if mention.kind == "name":
            self._named_last[cluster.index] = sentence
            if self.doc[mention.head].dep_ in NOMINAL_SUBJECTS:
                self._named_subject_last[cluster.index] = sentence
        history = self.history.setdefault(cluster.index, deque())
        weight = self._weight(self.doc[mention.head])
        history.append((sentence, weight, self._in_quote(mention)))
        while history and (sentence - history[0][0] > _PRONOUN_WINDOW or len(history) > _MENTIONS_WEIGHED):
            history.popleft()

    def _weight(self, token: Token) -> int:
        """A mention's salience factor; a name in apposition to a noun that is no mention of its own takes
        that noun's role: "Sam Oduya" of "a Red Cross volunteer, Sam Oduya, said" is the one who speaks."""
        if token.dep_ == "appos" and token.head.i not in self.token_mention:
            token = token.head
        elif self._person_after_a_place(token) and (described := description_of_place(token.head)) is not None:
            token = described  # "A financial planner at the University of X, Professor Y, warned": as
            # person_after_its_place reads it, the name is the description's, which speaks
        return _role_weight(token, heads_source(token, self.sources))

    def _person_after_a_place(self, token: Token) -> bool:
        """A person's name set off as the apposition of a place or a body ("the University of X at Kearney,
        Professor Y,"), not of a person ("Ali's father, Cassius Clay Sr.,") nor a person's description."""
        name, place = self.token_mention.get(token.i), self.token_mention.get(token.head.i)
        return (
            token.dep_ == "appos"
            and set_off(token)
            and name is not None
            and name.kind == "name"
            and name.type == "PERSON"
            and place is not None
            and place.type != "PERSON"
        )

    def _salience(self, cluster: Cluster, here: int, narrative: bool, past_quotes: bool = False) -> float:
        """Lappin & Leass style: subjects weigh most, and each sentence back halves a mention's weight;
        with ``narrative``, mentions inside quotation marks do not count; with ``past_quotes``, nor do the
        sentences wholly inside them count as sentences back."""
        history: deque[tuple[int, int, bool]] = self.history.get(cluster.index, deque())
        paragraph = self.paragraph_of[here]
        # once the pronoun's paragraph has a sentence before it, what that paragraph tells outweighs the ones before
        # ("Carrow sits on a crate. She says ..." after a paragraph on a critic who "said")
        inside = here > 0 and self.paragraph_of[here - 1] == paragraph
        back = [(s, w, here - s - (self._quoted_between(s, here) if past_quotes else 0)) for s, w, q in history]
        near = (
            w
            * _SENTENCE_DECAY ** float(d)
            * (_PARAGRAPH_FACTOR if inside and self.paragraph_of[s] != paragraph else 1.0)
            for (s, w, d), (_, _, quoted) in zip(back, history, strict=True)
            if d <= _PRONOUN_WINDOW and not (narrative and quoted)
        )
        return sum(near, 0.0)

    def _quoted_between(self, earlier: int, later: int) -> int:
        """How many sentences strictly between two lie wholly inside quotation marks."""
        return self._quoted_before[later] - self._quoted_before[min(earlier + 1, later)]

    def _pick_salient(self, mention: MentionSpan, fits: Callable[[Cluster], bool]) -> Cluster | None:
        """The most salient fitting entity; a gender that contradicts the pronoun rules an entity out."""
        here = self.sentence_of[mention.head]
        # a source ("He added:") looks past the sentences of a long quote just before: they are the speaker's words,
        # which bring in no one the narrative could mean
        narrative = mention.head in self.sources
        run = self._quoted_runs[here] if narrative else 0
        fitting = [
            c
            for c in self._recent_within(mention, _PRONOUN_WINDOW + run)
            if fits(c) and not c.ruled_out(mention.gender)
        ]
        if not fitting:
            return None
        scored = [
            (self._salience(c, here, narrative, run > 0) + (_GENDER_BONUS if c.gender == mention.gender else 0), -n, c)
            for n, c in enumerate(fitting)
        ]
        return max(scored, key=lambda item: (item[0], item[1]))[2]

    def _recent_within(self, mention: MentionSpan, window: int) -> list[Cluster]:
        here = self.sentence_of[mention.head]
        return [c for c in self.recent if here - self.last_sentence[c.index] <= window]

    def _pick(self, mention: MentionSpan, window: int, fits: Callable[[Cluster], bool]) -> Cluster | None:
        """The most recent fitting entity, preferring one whose gender is known to match."""
        fitting = [c for c in self._recent_within(mention, window) if fits(c)]
        if mention.gender != "unknown":
            for cluster in fitting:
                if cluster.gender == mention.gender:
                    return cluster
            fitting = [c for c in fitting if c.gender == "unknown"]
        return fitting[0] if fitting else None

    @staticmethod
    def _objects(verb: Token) -> list[Token]:
        """The words a verb names as its objects, directly or through a preposition, and their conjuncts."""
        objects: list[Token] = []
        for child in children_of(verb):
            if child.dep_ in ("dobj", "dative", "iobj", "pobj"):
                objects.append(child)
            elif child.dep_ in ("prep", "agent"):
                objects += [o for o in children_of(child) if o.dep_ == "pobj"]
        return [t for o in objects for t in (o, *o.conjuncts)]

"""Entities under construction: clusters of mentions, and name-variant clustering ("Jacques Audiard" / "Audiard")."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from quotegraph.errors import PipelineError
from quotegraph.model import EntityType
from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.find.spans import document_quote_mask
from quotegraph.nlp.lexicons.tables import Gender, lexicons
from quotegraph.nlp.resolve.headlines import title_end
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan
from quotegraph.nlp.resolve.speakers.name_shapes import person_sized
from quotegraph.nlp.resolve.speakers.names import (
    ABBREVIATION_LETTERS,
    abbreviated_in_another_language,
    abbreviation_of,
    an_abbreviation,
    contracted_name,
    fold,
    formal_forenames,
    name_key,
    nickname_word_at,
    ordinary_spelling,
    words_before_post_nominals,
)
from quotegraph.nlp.resolve.speakers.noun_classes import a_body_noun, a_body_word
from quotegraph.nlp.resolve.speakers.title_initials import titled_by_initials
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS, OBJECT_DEPS, VERB_POS

__all__ = ["FULL_NAME_WORDS", "SHORT_FORENAMES", "Cluster", "ClusterSet", "sentence_numbers"]

_OUTLET_CONTEXT_NOUNS = frozenset(
    {"story", "report", "article", "interview", "piece", "column", "editorial", "op-ed", "broadcast", "podcast", "show"}
)
_OUTLET_VERBS = frozenset({"report", "learn", "reveal", "publish", "air", "broadcast", "obtain"})
# Nouns of the results a company, not an outlet, reports ("reported a quarterly loss", "reported record sales")
_RESULT_NOUNS = frozenset({"profit", "loss", "earnings", "revenue", "sales", "income", "results", "result", "deficit"})
FULL_NAME_WORDS = 2  # a forename and a surname: a bare surname is somebody named before
# "Dafydd Rhys MS ... Rhys MS said": a later mention by surname and post-nominal letters (``names.POST_NOMINALS``) is
# the person named in full before it, as "Rhys said" and "Mr Rhys said" are; before, it was a speaker of its own
# ("Rhys MS"), since the name key keeps letters after a single word. Only a person whose surname (the last word
# before the letters) is that word. Form-only evidence, fitted to no page: no train-d, train 0-59 or train-c article
# writes letters after a name (personspeakers), so the slices are byte-identical, and the 174 news pages are
# byte-identical too (no page writes a surname and letters after the full name). Found with texts written for it
# (speakerspans), looking for where the held-out page's "Dafydd MS" could come from; it is not that path.
SURNAMES_WITH_LETTERS = True
# A bare surname two named people share goes to the one named this many sentences back at most; past
# that, to the one the article names most (its main figure): "Bill Clinton greeted voters. Clinton
# arrived" is Bill, a "Clinton" paragraphs after a passing "Bill Clinton" is still Hillary (PolNeAR
# train). A bare group ("the Republicans") is a longer-named one ("House Republicans") as near only.
_SURNAME_RECENCY = 1  # sentences
# A person's name with a familiar short forename is the person named with the formal one ("Ken Starr praises ..." in a
# headline, "Kenneth Starr, the Whitewater independent counsel" in the body), and the other way round
# (``_named_by_the_other_form``; the short forms: resolve_short_forenames.tsv). splitentities, train-d (fast.py on
# cache13): 9 articles, one entity fewer in each and every merge read right: Ken / Kenneth Starr (the headline's
# statement), Chuck / Charles Grassley (6 statements, one entity), Ted Cruz / his legal name Rafael Edward Cruz (2
# "Mr. Cruz" statements had gone to the second entity; channel +1, "his autobiography" carried: 0.7071 -> 0.7074),
# Sandy / Sandra Paradis, "jeff feltman" / Jeffrey D. Feltman, a bare "Joe" / Joseph R. Biden Jr., "Bob" / Robert Costa,
# "Jim" / James E. Rogan, "Mike" / "Michael A."; nothing else moved. Cost: the Cruz entity is named by its longest name,
# "Rafael Edward Cruz", and keeps the two statements of "his father" it held before. Train 0-59, train-c and the news
# pages: no entity changes (it fires on no page).
SHORT_FORENAMES = True
# how far back the namesake named last is looked for: two sentences of news rarely run longer, and the
# work per name stays bounded on run-on text
_RECENCY_REACH = 150  # tokens
# A person's name the tagger read as a body's at its first mention ("Dragan Petrović told the newspaper", a two-word
# name with a forename no list knows) and as a person's when the surname comes alone ("Petrović said") is one person:
# the surname joins the full name, which becomes a person's, rather than two entities of two types splitting the
# person's statements. Only a name shaped as a person's (two or three capitalised words, no joiner, outlet word or
# role noun), never one after "the" ("the Ku Klux Klan ... Klan": a first form made the Klan a person on train-d
# huff-post_2016-02-29, no statement moved), and only one such name. Rule on against off (fast.py, cache17; worldnames):
# train-d 3 articles, all better, no score moved: nyt_2015-12-09 "Tashfeen Malik" a person, and her statement no longer
# goes to "CloudFlare"; nyt_2016-04-27 "Parker Griffith" and politico_2016-01-05 "Witold Chrabaszcz" are one person with
# their surnames (were a body and a person apart); train-c 1 article (breitbart_2016-06-05 "Novak Djokovic" a person),
# train 0-59 byte-identical. Worldnames test set: cases whole 224 -> 226 of 244 ("Dragan Petrović told", "Sigríður
# Jónsdóttir told"). News pages (171): no statement moved; the three held-out pages: byte-identical.
SURNAMES_OF_NAMES_TYPED_BODIES = True
# ... and of names typed places: "Amara Okafor leads the race" tagged a place's, "Okafor, a former school principal,
# told a forum" a person's (namejoins: council-race-campaigns, where the tagger typed the full name a place once the
# parser no longer cut "Amara" off as a sentence of its own, ``factories.LINE_OPENERS_RUN_ON``). A place's name of two
# or three capitalised words with no joiner whose last word a person is named by alone is that person's name.
_TYPED_APART_FROM_A_PERSON = frozenset({"ORG", "GPE"})
# A body named in full and later by the capitals of its name alone, with no brackets to announce them ("the National
# Transportation Safety Board ... the NTSB said", "Democratic National Committee ... DNC"), is one entity: the bare
# capitals join the one body (not a person: "AOC" is no committee) whose name's capitals they are exactly, whatever
# the tagger made of them (it often calls "DNC" a person). Exactly, not in order with gaps as a bracketed
# abbreviation may be: "US" is not the "UN Security Council". Two bodies of the same capitals: neither.
ACRONYMS_UNBRACKETED = True
# A title's capitals alone ("The AG said", "the DPP told the court") after the article wrote that title in full before
# one person's name ("Queensland's Attorney-General, Deb Frecklington,") are that person, as a body's capitals alone
# are the body (``ACRONYMS_UNBRACKETED``); the tagger calls them a body's name. Only the initials of the words written
# before the name, and only one person so titled (``title_initials.titled_by_initials``). The last blind pages' short
# title shape (docs/occasion-rounds.md, fortieth set: speakerforms), with ``names.TITLE_INITIALS_BEFORE_SURNAMES``.
TITLES_BY_THEIR_INITIALS = True
# A body named in full and elsewhere by fewer of its words ("Exxon" of "Exxon Mobil", "the Brennan Center" of "the
# Brennan Center for Justice", in a headline before the body or after it) is one entity: a name the tagger calls a
# body's, all of whose words are words of the one longer body's name, joins it. Guards: both are tagged bodies (a
# place, "Miami", is not the "Miami Dolphins"); one word only as a first word of the longer name ("State" of "the
# State Department", not of "Islamic State"), never a body's noun alone ("Department"), nor a word that ends a name
# tagged a person's anywhere in the article ("Trump" of "Trump Train"; a person named before has taken the word
# already: "Halvorsen" of "Erik Halvorsen", not of "Halvorsen Foods"); one such body only; the longer name named
# outside the headline (a headline's run of capitals, "Junot Diaz Stressed The Importance", is no body); no "a"
# before the short one ("a super PAC" is any PAC); few more words, none of them a body's noun when the short one ends
# in one ("Kaimai University Students' Association" is a body within the university, not its full name).
BODIES_BY_FEWER_WORDS = True
# A body named in full with its abbreviation in brackets ("the Office for Coastal Monitoring (OCM)") and later by the
# abbreviation alone is one entity already (``_abbreviated``); its name is the full one with the abbreviation, so that
# whichever form the text goes on to use is found in it: a reader, or a check that looks for "OCM", sees either.
# Off: the product's convention (issue 9, ``tests/nlp/test_speaker_cases.py``) is a body's full name ending before its
# abbreviation's bracket, and the abbreviation joins the body either way; on, it moved no score on train or the tuned
# pages (namesedges), so the convention stands.
BODIES_NAMED_WITH_THEIR_ABBREVIATION = False
# a full name has two words or more: capitals after one word ("Apple (AAPL)") may be a ticker or a gloss
_FULL_BODY_NAME_WORDS = 2
_FULL_NAME_EXTRA_WORDS = 2  # "Brennan Center for Justice", "Trump National Doral Resort Miami": more is a sub-body


_PRONOUNS_THAT_TELL = 2  # narrative pronouns of one gender, and none of the other, that tell an entity's gender


def _called_by(cluster: Cluster, surname: str | None) -> int:
    """How often an entity is named by its names holding ``surname`` (by any of its names when there is none)."""
    if surname is None:
        return len(cluster.mentions)
    return cluster.name_words[surname]


@dataclass(eq=False)  # identity, not field equality: clusters are compared and looked up often
class Cluster:
    """One entity being assembled: its mentions in text order plus what they tell about it."""

    index: int
    type: EntityType
    key: frozenset[str] = frozenset()
    plural: bool = False
    mentions: list[MentionSpan] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)  # its names' title words that are no honorific ("guitarist")
    genders: Counter[Gender] = field(default_factory=Counter)
    # "he" or "she" of the narrative resolved to it ("Jade Lorimer", a forename the lexicon lacks, after "...,
    # she said" twice): see ``ruled_out``
    pronoun_genders: Counter[Gender] = field(default_factory=Counter)
    # what its mentions tell, kept as they are added: asked of every entity in reach per mention or per
    # statement, a walk of all its mentions each time grew with the text
    _longest_name: str | None = field(default=None, init=False, repr=False)
    _first_description: str | None = field(default=None, init=False, repr=False)
    _first_start: int | None = field(default=None, init=False, repr=False)
    # how many of its mentions hold each folded word ("kettle": 3), for the namesake a bare surname is
    name_words: Counter[str] = field(default_factory=Counter, init=False, repr=False)
    # each folded word of its names as a name not in capitals spells it ("ndlovu": "Ndlovu"), for ``name``
    _spelt: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    # the abbreviation in brackets after its full name ("OCM" of "the Office for Coastal Monitoring (OCM)"), which its
    # name then carries (``BODIES_NAMED_WITH_THEIR_ABBREVIATION``)
    abbreviation: str | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        for mention in self.mentions:
            self._note(mention)

    def _note(self, mention: MentionSpan) -> None:
        if mention.kind == "name" and (self._longest_name is None or len(mention.text) > len(self._longest_name)):
            self._longest_name = mention.text  # the first of the longest, as ``max`` gives
        if mention.kind == "description" and self._first_description is None:
            self._first_description = mention.text
        if self._first_start is None or mention.start < self._first_start:
            self._first_start = mention.start
        self.name_words.update({fold(word) for word in mention.text.split()})
        if mention.kind == "name":
            for word in mention.text.split():
                if not word.isupper():
                    self._spelt.setdefault(fold(word), word)

    def ruled_out(self, gender: Gender) -> bool:
        """Whether the entity cannot be a pronoun of ``gender``: its names or descriptions say another, or, when
        they say none, every gendered pronoun of the narrative resolved to it so far (at least two) does.
        Pronouns only rule out: a mis-resolved one would otherwise draw the next ones to the wrong entity."""
        if gender == "unknown":
            return False
        if self.gender != "unknown":
            return self.gender != gender
        said = [g for g, count in self.pronoun_genders.items() if g != "unknown" and count]
        return said != [gender] and len(said) == 1 and self.pronoun_genders[said[0]] >= _PRONOUNS_THAT_TELL

    @property
    def gender(self) -> Gender:
        known = [(count, g) for g, count in self.genders.items() if g != "unknown"]
        if not known:
            return "unknown"
        ranked = sorted(known, reverse=True)
        # conflicting evidence of equal weight: say "unknown" rather than guess
        return "unknown" if len(ranked) > 1 and ranked[0][0] == ranked[1][0] else ranked[0][1]

    @property
    def named(self) -> bool:
        return self._longest_name is not None

    @property
    def first_start(self) -> int:
        """The token where its earliest mention begins (mentions are added names first, then in text order)."""
        if self._first_start is None:
            raise PipelineError(f"entity {self.index} has no mention")
        return self._first_start

    @property
    def name(self) -> str:
        """The longest proper name used for it (a person's in its ordinary spelling, not in capitals), or its first
        description for an unnamed source."""
        if self._longest_name is not None:
            if self.type != "PERSON":
                return _with_abbreviation(self._longest_name, self.abbreviation)
            return ordinary_spelling(self._longest_name, self._spelt)
        return self._first_description if self._first_description is not None else self.mentions[0].text

    def add(self, mention: MentionSpan) -> None:
        mention.cluster = self.index
        self.mentions.append(mention)
        self._note(mention)
        if mention.role:
            self.roles.add(mention.role)
        self.titles.update(mention.titles)
        if mention.kind != "pronoun":
            self.genders[mention.gender] += 1


class ClusterSet:
    """All clusters of one document, with name-variant matching for proper names."""

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self._people_by_word: dict[str, list[Cluster]] = {}
        self._bodies_by_word: dict[str, list[Cluster]] = {}  # groups and outlets: "House Republicans"
        self._by_key: dict[frozenset[str], Cluster] = {}
        # the short forms bracketed after a body's name ("OCM", "DepEd"), each with its body: ``_abbreviated``
        self._short_forms: dict[frozenset[str], Cluster] = {}
        self._sentence_of: list[int] = []  # token index -> sentence number, set by cluster_names
        self._quoted: tuple[bool, ...] = ()  # token index -> inside quotation marks, set by cluster_names
        self._title_end = 0  # the tokens of the headline, if the text opens with one
        self._name_at: dict[int, Cluster] = {}  # token -> the entity of the name on it, as clustered so far
        self._in_body: set[int] = set()  # entities named after the headline
        self._last_word: dict[int, str] = {}  # each entity's first name's last word, folded: its surname
        self._by_last_word: dict[str, list[Cluster]] = {}  # the same, the other way: "petrović": Dragan Petrović
        self._bodies_by_first_word: dict[str, list[Cluster]] = {}  # "corrigan": Corrigan Savings
        self._bodies_by_capitals: dict[str, list[Cluster]] = {}  # "dnc": Democratic National Committee
        self._organisations_by_word: dict[str, list[Cluster]] = {}  # "exxon": Exxon Mobil
        # each entity's names' first words, articles aside: "state" of "the State Department", "U.S. State Department"
        self._first_words: dict[int, set[str]] = {}
        self._surnames: frozenset[str] = frozenset()  # each name tagged a person's, its last word: set by cluster_names

    def new(self, mention: MentionSpan, key: frozenset[str] = frozenset()) -> Cluster:
        cluster = Cluster(index=len(self.clusters), type=mention.type, key=key, plural=mention.plural)
        cluster.add(mention)
        self.clusters.append(cluster)
        written = mention.text.split()
        # "Alun Davies MS ... Davies said": the surname is the last word before post-nominal letters
        last = fold(written[words_before_post_nominals(written) - 1]) if written else ""
        self._last_word[cluster.index] = last
        self._by_last_word.setdefault(last, []).append(cluster)
        words = [w for w in mention.text.split() if w.lower() != "the"]
        if cluster.type == "ORG" and len(words) > 1:
            self._bodies_by_first_word.setdefault(fold(words[0]), []).append(cluster)
        if cluster.type == "ORG" and len(key) > 1:
            for word in key:
                self._organisations_by_word.setdefault(word, []).append(cluster)
        if key:
            self._by_key.setdefault(key, cluster)
            by_word = self._people_by_word if cluster.type == "PERSON" else self._bodies_by_word
            if cluster.type in ("PERSON", "OUTLET") or cluster.plural:
                for word in key:
                    by_word.setdefault(word, []).append(cluster)
        return cluster

    def match_name(
        self, key: frozenset[str], entity_type: EntityType = "OTHER", mention: MentionSpan | None = None
    ) -> Cluster | None:
        """The entity a name with these words belongs to, if any (``entity_type`` is the name's own type;
        ``mention``, when given, is the name itself, whose title and place tell apart two people that
        share a surname)."""
        if not key:
            return None
        if entity_type != "OUTLET":
            # a part of a person's full name is that person: "Audiard", "Jacques"
            word = next(iter(key))
            people = [c for c in self._people_by_word.get(word, ()) if key <= c.key]
            if not people and mention is not None and (lettered := self.surnamed_with_letters(mention)) is not None:
                return lettered
            if not people and SHORT_FORENAMES:
                people = self._named_by_the_other_form(key)
            if people:
                return self._one_of_namesakes(people, mention)
        same = self._by_key.get(key)
        if same is not None and same.type == "PERSON" and entity_type == "OUTLET":
            return None
        if same is None and mention is not None and mention.plural:
            return self._group_named_before(key, mention)
        if same is None and entity_type in ("OUTLET", "ORG"):
            return self._outlet_named_in_full(key)
        return same

    def body_by_short_form(self, word: str) -> Cluster | None:
        """The body a one-word short form stands for: the one it was bracketed after ("EPRA" of "the Energy and
        Petroleum Regulatory Authority (EPRA)", "DepEd"), or the one body named in more words whose capitals it spells
        exactly ("NTSB", ``ACRONYMS_UNBRACKETED``), or None."""
        bracketed = self._short_forms.get(frozenset({fold(word)}))
        return bracketed if bracketed is not None else self._body_by_capitals_of(word)

    def short_form_of(self, key: frozenset[str], cluster: Cluster) -> bool:
        """Whether a name with these words is the short form bracketed after ``cluster``'s full name ("DepEd" of "the
        Department of Education (DepEd)", "EPRA"): the body's, whatever the tagger or the source's shape makes of
        it."""
        return self._short_forms.get(key) is cluster

    def surnamed_with_letters(self, mention: MentionSpan) -> Cluster | None:
        """ "Rhys MS said" after "Dafydd Rhys MS": a surname with post-nominal letters after it (its key keeps the
        letters, as no forename is left to tell it by) is the person of that surname named before
        (``SURNAMES_WITH_LETTERS``), or None."""
        written = mention.text.split()
        if not SURNAMES_WITH_LETTERS or len(written) < 2 or words_before_post_nominals(written, least=1) != 1:
            return None
        surname = fold(written[0])
        people = [c for c in self._people_by_word.get(surname, ()) if self._last_word.get(c.index) == surname]
        return self._one_of_namesakes(people, mention) if people else None

    def _named_by_the_other_form(self, key: frozenset[str]) -> list[Cluster]:
        """The people a name names with a forename in its other form: "Kenneth Starr" is the "Ken Starr" named
        before, "Ken Starr" the "Kenneth Starr" ("ken" shortens "kenneth"), a bare "Jeff" the "Jeffrey D. Feltman".
        Only a short form against the formal name as written, never two short forms ("Fred" and "Freddy" Trump,
        father and son); a full name only where the other holds no more than initials and forenames besides
        ("Pete Peterson" is not the "Peter G. Peterson Foundation")."""
        formal = formal_forenames(key)
        named = {c.index: c for word in key | formal for c in self._people_by_word.get(word, ())}
        found = []
        for _, person in sorted(named.items()):
            if formal <= person.key:
                extra = person.key - formal
            elif key <= (longer := formal_forenames(person.key)):
                extra = longer - key
            else:
                continue
            if len(key) < FULL_NAME_WORDS or all(_initial(w) or w in lexicons().forenames for w in extra):
                found.append(person)
        return found

    def _make_person(self, cluster: Cluster) -> None:
        cluster.type = "PERSON"
        for word in cluster.key:
            self._people_by_word.setdefault(word, []).append(cluster)

    def _longer_names(self, key: frozenset[str], entity_type: EntityType) -> list[Cluster]:
        return [c for c in self._bodies_by_word.get(next(iter(key)), ()) if key < c.key and c.type == entity_type]

    def _group_named_before(self, key: frozenset[str], mention: MentionSpan) -> Cluster | None:
        """ "House Republicans met. The Republicans said": a group named just before with more words."""
        return self._named_last(self._longer_names(key, "OTHER"), mention)

    def _outlet_named_in_full(self, key: frozenset[str]) -> Cluster | None:
        """ "the Daily News" after "the New York Daily News": the outlet's short name, all article long."""
        outlets = self._longer_names(key, "OUTLET")
        return max(outlets, key=lambda c: (len(c.mentions), -c.index)) if outlets else None

    def _one_of_namesakes(self, people: list[Cluster], mention: MentionSpan | None) -> Cluster:
        """Of the people whose names contain a name: the ones its title's gender allows ("Mr. Clinton" is
        not Hillary), named outside the headline and named before it; of them the one named with a known
        forename in the same or the previous sentence, else the one named most."""
        if mention is not None and mention.gender != "unknown":
            people = [c for c in people if c.gender in (mention.gender, "unknown")] or people
        # a headline's run of capitals ("Gorka Slam", "Obama To Asians") is a poor name next to the body's
        people = [c for c in people if c.index in self._in_body] or people
        if mention is not None:
            # news names a person in full before calling them by a bare name: a namesake first named after
            # this mention is not yet in the story ("Murphy" pages before "Anne Marie Murphy" is Chris Murphy)
            people = [c for c in people if c.first_start < mention.start] or people
        surname = None
        if mention is not None and mention.end - mention.start == 1:  # "Trump": Donald Trump, not Trump Tower
            surname = fold(mention.text)
            people = [c for c in people if self._last_word.get(c.index) == surname] or people
        # only people named with a forename compete by recency: "Fascist Trump" on a shirt is nobody new
        forenamed = [c for c in people if any(word in lexicons().forenames for word in c.key)]
        recent = self._named_last(forenamed, mention) if len(forenamed) > 1 and mention is not None else None
        if recent is not None:
            return recent
        # a bare surname is the one the article calls by it most: a forename alone ("Jamie knows ...", in his
        # father's quote) is how it names the other one, not by the surname
        if len(people) == 1:
            return people[0]
        return max(people, key=lambda c: (_called_by(c, surname), -c.index))

    def namesakes(self, word: str) -> list[Cluster]:
        """The people whose names hold the folded ``word`` ("kettle": Brian Kettle and Jamie Kettle)."""
        return [c for c in self._people_by_word.get(word, ()) if c.type == "PERSON"]

    def _named_last(self, clusters: list[Cluster], mention: MentionSpan) -> Cluster | None:
        """Of ``clusters``, the one named last before ``mention``, if in its sentence or the one before. A name
        outside quotation marks looks back at the narrative's names only: in "“Jamie knows there are no favours
        here ...,” Kettle told reporters" the one the quote speaks of is not the one who speaks."""
        if not self._sentence_of:
            return None  # names not clustered yet: no order to go by
        wanted = {c.index for c in clusters}
        here = self._sentence_of[mention.start]
        narrative = not self._quoted[mention.start]
        for i in range(mention.start - 1, max(mention.start - _RECENCY_REACH, 0) - 1, -1):
            if here - self._sentence_of[i] > _SURNAME_RECENCY:
                return None
            if narrative and self._quoted[i]:
                continue
            named = self._name_at.get(i)
            if named is not None and named.index in wanted:
                return named
        return None

    def cluster_names(self, doc: Doc, names: list[MentionSpan]) -> None:
        """Longest names first, so every shorter variant finds the full name it belongs to."""
        self._sentence_of = sentence_numbers(doc)
        self._quoted = document_quote_mask(doc)
        self._title_end = title_end(doc)
        keyed = [(name_key(doc[m.start : m.end]), m) for m in names]
        keyed = [(key, m) for key, m in keyed if key]
        self._surnames = frozenset(fold(m.text.split()[-1]) for key, m in keyed if m.type == "PERSON")
        for key, mention in sorted(keyed, key=lambda km: (-len(km[0]), km[1].start)):
            matched = self.match_name(key, mention.type, mention)
            short_name = self._body_by_first_word(doc, mention) if matched is None else None
            if matched is None and short_name is None:
                short_name = self._body_by_its_capitals(doc, mention) or self._body_by_fewer_words(doc, key, mention)
            person_typed_a_body = self._person_named_as_a_body(doc, mention) if matched is None else None
            if matched is None and short_name is None and person_typed_a_body is None:
                matched = self._titled_by_initials(doc, mention)
            if person_typed_a_body is not None:
                cluster = person_typed_a_body  # "Dragan Petrović" tagged a body, then "Petrović said" a person
                cluster.add(mention)
                self._make_person(cluster)
            elif short_name is not None:
                cluster = short_name  # a body's short name, whatever the tagger called it
                cluster.add(mention)
            elif matched is None:
                cluster = self.new(mention, key)
            else:
                cluster = matched
                cluster.add(mention)
                if mention.type == "OUTLET":
                    cluster.type = "OUTLET"
                elif mention.type == "PERSON" and cluster.type == "ORG" and not self.short_form_of(key, cluster):
                    # a headline's "Rush Limbaugh" tagged as an organisation; not "DepEd", a body's short form the
                    # tagger calls a person's
                    self._make_person(cluster)
            self._abbreviated(doc, mention, cluster)
            self._note_capitals(doc, mention, cluster)
            self._note_first_words(mention, cluster)
            if mention.type == "PERSON" and _full_name(doc[mention.start : mention.end]):
                nickname = _nickname_after(doc, mention.end)
                if nickname is not None:
                    self._by_key.setdefault(frozenset({fold(nickname.text)}), cluster)
            self._name_at.update(dict.fromkeys(range(mention.start, mention.end), cluster))
            if mention.start >= self._title_end:
                self._in_body.add(cluster.index)
        for cluster in self.clusters:
            cluster.mentions.sort(key=lambda m: m.start)
            if cluster.type == "ORG" and any(
                _outlet_named(doc, m) or _in_outlet_context(doc, m) for m in cluster.mentions
            ):
                cluster.type = "OUTLET"
            elif cluster.type == "PERSON" and _a_body_by_its_own_words(doc, cluster):
                self._make_body(cluster)
            elif cluster.type == "PERSON" and all(_outlet_word_after_the(doc, m) for m in cluster.mentions):
                self._make_body(cluster)  # "told the Chronicle", tagged as a person: nobody is "the Chronicle"
                cluster.type = "OUTLET"

    def _person_named_as_a_body(self, doc: Doc, mention: MentionSpan) -> Cluster | None:
        """ "Dragan Petrović told the newspaper ... Petrović said": one word the tagger calls a person's that is the
        last word of the one two- or three-word name of capitalised words named before and tagged a body's is that
        name's surname, and the name a person's (``SURNAMES_OF_NAMES_TYPED_BODIES``)."""
        if not SURNAMES_OF_NAMES_TYPED_BODIES or mention.type != "PERSON" or mention.end - mention.start != 1:
            return None
        bodies = [
            c
            for c in self._by_last_word.get(fold(doc[mention.head].text), ())
            if c.type in _TYPED_APART_FROM_A_PERSON
            and c.mentions[0].start < mention.start
            and _person_shaped(doc[c.mentions[0].start : c.mentions[0].end])
            and not any(_after_the(doc, m) for m in c.mentions)  # "the Ku Klux Klan ... the Klan": a body's name
        ]
        return bodies[0] if len(bodies) == 1 else None

    def _titled_by_initials(self, doc: Doc, mention: MentionSpan) -> Cluster | None:
        """ "The AG said" after "Queensland's Attorney-General, Deb Frecklington,": a title's capitals alone, the
        initials of the title words the article wrote before one person's name, are that person
        (``TITLES_BY_THEIR_INITIALS``)."""
        if not TITLES_BY_THEIR_INITIALS or mention.end - mention.start != 1:
            return None
        name = titled_by_initials(doc[mention.start])
        if name is None:
            return None
        person = next((c for i in range(name.start, name.end) if (c := self._name_at.get(i)) is not None), None)
        return person if person is not None and person.type == "PERSON" else None

    def _body_by_first_word(self, doc: Doc, mention: MentionSpan) -> Cluster | None:
        """ "Corrigan, founded in 1861 as a building society, has ..." after "Corrigan Savings": one word the tagger
        calls a place, or a person that no one is named after, that is the first word of the one body named before
        in more words is that body's short name, when it is a clause's subject."""
        head = doc[mention.head]
        if (
            mention.type not in ("GPE", "PERSON")
            or mention.end - mention.start != 1
            or head.dep_ not in NOMINAL_SUBJECTS
        ):
            return None  # a subject only: "Berlin's allies" or "in Halden" may be the place
        if fold(head.text) in lexicons().forenames:
            return None  # "Grace" of "Grace Church" may be a woman's forename
        named = self._bodies_by_first_word.get(fold(head.text), ())
        bodies = [c for c in named if c.type == "ORG" and c.mentions[0].start < mention.start]
        return bodies[0] if len(bodies) == 1 else None

    def _note_capitals(self, doc: Doc, mention: MentionSpan, cluster: Cluster) -> None:
        """Index a body's name of two words or more by its capitals, for ``_body_by_its_capitals``."""
        if not ACRONYMS_UNBRACKETED or cluster.type == "PERSON" or mention.end - mention.start < 2:
            return
        capitals = _capitals(doc[mention.start : mention.end])
        if len(capitals) in ABBREVIATION_LETTERS:
            named = self._bodies_by_capitals.setdefault(capitals, [])
            if cluster not in named:
                named.append(cluster)

    def _organisations_named(self, word: str) -> int:
        return len(self._organisations_by_word.get(word, ()))

    def _note_first_words(self, mention: MentionSpan, cluster: Cluster) -> None:
        """Keep a body's names' first words, and the word after a leading abbreviation ("U.S. State Department"),
        for ``_body_by_fewer_words``."""
        if not BODIES_BY_FEWER_WORDS or cluster.type != "ORG":
            return
        words = [w for w in mention.text.split() if w.lower() != "the"]
        first = self._first_words.setdefault(cluster.index, set())
        first.update(fold(w) for w in words[:1])
        if len(words) > 1 and words[0].endswith("."):
            first.add(fold(words[1]))

    def _body_by_its_capitals(self, doc: Doc, mention: MentionSpan) -> Cluster | None:
        """ "the NTSB said" after "the National Transportation Safety Board": one all-capital word that spells the
        capitals of the one body named in more words is that body's (``ACRONYMS_UNBRACKETED``). Longer names are
        clustered first, so every full name is indexed before a bare acronym is looked up."""
        if mention.end - mention.start != 1:
            return None
        return self._body_by_capitals_of(doc[mention.start].text)

    def _body_by_capitals_of(self, word: str) -> Cluster | None:
        """The one body named in more words whose capitals ``word``, all capitals, spells (``ACRONYMS_UNBRACKETED``)."""
        if not ACRONYMS_UNBRACKETED or not an_abbreviation(word):
            return None
        bodies = [c for c in self._bodies_by_capitals.get(word, ()) if c.type != "PERSON"]
        return bodies[0] if len(bodies) == 1 else None

    def _body_by_fewer_words(self, doc: Doc, key: frozenset[str], mention: MentionSpan) -> Cluster | None:
        """ "Exxon said" of "Exxon Mobil": a body's name whose words are all in the one longer body's name is that
        body's (``BODIES_BY_FEWER_WORDS``). A person named by the word ("Oskar Tarnby" of "Tarnby Freight") has
        taken it already: ``match_name`` looks for people first."""
        if not BODIES_BY_FEWER_WORDS or mention.type != "ORG" or not key:
            return None
        word = next(iter(key))
        if len(key) == 1 and (word in self._surnames or a_body_word(word)):
            # "Trump", a person's surname elsewhere in the article, is no short name of the "Trump Train"; a body's
            # noun alone ("Department") is no short name of one of them
            return None
        head = doc[mention.head]
        if any(child.dep_ == "det" and child.lower_ in ("a", "an") for child in head.children):
            return None
        # "University" of "Kaimai University": its sub-bodies add a body's noun ("Students' Association")
        sub_bodies = a_body_word(doc[mention.end - 1].text)
        bodies = {
            c.index: c
            # the bodies of its rarest word: every one so named holds them all, and "of" may name many
            for c in self._organisations_by_word.get(min(key, key=self._organisations_named), ())
            if c.type == "ORG"
            # one word is a body's first ("State" of "State Department"), not its last ("Islamic State")
            and (len(key) > 1 or word in self._first_words.get(c.index, ()))
            and key < c.key
            and len(c.key - key) <= _FULL_NAME_EXTRA_WORDS
            and c.index in self._in_body
            and not (sub_bodies and any(a_body_word(extra) for extra in c.key - key))
        }
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _abbreviated(self, doc: Doc, mention: MentionSpan, cluster: Cluster) -> None:
        """ "the Continental Health Agency (CHA)": an abbreviation in brackets right after a name is that
        name's, in the brackets and wherever it stands alone later ("CHA said"). Longer names are clustered
        first, so the abbreviation's own key is taken before it is looked up."""
        end = mention.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            short = doc[end + 1].text
            if (
                abbreviation_of(short, mention.text)
                or _abbreviated_in_its_own_language(doc, mention, cluster)
                or _contracted(doc, mention, cluster)
            ):
                self._by_key.setdefault(frozenset({fold(short)}), cluster)
                self._short_forms.setdefault(frozenset({fold(short)}), cluster)
                if BODIES_NAMED_WITH_THEIR_ABBREVIATION and cluster.type != "PERSON" and cluster.abbreviation is None:
                    cluster.abbreviation = short

    def _make_body(self, cluster: Cluster) -> None:
        cluster.type = "ORG"
        for word in cluster.key:
            named = self._people_by_word.get(word, [])
            if cluster in named:
                named.remove(cluster)


def _with_abbreviation(name: str, abbreviation: str | None) -> str:
    """ "Office for Coastal Monitoring (OCM)": a body's full name with the abbreviation it was given in brackets."""
    if abbreviation is None or abbreviation in name.split():
        return name
    return f"{name} ({abbreviation})"


def _contracted(doc: Doc, mention: MentionSpan, cluster: Cluster) -> bool:
    """ "the Department of Education (DepEd)": one capitalised word in brackets right after a body's name of two words
    or more, its letters taken from the name's words, is the body's short form (``names.CONTRACTED_NAMES``); not a
    place's or a people's word ("Kenya Power (Kenya)")."""
    if cluster.type == "PERSON" or mention.end - mention.start < _FULL_BODY_NAME_WORDS:
        return False
    return contracted_name(doc[mention.start : mention.end], doc[mention.end + 1])


def _abbreviated_in_its_own_language(doc: Doc, mention: MentionSpan, cluster: Cluster) -> bool:
    """ "the National Office for Water Supply (ONEE)": capitals in brackets right after a body's name of two words or
    more are its abbreviation even when they spell the name in its own language (``ABBREVIATIONS_IN_ANOTHER_LANGUAGE``).
    """
    if cluster.type != "ORG" or mention.end - mention.start < _FULL_BODY_NAME_WORDS:
        return False
    name = doc[mention.start : mention.end]
    return abbreviated_in_another_language(name, doc[mention.end + 1])


def _person_shaped(name: Span) -> bool:
    """ "Dragan Petrović", "Sigríður Jónsdóttir": two or three capitalised words (a surname's particles aside), none a
    joiner, an outlet's word or a role noun, as a person's name is written."""
    words = lexicons()
    return person_sized(name) and not any(t.text in words.outlet_words or t.lower_ in words.role_nouns for t in name)


def _after_the(doc: Doc, mention: MentionSpan) -> bool:
    """ "the Ku Klux Klan": a name after "the" (or opening on it) is a body's or a place's, never a person's."""
    return doc[mention.start].lower_ == "the" or (mention.start > 0 and doc[mention.start - 1].lower_ == "the")


def _initial(word: str) -> bool:
    """ "d." of "Jeffrey D. Feltman": one letter, with its stop or without."""
    return len(word.rstrip(".")) == 1


def _a_body_by_its_own_words(doc: Doc, cluster: Cluster) -> bool:
    """A name the tagger took for a person's that its own clause calls "it" ("Harvest Box raised its
    prices") or an apposition describes as a body, with no known forename: a body, so that "the company"
    finds it."""
    if any(word in lexicons().forenames for word in cluster.key):
        return False  # "Paul Ryan blasted the FBI for its ...": the person's name outweighs the "its"
    names = [m for m in cluster.mentions if m.kind == "name"]
    return any(_its_own(doc, m) or _which_clause(doc[m.head]) or _plural_subject(doc, m) for m in names) or any(
        _described_as_body(doc[m.head]) for m in names
    )


def _which_clause(head: Token) -> bool:
    """ "Halvorsen, which employs about 9,000 people,": a name a relative clause opens on with "which" is a thing's
    or a body's, never a person's ("who")."""
    return any(
        clause.dep_ == "relcl" and clause.left_edge.lower_ == "which" and clause.i > head.i
        for clause in children_of(head)
    )


def _plural_subject(doc: Doc, mention: MentionSpan) -> bool:
    """ "Ashford Rovers have turned down": a name ending in a plural proper noun that is the subject of a plural
    present verb names a team or a band, not one person."""
    head = doc[mention.head]
    verb = head.head
    auxiliaries = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    finite = auxiliaries[0] if auxiliaries else verb
    return head.dep_ in NOMINAL_SUBJECTS and head.tag_ == "NNPS" and head.i == mention.end - 1 and finite.tag_ == "VBP"


def _described_as_body(head: Token) -> bool:
    """ "Lumora, the San Francisco photo-editing startup,": a name whose apposition is a noun for a body."""
    described = [c for c in children_of(head) if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    return any(map(a_body_noun, described))


def _its_own(doc: Doc, mention: MentionSpan) -> bool:
    """Whether the name is the subject of a clause with "its" or "itself" in it, with no other noun
    between that the word could stand for."""
    subject = doc[mention.head]
    if subject.dep_ not in NOMINAL_SUBJECTS:
        return False
    verb = subject.head
    for token in doc[mention.end : verb.right_edge.i + 1]:
        if token.pos_ in ("NOUN", "PROPN"):
            return False
        if token.lower_ in ("its", "itself") and _in_clause_of(token, verb):
            return True
    return False


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Whether ``token`` hangs below ``verb`` with no other verb between them."""
    for above in token.ancestors:
        if above == verb:
            return True
        if above.pos_ in VERB_POS:
            return False
    return False


def sentence_numbers(doc: Doc) -> list[int]:
    """Each token's sentence number."""
    index = [0] * len(doc)
    for number, sentence in enumerate(doc.sents):
        index[sentence.start : sentence.end] = [number] * len(sentence)
    return index


def _outlet_named(doc: Doc, mention: MentionSpan) -> bool:
    """ "The Gazette-Herald", "Yahoo News": an organisation whose name ends in an outlet word."""
    return mention.kind == "name" and doc[mention.end - 1].text in lexicons().outlet_words


def _outlet_word_after_the(doc: Doc, mention: MentionSpan) -> bool:
    """ "the Chronicle", "the Herald": one outlet word after a lower-case "the" names a paper, never a person
    (the tagger may call it one); "Chronicle" alone or "The Herald" opening a sentence say nothing either way."""
    return (
        mention.kind == "name"
        and mention.end - mention.start == 1
        and mention.start > 0
        and doc[mention.start].text in lexicons().outlet_words
        and doc[mention.start - 1].text == "the"
    )


def _in_outlet_context(doc: Doc, mention: MentionSpan) -> bool:
    """ "a story by X", "an interview with X", "X reported", "told X in an interview": X is a news outlet."""
    head = doc[mention.head]
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ in ("by", "with", "from", "to"):
        return verb.head.lemma_.lower() in _OUTLET_CONTEXT_NOUNS
    if head.dep_ in OBJECT_DEPS and verb.lemma_ == "tell":
        objects = (
            c for prep in children_of(verb) if prep.dep_ == "prep" for c in children_of(prep) if c.dep_ == "pobj"
        )
        return any(c.lemma_.lower() in _OUTLET_CONTEXT_NOUNS for c in objects)
    return head.dep_ == "nsubj" and verb.lemma_.lower() in _OUTLET_VERBS and not _reports_figures(verb)


def _reports_figures(verb: Token) -> bool:
    """ "Corvane Airlines reported a third-quarter profit": a body that reports its own results is no outlet."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _RESULT_NOUNS for c in children_of(verb))


_SET_OFF = frozenset({"—", "–", "-", "--", ",", "("})  # what may stand between a name and its nickname


def _nickname_after(doc: Doc, end: int) -> Token | None:
    """ "Guitarist Declan Moss — “Mossy” to fans —", "Sam Reid (“Rocket”)": one capitalised word in quotation marks
    right after a person's full name, or after a dash, comma or bracket that sets it off, is what the person is called:
    a later "Mossy said" is that person. Not a longer quote, which is somebody's words."""
    at = end + (end < len(doc) and doc[end].text in _SET_OFF)
    word = nickname_word_at(doc, at)
    return word if word is not None and word.pos_ == "PROPN" else None


def _capitals(name: Span) -> str:
    """The capital letters a name's words begin with, articles aside ("Democratic National Committee": "DNC"); the
    capitals of every word, so a name holding an acronym ("UN Security Council") spells it whole ("UNSC")."""
    return "".join(ch for token in name if token.lower_ != "the" for ch in token.text if ch.isupper())


def _full_name(name: Span) -> bool:
    """ "Curtis Vance": two or more words, each a proper noun the tagger put in a person's name."""
    return len(name) >= FULL_NAME_WORDS and all(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in name)

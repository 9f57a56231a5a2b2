"""The name given after a person described before being named: "the Polish-born chemist told SRF ... Wierzbicki, 54,".

``named_after`` gives, for an entity first told of by a description (a headline's, a standfirst's or a lede's), the
person the next sentences introduce by name in a form that says so: with an age, a who-clause or an indefinite
apposition, in apposition with the same noun, as the name a pronoun "was" or gave of herself, a title giving the
noun, or a subject named in full with nothing to say who he is (``_named_after_description``); or, when the one
described has spoken by a pronoun since, the next source introduced as a newcomer (``_introduced_after_speaking``).
The forms themselves are ``introductions``'; linking each description as the pass meets it is ``coref``'s.
"""

from __future__ import annotations

from itertools import islice

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.lexicons.tables import RoleNoun
from quotegraph.nlp.resolve.speakers.clusters import FULL_NAME_WORDS, Cluster
from quotegraph.nlp.resolve.speakers.introductions import (
    given_an_age,
    identified_as,
    identified_on_introduction,
    introduced_by_a_clause,
    introduced_by_an_apposition,
    named_in_role,
    renamed_in_apposition,
    role_named_in,
    with_a_clause,
)
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan
from quotegraph.nlp.resolve.speakers.name_indexes import FirstNames
from quotegraph.nlp.resolve.speakers.phrase_forms import set_off
from quotegraph.nlp.resolve.speakers.pronouns import OBJECT_PRONOUNS
from quotegraph.nlp.resolve.speakers.role_descriptions import role_noun
from quotegraph.nlp.resolve.speakers.title_holders import TitleHolders
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS

# sentences after a person described before being named that the name may come in: a lede's next sentence, or one
# more for a lede of two sentences
_NAMED_AFTER_REACH = 2
# sentences after a person described before being named that the name may come in when given with the same noun again
# ("its lead author says the finding still stands" in a standfirst ... "The lead author, Dr. Oren Falk, said" after
# the byline, the lede and its next paragraph): the noun said again with the name beside it says whom it meant
_SAME_NOUN_REACH = 5
# sentences after a person described before being named that a source named with no introduction may come in: the
# very next one ("its chief executive warned ... ¶ “...,” Lars Engström told reporters")
UNINTRODUCED_REACH = 1
# descriptions of a person not yet named after which the name is looked for: a headline's, a standfirst's and a lede's
_DESCRIPTIONS_BEFORE_NAME = 3
# A source described by a person's noun is the person the sentence right after names for the first time as its subject
# with a who-clause set off by commas ('"...," said a former student who now runs her own laboratory. Priya Menon, who
# spent six years in Anand's group, said'): the clause introduces the one just described (``introduced_by_a_clause``).
# Rule on against off (speakers round 26): train-d and train 0-59 byte-identical; news pages one speaker right.
CLAUSE_INTRODUCES_DESCRIBED = True
# So is one named for the first time as the next sentence's subject with an indefinite apposition set off by commas
# ('"...," said a young man in a hi-vis vest. Cian Moloney, a dairy farmer from near Mitchelstown, had driven ...'):
# the apposition introduces a newcomer as the who-clause does (``introduced_by_an_apposition``). Rule on against off
# (fast.py, cache6; pages round 35): train-d one speaker better, none worse; train 0-59 byte-identical.
APPOSITION_INTRODUCES_DESCRIBED = True
# A name given with a which-clause set off by commas ("Harlan Rail, which owns the line, said") is introduced, and as a
# body, never the person described just before (``_unintroduced_source``). Rule on against off (speakers round 29):
# fires in no train-d or train 0-59 article; news pages one speaker kept right (rail-derailment-inquiry, where "the
# driver", a person noun since that round, would otherwise be the railway company).
WHICH_CLAUSE_INTRODUCES = True
# A source's definite description is the person the very next sentence of its paragraph names for the first time, in
# full and with nothing to say who he is, as its main clause's subject ("The third panellist, a former river pilot,
# said ... . Jens Mahler guided ships upriver for 27 years"; ``_unintroduced_subject``): a newcomer would be
# introduced; the source named so (``_unintroduced_source``) was already read so. Not an indefinite one ("A committee
# member said ... . Donald Trump spent $2 million": a source who stays unnamed). Rule on against off (fast.py, cache7;
# latenamed2): fires in no train-d or train 0-59 article (byte-identical); news pages: one page, two speakers right
# (boxship webinar, the panellist and his "He added"); its evidence is that page alone.
UNINTRODUCED_SUBJECTS_NAME_DESCRIBED = True
# A person described and not named who then speaks by a pronoun ("Cwmcerdin's head teacher, who has taught at the
# school for 19 years, was not permitted ... . Speaking to West Wales Today ..., she said ... ¶ Gwenllian Pugh, who
# also teaches the school's reception class, said"; "A woman who lives on Ravine Road was among the first ... ¶ "...,"
# she wrote. ¶ The video had been shared ... . Dana Schacht, a nurse at ..., told News 6") is the first person the text
# then introduces (a who-clause or an indefinite apposition, set off) as a statement's source within the next sentences
# after her words (``_introduced_after_speaking``): the reader has met a speaker without a name, and a newcomer
# introduced as the next speaker is the name kept back. So is her words' being told by the description's own
# who-clause ("the memoirs of a former East German spymaster who wrote about ... ¶ “...,” wrote Markus Wolf, who had
# headed ..."). Only a name whose gender her pronoun fits, and, after a pronoun of its own sentence, one opening its
# sentence: train-d's one firing without those two guards was wrong ('A president who authorized the raid ... he said
# ... ¶ "...," said Sara Fagen, a Republican strategist', a commentator called in). Rule on against off (fast.py,
# cache10; latenamed4): train-d one speaker right (politico democrats-new-warning-leaks: the spymaster is Markus Wolf;
# every figure unchanged, source accuracy being span-based); news pages every field 1,516 -> 1,517, speaker 1,629 ->
# 1,631, addressee 524 -> 525 (village-school-closure-vote: the head teacher is Gwenllian Pugh, her interview carries to
# "I blame them"; snow-leopard-recaptured: the Ravine Road woman is Dana Schacht); train 0-59 and train-c
# byte-identical.
SPOKEN_THEN_INTRODUCED = True
# A person told of by a description or a pronoun is the person the text later says outright it is, in a sentence of
# identifying whose subject (or object, or the noun its participle is on) is one of her own mentions: "the pilot had
# told him ... that the engine had “coughed twice and quit” ... ¶ The pilot was named by his family as Graham
# Tuckwell", "A woman reached by phone Tuesday ... said ... ¶ In a second call later Tuesday, she agreed to be
# identified as Carol Ruggiero, 61" (``introductions.identified_as``). No reach: the sentence names the one told of,
# which coreference has already joined to her earlier words, however far back. Rule on against off (fast.py, cache11;
# pagespeaker2): news pages speaker +3 in 2 pages (light-plane-runway-crash: the pilot's nested words; cruise-ship-
# norovirus-halifax: both statements of the woman on the phone), none lost; train-d, train 0-59 and train-c
# byte-identical. It fires in no train article: no train-d or train-c text holds the form, and train 0-59's two ("A
# woman later identified as Eva Resnick-Day", "One of the suspects is named in media reports as Syed Farook") tell of
# no one who speaks. Its evidence is those two pages, so it is suspect of fitting them; it reads a construction whose
# meaning is fixed (the text's own statement of who someone is), not a page's words.
NAMED_OUTRIGHT = True
# A source described by an indefinite noun for a person is the person the next sentences name for the first time in
# apposition with another bare noun after "the" ('"I left the house at 4:30 ...," said a woman in green hospital scrubs
# who works nights at a hospital. ... ¶ The nurse, Loretta Banning, said'; "said a retired schoolteacher clutching a
# printout ... ¶ The retiree, Madam Lim Soo Hwa, 67, said"; ``renamed_in_apposition``): the definite noun points back
# to one the reader has met, and the one met just before is the described source. Only within
# ``_NAMED_AFTER_REACH`` sentences, with no other person told of in the narrative between (``_another_person_between``),
# a name whose gender the description's fits, and a bare noun that is no post ("The mayor, Jo Hale," is a newcomer)
# and has no word to say whose ("The party chairman, Kelly Armstrong," after "a party activist asked" on train-d is
# another man). Within two sentences, not only the very next: both pages give the described source one more sentence
# first (her own quoted words, "She had moved S$86,000 into the app"). Rule on against off (fast.py, cache13;
# describednamed): news pages speaker +2 in 2 pages (barge-strike-bridge-closure: "a woman in green hospital scrubs"
# is Loretta Banning; fintech-app-account-freeze: "a retired schoolteacher" is Lim Soo Hwa), no page worse; train-d,
# train 0-59 and train-c byte-identical. The form ("The NOUN, NAME," opening a sentence) occurs 11 times on train-d,
# once on train 0-59, never on train-c; twice after a sentence with an indefinite noun for a person, both refused ("a
# major party nominee -- the Republican Donald J. Trump" ... "The Democratic nominee, Hillary Clinton": a modifier, and
# another person; "a party activist" ... "The party chairman, Kelly Armstrong": a modifier, and another person). It
# fires on no train article: its gain is those two pages, so it is suspect of fitting them, though it reads a
# construction whose meaning is fixed (a definite noun with a new name apposed points back to the one just met).
NAMED_NEXT_UNDER_ANOTHER_NOUN = True
# The sentences of a quotation that the name's own sentence closes are not counted in the reaches of a described
# person's late naming (``_narrative_gap``): '"...," wrote the woman, Tanya Sawchuk' or '"...," said Nokuthula Zulu,
# who has lived in Sobantu for four decades' is one sentence on from the description before the quotation however many
# sentences the quotation holds, as an attribution set before its quotation would be ('One Dauphin mother wrote in a
# Facebook post ... ¶ "Four months we waited. Four. And nobody can tell me ...," wrote the woman, Tanya Sawchuk,';
# "A retired nurse near the front of the line ... said she had not had a drop ... ¶ "I am 68 years old. I am carrying
# water ...," said Nokuthula Zulu, who ..."). Only when the name's sentence opens inside the quotation: quoted
# sentences that end a statement before a fresh sentence of the narrative still count ("the captain can be heard
# telling air traffic controllers: "We have a crack .... We'd like to divert ..." ¶ Passenger Lena Fischer, who was
# traveling ..., posted": counting that quotation as none, flight-diversion lost the captain to Lena Fischer through
# ``CLAUSE_INTRODUCES_DESCRIBED``). Rule on against off (fast.py, cache16; describedlater), with
# ``introductions.INVERTED_SUBJECTS_RENAMED`` for the first form: news pages every field +2, speaker +2, channel +1,
# time +1 (prairie-lakes-ransomware-hospitals: the mother is Tanya Sawchuk, and her quote takes the Facebook post and
# Tuesday evening from her first words; msunduzi-water-outage-tanker: the retired nurse is Nokuthula Zulu, her channel
# and time still missed), no page worse; train-d, train 0-59 and train-c byte-identical. It fires in no train article:
# its gain is those two pages, suspect of fitting, though it reads a fixed construction (an attribution after its
# quotation stands where one before it would) and the pages are two different forms of naming.
QUOTED_SENTENCES_NOT_COUNTED = True
# sentences after the described person's last words by a pronoun that the introduced name may come in: the next, or
# one more between ("The video had been shared more than 40,000 times by Tuesday afternoon.")
_AFTER_SPEAKING_REACH = 2
# A person described and not named is the person a later sentence names in apposition with the same role noun after
# "the" (or a demonstrative) however far on ("One of those kids was a young steward on duty at the front of the away
# end, who told the Blast ... ¶ ... eleven sentences on ... He added that the steward who had radioed for the gate to
# be opened, Jess Hartigan, 19, had pulled ..."): "the steward" with the name beside it points back to the one steward
# told of, whom the reader has met; within ``_SAME_NOUN_REACH`` sentences the form was already read. Only when no
# other entity is described by that noun in the narrative between (``_another_so_described``: "a police officer ...
# another officer ... the officer, Tom Hale," may be either); a noun in somebody's quoted words ("I won't hide behind
# a steward") is no one the narrative tells of. Rule on against off (fast.py, cache13; namedlater): train-d, train
# 0-59 and train-c byte-identical; news pages speaker +2 in one page (cup-tie-away-end-crush: both statements of "a
# young steward" are Jess Hartigan's), no page worse. The form ("the NOUN, NAME," naming an earlier unnamed "a NOUN")
# occurs past five sentences once on train-d ("a U.S.-born gunman ... Police killed the gunman, Omar Mateen," eight
# sentences on: right, but an object, and no speaker) and in no train 0-59 or train-c article: its gain is that page
# alone, suspect of fitting, though it reads a construction whose meaning is fixed (the definite noun with the name
# apposed), not a page's words.
NAMED_IN_ROLE_ANY_DISTANCE = True


class NamedAfter(TitleHolders):
    """The late naming of the coreference pass: the name the text gives a person it described before naming."""

    def named_after(self, cluster: Cluster) -> Cluster | None:
        """ "A former safety manager at Halvorsen Logistics told federal regulators ... The manager, Priya Raman,
        worked ...", "The eldest son of ... told a probate judge ... Tomás Ruiz, 58, ...": a person described before
        being named (a news lede's delayed name) is the one person named next, within the next sentences, as a
        subject given an age or in apposition with the same role noun. Only for an entity no name was given."""
        if cluster.named or cluster.type != "PERSON" or cluster.plural:
            return None
        if NAMED_OUTRIGHT and (named := self._named_outright(cluster)) is not None:
            return named
        # "Health official told staff ..." (a headline), "its procurement director" (a standfirst), "The procurement
        # director of the Eastmoor Health Board urged staff ..." (the lede) ... "Graham Tolley wrote": the name may
        # come after any of the first few descriptions, as many as a headline, a standfirst and a lede give
        descriptions = islice((m for m in cluster.mentions if m.kind == "description"), _DESCRIPTIONS_BEFORE_NAME)
        return next((p for d in descriptions if (p := self._named_after_description(cluster, d))), None)

    def _named_outright(self, cluster: Cluster) -> Cluster | None:
        """ "The pilot was named by his family as Graham Tuckwell", "she agreed to be identified as Carol Ruggiero": the
        one person the text says outright one of ``cluster``'s mentions is, named there for the first time after the
        cluster's first mention (``NAMED_OUTRIGHT``)."""
        if self._identified is None:  # once a document: every name's sentence read once
            self._identified = {}
            for mention in self.mentions:
                if mention.kind != "name" or mention.cluster is None:
                    continue
                target = identified_as(self.doc[mention.head])
                named = self.clusters.clusters[mention.cluster]
                if target is not None and named.type == "PERSON" and named.named and not named.plural:
                    self._identified.setdefault(target.i, named)
        # only the mentions added since the last ask are read: a read of every mention for each statement was
        # quadratic on a text of thousands of pronouns of one described person ("he said, adding that ...")
        read, people = self._identified_in.get(cluster.index, (0, {}))
        for mention in cluster.mentions[read:]:
            if (person := self._identified.get(mention.head)) is not None:
                people.setdefault(person.index, person)
        self._identified_in[cluster.index] = (len(cluster.mentions), people)
        after = cluster.first_start
        found = [p for p in people.values() if p is not cluster and p.first_start > after]
        return found[0] if len(found) == 1 else None

    def _named_after_description(self, cluster: Cluster, first: MentionSpan) -> Cluster | None:
        """The one person named next after the description ``first`` of ``cluster``, as ``named_after`` tells."""
        role = role_noun(first)
        if role is None or not role.of_person:
            return None
        here = self.sentence_of[first.head]
        if self._first_names is None:  # once a document: a scan of every entity per call was quadratic
            self._first_names = FirstNames(self.clusters.clusters, self.sentence_of)
        found = []
        for other, name in self._first_names.within(here + 1, here + _SAME_NOUN_REACH):
            if other is cluster or other.type != "PERSON" or other.plural:
                continue
            if other.first_start < first.end:
                continue  # named before: somebody else
            if self._names_the_described(cluster, first, role, other, name):
                found.append(other)
        if not found and SPOKEN_THEN_INTRODUCED and role.kind == "person":
            found = [p] if (p := self._introduced_after_speaking(cluster, first)) is not None else []
        if not found and NAMED_IN_ROLE_ANY_DISTANCE:
            found = self._named_in_role_far_on(cluster, first)
        return found[0] if len(found) == 1 else None

    def _names_the_described(
        self, cluster: Cluster, first: MentionSpan, role: RoleNoun, other: Cluster, name: MentionSpan
    ) -> bool:
        """Whether ``name``, the first name of ``other`` after the description ``first`` of ``cluster``, names the one
        described: in the same noun when far on; near, when identified, titled, introduced or renamed as such."""
        here = self.sentence_of[first.head]
        gap = self._narrative_gap(here, name)
        if gap > _NAMED_AFTER_REACH:
            return named_in_role(self.doc, name, first.role or "")
        # a noun for an unnamed source ("the veteran guard's agent said ... The agent, Benny Sato,") is the person
        # named next only when that name is given in the same noun again: a source is most often never named
        identified = identified_on_introduction if role.kind == "person" else named_in_role
        return bool(
            identified(self.doc, name, first.role or "")
            or self._titled_as(name, other, first)
            or (
                role.kind == "person"
                and not first.indefinite
                and gap <= UNINTRODUCED_REACH
                and self._unintroduced_source(name, first.role or "")
            )
            or (
                UNINTRODUCED_SUBJECTS_NAME_DESCRIBED
                and role.kind == "person"
                and first.head in self.sources
                and self._definite(first)
                and gap <= UNINTRODUCED_REACH
                # in its paragraph: "race director says" of a standfirst is not the lede's "Faith Chepkoech of
                # Kenya broke the course record"
                and self.paragraph_of[self.sentence_of[name.head]] == self.paragraph_of[here]
                and self._unintroduced_subject(name, first.role or "")
            )
            or (role.kind == "person" and self._introduced_later(other, here))
            or (
                CLAUSE_INTRODUCES_DESCRIBED
                and role.kind == "person"
                and first.head in self.sources
                and gap <= UNINTRODUCED_REACH
                and introduced_by_a_clause(self.doc, name)
            )
            or self._renamed_under_another_noun(cluster, other, first, name, role)
            or (
                APPOSITION_INTRODUCES_DESCRIBED
                and role.kind == "person"
                and first.indefinite  # "its chief executive said ... Kari Holm, an analyst, said" is a newcomer
                and first.head in self.sources
                and gap <= UNINTRODUCED_REACH
                and introduced_by_an_apposition(self.doc, name)
            )
        )

    def _renamed_under_another_noun(
        self, cluster: Cluster, other: Cluster, first: MentionSpan, name: MentionSpan, role: RoleNoun
    ) -> bool:
        """ "said a woman in green hospital scrubs ... ¶ The nurse, Loretta Banning, said": ``other`` is named in
        apposition with a bare noun after "the" for the indefinitely described source ``first`` of ``cluster``, with no
        other person told of between (``NAMED_NEXT_UNDER_ANOTHER_NOUN``)."""
        return (
            NAMED_NEXT_UNDER_ANOTHER_NOUN
            and role.kind == "person"
            and first.indefinite
            and first.head in self.sources
            and renamed_in_apposition(self.doc, name)
            and not other.ruled_out(first.gender)
            and not self._another_person_between((cluster, other), first, name)
        )

    def _narrative_gap(self, here: int, name: MentionSpan) -> int:
        """How many sentences on from sentence ``here`` ``name``'s sentence is, the sentences of the quotation its own
        sentence closes counted as none: '"Four months we waited. Four. And nobody can tell me ...," wrote the woman,
        Tanya Sawchuk' is one sentence on from the one before the quotation (``QUOTED_SENTENCES_NOT_COUNTED``)."""
        there = self.sentence_of[name.head]
        if not QUOTED_SENTENCES_NOT_COUNTED or not self._opens_quoted(there):
            return there - here
        return there - here - min(self._quoted_runs[there], max(there - here - 1, 0))

    def _opens_quoted(self, sentence: int) -> bool:
        """Whether sentence ``sentence``'s first word lies inside quotation marks: a quotation it goes on with."""
        words = (t for t in self.sentences[sentence] if not (t.is_punct or t.is_space))
        first = next(words, None)
        return first is not None and self._quoted_at(first.idx)

    def _named_in_role_far_on(self, cluster: Cluster, first: MentionSpan) -> list[Cluster]:
        """ "a young steward ... told the Blast ... ¶ (eleven sentences on) ... the steward who had radioed for the gate
        to be opened, Jess Hartigan, 19,": the people first named past ``_SAME_NOUN_REACH`` sentences after ``first``
        in apposition with its noun after "the", with no other entity so described between
        (``NAMED_IN_ROLE_ANY_DISTANCE``)."""
        assert self._first_names is not None  # for mypy only: set by ``_named_after_description``, which calls this
        if self._names_in_roles is None:  # once a document, as the first names are
            self._names_in_roles = self._first_names.in_roles(lambda name: role_named_in(self.doc, name))
        here = self.sentence_of[first.head]
        return [
            other
            for other, name in self._names_in_roles.from_sentence(first.role or "", here + _SAME_NOUN_REACH + 1)
            if other is not cluster
            and other.type == "PERSON"
            and not other.plural
            and other.first_start >= first.end
            and not self._another_so_described(cluster, first, name)
        ]

    def _introduced_after_speaking(self, cluster: Cluster, first: MentionSpan) -> Cluster | None:
        """ "A woman who lives on Ravine Road was among the first to spot Kira ... ¶ “...,” she wrote. ¶ ... Dana
        Schacht, a nurse at Lakeshore County Medical Center, told News 6": a person described and not named, who has
        spoken by a pronoun since (or by her description's own who-clause), is the first person introduced next as a
        statement's source (a who-clause or an indefinite apposition set off after the name) within
        ``_AFTER_SPEAKING_REACH`` sentences of those words."""
        # her words by a pronoun since, or by the who-clause of the description itself ("a passage from the memoirs of a
        # former East German spymaster who wrote about ...")
        assert self._first_names is not None  # for mypy only: set by ``_named_after_description``, which calls this
        first_names = self._first_names
        # only the pronouns with a first name within reach after them can lead to one, and only the mentions added
        # since the last ask are read: a read of every mention for each statement was quadratic on a text of thousands
        # of pronouns of one described person ("he said, adding that ...")
        read, spoken = self._speaking_before_names.get((cluster.index, first.end), (0, []))
        spoken += [
            m
            for m in cluster.mentions[read:]
            if m.kind == "pronoun"
            and m.start >= first.end
            and m.head in self.sources
            and first_names.within(self.sentence_of[m.head], self.sentence_of[m.head] + _AFTER_SPEAKING_REACH)
        ]
        self._speaking_before_names[cluster.index, first.end] = (len(cluster.mentions), spoken)
        for words in spoken:
            at = self.sentence_of[words.head]
            for other, name in first_names.within(at, at + _AFTER_SPEAKING_REACH):
                if other is cluster or other.type != "PERSON" or other.plural or name.start <= words.end:
                    continue
                if any(self.sentence_of[m.head] > at and m.start < name.start for m in cluster.mentions):
                    break  # she is told of again in a later sentence before the name: read from there
                if (
                    name.head in self.sources
                    # her pronoun fits the name: "he said ... ¶ “...,” said Sara Fagen" is somebody else
                    and not other.ruled_out(words.gender)
                    # the name opens its sentence, the narrative going on with her: "“...,” said Sara Fagen, a
                    # Republican strategist" after "he said" is a commentator called in; after the description's own
                    # who-clause of saying it is hers ("“...,” wrote Markus Wolf, who had headed ...")
                    and (self.doc[name.start].is_sent_start or words.text.lower() == "who")
                    and (introduced_by_a_clause(self.doc, name) or introduced_by_an_apposition(self.doc, name))
                ):
                    return other
                break  # another person named first: the one described is not the next one named
        return None

    def _another_so_described(self, cluster: Cluster, first: MentionSpan, name: MentionSpan) -> bool:
        """ "a police officer said ... another officer told ... the officer, Tom Hale,": an entity other than
        ``cluster`` described by ``first``'s noun in the narrative of the sentences between ``first`` and ``name``
        (``NAMED_IN_ROLE_ANY_DISTANCE``), so that the noun with the name may be either."""
        after, before = self.sentence_of[first.head], self.sentence_of[name.head]
        return any(
            m.kind == "description"
            and m.role == first.role
            and m.cluster != cluster.index
            and after < self.sentence_of[m.head] < before
            and not self._in_quote(m)
            for m in self.mentions
        )

    def _another_person_between(self, pair: tuple[Cluster, Cluster], first: MentionSpan, name: MentionSpan) -> bool:
        """ "said a woman ... Her neighbour ... ¶ The nurse, Loretta Banning,": a person other than the pair (the one
        described, the one named) told of in the narrative between ``first`` and ``name`` (``NAMED_NEXT_UNDER_ANOTHER_
        NOUN``), whom the noun with the name may point back to as well; words in quotation marks or a statement's
        content are no one told of."""
        return any(
            m.cluster is not None
            and m.cluster not in (pair[0].index, pair[1].index)
            and first.end <= m.start < name.start
            and self.clusters.clusters[m.cluster].type == "PERSON"
            and not self._in_quote(m)
            for m in self.mentions
        )

    def _introduced_later(self, person: Cluster, here: int) -> bool:
        """ "A ward sister who was sacked ... was unfairly dismissed, an employment tribunal ruled. ¶ Employment Judge
        Fiona Marsh said ... that the claimant, Joanne Tetley, had been ... ¶ ... ¶ Mrs Tetley, 52, who had worked at
        the hospital for 19 years, told the tribunal": a person named in passing first (in another's words, by another
        noun) is introduced, as a news text introduces the one its lede described, by a later name given as a subject
        with an age, within as many sentences of the description as a name given with its noun again may come."""
        for mention in person.mentions:  # its names first, in text order (clusters.cluster_names): read up to the reach
            if mention.kind != "name" or self.sentence_of[mention.head] - here > _SAME_NOUN_REACH:
                return False
            if given_an_age(self.doc, mention):
                return True
        return False

    def _titled_as(self, name: MentionSpan, person: Cluster, description: MentionSpan) -> bool:
        """ "the county's superintendent said classes may not resume ... ¶ Superintendent Walter Brandt announced the
        closure": a person named with the description's noun as a title word or an honorific holds the office the
        description speaks of. Only for a definite description ("a minister" is any of them), and for a name the title
        introduces: "Russia's leader, President Vladimir V. Putin," after "Germany's president" is introduced by
        another description, whose owner says it is another office."""
        if description.indefinite or self.doc[name.head].dep_ == "appos":
            return False
        return any(h.cluster is person for h in self._titled_with(description.role or ""))

    def _unintroduced_source(self, name: MentionSpan, role: str) -> bool:
        """ "... but its chief executive warned that fares would be lower. ¶ “We are not going to chase the market
        ...,” Lars Engström told reporters": a person first named in full as a statement's source with nothing to say
        who he is (no apposition, no title, no description of his own) is one the reader has met, the one described
        just before; a newcomer is introduced ("Kari Holm, an analyst at Nordbank Markets, said", "Senate Majority
        Leader Mitch McConnell said" after "A Supreme Court spokeswoman"), unless by the description's own noun ("the
        regional governor said ... Governor Pavel Ostrun wrote"). Only for a definite description: "A spokeswoman
        did not respond" is nobody named next."""
        return name.head in self.sources and self._unintroduced(name, role)

    def _definite(self, description: MentionSpan) -> bool:
        """ "The third panellist", or "a former river pilot" set off after it: a person the text means to identify, as
        "A committee member said ... Donald Trump spent $2 million" (a source who stays unnamed) is not."""
        head = self.doc[description.head]
        if head.dep_ == "appos" and set_off(head):
            head = head.head
        return any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(head))

    def _unintroduced_subject(self, name: MentionSpan, role: str) -> bool:
        """ "The third panellist, a former river pilot, said the ship had left the channel. Jens Mahler guided ships
        upriver for 27 years": a person first named in full as the main clause's subject right after a source's
        description, with nothing to say who he is, is the one described, as a newcomer would be introduced. Not one
        whose clause names a pronoun as its object ("Ana Ruiz thanked him"): the one told of is the described one."""
        head = self.doc[name.head]
        if head.dep_ not in NOMINAL_SUBJECTS or head.head.dep_ != "ROOT":
            return False
        if any(o.lower_ in OBJECT_PRONOUNS for o in self._objects(head.head)):
            return False
        # "Priya Menon, who spent six years in the group," is introduced (``CLAUSE_INTRODUCES_DESCRIBED`` reads her)
        return not with_a_clause(self.doc, name, "who") and self._unintroduced(name, role)

    def _unintroduced(self, name: MentionSpan, role: str) -> bool:
        """A name given in full with no title, apposition, noun of its own or which-clause to say who it is."""
        doc = self.doc
        head = doc[name.head]
        before = doc[name.start - 1] if name.start > 0 else None
        if before is not None and before.is_alpha and before.text[:1].isupper() and before.lower_ != role:
            return False  # a title the tagger left out of the name: "Majority Leader", "Education Secretary"
        words = [t for t in doc[name.start : name.end] if t.is_alpha]
        return (
            len(words) >= FULL_NAME_WORDS
            and not name.titles
            and head.dep_ != "appos"
            and not any(c.dep_ == "appos" for c in children_of(head))
            and not any(t.dep_ == "compound" and t.pos_ == "NOUN" for t in doc[name.start : name.end])
            # "Harlan Rail, which owns the line, said": a which-clause introduces a body the tagger took for a person
            and not (WHICH_CLAUSE_INTRODUCES and with_a_clause(doc, name, "which"))
        )

"""Linking pronouns and descriptions to entities, in one left-to-right pass over the mentions.

Names are clustered first (clusters.py). Then each personal pronoun goes to the most salient
compatible entity of the last few sentences (Lappin & Leass style: subjects weigh more than objects,
each sentence back halves a mention's weight; a gender that contradicts the pronoun rules an entity
out, a known matching one counts a little extra). A relative pronoun ("who") goes to the noun its
clause hangs on. Each description is linked by apposition ("Jacques Audiard, the director"), a
copula ("The first ... artist is Gascón"), an earlier mention with the same role noun, or — for a
definite person description — the most recent compatible named person. An indefinite or unmatched
description ("a source", "sources") becomes an entity of its own. Work per mention is bounded (a
short recency list), so the pass is linear in the article's length. A pronoun that is a statement's
source ("He added") is resolved on the narrative's mentions only, not on those inside quotation
marks or inside any statement's content: after “I believe Donald Trump is destroying the party,”
"he" is the speaker, not Trump; after "McConnell said it was wrong for Ginsburg to criticize Trump."
"He said" is McConnell. A statement's source weighs more than any other subject: the narrator's "he
said" most often goes on with the last speaker.

This module is the entry point: ``Coreference`` runs the pass and links the descriptions (``_description``,
``_definite_link``). The pass is built in layers, each extending the one before: the state and salience
(``salience``), the pronouns (``pronouns``), the people a noun names by title (``title_holders``), the name given
after a description (``named_after``) and the bodies a description of an organisation stands for (``bodies``). What
they read off the text is in ``phrase_forms`` (phrase forms), ``introductions`` (how a person is introduced),
``body_kinds`` (kinds of bodies), ``name_indexes`` (look-ups over the clustered names) and ``quoted_regions``
(quotations and contents).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from quotegraph.nlp.find.parse import children_of, lefts_of, rights_of
from quotegraph.nlp.lexicons import reports_words
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.one_asked import QUESTIONING, objects_asked
from quotegraph.nlp.resolve.speakers import introductions
from quotegraph.nlp.resolve.speakers.bodies import Bodies
from quotegraph.nlp.resolve.speakers.body_kinds import (
    described_as_other_kind,
    named_as_other_kind,
)
from quotegraph.nlp.resolve.speakers.clusters import Cluster
from quotegraph.nlp.resolve.speakers.introductions import (
    given_an_age,
    giving_own_name,
    name_set_off_after,
)
from quotegraph.nlp.resolve.speakers.mention_spans import RELATIVE_PRONOUNS, MentionSpan
from quotegraph.nlp.resolve.speakers.named_after import UNINTRODUCED_REACH
from quotegraph.nlp.resolve.speakers.names import fold
from quotegraph.nlp.resolve.speakers.noun_classes import a_body_noun, a_person_noun, capitalised_office
from quotegraph.nlp.resolve.speakers.phrase_forms import (
    PLACE_PHRASES,
    of_name,
    past_own_phrase,
    possessed_by_pronoun,
    puts_a_question,
    set_off,
    verb_after_a_fronted_phrase,
)
from quotegraph.nlp.resolve.speakers.picked_out import AGE_ROLE
from quotegraph.nlp.resolve.speakers.role_descriptions import born_somewhere
from quotegraph.nlp.resolve.speakers.title_holders import DESCRIPTION_WINDOW
from quotegraph.nlp.resolve.speakers.untagged_people import age_set_off
from quotegraph.nlp.syntax import (
    NOMINAL_SUBJECTS,
    VERB_POS,
    nominal_subjects,
)

__all__ = ["Coreference"]

# A name set off after a place one comes from is the place's region, not the one the noun means: "a pharmacy student
# from Castlebar, Co Mayo," (the tagger typed "Co Mayo" a person), "a nurse from Lyon, France,". A person named after
# a place is so only after at or in, the place one works at ("Her editor at Harbourline Press, Simon Achterberg,").
# A person's name set off after "a student from Castlebar," is lost to it (the article names people before their
# description far more often than after it). Fires on dublin-student-residence-mould (the student's two quotes,
# speaker and every field +2 each, known misses fixed); on no train-d, train 0-59 or train-c article (fast.py,
# cache17: byte-identical), so suspect of fitting one page's form, kept as the form of every "from Town, Region," a
# tagger may misread (next23's county).
REGION_AFTER_A_HOME_PLACE = True
_HOME_PLACE_PREP = "from"  # the preposition of where one comes from
_HOME_PLACE_TYPES = frozenset({"GPE", "LOC"})  # a town or a region one comes from, not a building one works in (FAC)


def _region_after(place: Token) -> bool:
    """Whether ``place`` is a place (the tagger's GPE or LOC) one comes from, whose set-off apposition is its
    region."""
    return REGION_AFTER_A_HOME_PLACE and place.head.lower_ == _HOME_PLACE_PREP and place.ent_type_ in _HOME_PLACE_TYPES


# Nouns for a newspaper, which may also describe a document ("a leaked Treasury paper"): "the paper" of a review of the
# papers is the paper in focus (``_paper_in_focus``). Not "the network" nor "the show", which describe a programme or
# an event as often ("a pop-up art show" ... "the show" on PolNeAR train); not "the daily", which the tagger reads as
# an adjective
_NEWSPAPER_NOUNS = frozenset({"paper", "newspaper", "tabloid"})
# A description after a fronted phrase's comma, right before a subjectless verb, is its subject, though the parser
# hangs it on the phrase's last name as an apposition (``verb_after_a_fronted_phrase``). Rule on against off (fast.py,
# cache5; speakers round 24): train-d 2 speakers better, none worse, channel carried -1 (a host's remark that carried
# the interview only while the host was its speaker); train 0-59 unchanged.
FRONTED_PHRASE_SUBJECTS = True
# A source's definite description of a person is the person the next sentence names as its subject with an age ("the
# Polish-born chemist told Swiss broadcaster SRF ... Wierzbicki, 54, who has worked at ETH Zurich since 2003,"): the
# age is how news writing introduces the one it has just described, named before or not (``_aged_next``). Rule on
# against off (fast.py, cache6; speakers round 26): train-d and train 0-59 byte-identical; news pages one speaker right.
AGED_NEXT_NAMES_DESCRIPTION = True
# An age given with a person's name ("Corran Vell, 47, said") or in apposition with it ("Vell, the 47-year-old
# coxswain,") is that person's: "the 47-year-old" later is the one given 47, and never one given another age so
# (``_give_age``, ``_aged_otherwise``); an age a description took by salience alone is no such evidence ("The
# 24-year-old Spaniard" after a lede naming both players). Rule on against off (fast.py, cache7; speakers round 29):
# train-d and train 0-59 byte-identical (no age description there meets two people given ages); news pages no change.
AGES_OF_NAMES = True
# A description whose who-clause gives its own name is the person so named ("said the first caller, who gave her name
# as Maureen from Eastfield"; ``_own_name_in_its_clause``), as "She gave her name as ..." after it is
# (``_own_name_given``).
# Built with ``role_descriptions.PERSONS_BY_FORM``, which makes such a source with a noun the lexicon lacks ("caller") a
# description where before the name inside the source span was read as its speaker: news pages radio-phone-in keeps
# its two statements of Maureen (lost to "the first caller" without this rule); train-d, train 0-59 and train-c: fires
# on no statement. A name set off beside "name" is so given too ("who gave only his first name, Declan,", "She gave
# only her full name, Maureen Doyle," after a scene's description; ``giving_own_name``): fires in no train article and
# on no page (byte-identical), its evidence the unit tests alone, the same meaning as "gave her name as" in the form
# news writing uses for a source who will not give a surname.
# The same role noun said again with "the" is the body a description by that noun was joined to by an apposed name,
# in the number that description had rather than the entity's own ("In a statement ..., the show's producers,
# Penhallow Vane Productions, said ... ¶ The producers added that ...": a body named beside a plural noun for the
# people who run it, whose name reads as one). Only a name the tagger labels a body, apposed to the noun and set off:
# with any named entity so described, train-d moved 7 articles, three speakers worse (plural descriptions misjoined
# to one person, "The lawyers" to John McCain, "the Centerview founders" to Robert A. Pruzan); with the body's label
# and no guard for a member of a group, "one of Ukraine's richest men, Rinat Akhmetov," took "the two men" (no speaker
# moved). Rule on against off (fast.py, cache16; describedlater): news pages every field, speaker, channel and time +1
# each (musical-flying-ship-jam: "The producers added" is Penhallow Vane Productions, and takes the statement's
# channel and Thursday morning), no page worse; train-d, train 0-59 and train-c byte-identical. It fires in no train
# article: its gain is that page alone, suspect of fitting, though it reads a fixed construction (the noun said again
# with "the" is the one it was apposed to).
BODY_KEEPS_ITS_DESCRIPTION_S_NUMBER = True
CLAUSE_GIVES_OWN_NAME = True
# A description that is a clause's subject stands for none of the people that clause names by name after it ("The GOP
# presidential front-runner predicted in March that if Rubio ran ..., he wouldn't ..."): a reporter would write "he"
# for the subject again (``_named_later_in_clause``); then only a person named in the last few sentences may be it.
# Rule on against off (descjoin, fast.py on cache9): train-d 7 speakers moved in 5 articles, each from a wrong person:
# to the right one in 3 (huff-post_2016-04-22_marco-rubio-i-m-not-inte, "The GOP presidential front-runner" Rubio ->
# Trump; nyt_2016-03-09_clinton-tries-to-reframe-revolut, "the cautious candidate said of running against Mr. Trump"
# Trump -> Clinton; breitbart_2016-08-24_john-bolton-hillary-s-campaign-s, with "Ambassador" as a title, 3 statements
# Trump/Clinton -> Bolton), to an unnamed entity in 2 ("The young woman who escorted her ..., Ms. Kostrzewa
# recalled, asked" is not Kostrzewa; "The lifelong Republican who ... says he won't vote for Donald Trump and could
# end up voting for Hillary Clinton" is not Clinton); train-d time 0.6546 -> 0.6550, the other fields unchanged.
# Train 0-59: "the man ended up ... with his arm around Kasich" is no longer Kasich (right) and the "He says" after it
# follows him (wrong: Kasich before), fields unchanged; train-c and the news pages unchanged.
DESCRIBED_NOT_NAMED_AFTER = True
# A definite description right before a person's name, with no mark between, is that person's title ("The economist
# Robert J. Shapiro recently measured"), though the parser makes the two words sibling subjects of the verb
# (``_name_right_after``); salience gave it the paragraph's person before. Rule on against off (descjoin2, fast.py on
# cache10): train-d 2 speakers moved in 2 articles, both to the right person (nyt_2016-03-23_why-sanders-lags-on-black-
# vote-h "The economist Robert J. Shapiro recently measured" Bernie Sanders -> Shapiro; politico_2016-02-10_top-
# clinton-adviser-sent-top-s "Sullivan’s lawyer Beth Wilkinson did not respond" the lawyer's own entity -> Wilkinson),
# every field unchanged; train 0-59, train-c and the news pages byte-identical (it fires on no page).
TITLE_BEFORE_NAME_JOINED = True
# clauses and phrases told of a noun, not of the clause's subject: names in them may be the subject's
_CLAUSES_OF_NOUNS = frozenset({"relcl", "acl", "appos"})
# A person's description falls back on the salient named person only when that person is not the one its own clause
# says it spoke with (``_interlocutors``): the asker of a fronted "Asked by X", the X of "In an interview with X".
# Rule on against off (speakers round 23): train-d 2 speakers better, none worse; train 0-59 identical.
INTERLOCUTORS_NOT_SPEAKERS = True
# A definite person description that opens a reported clause as its subject is not who reports it (binding: a full noun
# phrase is not bound by the subject of a clause above it): "He wrote that the branch manager had told the Chamber of
# Trade", "Mr Kinnane said the pilot had told him" fell back on the salient named person, the teller himself, so the
# nested report was the teller's own. When the described one is the teller of a nested report (its verb one of
# saying), the description is a person of its own unless its role was told of in reach or by title; otherwise (binding
# alone) the teller is ruled out of the salient fallback. Only a report before its clause: "The Vermont congressman
# also plans to vote for Sanders, Welch said" is news writing of Welch himself. Rule on against off (pages7b, fast.py,
# cache11): train-d, train 0-59 and train-c scores and attributions unchanged; on train-d it re-links a description in
# 4 articles, 3 right ("the businessman" in huff-post_2015-12-10 white-supremacists (David Duke's) and
# huff-post_2016-08-12 isis-truther (Trevor Noah's), "the candidate" in huff-post_2016-08-17
# unhappy-campaign-of-paul-manafort (Manafort's), each now Trump, not the teller) and 1 wrong either way ("the
# candidate" of Jennifer Palmieri, huff-post_2015-12-20 hillary-clinton-s-claim: Clinton, was Palmieri, now Trump); the
# nested-teller branch fires on no train article. News pages every field 1,573 -> 1,574, speaker +1, channel +1,
# addressee +2, time +2, no page worse: market-town-bank-closure "one of the busiest small branches" (the branch
# manager's, to the Chamber of Trade, at its meeting in June) right in every field; light-plane-runway-crash "coughed
# twice and quit" gets its addressee and time, its speaker now "the pilot" (was the teller Jarrah Kinnane; expected
# Graham Tuckwell, whom no rule joins). Its speaker gain is on one sealed page.
REPORTERS_NOT_REPORTED = True
_REPORTED_CLAUSE = "ccomp"  # the clausal complement a verb of saying reports
# A description by the role of one who puts the questions on air or on a stage, as the one asking ("Asked by the
# presenter whether ..., he said", "the host pressed her"), is no fallback to the person named last, who is most often
# the guest being asked: it is the holder of that role named before ("host Ann Vale") or nobody named
# (``_definite_link``). Only as the asker: "The anchor for Univision" of a profile is the anchor named just before
# (train-c lost him when any such role was kept from the fallback, though train 0-59 gained "the TV interviewer" who
# "expressed shock", no longer the actress interviewed). Rule on against off (fast.py, cache7; built after sealed
# next11 was scored, on its radio answer): train-d, train 0-59 and train-c byte-identical; news pages every field +1
# (its evidence is that page and the unit test alone).
INTERVIEWERS_NOT_THE_LAST_NAMED = True
_INTERVIEWERS = frozenset({"presenter", "host", "anchor", "interviewer", "moderator", "questioner"})
# A definite description that says again the words of one set beside a person's name ("St. Rose, a 44-year-old former
# fisheries officer, told supporters ... ¶ said the 44-year-old former fisheries officer", or fewer of them: "the former
# fisheries officer") is that person: news writing repeats a description it gave a name to mean the one it gave it to.
# It goes before the title holders and the last one so described by the noun alone, which took "returning officer
# Marcia A." for the fisheries officer (docs/occasion-rounds.md, namedwhole, thirty-seventh set). Only a description
# with a word besides its noun, all of whose words the earlier one holds, and one named person so described.
DESCRIPTIONS_SAID_AGAIN = True
_DESCRIPTION_WORDS = 2  # a word besides the noun: "the officer" alone says too little to tell whose it is
_NOT_DESCRIBING = frozenset({"det", "poss", "case", "punct", "predet"})  # a description's words that say no "what"
_ROLE_VERBS = {"witness": frozenset({"testify"})}  # a role noun -> the verbs whose subject takes that role
_AGE = re.compile(r"\b(\d{1,3})-year-old\b")


# "The authority said" after a second body named with the noun in its name since the first was last told of ("The
# Independent Communications Authority of South Africa said ... The authority said ... In Accra, the Volta River
# Authority said ... The authority said"): the body named since, in reach, not the one the noun last described, as a
# reader takes the newest body of that kind. Only a body whose own name holds the noun, named in a later sentence than
# the described body's last mention. Written by bodynames (thirty-seventh set; docs/occasion-rounds.md).
BODIES_NAMED_SINCE_BY_THEIR_NOUN = True


class Coreference(Bodies):
    """Resolves every non-name mention of ``doc`` into ``clusters``; ``token_mention`` maps tokens to mentions."""

    def run(self) -> None:
        for mention in self.mentions:
            if mention.kind == "name":
                cluster = self.clusters.clusters[mention.cluster] if mention.cluster is not None else None
                age_given = age_set_off(self.doc, mention.end) if AGES_OF_NAMES else None
                if cluster is not None and cluster.type == "PERSON" and age_given is not None:
                    self._give_age(age_given, cluster)
            elif mention.kind == "pronoun":
                cluster = self._pronoun(mention)
                if cluster is not None:
                    cluster.add(mention)
                    if self._tells_gender(mention):
                        cluster.pronoun_genders[mention.gender] += 1
            else:
                cluster = self._description(mention)
            if cluster is not None:
                self._touch(cluster, mention)

    def _named_later_in_clause(self, description: MentionSpan) -> list[Cluster]:
        """The people named by name later in the clause a description is the subject of, or in a clause it governs,
        which the description cannot stand for: "The GOP presidential front-runner predicted in March that if Rubio ran
        for president and lost, he wouldn't ..." is not Rubio, since a reporter writes "he" for the subject again, never
        its name. Not a name in a clause told of another noun ("an interview ..., in which Clinton expressed"), which
        a reporter may write far from the subject, nor the name right after it ("The economist Robert J. Shapiro
        recently measured": its own name) (``DESCRIBED_NOT_NAMED_AFTER``)."""
        token = self.doc[description.head]
        if not DESCRIBED_NOT_NAMED_AFTER or token.dep_ not in NOMINAL_SUBJECTS or token.head.pos_ not in VERB_POS:
            return []
        named: list[Cluster] = []
        stack = [c for c in children_of(token.head) if c.i > token.i]
        while stack:
            word = stack.pop()
            if word.dep_ in _CLAUSES_OF_NOUNS:
                continue
            mention = self.token_mention.get(word.i)
            own_name = mention is not None and mention.start == description.end
            if mention is not None and mention.kind == "name" and not own_name:
                cluster = self.cluster_at(word)
                named.extend([cluster] if cluster is not None else [])
            stack.extend(children_of(word))
        return named

    def _description(self, mention: MentionSpan) -> Cluster:
        age = _AGE.search(mention.text)
        cluster = (
            self._apposed_across(mention)
            or self._structural_link(self.doc[mention.head])
            or self._name_right_after(mention)
        )
        if cluster is not None and age is not None and not mention.indefinite:
            self._give_age(age.group(1), cluster)  # "Jago Pascoe, the 47-year-old coxswain,": his, as with his name
        cluster = cluster or self._same_age(mention, age)
        cluster = cluster or self._earlier_reference(mention)
        if cluster is None:
            cluster = self.clusters.new(mention)
            if mention.specific:
                self.specific[self._specific_key(mention)] = cluster
        else:
            cluster.add(mention)
        if age is not None and not mention.indefinite:
            self.aged.setdefault(age.group(1), cluster)
        return cluster

    def _give_age(self, age: str, cluster: Cluster) -> None:
        """An age given with the person's name or beside it: the one "the 47-year-old" means from now on."""
        self.aged.setdefault(age, cluster)
        self._ages.setdefault(cluster.index, set()).add(age)

    def _aged_otherwise(self, cluster: Cluster, mention: MentionSpan) -> bool:
        """Whether an age description ("the 47-year-old") cannot be ``cluster``, given another age before."""
        age = _AGE.search(mention.text)
        ages = self._ages.get(cluster.index, set())
        return AGES_OF_NAMES and age is not None and bool(ages) and age.group(1) not in ages

    def _same_age(self, mention: MentionSpan, age: re.Match[str] | None) -> Cluster | None:
        """ "the 64-year-old" paragraphs after "The 64-year-old Democrat": the one given that age before."""
        if age is None or mention.role != AGE_ROLE or mention.indefinite:
            return None
        return self.aged.get(age.group(1))

    def _earlier_reference(self, mention: MentionSpan) -> Cluster | None:
        if mention.specific:  # only the same again: "the Saudi government" ... "the Saudi government"
            same = self.specific.get(self._specific_key(mention))
            return same or (self._last_titled(mention) if self._owned_by_a_body(mention) else None)
        return None if mention.indefinite else self._definite_link(mention)

    def _owned_by_a_body(self, mention: MentionSpan) -> bool:
        """ "The court's newest justice", "the company's chief executive": a person's role owned by a body told of by
        "the" and a common noun ("the court"), not by a name ("Cameron's spokesman" is somebody else's) nor by
        somebody's body ("his party's nominee" is whoever the party chose this time)."""
        role = lexicons().role_nouns.get(mention.role or "")
        if role is None or role.kind != "person" or mention.plural:
            return False
        owners = [c for c in children_of(self.doc[mention.head]) if c.dep_ == "poss"]
        return (
            len(owners) == 1
            and owners[0].tag_ == "NN"
            and a_body_noun(owners[0])
            and [c.lower_ for c in children_of(owners[0]) if c.dep_ != "case"] == ["the"]
        )

    def _specific_key(self, mention: MentionSpan) -> str:
        """The same words, or the same named owner and noun: "Trump’s campaign", "the Trump campaign" and
        "Donald Trump's campaign" are one campaign, Clinton's another."""
        words = self.doc[mention.start : mention.head]
        if any(t.pos_ in ("ADJ", "NUM") for t in words):
            return fold(mention.text)  # "Clinton's first Senate campaign" is one of her campaigns
        for token in words:
            owner = self.cluster_at(token)
            if owner is None and token.is_alpha and token.text[0].isupper():  # "the Trump campaign": no mention
                owner = self.clusters.match_name(frozenset({fold(token.text)}))
            if owner is not None and owner.named:
                return f"{owner.index} {mention.role}"
        return fold(mention.text)

    def _apposed_across(self, mention: MentionSpan) -> Cluster | None:
        """ "read to the court by prosecutor Amit Shah, Okafor's widow, Grace, said": the parser hangs a description and
        the name after it both on the name before; when the description's gender is not that name's, it is the next
        name's (a one-word name the tagger took for a body is then a person's)."""
        head = self.doc[mention.head]
        if head.dep_ != "appos" or mention.gender == "unknown" or mention.plural:
            return None
        before = self.cluster_at(head.head)
        if before is None or before.type != "PERSON" or before.gender in (mention.gender, "unknown"):
            return None
        # the name after it, hung on the same name or on the description itself ("the victim's mother, Ellen,")
        after = [
            c
            for c in (*children_of(head.head), *children_of(head))
            if c.dep_ == "appos" and c.i > head.i and set_off(c)
        ]
        named = self.cluster_at(after[0]) if after else None
        if named is None or not named.named or named.plural or named.gender not in (mention.gender, "unknown"):
            return None
        if named.type == "ORG" and len(named.key) == 1:
            named.type = "PERSON"
        return named if named.type == "PERSON" else None

    def _structural_link(self, head: Token) -> Cluster | None:
        """Apposition ("X, the director"; "the director, X") and copula ("the first ... is X")."""
        if (
            head.dep_ == "appos"
            and (linked := self.cluster_at(head.head)) is not None
            and not (FRONTED_PHRASE_SUBJECTS and verb_after_a_fronted_phrase(head) is not None)
        ):
            return linked
        if (named := self._apposed_beside(head)) is not None:
            return named
        # "Lumora's biggest backer, the venture firm Northgate Partners,": when the noun it stands beside is
        # no mention, the name beside it still is
        for child in children_of(head):
            if child.dep_ == "appos" and not past_own_phrase(head, child) and (linked := self.cluster_at(child)):
                return linked
        if (named := self._named_through_description(head)) is not None:
            return named
        if (named := self.person_after_its_place(head)) is not None:
            return named
        if (named := self._named_as(head)) is not None:
            return named
        if CLAUSE_GIVES_OWN_NAME and (named := self._own_name_in_its_clause(head)) is not None:
            return named
        verb = head.head
        if verb.lemma_ != "be" or head.dep_ not in ("nsubj", "attr"):
            return None
        other_dep = "attr" if head.dep_ == "nsubj" else "nsubj"
        for child in children_of(verb):
            if child.dep_ == other_dep and (linked := self.cluster_at(child)) is not None and linked.named:
                return linked
        return None

    def _name_right_after(self, mention: MentionSpan) -> Cluster | None:
        """ "The economist Robert J. Shapiro recently measured": a definite description ending in its head noun, with a
        person's name right after it and no mark between, is that person's title, however the parser hangs the two
        (here both subjects of the verb, or the name in apposition to the noun) (``TITLE_BEFORE_NAME_JOINED``)."""
        head = self.doc[mention.head]
        if not TITLE_BEFORE_NAME_JOINED or mention.indefinite or head.i != mention.end - 1:
            return None
        after = self.token_mention.get(mention.end)
        if after is None or after.kind != "name" or after.start != mention.end:
            return None
        name = self.doc[after.head]
        if not (
            (name.head == head.head and name.dep_ == head.dep_ and name is not head.head)
            or (name.head == head and name.dep_ in ("appos", "compound"))
        ):
            return None
        named = self.cluster_at(name)
        if named is None or named.type != "PERSON" or not named.named or named.plural:
            return None
        return named

    def _apposed_beside(self, head: Token) -> Cluster | None:
        """ "Delacroix's teammate, the rookie forward Jalen Moss, said": the parser hangs the description and the
        name after it both as appositions on a noun that is no mention ("teammate"); the name is the description's.
        Only a person's name, the next apposition after the description, on a noun for no one named."""
        noun = head.head
        if head.dep_ != "appos" or self.cluster_at(noun) is not None:
            return None
        after = [c for c in children_of(noun) if c.dep_ == "appos" and c.i > head.i]
        named = self.cluster_at(after[0]) if after else None
        if named is None or named.type != "PERSON" or not named.named or named.plural:
            return None
        return named

    def _named_through_description(self, head: Token) -> Cluster | None:
        """ "Faraday's widow, the theatre director Ines Vall,", "Faraday's oldest friend, the playwright Sir Dominic
        Achebe,": a description set off by a comma in apposition to a noun for a person, with a person's name in
        apposition to it in turn (the parser hangs the name on the role noun before it), names that person. Only
        for a head that is a noun for a person and a description set off by a comma ("the playwright" may be a
        noun the lexicon lacks), which is no mention yet (it comes after the head); the name must be a person's."""
        if not a_person_noun(head):
            return None
        for child in children_of(head):
            if child.dep_ != "appos" or child.pos_ != "NOUN" or not set_off(child):
                continue
            names = [c for c in children_of(child) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > child.i]
            named = self.cluster_at(names[0]) if names else None
            if named is not None and named.type == "PERSON" and named.named and not named.plural:
                return named
        return None

    def _named_as(self, head: Token) -> Cluster | None:
        """ "Lucía Ruiz, who worked as the chain's bookkeeper", "Okafor served as the family's lawyer": the role
        after "as" on a verb whose subject is a named person, or on a relative clause of a named person's name,
        is that person's ("the bookkeeper replied" finds her)."""
        if head.dep_ != "pobj" or head.head.lower_ != "as" or head.head.dep_ != "prep":
            return None
        verb = head.head.head
        if verb.pos_ not in VERB_POS:
            return None
        subjects = nominal_subjects(verb)
        if verb.dep_ == "relcl" and subjects and all(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
            subjects = [verb.head]
        named = [self.cluster_at(s) for s in subjects]
        people = [c for c in named if c is not None and c.type == "PERSON" and c.named and not c.plural]
        return people[0] if len(people) == 1 else None

    def _own_name_in_its_clause(self, head: Token) -> Cluster | None:
        """ "said the first caller, who gave her name as Maureen from Eastfield": a description with a who-clause of
        its own giving its own name is the person so named (``CLAUSE_GIVES_OWN_NAME``)."""
        # "the man, a 54-year-old office worker from Goyang who gave only his surname, Yoon": the clause may be on the
        # description's apposition (``introductions.NAME_HALVES_GIVEN``)
        apposed = [a for a in rights_of(head) if a.dep_ == "appos"] if introductions.NAME_HALVES_GIVEN else []
        nouns = [head, *apposed]
        for clause in (c for n in nouns for c in rights_of(n) if c.dep_ == "relcl"):
            if not any(w.lower_ == "who" and w.dep_ in NOMINAL_SUBJECTS for w in lefts_of(clause)):
                continue
            # the name after "as" ("gave her name as Maureen") or set off beside "name" ("gave his first name, Declan")
            given = [n for p in children_of(clause) if p.lower_ == "as" or p.dep_ == "dobj" for n in children_of(p)]
            given += _after_a_misread_as(clause)
            given += [n for p in children_of(clause) if p.dep_ == "dobj" and (n := name_set_off_after(p)) is not None]
            for name in given:
                named = self.cluster_at(name) if giving_own_name(name) == clause else None
                if named is not None and named.type == "PERSON" and named.named and not named.plural:
                    return named
        return None

    def person_after_its_place(self, head: Token) -> Cluster | None:
        """ "Her editor at Harbourline Press, Simon Achterberg,": the parser hangs the person's name as an
        apposition on the body or place the description ends in; a person is no apposition of a body, so
        the name is the description's. So through a place's own phrase ("A financial planner at the University of
        Nebraska at Kearney, Professor Martin Szabo,": the name hangs on "Kearney", the place of the university)."""
        nouns = [(head, 0)]
        while nouns:
            noun, depth = nouns.pop()
            for prep in (c for c in children_of(noun) if c.dep_ == "prep"):
                for place in (c for c in children_of(prep) if c.dep_ == "pobj"):
                    own = self.cluster_at(place)
                    if (own is not None and own.type == "PERSON") or _region_after(place):
                        continue
                    for child in (c for c in children_of(place) if c.dep_ == "appos" and set_off(c)):
                        named = self.cluster_at(child)
                        if named is not None and named.type == "PERSON" and named.named:
                            return named
                    if depth + 1 < PLACE_PHRASES:
                        nouns.append((place, depth + 1))
        return None

    def _described_so_before(self, mention: MentionSpan) -> Cluster | None:
        """The one named person a description set beside their name held every word of this definite description
        ("the 44-year-old former fisheries officer" after "St. Rose, a 44-year-old former fisheries officer,";
        ``DESCRIPTIONS_SAID_AGAIN``)."""
        if not DESCRIPTIONS_SAID_AGAIN or mention.plural or mention.role is None:
            return None
        words = _describing_words(self.doc[mention.start : mention.end])
        if len(words) < _DESCRIPTION_WORDS:
            return None
        so_described = [
            cluster
            for cluster in self.recent
            if cluster.type == "PERSON"
            and cluster.named
            and not cluster.plural
            and any(
                m.kind == "description"
                and m.role == mention.role
                and m.start < mention.start
                and _set_beside_a_name(self.doc[m.head])
                and words <= _describing_words(self.doc[m.start : m.end])
                for m in cluster.mentions
            )
        ]
        return so_described[0] if len(so_described) == 1 else None

    def same_role(self, role: str | None, plural: bool) -> Cluster | None:
        """The most recent entity described with this role noun ("the minister" ... "the minister"), in its number or
        in the number of a description of it by that noun with a body's name apposed ("the show's producers,
        Penhallow Vane Productions," ... "The producers added": ``BODY_KEEPS_ITS_DESCRIPTION_S_NUMBER``)."""
        return next(
            (c for c in self.recent if role in c.roles and (c.plural == plural or self._so_described(c, role, plural))),
            None,
        )

    def _so_described(self, cluster: Cluster, role: str | None, plural: bool) -> bool:
        """Whether ``cluster`` was described by ``role`` in the number ``plural`` with a body's name (by the tagger's
        label) apposed to the noun (``BODY_KEEPS_ITS_DESCRIPTION_S_NUMBER``)."""
        if not BODY_KEEPS_ITS_DESCRIPTION_S_NUMBER:
            return False
        described = (
            m
            for m in cluster.mentions
            if m.kind == "description"
            and m.role == role
            and m.plural == plural
            # "one of Ukraine's richest men, Rinat Akhmetov,": a member of the group, not the group
            and self.doc[m.head].dep_ != "pobj"
        )
        return any(
            c.dep_ == "appos" and c.ent_type_ == "ORG" and set_off(c)
            for m in described
            for c in children_of(self.doc[m.head])
        )

    def _of_another(self, mention: MentionSpan, same_role: Cluster) -> bool:
        """Whether a description of a person's role "of" a name ("the representative of China", "the mayor of Lyon")
        follows one of the same role "of" another name: a role held for one country or body is no other's holder."""
        own = of_name(self.doc[mention.head])
        if own is None:
            return False
        # the latest description of that role before it only: a walk of every mention, each mention, grew with the text
        for other in reversed(same_role.mentions):
            if other.kind == "description" and other.role == mention.role and other.start < mention.start:
                held_for = of_name(self.doc[other.head])
                return held_for is not None and held_for != own
        return False

    def _definite_link(self, mention: MentionSpan) -> Cluster | None:
        if (again := self._described_so_before(mention)) is not None:
            return again
        same_role = self.same_role(mention.role, mention.plural)
        if same_role is not None and self._of_another(mention, same_role):
            return None  # "the representative of China" after "the representative of the Russian Federation"
        role = lexicons().role_nouns.get(mention.role or "")
        if role is not None and role.kind == "anonymous" and not mention.plural:
            # "The detective added" after "Detective Inspector Lucy Varnham told ...": a noun for an unnamed source
            # given as the title of a person named just before is that person
            return self.titled(mention.role or "", mention.start) or same_role
        if role is None and not mention.plural and born_somewhere(self.doc[mention.head]):
            # "the Wellington-born lock said": a noun the lexicon lacks, a person's by the birthplace it is told with,
            # is the person named near as a lexicon's noun would be (``role_descriptions.PERSONS_BY_BIRTHPLACE``)
            return self._definite_person(mention, same_role)
        if role is None or role.kind == "anonymous" or mention.plural:
            return same_role
        if role.kind == "person":
            return self._definite_person(mention, same_role)
        return self._definite_body(mention, "OUTLET" if role.kind == "outlet" else "ORG", same_role)

    def _definite_person(self, mention: MentionSpan, same_role: Cluster | None) -> Cluster | None:
        """The person a definite description by a person noun ("the singer", "the detective") is: one titled or named
        so, the one last so described when near or unnamed and speaking, the sole one titled so, or one named near."""
        if possessed_by_pronoun(self.doc[mention.head]):
            return same_role  # "my husband", "her lawyer": somebody of the possessor's, never the possessor
        if (placed := self._titled_after_its_place(mention)) is not None:
            return placed  # "the Florida senator" of a race story: the one named as "Florida Sen. Marco Rubio"
        if (titled := self.titled(mention.role or "", mention.start)) is not None:
            return titled  # "the singer" of a band story: the one named as "Singer Cathal Brennan"
        if (doer := self._doer_of_the_role(mention)) is not None:
            return doer
        in_reach = self._recent_within(mention, DESCRIPTION_WINDOW)
        if same_role is not None and self._aged_otherwise(same_role, mention):
            same_role = None  # "the 30-year-old" after "the 27-year-old": somebody else
        if same_role is not None and (same_role in in_reach or (not same_role.named and self._spoke(same_role))):
            # an unnamed source again ("a committee member" ... "the member"), or near; an unnamed one told of
            # far back who never spoke ("A celebrated historian is accused of ..." in a standfirst, "a black actor"
            # in another item of a list) is no anchor for "the historian", "the actor" paragraphs on: the person
            # named near it is
            return same_role
        sole = self.sole_titled(mention.role or "", mention.start)
        if sole is not None and same_role in (None, sole):
            return sole  # unless the noun was last somebody else's: "the governor" of a debate, named once
        if capitalised_office(self.doc[mention.head]):
            # "the King said" after the dean who read his message out: an office written as a title is its holder's,
            # never whoever was named last
            return same_role
        asking = mention.role in _INTERVIEWERS and puts_a_question(self.doc, mention)
        if INTERVIEWERS_NOT_THE_LAST_NAMED and asking:
            return same_role
        return self._person_named_near(mention, same_role)

    def _person_named_near(self, mention: MentionSpan, same_role: Cluster | None) -> Cluster | None:
        """The salient named person a definite person description is, with the people its clause names (and who it was
        asked by or told to) ruled out; None for the teller of a nested report; else ``same_role``."""
        # "the actress" paragraphs after the last named one: the person named near it, if any; the one a question
        # was put to in the sentence before answers it ("The chair asked Calloway why ... The historian said")
        others = self._interlocutors(mention) if INTERLOCUTORS_NOT_SPEAKERS else set()
        others |= {c.index for c in self._clause_objects(self.doc[mention.head])}
        reporters = self._reporters(self.doc[mention.head])
        if reporters and reports_words(self.doc[mention.head].head.lemma_.lower()):
            # the teller of a nested report ("Mr Kinnane said the pilot had told him"): a third person the reporter
            # passes on, not whoever was told of last
            return None
        others |= {c.index for c in reporters}
        named_after = {c.index for c in self._named_later_in_clause(mention)}
        # with the people its clause names ruled out, the description is somebody named just before, or nobody
        # named yet: not whoever an earlier item of a live blog told of
        reach = {c.index for c in self._recent_within(mention, DESCRIPTION_WINDOW)} if named_after else None
        others |= named_after
        person = (
            self._asked_before(mention)
            or self._aged_next(mention)
            or self._pick_salient(
                mention,
                lambda c: (
                    c.type == "PERSON"
                    and c.named
                    and not c.plural
                    and c.index not in others
                    and (reach is None or c.index in reach)
                    and not self._aged_otherwise(c, mention)
                ),
            )
        )
        return person or same_role

    def _definite_body(self, mention: MentionSpan, wanted: str, same_role: Cluster | None) -> Cluster | None:
        """The body (``wanted``: "ORG" or "OUTLET") a definite description by a body noun ("the museum", "the paper")
        is: the one last so described (or the body named since with the noun in its name), else a named one near."""
        noun = mention.role or ""
        near = self._pick(
            mention,
            DESCRIPTION_WINDOW,
            lambda c: (
                c.type == wanted
                and c.named
                and not named_as_other_kind(c, noun)
                and not described_as_other_kind(c, noun)
                and (wanted != "ORG" or c.index in self._told_of)
            ),
        )
        if same_role is not None and not same_role.named and same_role.mentions[0].indefinite:
            # "a Bristol museum that had raised money ... the Hartley Museum of Exploration ... The museum went to
            # £1.2m": a body brought in unnamed is the one body named since with the noun in its name
            named = self._body_named_so(mention, wanted, noun)
            if named is not None and named.first_start > same_role.first_start:
                return named
        if same_role is not None and self._named_since_by_the_noun(near, same_role, noun):
            return near
        if same_role is not None:
            return near if noun in _NEWSPAPER_NOUNS and self._paper_in_focus(same_role, near) else same_role
        # "the university" after "Norland University" and a journal's name: the body named so (not an outlet, which
        # "the network" or "the paper" describes whatever its name: "CNN")
        if wanted == "ORG" and near is not None and noun not in near.key:
            near = self._body_named_so(mention, wanted, noun) or self._body_of_its_kind(mention, near, noun) or near
        if near is not None or wanted != "ORG":
            return near or self._body_named_so(mention, wanted, noun)
        return (
            self._body_named_so(mention, wanted, noun)
            or self._modifier_body(mention, noun)
            or self._main_body(mention, noun)
        )

    def _named_since_by_the_noun(self, near: Cluster | None, described: Cluster, noun: str) -> bool:
        """Whether the body in reach (``near``) was named, by a name holding the description's noun, in a sentence after
        the last one that told of the body the noun last described (``BODIES_NAMED_SINCE_BY_THEIR_NOUN``)."""
        if not BODIES_NAMED_SINCE_BY_THEIR_NOUN or near is None or near is described or noun not in near.key:
            return False
        return self._named_last.get(near.index, -1) > self.last_sentence.get(described.index, -1)

    def _reporters(self, head: Token) -> list[Cluster]:
        """Who reports the clause a description opens as its subject, which the description cannot be: in "Mr Kinnane
        said the pilot had told him ...", "He wrote that the branch manager had told the Chamber of Trade ...", the one
        who says it would have been "he" in his own report, never a full description (``REPORTERS_NOT_REPORTED``)."""
        clause = head.head
        if not REPORTERS_NOT_REPORTED or head.dep_ not in NOMINAL_SUBJECTS or clause.dep_ != _REPORTED_CLAUSE:
            return []
        teller = clause.head
        # a report after its clause ("The Vermont congressman also plans to vote for Sanders, Welch said") is no
        # clause above the description's: news writes the teller so of himself
        if teller.i > head.i or teller.pos_ not in VERB_POS or not reports_words(teller.lemma_.lower()):
            return []
        return [c for c in (self.cluster_at(s) for s in children_of(teller) if s.dep_ in NOMINAL_SUBJECTS) if c]

    def _asked_before(self, mention: MentionSpan) -> Cluster | None:
        """The one named person asked a question in the sentence right before a source's description: "The panel's
        chair asked Calloway why passages appeared in the book. The historian, 61, said ..."."""
        if mention.head not in self.sources:
            return None
        here = self.sentence_of[mention.head]
        if here == 0:
            return None
        before = self.sentences[here - 1]
        # every object of an "ask" read (``one_asked.objects_asked``): "asked him a question" names "him" and no person
        asked = [
            c
            for verb in before
            if verb.lemma_.lower() in QUESTIONING and verb.pos_ == "VERB"
            for o in objects_asked(verb)
            if (c := self.cluster_at(o)) is not None and c.type == "PERSON" and c.named and not c.plural
        ]
        return asked[0] if len(asked) == 1 else None

    def _aged_next(self, mention: MentionSpan) -> Cluster | None:
        """The one named person the sentence right after a source's description names as a subject given an age:
        "... the Polish-born chemist told Swiss broadcaster SRF. Wierzbicki, 54, who has worked at ETH Zurich". Not for
        a description that gives an age of its own: '"...," the 27-year-old said. Reid, 30, responded' is another."""
        if not AGED_NEXT_NAMES_DESCRIPTION or mention.head not in self.sources or _AGE.search(mention.text):
            return None
        after = self.sentence_of[mention.head] + UNINTRODUCED_REACH
        if after >= len(self.sentences):
            return None
        aged = {
            c.index: c
            for token in self.sentences[after]
            if (name := self.token_mention.get(token.i)) is not None
            and name.kind == "name"
            and token.i == name.head
            and given_an_age(self.doc, name)
            and (c := self.cluster_at(token)) is not None
            and c.type == "PERSON"
            and not c.plural
            and not c.ruled_out(mention.gender)
        }
        return next(iter(aged.values())) if len(aged) == 1 else None

    def _spoke(self, cluster: Cluster) -> bool:
        """Whether a mention of ``cluster`` so far is a statement's source."""
        return any(m.head in self.sources for m in cluster.mentions)

    def _doer_of_the_role(self, mention: MentionSpan) -> Cluster | None:
        """ "“I was angry ...,” the witness replied" after "Maria Teixeira ... testified": a role a verb gives (the one
        who testifies is the witness) is the named person last told as that verb's subject, not the most salient one
        (the lawyer who asked)."""
        verbs = _ROLE_VERBS.get(mention.role or "")
        if verbs is None:
            return None
        role = mention.role or ""
        if role not in self._role_subjects:  # found once a document: a walk of the text per mention was quadratic
            self._role_subjects[role] = [
                t for t in self.doc if t.dep_ in NOMINAL_SUBJECTS and t.head.lemma_.lower() in verbs
            ]
        # the last one before the mention, read now: a subject's entity is known once the walk has passed it
        for token in reversed(self._role_subjects[role]):
            if token.i >= mention.start:
                continue
            found = self.cluster_at(token)
            if found is not None and found.type == "PERSON" and found.named and not found.plural:
                return found
        return None


def _describing_words(words: Iterable[Token]) -> frozenset[str]:
    """The lower-case words of a description that say what the one described is: no article, possessive or mark."""
    return frozenset(t.lower_ for t in words if t.dep_ not in _NOT_DESCRIBING and not (t.is_punct or t.is_space))


def _set_beside_a_name(head: Token) -> bool:
    """Whether a description's noun stands in apposition with a proper name, either way round: "St. Rose, a former
    fisheries officer,", "a former fisheries officer, Kenson St. Rose,"."""
    beside = [head.head] if head.dep_ == "appos" else []
    beside.extend(c for c in children_of(head) if c.dep_ == "appos")
    return any(t.pos_ == "PROPN" for t in beside)


def _after_a_misread_as(clause: Token) -> list[Token]:
    """The word right after the "as" that follows the object of ``clause`` ("gave her name only as MaNgcobo", adverbs
    aside), when the parser hung that "as" elsewhere (``introductions.AS_READ_AS_A_CLAUSE``): the name given, whose
    phrase's head ``giving_own_name`` then reads."""
    doc = clause.doc
    found = []
    for own in (c for c in children_of(clause) if c.dep_ == "dobj"):
        at = own.i + 1
        while at < len(doc) and doc[at].pos_ == "ADV":
            at += 1
        if at + 1 < len(doc) and doc[at].lower_ == "as" and doc[at].head is not clause:
            found.append(_phrase_head(doc[at + 1]))
    return found


def _phrase_head(token: Token) -> Token:
    """The head of the noun phrase ``token`` opens: "Mokoena" of "Thabo Mokoena" (a compound hangs on its head)."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token

"""The body a description of an organisation stands for when no body is in reach or the nearest one is not it.

"A Coastal Air flight ... the airline said": the body named as a modifier in the description's own sentence
(``_modifier_body``); "the company said" with no body in reach: the body named most often before, whose name says no
kind (``_main_body``); "The regulator said" after a bank's and a board's names: the body in reach whose name has a kind
the noun may describe (``_body_of_its_kind``); "The hospital said": the one body whose own name holds the noun
(``_body_named_so``); "the paper" of a review of the papers: the paper in focus (``_paper_in_focus``). The word classes
it reads are ``body_kinds``'; when a description asks, and what it falls back on, is ``coref``'s (``_definite_link``).
"""

from __future__ import annotations

from quotegraph.nlp.resolve.speakers import role_descriptions
from quotegraph.nlp.resolve.speakers.body_kinds import BODY_KINDS, name_kinds, named_as_other_kind
from quotegraph.nlp.resolve.speakers.clusters import Cluster
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan
from quotegraph.nlp.resolve.speakers.name_indexes import NameTally
from quotegraph.nlp.resolve.speakers.named_after import NamedAfter
from quotegraph.nlp.resolve.speakers.names import fold
from quotegraph.nlp.resolve.speakers.phrase_forms import set_off
from quotegraph.nlp.resolve.speakers.title_holders import DESCRIPTION_WINDOW

# Nouns a body whose name says no kind is described by ("Halvorsen Logistics" is "the company", "the firm")
_GENERIC_BODY_NOUNS = frozenset({"company", "firm"})
_MAIN_BODY_NAMES = 2  # times a body is named before a generic noun finds it with no body in reach: more than once
# An organisation noun said with "the" is the one body named before whose name of two or more words ends in that noun,
# whatever label the tagger gave the name ("the nonpartisan Congressional Budget Office reported", tagged an outlet
# after its verb, "... the budget office said"; a body's name tagged a person or left other has no ORG to link to).
# Only a name of two or more words whose last word is the noun, so a place's or a person's name (which never ends in
# an organisation noun) is not taken; the one such body named before, as for an ORG (``_body_named_so``).
# Rule on against off (fast.py, cache17; describedgap): train-d 1 article, 5 statements, each better
# (nyt_2016-01-20_falling-deficit: "The budget office said" x5 is the Congressional Budget Office, tagged an outlet,
# and takes its report's "on Tuesday", which gold carries to several of its statements: time 0.6781 -> 0.6797, false
# fill 0.0824 -> 0.0826); every other train-d score, train 0-59 and train-c byte-identical; news pages: fires on none
# (the whole output, entities included, is identical on all 171 with the rule on and off, the six held-out pages of
# the last two blind sets among them). Its gain is in train, on no page: a repair of the tagger's label, not a
# page's form.
LABEL_BOWS_TO_THE_NAME_S_NOUN = True
_NAME_AND_NOUN = 2  # words: a name before the noun and the noun ("Budget Office"); a bare "Office" names no body


class Bodies(NamedAfter):
    """The bodies of the coreference pass: which organisation a description of one stands for, past what is in reach."""

    def _paper_in_focus(self, described: Cluster, near: Cluster | None) -> bool:
        """Whether "the paper" is the paper named in reach (``near``) rather than what the noun last described: a
        document introduced unnamed ("A leaked Treasury paper dominates the front pages. ... The Clarion is
        unimpressed. ... the paper warns"; "a white paper") yields to a paper named in a later sentence than its
        introduction; in a review of the papers, one paper ("The Clarion") yields to the next one made a clause's
        subject in a later sentence than its own last mention ("The Dispatch leads on ...")."""
        if near is None or near is described:
            return False
        if described.named:  # read as the pass goes: a cluster's names are all in it from the start
            return self._named_subject_last.get(near.index, -1) > self.last_sentence[described.index]
        if described.mentions[0].indefinite:
            return self._named_last.get(near.index, -1) > self.sentence_of[described.mentions[0].head]
        return False

    def _modifier_body(self, mention: MentionSpan, noun: str) -> Cluster | None:
        """ "A Coastal Air flight ... turned back ..., the airline said": a body's name used only as a modifier
        earlier in the description's own sentence is no mention, but the body it names (named in full elsewhere)
        is the one the description means."""
        doc = self.doc
        sentence = doc[mention.head].sent
        for token in doc[sentence.start : mention.start]:
            if token.pos_ != "PROPN" or token.dep_ != "compound" or token.head.pos_ != "NOUN":
                continue
            words = [t for t in doc[token.left_edge.i : token.i + 1] if t.pos_ == "PROPN"]  # "Coastal Air"
            named = self.clusters.match_name(frozenset(fold(t.text) for t in words))
            if named is not None and named.type == "ORG" and not named_as_other_kind(named, noun):
                return named
        return None

    def _main_body(self, mention: MentionSpan, noun: str) -> Cluster | None:
        """ "The company said her dismissal was unrelated" sentences after "Halvorsen, which employs about 9,000
        people, denied the claims": with no body in reach, the body the article names most often before it, when
        its name says no kind of body (so a generic noun is how it is described) and it is named at least twice
        and more often than any other such body."""
        if noun not in _GENERIC_BODY_NOUNS:
            return None
        if self._bodies_named is None:  # once a document: a count over every entity per call was quadratic
            self._bodies_named = NameTally(
                [
                    c
                    for c in self.clusters.clusters
                    if c.type == "ORG" and c.named and not c.plural and not name_kinds(c)
                ]
            )
        leader, times = self._bodies_named.leader_before(mention.start, lambda c: c.type == "ORG")
        return leader if times >= _MAIN_BODY_NAMES else None

    def _body_of_its_kind(self, mention: MentionSpan, near: Cluster, noun: str) -> Cluster | None:
        """ "The regulator said" after "The Competition and Markets Board (CMB) said ... takeover of Corrigan
        Savings": when the nearest body's name has no kind word, the most recent body in reach whose name has
        one the noun may describe ("board" for "the regulator", "bank" for "the lender"), if it is the more
        salient of the two (the subject who spoke, not a body the nearest one's sentences are about)."""
        if name_kinds(near) or any(m.text.isupper() for m in near.mentions if m.kind == "name"):
            return None  # "FBI": an abbreviation hides the kind of body it names
        family = {word for kinds in BODY_KINDS if noun in kinds for word in kinds}
        kind = next(
            (
                c
                for c in self._recent_within(mention, DESCRIPTION_WINDOW)
                if c.type == "ORG" and c.named and not c.plural and name_kinds(c) & family
            ),
            None,
        )
        here = self.sentence_of[mention.head]
        if kind is None or self._salience(kind, here, False) <= self._salience(near, here, False):
            return None
        return kind

    def _body_named_so(self, mention: MentionSpan, wanted: str, noun: str) -> Cluster | None:
        """ "The hospital said" paragraphs after "a nurse at Hollins Memorial Hospital": with no body in
        reach, the one body named before whose own name holds the noun (none when two do). A body's name that ends in
        the organisation noun is that body's whatever label the tagger gave it ("the nonpartisan Congressional Budget
        Office reported" tagged an outlet, "the budget office said": ``LABEL_BOWS_TO_THE_NAME_S_NOUN``)."""
        named = [
            c
            for c in self.recent
            if (c.type == wanted or (wanted == "ORG" and self._named_ending_in(c, noun)))
            and c.named
            and not c.plural
            and (noun in c.key or self._named_beside(c, noun))
            and c.mentions[0].start < mention.start
        ]
        return named[0] if len(named) == 1 else None

    def _named_beside(self, cluster: Cluster, noun: str) -> bool:
        """Whether a name of the body was set off beside the noun ("data protection authority, Datatilsynet,": the
        text's own word for the body; ``role_descriptions.BODIES_APPOSED_TO_THEIR_NOUN``)."""
        if not role_descriptions.BODIES_APPOSED_TO_THEIR_NOUN:
            return False
        heads = (self.doc[m.head] for m in cluster.mentions if m.kind == "name")
        return any(h.dep_ == "appos" and h.head.lower_ == noun and set_off(h) for h in heads)

    def _named_ending_in(self, cluster: Cluster, noun: str) -> bool:
        """Whether a body the tagger labelled otherwise is named by a name of two or more words whose last word is the
        organisation noun ("Congressional Budget Office" for "the office", "Harwell County Highways Office" tagged a
        place): a person's or a place's own name never ends in one (``LABEL_BOWS_TO_THE_NAME_S_NOUN``)."""
        if not LABEL_BOWS_TO_THE_NAME_S_NOUN:
            return False
        return any(
            m.kind == "name" and m.end - m.start >= _NAME_AND_NOUN and self.doc[m.end - 1].lower_ == noun
            for m in cluster.mentions
        )

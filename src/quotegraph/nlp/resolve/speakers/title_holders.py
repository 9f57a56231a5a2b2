"""The people a description's noun names by title: "the guitarist" after "Guitarist Declan Moss".

``titled`` is the one person given the noun, or a shortening of it, as a title before a name in the last few sentences
(or in the headline, however far on); ``sole_titled`` the one person the article names with an honorific meaning the
noun ("the minister" after "Culture Minister Paul Ebanda"); ``_titled_after_its_place`` the one named with a place
before the title ("the Florida senator" after "Florida Sen. Marco Rubio"); ``_last_titled`` the last so titled. The
indexes it reads are ``name_indexes``'; which description asks, and what it falls back on, is ``coref``'s.
"""

from __future__ import annotations

from bisect import bisect_left

from quotegraph.nlp.resolve.headlines import opening_lines_end
from quotegraph.nlp.resolve.speakers.clusters import Cluster
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan
from quotegraph.nlp.resolve.speakers.name_indexes import Titled, place_words, placed_titles
from quotegraph.nlp.resolve.speakers.names import abbreviates_title
from quotegraph.nlp.resolve.speakers.pronouns import Pronouns

DESCRIPTION_WINDOW = 3  # sentences back a definite role description may look for a named person
# An office held for a place ("the Florida senator") is the one person named with the place before that title
# ("Florida Sen. Marco Rubio"; ``_titled_after_its_place``). Rule on against off (speakers round 24): train 0-59 one
# speaker better, none worse; train-d no speaker moved.
PLACED_TITLES = True
# A definite description by a title word the headline gives a person's name ("Kearney eighth-grader Anika Raman") is
# that person however many sentences on, when nobody else in the article is titled with it (``_titled_in_headline``);
# a title in the body reaches ``DESCRIPTION_WINDOW`` sentences only. With names.LOWER_CASE_TITLES, rule on against off
# (fast.py, cache8; pronouns2): train-d, train 0-59 and train-c byte-identical; news pages speaker and every field +1
# (spelling-bee-final 'she had studied for about four hours a day': 'the Horizon Middle School eighth-grader' -> Anika
# Raman, named five sentences before), no page worse. It fires on no train article: its evidence is that page and the
# unit test. pages35 tried school-year nouns in the role lexicon instead and lost train-d's '9th graders'.
HEADLINE_TITLES_REACH = True
# A definite description by a title word is the one person the article names with that word as a title before the
# name ("Coroner Helen Parata", "Harbour Foods chief executive Sandra Okoye") however far back, as the one given an
# honorific meaning the noun is (``sole_titled``): "The coroner said" after a mother and a nurse were quoted was the
# nurse, named last, and "The chief executive said" the analyst quoted between, since a plain title word reached
# ``DESCRIPTION_WINDOW`` sentences only. None when two people are titled with the noun anywhere in the article, nor
# when the noun was last somebody else's (``coref``), and only for one titled so before the description. Rule on against
# off (fast loop, cache36; titlelinks, the forty-third set, docs/occasion-rounds.md): every slice's aggregates
# unchanged; three statements of train-d and train-f read wrong by it (a list article's "The Afro-Colombian journalist"
# and her "she", the journalist titled two items before; "the candidate" of a Clinton story, "Republican candidate
# Donald Trump"); the tuned pages unchanged; the six blind check pages every field 52 -> 53, speaker 84 -> 85.
SOLE_TITLE_WORDS_REACH = True


class TitleHolders(Pronouns):
    """The title holders of the coreference pass: the person a description's noun names by title or honorific."""

    def _last_titled(self, mention: MentionSpan) -> Cluster | None:
        """ "Justice Paul Sandvik, appointed to the court last year, pushed back. ... The court's newest justice seemed
        unconvinced": the person last named with the role noun as a title before the description."""
        named = [
            (h.named_at[last], h.cluster)
            for h in self._titled_with(mention.role or "")
            if (last := bisect_left(h.named_at, mention.start) - 1) >= 0
        ]
        return max(named, key=lambda pair: pair[0])[1] if named else None

    def _titled_with(self, noun: str) -> list[Titled]:
        """The people whose names are given with ``noun`` as a title word or an honorific, in entity order."""
        if noun not in self._titles:  # found once a noun: a walk of every entity per mention would be quadratic
            people = (c for c in self.clusters.clusters if c.type == "PERSON" and not c.plural)
            found = (
                Titled(
                    c,
                    sorted(m.start for m in c.mentions if m.kind == "name"),
                    any(abbreviates_title(t, noun) for t in c.titles),
                    any(m.kind == "name" and m.role == noun for m in c.mentions),
                )
                for c in people
            )
            self._titles[noun] = [t for t in found if t.by_title or t.by_honorific]
        return self._titles[noun]

    def _titled_after_its_place(self, mention: MentionSpan) -> Cluster | None:
        """ "The Florida senator is predicting ..." in a race story that named "Texas Sen. Ted Cruz and Florida Sen.
        Marco Rubio": an office held for a place (the place's name before the noun) is the one person named before it
        with that place before a title giving the noun; none when two are ("the Florida governor" of a story naming
        a former one and the sitting one)."""
        place = place_words(self.doc[mention.start : mention.head])
        if not place or not PLACED_TITLES:
            return None
        if self._placed is None:  # found once: a walk of every name per description would be quadratic
            self._placed = placed_titles(self.doc, self.clusters.clusters)
        role = mention.role or ""
        holders: dict[int, Cluster] = {}
        for held in self._placed.get(place, []):  # in text order; two holders settle it
            if held.named_at >= mention.start or len(holders) > 1:
                break
            if any(abbreviates_title(t, role) for t in held.titles):
                holders[held.cluster.index] = held.cluster
        return next(iter(holders.values())) if len(holders) == 1 else None

    def titled(self, noun: str, at: int) -> Cluster | None:
        """ "“...,” the guitarist said" after "Guitarist Declan Moss", "the sergeant" after "Sgt. Luis Carrera": the one
        person with the noun, or a shortening of it, as the title before a name, mentioned in the last few sentences
        before token ``at`` (a title named paragraphs before is another item's in a list of people)."""
        here = self.sentence_of[at]
        holders = []
        for holder in self._titled_with(noun):
            if not holder.by_title:
                continue
            last = bisect_left(holder.named_at, at) - 1  # the last time the holder was named before
            if last >= 0 and here - self.sentence_of[holder.named_at[last]] <= DESCRIPTION_WINDOW:
                holders.append(holder.cluster)
        if not holders and HEADLINE_TITLES_REACH:
            return self._titled_in_headline(noun, at)
        return holders[0] if len(holders) == 1 else None

    def _titled_in_headline(self, noun: str, at: int) -> Cluster | None:
        """ "Kearney eighth-grader Anika Raman wins ..." then, paragraphs on, "the Horizon Middle School eighth-grader
        said": the headline titles the person the story is about, so the noun there means that person however far
        on, when the article titles nobody else with it."""
        titled = [h for h in self._titled_with(noun) if h.by_title]
        if len(titled) != 1:
            return None
        end = min(opening_lines_end(self.doc), at)
        person = titled[0].cluster
        in_headline = any(m.kind == "name" and m.start < end and noun in m.titles for m in person.mentions)
        return person if in_headline else None

    def sole_titled(self, noun: str, at: int) -> Cluster | None:
        """ "the minister said" paragraphs after "Culture Minister Paul Ebanda", with an ambassador quoted between: the
        one person the article names with an honorific giving the noun ("Minister", "Gov.", "Sen."), if named before
        token ``at``, however far back; none when two are, anywhere in the article (a liveblog's "Ohio Gov. John
        Kasich" and "former Florida Gov. Jeb Bush": the title then says nothing of which). Else the one person titled
        with the noun at all, by a title word or an honorific, titled so before ``at`` (``SOLE_TITLE_WORDS_REACH``)."""
        holders = [h for h in self._titled_with(noun) if h.by_honorific]
        if len(holders) == 1 and holders[0].named_at[0] < at:
            return holders[0].cluster
        if len(holders) > 1 or not SOLE_TITLE_WORDS_REACH:
            return None
        # "Coroner Helen Parata", "Harbour Foods chief executive Sandra Okoye": a title word that is no honorific,
        # given before the one person's name the article titles with the noun at all (``SOLE_TITLE_WORDS_REACH``)
        titled = [h for h in self._titled_with(noun) if h.by_title or h.by_honorific]
        if len(titled) != 1:
            return None
        # titled so before the description, not only named: "actress America Ferrera" in a list's fifth item is no
        # anchor for "the actress" of its second, though her name was in the list's opening line
        person = titled[0].cluster
        before = any(
            m.kind == "name" and m.start < at and any(abbreviates_title(t, noun) for t in m.titles)
            for m in person.mentions
        )
        return person if before else None

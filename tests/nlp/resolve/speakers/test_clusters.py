"""Names into entities: two people who share a surname, named groups, an outlet's short name, a person's name typed a
body's joined by the surname alone."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.nlp.lexicons.tables import Gender
from quotegraph.nlp.resolve.headlines import title_end
from quotegraph.nlp.resolve.speakers import clusters
from quotegraph.nlp.resolve.speakers.clusters import ClusterSet
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan

from ..conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow


def test_a_title_s_gender_tells_apart_two_people_with_one_surname(article: ArticleMaker) -> None:
    art = article(
        "Hillary Clinton campaigned in Iowa. Bill Clinton spoke in Ohio on Monday, and a rally followed. "
        "The crowd was large. Mr. Clinton said the economy was better in the 1990s. "
        "Mrs. Clinton said the race was close."
    )
    found = art.said(
        ("the economy was better in the 1990s", "Mr. Clinton"),
        ("the race was close", "Mrs. Clinton"),
    )
    assert found == ["Bill Clinton", "Hillary Clinton"]


def test_a_bare_surname_is_the_namesake_named_just_before(article: ArticleMaker) -> None:
    art = article(
        "Bill Clinton spoke in Ohio. Bill Clinton praised the crowd. "
        "Hillary Clinton spoke later in Iowa, where she met voters. Clinton said the race was close."
    )
    assert art.said(("the race was close", "Clinton", "voters.")) == ["Hillary Clinton"]


def test_far_from_both_namesakes_a_bare_surname_is_the_one_named_most(article: ArticleMaker) -> None:
    art = article(
        "Hillary Clinton campaigned in Iowa. Hillary Clinton met voters. Bill Clinton spoke in Ohio. "
        "The weather was cold. Turnout was low. Clinton said the race was close."
    )
    assert art.said(("the race was close", "Clinton", "low.")) == ["Hillary Clinton"]


def test_a_bare_surname_is_the_one_called_by_it_most_not_by_a_forename_alone(article: ArticleMaker) -> None:
    art = article(
        "Maria Lindqvist opened the bakery in 1998. Maria Lindqvist hired Tomas Lindqvist, her nephew, in May. "
        "Tomas starts work at five. Tomas bakes the rye. Tomas drives the van. "
        "The bakery was busy. Sales were up. Lindqvist said the bakery would open a second shop."
    )
    assert art.said(("would open a second shop", "Lindqvist", "up.")) == ["Maria Lindqvist"]


def test_a_bare_surname_is_never_a_namesake_named_only_after_it(article: ArticleMaker) -> None:
    art = article(
        "Chris Murphy spoke in Hartford on Monday. The crowd was large. Turnout was high. "
        "Murphy said the bill would pass. Anne Marie Murphy taught at the school. Anne Marie Murphy died in 2012."
    )
    assert art.said(("the bill would pass", "Murphy", "high.")) == ["Chris Murphy"]


def test_a_bare_group_name_is_the_fuller_one_just_named(article: ArticleMaker) -> None:
    art = article(
        "House Republicans met on Tuesday. The Republicans said the bill would pass. "
        "Senate Democrats blocked it on Friday. Democrats said the bill was unfair."
    )
    found = art.said(
        ("the bill would pass", "The Republicans"),
        ("the bill was unfair", "Democrats", "Friday."),
    )
    assert found == ["House Republicans", "Senate Democrats"]


def test_an_outlet_s_short_name_is_the_outlet_named_in_full(article: ArticleMaker) -> None:
    art = article("The New York Daily News ran the story on Monday. Later the Daily News said the memo was authentic.")
    assert art.said(("the memo was authentic", "the Daily News")) == ["The New York Daily News"]


def _name(doc: Doc, start: int, end: int, gender: Gender = "unknown") -> MentionSpan:
    span = doc[start:end]
    return MentionSpan(start, end, end - 1, "name", span.text, span.start_char, span.end_char, "PERSON", gender)


def test_a_headline_s_run_of_capitals_loses_a_surname_to_the_body_s_name(nlp: Language) -> None:
    words = [
        "Gorka",
        "Slam",
        "Neocons",
        ",",
        "Gorka",
        "Slam",
        "Left",
        "\n",
        "Sebastian",
        "Gorka",
        "spoke",
        ".",
        "Gorka",
        "said",
        "no",
        ".",
    ]
    sent_starts: list[bool | int | None] = [i in (0, 8, 12) for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, sent_starts=sent_starts)
    assert doc[title_end(doc)].text == "\n"
    names = [_name(doc, 0, 2), _name(doc, 4, 6), _name(doc, 8, 10), _name(doc, 12, 13)]
    clusters = ClusterSet()
    clusters.cluster_names(doc, names)
    bare = names[-1]
    assert bare.cluster is not None and clusters.clusters[bare.cluster].name == "Sebastian Gorka"


def test_a_title_case_headline_ends_before_the_body(nlp: Language) -> None:
    assert title_end(Doc(nlp.vocab, words=["No", "headline", "here", "."])) == 0


def test_a_name_tagged_once_as_a_person_is_a_person(nlp: Language) -> None:
    words = ["Rush", "Limbaugh", "Explains", "\n", "Rush", "Limbaugh", "spoke", ".", "Limbaugh", "left", "."]
    doc = Doc(nlp.vocab, words=words, sent_starts=[i in (0, 4, 8) for i in range(len(words))])
    headline, body, bare = _name(doc, 0, 2), _name(doc, 4, 6), _name(doc, 8, 9)
    headline.type = "ORG"
    clusters = ClusterSet()
    clusters.cluster_names(doc, [headline, body, bare])
    assert bare.cluster is not None and headline.cluster == body.cluster == bare.cluster
    assert clusters.clusters[bare.cluster].type == "PERSON"


def test_a_lone_surname_is_the_person_whose_name_ends_with_it(nlp: Language) -> None:
    words = ["Trump", "Tower", "and", "Trump", "Tower", "rose", ".", "Donald", "Trump", "spoke", ".", "Trump", "left"]
    doc = Doc(nlp.vocab, words=words, sent_starts=[i in (0, 7, 11) for i in range(len(words))])
    tower, again, donald, bare = _name(doc, 0, 2), _name(doc, 3, 5), _name(doc, 7, 9), _name(doc, 11, 12)
    clusters = ClusterSet()
    clusters.cluster_names(doc, [tower, again, donald, bare])
    assert bare.cluster == donald.cluster != tower.cluster


def test_a_short_forename_names_the_person_named_with_the_formal_one(nlp: Language) -> None:
    words = ["Ken", "Starr", "spoke", ".", "Kenneth", "Starr", ",", "the", "counsel", ",", "wrote", ".", "Ken", "left"]
    doc = Doc(nlp.vocab, words=words, sent_starts=[i in (0, 4, 12) for i in range(len(words))])
    short, formal, bare = _name(doc, 0, 2), _name(doc, 4, 6), _name(doc, 12, 13)
    clusters = ClusterSet()
    clusters.cluster_names(doc, [short, formal, bare])
    assert short.cluster == formal.cluster == bare.cluster
    assert len(clusters.clusters) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # "Fred" and "Freddy" both shorten "Frederick": a father and a son, as the Trumps; neither is the other's
        # formal forename
        (["Fred", "Trump"], ["Freddy", "Trump"]),
        (["Bill", "Clinton"], ["Hillary", "Clinton"]),  # a short forename and another formal one
        # the formal forename in a body's name, with a word besides initials and forenames
        (["Peter", "G.", "Peterson", "Foundation"], ["Pete", "Peterson"]),
    ],
)
def test_names_whose_forenames_are_not_one_s_short_form_stay_apart(
    nlp: Language, first: list[str], second: list[str]
) -> None:
    words = [*first, "spoke", ".", *second, "wrote", "."]
    after = len(first) + 2
    doc = Doc(nlp.vocab, words=words, sent_starts=[i in (0, after) for i in range(len(words))])
    one, other = _name(doc, 0, len(first)), _name(doc, after, after + len(second))
    ClusterSet().cluster_names(doc, [one, other])
    assert one.cluster != other.cluster


def test_the_short_forename_s_statement_is_the_formal_name_s_person(article: ArticleMaker) -> None:
    art = article(
        "Ken Starr praises the former president.\n\n"
        "Kenneth Starr, the Whitewater independent counsel, spoke at a forum on Tuesday. "
        "Starr said the president was gifted."
    )
    entities, attributions = art.resolve(
        [
            art.candidate("the former president", "praises", "Ken Starr"),
            art.candidate("the president was gifted", "said", "Starr"),
        ]
    )
    assert attributions[0].speaker is not None and attributions[1].speaker is not None
    assert attributions[0].speaker.entity == attributions[1].speaker.entity
    assert [e.name for e in entities if e.name.endswith("Starr")] == ["Kenneth Starr"]


@pytest.mark.parametrize("on", [True, False])
def test_a_surname_alone_joins_the_full_name_the_tagger_typed_a_body(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """SURNAMES_OF_NAMES_TYPED_BODIES: "Dragan Petrović told", tagged a body, is the person "Petrović said" names."""
    text = 'Dragan Petrović told the newspaper that prices had doubled since spring. "Nobody listens," Petrović said.'
    art = article(text)
    assert ("Dragan Petrović", "ORG") in [(e.text, e.label_) for e in art.doc.ents]  # the reading the rule exists for
    monkeypatch.setattr(clusters, "SURNAMES_OF_NAMES_TYPED_BODIES", on)
    told = art.candidate("prices had doubled since spring", "told", "Dragan Petrović")
    said = art.candidate("Nobody listens", "said", "Petrović", after="listens")
    _, found = art.resolve([told, said])
    assert [speaker_name(a) for a in found] == (["Dragan Petrović"] * 2 if on else ["Dragan Petrović", "Petrović"])
    assert found[0].speaker is not None and found[0].speaker.type == ("PERSON" if on else "ORG")


def test_a_surname_alone_stays_apart_from_a_body_s_name_of_another_shape(article: ArticleMaker) -> None:
    """SURNAMES_OF_NAMES_TYPED_BODIES: a body's name with a joiner ("Bank of Petrović") is no person's full name."""
    art = article('The Bank of Petrović said rates would rise. "Nobody listens," Petrović said.')
    said = art.candidate("Nobody listens", "said", "Petrović", after="listens")
    _, found = art.resolve([said])
    assert [speaker_name(a) for a in found] == ["Petrović"]


def test_a_name_after_the_stays_a_body_s_when_its_last_word_comes_alone(article: ArticleMaker) -> None:
    """SURNAMES_OF_NAMES_TYPED_BODIES: "the Ku Klux Klan" takes "the", as no person's name does."""
    art = article('Leaders condemned the Ku Klux Klan on Monday. "We will not stand for it," Klan said.')
    said = art.candidate("We will not stand for it", "said", "Klan", after="stand")
    _, found = art.resolve([said])
    assert [speaker_name(a) for a in found] == ["Klan"]


@pytest.mark.parametrize("on", [True, False])
def test_a_surname_with_post_nominal_letters_is_the_person_named_in_full(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """SURNAMES_WITH_LETTERS: "Rhys MS said" after "Dafydd Rhys MS" is that person, not a speaker "Rhys MS"."""
    monkeypatch.setattr(clusters, "SURNAMES_WITH_LETTERS", on)
    art = article('Dafydd Rhys MS has opposed the plan. "It is a disgrace," Rhys MS said.')
    opposed = art.candidate("the plan", "has opposed", "Dafydd Rhys MS")
    said = art.candidate("It is a disgrace,", "said", "Rhys MS", after="disgrace")
    _, attributions = art.resolve([opposed, said])
    assert [speaker_name(a) for a in attributions] == ["Dafydd Rhys MS", "Dafydd Rhys MS" if on else "Rhys MS"]


@pytest.mark.parametrize(
    "text",
    [
        # no one of that surname named before: the phrase is a name of its own
        'Sian Jones MS opposed the plan. "It is a disgrace," Rhys MS said.',
        # the word is a forename of the person named before, not the surname the letters follow
        'Rhys Evans MS opposed the plan. "It is a disgrace," Rhys MS said.',
    ],
)
def test_letters_after_a_word_that_is_no_surname_named_before_join_no_one(article: ArticleMaker, text: str) -> None:
    art = article(text)
    first = text.split(" opposed")[0]
    opposed = art.candidate("the plan", "opposed", first)
    said = art.candidate("It is a disgrace,", "said", "Rhys MS", after="disgrace")
    _, attributions = art.resolve([opposed, said])
    assert [speaker_name(a) for a in attributions] == [first, "Rhys MS"]

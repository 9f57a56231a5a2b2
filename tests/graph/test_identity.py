from __future__ import annotations

import random
from collections.abc import Collection, Iterable

import pytest

from quotegraph.graph.identity import explain_grouping, group_names
from quotegraph.model.identity import AliasEntry, ApartPairs, NameRecord, PersonGroup, PronounCounts, TypeCounts
from quotegraph.store.keys import normalize_name


def name(
    spelling: str, n: int = 1, *, he: int = 0, she: int = 0, kind: str = "person", described: int = 0
) -> NameRecord:
    """A name ``n`` entities had, all of type ``kind``."""
    return NameRecord(
        normalize_name(spelling),
        spelling,
        None,
        TypeCounts(**{kind: n}),
        PronounCounts(he=he, she=she),
        described,
    )


def never_apart(pairs: Collection[tuple[str, str]]) -> set[tuple[str, str]]:
    return set()


def people(
    names: Iterable[NameRecord], aliases: Iterable[AliasEntry] = (), apart: ApartPairs = never_apart
) -> set[frozenset[str]]:
    return {frozenset(g.keys) for g in group_names(list(names), list(aliases), apart)}


def together(found: set[frozenset[str]], *spellings: str) -> bool:
    keys = {normalize_name(s) for s in spellings}
    return any(keys <= group for group in found)


def test_titles_and_honorifics_are_not_the_name() -> None:
    found = people(
        [name("Mayor Elena Ruiz"), name("Elena Ruiz", 3), name("Sen. Elizabeth Warren"), name("Elizabeth Warren")]
    )
    assert together(found, "Mayor Elena Ruiz", "Elena Ruiz")
    assert together(found, "Sen. Elizabeth Warren", "Elizabeth Warren")
    assert not together(found, "Elena Ruiz", "Elizabeth Warren")


def test_possessives_and_footnote_numbers_are_noise() -> None:
    found = people([name("Donald Trump", 50), name("Donald Trump's"), name("Marco Rubio", 9), name("Marco Rubio 3")])
    assert together(found, "Donald Trump", "Donald Trump's")
    assert together(found, "Marco Rubio", "Marco Rubio 3")


def test_a_surname_joins_the_one_person_with_that_surname() -> None:
    found = people([name("Jacques Audiard", 4), name("Audiard", 2), name("President Obama"), name("Barack Obama", 5)])
    assert together(found, "Jacques Audiard", "Audiard")
    assert together(found, "President Obama", "Barack Obama")


def test_a_surname_needs_its_person_named_in_full_more_than_once() -> None:
    assert not together(people([name("Wayne Berman"), name("Berman")]), "Berman", "Wayne Berman")
    assert together(people([name("Wayne Berman", 2), name("Berman")]), "Berman", "Wayne Berman")
    found = people([name("Stephen G. Breyer"), name("Stephen Breyer"), name("Breyer")])  # twice, two spellings
    assert together(found, "Breyer", "Stephen G. Breyer", "Stephen Breyer")


def test_two_clintons_stay_two() -> None:
    found = people([name("Bill Clinton", 5), name("Hillary Clinton", 9), name("Clinton", 4), name("Sen. Clinton")])
    assert not together(found, "Clinton", "Bill Clinton")
    assert not together(found, "Clinton", "Hillary Clinton")
    assert not together(found, "Bill Clinton", "Hillary Clinton")
    assert together(found, "Clinton", "Sen. Clinton")  # the same short name, with a title


def test_a_gendered_title_keeps_to_people_of_that_gender() -> None:
    names = [
        name("Bill Clinton", 5, he=4),
        name("Hillary Clinton", 9, she=8),
        name("Mrs. Clinton", 3),
        name("Mr. Clinton"),
    ]
    found = people(names)
    assert together(found, "Mrs. Clinton", "Hillary Clinton")
    assert together(found, "Mr. Clinton", "Bill Clinton")


def test_a_gendered_title_says_nothing_against_unknown_pronouns() -> None:
    found = people([name("Bill Clinton", 5), name("Hillary Clinton", 9, she=8), name("Mrs. Clinton")])
    assert not together(found, "Mrs. Clinton", "Hillary Clinton")  # Bill's articles never said "he"


def test_a_first_name_alone_never_joins() -> None:
    found = people(
        [
            name("Elizabeth Warren", 3),
            name("Warren Buffett", 2),
            name("Warren", 2),
            name("Bill Clinton"),
            name("Bill", 4),
            name("Bill 1523"),
        ]
    )
    assert not together(found, "Warren", "Elizabeth Warren")
    assert not together(found, "Warren", "Warren Buffett")
    assert not together(found, "Bill", "Bill Clinton")
    assert not together(found, "Bill", "Bill 1523")


def test_middle_names_join_only_one_person() -> None:
    found = people(
        [
            name("Donald J. Trump", 3),
            name("Donald Trump", 9),
            name("George W. Bush", 4),
            name("George Walker Bush"),
            name("George H.W. Bush", 2),
            name("George HW Bush"),
            name("George Bush", 2),
        ]
    )
    assert together(found, "Donald J. Trump", "Donald Trump")
    assert together(found, "George W. Bush", "George Walker Bush")
    assert together(found, "George H.W. Bush", "George HW Bush")
    assert not together(found, "George W. Bush", "George H.W. Bush")
    assert not any(normalize_name("George Bush") in group and len(group) > 1 for group in found)


def test_a_suffix_is_another_person() -> None:
    found = people([name("Donald Trump", 9), name("Donald Trump Jr.", 2), name("Trump", 3)])
    assert not together(found, "Donald Trump", "Donald Trump Jr.")
    assert not together(found, "Trump", "Donald Trump")  # Donald Trump Jr. is a Trump too


def test_a_rare_spelling_joins_the_common_one() -> None:
    found = people(
        [
            name("Hillary Clinton", 40, she=30),
            name("Hilary Clinton", she=1),
            name("Reince Priebus", 6),
            name("Rence Priebus"),
        ]
    )
    assert together(found, "Hillary Clinton", "Hilary Clinton")
    assert together(found, "Reince Priebus", "Rence Priebus")


def test_spellings_as_frequent_as_each_other_are_two_people() -> None:
    assert not together(people([name("Ivana Trump", 2), name("Ivanka Trump", 2)]), "Ivana Trump", "Ivanka Trump")


def test_spellings_whose_articles_disagree_on_pronouns_are_two_people() -> None:
    found = people([name("Eric Garner", 6, he=5), name("Erica Garner", 1, she=1)])
    assert not together(found, "Eric Garner", "Erica Garner")


def test_spellings_named_apart_in_one_article_are_two_people() -> None:
    def apart(pairs: Collection[tuple[str, str]]) -> set[tuple[str, str]]:
        return {p for p in pairs if set(p) == {"marco rubio", "mario rubio"}}

    found = people([name("Marco Rubio", 40), name("Mario Rubio")], apart=apart)
    assert not together(found, "Marco Rubio", "Mario Rubio")


def test_short_words_one_letter_apart_are_other_names() -> None:
    assert not together(people([name("Don Regan", 9), name("Dan Regan")]), "Don Regan", "Dan Regan")


def test_only_names_of_people_join() -> None:
    found = people(
        [
            name("Michael Jordan", 3),
            name("Jordan", 9, kind="gpe"),
            name("Big investors", described=1),
            name("Investors", 5),
            name("General Motors", kind="org"),
            name("Motors", kind="org"),
        ]
    )
    assert not together(found, "Jordan", "Michael Jordan")
    assert not together(found, "Investors", "Big investors")
    assert not together(found, "General Motors", "Motors")


def test_the_grouping_does_not_depend_on_the_order_of_names() -> None:
    names = [
        name("Hillary Clinton", 40, she=30),
        name("Hilary Clinton", she=1),
        name("Bill Clinton", 10, he=8),
        name("Mrs. Clinton", 2),
        name("Clinton", 5),
        name("Donald J. Trump", 3),
        name("Donald Trump", 9),
        name("Trump", 3),
        name("Jacques Audiard", 4),
        name("Audiard", 2),
        name("Warren", 2),
        name("Elizabeth Warren", 3),
    ]
    expected = group_names(names, [], never_apart)
    for seed in range(20):
        shuffled = random.Random(seed).sample(names, len(names))
        assert sorted(group_names(shuffled, [], never_apart), key=_first) == sorted(expected, key=_first)


def _first(group: PersonGroup) -> str:
    return group.keys[0]


def test_a_person_is_named_by_its_most_frequent_full_name() -> None:
    groups = group_names([name("Donald J. Trump", 3), name("Donald Trump", 9), name("Donald Trump's")], [], never_apart)
    assert [(g.name, g.key, g.type) for g in groups] == [("Donald Trump", "donald trump", "PERSON")]


def test_joins_say_which_rule_made_them() -> None:
    _, joins = explain_grouping([name("Jacques Audiard", 4), name("Audiard")], [], never_apart)
    assert [(j.rule, j.name, j.other) for j in joins] == [("surname", "audiard", "jacques audiard")]


# -- alias entries ---------------------------------------------------------------------------


def test_an_alias_entry_merges_and_labels() -> None:
    entry = AliasEntry(line=2, name="Kanye West", aliases=("Ye", "Yeezy"), wikidata="Q15935")
    groups = group_names(
        [name("Kanye West", 3), name("Ye", 2), name("Yeezy"), name("Ye Olde Shoppe", kind="org")], [entry], never_apart
    )
    labelled = [g for g in groups if g.wikidata]
    assert [(set(g.keys), g.name, g.wikidata) for g in labelled] == [
        ({"kanye west", "ye", "yeezy"}, "Kanye West", "Q15935")
    ]


def test_an_alias_entry_keeps_names_apart() -> None:
    names = [name("Hillary Clinton", 9), name("Clinton", 3), name("Hillary Rodham Clinton")]
    assert together(people(names), "Clinton", "Hillary Clinton")
    entry = AliasEntry(line=2, name="Hillary Clinton", apart=("Clinton",))
    found = people(names, [entry])
    assert not together(found, "Clinton", "Hillary Clinton")
    assert together(found, "Hillary Rodham Clinton", "Hillary Clinton")


def test_two_alias_entries_are_two_people() -> None:
    entries = [AliasEntry(2, "Hillary Clinton", ("Clinton",)), AliasEntry(3, "Bill Clinton", ("President Clinton",))]
    found = people(
        [name("Hillary Clinton", 9), name("Clinton", 3), name("Bill Clinton", 2), name("President Clinton")], entries
    )
    assert together(found, "Clinton", "Hillary Clinton")
    assert together(found, "President Clinton", "Bill Clinton")
    assert not together(
        found, "Hillary Clinton", "Bill Clinton"
    )  # "Clinton" and "President Clinton" are one short name


def test_an_alias_of_a_name_the_corpus_lacks_changes_nothing() -> None:
    entry = AliasEntry(line=2, name="Jacques Audiard", aliases=("Jacques Audiar",))
    assert people([name("Jacques Audiard")], [entry]) == people([name("Jacques Audiard")])


@pytest.mark.parametrize(
    ("he", "she", "they", "gender"),
    [
        (0, 0, 0, "unknown"),
        (3, 0, 0, "he"),
        (0, 5, 1, "she"),
        (2, 2, 0, "unknown"),
        (3, 1, 0, "he"),
        (2, 1, 0, "unknown"),
        (0, 0, 4, "they"),
    ],
)
def test_a_speaker_is_what_most_of_their_articles_say(he: int, she: int, they: int, gender: str) -> None:
    assert PronounCounts(he, she, they).gender == gender

"""The look-ups coreference keeps per document or per entity so that each call stays cheap."""

from __future__ import annotations

from quotegraph.nlp.resolve.clusters import Cluster
from quotegraph.nlp.resolve.coref import _described_as_other_kind, _named_as_other_kind, _NameTally
from quotegraph.nlp.resolve.mentions import MentionSpan


def _body(index: int, *starts: int) -> Cluster:
    body = Cluster(index=index, type="ORG")
    for start in starts:
        body.add(MentionSpan(start, start + 1, start, "name", f"Body{index}", 0, 0, type="ORG"))
    return body


def _any(_: Cluster) -> bool:
    return True


def test_the_body_named_most_before_a_point_leads_and_a_tie_gives_none() -> None:
    first, second = _body(0, 1, 5, 9), _body(1, 3, 7)
    tally = _NameTally([first, second])
    assert tally.leader_before(2, _any) == (first, 1)
    assert tally.leader_before(4, _any) == (None, 1)  # one name each
    assert tally.leader_before(8, _any) == (None, 2)
    assert tally.leader_before(10, _any) == (first, 3)


def test_an_earlier_point_after_a_later_one_is_counted_again() -> None:
    first, second = _body(0, 1, 5, 9), _body(1, 3, 7)
    tally = _NameTally([first, second])
    assert tally.leader_before(10, _any) == (first, 3)
    assert tally.leader_before(6, _any) == (first, 2)  # names at 1 and 5 against 3


def test_a_body_no_longer_allowed_gives_way_to_the_next() -> None:
    first, second = _body(0, 1, 2, 3), _body(1, 4, 5)
    tally = _NameTally([first, second])
    assert tally.leader_before(10, _any) == (first, 3)
    first.type = "PERSON"  # a one-word name that turned out to be a person's
    assert tally.leader_before(11, lambda c: c.type == "ORG") == (second, 2)
    assert tally.leader_before(12, lambda c: c.type == "ORG") == (second, 2)


def test_an_entity_is_named_once_any_of_its_mentions_is_a_name() -> None:
    person = Cluster(index=0, type="PERSON")
    person.add(MentionSpan(0, 2, 1, "description", "the manager", 0, 11, type="PERSON"))
    assert not person.named
    person.add(MentionSpan(5, 7, 6, "name", "Priya Raman", 30, 41, type="PERSON"))
    person.add(MentionSpan(9, 10, 9, "pronoun", "she", 50, 53, type="PERSON"))
    assert person.named
    given = [MentionSpan(0, 1, 0, "name", "Raman", 0, 5, type="PERSON")]
    assert Cluster(index=1, type="PERSON", mentions=given).named


def test_a_body_s_kind_is_read_alike_from_its_name_and_from_what_it_was_called() -> None:
    hospital = Cluster(index=0, type="ORG", key=frozenset({"st.", "columba", "hospital"}))
    club = Cluster(index=1, type="ORG", key=frozenset({"ashford", "town"}))
    club.roles.add("club")
    assert _named_as_other_kind(hospital, "union") and not _described_as_other_kind(hospital, "union")
    assert _described_as_other_kind(club, "league") and not _named_as_other_kind(club, "league")
    # "group" says no kind, in a name or a description
    club.roles.add("group")
    assert _described_as_other_kind(club, "league")
    assert not _described_as_other_kind(club, "group")

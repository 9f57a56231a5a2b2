"""The look-ups over the names clustered: how often each body is named before a point, as a running count."""

from __future__ import annotations

from quotegraph.nlp.resolve.speakers.clusters import Cluster
from quotegraph.nlp.resolve.speakers.mention_spans import MentionSpan
from quotegraph.nlp.resolve.speakers.name_indexes import NameTally


def _body(index: int, *starts: int) -> Cluster:
    body = Cluster(index=index, type="ORG")
    for start in starts:
        body.add(MentionSpan(start, start + 1, start, "name", f"Body{index}", 0, 0, type="ORG"))
    return body


def _any(_: Cluster) -> bool:
    return True


def test_the_body_named_most_before_a_point_leads_and_a_tie_gives_none() -> None:
    first, second = _body(0, 1, 5, 9), _body(1, 3, 7)
    tally = NameTally([first, second])
    assert tally.leader_before(2, _any) == (first, 1)
    assert tally.leader_before(4, _any) == (None, 1)  # one name each
    assert tally.leader_before(8, _any) == (None, 2)
    assert tally.leader_before(10, _any) == (first, 3)


def test_an_earlier_point_after_a_later_one_is_counted_again() -> None:
    first, second = _body(0, 1, 5, 9), _body(1, 3, 7)
    tally = NameTally([first, second])
    assert tally.leader_before(10, _any) == (first, 3)
    assert tally.leader_before(6, _any) == (first, 2)  # names at 1 and 5 against 3


def test_a_body_no_longer_allowed_gives_way_to_the_next() -> None:
    first, second = _body(0, 1, 2, 3), _body(1, 4, 5)
    tally = NameTally([first, second])
    assert tally.leader_before(10, _any) == (first, 3)
    first.type = "PERSON"  # a one-word name that turned out to be a person's
    assert tally.leader_before(11, lambda c: c.type == "ORG") == (second, 2)
    assert tally.leader_before(12, lambda c: c.type == "ORG") == (second, 2)

"""The kinds of bodies a noun may describe: read alike from a body's name and from what it was called."""

from __future__ import annotations

from quotegraph.nlp.resolve.speakers.body_kinds import described_as_other_kind, named_as_other_kind
from quotegraph.nlp.resolve.speakers.clusters import Cluster


def test_a_body_s_kind_is_read_alike_from_its_name_and_from_what_it_was_called() -> None:
    hospital = Cluster(index=0, type="ORG", key=frozenset({"st.", "columba", "hospital"}))
    club = Cluster(index=1, type="ORG", key=frozenset({"ashford", "town"}))
    club.roles.add("club")
    assert named_as_other_kind(hospital, "union") and not described_as_other_kind(hospital, "union")
    assert described_as_other_kind(club, "league") and not named_as_other_kind(club, "league")
    # "group" says no kind, in a name or a description
    club.roles.add("group")
    assert described_as_other_kind(club, "league")
    assert not described_as_other_kind(club, "group")

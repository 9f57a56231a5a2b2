"""Forms of taking part in the scene last named (``resolve.carrying.scene_turns``): one who interrupted a speaker, one
who spoke after a person named, one on the platform, one described at a part of the scene's room; and a scene kept
while people are placed in it."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest
from spacy.language import Language
from spacy.tokens import Token

from quotegraph.nlp.resolve.carrying import scene_roles, scene_turns
from quotegraph.nlp.resolve.speakers.coref import Coreference

from ..conftest import ArticleMaker
from .test_scene_roles import _last_one_s
from .test_scenes import DAY, _texts

pytestmark = pytest.mark.slow

_BRIEFING = (
    "At a briefing in the church hall at 6pm on Wednesday, council leader Joanne Raistrick said homes were lost."
)


_CONFERENCE = (
    "At a news conference at the zoo's main gate on Tuesday afternoon, zoo director Lorraine Abernathy said the "
    "leopard had not been hurt."
)
# a scene, a second statement of its speaker, and one taking a turn in it: (text, the three statements, the scene)
_TURNS = {
    "interrupted": (
        f"{_BRIEFING}\n\n“I am not going to stand here and promise people their homes are safe,” she said.\n\n"
        "She was interrupted from the back of the hall by Keith Danby, chairman of the residents' group, who said the "
        "street had been asking for rock armour since 2011.",
        [
            ("homes were lost", "said", "Joanne Raistrick", None),
            ("I am not going to stand here", "said", "she", None),
            ("asking for rock armour since 2011", "said", "Keith Danby", None),
        ],
        ("a briefing in the church hall", None, "at 6pm on Wednesday"),
    ),
    "spoke after": (
        f"{_CONFERENCE}\n\nShe added that a limb had come down on the mesh roof during the storm.\n\n"
        "Port Kessling Police Chief Marcus Tollefson, who spoke after Abernathy, said his department had taken more "
        "than 300 calls.",
        [
            ("the leopard had not been hurt", "said", "Lorraine Abernathy", None),
            ("a limb had come down on the mesh roof", "added", "She", None),
            ("his department had taken more than 300 calls", "said", "Marcus Tollefson", None),
        ],
        ("a news conference at the zoo's main gate", None, "on Tuesday afternoon"),
    ),
}


@pytest.mark.parametrize("form", sorted(_TURNS))
def test_one_who_took_a_turn_speaks_in_the_scene(article: ArticleMaker, form: str) -> None:
    """ "She was interrupted from the back of the hall by Keith Danby, ..., who said" (``INTERRUPTED_BY``), "Marcus
    Tollefson, who spoke after Abernathy, said" (``SPOKE_AFTER_NAMED``): each speaks in the scene the one before him
    spoke in, at its moment with its day (``scene_roles.SCENE_CLOCK_DAY``, on/off in test_scene_roles.py). In a text
    this short the carrier gives them the scene by other rules too; the forms themselves are tested on their own
    below."""
    text, said, expected = _TURNS[form]
    assert _last_one_s(article, text, *said) == expected


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She was interrupted from the back of the hall by Keith Danby, who said", True),
        ("She was praised from the back of the hall by Keith Danby, who said", False),  # no turn taken
        ("She will be interrupted by Keith Danby, who said", False),  # not done
    ],
)
def test_the_agent_of_a_done_interruption_takes_a_turn(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool, sentence: str, expected: bool
) -> None:
    """Only the agent of a done passive "interrupted" is one who took a turn (``INTERRUPTED_BY``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_turns.INTERRUPTED_BY", flag)
    doc = nlp(f"{sentence} the street had waited.")
    assert scene_turns.turn_takers(_PEOPLE, doc) == (frozenset({0}) if flag and expected else frozenset())


class _People:
    """A coreference stub that gives every proper noun to one person (index 0)."""

    def cluster_at(self, token: Token) -> Any:
        return SimpleNamespace(index=0, type="PERSON", plural=False) if token.pos_ == "PROPN" else None


# the readers ask the coreference only for ``cluster_at``, which the stub gives
_PEOPLE = cast(Coreference, _People())


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("who spoke after Abernathy", True),
        ("who arrived after Abernathy", False),  # no turn at the scene
        ("who spoke after lunch", False),  # a time, not a person
    ],
)
def test_one_who_spoke_after_a_person_named_takes_a_turn(nlp: Language, turn: str, expected: bool) -> None:
    """ "Marcus Tollefson, who spoke after Abernathy, said": his turn followed hers (``SPOKE_AFTER_NAMED``)."""
    doc = nlp(f"The police chief, {turn}, said his department had taken more than 300 calls.")
    word = next(t for t in doc if t.text in ("Abernathy", "lunch"))
    assert scene_turns._after_one_named(_PEOPLE, word) is expected


_MEETING = (
    "At a public meeting in the community centre yesterday afternoon, floods minister Rebecca Thorley told about 200 "
    "residents that every household would get a grant."
)


@pytest.mark.parametrize(
    ("flag", "where", "expected"),
    [
        (True, "on the platform", ("a public meeting in the community centre", None, "yesterday afternoon")),
        (False, "on the platform", (None, None, None)),
        (True, "in the town", (None, None, None)),  # a place, no stage
    ],
)
def test_one_on_the_platform_takes_part_in_the_scene(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, where: str, expected: tuple[Any, ...]
) -> None:
    """ "Also on the platform was Gareth Imrie, ..., who said": a clause of being puts him on the meeting's stage
    (``ON_THE_PLATFORM``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_turns.ON_THE_PLATFORM", flag)
    text = (
        f"{_MEETING}\n\nAlso {where} was Gareth Imrie, the agency's area flood risk manager, who said the river had "
        "peaked at 4.6 metres."
    )
    found = article(text, published=DAY).one("the river had peaked at 4.6 metres", "said", "Gareth Imrie")
    assert _texts(found) == expected


@pytest.mark.parametrize("flag", [True, False])
def test_a_scene_is_kept_while_people_are_placed_in_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """One speaking from the floor two paragraphs after the meeting was named keeps it named, so one on the platform
    three paragraphs later still takes part in it, five after its naming (``SCENE_KEPT_BY_PARTS``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_turns.SCENE_KEPT_BY_PARTS", flag)
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.taking_part.SCENE_EXCHANGES", False)
    text = (
        f"{_MEETING}\n\nThe room was quiet.\n\nSpeaking from the floor, Janet Ackroyd asked about her insurer.\n\n"
        "The hall was full.\n\nMany had waited outside.\n\nAlso on the platform was Gareth Imrie, the agency's area "
        "flood risk manager, who said the river had peaked at 4.6 metres."
    )
    found = article(text, published=DAY).one("the river had peaked at 4.6 metres", "said", "Gareth Imrie")
    expected = ("a public meeting in the community centre", None, "yesterday afternoon")
    assert _texts(found) == (expected if flag else (None, None, None))


_CREW_ROOM = (
    "At a briefing in the crew room on Sunday afternoon, coxswain Jory Pascoe said the crew had found the yacht.",
    "the crew had found the yacht",
    "said",
    "Jory Pascoe",
)


@pytest.mark.parametrize(
    ("flag", "described", "expected"),
    [
        (
            True,
            "said the youngest volunteer at the table",
            ("a briefing in the crew room", None, "on Sunday afternoon"),
        ),
        (True, "said a young man in a vest near the front of the crowd", ("a briefing in the crew room", None, None)),
    ],
)
def test_a_speaker_described_at_a_part_of_the_room_speaks_in_the_scene(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, described: str, expected: tuple[Any, ...]
) -> None:
    """ "said the youngest volunteer at the table": a speaker described by a place in the scene's room speaks in the
    scene in force (``IN_THE_ROOM``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_turns.IN_THE_ROOM", flag)
    text = f"{_CREW_ROOM[0]}\n\n“I have never been so cold,” {described}."
    speaker = described.split(" ", 2)[2].split(" at ")[0].split(" in ")[0]
    said = [(_CREW_ROOM[1], "said", _CREW_ROOM[3], None), ("I have never been so cold", "said", speaker, None)]
    found = _last_one_s(article, text, *said)
    assert found[:2] == expected[:2]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“We tried,” said the youngest volunteer at the table.", True),
        ("“We tried,” said a woman who had read her objection from the back of the crowd.", False),  # a clause's place
        ("“We tried,” said Tamsin Hocking at the table.", False),  # a name: not a description
        ("“We tried,” said the youngest volunteer at the bank.", False),  # no part of a scene's room
        ("“We tried,” said a young man in a vest near the front of the crowd.", True),
    ],
)
@pytest.mark.parametrize("flag", [True, False])
def test_only_a_description_placed_in_the_room_is_read(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool, sentence: str, expected: bool
) -> None:
    """The place is read on the subject's own phrase, not in a clause on it, and on a description only; a place that is
    no part of a scene's room ("at the bank") is none (``IN_THE_ROOM``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_turns.IN_THE_ROOM", flag)
    expected = expected and flag
    said = next(t for t in nlp(sentence) if t.text == "said")
    [subject] = [c for c in said.children if c.dep_ == "nsubj"]
    assert scene_turns.in_the_room(subject) is expected


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("sentence", "there"),
    [
        ("The zoo's head veterinarian, Dr. Samuel Otieno, who joined them at the lectern, said the dart flew.", True),
        ("The zoo's head veterinarian, Dr. Samuel Otieno, who joined them at the office, said the dart flew.", False),
    ],
)
def test_a_clause_at_the_lectern_on_a_name_apposed_places_the_speaker(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool, sentence: str, there: bool
) -> None:
    """ "Dr. Samuel Otieno, who joined them at the lectern, said": a lectern is stood at, and the clause on the name
    apposed to the subject is the subject's (``scene_roles.AT_THE_STAGE``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_roles.AT_THE_STAGE", flag)
    said = next(t for t in nlp(sentence) if t.text == "said")
    assert scene_roles.placed_at_the_scene(said) is (flag and there)


class _PeopleAndWho(_People):
    """``_People``, with a relative "who" given to the person too (as the coreference gives it its antecedent), and the
    clusters ``people_subject_of`` looks the person up in."""

    clusters = SimpleNamespace(clusters=[SimpleNamespace(index=0, type="PERSON", plural=False)])

    def cluster_at(self, token: Token) -> Any:
        return self.clusters.clusters[0] if token.pos_ == "PROPN" or token.lower_ == "who" else None


@pytest.mark.parametrize("flag", [True, False])
def test_one_who_spoke_after_a_person_named_is_a_turn_taker_only_by_the_flag(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """``turn_takers`` reads "who spoke after Abernathy" only with ``SPOKE_AFTER_NAMED`` (the test above calls
    ``_after_one_named``, below the flag's check in ``turn_takers``, so it held with the flag off)."""
    monkeypatch.setattr(scene_turns, "SPOKE_AFTER_NAMED", flag)
    doc = nlp("Police Chief Marcus Tollefson, who spoke after Abernathy, said his department had taken 300 calls.")
    people = cast(Coreference, _PeopleAndWho())
    assert scene_turns.turn_takers(people, doc) == (frozenset({0}) if flag else frozenset())

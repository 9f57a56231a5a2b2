"""A scene or a programme as whom a verb of telling told."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated.told_addressees import addressee_of
from quotegraph.nlp.resolve.stated.told_scenes import programme_told, scene_told

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "verb", "scene"),
    [
        # a scene as the object of a verb of speaking to an audience is where the words were said
        ("Lou told a news briefing that the talks went well.", "told", "a news briefing"),
        ("Vale told the forum that taxes would fall.", "told", "the forum"),
        ("Obama told a town hall meeting with young leaders that the vote was a mess.", "told",
         "a town hall meeting with young leaders"),
        ("Holt addressed the Republican National Convention for an hour.", "addressed",
         "the Republican National Convention"),
        # people told, and a scene that is no object of the verb, are no scene told
        ("Hale told reporters that the race was close.", "told", None),
        ("Hale told strikers on the picket line that the race was close.", "told", None),
        # the object of asking or promising is a body asked to act or the thing promised
        ("A quarter of the committee can ask the full convention to vote on the plan.", "ask", None),
        ("Hale promised her housing program would be paid for.", "promised", None),
    ],
)  # fmt: skip
def test_a_scene_told(nlp: Language, sentence: str, verb: str, scene: str | None) -> None:
    [cue] = [t for t in nlp(sentence) if t.text == verb]
    found = scene_told(cue)
    assert (found.text if found is not None else None) == scene


@pytest.mark.parametrize(
    ("sentence", "told", "programme"),
    [
        # a title in quote marks, alone or after its outlet, is a programme, not a person
        ("Hale told “The Evening Hour” that the race was close.", "The Evening Hour", True),
        ("Hale told NBC’s “Sunrise Desk” on Sunday that the race was close.", "NBC’s “Sunrise Desk”", True),
        # a name set off with a scene noun that says what it is
        ("Hale told the Meridian Summit, an annual trade forum in Oslo, that the race was close.",
         "the Meridian Summit", True),
        # people told, and a name set off with a noun that is no scene, are no programme
        ("Hale told Jo Brand, an old friend, that the race was close.", "Jo Brand", False),
        ("Hale told the Harbour Club, a sailing club in Cork, that the race was close.", "the Harbour Club", False),
        ("Hale told reporters that the race was close.", "reporters", False),
    ],
)  # fmt: skip
def test_a_programme_or_gathering_told(nlp: Language, sentence: str, told: str, programme: bool) -> None:
    [cue] = [t for t in nlp(sentence) if t.text == "told"]
    addressee = addressee_of(cue)
    assert addressee is not None
    assert addressee.text == told
    assert programme_told(addressee) is programme

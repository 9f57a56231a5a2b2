"""Posts: the platform a post went on, and its caption."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.posts import medium_on_its_platform, part_of_a_post, platform_of_post

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "platform"),
    [
        ("Brooks posted a photo of the two of them on Instagram with the caption: “Still family.”", "Instagram"),
        # a platform inside the words posted, a clause, is what they speak of
        ("Brooks posted that she had been on Instagram all day.", None),
    ],
)
def test_the_platform_of_a_post(nlp: Language, sentence: str, platform: str | None) -> None:
    [posted] = [t for t in nlp(sentence) if t.text == "posted"]
    found = platform_of_post(posted)
    assert (found.text if found is not None else None) == platform


def test_a_caption_is_part_of_a_post(nlp: Language) -> None:
    doc = nlp("She wrote in the caption that it was a fine day, and in a statement that it was not.")
    [caption] = [t for t in doc if t.text == "caption"]
    [statement] = [t for t in doc if t.text == "statement"]
    assert part_of_a_post(channel_phrase(caption))
    assert not part_of_a_post(channel_phrase(statement))


@pytest.mark.parametrize(
    ("sentence", "channel"),
    [
        # a medium with the platform it went out on is the channel, up to the platform
        ("Kessler congratulated Anika in a post on X on Friday morning, calling her a hero.", "a post on X"),
        ("Reeve posted a video on Instagram, filmed in the dressing room, in which he said they were ready.",
         "a video on Instagram"),
        # the platform alone where nothing posted is a medium: a photo, or no object at all
        ("Brooks posted a photo of the two of them on Instagram with the caption: “Still family.”", None),
        ("Brooks posted on Instagram that she was fine.", None),
    ],
)  # fmt: skip
def test_a_medium_is_named_with_its_platform(nlp: Language, sentence: str, channel: str | None) -> None:
    doc = nlp(sentence)
    [platform] = [t for t in doc if t.text in ("X", "Instagram")]
    found = medium_on_its_platform(channel_phrase(platform))
    assert (found.text if found is not None else None) == channel

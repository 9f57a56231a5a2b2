"""Posts: the platform a post went on, and its caption."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.posts import part_of_a_post, platform_of_post

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

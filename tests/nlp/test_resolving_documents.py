"""Documents put out by a narrated sentence (``narrated_issuings``) and named again as a source: the maker speaks,
unless the putting out is itself somebody's words."""

from __future__ import annotations

import pytest

from .conftest import ArticleMaker

pytestmark = pytest.mark.slow

NARRATED = "The Orchard Board issued a statement on Friday. “Harvests will recover,” the statement said."
# the same putting out, told in a farmer's words: nobody's document the narrative saw put out
REPORTED = (
    "“The Orchard Board issued a statement on Friday,” Lena Marsh said. “Harvests will recover,” the statement said."
)


def test_a_document_a_narrated_sentence_puts_out_speaks_for_its_maker(article: ArticleMaker) -> None:
    art = article(NARRATED)
    assert art.said(("Harvests will recover,", "the statement")) == ["Orchard Board"]


def test_a_document_put_out_inside_somebody_s_words_gives_no_maker(article: ArticleMaker) -> None:
    art = article(REPORTED)
    # every content blocks the issuings inside it, whichever candidate comes first
    speakers = art.said(
        ("Harvests will recover,", "the statement"), ("The Orchard Board issued a statement on Friday,", "Lena Marsh")
    )
    assert speakers[0] != "Orchard Board" and speakers[1] == "Lena Marsh"

"""The people a description's noun names by title: the headline's title word reaches however far on."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.speakers import title_holders

from ..conftest import ArticleMaker, speaker_name


@pytest.mark.parametrize("on", [True, False])
def test_a_description_by_the_headline_s_title_word_is_its_holder_however_far_on(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """HEADLINE_TITLES_REACH: "Denver eighth-grader Sofia Lind" in the headline, and paragraphs on, past the
    ``_DESCRIPTION_WINDOW`` a body's title reaches, "the Westview Middle School eighth-grader said": she."""
    monkeypatch.setattr(title_holders, "HEADLINE_TITLES_REACH", on)
    art = article(
        "Denver eighth-grader Sofia Lind takes State Chess Title\n\n"
        "Sofia Lind won the state chess title on Saturday in Pueblo.\n\n"
        "The final lasted four hours. The hall was packed. Parents filled the balcony. The arbiter called time twice."
        "\n\nAfter the game, the Westview Middle School eighth-grader said she had played the opening for a year."
    )
    source = "the Westview Middle School eighth-grader"
    _, (found,) = art.resolve([art.candidate("she had played the opening for a year", "said", source)])
    assert speaker_name(found) == ("Sofia Lind" if on else source)

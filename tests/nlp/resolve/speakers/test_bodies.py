"""The body a description of an organisation stands for: "the paper" of a review of the papers."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.speakers import bodies, coref, role_descriptions

from ..conftest import ArticleMaker, speaker_name, speaker_of

_REVIEW = (
    "A leaked Treasury paper suggests the state pension could rise by less than promised. "
    "The Treasury has not denied that the paper exists.\n\n"
    "The Daily Clarion is unimpressed. In an editorial the paper warns that voters will not forgive the government.\n\n"
    "The Dispatch leads on hospital corridors. A doctor tells the paper that patients are dying in corridors. "
    "The paper says it has seen figures showing long waits."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("content", "source", "after", "paper"),
    [
        ("voters will not forgive the government", "the paper", "editorial", "Daily Clarion"),
        ("it has seen figures showing long waits", "The paper", "corridors.", "Dispatch"),
    ],
)
def test_the_paper_is_the_paper_in_focus_not_a_document_described_so(
    article: ArticleMaker, content: str, source: str, after: str, paper: str
) -> None:
    cue = "warns" if source == "the paper" else "says"
    assert speaker_name(article(_REVIEW).one(content, cue, source, after=after)) == paper


@pytest.mark.slow
def test_a_document_described_as_a_paper_keeps_the_paper_with_no_paper_named_after_it(
    article: ArticleMaker,
) -> None:
    text = (
        "The Clarion reported on Monday that a white paper had been drafted. "
        "A white paper published by the ministry says schools need more money. The paper says class sizes must fall."
    )
    found = article(text).one("class sizes must fall", "says", "The paper", after="more money")
    assert speaker_name(found) == "A white paper"  # a paper named before the document: not the one in focus


@pytest.mark.slow
def test_a_body_noun_takes_the_body_named_so_over_a_nearer_name_that_says_nothing(
    article: ArticleMaker,
) -> None:
    text = (
        "Astronomers at Norland University said on Monday that the planet has water. The finding, described in the "
        "journal Planetary Letters, is the first of its kind, the university said."
    )
    found = article(text).one("is the first of its kind", "said", "the university", after="kind")
    assert speaker_name(found) == "Norland University"


_OFFICE_TAGGED_A_PLACE = (
    "Flooding closed the road, Harwell County Highways Office reported on Monday. "
    "The office said the road would reopen soon."
)


@pytest.mark.slow
@pytest.mark.parametrize("on", [True, False])
def test_a_body_noun_takes_the_name_ending_in_it_whatever_the_tagger_labelled_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """LABEL_BOWS_TO_THE_NAME_S_NOUN: "Harwell County Highways Office" tagged a place is "The office" all the same."""
    monkeypatch.setattr(bodies, "LABEL_BOWS_TO_THE_NAME_S_NOUN", on)
    parsed = article(_OFFICE_TAGGED_A_PLACE)
    # the case this rule exists for: no ORG is there for "The office" to link to
    assert [e.label_ for e in parsed.doc.ents if e.text.endswith("Office")] == ["GPE"]
    found = parsed.one("the road would reopen soon", "said", "The office", after="Monday")
    assert speaker_name(found) == ("Harwell County Highways Office" if on else "The office")


@pytest.mark.slow
def test_a_body_noun_takes_no_place_whose_name_does_not_end_in_it(article: ArticleMaker) -> None:
    text = "Flooding closed roads across Harwell County on Monday. The office said the road would reopen soon."
    found = article(text).one("the road would reopen soon", "said", "The office", after="Monday")
    assert speaker_name(found) == "The office"


@pytest.mark.parametrize("since", [True, False])
def test_the_noun_said_again_after_a_second_body_named_so_is_the_second(
    monkeypatch: pytest.MonkeyPatch, since: bool
) -> None:
    """BODIES_NAMED_SINCE_BY_THEIR_NOUN: "The authority said" after the Volta River Authority was named, since "the
    authority" last described the Zambezi River Authority, is the Volta River Authority."""
    monkeypatch.setattr(coref, "BODIES_NAMED_SINCE_BY_THEIR_NOUN", since)
    text = (
        "Power cuts to end\n\n"
        "The Zambezi River Authority said on Thursday that Lake Kariba had risen by a metre.\n\n"
        "The authority said the turbines at Kariba would run at full power.\n\n"
        "In Accra, the Volta River Authority said power cuts would end by Sunday.\n\n"
        "The authority said a turbine at Akosombo had been repaired."
    )
    assert ("Volta" in (speaker_of(text, "Akosombo") or "")) is since


@pytest.mark.parametrize("on", [True, False])
def test_a_body_named_beside_its_noun_is_that_noun_said_again(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """role_descriptions.BODIES_APPOSED_TO_THEIR_NOUN: "the authority" after "Norway's data protection authority,
    Datatilsynet," is Datatilsynet, not the city told of since (speakerlinks)."""
    monkeypatch.setattr(role_descriptions, "BODIES_APPOSED_TO_THEIR_NOUN", on)
    text = (
        "Norway's data protection authority, Datatilsynet, has ordered the city of Stromsvik to stop using live "
        "facial recognition. In a decision published on Tuesday, the authority said the city had no legal basis."
    )
    found = speaker_name(article(text).one("the city had no legal basis", "said", "the authority"))
    assert (found == "Datatilsynet") is on

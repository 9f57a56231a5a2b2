"""The finder on small hand-written sentences, one per pattern, with the real spaCy model and weights."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.finding import find_candidates

pytestmark = pytest.mark.slow


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def _only(nlp: Language, text: str) -> Candidate:
    found = find_candidates(nlp(text))
    assert len(found) == 1, found
    return found[0]


def test_direct_quote_with_curly_marks(nlp: Language) -> None:
    text = "“We will win this state by a wide margin,” the senator said on Tuesday."
    found = _only(nlp, text)
    assert found.kind == "direct"
    assert _texts(text, found.content) == ["We will win this state by a wide margin,"]
    assert _texts(text, found.cue) == ["said"]
    assert _texts(text, found.source) == ["the senator"]


def test_quote_interrupted_by_its_attribution_is_one_candidate(nlp: Language) -> None:
    text = '"The plan is dead," he said. "We will try again next year with a better bill."'
    found = _only(nlp, text)
    assert len(found.content) == 2
    assert _texts(text, found.source) == ["he"]


def test_quote_paragraph_without_a_cue_continues_the_attribution_before_it(nlp: Language) -> None:
    text = "“The economy is strong,” Smith told reporters.\n\n“Jobs are coming back to the Midwest.”"
    found = find_candidates(nlp(text))
    assert len(found) == 2
    assert found[1].continues == 0 and found[1].source == found[0].source
    assert _texts(text, found[1].content) == ["Jobs are coming back to the Midwest."]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The campaign spokesman said that the plan would fail in the Senate.",
            "that the plan would fail in the Senate",
            "The campaign spokesman",
        ),
        (
            "The plan would fail in the Senate, said the spokesman.",
            "The plan would fail in the Senate",
            "the spokesman",
        ),
        (
            "According to The Hollywood Reporter, the actress has been dropped from the campaign.",
            "the actress has been dropped from the campaign",
            "The Hollywood Reporter",
        ),
        (
            "Most Republican voters believe the economy is getting worse.",
            "the economy is getting worse",
            "Most Republican voters",
        ),
        (
            "Trump tweeted on Saturday that the election was rigged against him.",
            "that the election was rigged against him",
            "Trump",
        ),
        ("The senator said in a commentary that the bill would fail.", "that the bill would fail", "The senator"),
        (
            "The senator said in a commentary published Tuesday that the bill would fail.",
            "that the bill would fail",
            "The senator",
        ),
        (
            "Both companies issued statements on Monday saying the merger was off.",
            "the merger was off",
            "Both companies",
        ),
    ],
    ids=["that-clause", "inverted", "according-to", "belief", "posting-verb", "medium", "medium-participle", "issued"],
)
def test_reported_speech_finds_content_and_source(nlp: Language, text: str, content: str, source: str) -> None:
    """The whole spans: a content that swallowed "in a commentary" or a source that lost its determiner fails."""
    found = _only(nlp, text)
    assert found.kind == "indirect"
    assert _texts(text, found.content) == [content]
    assert _texts(text, found.source) == [source]


def test_reported_clause_with_a_quoted_fragment_is_mixed(nlp: Language) -> None:
    text = "Audiard said he hasn't \"spoken to her, and I don't want to.\""
    found = _only(nlp, text)
    assert found.kind == "mixed"
    assert _texts(text, found.source) == ["Audiard"]


def test_plain_narration_has_no_attribution(nlp: Language) -> None:
    assert find_candidates(nlp("The senator flew to Ohio on Tuesday and visited a factory.")) == []


def test_a_quote_beside_a_rarer_speech_verb_is_attributed(nlp: Language) -> None:
    text = "“The way I see it, nobody ever questioned his service or his sacrifice,” the senator elaborated."
    found = _only(nlp, text)
    assert found.kind == "direct"
    assert _texts(text, found.source) == ["the senator"]


def test_each_turn_of_a_quoted_transcript_is_its_speakers_attribution(nlp: Language) -> None:
    text = (
        "Partial transcript as follows:\n\n"
        '"WALLACE: Why would he do that? And will she actually be there tomorrow night?\n\n'
        '"PENCE: Well, look, this is serious business for the whole country.\n\n'
        '"The American people have an important choice to make.\n\n'
        '"WALLACE: If I may, sir, will she be there?\n'
    )
    found = find_candidates(nlp(text))
    turns = [c for c in found if _texts(text, c.cue) == [":"]]
    assert [_texts(text, c.source) for c in turns] == [["WALLACE"], ["PENCE"], ["WALLACE"]]
    assert _texts(text, turns[1].content) == [
        "Well, look, this is serious business for the whole country.",
        "The American people have an important choice to make.",
    ]
    assert all(c.kind == "direct" for c in turns)
    assert len(found) == len(turns)


def test_a_quote_after_a_cue_that_takes_its_colon_ends_with_the_quote(nlp: Language) -> None:
    text = (
        'Additionally, Clinton said: "I have acknowledged repeatedly that using two email accounts was a '
        'mistake," but in fact Clinton used only one email account as secretary of state.'
    )
    found = _only(nlp, text)
    assert _texts(text, found.content) == [
        "I have acknowledged repeatedly that using two email accounts was a mistake,"
    ]
    assert found.kind == "direct"


def test_a_verb_of_saying_after_its_subjects_relative_clause_is_a_cue(nlp: Language) -> None:
    text = (
        "Ana Petrov, who is leading in the second round, posted on Facebook that she was “quietly confident” "
        "about Sunday."
    )
    found = _only(nlp, text)  # the parser takes "posted" for a participle of the name ("a notice posted on ...")
    assert _texts(text, found.cue) == ["posted"]
    assert _texts(text, found.content) == ["that she was “quietly confident” about Sunday"]
    assert _texts(text, found.source) == ["Ana Petrov, who is leading in the second round"]

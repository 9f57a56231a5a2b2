from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.find import candidate_filters
from quotegraph.nlp.find.assemble import find_candidates
from quotegraph.nlp.find.candidate_filters import named_phrase, without_others_sources
from quotegraph.nlp.find.parse import ParseIndex
from quotegraph.nlp.find.quotes import quote_regions


def test_of_two_candidates_with_one_content_only_the_more_confident_stays() -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.candidate_filters import _drop_near_duplicates

    text = "Officials said on Monday that the bridge would reopen in May, according to the city."
    content = (text.index("the bridge"), text.index(", according"))
    weak = Candidate([content], [(text.index("according"), text.index(" the city"))], confidence=0.6)
    strong = Candidate([(content[0] - 5, content[1])], [(text.index("said"), text.index(" on"))], confidence=0.9)
    other = Candidate([(0, text.index(" said"))], confidence=0.5)
    assert _drop_near_duplicates(text, [weak, strong, other]) == [strong, other]


def test_a_report_inside_a_more_confident_content_is_dropped_but_a_quote_inside_stays() -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.candidate_filters import _drop_near_duplicates

    text = 'Critics cited her remark in which she said the plan was dead and "we will not vote for it."'
    outer = Candidate(
        [(text.index("her remark"), len(text))], [(text.index("cited"), text.index(" her"))], confidence=0.9
    )
    said = (text.index("said"), text.index(" the plan"))
    report = Candidate([(text.index("the plan"), text.index(" and"))], [said], confidence=0.8)
    quote = Candidate([(text.index("we will"), len(text) - 2)], [said], kind="direct", confidence=0.8)
    assert _drop_near_duplicates(text, [outer, report, quote]) == [outer, quote]
    surer = Candidate(report.content, report.cue, confidence=0.95)
    assert _drop_near_duplicates(text, [outer, surer]) == [outer, surer]


@pytest.mark.slow
def test_a_quote_held_only_by_a_dropped_near_duplicate_goes_to_the_verb_beside_it(nlp: Language) -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.candidate_filters import deduplicated_with_orphans

    text = "“The plan is a disaster,” said Reyes, who said it was “a gift to the banks and nobody else.”"
    regions = quote_regions(text)
    first, second = (regions[0].start, regions[0].end), (regions[1].start, regions[1].end)
    said, later = text.index("said"), text.rindex("said")
    both = Candidate([first, second], [(said, said + 4)], [(said + 5, said + 10)], "direct", 0.7)
    report = Candidate([(text.index("it was"), second[1])], [(later, later + 4)], [(0, 0)], "mixed", 0.9)
    kept = deduplicated_with_orphans(ParseIndex(nlp(text)), regions, [both, report])
    assert [[text[s:e] for s, e in c.content] for c in kept] == [
        ["it was “a gift to the banks and nobody else."],
        ["The plan is a disaster,"],
    ]
    assert [text[s:e] for s, e in kept[1].cue] == ["said"]


def _direct_on(text: str, quoted: str) -> Candidate:
    start = text.index(quoted)
    return Candidate([(start, start + len(quoted))], [], [], "direct", 0.9)


def test_a_short_quote_opened_by_a_determiner_or_possessive_is_a_named_phrase() -> None:
    text = "The mayor defended his “new parking plan” and the paper’s “Weekend Desk” covered it."
    assert named_phrase(text, _direct_on(text, "new parking plan"))
    assert named_phrase(text, _direct_on(text, "Weekend Desk"))


def test_a_short_quote_opened_by_a_preposition_is_a_named_phrase() -> None:
    text = "She spoke about “fair wages” on “Morning Hour” and warned of “tough days ahead.”"
    assert named_phrase(text, _direct_on(text, "fair wages"))
    assert named_phrase(text, _direct_on(text, "Morning Hour"))
    assert named_phrase(text, _direct_on(text, "tough days ahead."))


def test_a_quote_after_a_verb_or_a_long_one_after_a_determiner_is_not_a_named_phrase() -> None:
    text = "Fans chanted “Go team go” before the “plan will cost every driver far more than it saves.”"
    assert not named_phrase(text, _direct_on(text, "Go team go"))
    assert not named_phrase(text, _direct_on(text, "plan will cost every driver far more than it saves."))


def test_one_half_of_a_quote_split_by_its_cue_is_part_of_the_whole_under_that_cue() -> None:
    from quotegraph.nlp.find.candidate_filters import part_of_same_cue

    said, other = [(20, 24)], [(60, 64)]
    whole = Candidate([(1, 15), (27, 40)], said, [], "direct", 0.9)
    assert part_of_same_cue(Candidate([(27, 40)], said, [], "direct", 0.8), whole)
    assert not part_of_same_cue(Candidate([(27, 40)], other, [], "direct", 0.8), whole)
    assert not part_of_same_cue(whole, whole)


def test_a_content_tagged_from_inside_a_quoted_name_starts_after_the_name() -> None:
    from quotegraph.nlp.find.candidate_filters import past_quoted_name

    text = "Hale said on CBS's “Face the Nation” that the bill would pass."
    content = [(text.index("Nation"), text.index("."))]
    fixed = past_quoted_name(text, content, quote_regions(text))
    assert [text[s:e] for s, e in fixed] == ["that the bill would pass"]


def test_a_content_from_inside_a_quote_that_is_speech_or_ahead_of_its_quote_is_not_cut() -> None:
    from quotegraph.nlp.find.candidate_filters import past_quoted_name

    spoken = "Hale said “the bill” would pass."  # after a verb the quote is speech, not a name
    content = [(spoken.index("bill"), spoken.index("."))]
    assert past_quoted_name(spoken, content, quote_regions(spoken)) == content
    ahead = "Hale said on CBS's “Face the Nation” that the bill would pass."
    content = [(ahead.index("CBS"), ahead.index("."))]
    assert past_quoted_name(ahead, content, quote_regions(ahead)) == content


def _at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return (start, start + len(phrase))


def test_a_source_piece_that_is_another_cues_whole_source_is_left_to_it(nlp: Language) -> None:
    doc = nlp("Ms. Vale declined to comment, but her lawyer, Ed Roy, said she would appeal. Roy, who said so, left.")
    text = doc.text
    declined = Candidate([_at(text, "to comment")], [_at(text, "declined")], [_at(text, "Ms. Vale")])
    said = Candidate(
        [_at(text, "she would appeal")], [_at(text, "said")], [_at(text, "Ms. Vale"), _at(text, "her lawyer, Ed Roy")]
    )
    both = without_others_sources(doc, text, [declined, said])
    assert [[text[s:e] for s, e in c.source] for c in both] == [["Ms. Vale"], ["her lawyer, Ed Roy"]]
    roy = Candidate([_at(text, "left")], [_at(text, "left")], [_at(text, "Roy,")])
    so = Candidate([_at(text, "so")], [_at(text, "said so")], [_at(text, "Roy,"), _at(text, "who")])
    assert without_others_sources(doc, text, [roy, so])[1].source == so.source  # "who" keeps its noun


def test_a_source_piece_holding_the_cues_own_subject_stays(nlp: Language) -> None:
    doc = nlp("Clinton came up only when Megyn Kelly speculated about the cost of her wardrobe. Kelly left.")
    text = doc.text
    left = Candidate([_at(text, "left")], [_at(text, "left")], [_at(text, "Megyn Kelly")])
    speculated = Candidate(
        [_at(text, "the cost of her wardrobe")],
        [_at(text, "speculated")],
        [_at(text, "Clinton"), _at(text, "Megyn Kelly")],
    )
    assert without_others_sources(doc, text, [left, speculated])[1].source == speculated.source


_HARBOUR_BODY = (
    "\n\nThe old harbour wall at Portsoy collapsed on Monday night, flooding six boats, the council said.\n\n"
    "Repairs could take a year, officials said."
)


def _headline_contents(nlp: Language, headline: str, body: str = _HARBOUR_BODY) -> list[str]:
    text = headline + body
    return [
        text[c.content[0][0] : c.content[-1][1]] for c in find_candidates(nlp(text)) if c.content[0][0] < len(headline)
    ]


def test_a_headline_quote_by_an_anonymous_voice_the_story_never_repeats_is_no_statement(nlp: Language) -> None:
    assert _headline_contents(nlp, "‘We felt the whole pier shake,’ volunteer says as harbour wall gives way") == []
    # the voice after a semicolon that joins a title-case headline's two clauses
    assert _headline_contents(nlp, "Harbour Wall Collapses at Portsoy; Volunteer Says ‘We Felt It Shake’") == []


def test_a_headline_quote_by_a_name_or_repeated_below_or_partly_quoted_stays(nlp: Language) -> None:
    quote = "‘We felt the whole pier shake,’ {} says as harbour wall gives way"
    assert _headline_contents(nlp, quote.format("Skipper Ross")) == ["We felt the whole pier shake,"]
    assert _headline_contents(nlp, quote.format("the volunteer")) == ["We felt the whole pier shake,"]
    repeated = _HARBOUR_BODY + "\n\n“We felt the whole pier shake,” said one volunteer."
    assert _headline_contents(nlp, quote.format("volunteer"), repeated) == ["We felt the whole pier shake,"]
    partly = "Volunteer says harbour wall ‘fell like a pack of cards’ as repairs are ordered"
    assert _headline_contents(nlp, partly) == ["harbour wall ‘fell like a pack of cards’"]


_THAT_SAID = (
    "Mrs. Clinton is expected to win the nomination. That said, a loss to Mr. Sanders in this state would prove "
    "embarrassing to her campaign."
)


def _cue_sources(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [
        (text[c.source[0][0] : c.source[0][1]] if c.source else "", text[slice(*c.cue[0])])
        for c in find_candidates(nlp(text))
        if c.cue
    ]


@pytest.mark.parametrize("dropped", [True, False])
def test_the_writers_that_said_is_no_report_of_that(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, dropped: bool
) -> None:
    monkeypatch.setattr(candidate_filters, "DISCOURSE_THAT_SAID_DROPPED", dropped)
    assert (("That", "said") in _cue_sources(nlp, _THAT_SAID)) is not dropped


def test_a_demonstrative_saying_a_quote_after_a_comma_is_still_a_report(nlp: Language) -> None:
    text = "The sign on the door was clear. That said, “Keep out,” in red letters."
    assert ("That", "said") in _cue_sources(nlp, text)


_NOT_CLEAR = "But it is not clear whether any Democrat can replicate Mr. Obama's relationship with the new voters."


def _sources_by_cue(nlp: Language, text: str) -> dict[str, list[str]]:
    return {text[slice(*c.cue[0])]: [text[slice(*s)] for s in c.source] for c in find_candidates(nlp(text)) if c.cue}


@pytest.mark.parametrize(
    ("mode", "expected"), [("kept", {"is not clear": ["it"]}), ("cleared", {"is not clear": []}), ("dropped", {})]
)
def test_an_extraposed_it_is_no_speaker(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, mode: str, expected: dict[str, list[str]]
) -> None:
    monkeypatch.setattr(candidate_filters, "EXPLETIVE_SOURCES", mode)
    assert _sources_by_cue(nlp, _NOT_CLEAR) == expected


def test_an_it_that_names_a_thing_stays_the_source(nlp: Language) -> None:
    text = "The campaign put out a new advertisement on Monday. It says that the senator has failed the state."
    assert _sources_by_cue(nlp, text).get("says") == ["It"]

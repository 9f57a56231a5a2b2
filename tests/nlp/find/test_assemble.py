from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.find import assemble
from quotegraph.nlp.find.assemble import (
    MAX_CUES_REACHED,
    _adjacent_quote,
    _among_cues,
    _backshifted_conjunct,
    _before_coordinated_cue,
    _from_first_that,
    _from_that_before_quote,
    _headline_quote_alone,
    _named_phrase,
    _naming_object,
    _over_inner_punctuation,
    _past_colon_lead_in,
    _past_opening_according,
    _poll_candidates,
    _speaker_headline,
    _with_closing_quote,
    _without_others_sources,
    attribution_kind,
    find_candidates,
    widen_over_quotes,
)
from quotegraph.nlp.find.cues import FoundCue
from quotegraph.nlp.find.lines import Lines
from quotegraph.nlp.find.parse import ParseIndex
from quotegraph.nlp.find.quotes import headline_quotes, quote_regions
from quotegraph.nlp.find.spans import quote_mask


def test_kind_follows_the_quote_marks_inside_the_content() -> None:
    text = 'He said "we will win" and that they would.'
    regions = quote_regions(text)
    quoted = (text.index("we"), text.index(" and"))
    assert attribution_kind(text, [quoted], regions) == "direct"
    assert attribution_kind(text, [(quoted[0], len(text))], regions) == "mixed"
    assert attribution_kind(text, [(text.index("they"), len(text))], regions) == "indirect"


def _closing(nlp: Language, text: str, content_from: str, content_to: str) -> list[str]:
    cue = (text.index("told"), text.index("told") + 4)
    content = [(text.index(content_from), text.index(content_to) + len(content_to))]
    return [text[s:e] for s, e in _with_closing_quote(nlp(text), text, content, quote_regions(text), cue)]


def test_a_quote_after_a_comma_that_ends_the_paragraph_goes_on_with_the_reported_clause(nlp: Language) -> None:
    text = "Lowe told listeners that 400 messages came in, “most of them about bins.”\nThe station said more."
    assert _closing(nlp, text, "400", "came in") == ["400 messages came in", "most of them about bins."]
    # words after the quote in its paragraph, or more than a comma before it: the quote is not the clause's
    text = "Lowe told listeners that 400 messages came in, “most of them about bins,” she said.\nMore."
    assert _closing(nlp, text, "400", "came in") == ["400 messages came in"]
    text = "Lowe told listeners that 400 messages came in; “most of them about bins.”\nMore."
    assert _closing(nlp, text, "400", "came in") == ["400 messages came in"]
    # a verb of saying inside the content may own the quote
    text = "Gore told them it was “premature” to back her while adding on climate matters, “She is right.”\nMore."
    assert _closing(nlp, text, "it was", "matters") == [
        "it was “premature” to back her while adding on climate matters"
    ]


def test_content_touching_an_open_quote_takes_the_paragraphs_that_reopen_it() -> None:
    text = "She wrote: “First part.\n“Second part.”\nThen she left."
    widened = widen_over_quotes([(text.index("First"), text.index("part"))], quote_regions(text), text)
    assert [text[s:e] for s, e in widened] == ["First part.", "Second part."]


def test_of_two_candidates_with_one_content_only_the_more_confident_stays() -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.assemble import _drop_near_duplicates

    text = "Officials said on Monday that the bridge would reopen in May, according to the city."
    content = (text.index("the bridge"), text.index(", according"))
    weak = Candidate([content], [(text.index("according"), text.index(" the city"))], confidence=0.6)
    strong = Candidate([(content[0] - 5, content[1])], [(text.index("said"), text.index(" on"))], confidence=0.9)
    other = Candidate([(0, text.index(" said"))], confidence=0.5)
    assert _drop_near_duplicates(text, [weak, strong, other]) == [strong, other]


def test_a_content_tagged_over_a_paragraph_break_keeps_to_the_cue_paragraph() -> None:
    from quotegraph.nlp.find.assemble import _in_cue_paragraph

    text = "“The plan is dead,” he said.\n\nHis aide added: “We will try again next year.”"
    cue = text.index("added")
    tagged = [(text.index("The plan"), text.index(",”")), (text.index("We"), len(text))]
    clipped = _in_cue_paragraph(Lines(text), cue, tagged)
    assert [text[s:e] for s, e in clipped] == ["We will try again next year.”"]


def test_a_content_wholly_outside_the_cue_paragraph_is_left_as_tagged() -> None:
    from quotegraph.nlp.find.assemble import _in_cue_paragraph

    text = "“The plan is dead.”\n\nThat is what the mayor said."
    tagged = [(1, text.index(".”"))]
    assert _in_cue_paragraph(Lines(text), text.index("said"), tagged) == tagged


def test_a_content_opening_with_a_whole_quote_ends_with_it() -> None:
    from quotegraph.nlp.find.assemble import _quote_first

    text = "But he said, “It is time we change,” promising a return to the club's roots."
    regions = quote_regions(text)
    content = [(regions[0].start, len(text) - 1)]
    assert [text[s:e] for s, e in _quote_first(text, content, regions)] == ["It is time we change,"]


def test_a_content_starting_before_its_quote_is_not_cut() -> None:
    from quotegraph.nlp.find.assemble import _quote_first

    text = "He said the plan was “a disaster” for the town."
    content = [(text.index("the plan"), len(text) - 1)]
    assert _quote_first(text, content, quote_regions(text)) == content


def test_a_resumed_quote_joins_over_an_aside_and_absorbs_a_stray_content() -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.assemble import _join_resumed_quotes

    text = (
        "The senator spoke at length.\n"
        "“We are paid less,” she said, referring to her father's firm. “My father will change that.”"
    )
    regions = quote_regions(text)
    first, second = (regions[0].start, regions[0].end), (regions[1].start, regions[1].end)
    said = (text.index("said"), text.index("said") + 4)
    quote = Candidate([first], [said], [(said[0] - 4, said[0] - 1)], "direct", 0.9)
    aside_cue = (text.index("referring"), text.index(" to her"))
    aside = Candidate([(text.index("her father"), text.index(". “My"))], [aside_cue], [], "indirect", 0.7)
    stray = Candidate([second], [(text.index("spoke"), text.index(" at"))], [], "direct", 0.6)
    kept = _join_resumed_quotes(text, Lines(text), regions, [quote, aside, stray])
    assert kept == [quote, aside]
    assert quote.content == [first, second]


def test_a_resumed_quote_with_its_own_speaker_is_not_joined() -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.assemble import _join_resumed_quotes

    text = "“We are paid less,” she said. “That is false,” the mayor replied."
    regions = quote_regions(text)
    first, second = (regions[0].start, regions[0].end), (regions[1].start, regions[1].end)
    said = (text.index("said"), text.index("said") + 4)
    replied = (text.index("replied"), text.index("replied") + 7)
    quote = Candidate([first], [said], [(said[0] - 4, said[0] - 1)], "direct", 0.9)
    reply = Candidate([second], [replied], [(text.index("the mayor"), replied[0] - 1)], "direct", 0.9)
    assert _join_resumed_quotes(text, Lines(text), regions, [quote, reply]) == [quote, reply]
    assert quote.content == [first]


def test_a_report_inside_a_more_confident_content_is_dropped_but_a_quote_inside_stays() -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.assemble import _drop_near_duplicates

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


def test_a_resumed_quote_taken_by_an_answer_in_the_gap_is_not_joined() -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.assemble import _join_resumed_quotes

    text = "She was asked, “Will you run again?” He answered, “I have not decided yet.”"
    regions = quote_regions(text)
    first, second = (regions[0].start, regions[0].end), (regions[1].start, regions[1].end)
    asked = (text.index("asked"), text.index("asked") + 5)
    answered = (text.index("answered"), text.index("answered") + 8)
    question = Candidate([first], [asked], [(0, 3)], "direct", 0.9)
    answer = Candidate([second], [answered], [(text.index("He"), answered[0] - 1)], "direct", 0.9)
    assert _join_resumed_quotes(text, Lines(text), regions, [question, answer]) == [question, answer]
    assert question.content == [first]


def _token(doc: Doc, word: str, nth: int = 0) -> Token:
    """The ``nth`` token of ``doc`` whose text is ``word``."""
    return [t for t in doc if t.text == word][nth]


def _cue_at(doc: Doc, word: str) -> FoundCue:
    token = _token(doc, word)
    return FoundCue(token.i, token.i + 1, 0.9)


def _adjacent(doc: Doc, cue: FoundCue) -> list[str]:
    """The texts of the quotes a cue without content takes."""
    text = doc.text
    return [text[s:e] for s, e in _adjacent_quote(ParseIndex(doc), Lines(text), cue, quote_regions(text))]


@pytest.mark.slow
def test_a_cue_without_content_takes_the_reported_quote_before_its_speaker(nlp: Language) -> None:
    text = "“We were wrong to wait so long,” Ramos, 58, told reporters in Mexico City."
    doc = nlp(text)
    assert _adjacent(doc, _cue_at(doc, "told")) == ["We were wrong to wait so long,"]


@pytest.mark.slow
def test_a_cue_without_content_takes_the_quote_it_introduces_with_a_comma(nlp: Language) -> None:
    text = "The mayor spoke first. He added, “The bridge will open in May.”"
    doc = nlp(text)
    assert _adjacent(doc, _cue_at(doc, "added")) == ["The bridge will open in May."]


@pytest.mark.slow
def test_a_cue_without_content_does_not_take_a_whole_sentence_quote_of_its_own_sentence(nlp: Language) -> None:
    text = "Voters chanted “Lock her up” as the senator told the crowd to stay calm."
    doc = nlp(text)
    assert _adjacent(doc, _cue_at(doc, "told")) == []


def test_a_content_with_a_reported_quote_before_its_cue_keeps_to_the_quote_side_without_the_words_after() -> None:
    from quotegraph.nlp.find.assemble import _quote_side

    text = "“We will win,” he said, adding that the polls were wrong and “so are the pundits.”"
    regions = quote_regions(text)
    cue = (text.index("said"), text.index("said") + 4)
    content = [(regions[0].start, regions[0].end), (text.index("that the polls"), regions[1].end)]
    kept = _quote_side(text, content, cue, regions)
    assert [text[s:e] for s, e in kept] == ["We will win,"]


def test_a_reported_quote_keeps_a_quote_its_cue_resumes_but_not_a_later_one() -> None:
    from quotegraph.nlp.find.assemble import _quote_side

    text = "“We will win,” he said, “and soon.” Aides cheered. “Not yet,” one warned."
    regions = quote_regions(text)
    cue = (text.index("said"), text.index("said") + 4)
    content = [(regions[0].start, regions[0].end), (text.index(", “and") + 3, regions[2].end)]
    kept = _quote_side(text, content, cue, regions)
    assert [text[s:e] for s, e in kept] == ["We will win,", "and soon."]


def test_a_content_running_into_a_quote_set_off_by_a_dash_starts_at_the_quote() -> None:
    from quotegraph.nlp.find.assemble import _quote_side

    text = "She praised the plan - “a bill that puts workers first,” she said - and urged a vote."
    regions = quote_regions(text)
    cue = (text.index("said"), text.index("said") + 4)
    content = [(text.index("the plan"), regions[0].end)]
    assert _quote_side(text, content, cue, regions) == [(regions[0].start, regions[0].end)]


def test_a_content_running_into_a_reported_quote_without_a_dash_keeps_its_lead() -> None:
    from quotegraph.nlp.find.assemble import _quote_side

    text = "The plan will help families by cutting “the taxes they pay every year,” she said."
    regions = quote_regions(text)
    cue = (text.index("said"), text.index("said") + 4)
    content = [(text.index("The plan"), regions[0].end)]
    assert _quote_side(text, content, cue, regions) == content


def test_a_content_with_a_quote_introduced_after_its_cue_drops_the_question_before() -> None:
    from quotegraph.nlp.find.assemble import _quote_side

    text = "Asked whether he would run, Trump replied, “Maybe so, we will see.”"
    regions = quote_regions(text)
    cue = (text.index("replied"), text.index("replied") + 7)
    content = [(text.index("whether"), text.index(", Trump")), (regions[0].start, regions[0].end)]
    assert _quote_side(text, content, cue, regions) == [(regions[0].start, regions[0].end)]


def test_the_other_half_of_a_quote_split_by_its_own_cue_joins_it() -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.assemble import _join_resumed_quotes

    text = "“I think the plan failed,” he said, “and the town knows it.”"
    regions = quote_regions(text)
    first, second = (regions[0].start, regions[0].end), (regions[1].start, regions[1].end)
    said = (text.index("said"), text.index("said") + 4)
    head = Candidate([first], [said], [(said[0] - 3, said[0] - 1)], "direct", 0.5)
    tail = Candidate([second], [said], [(said[0] - 3, said[0] - 1)], "direct", 0.9)
    assert _join_resumed_quotes(text, Lines(text), regions, [tail, head]) == [head]
    assert head.content == [first, second]


@pytest.mark.slow
def test_a_cue_without_content_prefers_the_reported_quote_of_its_own_sentence(nlp: Language) -> None:
    text = "He wrote a book, “The Art of the Deal.” “It was a little more plane than I needed,” he wrote."
    doc = nlp(text)
    last = len(doc) - 2
    assert _adjacent(doc, FoundCue(last, last + 1, 0.9)) == ["It was a little more plane than I needed,"]


@pytest.mark.slow
def test_a_quote_taken_beside_a_cue_without_roles_takes_the_speaker_beside_it(nlp: Language) -> None:
    from quotegraph.nlp.find.assemble import _untagged_speaker

    text = "“We were wrong to wait so long,” Ramos, 58, told reporters in Mexico City."
    doc = nlp(text)
    [region] = quote_regions(text)
    source = _untagged_speaker(_token(doc, "told"), [(region.start, region.end)], quoted=True)
    assert [text[s:e] for s, e in source] in (["Ramos"], ["Ramos, 58"])


@pytest.mark.slow
def test_a_content_without_a_tagged_source_takes_a_speaker_only_where_the_cue_says_who(nlp: Language) -> None:
    from quotegraph.nlp.find.assemble import _untagged_speaker

    text = "Marcus Bell, the team's head coach, texted to say that nobody would comment."
    doc = nlp(text)
    content = [(text.index("that nobody"), len(text) - 1)]
    assert _cue_at(doc, "texted") and doc[_cue_at(doc, "texted").start].dep_ == "acl"  # the parse this rule is for
    source = _untagged_speaker(_token(doc, "texted"), content, quoted=False)
    assert [text[s:e] for s, e in source] == ["Marcus Bell, the team's head coach"]
    known = "HLN, once known as Headline News, parted ways with its chief."
    doc = nlp(known)
    content = [(known.index("as Headline"), known.index(", parted"))]
    assert _untagged_speaker(_token(doc, "known"), content, quoted=False) == []
    quoted = "“We will win,” replied Ortiz and Bell."
    doc = nlp(quoted)
    [region] = quote_regions(quoted)
    source = _untagged_speaker(_token(doc, "replied"), [(region.start, region.end)], quoted=True)
    assert [quoted[s:e] for s, e in source] == ["Ortiz and Bell"]


def test_a_content_on_a_quote_introduced_by_its_cue_ends_with_a_quote_ending_as_a_clause() -> None:
    from quotegraph.nlp.find.assemble import _quote_side

    text = "Clinton said: “Using one account was a mistake,” but in fact she used only one."
    regions = quote_regions(text)
    cue = (text.index("said"), text.index("said") + 4)
    content = [(regions[0].start, len(text) - 1)]
    assert _quote_side(text, content, cue, regions) == [(regions[0].start, regions[0].end)]


def test_a_quote_paragraph_after_a_paragraph_of_narrative_continues_no_one() -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.assemble import _continuations

    text = "She said the race was close.\nThe weather was cold that day.\n“Nobody can stop us now, not even the rain.”"
    said = (text.index("said"), text.index("said") + 4)
    parent = Candidate([(text.index("the race"), text.index(".\nThe"))], [said], [(0, 3)], "indirect", 0.9)
    assert _continuations(text, Lines(text), quote_regions(text), [parent]) == []


def test_quote_paragraphs_in_a_row_all_continue_the_attribution_before_them() -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.assemble import _continuations

    text = "She said:\n“We will win this race.”\n“Nobody can stop us now.”\n“Not even the rain.”"
    said = (text.index("said"), text.index("said") + 4)
    first, *rest = quote_regions(text)
    parent = Candidate([(first.start, first.end)], [said], [(0, 3)], "direct", 0.9)
    continued = _continuations(text, Lines(text), [first, *rest], [parent])
    assert [(c.content, c.continues) for c in continued] == [([(r.start, r.end)], 0) for r in rest]


@pytest.mark.slow
def test_a_quote_held_only_by_a_dropped_near_duplicate_goes_to_the_verb_beside_it(nlp: Language) -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.assemble import _deduplicated_with_orphans

    text = "“The plan is a disaster,” said Reyes, who said it was “a gift to the banks and nobody else.”"
    regions = quote_regions(text)
    first, second = (regions[0].start, regions[0].end), (regions[1].start, regions[1].end)
    said, later = text.index("said"), text.rindex("said")
    both = Candidate([first, second], [(said, said + 4)], [(said + 5, said + 10)], "direct", 0.7)
    report = Candidate([(text.index("it was"), second[1])], [(later, later + 4)], [(0, 0)], "mixed", 0.9)
    kept = _deduplicated_with_orphans(ParseIndex(nlp(text)), regions, [both, report])
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
    assert _named_phrase(text, _direct_on(text, "new parking plan"))
    assert _named_phrase(text, _direct_on(text, "Weekend Desk"))


def test_a_short_quote_opened_by_a_preposition_is_a_named_phrase() -> None:
    text = "She spoke about “fair wages” on “Morning Hour” and warned of “tough days ahead.”"
    assert _named_phrase(text, _direct_on(text, "fair wages"))
    assert _named_phrase(text, _direct_on(text, "Morning Hour"))
    assert _named_phrase(text, _direct_on(text, "tough days ahead."))


def test_a_quote_after_a_verb_or_a_long_one_after_a_determiner_is_not_a_named_phrase() -> None:
    text = "Fans chanted “Go team go” before the “plan will cost every driver far more than it saves.”"
    assert not _named_phrase(text, _direct_on(text, "Go team go"))
    assert not _named_phrase(text, _direct_on(text, "plan will cost every driver far more than it saves."))


def test_one_half_of_a_quote_split_by_its_cue_is_part_of_the_whole_under_that_cue() -> None:
    from quotegraph.nlp.find.assemble import _part_of_same_cue

    said, other = [(20, 24)], [(60, 64)]
    whole = Candidate([(1, 15), (27, 40)], said, [], "direct", 0.9)
    assert _part_of_same_cue(Candidate([(27, 40)], said, [], "direct", 0.8), whole)
    assert not _part_of_same_cue(Candidate([(27, 40)], other, [], "direct", 0.8), whole)
    assert not _part_of_same_cue(whole, whole)


def test_a_cue_window_reaches_past_a_bounded_number_of_other_cues() -> None:
    cues = [FoundCue(start, start + 1, 1.0) for start in range(0, 400, 4)]
    low, high = _among_cues(cues, 50, 1000)
    assert (low, high) == (cues[50 - MAX_CUES_REACHED].start, cues[50 + MAX_CUES_REACHED].end)
    assert _among_cues(cues, 2, 1000)[0] == 0 and _among_cues(cues, 98, 1000)[1] == 1000


def test_a_content_tagged_from_inside_a_quoted_name_starts_after_the_name() -> None:
    from quotegraph.nlp.find.assemble import _past_quoted_name

    text = "Hale said on CBS's “Face the Nation” that the bill would pass."
    content = [(text.index("Nation"), text.index("."))]
    fixed = _past_quoted_name(text, content, quote_regions(text))
    assert [text[s:e] for s, e in fixed] == ["that the bill would pass"]


def test_a_content_from_inside_a_quote_that_is_speech_or_ahead_of_its_quote_is_not_cut() -> None:
    from quotegraph.nlp.find.assemble import _past_quoted_name

    spoken = "Hale said “the bill” would pass."  # after a verb the quote is speech, not a name
    content = [(spoken.index("bill"), spoken.index("."))]
    assert _past_quoted_name(spoken, content, quote_regions(spoken)) == content
    ahead = "Hale said on CBS's “Face the Nation” that the bill would pass."
    content = [(ahead.index("CBS"), ahead.index("."))]
    assert _past_quoted_name(ahead, content, quote_regions(ahead)) == content


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
    both = _without_others_sources(doc, text, [declined, said])
    assert [[text[s:e] for s, e in c.source] for c in both] == [["Ms. Vale"], ["her lawyer, Ed Roy"]]
    roy = Candidate([_at(text, "left")], [_at(text, "left")], [_at(text, "Roy,")])
    so = Candidate([_at(text, "so")], [_at(text, "said so")], [_at(text, "Roy,"), _at(text, "who")])
    assert _without_others_sources(doc, text, [roy, so])[1].source == so.source  # "who" keeps its noun


def test_a_source_piece_holding_the_cues_own_subject_stays(nlp: Language) -> None:
    doc = nlp("Clinton came up only when Megyn Kelly speculated about the cost of her wardrobe. Kelly left.")
    text = doc.text
    left = Candidate([_at(text, "left")], [_at(text, "left")], [_at(text, "Megyn Kelly")])
    speculated = Candidate(
        [_at(text, "the cost of her wardrobe")],
        [_at(text, "speculated")],
        [_at(text, "Clinton"), _at(text, "Megyn Kelly")],
    )
    assert _without_others_sources(doc, text, [left, speculated])[1].source == speculated.source


def _cut_at_coordinated_cue(nlp: Language, text: str, second: str, second_is_cue: bool = True) -> str:
    doc = nlp(text)
    said = _token(doc, "said")
    verb = _token(doc, second)
    content = [(doc[said.i + 1].idx, len(text))]
    heads = {said.i, verb.i} if second_is_cue else {said.i}
    regions = quote_regions(text)
    [(start, end)], _ = _before_coordinated_cue(doc, said, content, heads, quote_mask(doc, regions), regions)
    return text[start:end]


def test_a_content_run_over_a_coordinated_cue_with_its_own_clause_or_quote_ends_before_it(nlp: Language) -> None:
    text = "Meteorologist Ines Fairbanks said winds would ease by the afternoon but warned that “ice will form.”"
    assert _cut_at_coordinated_cue(nlp, text, "warned") == "winds would ease by the afternoon"
    text = (
        "Head librarian Priya Sandhu said in a statement on Saturday that “not a single book was damaged” and "
        "thanked students for “the tidiest protest in the history of the building.”"
    )
    assert (
        _cut_at_coordinated_cue(nlp, text, "thanked")
        == "in a statement on Saturday that “not a single book was damaged”"
    )
    # a second verb the tagger found no cue, or with a bare clause of its own, stays in the content
    text = "Meteorologist Ines Fairbanks said winds would ease by the afternoon but warned that “ice will form.”"
    assert _cut_at_coordinated_cue(nlp, text, "warned", second_is_cue=False).endswith("“ice will form.”")
    text = "Smith said on Monday the plan would work but added the costs were low."
    assert _cut_at_coordinated_cue(nlp, text, "added") == "on Monday the plan would work but added the costs were low."
    # the parser may hang the second verb on the reported clause's; one with its own subject stays
    text = "Smith said on Monday the plan would work but added that the costs were low."
    assert _cut_at_coordinated_cue(nlp, text, "added") == "on Monday the plan would work"
    text = "Smith said on Monday the plan would work but he added that the costs were low."
    assert _cut_at_coordinated_cue(nlp, text, "added").endswith("the costs were low.")
    text = "Smith said on Monday the plan would work and hoped that the costs would be low."
    assert _cut_at_coordinated_cue(nlp, text, "hoped").endswith("the costs would be low.")


def test_a_content_starting_at_a_quote_inside_the_reported_clause_starts_at_that(nlp: Language) -> None:
    text = "Ainsley said on the same episode that Mensah had “earned the right to choose.”"
    doc = nlp(text)
    said = _token(doc, "said")
    content = [(text.index("earned"), text.index(".”") + 1)]
    [(start, end)] = _from_that_before_quote(doc, said, content, quote_regions(text))
    assert text[start:end] == "that Mensah had “earned the right to choose."
    # an unquoted start is left as tagged
    text = "Ainsley said on the same episode that Mensah had earned the right to choose."
    doc = nlp(text)
    content = [(text.index("earned"), len(text) - 1)]
    assert _from_that_before_quote(doc, doc[1], content, quote_regions(text)) == content


def test_a_cue_of_naming_run_over_its_object_gives_the_object_to_the_content(nlp: Language) -> None:
    text = "Tomas Herrera called the decision “a start, not a finish” in an interview."
    doc = nlp(text)
    called = _token(doc, "called")
    cue = FoundCue(called.i, called.i + 3, 0.6)
    cue_chars = [(called.idx, doc[called.i + 2].idx + len("decision"))]
    content = [(text.index("a start"), text.index("finish") + len("finish"))]
    [cue_span], [(start, end)] = _naming_object(doc, text, cue, called, cue_chars, content)
    assert text[slice(*cue_span)] == "called"
    assert text[start:end] == "the decision “a start, not a finish"
    # a cue of saying that took its addressee keeps it
    text = "Tomas Herrera told the students “a start, not a finish” in an interview."
    doc = nlp(text)
    told = _token(doc, "told")
    cue_chars = [(told.idx, doc[told.i + 2].idx + len("students"))]
    content = [(text.index("a start"), text.index("finish") + len("finish"))]
    assert _naming_object(doc, text, FoundCue(told.i, told.i + 3, 0.6), told, cue_chars, content) == (
        cue_chars,
        content,
    )


def test_a_content_starting_at_a_second_that_clause_starts_at_the_first(nlp: Language) -> None:
    text = (
        "Imani Brooks said on a local radio program on Wednesday that she respected the senator but that “respect is "
        "not a campaign platform.”"
    )
    doc = nlp(text)
    said = _token(doc, "said")
    second = text.index("that “")
    [(start, _)] = _from_first_that(doc, said, [(second, len(text))])
    assert text[start:].startswith("that she respected the senator but that")
    # a content at the first clause's "that", or at a "that" with no "and" or "but" before it, is left as tagged
    first = text.index("that she")
    assert _from_first_that(doc, said, [(first, len(text))]) == [(first, len(text))]
    text = "Imani Brooks said on Wednesday that she respected the senator. She said that “respect is not enough.”"
    doc = nlp(text)
    second = text.index("that “")
    said = _token(doc, "said", 1)
    assert _from_first_that(doc, said, [(second, len(text))]) == [(second, len(text))]


def _past_lead_in(nlp: Language, text: str, cue: str, content_from: str, content_to: str) -> list[str]:
    cue_chars = (text.index(cue), text.index(cue) + len(cue))
    content = [(text.index(content_from), text.index(content_to) + len(content_to))]
    return [text[s:e] for s, e in _past_colon_lead_in(nlp(text), text, content, cue_chars, quote_regions(text))]


def test_a_content_run_over_a_colon_lead_in_that_reports_nothing_starts_at_the_quote(nlp: Language) -> None:
    text = "The all-clear came at 6:31 p.m.: “All payment services are operating normally,” the page said."
    assert _past_lead_in(nlp, text, "said", "The all-clear", "normally,") == [
        "All payment services are operating normally,"
    ]
    text = "Brooks posted a photo of the two of them on Instagram with the caption: “Still family. Always will be.”"
    assert _past_lead_in(nlp, text, "posted", "a photo", "will be.") == ["Still family. Always will be."]
    # a lead-in holding a verb of saying is the report's; a phrase after the cue that is not its object stays
    text = "The senator fired back and said: “That is false,” the spokesman said."
    assert _past_lead_in(nlp, text, "spokesman said", "The senator", "false,") == [
        "The senator fired back and said: “That is false,"
    ]
    text = "Donald Trump listed an NBC show as his guilty pleasure: “Saturday Night Live” and more."
    assert _past_lead_in(nlp, text, "listed", "an NBC", "Live") == [
        "an NBC show as his guilty pleasure: “Saturday Night Live"
    ]
    text = "Brooks spoke of the two of them: “Still family. Always will be.”"
    assert _past_lead_in(nlp, text, "spoke", "of the", "will be.") == [
        "of the two of them: “Still family. Always will be."
    ]


def _conjunct(nlp: Language, text: str, cue: str, content_from: str, content_to: str) -> list[str]:
    doc = nlp(text)
    head = _token(doc, cue)
    content = [(text.index(content_from), text.index(content_to) + len(content_to))]
    return [text[s:e] for s, e in _backshifted_conjunct(head, content)]


def test_a_verb_coordinated_with_the_cue_in_the_reported_clause_s_backshifted_tense_goes_on_with_it(
    nlp: Language,
) -> None:
    said = "on Threads on Wednesday that he had known for months and {}had “never seen two people handle it better.”"
    text = "Omar Haddad posted " + said.format("")
    assert _conjunct(nlp, text, "posted", "that he", "months") == [
        "that he had known for months and had “never seen two people handle it better"
    ]
    # a verb with a subject of its own, or a cue with the same auxiliary, is the speaker's
    text = "Omar Haddad posted " + said.format("he ")
    assert _conjunct(nlp, text, "posted", "that he", "months") == ["that he had known for months"]
    text = "Omar Haddad had posted " + said.format("")
    assert _conjunct(nlp, text, "posted", "that he", "months") == ["that he had known for months"]


def test_an_opening_according_to_phrase_is_no_part_of_the_content_of_the_cue_after_it() -> None:
    text = "According to the transcript of an interview, Hale told detectives that he had “never once signed” it."
    cue = (text.index("told"), text.index("told") + 4)
    phrase, clause = (0, text.index(",")), (text.index("that he"), len(text) - 1)
    assert _past_opening_according(text, [phrase, clause], cue) == [clause]
    # a content with nothing else, or a fragment after the cue, stays
    assert _past_opening_according(text, [phrase], cue) == [phrase]
    text = "Hale told detectives, according to the transcript, that he had “never once signed” it."
    cue = (text.index("told"), text.index("told") + 4)
    later = [(text.index("according"), text.index(", that")), (text.index("that he"), len(text) - 1)]
    assert _past_opening_according(text, later, cue) == later


def _side_kept(text: str, cue_word: str, before: tuple[str, str] | None, after: tuple[str, str] | None) -> list[str]:
    """The texts ``_quote_side`` keeps of a content of the text's one quote and an unquoted part before the cue
    (``before``: its first and past-last words) or after it (``after``)."""
    from quotegraph.nlp.find.assemble import _quote_side

    [region] = quote_regions(text)
    cue = (text.index(cue_word), text.index(cue_word) + len(cue_word))
    quote = (region.start, region.end)
    content = [quote]
    if before is not None:
        content = [(text.index(before[0]), text.index(before[1])), quote]
    if after is not None:
        content = [quote, (text.index(after[0]), text.index(after[1]))]
    return [text[s:e] for s, e in _quote_side(text, content, cue, [region])]


def test_a_quote_going_on_with_the_sentence_before_its_set_off_cue_keeps_the_start() -> None:
    text = "It was advice he had followed, she noted, “and then some, he signed it in three places.”"
    kept = _side_kept(text, "noted", ("It was", ", she"), None)
    assert kept == ["It was advice he had followed", "and then some, he signed it in three places."]


def test_a_question_before_a_set_off_cue_is_dropped_even_when_the_quote_opens_small() -> None:
    text = "Asked whether he would run, Trump replied, “maybe so, we will see.”"
    assert _side_kept(text, "replied", ("whether", ", Trump"), None) == ["maybe so, we will see."]


def test_a_reported_quote_keeps_to_its_side_past_a_title_and_name_before_the_cue() -> None:
    text = "“We are against finding out from a release,” the trust's chair, Margaret Oduya, told the Evening Press."
    kept = _side_kept(text, "told", None, ("the Evening", "Press"))
    assert kept == ["We are against finding out from a release,"]


def test_a_headline_quote_set_off_by_a_colon_is_the_words_alone() -> None:
    text = "'I checked the numbers eleven times': School janitor claims $214 million jackpot\n\nBody."
    quote, claim = text.index("I checked"), text.index("$214")
    content = [(quote, text.index("'", quote)), (claim, text.index("\n"))]
    cue = (text.index("claims"), text.index("claims") + len("claims"))
    assert _headline_quote_alone(text, content, cue, headline_quotes(text)) == content[:1]


def test_a_headline_quote_in_the_middle_of_its_line_keeps_its_content() -> None:
    text = "Minister says 'no deal': talks collapse\n\nBody."
    content = [(text.index("no deal"), text.index("'", text.index("no deal"))), (text.index("talks"), text.index("\n"))]
    cue = (text.index("says"), text.index("says") + len("says"))
    assert _headline_quote_alone(text, content, cue, headline_quotes(text)) == content


def test_a_speaker_headline_is_a_statement_unless_a_tagged_cue_reads_its_claim(nlp: Language) -> None:
    text = "Sanders: Brexit’s message could draw Trump support in US.\n\nThe senator spoke in Ohio."
    doc = nlp(text)
    claim = (text.index("Brexit"), text.index("US") + 2)
    [stated] = _speaker_headline(doc, text, [], [])
    assert (stated.content, stated.cue, stated.source) == ([claim], [(7, 8)], [(0, 7)])
    assert stated.kind == "indirect"
    tagged = Candidate([(text.index("Trump"), claim[1])], [(text.index("draw"), text.index(" Trump"))])
    assert _speaker_headline(doc, text, [], [tagged]) == []


def test_a_polls_finding_is_a_statement_unless_a_found_statement_holds_the_poll(nlp: Language) -> None:
    text = "The mayor was ahead in a Gazette poll."
    doc = nlp(text)
    in_quote = [False] * len(doc)
    [stated] = _poll_candidates(doc, text, in_quote, [], [])
    at = text.index(" in a") + 1
    assert (stated.content, stated.cue, stated.source) == (
        [(0, text.index(" in a"))],
        [(at, at + 2)],
        [(text.index("a Gazette"), text.index("."))],
    )
    reported = Candidate([(0, len(text) - 1)], [(0, 3)])  # "Smith said the mayor had a lead in the poll"
    assert _poll_candidates(doc, text, in_quote, [], [reported]) == []


def test_the_pieces_of_a_content_join_over_a_comma_or_dash_the_tagger_left_out() -> None:
    text = "The club said it would buy a new, faster boat for the regatta - and a trailer."
    boat, regatta = text.index("it would"), text.index("faster")
    pieces = [(boat, text.index(",")), (regatta, text.index(" -")), (text.index("and a"), len(text) - 1)]
    assert _over_inner_punctuation(text, pieces) == [(boat, len(text) - 1)]


def test_a_content_the_tagger_cut_at_the_commas_of_its_clause_is_one_piece(nlp: Language) -> None:
    text = (
        "The league said in a statement Friday that the pitch had passed its checks and that it would hire a third, "
        "independent referee for the remaining matches, starting with the final on Sunday."
    )
    [found] = find_candidates(nlp(text))
    assert [text[s:e] for s, e in found.content] == [text[text.index("that the") : -1]]


def test_pieces_apart_by_a_word_a_quotation_mark_or_a_line_break_stay_apart() -> None:
    text = "“We will row,” she said, “and we will win.”\nIt would, she said\n, go on."
    first, second = (1, text.index(",”")), (text.index("and we"), text.index(".”"))
    assert _over_inner_punctuation(text, [first, second]) == [first, second]
    worded = [(text.index("It"), text.index(", she")), (text.index(" she said"), text.index(" she said") + 9)]
    assert _over_inner_punctuation(text, worded) == worded
    broken = [(text.index("she said\n"), text.index("\n, go")), (text.index("go on"), len(text))]
    assert _over_inner_punctuation(text, broken) == broken


_SPOKE_BEFORE = (
    "The loudest cheer went to a retired nurse who has lived on Quay Street for 30 years, who told the panel the plan "
    "would “gut” the harbour.\n\n"
)
_QUOTE_AFTER = (
    "\n\n“We have a chandler, a baker and a boatyard that all know my name. The marina will know my card number.”"
)


def _quote_paragraph_sources(nlp: Language, text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in c.source] for c in find_candidates(nlp(text)) if c.content[0][0] > text.index("“We")]


def test_a_quote_paragraph_after_a_sentence_of_background_about_a_person_is_that_person_s(nlp: Language) -> None:
    background = "Joan Petrie, 68, came to Portsoy from Glasgow in 1979 and ran the harbour café until 2015."
    assert _quote_paragraph_sources(nlp, _SPOKE_BEFORE + background + _QUOTE_AFTER) == [["Joan Petrie"]]


def test_a_quote_paragraph_after_narrative_about_no_person_is_no_one_s(nlp: Language) -> None:
    background = "The harbour café closed in 2015 after a fire."
    assert _quote_paragraph_sources(nlp, _SPOKE_BEFORE + background + _QUOTE_AFTER) == []
    # nor after two sentences of narrative, where the quote may be anyone's
    background = "Joan Petrie came to Portsoy in 1979. The harbour café closed in 2015 after a fire."
    assert _quote_paragraph_sources(nlp, _SPOKE_BEFORE + background + _QUOTE_AFTER) == []


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
    monkeypatch.setattr(assemble, "DISCOURSE_THAT_SAID_DROPPED", dropped)
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
    monkeypatch.setattr(assemble, "EXPLETIVE_SOURCES", mode)
    assert _sources_by_cue(nlp, _NOT_CLEAR) == expected


def test_an_it_that_names_a_thing_stays_the_source(nlp: Language) -> None:
    text = "The campaign put out a new advertisement on Monday. It says that the senator has failed the state."
    assert _sources_by_cue(nlp, text).get("says") == ["It"]


def _readings(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    """Each candidate's cue, content and source as text."""
    return [
        (
            " ".join(text[s:e] for s, e in c.cue),
            " ".join(text[s:e] for s, e in c.content),
            " ".join(text[s:e] for s, e in c.source),
        )
        for c in find_candidates(nlp(text))
    ]


def test_a_coordinated_saying_with_an_object_is_a_statement_of_its_own(nlp: Language) -> None:
    text = "Mayor Lin Okafor criticized the contractor and defended the delay as necessary."
    assert _readings(nlp, text) == [
        ("criticized", "the contractor", "Mayor Lin Okafor"),
        ("defended", "the delay as necessary", "Mayor Lin Okafor"),
    ]
    # hung by the parser on the reported clause's verb, in the cue's form and not that verb's
    text = "Mayor Lin Okafor said the bridge would reopen in May and praised the crews for their work."
    assert _readings(nlp, text) == [
        ("said", "the bridge would reopen in May", "Mayor Lin Okafor"),
        ("praised", "the crews for their work", "Mayor Lin Okafor"),
    ]


def test_a_coordinated_verb_with_an_auxiliary_of_its_own_goes_on_with_the_statement(nlp: Language) -> None:
    text = "Mayor Lin Okafor said she hoped to keep her seat and would defend her record."
    assert _readings(nlp, text) == [
        ("said", "she hoped to keep her seat and would defend her record", "Mayor Lin Okafor"),
    ]


def test_without_the_rule_a_coordinated_saying_stays_in_the_first_statement(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(assemble, "COORDINATED_OBJECT_SAYINGS", False)
    text = "Mayor Lin Okafor criticized the contractor and defended the delay as necessary."
    assert _readings(nlp, text) == [
        ("criticized", "the contractor and defended the delay as necessary", "Mayor Lin Okafor"),
    ]


def test_a_participle_of_saying_after_a_comma_is_a_statement_of_its_own(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Councillor Ada Brennan said she plans to visit the depot after Christmas, insisting that officials are too "
        "worried about the budget."
    )
    assert _readings(nlp, text) == [
        ("said", "she plans to visit the depot after Christmas", "Councillor Ada Brennan"),
        ("insisting", "that officials are too worried about the budget", "Councillor Ada Brennan"),
    ]
    monkeypatch.setattr(assemble, "PARTICIPLE_SAYINGS_CUT", False)
    [(_, content, _)] = _readings(nlp, text)
    assert content.endswith("insisting that officials are too worried about the budget")


def test_a_participle_that_says_nothing_stays_in_the_statement(nlp: Language) -> None:
    text = "Councillor Ada Brennan said the bridge would reopen in May, ending months of detours."
    [(_, content, _)] = _readings(nlp, text)
    assert content.endswith("ending months of detours")


def test_a_second_saying_shares_the_first_cue_s_source(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "The council leader says rival Tom Baker accepted money from developers, insisting that the gifts broke the "
        "rules."
    )
    second = ("insisting", "that the gifts broke the rules", "The council leader")
    assert _readings(nlp, text)[1] == second
    monkeypatch.setattr(assemble, "SECOND_SAYINGS_SHARE_SOURCES", False)
    assert _readings(nlp, text)[1] != second

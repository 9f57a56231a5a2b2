from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.nlp.find.adjacent_quotes import (
    adjacent_quote,
    headline_quote_alone,
    past_colon_lead_in,
    past_opening_according,
)
from quotegraph.nlp.find.cues import FoundCue
from quotegraph.nlp.find.lines import Lines
from quotegraph.nlp.find.parse import ParseIndex
from quotegraph.nlp.find.quotes import headline_quotes, quote_regions

from .conftest import nth_token


def _cue_at(doc: Doc, word: str) -> FoundCue:
    token = nth_token(doc, word)
    return FoundCue(token.i, token.i + 1, 0.9)


def _adjacent(doc: Doc, cue: FoundCue) -> list[str]:
    """The texts of the quotes a cue without content takes."""
    text = doc.text
    return [text[s:e] for s, e in adjacent_quote(ParseIndex(doc), Lines(text), cue, quote_regions(text))]


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
    from quotegraph.nlp.find.adjacent_quotes import quote_side

    text = "“We will win,” he said, adding that the polls were wrong and “so are the pundits.”"
    regions = quote_regions(text)
    cue = (text.index("said"), text.index("said") + 4)
    content = [(regions[0].start, regions[0].end), (text.index("that the polls"), regions[1].end)]
    kept = quote_side(text, content, cue, regions)
    assert [text[s:e] for s, e in kept] == ["We will win,"]


def test_a_reported_quote_keeps_a_quote_its_cue_resumes_but_not_a_later_one() -> None:
    from quotegraph.nlp.find.adjacent_quotes import quote_side

    text = "“We will win,” he said, “and soon.” Aides cheered. “Not yet,” one warned."
    regions = quote_regions(text)
    cue = (text.index("said"), text.index("said") + 4)
    content = [(regions[0].start, regions[0].end), (text.index(", “and") + 3, regions[2].end)]
    kept = quote_side(text, content, cue, regions)
    assert [text[s:e] for s, e in kept] == ["We will win,", "and soon."]


def test_a_content_running_into_a_quote_set_off_by_a_dash_starts_at_the_quote() -> None:
    from quotegraph.nlp.find.adjacent_quotes import quote_side

    text = "She praised the plan - “a bill that puts workers first,” she said - and urged a vote."
    regions = quote_regions(text)
    cue = (text.index("said"), text.index("said") + 4)
    content = [(text.index("the plan"), regions[0].end)]
    assert quote_side(text, content, cue, regions) == [(regions[0].start, regions[0].end)]


def test_a_content_running_into_a_reported_quote_without_a_dash_keeps_its_lead() -> None:
    from quotegraph.nlp.find.adjacent_quotes import quote_side

    text = "The plan will help families by cutting “the taxes they pay every year,” she said."
    regions = quote_regions(text)
    cue = (text.index("said"), text.index("said") + 4)
    content = [(text.index("The plan"), regions[0].end)]
    assert quote_side(text, content, cue, regions) == content


def test_a_content_with_a_quote_introduced_after_its_cue_drops_the_question_before() -> None:
    from quotegraph.nlp.find.adjacent_quotes import quote_side

    text = "Asked whether he would run, Trump replied, “Maybe so, we will see.”"
    regions = quote_regions(text)
    cue = (text.index("replied"), text.index("replied") + 7)
    content = [(text.index("whether"), text.index(", Trump")), (regions[0].start, regions[0].end)]
    assert quote_side(text, content, cue, regions) == [(regions[0].start, regions[0].end)]


@pytest.mark.slow
def test_a_cue_without_content_prefers_the_reported_quote_of_its_own_sentence(nlp: Language) -> None:
    text = "He wrote a book, “The Art of the Deal.” “It was a little more plane than I needed,” he wrote."
    doc = nlp(text)
    last = len(doc) - 2
    assert _adjacent(doc, FoundCue(last, last + 1, 0.9)) == ["It was a little more plane than I needed,"]


@pytest.mark.slow
def test_a_quote_taken_beside_a_cue_without_roles_takes_the_speaker_beside_it(nlp: Language) -> None:
    from quotegraph.nlp.find.adjacent_quotes import untagged_speaker

    text = "“We were wrong to wait so long,” Ramos, 58, told reporters in Mexico City."
    doc = nlp(text)
    [region] = quote_regions(text)
    source = untagged_speaker(nth_token(doc, "told"), [(region.start, region.end)], quoted=True)
    assert [text[s:e] for s, e in source] in (["Ramos"], ["Ramos, 58"])


@pytest.mark.slow
def test_a_content_without_a_tagged_source_takes_a_speaker_only_where_the_cue_says_who(nlp: Language) -> None:
    from quotegraph.nlp.find.adjacent_quotes import untagged_speaker

    text = "Marcus Bell, the team's head coach, texted to say that nobody would comment."
    doc = nlp(text)
    content = [(text.index("that nobody"), len(text) - 1)]
    assert _cue_at(doc, "texted") and doc[_cue_at(doc, "texted").start].dep_ == "acl"  # the parse this rule is for
    source = untagged_speaker(nth_token(doc, "texted"), content, quoted=False)
    assert [text[s:e] for s, e in source] == ["Marcus Bell, the team's head coach"]
    known = "HLN, once known as Headline News, parted ways with its chief."
    doc = nlp(known)
    content = [(known.index("as Headline"), known.index(", parted"))]
    assert untagged_speaker(nth_token(doc, "known"), content, quoted=False) == []
    quoted = "“We will win,” replied Ortiz and Bell."
    doc = nlp(quoted)
    [region] = quote_regions(quoted)
    source = untagged_speaker(nth_token(doc, "replied"), [(region.start, region.end)], quoted=True)
    assert [quoted[s:e] for s, e in source] == ["Ortiz and Bell"]


def test_a_content_on_a_quote_introduced_by_its_cue_ends_with_a_quote_ending_as_a_clause() -> None:
    from quotegraph.nlp.find.adjacent_quotes import quote_side

    text = "Clinton said: “Using one account was a mistake,” but in fact she used only one."
    regions = quote_regions(text)
    cue = (text.index("said"), text.index("said") + 4)
    content = [(regions[0].start, len(text) - 1)]
    assert quote_side(text, content, cue, regions) == [(regions[0].start, regions[0].end)]


def _past_lead_in(nlp: Language, text: str, cue: str, content_from: str, content_to: str) -> list[str]:
    cue_chars = (text.index(cue), text.index(cue) + len(cue))
    content = [(text.index(content_from), text.index(content_to) + len(content_to))]
    return [text[s:e] for s, e in past_colon_lead_in(nlp(text), text, content, cue_chars, quote_regions(text))]


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


def test_an_opening_according_to_phrase_is_no_part_of_the_content_of_the_cue_after_it() -> None:
    text = "According to the transcript of an interview, Hale told detectives that he had “never once signed” it."
    cue = (text.index("told"), text.index("told") + 4)
    phrase, clause = (0, text.index(",")), (text.index("that he"), len(text) - 1)
    assert past_opening_according(text, [phrase, clause], cue) == [clause]
    # a content with nothing else, or a fragment after the cue, stays
    assert past_opening_according(text, [phrase], cue) == [phrase]
    text = "Hale told detectives, according to the transcript, that he had “never once signed” it."
    cue = (text.index("told"), text.index("told") + 4)
    later = [(text.index("according"), text.index(", that")), (text.index("that he"), len(text) - 1)]
    assert past_opening_according(text, later, cue) == later


def _side_kept(text: str, cue_word: str, before: tuple[str, str] | None, after: tuple[str, str] | None) -> list[str]:
    """The texts ``quote_side`` keeps of a content of the text's one quote and an unquoted part before the cue
    (``before``: its first and past-last words) or after it (``after``)."""
    from quotegraph.nlp.find.adjacent_quotes import quote_side

    [region] = quote_regions(text)
    cue = (text.index(cue_word), text.index(cue_word) + len(cue_word))
    quote = (region.start, region.end)
    content = [quote]
    if before is not None:
        content = [(text.index(before[0]), text.index(before[1])), quote]
    if after is not None:
        content = [quote, (text.index(after[0]), text.index(after[1]))]
    return [text[s:e] for s, e in quote_side(text, content, cue, [region])]


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
    assert headline_quote_alone(text, content, cue, headline_quotes(text)) == content[:1]


def test_a_headline_quote_in_the_middle_of_its_line_keeps_its_content() -> None:
    text = "Minister says 'no deal': talks collapse\n\nBody."
    content = [(text.index("no deal"), text.index("'", text.index("no deal"))), (text.index("talks"), text.index("\n"))]
    cue = (text.index("says"), text.index("says") + len("says"))
    assert headline_quote_alone(text, content, cue, headline_quotes(text)) == content

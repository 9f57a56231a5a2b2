from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.candidates import Candidate, CharSpan
from quotegraph.nlp.find.orphans import attribute_orphan_quotes
from quotegraph.nlp.find.parse import ParseIndex
from quotegraph.nlp.find.quotes import quote_regions

pytestmark = pytest.mark.slow


def _orphans(nlp: Language, text: str) -> list[Candidate]:
    """The orphan quotes of ``text`` when no other candidate was found."""
    return attribute_orphan_quotes(ParseIndex(nlp(text)), quote_regions(text), [])


def _texts(text: str, spans: list[CharSpan]) -> list[str]:
    return [text[s:e] for s, e in spans]


def _cue_and_source(nlp: Language, text: str) -> tuple[list[str], list[str]]:
    """The cue and source texts of the one orphan quote of ``text``."""
    [found] = _orphans(nlp, text)
    return _texts(text, found.cue), _texts(text, found.source)


def test_an_uncovered_quote_takes_the_speech_verb_beside_it(nlp: Language) -> None:
    text = "“Nobody ever questioned his service or his sacrifice,” the senator elaborated."
    assert _cue_and_source(nlp, text) == (["elaborated"], ["the senator"])


def test_short_scare_quotes_are_left_alone(nlp: Language) -> None:
    text = "The senator said the plan was “dead on arrival” in the House."
    assert _orphans(nlp, text) == []


def test_a_quote_opening_its_paragraphs_second_sentence_takes_the_verb_before_it(nlp: Language) -> None:
    text = "The party chairman said in a statement. “There are no paper ballots left to count anywhere.”"
    assert _cue_and_source(nlp, text) == (["said"], ["The party chairman"])


def test_a_quote_after_its_speaker_s_pause_is_the_speaker_s(nlp: Language) -> None:
    text = "Pressed on whether the church should stay out of politics, he paused. “Bishops have always spoken up.”"
    assert _cue_and_source(nlp, text) == (["paused"], ["he"])


def test_a_resumed_quote_does_not_take_the_verb_of_the_sentence_before(nlp: Language) -> None:
    text = "“We will rebuild the bridge,” she said. The mayor then spoke. “It will take us about two years.”"
    regions = quote_regions(text)
    first = Candidate([(regions[0].start, regions[0].end)], [(text.index("said"), text.index(". The"))])
    assert attribute_orphan_quotes(ParseIndex(nlp(text)), regions, [first]) == []


def test_a_quote_resuming_an_attributed_one_does_not_take_the_writers_verb_after_it(nlp: Language) -> None:
    text = "“Was I going to stay home forever?” he told me. “Or was I going to do something else?” Nega sold his house."
    regions = quote_regions(text)
    told = text.index("told")
    first = Candidate([(regions[0].start, regions[0].end)], [(told, told + 4)])
    assert attribute_orphan_quotes(ParseIndex(nlp(text)), regions, [first]) == []


def test_a_quote_after_an_attributed_one_takes_a_speech_verb_after_it(nlp: Language) -> None:
    text = "“Will you run again next year?” he asked her. “I have not made up my mind yet,” the senator replied."
    regions = quote_regions(text)
    asked = text.index("asked")
    first = Candidate([(regions[0].start, regions[0].end)], [(asked, asked + 5)])
    [found] = attribute_orphan_quotes(ParseIndex(nlp(text)), regions, [first])
    assert _texts(text, found.cue) == ["replied"]


def test_a_verb_right_after_a_reported_quote_takes_it_without_a_parsed_subject(nlp: Language) -> None:
    text = "“We were wrong to wait so long,” Ramos, 58, told AFP in an interview in Mexico City on Monday."
    assert _cue_and_source(nlp, text) == (["told"], ["Ramos"])


def test_a_quoted_question_takes_the_verb_the_parser_put_in_the_next_sentence(nlp: Language) -> None:
    text = "“Why would anyone want to run the state budget that way?” the governor asked reporters."
    assert _cue_and_source(nlp, text) == (["asked"], ["the governor"])


def test_a_reported_quote_takes_a_verb_up_to_ten_words_after_it(nlp: Language) -> None:
    text = "“We are finished with this town,” the mayor of the small town then quietly and finally said."
    [found] = _orphans(nlp, text)
    assert _texts(text, found.cue) == ["said"]


def test_a_reported_quote_takes_a_verb_after_a_long_subject_with_its_apposition(nlp: Language) -> None:
    text = (
        "“We will not back down from this fight,” Maria Lopez Garcia, the chairwoman of the county board of"
        " elections, said on Monday."
    )
    source = "Maria Lopez Garcia, the chairwoman of the county board of elections"
    assert _cue_and_source(nlp, text) == (["said"], [source])


def test_a_verb_inside_another_quote_reports_neither(nlp: Language) -> None:
    text = (
        "BRIDGE NEWS—“The old bridge to close for good in March,” by Times reporter Ana Ruiz: “The city council"
        " voted on Tuesday to shut the span for repairs.”"
    )
    assert _orphans(nlp, text) == []


def test_a_quote_a_comma_opens_takes_the_verb_before_the_verbs_own_words(nlp: Language) -> None:
    text = "The former ambassador told the host of the morning radio show on Friday, “Nobody here believes it!”"
    assert _cue_and_source(nlp, text) == (["told"], ["The former ambassador"])


def test_a_speech_verb_tagged_as_the_noun_heading_its_sentence_reports_the_quote(nlp: Language) -> None:
    text = "“Stay home and stay safe tonight, everyone,” the notice read."
    [found] = _orphans(nlp, text)
    assert _texts(text, found.cue) == ["read"]


def test_a_verb_tagged_as_a_noun_heading_its_sentence_introduces_the_quote_after_its_colon(nlp: Language) -> None:
    text = "Section 4 states: “No member state shall close its borders to a refugee in any manner.”"
    assert _cue_and_source(nlp, text) == (["states"], ["Section 4"])


def test_a_speech_verb_hung_from_the_speakers_noun_after_the_quote_reports_it(nlp: Language) -> None:
    text = (
        "“Is the governor ever going to tell us the truth about the budget?” the Democratic Senate nominee,"
        " Jane Doe, tweeted Sunday after the debate."
    )
    assert _cue_and_source(nlp, text) == (["tweeted"], ["the Democratic Senate nominee, Jane Doe"])


def test_a_title_whose_verb_has_its_subject_before_it_is_left_alone(nlp: Language) -> None:
    text = "His 2005 book, “The Art of Being the Donald,” prompted a lawsuit from the developer."
    assert _orphans(nlp, text) == []


def test_a_quote_a_colon_opens_takes_the_verb_before_the_colon(nlp: Language) -> None:
    text = "When Trump said Cuba would sue, Rubio fired back forcefully: “If they sue us in Miami, they will lose.”"
    assert _cue_and_source(nlp, text) == (["fired"], ["Rubio"])


def test_a_speech_verb_without_subject_before_a_comma_takes_its_heads_subject(nlp: Language) -> None:
    text = "The email went on to say, “Today, fewer people show up for every speaker or bar night.”"
    assert _cue_and_source(nlp, text) == (["say"], ["The email"])


def test_a_quote_a_comma_opens_takes_any_verb_with_a_subject_before_it(nlp: Language) -> None:
    text = (
        "After the governor criticized her, Hillary shot back, “I suppose I could have stayed home and baked cookies.”"
    )
    assert _cue_and_source(nlp, text) == (["shot"], ["Hillary"])


def test_a_quote_after_a_heading_naming_its_speaker_takes_the_colon_as_cue(nlp: Language) -> None:
    text = "Pollsters share the blame - Philip Bump: “Pollsters are taking a lot of heat from the public.”"
    assert _cue_and_source(nlp, text) == ([":"], ["Philip Bump"])


@pytest.mark.parametrize(
    ("heading", "source"),
    [
        ("- From the survey:", "the survey"),
        ("-More from Smith and Jones:", "Smith and Jones"),
        ("- Pew Research:", "Pew Research"),
    ],
)
def test_a_heading_naming_the_source_after_from_or_in_capitals_takes_the_colon_as_cue(
    nlp: Language, heading: str, source: str
) -> None:
    text = f"Young voters are hard to reach {heading} “Fewer than one in five young voters said they would vote.”"
    assert _cue_and_source(nlp, text) == ([":"], [source])


def test_a_quote_after_a_colon_ending_a_clause_without_a_name_is_left_alone(nlp: Language) -> None:
    text = "The question was simple: “Will you run again in the fall?”"
    assert _orphans(nlp, text) == []


def test_a_title_followed_by_a_verb_is_left_alone(nlp: Language) -> None:
    text = "In a talk about his new comedy project, “Latin History for Dummies,” the actor discussed the past."
    assert _orphans(nlp, text) == []


def test_a_verb_in_the_next_paragraph_does_not_take_the_quote(nlp: Language) -> None:
    text = (
        'The host seemed taken aback. "Does that not speak to your vetting process or judgment in any way?"'
        "\n\nThe crowd booed."
    )
    assert _orphans(nlp, text) == []


def test_a_word_of_the_quote_is_never_its_source(nlp: Language) -> None:
    text = "“Meh, nothing new here at all,” wrote a Trump supporter who runs the account."
    [found] = _orphans(nlp, text)
    [region] = quote_regions(text)
    assert all(s >= region.end for s, _ in found.source)


def test_a_heading_ending_the_paragraph_before_with_a_colon_names_the_speaker(nlp: Language) -> None:
    text = "Pollsters share the blame - Philip Bump:\n\n“Pollsters are taking a lot of heat from the public.”"
    [found] = _orphans(nlp, text)
    assert _texts(text, found.source) == ["Philip Bump"]


def test_the_sentence_of_the_colon_opening_a_quote_paragraph_is_searched_for_a_verb(nlp: Language) -> None:
    from quotegraph.nlp.find.orphans import _colon_sentence
    from quotegraph.nlp.find.quote_context import QuoteContext

    text = "The mayor paused. Then she told the crowd:\n\n“We stay here, whatever they decide.”"
    regions = quote_regions(text)
    parse = ParseIndex(nlp(text))
    number = _colon_sentence(QuoteContext(parse, regions), regions[0])
    assert number is not None and "told" in parse.sentence(parse.sentences[number][0]).text


def test_a_quote_paragraph_takes_the_speaker_of_the_dash_line_after_it(nlp: Language) -> None:
    text = "“Great speech. She is tested. She is ready. She never quits.”\n\n-President Obama, tweeting after it."
    assert _cue_and_source(nlp, text) == (["-"], ["President Obama"])


def test_a_digest_item_takes_its_bracketed_outlet_as_cue_and_its_headline_as_source(nlp: Language) -> None:
    text = (
        "Morning news.\n\nCITY COUNCIL VOTES ON BUDGET “The council approved the new budget late on Monday.” [Gazette.]"
    )
    [found] = _orphans(nlp, text)
    assert _texts(text, found.content) == ["The council approved the new budget late on Monday."]
    assert _texts(text, found.cue) == ["[Gazette.]"]
    assert _texts(text, found.source) == ["CITY COUNCIL VOTES ON BUDGET"]


def test_a_quote_after_a_lower_case_lead_and_before_a_bracket_is_not_a_digest_item(nlp: Language) -> None:
    text = "The council approved it “after a long and heated debate on Monday night” [sic]"
    assert _orphans(nlp, text) == []


def test_a_quote_takes_the_name_after_a_dash_ending_its_line(nlp: Language) -> None:
    text = "“He has empowered racists to be open with their prejudice. He represents our shame.” ― Edwin G. Monroy.\n"
    assert _cue_and_source(nlp, text) == (["―"], ["Edwin G. Monroy"])


def test_an_embedded_posts_credit_line_gives_the_name_without_its_account_and_date(nlp: Language) -> None:
    text = "“The pool stays shut while we fix the pumps.”\n— Coach Lena Ortiz (@LenaOrtizSwim) May 3, 2024\n"
    assert _cue_and_source(nlp, text) == (["—"], ["Coach Lena Ortiz"])


def test_a_credit_line_with_an_unbracketed_account_ends_the_name_before_it(nlp: Language) -> None:
    text = "“We will reopen the north gate on Monday.”\n\n— Dara Quint @daraquint\n"
    assert _cue_and_source(nlp, text) == (["—"], ["Dara Quint"])


def test_a_dash_after_a_quote_opening_the_writers_next_clause_names_no_speaker(nlp: Language) -> None:
    text = "“Does she have to keep giving them so much ammunition?” - Democrats in Iowa said they were unfazed."
    assert all(_texts(text, found.cue) != ["-"] for found in _orphans(nlp, text))


def test_a_verb_after_its_subjects_relative_clause_gives_that_subject_not_the_word_after_it(nlp: Language) -> None:
    text = (
        "Hollis, who had been tipped to win, posted on Instagram after the ceremony: “Sam deserved it. Ninth Round is "
        "the best film I saw this year.”"
    )
    assert [t.dep_ for t in nlp(text) if t.text == "posted"] == ["acl"]  # the parse this rule exists for
    assert _cue_and_source(nlp, text) == (["posted"], ["Hollis"])


def test_a_quote_after_its_speaker_s_indirect_report_is_the_speaker_s(nlp: Language) -> None:
    text = "Deltoro said he had already heard from two of them. “A cousin I haven't seen since 1989 called Tuesday.”"
    assert _cue_and_source(nlp, text) == (["said"], ["Deltoro"])

from __future__ import annotations

from quotegraph.nlp.find.transcripts import question_lines, transcript_turns, turn_holding

TRANSCRIPT = (
    "Partial transcript as follows:\n\n"
    "JAKE TAPPER: Donald Trump released a video on Friday.\n\n"
    "GOV. FALLIN: Well, I think he is trying to heal the country.\n\n"
    "TAPPER: And do you agree with him on that?\n"
)


def _labels(text: str) -> list[tuple[str, str, str]]:
    return [(text[slice(*t.label)], text[slice(*t.colon)], text[slice(*t.content)]) for t in transcript_turns(text)]


def test_each_line_opening_with_a_capitalised_name_and_a_colon_is_a_turn() -> None:
    assert _labels(TRANSCRIPT) == [
        ("JAKE TAPPER", ":", "Donald Trump released a video on Friday."),
        ("GOV. FALLIN", ":", "Well, I think he is trying to heal the country."),
        ("TAPPER", ":", "And do you agree with him on that?"),
    ]


def test_a_quoted_turn_keeps_its_label_out_of_its_words() -> None:
    text = (
        '"WALLACE: Let us start with the news of the day.\n\n"PENCE: Well, look, it is serious business."\n\n'
        '"WALLACE: Will she be there tomorrow night?\n'
    )
    assert _labels(text)[:2] == [
        ("WALLACE", ":", "Let us start with the news of the day."),
        ("PENCE", ":", "Well, look, it is serious business."),
    ]


def test_a_lone_capitalised_heading_is_not_a_transcript() -> None:
    assert transcript_turns("AP: Trump chair routed money to lobbyists.\n\nThe story ran on Monday.") == []


def test_notice_labels_and_turns_of_a_word_or_two_are_not_turns() -> None:
    text = TRANSCRIPT + "\nCORRECTION: An earlier version misspelled a name.\n\nSHORT READS:\n\nTAPPER: Thanks.\n"
    assert [label for label, _, _ in _labels(text)] == ["JAKE TAPPER", "GOV. FALLIN", "TAPPER"]


def test_a_sentence_in_capitals_or_mixed_case_label_is_not_a_turn() -> None:
    text = "Wallace: Let us start with the news.\n\nPence: Well, look, it is fine.\n"
    assert transcript_turns(text) == []


def test_labelled_lines_where_nobody_speaks_twice_are_not_a_transcript() -> None:
    text = "PROS: The battery lasts for two whole days.\n\nCONS: The screen is hard to read outside.\n"
    assert transcript_turns(text) == []


INTERVIEW = (
    "Ana Ferreira spoke to us last week.\n\n"
    "Q: The book took eleven years. Why so long?\n\n"
    "A: I was working nights in a hotel for most of that time.\n\n"
    "A: I stopped waiting for permission at some point.\n"
)


def test_a_printed_interviews_q_and_a_labels_open_turns() -> None:
    assert [label for label, _, _ in _labels(INTERVIEW)] == ["Q", "A", "A"]


def test_a_lone_a_label_is_not_a_turn() -> None:
    text = "A: The battery lasts for two whole days.\n\nA: The screen is hard to read outside.\n"
    assert transcript_turns(text) == []


def test_a_question_line_is_found_with_or_without_answers_that_make_turns() -> None:
    text = "The transcript follows.\n\nQ: Did you ever think about quitting?\n\nA: Every day.\n"
    assert [text[slice(*line.content)] for line in question_lines(text)] == ["Did you ever think about quitting?"]
    assert question_lines("Quarterly results: Q3 beat the forecast.\nQ was a good quarter.") == ()


def test_an_answer_over_paragraphs_holds_until_the_next_label_and_the_last_turn_its_line() -> None:
    text = (
        "Q: How was the harvest this year?\n\nA: Poor in the north, good by the river.\n\n"
        "The south was a surprise to everyone.\n\nQ: And next year?\n\nA: Ask the weather, not me.\n\n"
        "Follow the farm desk for more.\n"
    )
    turns = transcript_turns(text)
    surprise = turn_holding(turns, text.index("The south"))
    assert surprise is not None and text[slice(*surprise.content)] == "Poor in the north, good by the river."
    assert turn_holding(turns, text.index("Follow")) is None
    assert turn_holding(turns, 0) is turns[0]

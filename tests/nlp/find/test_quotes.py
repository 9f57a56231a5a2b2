from __future__ import annotations

import spacy

from quotegraph.nlp.find.quotes import (
    QuoteRegion,
    document_quote_regions,
    headline_quotes,
    quote_regions,
    regions_touching,
)


def _quoted(text: str) -> list[str]:
    return [text[r.start : r.end] for r in quote_regions(text)]


def test_straight_curly_and_guillemet_marks_each_open_and_close_a_region() -> None:
    text = 'He said "one" and “two” and «three».'
    assert _quoted(text) == ["one", "two", "three"]


def test_a_wrongly_directed_closing_mark_still_closes() -> None:
    assert _quoted("“Trump Wins“ ran the headline.") == ["Trump Wins"]


def test_single_quotes_nested_inside_double_quotes_do_not_toggle() -> None:
    text = "“He told me ‘no way’ and left,” she said."
    assert _quoted(text) == ["He told me ‘no way’ and left,"]


def test_a_quote_left_open_runs_to_the_paragraph_end_and_the_next_paragraph_reopens_it() -> None:
    text = "She wrote: “First part.\n“Second part.”"
    regions = quote_regions(text)
    assert [text[r.start : r.end] for r in regions] == ["First part.", "Second part."]
    assert regions[0].open_end and not regions[1].open_end
    assert regions[1].opens_paragraph and not regions[0].opens_paragraph


def test_a_documents_regions_are_found_once_and_are_its_texts() -> None:
    nlp = spacy.blank("en")
    doc = nlp("“We will win,” she said.\nHe called it “a disaster.”")
    regions = document_quote_regions(doc)
    assert list(regions) == quote_regions(doc.text)
    assert document_quote_regions(doc) is regions  # the finding and resolving stages share one reading
    other = nlp(doc.text)
    assert document_quote_regions(other) == regions and document_quote_regions(other) is not regions


def test_a_quote_ending_with_a_comma_inside_or_after_its_mark_ends_as_a_clause() -> None:
    from quotegraph.nlp.find.quotes import ends_as_clause

    for text in ["“We will win,” she said.", "''We will win'', she said.", "“Will we win?” she asked."]:
        [region] = quote_regions(text)
        assert ends_as_clause(text, region)
    text = "She called it “a disaster” in May."
    [region] = quote_regions(text)
    assert not ends_as_clause(text, region)
    # the comma of an inner quote that closes with the outer one
    for text in ["“My wife told me, ‘Not this one,’” Ortega said.", "\"He told me, 'Not this one,'\" Ortega said."]:
        [region] = quote_regions(text)
        assert ends_as_clause(text, region)
    text = "“My wife told me ‘not this one’” in May."
    [region] = quote_regions(text)
    assert not ends_as_clause(text, region)


def test_a_fragment_takes_the_closing_or_opening_mark_of_the_quote_it_holds_half_of() -> None:
    from quotegraph.nlp.find.quotes import balanced

    text = 'He said that his book is "One Hundred Years." She "agreed" and left, "" or not.'
    opened = (text.index("that"), text.index('."') + 1)
    closed = (text.index("One"), text.index('."') + 2)
    both = (text.index("She"), text.index(" and"))
    assert [text[s:e] for s, e in balanced(text, [opened])] == ['that his book is "One Hundred Years."']
    assert [text[s:e] for s, e in balanced(text, [closed])] == ['"One Hundred Years."']
    assert balanced(text, [both]) == [both]


def test_regions_touching_a_span_are_those_overlapping_it_in_order() -> None:
    regions = [QuoteRegion(0, 5), QuoteRegion(10, 15), QuoteRegion(20, 25), QuoteRegion(30, 35)]
    assert regions_touching(4, 21, regions) == regions[:3]
    assert regions_touching(5, 10, regions) == []  # ends are exclusive on both sides
    assert regions_touching(36, 40, regions) == []
    assert regions_touching(12, 13, regions) == [regions[1]]


def test_a_headline_s_single_quotation_marks_quote() -> None:
    text = (
        "Scientists' open letter warns weather station cuts will leave forecasters 'partly blind'\n\n"
        "Rovers skipper vows he will ‘never’ ask to leave, as Clinton’s aides don’t comment\n\n"
        "More than 300 scientists have signed an open letter urging the government to reverse cuts to the national "
        "weather service, warning that the loss of 40 stations would leave forecasters 'partly blind'.\n"
    )
    assert [text[r.start : r.end] for r in headline_quotes(text)] == ["partly blind", "never"]
    # a year's elision opens nothing that closes; a headline with double marks keeps to them
    assert headline_quotes("Falling deficit to reverse course in '16 as U.S. ages") == []
    assert headline_quotes("Minister: “We will 'never' quit”") == []


def test_a_fragment_holding_a_headline_quote_s_opening_mark_takes_its_closing_single_mark() -> None:
    from quotegraph.nlp.find.quotes import balanced

    text = "Minister quits, saying she 'cannot defend the indefensible'\nThe minister resigned."
    single = headline_quotes(text)
    opened = (text.index("she"), text.index("indefensible") + len("indefensible"))
    closed = (text.index("cannot"), text.index("'\n") + 1)
    words = (text.index("cannot"), text.index("'\n"))
    assert [text[s:e] for s, e in balanced(text, [opened], single)] == ["she 'cannot defend the indefensible'"]
    assert [text[s:e] for s, e in balanced(text, [closed], single)] == ["'cannot defend the indefensible'"]
    assert balanced(text, [words], single) == [words]
    assert balanced(text, [opened]) == [opened]


# A text quoting in single marks, the British house style (``single_quote_style``): two quotes, a possessive plural,
# contractions and elisions outside and inside them, a double-marked quote nested in one.
BRITISH = (
    "Conductor quits orchestra\n\n"
    "The players’ council met on Monday. In a letter, the conductor said the programmes were ‘decided by the "
    "marketing department.’\n\n"
    "‘An orchestra is not a ticket office. I don’t sell tickets,’ he wrote.\n\n"
    "The chair said the board had accepted it ‘with real regret’ and that the players’ council’s case was heard.\n\n"
    "‘The players’ council never asked for his head,’ she said, calling his letter ‘a “declaration of war” on us.’\n\n"
    "He loved the ’90s and rock ’n’ roll, and he’d play ’em all, and sang in “Tosca” once.\n"
)


def test_a_text_quoting_in_single_marks_has_its_single_quoted_spans_as_quote_regions() -> None:
    from quotegraph.nlp.find.quotes import single_quote_style

    assert single_quote_style(BRITISH)
    assert _quoted(BRITISH) == [
        "decided by the marketing department.",
        "An orchestra is not a ticket office. I don’t sell tickets,",
        "with real regret",
        # a possessive plural inside a quote closes nothing: another closing mark follows before the next opening
        "The players’ council never asked for his head,",
        # a double-marked quote nests inside a single-quoted one
        "a “declaration of war” on us.",
        # a title in double marks beside them (``MAX_STRAY_DOUBLE_MARKS``) stays a region of its own
        "Tosca",
    ]
    regions = quote_regions(BRITISH)
    assert [r.opens_paragraph for r in regions] == [False, True, False, True, False, False]


def test_possessive_plurals_contractions_and_elisions_never_open_or_close_a_quote_of_their_own() -> None:
    text = (
        "The two leaders of the council spoke to reporters outside the town hall on Monday after the vote, "
        "and each had a different view. ‘We will go,’ she said. ‘They will stay,’ he said.\n\n"
        "The players’ council said the fans’ view was clear. "
        "He loved the ‘90s and the ’90s, rock ’n’ roll and rock ‘n’ roll and rock 'n' roll; don’t play ’em.\n\n"
        "’Twas a night to remember, the players’ wives said.\n"
    )
    assert _quoted(text) == ["We will go,", "They will stay,"]


def test_a_single_quoted_paragraph_left_open_runs_on_where_the_next_paragraph_reopens_it() -> None:
    text = (
        "The minister spoke for an hour on Monday to the committee that reviews the budget of the city, and at the "
        "end of it he took questions. ‘A quote.’ Then another: ‘Yes,’ he said.\n\n"
        "‘The first paragraph of his words goes on\n\n"
        "‘into the second, and ends here,’ he said. Elsewhere the ‘90s were long.\n\n"
        "An opening mark that nothing closes: ‘this quote is never closed\n\n"
        "The next paragraph does not reopen it.\n"
    )
    regions = quote_regions(text)
    assert [text[r.start : r.end] for r in regions] == [
        "A quote.",
        "Yes,",
        "The first paragraph of his words goes on",
        "into the second, and ends here,",
    ]
    assert [r.open_end for r in regions] == [False, False, True, False]
    assert regions[2].opens_paragraph and regions[3].opens_paragraph


def test_a_text_with_double_marks_reads_its_single_marks_as_today() -> None:
    from quotegraph.nlp.find.quotes import single_quote_style

    text = (
        "The minister spoke for an hour on Monday to the committee that reviews the budget of the city, and at the "
        "end of it he took questions from its members and from the press.\n\n"
        "“We will win,” she said. He called it ‘a disaster’ and ‘a farce.’\n\n"
        "“The ‘plan’ is sound,” he said, and “It’s the players’ call.”\n"
    )
    assert not single_quote_style(text)
    assert _quoted(text) == ["We will win,", "The ‘plan’ is sound,", "It’s the players’ call."]


def test_a_text_with_one_stray_single_quoted_word_is_not_read_as_quoting_in_single_marks() -> None:
    from quotegraph.nlp.find.quotes import single_quote_style

    text = (
        "Headline of the day\n\n"
        "The minister spoke for an hour on Monday to the committee that reviews the budget of the city, and at the "
        "end of it he took questions from its members and from the press.\n\n"
        "The mayor, known as the ‘Iron Lady’ of the council, said the budget would pass. The players’ union "
        "agreed, and the city’s officials didn’t comment.\n"
    )
    assert not single_quote_style(text)
    assert _quoted(text) == []


def test_a_fragment_of_a_body_quote_in_single_marks_takes_its_closing_mark() -> None:
    from quotegraph.nlp.find.quotes import balanced, single_quoted_regions

    doc = spacy.blank("en")(BRITISH)
    single = single_quoted_regions(doc)
    quote = "decided by the marketing department."
    start = BRITISH.index("the programmes")
    end = BRITISH.index(quote) + len(quote)
    assert [BRITISH[s:e] for s, e in balanced(BRITISH, [(start, end)], single)] == [
        "the programmes were ‘decided by the marketing department.’"
    ]


def test_a_text_quoting_in_straight_single_marks_pairs_them_as_curly_ones() -> None:
    text = BRITISH.replace("‘", "'").replace("’", "'")
    assert _quoted(text) == [
        "decided by the marketing department.",
        "An orchestra is not a ticket office. I don't sell tickets,",
        "with real regret",
        "The players' council never asked for his head,",
        "a “declaration of war” on us.",
        "Tosca",
    ]

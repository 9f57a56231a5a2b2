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

from __future__ import annotations

from quotegraph.nlp.find.assemble import attribution_kind, widen_over_quotes
from quotegraph.nlp.find.quotes import quote_regions


def test_kind_follows_the_quote_marks_inside_the_content() -> None:
    text = 'He said "we will win" and that they would.'
    regions = quote_regions(text)
    quoted = (text.index("we"), text.index(" and"))
    assert attribution_kind(text, [quoted], regions) == "direct"
    assert attribution_kind(text, [(quoted[0], len(text))], regions) == "mixed"
    assert attribution_kind(text, [(text.index("they"), len(text))], regions) == "indirect"


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

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from quotegraph.nlp.find.assemble import find_candidates
from quotegraph.nlp.find.lines import Lines
from quotegraph.nlp.find.quote_widening import attribution_kind, widen_over_quotes, with_closing_quote
from quotegraph.nlp.find.quotes import quote_regions


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
    return [text[s:e] for s, e in with_closing_quote(nlp(text), text, content, quote_regions(text), cue)]


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


def test_a_content_tagged_over_a_paragraph_break_keeps_to_the_cue_paragraph() -> None:
    from quotegraph.nlp.find.quote_widening import in_cue_paragraph

    text = "“The plan is dead,” he said.\n\nHis aide added: “We will try again next year.”"
    cue = text.index("added")
    tagged = [(text.index("The plan"), text.index(",”")), (text.index("We"), len(text))]
    clipped = in_cue_paragraph(Lines(text), cue, tagged)
    assert [text[s:e] for s, e in clipped] == ["We will try again next year.”"]


def test_a_content_wholly_outside_the_cue_paragraph_is_left_as_tagged() -> None:
    from quotegraph.nlp.find.quote_widening import in_cue_paragraph

    text = "“The plan is dead.”\n\nThat is what the mayor said."
    tagged = [(1, text.index(".”"))]
    assert in_cue_paragraph(Lines(text), text.index("said"), tagged) == tagged


def test_a_content_opening_with_a_whole_quote_ends_with_it() -> None:
    from quotegraph.nlp.find.quote_widening import quote_first

    text = "But he said, “It is time we change,” promising a return to the club's roots."
    regions = quote_regions(text)
    content = [(regions[0].start, len(text) - 1)]
    assert [text[s:e] for s, e in quote_first(text, content, regions)] == ["It is time we change,"]


def test_a_content_starting_before_its_quote_is_not_cut() -> None:
    from quotegraph.nlp.find.quote_widening import quote_first

    text = "He said the plan was “a disaster” for the town."
    content = [(text.index("the plan"), len(text) - 1)]
    assert quote_first(text, content, quote_regions(text)) == content


def test_a_resumed_quote_joins_over_an_aside_and_absorbs_a_stray_content() -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.quote_widening import join_resumed_quotes

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
    kept = join_resumed_quotes(text, Lines(text), regions, [quote, aside, stray])
    assert kept == [replace(quote, content=[first, second]), aside]
    assert quote.content == [first]  # the candidate given is left as it was: the joined one is returned


def test_a_resumed_quote_with_its_own_speaker_is_not_joined() -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.quote_widening import join_resumed_quotes

    text = "“We are paid less,” she said. “That is false,” the mayor replied."
    regions = quote_regions(text)
    first, second = (regions[0].start, regions[0].end), (regions[1].start, regions[1].end)
    said = (text.index("said"), text.index("said") + 4)
    replied = (text.index("replied"), text.index("replied") + 7)
    quote = Candidate([first], [said], [(said[0] - 4, said[0] - 1)], "direct", 0.9)
    reply = Candidate([second], [replied], [(text.index("the mayor"), replied[0] - 1)], "direct", 0.9)
    assert join_resumed_quotes(text, Lines(text), regions, [quote, reply]) == [quote, reply]
    assert quote.content == [first]


def test_a_resumed_quote_taken_by_an_answer_in_the_gap_is_not_joined() -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.quote_widening import join_resumed_quotes

    text = "She was asked, “Will you run again?” He answered, “I have not decided yet.”"
    regions = quote_regions(text)
    first, second = (regions[0].start, regions[0].end), (regions[1].start, regions[1].end)
    asked = (text.index("asked"), text.index("asked") + 5)
    answered = (text.index("answered"), text.index("answered") + 8)
    question = Candidate([first], [asked], [(0, 3)], "direct", 0.9)
    answer = Candidate([second], [answered], [(text.index("He"), answered[0] - 1)], "direct", 0.9)
    assert join_resumed_quotes(text, Lines(text), regions, [question, answer]) == [question, answer]
    assert question.content == [first]


def test_the_other_half_of_a_quote_split_by_its_own_cue_joins_it() -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.quote_widening import join_resumed_quotes

    text = "“I think the plan failed,” he said, “and the town knows it.”"
    regions = quote_regions(text)
    first, second = (regions[0].start, regions[0].end), (regions[1].start, regions[1].end)
    said = (text.index("said"), text.index("said") + 4)
    head = Candidate([first], [said], [(said[0] - 3, said[0] - 1)], "direct", 0.5)
    tail = Candidate([second], [said], [(said[0] - 3, said[0] - 1)], "direct", 0.9)
    assert join_resumed_quotes(text, Lines(text), regions, [tail, head]) == [replace(head, content=[first, second])]
    assert head.content == [first]  # the candidate given is left as it was


def test_a_quote_paragraph_after_a_paragraph_of_narrative_continues_no_one() -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.quote_widening import continuations

    text = "She said the race was close.\nThe weather was cold that day.\n“Nobody can stop us now, not even the rain.”"
    said = (text.index("said"), text.index("said") + 4)
    parent = Candidate([(text.index("the race"), text.index(".\nThe"))], [said], [(0, 3)], "indirect", 0.9)
    assert continuations(text, Lines(text), quote_regions(text), [parent]) == []


def test_quote_paragraphs_in_a_row_all_continue_the_attribution_before_them() -> None:
    from quotegraph.nlp.candidates import Candidate
    from quotegraph.nlp.find.quote_widening import continuations

    text = "She said:\n“We will win this race.”\n“Nobody can stop us now.”\n“Not even the rain.”"
    said = (text.index("said"), text.index("said") + 4)
    first, *rest = quote_regions(text)
    parent = Candidate([(first.start, first.end)], [said], [(0, 3)], "direct", 0.9)
    continued = continuations(text, Lines(text), [first, *rest], [parent])
    assert [(c.content, c.continues) for c in continued] == [([(r.start, r.end)], 0) for r in rest]


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


_SCENE_QUOTES = (
    "\n\n“This is your victory, not mine. Tomorrow we start work.”"
    "\n\n“We will not forget who stood with us in the hard years.”"
)


def _scene_quotes(nlp: Language, scene: str) -> list[tuple[list[str], int | None]]:
    text = scene + _SCENE_QUOTES
    found = find_candidates(nlp(text))
    return [([text[s:e] for s, e in c.source], c.continues) for c in found if c.content[0][0] > text.index("“This")]


def test_quote_paragraphs_after_a_scene_are_the_speaker_s_the_scene_names(nlp: Language) -> None:
    # the first is a statement of its own, the next goes on with it
    assert _scene_quotes(nlp, "Evo Morales spoke to supporters in the square after the result.") == [
        (["Evo Morales"], None),
        (["Evo Morales"], 0),
    ]
    # a body speaking through a saying its verb takes as object
    found = _scene_quotes(nlp, "Greenpeace issued a statement on Friday.")
    assert found[0] == (["Greenpeace"], None)


def test_quote_paragraphs_after_a_scene_of_no_one_named_speaking_are_no_one_s(nlp: Language) -> None:
    assert _scene_quotes(nlp, "Evo Morales walked to the square after the result.") == []  # no one speaks
    assert _scene_quotes(nlp, "The crowd spoke of little else after the result.") == []  # no one named

from __future__ import annotations

from spacy.language import Language

from quotegraph.nlp.find.content_cuts import (
    backshifted_conjunct,
    before_coordinated_cue,
    from_first_that,
    from_that_before_quote,
    naming_object,
    past_cue_preposition,
    with_fronted_part,
)
from quotegraph.nlp.find.cues import FoundCue
from quotegraph.nlp.find.quotes import quote_regions
from quotegraph.nlp.find.spans import quote_mask

from .conftest import nth_token


def _cut_at_coordinated_cue(nlp: Language, text: str, second: str, second_is_cue: bool = True) -> str:
    doc = nlp(text)
    said = nth_token(doc, "said")
    verb = nth_token(doc, second)
    content = [(doc[said.i + 1].idx, len(text))]
    heads = {said.i, verb.i} if second_is_cue else {said.i}
    regions = quote_regions(text)
    [(start, end)], _ = before_coordinated_cue(doc, said, content, heads, quote_mask(doc, regions), regions)
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
    said = nth_token(doc, "said")
    content = [(text.index("earned"), text.index(".”") + 1)]
    [(start, end)] = from_that_before_quote(doc, said, content, quote_regions(text))
    assert text[start:end] == "that Mensah had “earned the right to choose."
    # an unquoted start is left as tagged
    text = "Ainsley said on the same episode that Mensah had earned the right to choose."
    doc = nlp(text)
    content = [(text.index("earned"), len(text) - 1)]
    assert from_that_before_quote(doc, doc[1], content, quote_regions(text)) == content


def test_a_cue_of_naming_run_over_its_object_gives_the_object_to_the_content(nlp: Language) -> None:
    text = "Tomas Herrera called the decision “a start, not a finish” in an interview."
    doc = nlp(text)
    called = nth_token(doc, "called")
    cue = FoundCue(called.i, called.i + 3, 0.6)
    cue_chars = [(called.idx, doc[called.i + 2].idx + len("decision"))]
    content = [(text.index("a start"), text.index("finish") + len("finish"))]
    [cue_span], [(start, end)] = naming_object(doc, text, cue, called, cue_chars, content)
    assert text[slice(*cue_span)] == "called"
    assert text[start:end] == "the decision “a start, not a finish"
    # a cue of saying that took its addressee keeps it
    text = "Tomas Herrera told the students “a start, not a finish” in an interview."
    doc = nlp(text)
    told = nth_token(doc, "told")
    cue_chars = [(told.idx, doc[told.i + 2].idx + len("students"))]
    content = [(text.index("a start"), text.index("finish") + len("finish"))]
    assert naming_object(doc, text, FoundCue(told.i, told.i + 3, 0.6), told, cue_chars, content) == (
        cue_chars,
        content,
    )


def test_a_content_starting_at_a_second_that_clause_starts_at_the_first(nlp: Language) -> None:
    text = (
        "Imani Brooks said on a local radio program on Wednesday that she respected the senator but that “respect is "
        "not a campaign platform.”"
    )
    doc = nlp(text)
    said = nth_token(doc, "said")
    second = text.index("that “")
    [(start, _)] = from_first_that(doc, said, [(second, len(text))])
    assert text[start:].startswith("that she respected the senator but that")
    # a content at the first clause's "that", or at a "that" with no "and" or "but" before it, is left as tagged
    first = text.index("that she")
    assert from_first_that(doc, said, [(first, len(text))]) == [(first, len(text))]
    text = "Imani Brooks said on Wednesday that she respected the senator. She said that “respect is not enough.”"
    doc = nlp(text)
    second = text.index("that “")
    said = nth_token(doc, "said", 1)
    assert from_first_that(doc, said, [(second, len(text))]) == [(second, len(text))]


def _conjunct(nlp: Language, text: str, cue: str, content_from: str, content_to: str) -> list[str]:
    doc = nlp(text)
    head = nth_token(doc, cue)
    content = [(text.index(content_from), text.index(content_to) + len(content_to))]
    return [text[s:e] for s, e in backshifted_conjunct(head, content)]


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


def _past_preposition(nlp: Language, text: str, cue: str, start: str | None = None) -> str:
    doc = nlp(text)
    head = nth_token(doc, cue)
    first = text.index(start) if start is not None else head.idx + len(head.text) + 1
    content = [(first, len(text))]
    cut = past_cue_preposition(doc, text, head, content, quote_mask(doc, quote_regions(text)))
    return " | ".join(text[s:e] for s, e in cut)


def test_a_content_that_is_a_prepositional_phrase_of_the_cue_starts_after_the_preposition(nlp: Language) -> None:
    text = "Senator Ellen Marsh called for increased regulation of the banking sector."
    assert _past_preposition(nlp, text, "called") == "increased regulation of the banking sector."
    text = "The mayor boasted of his negotiating skills in the talks."
    assert _past_preposition(nlp, text, "boasted") == "his negotiating skills in the talks."
    text = "A spokesman did not respond to a request for comment."
    assert _past_preposition(nlp, text, "respond") == "a request for comment."


def test_a_content_that_goes_on_past_the_cue_s_phrase_or_is_quoted_keeps_its_start(nlp: Language) -> None:
    # the phrase is where the words went out, and the content goes on past it
    text = "She said in an interview that taxes would rise."
    assert _past_preposition(nlp, text, "said") == "in an interview that taxes would rise."
    # the preposition is the speaker's own (inside the quote)
    text = "Marsh called “for a full and open inquiry.”"
    assert _past_preposition(nlp, text, "called", "“") == "“for a full and open inquiry.”"
    # with the cue's object before the preposition, PolNeAR keeps both in the content
    text = "Ryan criticized the Federal Bureau of Investigation for its decision not to indict Clinton."
    assert _past_preposition(nlp, text, "criticized").startswith("the Federal Bureau")
    # a content before its cue is no phrase of it
    text = "Taxes will rise for everyone, she warned of the budget."
    assert _past_preposition(nlp, text, "warned", "Taxes") == text


def _with_fronted(nlp: Language, text: str, source: str, cue: str, content: str) -> str:
    doc = nlp(text)
    at, said, start = text.index(source), text.index(cue), text.index(content)
    cue_roots = {t.i for t in doc if t.lemma_ in ("say", "tell")}
    spans = with_fronted_part(
        doc, text, [(said, said + len(cue))], [(at, at + len(source))], [(start, len(text))], cue_roots
    )
    return " | ".join(text[s:e] for s, e in spans)


def test_a_cue_set_off_in_mid_sentence_gives_its_content_the_sentence_s_start(nlp: Language) -> None:
    text = "The talks ran late.\n\nInstead, she said, her boss told her he had booked a room."
    assert _with_fronted(nlp, text, "she", "said", "her boss") == "Instead | her boss told her he had booked a room."
    text = "In Miami, Mr. Regalado said, the senator is a bully"
    assert _with_fronted(nlp, text, "Mr. Regalado", "said", "the senator") == "In Miami | the senator is a bully"


def test_a_cue_not_set_off_or_after_a_quote_keeps_its_content(nlp: Language) -> None:
    # no comma after the cue: the words before it are no part of a sentence it interrupts
    text = "On Monday, she said the talks had failed."
    assert _with_fronted(nlp, text, "she", "said", "the talks") == "the talks had failed."
    # the fronted part holds a saying of its own: another statement
    text = "He tells audiences she may be charged, many Democrats say, and that would hurt her."
    assert _with_fronted(nlp, text, "many Democrats", "say", "and") == "and that would hurt her."
    # the writer's phrase runs on over the cue ("after, according to him, ..."): its start is no part of the content
    text = "He crossed the border years ago after, according to him, the network censured his report."
    assert _with_fronted(nlp, text, "him", "according to", "the network") == "the network censured his report."
    text = "He backed a bigger tent to help his clients and, he argued, to help stabilize the country."
    assert _with_fronted(nlp, text, "he", "argued", "to help stabilize") == "to help stabilize the country."
    # a source in two pieces (the tagger took the subject of the sentence's first verb too) sets off no one phrase
    text = "Rather than rebuild the party, he backed a bigger tent, and, he argued, a calmer country."
    doc = nlp(text)
    first, second, argued = text.index("he backed"), text.index("he argued"), text.index("argued")
    content = [(text.index("a calmer"), len(text))]
    sources = [(first, first + 2), (second, second + 2)]
    assert with_fronted_part(doc, text, [(argued, argued + 6)], sources, content, set()) == content
    # a quote after the cue: the words before it are the writer's scene
    text = "As boos erupt from the crowd, Mr. Ortega said, “Please quiet down.”"
    assert _with_fronted(nlp, text, "Mr. Ortega", "said", "“Please") == "“Please quiet down.”"
    # the fronted part is a quote of its own (joined by ``join_resumed_quotes``)
    text = "“We will win,” Smith said, “and we will govern.”"
    assert _with_fronted(nlp, text, "Smith", "said", "“and") == "“and we will govern.”"

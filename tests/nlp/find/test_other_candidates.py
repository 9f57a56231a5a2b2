from __future__ import annotations

from spacy.language import Language

from quotegraph.nlp.candidates import Candidate
from quotegraph.nlp.find.other_candidates import poll_candidates, speaker_headline_candidates


def test_a_speaker_headline_is_a_statement_unless_a_tagged_cue_reads_its_claim(nlp: Language) -> None:
    text = "Sanders: Brexit’s message could draw Trump support in US.\n\nThe senator spoke in Ohio."
    doc = nlp(text)
    claim = (text.index("Brexit"), text.index("US") + 2)
    [stated] = speaker_headline_candidates(doc, text, [], [])
    assert (stated.content, stated.cue, stated.source) == ([claim], [(7, 8)], [(0, 7)])
    assert stated.kind == "indirect"
    tagged = Candidate([(text.index("Trump"), claim[1])], [(text.index("draw"), text.index(" Trump"))])
    assert speaker_headline_candidates(doc, text, [], [tagged]) == []


def test_a_polls_finding_is_a_statement_unless_a_found_statement_holds_the_poll(nlp: Language) -> None:
    text = "The mayor was ahead in a Gazette poll."
    doc = nlp(text)
    in_quote = [False] * len(doc)
    [stated] = poll_candidates(doc, text, in_quote, [], [])
    at = text.index(" in a") + 1
    assert (stated.content, stated.cue, stated.source) == (
        [(0, text.index(" in a"))],
        [(at, at + 2)],
        [(text.index("a Gazette"), text.index("."))],
    )
    reported = Candidate([(0, len(text) - 1)], [(0, 3)])  # "Smith said the mayor had a lead in the poll"
    assert poll_candidates(doc, text, in_quote, [], [reported]) == []

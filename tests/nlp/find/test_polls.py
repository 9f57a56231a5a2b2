from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.nlp.find.polls import poll_findings


def _read(nlp: Language, text: str) -> list[tuple[str, ...]]:
    """Each finding read as its content, cue and source, each fragment joined by " | "."""
    doc = nlp(text)
    return [
        tuple(" | ".join(text[s:e] for s, e in spans) for spans in stated)
        for stated in poll_findings(doc, [False] * len(doc))
    ]


@pytest.mark.parametrize(
    ("text", "finding", "poll"),
    [
        (
            "In a Gazette poll last week, the mayor had a 12-point lead over her rival.",
            "the mayor had a 12-point lead over her rival",
            "a Gazette poll",
        ),
        (
            "The senator fell to 9 percent in the latest Harbor College survey, a drop driven by the budget fight.",
            "The senator fell to 9 percent",
            "the latest Harbor College survey",
        ),
        (
            "The governor continues to lead in polls despite the storm.",
            "The governor continues to lead | despite the storm",
            "polls",
        ),
    ],
)
def test_a_clause_with_a_poll_after_in_states_the_polls_finding(
    nlp: Language, text: str, finding: str, poll: str
) -> None:
    assert _read(nlp, text) == [(finding, "in" if "In a" not in text else "In", poll)]


def test_a_clause_set_off_by_the_verbs_comma_after_the_poll_is_the_writers(nlp: Language) -> None:
    text = "In a Gazette poll, the mayor had a 12-point lead, largely because older voters backed her."
    assert _read(nlp, text) == [("the mayor had a 12-point lead", "In", "a Gazette poll")]


def test_a_finding_nested_in_another_is_left_out_of_its_content(nlp: Language) -> None:
    text = "Lee came in second in March polls, although Park moved from fourth to third in a newer survey."
    assert [(finding, poll) for finding, _, poll in _read(nlp, text)] == [
        ("Lee came in second", "March polls"),
        ("Park moved from fourth to third", "a newer survey"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The senator has climbed in the polls since the debate.",  # polling at large, not one poll
        "One in four voters in a Gazette poll wanted a new bridge.",  # the poll describes a noun
        "The governor, who has been leading in polls here, opened a new office.",  # a relative clause describes
        "The mayor spoke in a school hall on Monday.",  # no poll
    ],
)
def test_polling_at_large_or_a_poll_on_a_noun_states_no_finding(nlp: Language, text: str) -> None:
    assert _read(nlp, text) == []


def test_a_poll_the_parser_hangs_on_the_verb_inside_the_subjects_words_describes_the_subject(nlp: Language) -> None:
    # the parse of "Frustrations at Carson's inability to stem his nosedive in polls, combined with a report ..., have
    # begun to percolate" (train-d), with "in polls" on the verb inside the subject's words
    words = ["Anger", "at", "her", "slide", "in", "polls", ",", "combined", "with", "news", ",", "has", "grown"]
    heads = [12, 0, 3, 1, 12, 4, 0, 0, 7, 8, 12, 12, 12]
    deps = ["nsubj", "prep", "poss", "pobj", "prep", "pobj", "punct", "acl", "prep", "pobj", "punct", "aux", "ROOT"]
    pos = ["NOUN", "ADP", "PRON", "NOUN", "ADP", "NOUN", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT", "AUX", "VERB"]
    tags = ["NN", "IN", "PRP$", "NN", "IN", "NNS", ",", "VBN", "IN", "NN", ",", "VBZ", "VBN"]
    lemmas = ["anger", "at", "her", "slide", "in", "poll", ",", "combine", "with", "news", ",", "have", "grow"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert poll_findings(doc, [False] * len(doc)) == []


def test_an_infinitive_the_parser_gives_a_subject_states_no_finding(nlp: Language) -> None:
    # "Frustrations at Carson's inability to stem his nosedive in polls ..." (train-d), with "stem" given a subject
    words = ["Efforts", "to", "halt", "the", "slide", "in", "polls", "failed"]
    heads = [2, 2, 7, 4, 2, 2, 5, 7]
    deps = ["nsubj", "aux", "ccomp", "det", "dobj", "prep", "pobj", "ROOT"]
    pos = ["NOUN", "PART", "VERB", "DET", "NOUN", "ADP", "NOUN", "VERB"]
    tags = ["NNS", "TO", "VB", "DT", "NN", "IN", "NNS", "VBD"]
    lemmas = ["effort", "to", "halt", "the", "slide", "in", "poll", "fail"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert poll_findings(doc, [False] * len(doc)) == []

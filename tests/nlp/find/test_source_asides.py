from __future__ import annotations

from spacy.language import Language

from quotegraph.nlp.find.assemble import find_candidates

from .conftest import word_of


def _sources(nlp: Language, text: str) -> list[str]:
    return [" ".join(text[a:b] for a, b in c.source) for c in find_candidates(nlp(text))]


def test_an_opening_participle_clause_is_no_source_but_the_subject_after_it_is(nlp: Language) -> None:
    text = (
        "Also briefing, by videoconference from Port Alder, TEMBA NDLOVU, Deputy Humanitarian Coordinator for "
        "Kessaria, said 41,000 people remained displaced in the north."
    )
    assert word_of(nlp, text, "briefing").dep_ == "nsubj"  # the parse this rule exists for
    assert _sources(nlp, text) == ["TEMBA NDLOVU, Deputy Humanitarian Coordinator for Kessaria"]
    # a name the parser hung on the opening clause's last noun, which left the cue no source at all
    text = "Speaking by telephone from Kyiv, Olena Petrenko, the deputy minister, said the talks would resume."
    assert _sources(nlp, text) == ["Olena Petrenko, the deputy minister"]
    # a participle that modifies a noun opens the subject itself, and a clause after it keeps its own source
    assert _sources(nlp, "Acting Mayor John Smith, a Democrat, said the talks would resume.") == [
        "Acting Mayor John Smith, a Democrat,"
    ]
    assert _sources(nlp, "Speaking to reporters on Tuesday, the talks would resume, Smith said.") == ["Smith"]


def test_a_reporter_s_aside_between_subject_and_cue_is_not_the_source(nlp: Language) -> None:
    text = "The King, he said, had asked how long a new wall would take to build."
    doc = nlp(text)
    assert next(t for t in doc if t.text == "said").dep_ == "parataxis"  # the parse this rule exists for
    found = {text[c.cue[0][0] : c.cue[-1][1]]: [text[s:e] for s, e in c.source] for c in find_candidates(doc)}
    assert found["had asked"] == ["The King"]

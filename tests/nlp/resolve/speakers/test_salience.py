"""The salience the coreference pass keeps: only the head of a source phrase weighs as the statement's source."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.speakers import phrase_forms, salience
from quotegraph.nlp.resolve.speakers.salience import heads_source


@pytest.mark.slow
def test_only_the_head_of_a_source_phrase_is_the_source(nlp: Language) -> None:
    doc = nlp("Sandy Phillips, who lost her daughter Jessica Ghawi in 2012, said the call was short.")
    phrase = doc.text.index("Sandy"), doc.text.index(", said")
    sources = frozenset(t.i for t in doc if phrase[0] <= t.idx < phrase[1])
    heads = [t.text for t in doc if heads_source(t, sources)]
    assert heads == ["Phillips"]


@pytest.mark.slow
@pytest.mark.parametrize("on", [True, False])
def test_a_source_read_as_a_clause_is_headed_by_its_first_subject(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """SUBJECTS_OF_SOURCES_READ_AS_CLAUSES: the parser reads the whose-clause as the main one ("schoolteacher" and
    "collie" both subjects of "died"); the schoolteacher heads the source, never the dog's name apposed to "collie"."""
    monkeypatch.setattr(salience, "SUBJECTS_OF_SOURCES_READ_AS_CLAUSES", on)
    doc = nlp(
        "A retired schoolteacher whose 12-year-old border collie, Pip, died at the clinic early Saturday told the "
        "Ledger by phone that she had walked the same loop for six years."
    )
    phrase = 0, doc.text.index(" told")
    sources = frozenset(t.i for t in doc if phrase[0] <= t.idx < phrase[1])
    heads = [t.text for t in doc if heads_source(t, sources)]
    assert ("schoolteacher" in heads) == on
    assert "Pip" not in heads and "collie" not in heads


@pytest.mark.slow
@pytest.mark.parametrize("on", [True, False])
def test_a_person_named_before_of_heads_the_source_not_the_body_after_it(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """PERSON_OF_A_BODY: the parser heads "geologist Marisol Echeverría of the Benemérita Universidad Autónoma de
    Puebla" by "Puebla"; the name before "of" weighs as the source, so the next "she said" finds her."""
    monkeypatch.setattr(phrase_forms, "PERSON_OF_A_BODY", on)
    source = "geologist Marisol Echeverría of the Benemérita Universidad Autónoma de Puebla"
    doc = nlp(f"Speaking on Wednesday, {source} said the collapse had been caused by a leaking storm drain.")
    start = doc.text.index(source)
    sources = frozenset(t.i for t in doc if start <= t.idx < start + len(source))
    heads = [t.text for t in doc if heads_source(t, sources)]
    assert heads == (["Echeverría"] if on else ["Puebla"])

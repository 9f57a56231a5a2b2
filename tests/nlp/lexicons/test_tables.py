from __future__ import annotations

import pytest

from quotegraph.errors import PipelineError
from quotegraph.nlp.lexicons import lexicon_file, tables
from quotegraph.nlp.lexicons.tables import fold, lexicons


def test_fold_drops_case_and_accents_only() -> None:
    assert fold("Gascón") == "gascon"
    assert fold("Gascón") != fold("Gascan")


def test_forenames_answer_under_both_spellings() -> None:
    names = lexicons().forenames
    accented = next(name for name in names if fold(name) != name)
    assert fold(accented) in names


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Yerlan", "m"),
        ("Eleni", "f"),
        ("Gaétan", "m"),
        ("Ayşe", "f"),
        ("Somchai", "m"),
        ("Kwabena", "m"),
        ("Mele", "f"),
    ],
)
def test_forenames_of_the_traditions_added_in_the_forenames_round_are_known(name: str, gender: str) -> None:
    """Greek, Kazakh, Quebecois, Turkish, Thai, Akan and Tongan forenames: a full name opening on one reaches the
    surname's join as a person's (surnamejoins, cause F)."""
    names = lexicons().forenames
    assert names[fold(name)] == gender
    assert names[name.casefold()] == gender


def test_every_channel_kind_row_lands_in_one_table() -> None:
    rows = [line.split("\t") for line in lexicon_file("resolve_channels.tsv").splitlines()]
    kinds = {row[1] for row in rows if len(row) > 1 and not row[0].startswith("#")}
    read = tables._MEDIUM_KINDS | {"platform", "platform_on", "medium_verb"}
    assert kinds <= read, f"kinds nobody reads: {sorted(kinds - read)}"


def test_an_unknown_class_is_an_error_of_the_tree() -> None:
    with pytest.raises(PipelineError, match=r"unknown class 'opinion' in type_cues\.tsv"):
        tables._type_cue(["reckon", "opinion"])

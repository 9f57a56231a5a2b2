"""Whom a medium went to: its own phrases and clauses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.medium_addressees import addressee_of_channel

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "medium", "addressee"),
    [
        ("Hale wrote a letter to shareholders on Monday.", "letter", "shareholders"),
        ("Hale sent a memo addressed to employees of the firm.", "memo", "employees of the firm"),
        ("Hale wrote a letter about the budget.", "letter", None),
        # a medium read out or handed to someone
        ("In a statement read to the court by a prosecutor, the widow said she was lost.", "statement", "the court"),
        ("In a letter handed to the judge, Blythe wrote that he was sorry.", "letter", "the judge"),
        # "to" that the parser hangs on the preposition of an opening medium phrase, right after the medium
        ("In a note to clients on Wednesday afternoon, Ines Carvalho wrote that rates would fall.", "note", "clients"),
        ("In a note on Wednesday, Ines Carvalho wrote to clients that rates would fall.", "note", None),
        # or on the verb above the medium's preposition, right after the medium
        (
            "Sarah Lindgren apologized in an email to customers on Tuesday evening and said fees would go.",
            "email",
            "customers",
        ),
        # a participle of addressing joined to another one on the medium
        (
            "The letter, published on Sunday and addressed to Minister Claire Dunmore, says the plan failed.",
            "letter",
            "Minister Claire Dunmore",
        ),
        # a relative clause of giving or sending on the medium: its "to", or the name it keeps as its object
        ("The plan was articulated in a 2007 address Lindsey Graham gave to La Raza.", "address", "La Raza"),
        ("Wasserman Schultz answered a letter the Sanders campaign sent the DNC on Monday.", "letter", "the DNC"),
        ("Carson spoke of interviews he gave the same day.", "interviews", None),
    ],
)
def test_whom_a_medium_went_to(nlp: Language, sentence: str, medium: str, addressee: str | None) -> None:
    [word] = [t for t in nlp(sentence) if t.text == medium]
    found = addressee_of_channel(channel_phrase(word))
    assert (found.text if found is not None else None) == addressee


@pytest.mark.parametrize("flag", [True, False])
def test_whom_an_exchange_was_with_after_a_date_between(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "a round-table interview Tuesday with Bloomberg Politics": the day stops the medium's phrase, the named outlet
    after it is whom the exchange was with (``DATED_WITH_WHOM``); people not named are not taken."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.medium_addressees.DATED_WITH_WHOM", flag)
    sentence = "At a round-table interview Tuesday with Bloomberg Politics, he said he would campaign for Canova."
    [word] = [t for t in nlp(sentence) if t.text == "interview"]
    found = addressee_of_channel(channel_phrase(word))
    assert (found.text if found is not None else None) == ("Bloomberg Politics" if flag else None)
    [meeting] = [
        t for t in nlp("At a meeting Tuesday with his advisers, he said he would stay.") if t.text == "meeting"
    ]
    assert addressee_of_channel(channel_phrase(meeting)) is None

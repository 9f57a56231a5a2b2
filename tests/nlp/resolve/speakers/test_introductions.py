"""The forms that name a person described before: a name in apposition with the noun after a demonstrative."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotegraph.nlp.resolve.speakers import introductions
from quotegraph.nlp.resolve.speakers.mentions import find_mentions

from ..conftest import ArticleMaker, speaker_name


@pytest.mark.parametrize("naming", [True, False])
def test_a_description_is_named_next_by_its_noun_after_a_demonstrative(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, naming: bool
) -> None:
    """DEMONSTRATIVE_NAMING: "a nurse ... That nurse, Angela Ruiz," names the nurse as "The nurse, ..." would."""
    monkeypatch.setattr(introductions, "DEMONSTRATIVE_NAMING", naming)
    art = article(
        "A nurse in the neonatal unit said the ward had been short of staff for months. "
        "That nurse, Angela Ruiz, was in the front row on Wednesday."
    )
    _, (said,) = art.resolve(
        [art.candidate("the ward had been short of staff", "said", "A nurse in the neonatal unit")]
    )
    assert speaker_name(said) == ("Angela Ruiz" if naming else "A nurse")


@pytest.mark.parametrize(
    ("text", "identified"),
    [
        # a passive's subject
        ("The pilot was named by his family as Graham Tuckwell, a grazier.", "pilot"),
        # the subject of the verb a passive infinitive hangs on
        ("In a second call later Tuesday, she agreed to be identified as Carol Ruggiero, 61.", "she"),
        # an active verb's object
        ("Police identified the man as Dale Hutchins on Friday.", "man"),
        # one who names herself is ``giving_own_name``'s
        ("She identified herself as Carol Ruggiero.", None),
        # a name after "as" on another verb
        ("The pilot was known as Graham Tuckwell to his friends.", None),
    ],
)
def test_identified_as_is_whom_a_verb_of_identifying_names(
    article: ArticleMaker, text: str, identified: str | None
) -> None:
    """identified_as: the word for whom "named/identified ... as NAME" says the name is."""
    doc = article(text).doc
    name = next(t for t in doc if t.dep_ == "pobj" and t.head.lower_ == "as")
    found = introductions.identified_as(name)
    assert (found.text if found is not None else None) == identified


_SET_OFF_NAME = (
    "The loudest applause of the night went to a man in a green Roughriders jacket who had waited an hour.\n"
    "“My wife had a heart attack at our kitchen table in 2019. She is alive because this place was open at two in "
    "the morning,” he said. “You tell me how she makes Battleford in a February whiteout.”\n"
    "The man, grain farmer Wes Tkachuk, 61, told the Dispatch after the meeting that he had timed the drive."
)


@pytest.mark.parametrize("apposed", [True, False])
def test_a_name_read_as_a_second_subject_set_off_after_the_noun_names_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, apposed: bool
) -> None:
    """SUBJECTS_SET_OFF_ARE_APPOSED: "The man, grain farmer Wes Tkachuk, 61, told", parsed as two subjects of "told",
    names "a man" who spoke before as "The man, Wes Tkachuk," in apposition does."""
    monkeypatch.setattr(introductions, "SUBJECTS_SET_OFF_ARE_APPOSED", apposed)
    art = article(_SET_OFF_NAME)
    _, (said,) = art.resolve(
        [art.candidate("My wife had a heart attack", "said", "he", after="morning", kind="direct")]
    )
    assert speaker_name(said) == ("Wes Tkachuk" if apposed else "a man")


def test_two_subjects_joined_by_and_are_no_apposition(article: ArticleMaker) -> None:
    """_subject_set_off_before: the noun before a comma, the name right after it; "and" between is two people."""
    doc = article(_SET_OFF_NAME).doc
    name = next(t for t in doc if t.text == "Tkachuk")
    found = introductions._subject_set_off_before(name)
    assert found is not None and found.text == "man"
    doc = Doc(
        Vocab(),
        words=["The", "man", "and", "Wes", "Tkachuk", "told", "us"],
        heads=[1, 5, 1, 4, 5, 5, 5],
        deps=["det", "nsubj", "cc", "compound", "nsubj", "ROOT", "dobj"],
    )
    assert introductions._subject_set_off_before(doc[4]) is None


@pytest.mark.parametrize(
    ("text", "renamed"),
    [
        ("The nurse, Loretta Banning, said her supervisor had moved her.", True),
        # a demonstrative points back as "the" does
        ("That nurse, Loretta Banning, said her supervisor had moved her.", True),
        # a word to say whose or which: another's post
        ("The party chairman, Kelly Armstrong, called for a voice vote.", False),
        ("The council's chair, Helen Marsters, said the rise was needed.", False),
        # a post, definite by the body the story is about
        ("The mayor, Loretta Banning, said the bridge would reopen.", False),
        # an indefinite apposition introduces a newcomer
        ("A nurse, Loretta Banning, said her supervisor had moved her.", False),
    ],
)
def test_a_name_apposed_to_a_bare_noun_after_the_is_renamed(article: ArticleMaker, text: str, renamed: bool) -> None:
    """renamed_in_apposition: "The nurse, Loretta Banning," opens its sentence as a bare noun after "the", neither
    owned, modified nor a post."""
    text = f"Commuters waited at the bridge.\n\n{text}"
    doc = article(text).doc
    name = next(m for m in find_mentions(doc, text) if m.kind == "name" and " " in m.text and m.type == "PERSON")
    assert introductions.renamed_in_apposition(doc, name) is renamed


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("text", "renamed"),
    [
        # the subject set after its verb of saying, right after a quotation closed: it opens its attribution
        ("“We waited four months,” wrote the woman, Tanya Sawchuk, on Facebook.", True),
        # a word of the narrative before the verb: the subject does not open anything
        ("On Facebook she said that the woman, Tanya Sawchuk, had waited.", False),
    ],
)
def test_a_name_apposed_to_a_subject_after_its_verb_after_a_quotation_is_renamed(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, text: str, renamed: bool
) -> None:
    """introductions.INVERTED_SUBJECTS_RENAMED: '"...," wrote the woman, Tanya Sawchuk,' points back as "The woman,
    Tanya Sawchuk, wrote" does."""
    monkeypatch.setattr(introductions, "INVERTED_SUBJECTS_RENAMED", on)
    text = f"Patients turned to social media.\n\n{text}"
    doc = article(text).doc
    name = next(m for m in find_mentions(doc, text) if m.kind == "name" and " " in m.text and m.type == "PERSON")
    assert introductions.renamed_in_apposition(doc, name) is (renamed and on)


@pytest.mark.parametrize("on", [True, False])
def test_a_who_clause_giving_the_noun_s_own_name_names_the_one_described_before(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """WHO_CLAUSES_RENAME_THE_NOUN: "a woman in a yellow raincoat ... said the woman, who gave her name as Ilona Varga"
    names the woman described before, whose first words are then Varga's too."""
    monkeypatch.setattr(introductions, "WHO_CLAUSES_RENAME_THE_NOUN", on)
    described = "a woman in a yellow raincoat who was handing out water"
    renamed = "the woman, who gave her name as Ilona Varga"
    art = article(
        f"Station closed\n\nAt the station on Friday, {described} told travellers that the trains had stopped at noon. "
        f"“Nobody has told us when they will run,” said {renamed}."
    )
    found = art.said(("that the trains had stopped at noon", described), ("Nobody has told us", renamed))
    assert found == (["Ilona Varga", "Ilona Varga"] if on else ["a woman", "Ilona Varga"])


@pytest.mark.parametrize("on", [True, False])
def test_a_name_given_after_an_as_the_parser_made_a_conjunction_is_still_given(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """AS_READ_AS_A_CLAUSE: the parser reads "as Thabo Mokoena told the host" as a clause, the name its subject; the
    name after "gave his name only as" is still the one the pensioner gave, and his words are Thabo Mokoena's."""
    monkeypatch.setattr(introductions, "AS_READ_AS_A_CLAUSE", on)
    art = article(
        "Phone-in\n\nA pensioner who gave his name only as Thabo Mokoena told the host that his tap had been dry for "
        "a week. “We are old, we cannot carry buckets up the hill,” he said."
    )
    name = next(t for t in art.doc if t.text == "Mokoena")
    assert (name.dep_, name.doc[name.i - 2].dep_) == ("nsubj", "mark")  # the misreading the rule is for
    said = art.said(("his tap had been dry", "A pensioner"), ("We are old", "he", "hill"))
    assert said == (["Thabo Mokoena"] * 2 if on else ["A pensioner"] * 2)
    assert (introductions.giving_own_name(name) is not None) is on

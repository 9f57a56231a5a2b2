"""The forms that name a person described before: a name in apposition with the noun after a demonstrative."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.speakers import introductions

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

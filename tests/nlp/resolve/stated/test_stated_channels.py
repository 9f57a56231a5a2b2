"""The channel a statement's own sentence states (``resolve.stated.stated_channels``): whom a medium went to is no
second channel, and a participle after a verb that issues a medium says what that medium said (statedmissed)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.model import Attribution
from quotegraph.nlp.resolve.stated import stated_channels
from quotegraph.nlp.resolve.stated.stated_channels import a_medium_s_recipient, issued_medium

from ..conftest import ArticleMaker

pytestmark = pytest.mark.slow

DAY = "2025-02-07"  # the day these stories were published, a Friday


def _texts(found: Attribution) -> tuple[str | None, str | None]:
    channel, addressee = found.channel, found.addressee
    return (None if channel is None else channel.text, None if addressee is None else addressee.text)


@pytest.mark.parametrize(
    ("sentence", "word", "recipient"),
    [
        # "to" on a medium: whom the email went to
        ("Ash criticized the chairman in an email to his panel, accusing him of delay.", "panel", True),
        # "to" on a verb, not on a medium: not a medium's recipient
        ("The mayor spoke to the panel on Monday.", "panel", False),
        # another preposition on the medium: not whom it went to
        ("Ash wrote in an email about the panel that the vote was late.", "panel", False),
    ],
)  # fmt: skip
def test_a_medium_s_recipient(nlp: Language, sentence: str, word: str, recipient: bool) -> None:
    doc = nlp(sentence)
    assert a_medium_s_recipient(next(t for t in doc if t.text == word)) is recipient


@pytest.mark.parametrize(
    ("sentence", "participle", "medium"),
    [
        # the verb the participle is set off after takes a medium as its object
        ("The committee released a statement at the start of the convention on Monday, offering an apology to the "
         "senator.", "offering", "statement"),
        # the verb's object is no medium
        ("The committee released the prisoners at the start of the convention on Monday, offering an apology to the "
         "senator.", "offering", None),
    ],
)  # fmt: skip
def test_issued_medium(nlp: Language, sentence: str, participle: str, medium: str | None) -> None:
    doc = nlp(sentence)
    found = issued_medium(next(t for t in doc if t.text == participle))
    assert (None if found is None else found.text) == medium


def test_the_medium_not_its_recipient_is_the_channel(article: ArticleMaker, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Ash criticized Reed and his allies in an email Saturday to his panel, accusing them of working to scuttle the "
        "plan."
    )
    art = article(text, published=DAY)
    found = art.one("them of working to scuttle the plan", "accusing", "Ash")
    assert _texts(found) == ("an email", "his panel")
    monkeypatch.setattr(stated_channels, "RECIPIENTS_OF_A_MEDIUM", False)
    assert _texts(art.one("them of working to scuttle the plan", "accusing", "Ash"))[0] == "his panel"


def test_a_participle_after_an_issued_medium_takes_the_medium(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "The committee released a statement at the outset of the party's convention Monday, offering an apology to "
        "the senator."
    )
    art = article(text, published=DAY)
    found = art.one("an apology to the senator", "offering", "The committee")
    assert _texts(found)[0] == "a statement"
    monkeypatch.setattr(stated_channels, "ISSUED_MEDIA", False)
    assert _texts(art.one("an apology to the senator", "offering", "The committee"))[0] == "the party's convention"


def test_a_participle_after_a_verb_of_no_medium_keeps_its_scene(article: ArticleMaker) -> None:
    text = "The senator arrived at the party's convention Monday, offering an apology to the governor."
    found = article(text, published=DAY).one("an apology to the governor", "offering", "The senator")
    assert _texts(found)[0] == "the party's convention"

"""Whom quoted words call on by name: a name or word of address set off in the quote, where the sentence speaks to
someone; not a list's item, an apposition, a time set off or a subject with an aside."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.find.quotes import every_quote_region
from quotegraph.nlp.resolve.stated import vocatives
from quotegraph.nlp.resolve.stated.vocatives import vocative

pytestmark = pytest.mark.slow


def _called(parser: Language, text: str) -> str | None:
    doc = parser(text)
    opening, closing = text.index("“") + 1, text.index("”")
    found = vocative(doc, [(opening, closing)], every_quote_region(doc))
    return None if found is None else found.text


@pytest.mark.parametrize(
    ("text", "called"),
    [
        ("“Norway, if you can hear us, we need the boats,” Halvorsen said.", "Norway"),
        ("“Remember, Tomasz, that you signed the lease,” the landlord said.", "Tomasz"),
        ("“Petra, you have kept this town running,” the mayor said.", "Petra"),
        ("“The bridge will open in May, folks,” Okafor said.", "folks"),
        ("“Thank you Greta Lind for staying with us,” she said.", "Greta Lind"),
        ("“Thank you, Leeds, for a wonderful night,” the singer said.", "Leeds"),
        ("“Hi Canadians! We are back,” the band wrote.", "Canadians"),
        # no second person in the sentence: a name set off at its opening is its subject
        ("“Warsaw, the old capital, stayed quiet,” Halvorsen said.", None),
        ("“Petra, Anna and Lucy all came,” the mayor said.", None),
        # a list's item, an apposition, a time, an aside
        ("“I missed birthdays, weddings, you name it,” the sailor said.", None),
        ("“I met your cousin, Petra, and you liked her,” she said.", None),
        ("“Tonight, you made history,” the coach said.", None),
        ("“Okafor, you know, is a fine engineer,” she said.", None),
        ("“Okafor, who you met, is a fine engineer,” she said.", None),
        # a quoted sentence that is a name alone names, it does not call
        ("“Petra.” That was all she said.", None),
    ],
)
def test_vocative(parser: Language, text: str, called: str | None) -> None:
    assert _called(parser, text) == called


def test_vocative_outside_the_quote_is_not_read(parser: Language) -> None:
    # the name set off is the writer's, outside the quotation marks the content's quoted words are read in
    text = "Petra, you should know, said “we will stay”."
    doc = parser(text)
    assert vocative(doc, [(0, len(text))], every_quote_region(doc)) is None


def test_switch_off(parser: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vocatives, "VOCATIVE_ADDRESSEES", False)
    assert _called(parser, "“Petra, you have kept this town running,” the mayor said.") is None

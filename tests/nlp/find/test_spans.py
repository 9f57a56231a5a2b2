from __future__ import annotations

from spacy.language import Language

from quotegraph.nlp.find.spans import char_mask


def test_a_token_is_masked_when_half_its_characters_are_covered() -> None:
    doc = Language().make_doc("alpha beta gamma delta")
    # "beta" (6..10) has half its characters covered; a window is masked by its own tokens.
    spans = [(0, 3), (6, 8), (6, 8), (17, 22)]
    assert char_mask(doc, spans) == [True, True, False, True]
    assert char_mask(doc[1:3], [(7, 9)]) == [True, False]
    assert char_mask(doc, []) == [False] * 4

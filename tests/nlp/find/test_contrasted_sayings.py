"""A second party's saying set against the first ("..., while other voters said ...") is a statement of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.find import contrasted_sayings
from quotegraph.nlp.find.assemble import find_candidates
from quotegraph.nlp.find.contrasted_sayings import contrasted_saying

_WHILE = (
    "About 74 percent said they are set on voting for the real estate mogul, while 22 percent said they might change "
    "their mind."
)
_WHEREAS = (
    "Melendres said there appeared to be a lack of willfulness in the Clinton case, whereas Petraeus acknowledged "
    "that he knew the information was highly classified."
)


def _split(nlp: Language, text: str) -> tuple[list[str], tuple[str, str, str] | None]:
    """The first "said"'s content, running from its clause to the full stop, after the rule; and the saying split off
    (cue, source, content)."""
    doc = nlp(text)
    head = next(t for t in doc if t.text == "said")
    content = [(head.idx + len(head.text) + 1, len(text) - 1)]
    kept, saying = contrasted_saying(head, content, [False] * len(doc))
    pieces = [text[s:e] for s, e in kept]
    if saying is None:
        return pieces, None
    return pieces, (text[slice(*saying.cue)], text[slice(*saying.source)], text[slice(*saying.content)])


@pytest.mark.parametrize(
    ("text", "kept", "saying"),
    [
        (
            _WHILE,
            "they are set on voting for the real estate mogul",
            ("said", "22 percent", "they might change their mind"),
        ),
        (
            _WHEREAS,
            "there appeared to be a lack of willfulness in the Clinton case",
            ("acknowledged", "Petraeus", "that he knew the information was highly classified"),
        ),
    ],
)
def test_a_contrasted_saying_ends_the_content_and_is_a_statement_of_its_own(
    nlp: Language, text: str, kept: str, saying: tuple[str, str, str]
) -> None:
    assert _split(nlp, text) == ([kept], saying)


@pytest.mark.parametrize(
    "text",
    [
        # a contrast with no verb of saying
        "The mayor said the road would reopen on Monday, while the bridge stays shut until June.",
        # a concession, not a second party
        "The mayor said the road would reopen on Monday, although she said the bridge would not.",
        # a verb of saying with no reported clause of its own
        "The mayor said the road would reopen on Monday, while the police said nothing.",
    ],
)
def test_no_contrasted_saying_leaves_the_content_whole(nlp: Language, text: str) -> None:
    pieces, saying = _split(nlp, text)
    assert saying is None
    assert pieces == [text[text.index("said") + 5 : -1]]


def test_the_finder_gives_each_party_its_own_statement(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """CONTRASTED_SAYINGS_SPLIT on: two statements, each with its own source; off: one, running over the contrast."""

    def found() -> list[tuple[str, str, str]]:
        return [
            (_WHILE[slice(*c.cue[0])], _WHILE[slice(*c.source[0])], _WHILE[c.content[0][0] : c.content[-1][1]])
            for c in find_candidates(nlp(_WHILE))
        ]

    assert found() == [
        ("said", "About 74 percent", "they are set on voting for the real estate mogul"),
        ("said", "22 percent", "they might change their mind"),
    ]
    monkeypatch.setattr(contrasted_sayings, "CONTRASTED_SAYINGS_SPLIT", False)
    assert [content for _, _, content in found()] == [_WHILE[_WHILE.index("they are") : -1]]

from __future__ import annotations

import pytest

from quotegraph.graph.names import ParsedName, parse_name
from quotegraph.store.keys import normalize_name


def parsed(name: str) -> ParsedName:
    return parse_name(normalize_name(name))


@pytest.mark.parametrize(
    ("name", "core", "titles"),
    [
        ("Mayor Elena Ruiz", "elena ruiz", {"mayor"}),
        ("Sen. Warren", "warren", {"sen"}),
        ("former President Bill Clinton", "bill clinton", {"president"}),
        ("Secretary of State John Kerry", "john kerry", {"secretary of state"}),
        ("Mrs. Clinton", "clinton", {"mrs"}),
        ("Donald Trump's", "donald trump", set()),
        ("’s Donald Trump", "donald trump", set()),
        ("Marco Rubio 3", "marco rubio", set()),
        ("Guccifer 2.0", "guccifer 2 0", set()),  # two numbers are part of the name
        ("President", "president", set()),  # a title with no name after it is a word
    ],
)
def test_titles_and_noise_are_not_the_name(name: str, core: str, titles: set[str]) -> None:
    assert parsed(name).core == core
    assert parsed(name).titles == titles


def test_a_gendered_title_says_the_gender() -> None:
    assert parsed("Mrs. Clinton").gender == "she"
    assert parsed("Mr. Obama").gender == "he"
    assert parsed("Sen. Warren").gender is None


@pytest.mark.parametrize(
    ("name", "given", "middles", "surname", "suffix"),
    [
        ("Elizabeth Warren", "elizabeth", (), "warren", None),
        ("Donald J. Trump", "donald", ("j",), "trump", None),
        ("George HW Bush", "george", ("h", "w"), "bush", None),
        ("George H.W. Bush", "george", ("h", "w"), "bush", None),
        ("Charles de Gaulle", "charles", (), "de gaulle", None),
        ("Donald Trump Jr.", "donald", (), "trump", "jr"),
        ("Al Sharpton", "al", (), "sharpton", None),
    ],
)
def test_full_names_come_apart(
    name: str, given: str, middles: tuple[str, ...], surname: str, suffix: str | None
) -> None:
    found = parsed(name)
    assert found.full and not found.short
    assert (found.given, found.middles, found.surname, found.suffix) == (given, middles, surname, suffix)


@pytest.mark.parametrize("name", ["Obama", "President Obama", "de Gaulle", "Audiard"])
def test_one_word_is_a_short_name(name: str) -> None:
    found = parsed(name)
    assert found.short and found.given is None


@pytest.mark.parametrize(
    "name",
    [
        "Sanders supporters",
        "People close to Sharpton",
        "Rubio and Cruz",
        "Gold Star Mom Corners Obama",
        "Ted Cruz—35 2",
    ],
)
def test_phrases_are_not_shaped_like_names(name: str) -> None:
    assert not parsed(name).shaped

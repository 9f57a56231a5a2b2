from __future__ import annotations

from pathlib import Path

import pytest

from quotegraph.errors import InputError
from quotegraph.graph.aliases import parse_aliases, read_aliases
from quotegraph.model.identity import AliasEntry

GOOD = """# people of the corpus
name\taliases\twikidata\tapart
Hillary Clinton\tHillary Rodham Clinton; Mrs. Clinton\tQ6294\tClinton
Kanye West\tYe
"""


def test_a_file_gives_one_entry_a_line() -> None:
    assert parse_aliases(GOOD) == [
        AliasEntry(3, "Hillary Clinton", ("Hillary Rodham Clinton", "Mrs. Clinton"), "Q6294", ("Clinton",)),
        AliasEntry(4, "Kanye West", ("Ye",)),
    ]


def test_columns_come_in_any_order_and_may_be_left_out(tmp_path: Path) -> None:
    path = tmp_path / "aliases.tsv"
    path.write_text("\ufeffwikidata\tname\nQ15935\tKanye West\n\n", encoding="utf-8")
    assert read_aliases(path) == [AliasEntry(2, "Kanye West", wikidata="Q15935")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name\tnickname\nKanye West\tYe\n", "line 1: unknown column 'nickname'"),
        ("aliases\nYe\n", "line 1: no name column"),
        ("name\tname\nYe\tYe\n", "line 1: column 'name' is named twice"),
        ("name\taliases\nKanye West\tYe\tYeezy\n", "line 2: 3 cells, but 2 columns"),
        ("name\taliases\n\tYe\n", "line 2: no name"),
        ("name\twikidata\nKanye West\twd:15935\n", "line 2: 'wd:15935' is not a Wikidata item id"),
        ("name\taliases\nKanye West\tYe\nYe\t\n", "line 3: 'Ye' is already a name of 'Kanye West' (line 2)"),
        ("name\taliases\nKanye West\tYe; YE\n", "line 2: 'YE' is twice on this line"),
        (
            "name\taliases\tapart\nHillary Clinton\tClinton\tclinton\n",
            "line 2: 'clinton' is both one of its names and kept apart",
        ),
        (
            "name\twikidata\nHillary Clinton\tQ6294\nHillary R. Clinton\tQ6294\n",
            "line 3: Q6294 is already 'Hillary Clinton''s (line 2)",
        ),
        ("# only a comment\n", "no header line"),
    ],
)
def test_a_bad_file_names_the_line_and_gives_nothing(text: str, message: str) -> None:
    with pytest.raises(InputError, match="nothing applied") as caught:
        parse_aliases(text)
    assert message in str(caught.value)


def test_every_bad_line_is_named() -> None:
    with pytest.raises(InputError) as caught:
        parse_aliases("name\twikidata\nA B\tx\nC D\ty\nE F\tQ1\n")
    assert "line 2:" in str(caught.value) and "line 3:" in str(caught.value) and "line 4:" not in str(caught.value)


def test_an_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_aliases(tmp_path / "missing.tsv")
    binary = tmp_path / "binary.tsv"
    binary.write_bytes(b"name\n\xff\xfe\n")
    with pytest.raises(InputError, match="cannot read"):
        read_aliases(binary)

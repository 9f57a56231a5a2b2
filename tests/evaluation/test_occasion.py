from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quotegraph.errors import InputError
from quotegraph.evaluation.occasion import content_words, read_occasions, score_occasions, shares_content, speaker_named

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLD = json.loads((FIXTURES / "occasion-gold.jsonl").read_text("utf-8"))
OCCASIONS = read_occasions(FIXTURES / "occasion-annotations.jsonl")


def _field(phrase: str | None) -> dict[str, Any] | None:
    if phrase is None:
        return None
    start = GOLD["text"].index(phrase)
    return {"spans": [[start, start + len(phrase)]], "text": phrase, "carried": False}


def _statement(content: str, channel: str | None, addressee: str | None, time: str | None) -> dict[str, Any]:
    start = GOLD["text"].index(content)
    return {
        "content": {"spans": [[start, start + len(content)]], "text": content},
        "channel": _field(channel),
        "addressee": _field(addressee),
        "time": _field(time),
    }


SYSTEM = {
    "id": "o1",
    "attributions": [
        _statement("that he was sorry", None, "Deadline Hollywood", "earlier this week"),
        _statement("that it was over", "Deadline Hollywood", None, None),  # the outlet as channel carries it
        _statement("it would wait", "a statement", "the studio", "on Friday"),
        _statement("nothing", None, None, "on Friday"),
        _statement("Audiard told", None, None, "on Friday"),  # matches no annotated statement
    ],
}


def test_content_words_leave_out_articles_prepositions_and_possessives() -> None:
    assert content_words("in an interview with CNN's Jake Tapper") == {"interview", "cnn", "jake", "tapper"}
    assert content_words("to her") == {"to", "her"}  # nothing else: every word counts


def test_a_value_is_right_with_half_the_annotated_content_words() -> None:
    annotated = "an hour-long interview with CNN en Español"
    assert shares_content("an hour-long interview", annotated)  # hour, long, interview: 3 of 6
    assert not shares_content("an interview", annotated)
    assert not shares_content(None, annotated)


def test_accuracy_and_false_fill_per_field() -> None:
    scores = score_occasions([GOLD], [SYSTEM], OCCASIONS)
    assert (scores["occasion_annotated"], scores["occasion_matched"]) == (4, 4)
    assert (scores["occasion_channel_acc"], scores["occasion_channel_n"]) == (1.0, 1)
    # E2's system channel carries its annotated addressee: right for the addressee, no false channel
    assert (scores["occasion_addressee_acc"], scores["occasion_addressee_n"]) == (1.0, 2)
    assert scores["occasion_channel_false_fill"] == 0.0
    assert (scores["occasion_addressee_false_fill"], scores["occasion_addressee_null_n"]) == (0.5, 2)
    assert (scores["occasion_time_acc"], scores["occasion_time_n"]) == (round(2 / 3, 4), 3)
    assert (scores["occasion_time_carried_acc"], scores["occasion_time_carried_n"]) == (0.0, 1)
    assert (scores["occasion_time_false_fill"], scores["occasion_time_null_n"]) == (1.0, 1)


def test_a_statement_the_system_missed_counts_in_no_field() -> None:
    scores = score_occasions([GOLD], [{"id": "o1", "attributions": SYSTEM["attributions"][2:3]}], OCCASIONS)
    assert scores["occasion_matched"] == 1 and scores["occasion_time_n"] == 1


def test_occasions_of_articles_missing_from_the_gold_are_refused() -> None:
    with pytest.raises(InputError, match="none of the 1 articles"):
        score_occasions([{**GOLD, "id": "other"}], [SYSTEM], OCCASIONS)


def test_a_broken_occasion_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "occ.jsonl"
    path.write_text('{"id": "a", "attributions": [{"channel": null}]}\n', "utf-8")
    with pytest.raises(InputError, match=r"occ\.jsonl:1"):
        read_occasions(path)


@pytest.mark.parametrize("value", ['"interview"', '{"text": 5}', "[1, 2]", "true"])
def test_an_occasion_field_that_is_no_annotation_is_named(tmp_path: Path, value: str) -> None:
    """It was scored as no annotation at all: a channel written "interview" counted as a null channel."""
    path = tmp_path / "occ.jsonl"
    path.write_text(f'{{"id": "a", "attributions": [{{"id": "E1", "channel": {value}}}]}}\n', "utf-8")
    with pytest.raises(InputError, match=r"occ\.jsonl:1: attribution E1 channel is .*: an occasion field is null or"):
        read_occasions(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "no occasion annotation"),  # scored every field 0.0 over no statement, exit 0, as if measured
        ("\n\n", "no occasion annotation"),
        ('{"id": "a"}\n', r"occ\.jsonl:1: not an occasion line \(no field 'attributions'\)$"),  # was KeyError(...)
    ],
)
def test_an_occasion_file_without_annotations_is_refused_in_words(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "occ.jsonl"
    path.write_text(content, "utf-8")
    with pytest.raises(InputError, match=message):
        read_occasions(path)


@pytest.mark.parametrize(
    ("expected", "found", "named"),
    [
        ("Grant", "Hugh Grant", True),
        ("Hugh Grant", "Hugh Grant", True),
        ("grant", "Hugh GRANT", True),
        ("Grant", "Grantham", False),
        ("Amos", "Ramos", False),
        ("Hugh Grant", "Grant", False),
        ("O'Brien", "Conor O'Brien", True),
        ("Ann", "", False),
        ("", "Hugh Grant", False),
        ("  ", "Hugh Grant", False),
    ],
)
def test_a_speaker_is_named_by_whole_words_only(expected: str, found: str, named: bool) -> None:
    assert speaker_named(expected, found) is named

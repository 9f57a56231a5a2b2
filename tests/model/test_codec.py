from __future__ import annotations

import gzip
import json
from pathlib import Path

import jsonschema
import pytest

from quotegraph.errors import InputError
from quotegraph.model import ArticleResult, Attribution, Cue, Entity, Mention, SpeakerRef, TextSpan, TimeRef, excerpt_of
from quotegraph.model.article import SCHEMA_VERSION
from quotegraph.model.codec import decode_result, encode_result, generate_schema, load_schema, read_json_lines
from quotegraph.model.fields import leaves

TEXT = '"We will win," the senator said on Friday, "and soon."'


def _result() -> ArticleResult:
    speaker = Entity(id="E1", name="the senator", type="PERSON", mentions=(Mention(TextSpan(15, 26), "the senator"),))
    attribution = Attribution(
        id="A1",
        kind="direct",
        content=excerpt_of(TEXT, [(1, 12), (44, 53)]),
        cue=Cue(spans=(TextSpan(27, 31),), text="said", head="said", lemma="say"),
        source=excerpt_of(TEXT, [(15, 26)]),
        speaker=SpeakerRef(entity="E1", name="the senator", type="PERSON"),
        time=TimeRef(spans=(TextSpan(32, 41),), text="on Friday", date="2025-01-31"),
        confidence=0.75,
    )
    return ArticleResult(id="a1", entities=(speaker,), attributions=(attribution,), text=TEXT, meta={"k": [1]})


def test_round_trip_keeps_every_field(populated_result: ArticleResult) -> None:
    assert decode_result(encode_result(populated_result)) == populated_result


def test_every_field_of_a_populated_result_is_in_its_json(populated_result: ArticleResult) -> None:
    row = json.loads(encode_result(populated_result))
    attribution = row["attributions"][0]
    for leaf in leaves(Attribution):
        value = attribution
        for name in leaf.path:
            value = value[name]
        assert value is not None, leaf.name


def test_a_version_1_0_result_still_reads() -> None:
    row = json.loads(encode_result(_result()))
    row["schema_version"] = "1.0"
    for attribution in row["attributions"]:
        del attribution["type"]
    decoded = decode_result(json.dumps(row))
    assert decoded.attributions[0].type == "statement" and decoded.schema_version == "1.0"


def test_spans_are_written_as_start_end_pairs() -> None:
    row = json.loads(encode_result(_result()))
    assert row["attributions"][0]["content"]["spans"] == [[1, 12], [44, 53]]
    assert row["attributions"][0]["content"]["text"] == "We will win … and soon."
    assert row["schema_version"] == SCHEMA_VERSION == "1.1"


def test_shipped_schema_is_the_one_generated_from_the_types() -> None:
    assert load_schema() == generate_schema(), "regenerate: python -m quotegraph.model.codec > src/.../schema/..."


def test_output_validates_against_the_schema() -> None:
    jsonschema.validate(json.loads(encode_result(_result())), load_schema())


def test_schema_rejects_a_wrong_kind() -> None:
    row = json.loads(encode_result(_result()))
    row["attributions"][0]["kind"] = "rumour"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(row, load_schema())


@pytest.mark.parametrize("data", [b"", b"{", b'{"id": 1}', b'{"id": "a", "entities": [], "attributions": [{}]}'])
def test_decode_rejects_what_is_not_a_result(data: bytes) -> None:
    with pytest.raises(InputError):
        decode_result(data)


def test_decode_rejects_another_major_version() -> None:
    row = json.loads(encode_result(_result()))
    row["schema_version"] = "2.0"
    with pytest.raises(InputError, match="schema version"):
        decode_result(json.dumps(row))


def test_json_lines_skip_blank_lines_and_say_where_each_row_is(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('{"id": 1}\n\n  \n{"id": 2}\n', encoding="utf-8")
    assert list(read_json_lines(path, "rows")) == [(f"{path}:1", {"id": 1}), (f"{path}:4", {"id": 2})]


@pytest.mark.parametrize("bad", ['{"id": ', "[" * 100_000 + "]" * 100_000], ids=["cut short", "nested too deep"])
def test_a_line_that_is_not_json_is_an_input_error_naming_the_line(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(f'{{"id": 1}}\n{bad}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"rows\.jsonl:2: not a line of labels"):
        list(read_json_lines(path, "labels"))


def test_a_gzipped_file_is_read_as_its_lines_and_one_cut_short_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl.gz"
    packed = gzip.compress(b'{"id": 1}\n\n{"id": 2}\n')
    path.write_bytes(packed)
    assert list(read_json_lines(path, "rows")) == [(f"{path}:1", {"id": 1}), (f"{path}:3", {"id": 2})]
    path.write_bytes(packed[:-12])
    with pytest.raises(InputError, match="cannot read rows from line"):
        list(read_json_lines(path, "rows"))


@pytest.mark.parametrize("content", [None, b"\xff\xfe{}\n"])
def test_a_missing_or_undecodable_file_is_an_input_error(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "rows.jsonl"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match="cannot read gold file"):
        list(read_json_lines(path, "gold file"))

"""An article's marks, colours, legend and details."""

from __future__ import annotations

import re

import msgspec

from quotegraph.model import Attribution
from quotegraph.web.annotate import PALETTE_SIZE, annotate, details, speaker_colours

from .conftest import hostile_article, interview_article


def _attribute(mark: str, name: str) -> str:
    """The value of the attribute ``name`` in a mark's attributes; the test fails when it has none."""
    found = re.search(rf'{name}="(\w+)"', mark)
    assert found is not None, (name, mark)
    return found.group(1)


def test_every_mark_names_its_role_speaker_and_attribution_and_is_focusable() -> None:
    html = str(annotate(interview_article()).html)
    marks = re.findall(r"<mark ([^>]*)>", html)
    roles = [_attribute(mark, "data-role") for mark in marks]
    assert sorted(roles) == sorted(["content", "cue", "source", "content", "content", "cue", "source"])
    assert all('tabindex="0"' in m and "aria-describedby=" in m for m in marks)
    assert {_attribute(mark, "data-speaker") for mark in marks} == {"E1", "E2"}


def test_each_speaker_has_one_colour_in_the_order_they_speak() -> None:
    result = interview_article()
    annotated = annotate(result)
    assert [(e.entity, e.name, e.colour, e.statements) for e in annotated.legend] == [
        ("E1", "Jacques Audiard", "sp0", 1),
        ("E2", "Karla Sofía Gascón", "sp1", 1),
    ]
    html = str(annotated.html)
    assert set(re.findall(r'data-speaker="E1"[^>]*class="(\w+)"', html)) == {"sp0"}
    assert set(re.findall(r'data-speaker="E2"[^>]*class="(\w+)"', html)) == {"sp1"}


def test_colours_repeat_after_the_palette_and_no_speaker_is_grey() -> None:
    base = interview_article().attributions[0]
    assert base.speaker is not None
    attributions = [
        msgspec.structs.replace(base, id=f"A{n}", speaker=msgspec.structs.replace(base.speaker, entity=f"E{n}"))
        for n in range(PALETTE_SIZE + 1)
    ]
    attributions.append(msgspec.structs.replace(base, id="X", speaker=None))
    colours = speaker_colours(attributions)
    assert colours["E0"] == "sp0" and colours[f"E{PALETTE_SIZE}"] == "sp0"
    assert colours[None] == "sp-none"


def test_the_details_say_kind_type_speaker_channel_addressee_time_and_confidence() -> None:
    told, wrote = interview_article().attributions
    assert dict(details(told)) == {
        "Kind": "indirect",
        "Type": "statement",
        "Speaker": "Jacques Audiard",
        "Channel": "—",
        "Addressee": "Deadline",
        "Time": "on Monday (2025-02-03)",
        "Confidence": "0.87",
    }
    assert dict(details(wrote))["Channel"] == "Instagram"
    unnamed = Attribution(id="A9", kind="indirect", content=None, cue=None, source=None)
    assert dict(details(unnamed))["Speaker"] == "no named speaker"


def test_each_mark_carries_its_details_as_a_tooltip() -> None:
    html = str(annotate(interview_article()).html)
    cue = re.search(r'<mark data-role="cue" data-speaker="E1".*?</mark>', html)
    assert cue is not None
    assert 'class="tip"' in cue.group() and "Deadline" in cue.group() and "2025-02-03" in cue.group()


def test_markup_in_the_text_and_in_names_is_escaped() -> None:
    annotated = annotate(hostile_article())
    html = str(annotated.html)
    assert "<script>" not in html and "<img" not in html and "<b>Mallory" not in html
    assert "&lt;script&gt;" in html and "onerror=&#34;" in html
    assert annotated.legend[0].name == "<b>Mallory</b> O'Hara"  # escaped by the template that prints it

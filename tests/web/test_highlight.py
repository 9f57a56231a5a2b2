"""Overlapping and nested spans cut into segments, and those segments as well-formed, escaped HTML."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from markupsafe import Markup

from quotegraph.model import Attribution, Cue, SpeakerRef, TextSpan, excerpt_of
from quotegraph.web.highlight import Highlight, attribution_highlights, match_highlights, render, segments


def _h(start: int, end: int, role: str = "content", attribution: str = "A1") -> Highlight:
    return Highlight(start, end, role, attribution, "E1")


def _layout(text: str, marks: list[Highlight]) -> list[tuple[str, list[str]]]:
    """Each piece with its stack written role:attribution, outermost first."""
    return [(s.text, [f"{m.role}:{m.attribution}" for m in s.marks]) for s in segments(text, marks)]


def _tags(mark: Highlight) -> Markup:
    return Markup('<m r="{}" a="{}">').format(mark.role, mark.attribution)


def _html(text: str, marks: list[Highlight]) -> str:
    return str(render(segments(text, marks), _tags, lambda _: Markup("</m>")))


class _Balance(HTMLParser):
    """Fails on a closing tag that does not close the innermost open element."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _check_well_formed(html: str, text: str) -> None:
    parser = _Balance()
    parser.feed(html)
    parser.close()
    assert parser.stack == []
    assert "".join(parser.text) == text


def test_the_pieces_join_back_into_the_text() -> None:
    text = "He said that taxes would rise."
    marks = [_h(8, 29), _h(3, 7, "cue"), _h(0, 2, "source")]
    assert "".join(s.text for s in segments(text, marks)) == text
    assert _layout(text, marks) == [
        ("He", ["source:A1"]),
        (" ", []),
        ("said", ["cue:A1"]),
        (" ", []),
        ("that taxes would rise", ["content:A1"]),
        (".", []),
    ]


def test_a_cue_inside_a_content_nests_within_it() -> None:
    text = "“We will, she insisted, win.”"
    content, cue = _h(1, 28), _h(10, 22, "cue")
    assert _layout(text, [cue, content]) == [
        ("“", []),
        ("We will, ", ["content:A1"]),
        ("she insisted", ["content:A1", "cue:A1"]),
        (", win.", ["content:A1"]),
        ("”", []),
    ]
    assert (
        _html(text, [cue, content]) == '“<m r="content" a="A1">We will, <m r="cue" a="A1">she insisted</m>, win.</m>”'
    )


def test_a_source_inside_another_attributions_content_stays_inside_it() -> None:
    text = "Smith said Jones told him no."
    outer = _h(11, 28, "content", "A1")
    inner_source, inner_cue = _h(11, 16, "source", "A2"), _h(17, 21, "cue", "A2")
    assert _layout(text, [inner_cue, outer, inner_source])[1:4] == [
        ("Jones", ["content:A1", "source:A2"]),
        (" ", ["content:A1"]),
        ("told", ["content:A1", "cue:A2"]),
    ]
    _check_well_formed(_html(text, [outer, inner_source, inner_cue]), text)


def test_a_discontinuous_content_is_two_marks_around_its_cue() -> None:
    text = "“First,” he said, “second.”"
    marks = [_h(1, 7), _h(19, 26), _h(9, 16, "source")]
    html = _html(text, marks)
    assert html.count('r="content"') == 2
    assert re.findall(r"<m[^>]*>([^<]*)</m>", html) == ["First,", "he said", "second."]


def test_crossing_spans_cut_only_the_one_that_ends_first() -> None:
    """A [0, 10) and B [5, 15) cross: B opens inside A, so where A closes B is closed with it and
    reopened. B becomes two elements, A stays one."""
    text = "abcdefghijklmnopq"
    a, b = _h(0, 10, "content", "A"), _h(5, 15, "content", "B")
    pieces = _layout(text, [a, b])
    assert pieces == [
        ("abcde", ["content:A"]),
        ("fghij", ["content:A", "content:B"]),
        ("klmno", ["content:B"]),
        ("pq", []),
    ]
    html = _html(text, [a, b])
    _check_well_formed(html, text)
    assert html.count('a="B"') == 2  # B is cut once, where A closes around it
    assert html.count('a="A"') == 1


def test_the_span_that_lasts_longer_is_opened_outside() -> None:
    """Two spans starting together: the longer one is the outer element, so neither is cut."""
    text = "Jones said it"
    short, long = _h(0, 5, "source", "A2"), _h(0, 13, "content", "A1")
    html = _html(text, [short, long])
    assert html == '<m r="content" a="A1"><m r="source" a="A2">Jones</m> said it</m>'


def test_equal_spans_nest_content_then_source_then_cue() -> None:
    text = "Officials"
    marks = [_h(0, 9, "cue", "A2"), _h(0, 9, "source", "A1"), _h(0, 9, "content", "A3")]
    assert _layout(text, marks) == [("Officials", ["content:A3", "source:A1", "cue:A2"])]


def test_many_overlaps_always_give_balanced_html() -> None:
    text = "x" * 60
    marks = [
        _h(s, e, role, f"A{n}")
        for n, (s, e, role) in enumerate(
            [
                (0, 30, "content"),
                (10, 40, "content"),
                (20, 50, "source"),
                (25, 26, "cue"),
                (5, 55, "content"),
                (29, 31, "cue"),
                (0, 60, "content"),
                (40, 45, "source"),
            ]
        )
    ]
    _check_well_formed(_html(text, marks), text)


def test_every_piece_of_text_is_escaped() -> None:
    text = '<script>alert("x")</script> & <img onerror=alert(1)>'
    html = _html(text, [_h(0, 27), _h(30, len(text), "cue")])
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html and "&lt;img onerror=alert(1)&gt;" in html


def test_empty_and_out_of_range_spans_are_dropped() -> None:
    text = "short"
    assert _layout(text, [_h(2, 2), _h(3, 99), _h(4, 1)]) == [("short", [])]
    assert segments("", [_h(0, 1)]) == []


def test_every_content_cue_and_source_fragment_becomes_a_highlight() -> None:
    text = "“A,” he said, “B.”"
    content = excerpt_of(text, [(1, 3), (15, 17)])
    cue = excerpt_of(text, [(8, 12)])
    source = excerpt_of(text, [(5, 7)])
    assert cue is not None
    attribution = Attribution(
        id="A1",
        kind="direct",
        content=content,
        cue=Cue(spans=cue.spans, text=cue.text),
        source=source,
        speaker=SpeakerRef(entity="E2", name="Him", type="PERSON"),
    )
    unattributed = Attribution(id="A2", kind="indirect", content=content, cue=None, source=None)
    found = attribution_highlights([attribution, unattributed])
    assert sorted((h.role, h.start, h.end, h.speaker) for h in found if h.attribution == "A1") == [
        ("content", 1, 3, "E2"),
        ("content", 15, 17, "E2"),
        ("cue", 8, 12, "E2"),
        ("source", 5, 7, "E2"),
    ]
    assert {(h.role, h.speaker) for h in found if h.attribution == "A2"} == {("content", None)}


def test_search_matches_become_match_highlights() -> None:
    marks = match_highlights([TextSpan(0, 3), TextSpan(8, 11)])
    assert _layout("tax and tax", marks) == [("tax", ["match:"]), (" and ", []), ("tax", ["match:"])]

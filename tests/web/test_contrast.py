"""Readable contrast, read from the shipped style sheet: WCAG AA (4.5:1) for text on every
background it is printed on, 3:1 for the speaker lines (cue underline, source box) against their
mark's background (WCAG 1.4.11, non-text contrast)."""

from __future__ import annotations

import re

import pytest

from quotegraph.web import STATIC_DIR
from quotegraph.web.annotate import PALETTE_SIZE

CSS = (STATIC_DIR / "style.css").read_text(encoding="utf-8")
AA_TEXT, AA_NON_TEXT = 4.5, 3.0


def _variables(selector: str) -> dict[str, str]:
    block = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", CSS)
    assert block is not None, f"{selector} not in style.css"
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", block.group(1)))


ROOT = _variables(":root")


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula_gives_the_known_extremes() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("selector", [f".sp{n}" for n in range(PALETTE_SIZE)] + [".sp-none"])
def test_marked_text_and_lines_stand_out_on_every_speaker_colour(selector: str) -> None:
    colours = _variables(selector)
    assert contrast(ROOT["mark-text"], colours["bg"]) >= AA_TEXT
    assert contrast(colours["line"], colours["bg"]) >= AA_NON_TEXT


def test_speaker_colours_are_all_different() -> None:
    backgrounds = [_variables(f".sp{n}")["bg"] for n in range(PALETTE_SIZE)]
    assert len(set(backgrounds)) == PALETTE_SIZE


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("text", "page"),
        ("muted", "page"),
        ("accent", "page"),
        ("header-text", "header"),
        ("text", "error-bg"),
        ("mark-text", "match-bg"),
        ("text", "target-bg"),
        ("muted", "target-bg"),
        ("tip-text", "tip-bg"),
        ("tip-label", "tip-bg"),
        ("text", "head-bg"),
        ("text", "code-bg"),
        ("button-text", "accent"),
        ("button-text", "button-hover"),
        ("chart-text", "page"),
        ("placeholder", "page"),
        ("text", "ins-bg"),
        ("text", "del-bg"),
    ],
)
def test_page_text_is_readable_on_its_background(text: str, background: str) -> None:
    assert contrast(ROOT[text], ROOT[background]) >= AA_TEXT


@pytest.mark.parametrize("line", ["focus", "bar", "bar-hover", "field-line"])
def test_focus_rings_chart_bars_and_field_borders_stand_out_on_the_page(line: str) -> None:
    assert contrast(ROOT[line], ROOT["page"]) >= AA_NON_TEXT


def test_every_colour_is_a_variable_of_the_root_or_of_a_speaker() -> None:
    """A colour written anywhere else would escape these checks."""
    outside = re.sub(r"(:root|\.sp[\w-]+)\s*\{[^}]*\}", "", CSS)
    assert re.findall(r"#[0-9a-fA-F]{3,6}\b", outside) == []

"""An article's attributions as the pages show them: a colour per speaker, the legend, the details
of each attribution (in its marks' tooltips and in the table), and the highlighted text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from quotegraph.model import ArticleResult, Attribution
from quotegraph.model.attribution import Occasion
from quotegraph.web.highlight import Highlight, attribution_highlights, render, segments

__all__ = ["PALETTE_SIZE", "AnnotatedArticle", "LegendEntry", "annotate", "details"]

PALETTE_SIZE = 10  # colours .sp0 to .sp9 in style.css; more speakers than that share colours in turn
ROLE_NAMES = {"content": "What was said", "cue": "Cue", "source": "Source"}
NO_SPEAKER = "no named speaker"


@dataclass(frozen=True)
class LegendEntry:
    """A speaker of the article with their colour class and how many attributions are theirs."""

    entity: str | None
    name: str
    colour: str
    statements: int


@dataclass(frozen=True)
class AnnotatedArticle:
    """What the article template shows: the text as HTML, the legend, and for each attribution (in
    order) its details and colour class."""

    html: Markup
    legend: tuple[LegendEntry, ...]
    rows: tuple[tuple[Attribution, tuple[tuple[str, str], ...], str], ...]


def speaker_colours(attributions: Sequence[Attribution]) -> dict[str | None, str]:
    """A colour class for each speaker entity, in the order they first speak; ``None`` (no speaker) is grey."""
    colours: dict[str | None, str] = {None: "sp-none"}
    for attribution in attributions:
        entity = attribution.speaker.entity if attribution.speaker else None
        if entity not in colours:
            colours[entity] = f"sp{(len(colours) - 1) % PALETTE_SIZE}"
    return colours


def _occasion_text(occasion: Occasion | None) -> str:
    if occasion is None:
        return "—"
    return occasion.text + (" (set earlier for several statements)" if occasion.carried else "")


def details(attribution: Attribution) -> tuple[tuple[str, str], ...]:
    """The attribution's circumstances as (label, value) pairs, "—" where the text says nothing."""
    time = "—"
    if attribution.time is not None:
        time = attribution.time.text + (f" ({attribution.time.date})" if attribution.time.date else "")
    return (
        ("Kind", attribution.kind),
        ("Type", attribution.type),
        ("Speaker", attribution.speaker.name if attribution.speaker else NO_SPEAKER),
        ("Channel", _occasion_text(attribution.channel)),
        ("Addressee", _occasion_text(attribution.addressee)),
        ("Time", time),
        ("Confidence", f"{attribution.confidence:.2f}"),
    )


def _legend(attributions: Sequence[Attribution], colours: dict[str | None, str]) -> tuple[LegendEntry, ...]:
    counts: dict[str | None, int] = {}
    names: dict[str | None, str] = {None: NO_SPEAKER}
    for attribution in attributions:
        entity = attribution.speaker.entity if attribution.speaker else None
        counts[entity] = counts.get(entity, 0) + 1
        if attribution.speaker:
            names[entity] = attribution.speaker.name
    return tuple(LegendEntry(entity, names[entity], colours[entity], counts[entity]) for entity in counts)


def annotate(result: ArticleResult) -> AnnotatedArticle:
    """The result's text with every content, cue and source marked (``<mark data-role data-speaker>``,
    focusable, each with a tooltip of its attribution's details and described by them)."""
    attributions = result.attributions
    colours = speaker_colours(attributions)
    position = {a.id: number for number, a in enumerate(attributions, 1)}
    tips = {a.id: details(a) for a in attributions}

    def open_tag(mark: Highlight) -> Markup:
        speaker = Markup(' data-speaker="{}"').format(mark.speaker) if mark.speaker else Markup("")
        return Markup(
            '<mark data-role="{}"{} data-attribution="{}" class="{}" tabindex="0" aria-describedby="desc-{}">'
        ).format(mark.role, speaker, mark.attribution, colours[mark.speaker], position[mark.attribution])

    def close_tag(mark: Highlight) -> Markup:
        title = Markup('<span class="tip-title">{} · attribution {}</span>').format(
            ROLE_NAMES.get(mark.role, mark.role), position[mark.attribution]
        )
        rows = Markup("").join(
            Markup('<span class="tip-row"><b>{}</b> {}</span>').format(label, value)
            for label, value in tips[mark.attribution]
        )
        return Markup('<span class="tip" aria-hidden="true">{}{}</span></mark>').format(title, rows)

    text = result.text or ""
    html = render(segments(text, attribution_highlights(attributions)), open_tag, close_tag)
    rows = tuple((a, tips[a.id], colours[a.speaker.entity if a.speaker else None]) for a in attributions)
    return AnnotatedArticle(html=html, legend=_legend(attributions, colours), rows=rows)

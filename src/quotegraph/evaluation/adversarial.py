"""The adversarial benchmark: what hostile texts cost against ordinary news, per character.

Each hostile text is one unit repeated to the size asked for, a shape that makes a careless attribution finder
quadratic: a line of opening quotation marks, a line of thousands of quotes and speech verbs, thousands of quote
paragraphs, one sentence of reports nested in reports, one sentence of biddings nested in reports each with a day of
its own, thousands of speakers told only by a description, one sentence of thousands of verbs of saying joined by
"and" under one subject, a text of words of one letter ("a a a ...", the most words a character can make), thousands
of participle cues set off after a cue ("he said, adding that"), thousands of documents put out and named again as
sources; and the ordinary articles run together into one
long text. Pages are read before any text is: a hostile page (thousands of breadcrumb paragraphs over thousands of
distinct links) is timed through the HTML reader against the ordinary articles set as pages, and reported apart.
Cost grows linearly when the CPU seconds per character stay the same from one size to the next; the target is at
most ``TARGET_RATIO`` times the cost per character of ordinary news.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from spacy.language import Language

from quotegraph.evaluation.bench import peak_rss_mb
from quotegraph.io.html import extract_html
from quotegraph.model import Article, ArticleResult
from quotegraph.nlp import extract_article, extract_many
from quotegraph.settings import Settings

__all__ = [
    "DEFAULT_SIZES",
    "HOSTILE_PAGES",
    "HOSTILE_TEXTS",
    "AdversarialReport",
    "CostRow",
    "breadcrumb_page",
    "hostile_text",
    "long_news",
    "news_page",
    "run_adversarial",
]

TARGET_RATIO = 3.0  # hostile text may cost at most this many times ordinary news, per character
DEFAULT_SIZES = (30_000, 300_000)  # characters: the sizes of the issue that asked for this benchmark


def _repeat(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


# One paragraph of opening quotation marks: every quote runs on to the paragraph's end.
_OPENING_MARKS = "“word "
# One paragraph of short quotes and speech verbs: thousands of cues and quotes in one sentence-less line.
_QUOTES_AND_SAID = "“Yes,” he said. “No” said she “ "
# Quote paragraphs with a cue, then cue-less ones: each may continue the one before.
_QUOTE_PARAGRAPHS = "“Yes,” he said.\n\n“Quite so, and more.”\n\n"
# Reports inside reports without a full stop: one sentence whose parse tree is as deep as it is long.
_NESTED_REPORTS = "he said that she told them that "
# Biddings told on a day inside reports, without a full stop ("police had told them on Monday to say that"): one
# sentence of thousands of statements and thousands of days, where each statement's look-up of the days of its
# sentence, or of the quotation marks under its bidding, must not read the whole sentence again (both did until the
# thirty-fourth set: 475 us a character at 15,000 characters, 1,998 at 45,000, found by nestedtold).
_DATED_BIDDINGS = "he said that police had told them on Monday to say that "
# Speakers described and never named, and a company named sentences before "the company said": each one's
# look-up must not read every entity of the text again.
_UNNAMED_SPEAKERS = (
    "Halvorsen Logistics denied the claims. Rain fell on the town. Rain fell on the town. Rain fell on the town. "
    "Rain fell on the town. The company said the plan was sound. A former manager told regulators that it failed.\n\n"
)

# Verbs of saying joined by "and" in one sentence, each sharing the subject of the one before: a cue's look-up of its
# speaker, or of anything else in its sentence, must not walk the whole chain again for each cue.
_COORDINATED_SAID = "said the plan works and "

# Words of one letter and no full stop: one sentence as long as the text, two characters a word where news has five
# (spaCy's cost goes by the word, about 200 us a word of CPU either way, so this text costs some 2.5 times news a
# character in spaCy alone; measured by speedup3 on 30,000 and 100,000 characters, linear). A word-by-word loop of
# the engine's own, or a question asked of the whole sentence for every word, shows here first.
_SINGLE_LETTERS = "a "

# Participle cues set off after a cue of their sentence ("he said, adding that", ", saying that"): each participle's
# look-up of the cue it hangs on (its host, whose source it shares) must not read every cue of the text again (one did
# last session: 7.8 s of 18.8 s resolving at 150 KB, found by hand).
_PARTICIPLE_CUES = (
    "“It works,” he said, adding that the plan was sound. The mayor spoke at noon, saying that it failed. "
    "She wrote to them, noting that costs rose.\n\n"
)
# Documents a narrated sentence puts out ("The council issued a statement"), each named again as a source and each among
# thousands of quotes: an issuing's test that its verb lies in nobody's words must not read every content of the text.
_NARRATED_ISSUINGS = (
    "The council issued a statement on Monday. “We are ready,” the statement said. "
    "A report was published by the agency. “Costs rose,” the report said.\n\n"
)

HOSTILE_TEXTS: dict[str, Callable[[int], str]] = {
    "opening-marks": lambda chars: _repeat(_OPENING_MARKS, chars),
    "quotes-and-said": lambda chars: _repeat(_QUOTES_AND_SAID, chars),
    "quote-paragraphs": lambda chars: _repeat(_QUOTE_PARAGRAPHS, chars),
    "nested-reports": lambda chars: _repeat(_NESTED_REPORTS, chars),
    "dated-biddings": lambda chars: _repeat(_DATED_BIDDINGS, chars),
    "unnamed-speakers": lambda chars: _repeat(_UNNAMED_SPEAKERS, chars),
    "coordinated-said": lambda chars: _repeat(_COORDINATED_SAID, chars),
    "single-letters": lambda chars: _repeat(_SINGLE_LETTERS, chars),
    "participle-cues": lambda chars: _repeat(_PARTICIPLE_CUES, chars),
    "narrated-issuings": lambda chars: _repeat(_NARRATED_ISSUINGS, chars),
}


# Breadcrumb paragraphs ("Home / Politics / Europe") of 3 to 5 links each, every paragraph starting at a link of
# its own: as many distinct links as paragraphs, so a reader that reads each paragraph against every link of the
# page costs paragraphs * links (the stand-in check did until it cut paragraphs into labels in one pass).
_CRUMB_LINKS = (3, 4, 5)


def breadcrumb_page(chars: int) -> str:
    """An index page of breadcrumb teasers about ``chars`` characters long (at least one teaser)."""
    head = "<html><head><title>Sections</title></head><body><main><h1>Sections</h1><section class='story-list'>"
    tail = "</section></main></body></html>"
    teasers: list[str] = []
    size = len(head) + len(tail)
    while not teasers or size < chars:
        at = len(teasers)
        links = " / ".join(
            f'<a href="/s/{at + step}">section {at + step:05d} news</a>'
            for step in range(_CRUMB_LINKS[at % len(_CRUMB_LINKS)])
        )
        teasers.append(f'<article class="teaser"><div class="breadcrumbs">{links}</div></article>\n')
        size += len(teasers[-1])
    return head + "".join(teasers) + tail


HOSTILE_PAGES: dict[str, Callable[[int], str]] = {"breadcrumbs": breadcrumb_page}


def news_page(article: Article) -> str:
    """An ordinary article set as a page: its title, then one <p> a paragraph."""
    paragraphs = "".join(f"<p>{html.escape(part)}</p>\n" for part in article.text.split("\n\n") if part.strip())
    title = html.escape(article.title or article.id)
    head = f"<html><head><title>{title}</title></head>"
    return f"{head}<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"


def hostile_text(kind: str, chars: int) -> str:
    """A hostile text of the named kind, ``chars`` characters long."""
    return HOSTILE_TEXTS[kind](chars)


@dataclass(frozen=True)
class CostRow:
    """What one text (or the ordinary corpus) cost: CPU seconds per character of input."""

    name: str
    chars: int
    attributions: int
    cpu_seconds: float

    @property
    def us_per_char(self) -> float:
        return 1e6 * self.cpu_seconds / self.chars if self.chars else 0.0


@dataclass
class AdversarialReport:
    ordinary: CostRow
    hostile: list[CostRow] = field(default_factory=list)
    peak_rss_mb: float = 0.0
    # Pages through the HTML reader: the ordinary articles set as pages, then each hostile page. Their rows count
    # the articles read in ``attributions`` (a page refused as no article reads as none).
    ordinary_pages: CostRow | None = None
    hostile_pages: list[CostRow] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        report = {
            "ordinary": _row_dict(self.ordinary),
            "hostile": [_row_dict(row, self.ordinary) for row in self.hostile],
            "target_ratio": TARGET_RATIO,
            "peak_rss_mb": self.peak_rss_mb,
        }
        if self.ordinary_pages is not None:
            report["pages"] = {
                "ordinary": _row_dict(self.ordinary_pages),
                "hostile": [_row_dict(row, self.ordinary_pages) for row in self.hostile_pages],
            }
        return report


def _row_dict(row: CostRow, base: CostRow | None = None) -> dict[str, Any]:
    """A row's figures, with its cost a character against ``base``'s when given."""
    figures = {**asdict(row), "us_per_char": row.us_per_char}
    if base is not None:
        figures["ratio"] = row.us_per_char / (base.us_per_char or 1.0)
    return figures


def _cpu_seconds(run: Callable[[], int]) -> tuple[float, int]:
    """CPU seconds of this process spent in ``run`` (steadier than wall time on a shared machine), and
    what it returned."""
    start = time.process_time()
    result = run()
    return time.process_time() - start, result


def _text_cost(nlp: Language, name: str, text: str) -> CostRow:
    article = Article(id=name, text=text)
    seconds, found = _cpu_seconds(lambda: len(extract_article(nlp, article).attributions))
    return CostRow(f"{name} {len(text)}", len(text), found, seconds)


def _pages_cost(name: str, pages: Sequence[str], settings: Settings) -> CostRow:
    """What reading ``pages`` through the HTML reader cost (no extraction), and how many were read as articles."""

    def read() -> int:
        return sum(isinstance(extract_html(page.encode(), name, settings).item, Article) for page in pages)

    seconds, articles = _cpu_seconds(read)
    return CostRow(name, sum(len(page) for page in pages), articles, seconds)


def long_news(articles: Sequence[Article], chars: int) -> str:
    """The ordinary articles run together as one text of ``chars`` characters: ordinary sentences, but a
    document as long as the hostile ones (a per-cue read of the whole text is quadratic here too)."""
    return _repeat("\n\n".join(a.text for a in articles) + "\n\n", chars)


def run_adversarial(
    nlp: Language, articles: list[Article], settings: Settings, sizes: Sequence[int] = DEFAULT_SIZES
) -> AdversarialReport:
    """CPU seconds per character of extraction on ordinary articles, then on each hostile text at each size; then of
    reading the ordinary articles set as pages, and each hostile page at each size."""
    list(extract_many(nlp, articles[:2], settings))  # warm-up: first calls pay one-off allocation costs

    def ordinary() -> int:
        return sum(len(r.attributions) for r in extract_many(nlp, articles, settings) if isinstance(r, ArticleResult))

    seconds, found = _cpu_seconds(ordinary)
    report = AdversarialReport(CostRow("ordinary news", sum(len(a.text) for a in articles), found, seconds))
    report.hostile = [_text_cost(nlp, kind, hostile_text(kind, size)) for kind in HOSTILE_TEXTS for size in sizes]
    report.hostile += [_text_cost(nlp, "long-news", long_news(articles, size)) for size in sizes]
    report.ordinary_pages = _pages_cost("ordinary news pages", [news_page(a) for a in articles], settings)
    report.hostile_pages = [
        _pages_cost(f"{kind} {size}", [HOSTILE_PAGES[kind](size)], settings) for kind in HOSTILE_PAGES for size in sizes
    ]
    report.peak_rss_mb = peak_rss_mb()
    return report

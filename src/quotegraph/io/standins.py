"""Pages that stand in for an article: what trafilatura returns when a page holds no story.

When a page has no main text, trafilatura's fallback (readability, then jusText) still returns what it
finds: the menu of a navigation-only page ("Home / Politics / Sport"), the headline links of a section
index, the notice of a cookie wall, a "page not found" page or a subscription wall. Read as an article
each gives no attribution and no error, so a user cannot tell the page was not a story. These rules
read the extracted text against the page and name why it is not an article; the reader then records
the page as a failure with that reason, as it does for a page with no text at all.

Fixtures: ``tests/fixtures/html-pages`` (five stand-ins refused, five short articles kept). On the 162
news pages neither rule fires (``experiments/news_pages/score.py`` output identical before and after).
PolNeAR train is plain text and never reaches the HTML reader, so no train figure can move.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from quotegraph.io.furniture import flat_text

__all__ = [
    "MIN_STORY_WORDS",
    "NOTICES",
    "ONLY_LINKS",
    "link_labels",
    "stand_in_reason",
]

_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")

ONLY_LINKS = "no article text: the page's text is only links (navigation or an index page)"

# The wordings a site puts in place of a story, each a class with the reason it is not story prose.
# They are read at the start of a paragraph (the notice's own opening), never inside a sentence, so a
# story about cookies or about a missing page ("the minister said the report could not be found")
# is not taken for a notice.
NOTICES: tuple[tuple[re.Pattern[str], str], ...] = (
    # A "not found" page: the site's answer to a link that leads nowhere.
    (
        re.compile(
            r"^(?:error\s+)?(?:404\b|(?:sorry,?\s+)?(?:this\s+|the\s+)?(?:page|article|story)\s+"
            r"(?:was\s+|could\s+not\s+be\s+|cannot\s+be\s+|can't\s+be\s+)?(?:not\s+)?found\b)",
            re.IGNORECASE,
        ),
        "no article text: the page is a 'page not found' notice",
    ),
    # A consent wall: the site speaks of itself ("We use cookies", "This site uses cookies").
    (
        re.compile(
            r"^(?:we(?:\s+and\s+our\s+(?:partners|vendors))?|this\s+(?:web)?site)\s+uses?\s+cookies\b",
            re.IGNORECASE,
        ),
        "no article text: the page is a cookie consent notice",
    ),
    # A subscription wall: the invitation to pay or log in before the story.
    (
        re.compile(
            r"^(?:subscribe|sign\s+up|log\s*in|sign\s+in|register)\b.{0,40}?\bto\s+(?:continue|keep)\s+reading\b"
            r"|^(?:this\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:available\s+)?(?:for|to)\s+"
            r"(?:subscribers|members))\b",
            re.IGNORECASE,
        ),
        "no article text: the page is a subscription wall with at most a standfirst",
    ),
)
# A notice stands in for the story only when less than this much prose comes before it: a standfirst
# or a teaser is one sentence (news sentences run about 20 words), a story's opening is two or more.
# A story cut by a wall after its first paragraphs is still read.
MIN_STORY_WORDS = 40  # words


def link_labels(tree: Any) -> frozenset[str]:
    """The text of each link on the page (normalised), read before extraction removes the menus."""
    labels = (_normal(a.text_content()) for a in tree.iter("a"))
    return frozenset(label for label in labels if _LETTER.search(label))


def stand_in_reason(paragraphs: Iterable[str], labels: frozenset[str], title: str | None) -> str | None:
    """Why the extracted text is not an article, or None when it is one."""
    by_length = sorted(labels, key=len, reverse=True)
    title_words = _normal(title or "")
    any_prose = False
    words_before = 0
    for paragraph in paragraphs:
        text = _normal(paragraph)
        if _only_links(text, labels, by_length):
            continue
        any_prose = True
        reason = next((why for notice, why in NOTICES if notice.search(text)), None)
        if reason is not None:
            return reason if words_before < MIN_STORY_WORDS else None
        if not title_words.startswith(text):
            words_before += len(_WORD.findall(text))
        if words_before >= MIN_STORY_WORDS:
            return None  # a story's opening: whatever follows, the page is an article
    return None if any_prose else ONLY_LINKS


def _only_links(text: str, labels: frozenset[str], labels_longest_first: list[str]) -> bool:
    """True when the paragraph is made of the page's link labels and separators ("Home / Politics")."""
    if text in labels:
        # a paragraph that is one link's text (an index page's teaser) is answered without the walk below, which
        # costs a step for every label on the page: a page of N such teasers would cost N * N steps
        return True
    for label in labels_longest_first:
        if label in text:
            text = text.replace(label, " ")
            if not _WORD.search(text):
                return True
    return not _WORD.search(text)


def _normal(text: str) -> str:
    return flat_text(text).casefold()

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
from collections import deque
from collections.abc import Iterable
from functools import cached_property
from typing import Any, NamedTuple

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
    cuts = _LabelCuts(labels)
    title_words = _normal(title or "")
    any_prose = False
    words_before = 0
    for paragraph in paragraphs:
        text = _normal(paragraph)
        if _only_links(text, labels, cuts):
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


def _only_links(text: str, labels: frozenset[str], cuts: _LabelCuts) -> bool:
    """True when the paragraph is made of the page's link labels and separators ("Home / Politics")."""
    if text in labels:
        # a paragraph that is one link's text (an index page's teaser) is answered at once
        return True
    return cuts.cut(text)


class _Automaton(NamedTuple):
    """Aho–Corasick over the labels: node 0 is the root."""

    goto: list[dict[str, int]]  # each node's moves by character
    fail: list[int]  # the node of the longest proper suffix of this node's text that is in the trie
    ends: list[int]  # the length of the label ending at this node; 0: none does
    out: list[int]  # the nearest node on the suffix chain that ends a label; -1: none
    longest: int  # characters: the longest label


class _LabelCuts:
    """The page's link labels as one automaton (Aho–Corasick), to ask whether a paragraph can be cut into labels
    and separators (characters that are not word characters) in one pass over the paragraph.

    The automaton is built once a page, at the first paragraph that is neither one label nor told by its first
    word (``_may_start``), in time linear in the labels' total size. ``cut`` reads the paragraph once, left to
    right, and marks each position that a cut of the text before it can reach: the position after a separator
    that starts at a reached position, and the end of each label that ends there and starts at a reached
    position. The labels ending at a position are those on the automaton's chain of suffix links that end a
    label, walked only until one starts at a reached position. The walk this replaces asked whether each label
    of the page was in the paragraph, longest first: labels * paragraphs steps, so a hostile page of N
    breadcrumb paragraphs ("Home / Politics / Europe") over N distinct links cost N * N.

    The answer is the walk's on every paragraph where the walk was right. Two kinds of input tell them apart,
    and the cut is right on both: the walk took the longest label first and could consume a piece that a
    shorter label needed ("politics live uk" with labels "politics live", "politics" and "live uk" is
    "politics" and "live uk": the walk left "uk" and called the paragraph prose), and it replaced each label it
    found by a space, which could join what was around it into a shorter label ("uspoliticsnews" with labels
    "politics" and "us news": the walk removed "politics", then "us news", and called the paragraph links).
    Neither kind is in the fixtures: on all 2,541 paragraphs of the 175 fixture pages (news-pages, html-pages)
    the cut and the walk agree; the page score is identical. A page of N breadcrumb paragraphs of 3 to 5 links
    over N links: 0.08 / 0.34 / 1.43 / 5.36 s in the walk at N = 2,000 / 4,000 / 8,000 / 16,000, 0.03 / 0.09 /
    0.14 / 0.30 s in the cut (linear: the hostile-text bench's breadcrumb page measures it).

    Written here rather than with pyahocorasick: that library's ``iter`` yields every label ending at each
    position, so a page whose labels are suffixes of one another ("a", "aa", "aaa", ...) costs labels *
    characters, where the walk down the suffix chain below stops at the first label that reaches.
    """

    def __init__(self, labels: Iterable[str]) -> None:
        self._labels = labels

    @cached_property
    def _automaton(self) -> _Automaton:
        goto: list[dict[str, int]] = [{}]
        ends = [0]
        for label in self._labels:
            node = 0
            for char in label:
                child = goto[node].get(char)
                if child is None:
                    child = len(goto)
                    goto[node][char] = child
                    goto.append({})
                    ends.append(0)
                node = child
            ends[node] = len(label)
        fail = [0] * len(goto)
        out = [-1] * len(goto)
        queue = deque(goto[0].values())
        while queue:
            node = queue.popleft()
            for char, child in goto[node].items():
                back = fail[node]
                while back and char not in goto[back]:
                    back = fail[back]
                suffix = goto[back].get(char, 0)
                fail[child] = suffix
                out[child] = suffix if ends[suffix] else out[suffix]
                queue.append(child)
        return _Automaton(goto, fail, ends, out, max(ends))

    @cached_property
    def _first_words(self) -> tuple[frozenset[str], list[int]]:
        """The first word of each label, and their lengths (each once): a cheap test before the automaton is built."""
        words = frozenset(found.group() for label in self._labels if (found := _WORD.search(label)))
        return words, sorted({len(word) for word in words})

    def _may_start(self, text: str) -> bool:
        """Whether a label can hold the paragraph's first word character. In a cut the text before that character
        is separators, so the label holding it starts with separators, and the label's first word is the
        paragraph's first word or, when another label follows it with no separator between, a start of it. A
        paragraph of prose is mostly told here, without the automaton: on a page of 600 links building it costs
        about 7 ms, where the walk it replaced read such a page's opening paragraphs in 0.4 ms."""
        first = _WORD.search(text)
        if first is None:
            return True
        word = first.group()
        words, lengths = self._first_words
        return any(word[:length] in words for length in lengths if length <= len(word))

    def cut(self, text: str) -> bool:
        """True when ``text`` is labels and separators end to end."""
        if not self._may_start(text):
            return False
        goto, fail, ends, out, longest = self._automaton
        reached = bytearray(len(text) + 1)
        reached[0] = 1
        last = 0  # the furthest position reached so far
        node = 0
        for at, char in enumerate(text):
            end = at + 1
            if reached[at] and not (char.isalnum() or char == "_"):  # what ``\w`` reads as a word character
                reached[end] = 1
            while node and char not in goto[node]:
                node = fail[node]
            node = goto[node].get(char, 0)
            label = node if ends[node] else out[node]
            while label > 0 and not reached[end]:
                reached[end] = reached[end - ends[label]]
                label = out[label]
            if reached[end]:
                last = end
            elif end - last > longest:
                return False  # no label reaches back over this gap: nothing further can be reached
        return bool(reached[len(text)])


def _normal(text: str) -> str:
    return flat_text(text).casefold()

"""Page furniture that the main-text extraction keeps, handled in the page's tree before it runs.

Embedded social posts (tweets, Bluesky and Instagram posts) become quotations credited to their author.
A page shows an embedded post as a box: the post's text, then a credit line ("— Mayor Kevin Osei
(@MayorOsei) July 19, 2025", "A post shared by Noor Haddad (@noorhaddad)"). Read as plain paragraphs
the text has no quotation marks and the credit stands alone, so the post loses its author and a verb
inside it ("Doctors say ...") makes a stray statement. The box is rewritten, before the main text is
extracted, as the quotation in marks and the credit on the next line after a dash: the layout
the finder already reads as a quote and its source ("“...” ¶ — Name").
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "EMBED_CLASSES",
    "MAX_LABEL_WORDS",
    "drop_background_boxes",
    "drop_captions",
    "drop_link_lists_and_pull_quotes",
    "flat_text",
    "photo_credited",
    "quote_embedded_posts",
]

# The class the platforms' embed code gives the <blockquote> that holds a post.
EMBED_CLASSES = frozenset({"twitter-tweet", "bluesky-embed", "instagram-media"})
# Instagram's own wording before the author's name; it says nothing about the post.
_CREDIT_WORDING = re.compile(r"^[\s—–-]*(?:A post shared by\s+)?", re.IGNORECASE)
_SPACE_RUN = re.compile(r"\s+")
# A pull quote repeats a sentence of the story in large type; it is marked by a class of its own
# ("pullquote", "pull-quote", WordPress's "wp-block-pullquote"), never one that only mentions it
# ("has-pullquotes" on a whole story).
_PULL_QUOTE_CLASS = re.compile(r"(?:wp-block-)?pull-?quote", re.IGNORECASE)
# A quote box without such a class is still a pull quote when its words stand elsewhere in the page
# (a story's own quote repeated); a box quoting a letter or a post holds words found nowhere else. Boxes
# this short ("Yes.") may repeat by chance.
MIN_REPEATED_CHARS = 20
# Each box is searched for in the page's text once; past this many boxes the rest are left as they are,
# so a page of thousands of boxes costs no more than a page of this many.
MAX_REPEAT_BOXES = 50
_QUOTE_BOXES = ("blockquote", "aside")
_BOX_MARKS = " \t\n\u00a0\"'“”‘’„«»"
# The stop a box sets at its quote's end, where the story's sentence had a comma before "he said" ("… get a meeting,"
# he said" boxed as "… get a meeting."): the words before it are what must stand elsewhere.
_BOX_END_STOPS = ".,;:!?…"
# A box of background set beside the story ("Explainer: What is the derogation?", a Reuters-style factbox) is
# the <aside> the extraction already drops, written as a <div> or <section> with a class of its own; a class only
# mentioning it ("explainer-page" on a whole explainer story) is none.
_BACKGROUND_BOX_CLASS = re.compile(r"explainer(?:-?box)?|fact-?box|info-?box", re.IGNORECASE)
_BACKGROUND_BOX_TAGS = ("div", "section")
# A box appealing to the reader beside the story (a newsletter sign-up, a subscription or support appeal, a promotion)
# is no part of it, and may quote a reader's praise: pilot-whale-stranding's support box, "“Worth every cent,” says a
# Collingwood reader.", was a statement. A class naming the appeal, with a word before or after it ("support-box",
# "newsletter-signup", "inline-promo"); no train article is a page, so the evidence is the pages: of the 55 such boxes
# of the fixture pages none holds an expected statement, and only that one was read as a statement.
_APPEAL_BOX_CLASS = re.compile(
    r"(?:[a-z]+-)*(?:newsletter|sign-?up|subscribe|subscription|support|donate|donation|membership|promo)(?:-[a-z]+)*",
    re.IGNORECASE,
)
# A box holding this share of the page's text or more is the story itself under such a class, not an aside to it.
MAX_BOX_SHARE = 0.5
# "Related:", "READ MORE:", "See also:" before a list of links to other stories.
MAX_LABEL_WORDS = 3
_SEPARATORS = r"[\s|•·,;/]*"
_LABEL = rf"(?:(?:[\w'’]+\s+){{0,{MAX_LABEL_WORDS - 1}}}[\w'’]+\s*:)?"
_LINK_LIST_REST = re.compile(_SEPARATORS + _LABEL + _SEPARATORS)

# A photo credit ends a caption: "(AP Photo/Jo Lin)", "(Photo: Ana Souto)", "(Reuters/Mark Hale)",
# "REUTERS/Hannah Cole", "Photo: Ana Souto/Getty Images". Both sides of a slash are capitalised, so a
# bracketed aside in prose ("(year on year/adjusted)") is none.
MAX_CREDIT_CHARS = 160  # a credit is a few names; searching only the end keeps a huge paragraph linear
_CAPITALISED = r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}"
_PHOTO_CREDIT = re.compile(
    rf"(?:\((?:{_CAPITALISED} )?Photo(?:graph)?s?(?: by)?[:/ ] ?[^()]{{1,60}}\)"
    rf"|\({_CAPITALISED} ?/ ?{_CAPITALISED}\)"
    rf"|\b[A-Z]{{2,}}/{_CAPITALISED}"
    rf"|\bPhoto(?:graph)?s?(?: by)?: {_CAPITALISED}(?:/{_CAPITALISED})?)$"
)


def quote_embedded_posts(tree: Any) -> None:
    """Rewrite, in place in the lxml ``tree``, each embedded post that has text and a credit."""
    for box in list(tree.iter("blockquote")):
        if EMBED_CLASSES & set(box.get("class", "").split()):
            _rewrite(box)


def drop_link_lists_and_pull_quotes(tree: Any) -> None:
    """Remove, in place, pull quotes and paragraphs that are only links under a short label: the
    headlines of other stories ("READ MORE: Union says it will fight") and a repeated quote would
    otherwise be read as the story's own statements."""
    doomed = [el for el in tree.iter() if isinstance(el.tag, str) and _pull_quote(el.get("class", ""))]
    _drop(doomed + _repeated_quote_boxes(tree) + [p for p in tree.iter("p") if _link_list(p)])


def drop_background_boxes(tree: Any) -> None:
    """Remove, in place, boxes of background beside the story: their "The Commission says ..." explains the story
    rather than reporting what was said in it, and the extraction keeps them when they are not an <aside>; and boxes
    appealing to the reader, whose quoted praise ("“Worth every cent,” says a reader") is no one's statement in it."""
    boxes = [
        box
        for box in tree.iter(*_BACKGROUND_BOX_TAGS)
        if any(
            _BACKGROUND_BOX_CLASS.fullmatch(name) or _APPEAL_BOX_CLASS.fullmatch(name)
            for name in box.get("class", "").split()
        )
    ]
    if not boxes:
        return
    page_chars = len(flat_text(tree.text_content()))
    _drop([box for box in boxes if len(flat_text(box.text_content())) < MAX_BOX_SHARE * page_chars])


def drop_captions(tree: Any) -> None:
    """Remove, in place, paragraphs that end on a photo credit: captions a page sets in plain paragraphs
    (the extraction drops those in <figcaption>), whose "X said ..." would be read as a statement."""
    _drop([p for p in tree.iter("p") if photo_credited(flat_text(p.text_content()))])


def _drop(elements: list[Any]) -> None:
    """Removes the elements still in the tree (one may lie inside another dropped before it), keeping
    the text that follows each."""
    for element in elements:
        if element.getparent() is not None:
            element.drop_tree()


def photo_credited(text: str) -> bool:
    return _PHOTO_CREDIT.search(text[-MAX_CREDIT_CHARS:]) is not None


def _pull_quote(classes: str) -> bool:
    return any(_PULL_QUOTE_CLASS.fullmatch(name) for name in classes.split())


def _repeated_quote_boxes(tree: Any) -> list[Any]:
    """Quote boxes (not embedded posts) whose words, without their marks, stand elsewhere in the page."""
    boxes = [
        box
        for box in tree.iter(*_QUOTE_BOXES)
        if not EMBED_CLASSES & set(box.get("class", "").split()) and box.getparent() is not None
    ][:MAX_REPEAT_BOXES]
    if not boxes:
        return []
    page = flat_text(tree.text_content())
    repeated = []
    for box in boxes:
        words = flat_text(box.text_content()).strip(_BOX_MARKS).rstrip(_BOX_END_STOPS).rstrip(_BOX_MARKS)
        if len(words) >= MIN_REPEATED_CHARS and page.count(words) > 1:
            repeated.append(box)
    return repeated


def _link_list(paragraph: Any) -> bool:
    if not any(flat_text(a.text_content()) for a in paragraph.iter("a")):
        return False
    return _LINK_LIST_REST.fullmatch(_text_outside(paragraph, "a")) is not None


def _rewrite(box: Any) -> None:
    paragraphs = [flat_text(p.text_content()) for p in box.iter("p")]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        return
    # Twitter and Bluesky put the credit after the post's <p>; Instagram in a last <p> of its own.
    post, credit = paragraphs, _text_outside(box, "p")
    if not credit and len(paragraphs) > 1:
        post, credit = paragraphs[:-1], paragraphs[-1]
    author = _CREDIT_WORDING.sub("", credit, count=1)
    if not author:
        return
    quotation = box.makeelement("p", {})
    quotation.text = "“" + " ".join(post) + "”"
    byline = box.makeelement("p", {})
    byline.text = "— " + author
    box.addprevious(quotation)
    box.addprevious(byline)
    box.getparent().remove(box)


def _text_outside(element: Any, tag: str) -> str:
    """The text of ``element`` that no ``tag`` element holds, read once (no search per link)."""
    return flat_text("".join(element.xpath(f".//text()[not(ancestor::{tag})]")))


def flat_text(text: str) -> str:
    """The text on one line: every run of white space one space."""
    return _SPACE_RUN.sub(" ", text).strip()

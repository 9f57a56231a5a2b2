"""Embedded social posts (tweets, Bluesky and Instagram posts) as quotations credited to their author.

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

__all__ = ["EMBED_CLASSES", "quote_embedded_posts"]

# The class the platforms' embed code gives the <blockquote> that holds a post.
EMBED_CLASSES = frozenset({"twitter-tweet", "bluesky-embed", "instagram-media"})
# Instagram's own wording before the author's name; it says nothing about the post.
_CREDIT_WORDING = re.compile(r"^[\s—–-]*(?:A post shared by\s+)?", re.IGNORECASE)
_SPACE_RUN = re.compile(r"\s+")


def quote_embedded_posts(tree: Any) -> None:
    """Rewrite, in place in the lxml ``tree``, each embedded post that has text and a credit."""
    for box in list(tree.iter("blockquote")):
        if EMBED_CLASSES & set(box.get("class", "").split()):
            _rewrite(box)


def _rewrite(box: Any) -> None:
    paragraphs = [_flat(p.text_content()) for p in box.iter("p")]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        return
    # Twitter and Bluesky put the credit after the post's <p>; Instagram in a last <p> of its own.
    post, credit = paragraphs, _outside(_flat(box.text_content()), paragraphs)
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


def _outside(whole: str, paragraphs: list[str]) -> str:
    for paragraph in paragraphs:
        whole = whole.replace(paragraph, "", 1)
    return _flat(whole)


def _flat(text: str) -> str:
    return _SPACE_RUN.sub(" ", text).strip()

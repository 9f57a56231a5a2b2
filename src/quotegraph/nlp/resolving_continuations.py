"""A cue-less quote paragraph folded into the attribution it continues, as PolNeAR counts a statement."""

from __future__ import annotations

from dataclasses import replace

from quotegraph.nlp.candidates import Candidate


def _root(candidates: list[Candidate], i: int) -> int:
    """The attribution a chain of continuations starts from; a broken or looping chain is its own root."""
    seen = {i}
    origin = candidates[i].continues
    while origin is not None and 0 <= origin < len(candidates) and origin not in seen:
        seen.add(origin)
        if candidates[origin].continues is None:
            return origin
        origin = candidates[origin].continues
    return i


def fold_continuations(candidates: list[Candidate]) -> list[Candidate]:
    """A cue-less quote paragraph is one more content fragment of the attribution it continues.

    That is PolNeAR's convention, as for a quote running over several paragraphs: one statement, one
    attribution, so its speaker, channel and time are those of the statement's cue. A quote paragraph after a
    paraphrase, wholly or partly quoted, is no further fragment of it but a statement of its own, direct, by the
    paraphrase's speaker, whose occasion it carries (``../shared/design/occasion.md``, "Carried occasion", 2);
    the quote paragraphs after it are fragments of that statement. Each keeps its place after the statement it
    continues. (A partly quoted paraphrase whose quote runs on over the paragraph break is one region, hence
    one candidate, so it never reaches this fold.)
    """
    roots = [_root(candidates, i) for i in range(len(candidates))]
    origins = list(roots)
    quoted_after: dict[int, int] = {}  # a paraphrase's index -> the quote paragraph that continues it first
    for i, root in enumerate(origins):
        if root != i and candidates[root].kind != "direct" and candidates[i].kind == "direct":
            roots[i] = quoted_after.setdefault(root, i)
    order = sorted((i for i in range(len(candidates)) if roots[i] == i), key=lambda i: (origins[i], i))
    at = {i: n for n, i in enumerate(order)}
    folded = {i: replace(candidates[i], content=list(candidates[i].content)) for i in order}
    for i in quoted_after.values():
        folded[i].continues = at[origins[i]]
    for i, candidate in enumerate(candidates):
        parent = folded[roots[i]]
        if roots[i] == i:
            continue
        parent.content.extend(candidate.content)
        if candidate.kind != parent.kind:
            parent.kind = "mixed"
    return [folded[i] for i in order]

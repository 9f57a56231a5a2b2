"""The words a source is read from: the finder's span as text (``source_span``), widened to the name set off beside its
noun (before a relative pronoun, past the noun's clause), and the noun a lone relative pronoun stands for."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.find.parse import children_of, root_of
from quotegraph.nlp.resolve.speakers.mention_spans import RELATIVE_PRONOUNS
from quotegraph.nlp.resolve.speakers.phrase_forms import set_off
from quotegraph.nlp.syntax import predicate_noun_before

__all__ = ["relative_antecedent_phrase", "source_span", "with_name_before_relative", "with_name_past_its_clause"]

_CLAUSE_REACH = 6  # heads climbed from a relative pronoun to its clause: bounded on run-on parses


def source_span(doc: Doc, spans: list[tuple[int, int]]) -> Span | None:
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and any(ch.isalnum() for ch in span.text):  # a stray quote mark names nobody
            return span
    return None


def with_name_before_relative(span: Span) -> Span:
    """ "the county's finds liaison officer, Tom Ashby, who said": the finder gives the noun a relative clause hangs
    on as the source; the name set off between that noun and the clause's pronoun is who the noun is, read with it
    as a source's own apposition is."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return span
    for name in (c for c in children_of(root_of(span)) if c.dep_ == "appos" and c.left_edge.i == span.end + 1):
        after = name.right_edge.i + 1
        if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in RELATIVE_PRONOUNS:
            return doc[span.start : after]
    return span


# A source the finder gave in pieces, its noun's relative clause left out, is read through the name set off after that
# clause when the name is the noun's apposition: "The EFF MP who had asked the question, Lindiwe Khumalo, said ..."
# (pieces "The EFF MP who" and "Lindiwe Khumalo,") is Lindiwe Khumalo, not the party named as the noun's modifier (the
# first piece alone resolved to "EFF"). The apposition is then the source's own (``names_beside.apposed_name_cluster``).
# Rule on against off (fast.py, cache16; orgnames): news pages speaker +1 (msunduzi-water-outage-tanker: "EFF" ->
# "Lindiwe Khumalo"; its channel and time stay missed, so no every field), no other page statement moved; train-d,
# train 0-59 and train-c byte-identical (no source in pieces there has a set-off name after its noun's clause). Its
# evidence is that one page: suspect of fitting, though it reads only the parse.
NAMES_PAST_A_SOURCE_CLAUSE = True


def with_name_past_its_clause(span: Span, pieces: Sequence[tuple[int, int]]) -> Span:
    """The source ``span`` (its first piece) through a later piece of ``pieces`` (character offsets) that holds a name
    set off as the apposition of the span's noun (``NAMES_PAST_A_SOURCE_CLAUSE``), else ``span``."""
    if not NAMES_PAST_A_SOURCE_CLAUSE or len(pieces) < 2:
        return span
    doc, root = span.doc, root_of(span)
    later = [p for p in pieces if p[0] >= span.end_char]
    for child in (c for c in children_of(root) if c.dep_ == "appos" and c.i >= span.end and c.pos_ == "PROPN"):
        if set_off(child) and any(start <= child.idx < end for start, end in later):
            return doc[span.start : child.right_edge.i + 1]
    return span


# A relative pronoun the parser hung on no relative clause still opens one on the noun right before it (past a comma):
# "Ms. Warren, who has assailed policies of the Bill Clinton era" (parsed "assailed" an adjective of "policies"),
# "Mr. Bush tells voters who wonder why ..." (parsed "wonder" a reported clause of "tells"). The source's span stays
# "who", as PolNeAR marks it, so train scores cannot move; the speaker is named by the noun, not "who". Fires on those
# two train-d articles (nyt clinton-and-warren-team-up-on-tr, nyt bush-s-presidential-campaign-per), on no train 0-59
# or train-c article and no page (wordspeakers: fast loop on cache12 and page scores unchanged).
UNHUNG_RELATIVES_TAKE_THE_NOUN_BEFORE = True
_SET_OFF = frozenset({","})  # the punctuation a non-restrictive relative clause is set off from its noun by


def _noun_right_before(pronoun: Token) -> Token | None:
    """The noun or name right before ``pronoun`` (past a comma), for a relative pronoun in no relative clause."""
    if not UNHUNG_RELATIVES_TAKE_THE_NOUN_BEFORE or pronoun.tag_ not in ("WP", "WDT") or pronoun.i == 0:
        return None
    before = pronoun.doc[pronoun.i - 1]
    if before.text in _SET_OFF and before.i > 0:
        before = pronoun.doc[before.i - 1]
    return before if before.pos_ in ("NOUN", "PROPN") else None


def relative_antecedent_phrase(span: Span) -> Span | None:
    """For a source that is a lone "who" or "that", the phrase its clause hangs on, when that is a
    noun phrase before it ("those", "voters", "people close to him")."""
    if len(span) != 1 or span[0].lower_ not in RELATIVE_PRONOUNS:
        return None
    clause = next((t for t in islice(span[0].ancestors, _CLAUSE_REACH) if t.dep_ == "relcl"), None)
    noun = _noun_right_before(span[0]) if clause is None else predicate_noun_before(clause.head, span[0]) or clause.head
    if noun is None or noun.i >= span.start or noun.pos_ not in ("NOUN", "PROPN", "PRON", "DET"):
        return None
    return span.doc[noun.left_edge.i : noun.i + 1]

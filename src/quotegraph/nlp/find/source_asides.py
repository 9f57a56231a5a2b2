"""What stands before a cue without being its source: a reporter's aside set off by commas ("The King, he said, had
asked ...") and a participle clause opening the sentence ("Briefing the Council, X said ...")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.nlp.candidates import CharSpan
from quotegraph.nlp.find.parse import ParseIndex, children_of
from quotegraph.nlp.find.spans import runs
from quotegraph.nlp.lexicons import reports_words
from quotegraph.nlp.syntax import VERB_POS, nominal_subjects

# Words an opening participle's clause may run to before the comma that closes it: "Also briefing, by videoconference
# from Port Alder," is nine; a longer stretch is no opening clause but the sentence itself.
_OPENING_CLAUSE_LIMIT = 24
# What may follow an opening participle that governs a clause ("Briefing the Council", "Speaking to reporters", "Also
# briefing,"), unlike one that modifies a noun ("Acting Mayor Smith", "Leading scientist Jane Doe").
_AFTER_OPENING_PARTICIPLE = frozenset({"DET", "ADP", "PUNCT", "ADV", "PRON", "PART", "NUM"})


def _opening_participle_end(parse: ParseIndex, head: Token) -> int | None:
    """ "Briefing the Council, Margit Halvorsen, Assistant Secretary-General, said ...", "Also briefing, by
    videoconference from Port Alder, Temba Ndlovu said ...": a participle clause that opens the sentence before the
    cue's subject is the scene the speaker spoke in, never the speaker (the parser, above all before a name in
    capitals, takes the participle as the verb's subject). The token after the comma that closes the clause, with
    the prepositional phrases set off after it ("by videoconference from Port Alder,"), else None."""
    doc = head.doc
    sentence = parse.sentence(head.i)
    at = sentence.start
    while at < head.i and doc[at].pos_ == "ADV":
        at += 1
    participle = doc[at]
    if not participle.lower_.endswith("ing") or participle.tag_ not in ("VBG", "NN") or at + 1 >= head.i:
        return None
    if doc[at + 1].pos_ not in _AFTER_OPENING_PARTICIPLE:
        return None
    limit = min(head.i, sentence.start + _OPENING_CLAUSE_LIMIT)
    end = None
    for i in range(at + 1, limit):
        if doc[i].text == ",":
            end = i + 1
            if doc[end].pos_ != "ADP":  # a phrase of manner or place set off after the clause belongs to it
                break
    if end is None or end >= head.i or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in doc[end : head.i]):
        return None
    return end


def past_opening_participle(parse: ParseIndex, head: Token, cue_start: int, source: list[CharSpan]) -> list[CharSpan]:
    """The source without an opening participle clause (``_opening_participle_end``): a source that lies in the
    clause, or none at all (the parser hung the name on the clause's last noun), gives way to the words between the
    clause and the cue when they are a noun phrase with its appositions (no verb)."""
    if (end := _opening_participle_end(parse, head)) is None:
        return source
    doc = head.doc
    last = cue_start - 1
    while last > end and doc[last].is_punct:
        last -= 1
    if any(t.pos_ in VERB_POS for t in doc[end : last + 1]):
        return source
    past = doc[end].idx
    stretch = (past, doc[last].idx + len(doc[last].text))
    if not source:
        return [stretch]
    kept: list[CharSpan] = []
    for start, stop in source:
        span = stretch if stop <= past else (max(start, past), stop)
        if span not in kept:
            kept.append(span)
    return kept


def past_parenthetical_cue(window: Span, head: Token, source_runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "The King, he said, had asked how long a new wall would take to build": a verb of saying with its own subject
    set off by commas between the cue's subject and the cue (the parser's parataxis) is the reporter's aside; the
    tagger runs the cue's source over the aside's subject ("The King, he"), which names the reporter, not the one who
    asked. The source runs without the aside and the punctuation around it."""
    asides = [
        c
        for c in children_of(head)
        if c.dep_ == "parataxis" and c.i < head.i and reports_words(c.lemma_.lower()) and nominal_subjects(c)
    ]
    if not asides:
        return source_runs
    dropped = {t.i - window.start for aside in asides for t in window.doc[aside.left_edge.i : aside.right_edge.i + 1]}
    kept = []
    for a, b in source_runs:
        for run in runs([at not in dropped for at in range(a, b)]):
            first, last = a + run[0], a + run[1]
            while last > first and window[last - 1].is_punct:
                last -= 1
            if last > first:
                kept.append((first, last))
    return kept

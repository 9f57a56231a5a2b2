"""List the occasion phrases that lie inside a statement's own content span (the system's content runs over them),
with how the parse attaches them, on a tuning slice: annotated stated values the system misses, and the phrases of
the same kinds (channel words, times) inside contents that the annotators did not take (false fills to avoid).

    python experiments/occasion_inner/inside.py GOLD.jsonl OCCASIONS.jsonl SYSTEM.jsonl --cache CACHE_DIR [--show K]

SYSTEM is the ``--output`` of ``fast.py run`` on the same CACHE_DIR. Attachment classes of a phrase's root:
``cue`` (its clause verb is the cue's clause verb or joined to it), ``content-verb`` (a verb inside the content),
``edge`` (the phrase is the first or last phrase of the content, set off by a comma or not) and ``inside``.

A third table counts the measurable candidate form of a reader (the system field null, an indirect content): a
phrase that closes the content (from its preposition to the content's end every word hangs on one verb as a
preposition, adverb or measure phrase), a channel word after "at", "in", "during", "via", "through" or "on", or a time
expression, by the verb it hangs on: the cue verb (``cue``), a verb the cue governs in one statement (``linked``,
"called for a prosecutor to oversee ... at a rally"), or a deeper verb of the content; right / another value / false
fill.
For tuning sets only (train 0-59, train-d): never on train-c or dev.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "occasion_stated"))

from paired import annotated_pairs, run_parser
from spacy.tokens import DocBin

from quotegraph.evaluation.occasion import shares_content
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.stated.channels import channel_words
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb, governs
from quotegraph.nlp.resolve.stated.timeexpr import find_times

FIELDS = ("channel", "addressee", "time")


def spans(value):
    return [tuple(s) for s in (value.get("spans") or ([value["span"]] if "span" in value else []))]


def attach(doc, start, end, content, cue_tok):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return "?"
    root = span.root
    verb = clause_verb(root)
    cue_verb = clause_verb(cue_tok) if cue_tok is not None else None
    if cue_verb is not None and governs(cue_verb, verb):
        return "cue"
    cs, ce = min(s for s, _ in content), max(e for _, e in content)
    before = doc.text[cs:start].strip()
    after = doc.text[end:ce].strip(" .,\"”'’")
    if not before or not after or before.endswith(",") or doc.text[end:ce].lstrip().startswith(","):
        return "edge"
    if cs <= verb.idx < ce and verb.pos_ in ("VERB", "AUX"):
        return "content-verb"
    return "inside"


_CLOSING_PREPS = frozenset({"at", "in", "during", "via", "through", "on"})


def closes_content(doc, head_token, verb, end):
    """Whether every word from ``head_token`` to token ``end`` hangs on ``verb`` as a closing phrase's."""
    rest = [t for t in doc[head_token.i : end] if not t.is_punct and not t.is_space]
    tops = {t.i for t in rest if t.head == verb and t.dep_ in ("prep", "npadvmod", "advmod", "pobj")}
    return all(t.i in tops or any(a.i in tops for a in t.ancestors) for t in rest)


def closing_candidates(doc, content_span, published):
    """(field, phrase, verb) of the phrases that close an indirect content."""
    found = []
    for w in channel_words(content_span):
        if w.dep_ == "pobj" and w.head.lower_ in _CLOSING_PREPS and w.head.head.pos_ in ("VERB", "AUX"):
            verb = w.head.head
            if closes_content(doc, w.head, verb, content_span.end):
                found.append(("channel", doc[w.head.i : w.right_edge.i + 1], verb))
    for m in find_times(doc.text, content_span.start_char, content_span.end_char, published):
        t = doc.char_span(m.start, m.end, alignment_mode="expand")
        if t is None or not len(t):
            continue
        first = t[0] if t[0].dep_ == "prep" else t.root
        verb = clause_verb(first)
        if verb.pos_ in ("VERB", "AUX") and closes_content(doc, first, verb, content_span.end):
            found.append(("time", t, verb))
    return found


def main() -> None:
    parser = run_parser()  # GOLD OCCASIONS SYSTEM [--field, unused here], with the fast loop's CACHE_DIR
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    nlp = load_pipeline()
    docs = list(DocBin().from_disk(args.cache / "docs.spacy").get_docs(nlp.vocab))
    order = {json.loads(line)["id"]: i for i, line in enumerate(args.gold.read_text().splitlines())}
    miss = Counter()
    miss_articles = defaultdict(set)
    untaken = Counter()
    shown = defaultdict(list)
    closing = Counter()
    closing_articles = defaultdict(set)
    for pair in annotated_pairs(args.gold, args.occasions, args.system):
        art = order[pair.gold["id"]]
        doc = docs[art]
        content = spans(pair.system["content"])
        if not content or pair.system.get("kind") is None:
            continue
        cue = spans(pair.system["cue"]) if pair.system.get("cue") else []
        cue_tok = doc.char_span(*cue[0], alignment_mode="expand").root if cue else None
        kind = pair.system["kind"]
        taken = set()
        for field in FIELDS:
            value = pair.fields.get(field)
            if not value or value.get("carried"):
                continue
            s, e = value["span"]
            taken.add((s, e))
            if not any(cs <= s and e <= ce for cs, ce in content):
                continue
            sysval = pair.system.get(field)
            carriers = ("channel", "addressee") if field != "time" else ("time",)
            right = any(shares_content((pair.system.get(f) or {}).get("text"), value["text"]) for f in carriers)
            if right:
                continue
            cls = attach(doc, s, e, content, cue_tok)
            status = "null" if sysval is None else "wrong"
            miss[(field, kind, cls, status)] += 1
            miss_articles[(field, kind, cls)].add(art)
            shown[(field, cls)].append(
                (art, kind, value["text"], (sysval or {}).get("text"), pair.system["content"]["text"][:160])
            )
        if kind == "indirect" and cue_tok is not None:
            last = doc.char_span(*content[-1], alignment_mode="expand")
            cue_verb = clause_verb(cue_tok)
            for field, phrase, verb in closing_candidates(doc, last, pair.gold.get("date")) if last is not None else ():
                if pair.system.get(field) is not None:
                    continue
                where = "cue" if verb == cue_verb else ("linked" if governs(cue_verb, verb) else "deeper")
                value = pair.fields.get(field)
                words = phrase[1:] if field == "channel" else phrase
                if value is None:
                    result = "false fill"
                elif shares_content(words.text, value["text"]):
                    result = "right (carried)" if value.get("carried") else "right"
                else:
                    result = "another value"
                closing[(field, where, result)] += 1
                closing_articles[(field, where, result)].add(art)
                shown[("closing-" + field, where + " " + result)].append(
                    (art, kind, phrase.text, (value or {}).get("text"), "")
                )
        # phrases of the kinds the readers take, inside the content, not annotated for this statement
        for cs, ce in content:
            sp = doc.char_span(cs, ce, alignment_mode="expand")
            if sp is None:
                continue
            cands = [("channel", doc[w.i : w.i + 1]) for w in channel_words(sp)]
            for m in find_times(doc.text, cs, ce, pair.gold.get("date")):
                t = doc.char_span(m.start, m.end, alignment_mode="expand")
                if t is not None:
                    cands.append(("time", t))
            for field, t in cands:
                value = pair.fields.get(field)
                if value and value["span"][0] <= t.start_char < value["span"][1]:
                    continue
                cls = attach(doc, t.start_char, t.end_char, content, cue_tok)
                untaken[(field, kind, cls, "annotated-other" if value else "annotated-null")] += 1
                shown[("untaken-" + field, cls)].append((art, kind, t.text, None, pair.system["content"]["text"][:160]))
    print("MISSES (annotated stated value inside the system content, system wrong/null)")
    for k, n in sorted(miss.items(), key=lambda x: -x[1]):
        print(n, k, "articles", len(miss_articles[k[:3]]))
    print("UNTAKEN phrases inside contents")
    for k, n in sorted(untaken.items(), key=lambda x: -x[1]):
        print(n, k)
    print("PHRASES CLOSING AN INDIRECT CONTENT (system field null): n, articles, (field, verb, result)")
    for k, n in sorted(closing.items()):
        print(n, len(closing_articles[k]), k)
    if args.show:
        for key, rows in sorted(shown.items()):
            print("==", key, len(rows))
            for row in rows[: args.show]:
                print("  ", row)


if __name__ == "__main__":
    main()

"""Where speakernames' two readings fire on cached parses (the fast loop's caches), so that a slice where neither fires
is known byte-identical without a parse: a forename written with a stop opening a name
(``names.STOPPED_FORENAMES_OPEN_NAMES``) and a "who" clause given to the name a thing comes from
(``relative_sources.WHO_IS_THE_NAME_A_THING_COMES_FROM``).

    PYTHONPATH=src python experiments/speaker_names/firings.py CACHE_DIR [CACHE_DIR ...] [--show]

Prints each cache's counts; ``--show`` prints the words around each firing too (only for slices one may read: the
tuning slices, never a check slice's articles)."""

from __future__ import annotations

import sys
from pathlib import Path

from spacy.tokens import Doc, DocBin

from quotegraph.nlp.find import relative_sources
from quotegraph.nlp.pipeline import load_pipeline
from quotegraph.nlp.resolve.speakers.names import stopped_forenames

_AROUND = 15  # words shown before a firing


def _who_firings(doc: Doc) -> list[int]:
    """The "who" pronouns whose antecedent the rule changes."""
    found = []
    for verb in (t for t in doc if t.dep_ == "relcl"):
        for pronoun in (c for c in verb.children if c.lower_ in ("who", "whom") and c.i < verb.i):
            on = relative_sources._relative_clause_noun(verb, pronoun)
            if on != relative_sources._relative_clause_noun(verb):
                found.append(pronoun.i)
    return found


def main(argv: list[str]) -> None:
    show = "--show" in argv
    nlp = load_pipeline()
    for cache in (Path(a) for a in argv if not a.startswith("--")):
        docs = list(DocBin().from_disk(cache / "docs.spacy").get_docs(nlp.vocab))
        names = [(doc, first) for doc in docs for first, _ in stopped_forenames(doc)]
        whos = [(doc, i) for doc in docs for i in _who_firings(doc)]
        print(f"{cache.name}: {len(docs)} articles, stopped forenames {len(names)}, who clauses {len(whos)}")
        if show:
            for doc, i in [*names, *whos]:
                print("   ", doc[max(0, i - _AROUND) : i + 4].text.replace("\n", " "))


if __name__ == "__main__":
    main(sys.argv[1:])

"""Census of names resolved as a body, place or group while the text gives person evidence (typedpeople round).

    python experiments/typed_people/census.py pages                 # the tuned news pages (held-out six skipped)
    python experiments/typed_people/census.py slice GOLD.jsonl CACHE  # a PolNeAR slice's cached parses (fast.py)

For each entity the resolver leaves not PERSON, the kinds of person evidence next to one of its capitalised mentions:
an honorific before it, an age set off after it, a person's noun set off beside it (``gendered`` when the role lexicon
gives that noun a gender), a known forename opening a name of two or more words, a possessive before a gendered
person's noun ("Schilling's son"), a "he"/"she" subject before the next PERSON-tagged word in that or the next
sentence. Each line says whether the entity speaks (is a statement's speaker); the last line counts each kind by that.
Read the lines: the census does not tell a person from a body, which is what its counts of risk are for.
"""

from __future__ import annotations

import json
import pickle
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import DocBin, Span

from quotegraph.io import read
from quotegraph.model import Article
from quotegraph.nlp.finding import find_candidates
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.pipeline import load_pipeline, parse_articles
from quotegraph.nlp.resolve.speakers.name_shapes import apposed_nouns
from quotegraph.nlp.resolve.speakers.names import fold
from quotegraph.nlp.resolve.speakers.noun_classes import a_person_noun
from quotegraph.nlp.resolve.speakers.untagged_people import human_age_set_off
from quotegraph.nlp.resolving import resolve

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"
# held out by the project's rules: never read, scored once at a round's end
HELD_OUT = frozenset(
    {
        "flores-volcano-airport-closed.html",
        "alzheimers-drug-health-canada-approval.html",
        "tarrawong-by-election-recount.html",
        "chhomo-glacial-lake-flood-solukhumbu.html",
        "lorient-trawler-blockade-eu-quotas.html",
        "tamarack-state-professor-dismissed-lecture.html",
    }
)
SUBJECT_PRONOUNS = frozenset({"he", "she"})


def _gendered(noun: object) -> bool:
    role = lexicons().role_nouns.get(getattr(noun, "lemma_", "").lower())
    return role is not None and role.of_person and role.gender != "unknown"


def evidence(name: Span) -> set[str]:
    """The kinds of person evidence beside one mention."""
    doc, words = name.doc, lexicons()
    kinds = set()
    if (name.start > 0 and doc[name.start - 1].text in words.honorifics) or name[0].text in words.honorifics:
        kinds.add("honorific")
    if human_age_set_off(doc, name.end):
        kinds.add("age")
    apposed = apposed_nouns(name)
    if any(a_person_noun(n) for n in apposed):
        kinds.add("gendered noun set off" if any(_gendered(n) for n in apposed) else "person's noun set off")
    if len(name) >= 2 and fold(name[0].text) in words.forenames:
        kinds.add("forename")
    if name.end + 1 < len(doc) and doc[name.end].tag_ == "POS" and _gendered(doc[name.end + 1]):
        kinds.add("possessive of a gendered noun")
    sentence = name.sent
    reach = doc[sentence.end].sent.end if sentence.end < len(doc) else sentence.end
    for token in doc[name.end : reach]:
        if token.ent_type_ == "PERSON":
            break
        if token.lower_ in SUBJECT_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass"):
            kinds.add("he/she next")
            break
    return kinds


def census(ids: list[str], docs: list[object], found: list[object]) -> Counter[tuple[str, bool]]:
    counts: Counter[tuple[str, bool]] = Counter()
    for id_, doc, candidates in zip(ids, docs, found, strict=True):
        entities, attributions = resolve(doc, candidates)  # type: ignore[arg-type]
        speakers = {a.speaker.entity for a in attributions if a.speaker is not None}
        for entity in entities:
            if entity.type == "PERSON":
                continue
            kinds: set[str] = set()
            for mention in entity.mentions:
                span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")  # type: ignore[attr-defined]
                if span is not None and span[0].text[:1].isupper():
                    kinds |= evidence(span)
            if kinds:
                speaks = entity.id in speakers
                counts.update((kind, speaks) for kind in kinds)
                print("SPEAKS" if speaks else "-", id_, entity.type, repr(entity.name), sorted(kinds))
    return counts


def main(argv: list[str]) -> None:
    nlp = load_pipeline()
    if argv[0] == "pages":
        expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
        pages = [page for page in expected if page not in HELD_OUT]
        articles = []
        for page in pages:
            [article] = read(str(PAGES / page))
            assert isinstance(article, Article)
            articles.append(Article(id=page, text=article.text, published=article.published))
        docs = parse_articles(nlp, articles)
        found = [find_candidates(doc) for doc in docs]
        ids = pages
    else:
        gold = [json.loads(line) for line in Path(argv[1]).read_text().splitlines() if line.strip()]
        cached = Path(argv[2])
        docs = list(DocBin().from_disk(cached / "docs.spacy").get_docs(nlp.vocab))
        found = pickle.loads((cached / "candidates.pkl").read_bytes())
        ids = [str(row["id"]) for row in gold]
        for row, doc in zip(gold, docs, strict=True):
            doc._.published = row.get("date")
    counts = census(ids, docs, found)
    print(
        json.dumps({f"{kind} ({'speaks' if speaks else 'silent'})": n for (kind, speaks), n in sorted(counts.items())})
    )


if __name__ == "__main__":
    main(sys.argv[1:])

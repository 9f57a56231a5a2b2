"""Statements: the quotes of the corpus grouped into connected components of verified pairs.

Two forms (normalized wordings) are joined when they are LSH candidates and pass verification
(``graph.matching``); a statement is a connected component of that graph, so it does not depend on
the order in which quotes arrive, and adding quotes one batch at a time gives the statements a
single pass over everything would. Each update places the quotes of the articles the store marks
pending: a known form joins its statement at once; a new form looks up the forms sharing one of its
band keys (an index look-up each, so memory does not grow with the corpus), is verified against
them, and the statements it touches are merged. Statements that lost a form to a deleted or
replaced article are re-clustered first: what remains of one may fall apart into several.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import msgspec

from quotegraph.graph.matching import form_keys, same_shingled, same_statement, shingles, speaker_relation
from quotegraph.graph.quotes import MIN_QUOTE_WORDS, Quote, form_digest, normalized_words, quote_text
from quotegraph.graph.variants import word_diff
from quotegraph.store import Store
from quotegraph.store.keys import speaker_key
from quotegraph.store.statements import UNDATED, FormRow, QuoteRow, QuoteSource, StatementHead, StatementWriter

__all__ = ["UPDATE_BATCH", "StatementUpdate", "quotes_of", "update_statements"]

UPDATE_BATCH = 500  # articles (or dirty statements) a transaction, as the store's own batches


@dataclass
class StatementUpdate:
    articles: int = 0
    quotes: int = 0
    new_forms: int = 0
    reclustered: int = 0


def update_statements(store: Store, *, batch: int = UPDATE_BATCH) -> StatementUpdate:
    """Places the quotes of every pending article and re-clusters dirty statements."""
    report = StatementUpdate()
    while True:
        with store.statement_writer() as writer:
            dirty = writer.dirty(batch)
            _recluster(writer, dirty)
            articles = writer.pending_articles(batch) if len(dirty) < batch else []
            quotes = quotes_of(writer.quote_sources(articles), writer.outlet_mentions(articles))
            report.new_forms += _store_quotes(writer, quotes)
            writer.mark_done(articles)
        report.reclustered += len(dirty)
        report.articles += len(articles)
        report.quotes += len(quotes)
        if not dirty and not articles:
            return report


# -- quotes of the pending articles ------------------------------------------------------------------


def quotes_of(sources: Iterable[QuoteSource], outlets: Iterable[tuple[int, str, str]]) -> list[Quote]:
    """The quotes worth matching (MIN_QUOTE_WORDS words or more), each with the outlet it cites."""
    mentions: dict[int, list[tuple[str, list[tuple[int, int]]]]] = defaultdict(list)
    for article_key, name, encoded in outlets:
        spans = [(int(m["span"][0]), int(m["span"][1])) for m in msgspec.json.decode(encoded)]
        mentions[article_key].append((name, spans))
    found = []
    # a quote reported again (a wire story, a line every outlet repeats) is normalized and digested once
    wordings: dict[tuple[str, str | None, str | None], _Wording | None] = {}
    for source in sources:
        said = (source.kind, source.content, source.speaker_name)
        if said not in wordings:
            wordings[said] = _wording(*said)
        wording = wordings[said]
        if wording is None:
            continue
        outlets_here = mentions.get(source.article_key)
        cited = _cited_outlet(source, outlets_here) if outlets_here or source.speaker_type == "OUTLET" else None
        found.append(
            Quote(
                source.article_key,
                source.position,
                wording.text,
                wording.words,
                source.day,
                cited,
                wording.speaker,
                wording.digest,
            )
        )
    return found


class _Wording(NamedTuple):
    text: str
    words: tuple[str, ...]
    speaker: str | None
    digest: int


def _wording(kind: str, content: str | None, speaker_name: str | None) -> _Wording | None:
    """An attribution's quote as printed, its words, its speaker's name key and its form's digest;
    None when it has no quote worth matching."""
    text = quote_text(kind, content)
    words = normalized_words(text) if text else ()
    if text is None or len(words) < MIN_QUOTE_WORDS:
        return None
    speaker = speaker_key(speaker_name) if speaker_name else None
    return _Wording(text, words, speaker, form_digest(words, speaker))


def _cited_outlet(source: QuoteSource, outlets: list[tuple[str, list[tuple[int, int]]]] | None) -> str | None:
    """The outlet an attribution names as its addressee ("told Deadline"), channel ("on CNN") or
    source ("according to Deadline"): an outlet entity of the article mentioned inside that role."""
    for role in ("addressee", "channel", "source") if outlets else ():
        encoded = source.spans.get(role)
        if not encoded:
            continue
        spans = msgspec.json.decode(encoded)
        for name, mentions in outlets or ():
            if _overlap(mentions, spans):
                return name
    return source.speaker_name if source.speaker_type == "OUTLET" else None


def _overlap(mentions: list[tuple[int, int]], spans: list[list[int]]) -> bool:
    """Whether a mention overlaps a span (plain loops: half the time of any() over a generator)."""
    for s, e in mentions:
        for start, end in spans:
            if s < end and start < e:
                return True
    return False


# -- placing new quotes ----------------------------------------------------------------------------


Node = tuple[str, int]  # ("n", new form's digest), ("s", stored statement), ("f", stored form)


class _Components:
    """Union-find."""

    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}

    def find(self, node: Node) -> Node:
        root = self.parent.setdefault(node, node)
        while root != self.parent[root]:
            root = self.parent[root]
        while node != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, a: Node, b: Node) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> list[list[Node]]:
        found: dict[Node, list[Node]] = defaultdict(list)
        for node in list(self.parent):
            found[self.find(node)].append(node)
        return list(found.values())


def _form_words(form: FormRow) -> tuple[str, ...]:
    return tuple(form.words.split(" "))


def _same(a: FormRow, b: FormRow) -> bool:
    return same_statement(_form_words(a), _form_words(b), speaker_relation(a.speaker, b.speaker))


class _Shingled:
    """Forms with their words and shingles worked out once: a new form is verified against many."""

    def __init__(self, forms: dict[int, FormRow]) -> None:
        self.forms = forms
        self.cache: dict[int, tuple[tuple[str, ...], frozenset[str]]] = {}

    def _of(self, key: int) -> tuple[tuple[str, ...], frozenset[str]]:
        found = self.cache.get(key)
        if found is None:
            words = _form_words(self.forms[key])
            found = self.cache[key] = (words, shingles(words))
        return found

    def same(self, mine: int, other: _Shingled, theirs: int) -> bool:
        (a, sa), (b, sb) = self._of(mine), other._of(theirs)
        relation = speaker_relation(self.forms[mine].speaker, other.forms[theirs].speaker)
        return same_shingled(a, sa, b, sb, relation)


def _store_quotes(writer: StatementWriter, quotes: Sequence[Quote]) -> int:
    """Stores the quotes, each in its statement; returns how many new forms they brought."""
    if not quotes:
        return 0
    first_of: dict[int, Quote] = {}
    for quote in quotes:
        first_of.setdefault(quote.digest, quote)
    known = writer.known_forms(list(first_of))
    new = [d for d in first_of if d not in known]
    forms = {d: FormRow(0, 0, " ".join(first_of[d].words), first_of[d].speaker) for d in new}
    keys = form_keys([first_of[d].words for d in new], [form.speaker for form in forms.values()])
    keys_of = dict(zip(new, keys, strict=True))
    components = _link(writer, forms, keys_of)
    statement_of, moves = _statements_of_components(writer, components, len(new))
    writer.move_forms(moves)
    form_ids = dict(zip(new, writer.next_ids("quote_forms", len(new)), strict=True))
    writer.add_forms(
        [(form_ids[d], d, forms[d].words, first_of[d].text, statement_of[d], forms[d].speaker) for d in new],
        [(k, form_ids[d]) for d in new for k in keys_of[d]],
    )
    merged = {old: new_id for old, new_id in moves}
    for digest, (form_id, statement_id) in known.items():
        form_ids[digest] = form_id
        statement_of[digest] = merged.get(statement_id, statement_id)
    rows = [
        QuoteRow(i, q.article_key, q.position, form_ids[q.digest], q.text, q.day, q.cited_outlet)
        for i, q in zip(writer.next_ids("quotes", len(quotes)), quotes, strict=True)
    ]
    writer.add_quotes(rows)
    by_statement: dict[int, list[QuoteRow]] = defaultdict(list)
    for row, quote in zip(rows, quotes, strict=True):
        by_statement[statement_of[quote.digest]].append(row)
    _update_heads(writer, by_statement, moves, {form_ids[d] for d in new})
    return len(new)


def _link(writer: StatementWriter, new_forms: dict[int, FormRow], keys_of: dict[int, list[int]]) -> list[list[Node]]:
    """Connected components of new forms ("n", digest) and the stored statements ("s", id) they
    join: each new form is verified against the stored and new forms sharing a band key with it,
    a stored statement's forms until one passes."""
    links = _Components()
    buckets: dict[int, list[int]] = defaultdict(list)
    for digest, keys in keys_of.items():
        links.find(("n", digest))
        for key in keys:
            buckets[key].append(digest)
    near: dict[int, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))  # digest -> statement -> forms
    for key, form_id, statement_id in writer.candidates(list(buckets)):
        for digest in buckets[key]:
            near[digest][statement_id].add(form_id)
    new = _Shingled(new_forms)
    stored = _Shingled(writer.form_rows({f for by in near.values() for forms in by.values() for f in forms}))
    for digest, statements in near.items():
        node = ("n", digest)
        for statement_id, forms in sorted(statements.items()):
            statement = ("s", statement_id)
            if links.find(node) != links.find(statement) and any(new.same(digest, stored, f) for f in sorted(forms)):
                links.union(node, statement)
    for digests in buckets.values():
        for a, b in itertools.combinations(digests, 2):
            if links.find(("n", a)) != links.find(("n", b)) and new.same(a, new, b):
                links.union(("n", a), ("n", b))
    return [group for group in links.groups() if any(kind == "n" for kind, _ in group)]


def _statements_of_components(
    writer: StatementWriter, components: list[list[Node]], new_forms: int
) -> tuple[dict[int, int], list[tuple[int, int]]]:
    """Each new form's statement: the lowest stored statement of its component, else a fresh one;
    the other stored statements of a component move into it."""
    fresh = iter(writer.next_ids("statements", new_forms))
    statement_of: dict[int, int] = {}
    moves: list[tuple[int, int]] = []
    for group in components:
        stored = sorted(value for kind, value in group if kind == "s")
        target = stored[0] if stored else next(fresh)
        moves += [(other, target) for other in stored[1:]]
        statement_of.update((value, target) for kind, value in group if kind == "n")
    return statement_of, moves


def _update_heads(
    writer: StatementWriter, by_statement: dict[int, list[QuoteRow]], moves: list[tuple[int, int]], new_forms: set[int]
) -> None:
    """Each touched statement's first occurrence and count, and the diffs of its variants against
    the first wording: all of them when that wording changed, else those of its new forms."""
    merged_into: dict[int, list[int]] = defaultdict(list)
    for gone, target in moves:
        merged_into[target].append(gone)
    heads = writer.heads([*by_statement, *(old for old, _ in moves)])
    changed, redo_all = [], set()
    for statement_id, rows in by_statement.items():
        options = [heads[i] for i in [statement_id, *merged_into[statement_id]] if i in heads]
        earliest = min(rows, key=lambda r: (r.day or UNDATED, r.id))
        options.append(StatementHead(statement_id, earliest.day or UNDATED, earliest.id, earliest.form_id))
        first = min(options, key=lambda h: h.order)
        head = StatementHead(statement_id, first.first_day, first.first_quote, first.reference_form)
        old = heads.get(statement_id)
        if old != head:
            changed.append(head)
        if old is None or old.reference_form != head.reference_form or merged_into[statement_id]:
            redo_all.add(statement_id)
        heads[statement_id] = head
    writer.put_heads(changed)
    writer.recount([i for i in by_statement if merged_into[i]])
    writer.add_occurrences({i: len(rows) for i, rows in by_statement.items() if not merged_into[i]})
    pending = [
        (form_id, statement_id)
        for statement_id, rows in by_statement.items()
        if statement_id not in redo_all
        for form_id in {r.form_id for r in rows} & new_forms
    ]
    _write_diffs(writer, {i: heads[i].reference_form for i in by_statement}, redo_all, pending)


def _write_diffs(
    writer: StatementWriter, reference: dict[int, int], redo_all: set[int], pending: list[tuple[int, int]]
) -> None:
    forms = [(row.id, row.statement_id, text) for row, text in writer.forms_of(redo_all)]
    texts = writer.form_texts([f for f, _ in pending] + [reference[s] for _, s in pending])
    forms += [(f, s, texts[f]) for f, s in pending]
    texts.update((f, t) for f, _, t in forms)
    missing = {reference[s] for _, s, _ in forms} - texts.keys()
    texts.update(writer.form_texts(missing))
    writer.set_diffs([(f, word_diff(texts[reference[s]], text) if f != reference[s] else "") for f, s, text in forms])


# -- re-clustering after deletions ------------------------------------------------------------------


def _recluster(writer: StatementWriter, statement_ids: list[int]) -> None:
    """Splits each dirty statement into the components its remaining forms make, finds each one's
    first occurrence again and rewrites its counts and diffs. The component with the lowest form
    keeps the statement's id."""
    if not statement_ids:
        return
    forms = [row for row, _ in writer.forms_of(statement_ids)]
    keys: dict[int, list[int]] = defaultdict(list)
    for key, form_id in writer.bands_of([f.id for f in forms]):
        keys[key].append(form_id)
    by_id = {f.id: f for f in forms}
    links = _Components()
    for form in forms:
        links.find(("f", form.id))
    for members in keys.values():
        for a, b in itertools.combinations(members, 2):
            fa, fb = by_id[a], by_id[b]
            apart = fa.statement_id == fb.statement_id and links.find(("f", a)) != links.find(("f", b))
            if apart and _same(fa, fb):
                links.union(("f", a), ("f", b))
    groups = sorted((sorted(f for _, f in g) for g in links.groups()), key=lambda g: g[0])
    owners: set[int] = set()
    fresh = iter(writer.next_ids("statements", len(groups)))
    assignments, result = [], []
    for group in groups:
        statement_id = by_id[group[0]].statement_id
        if statement_id in owners:
            statement_id = next(fresh)
            assignments += [(f, statement_id) for f in group]
        owners.add(statement_id)
        result.append(statement_id)
    writer.assign_forms(assignments)
    heads = writer.first_quotes(result)
    writer.put_heads(heads)
    writer.recount(result)
    _write_diffs(writer, {h.id: h.reference_form for h in heads}, set(result), [])
    writer.clean(statement_ids)

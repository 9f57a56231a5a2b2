"""Names grouped into people across articles, on both backends: the store keeps each name's counts,
moves rows when people merge or split, and answers every query by person."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from quotegraph.graph.speakers import update_speakers
from quotegraph.model import ArticleResult, Attribution, Entity, Mention, TextSpan
from quotegraph.model.identity import AliasEntry, GenderShare
from quotegraph.store import Store, make_query, open_store
from quotegraph.store.schema import MIGRATIONS

from .conftest import Said, back_to_schema, build, sql_store


def said(
    article_id: str, speaker: str, words: str, *, about: str | None = None, pronoun: str | None = None
) -> ArticleResult:
    """An article in which ``speaker`` says ``words`` (mentioning ``about`` when given); the article
    refers to the speaker as ``pronoun`` once when given."""
    text = f"{speaker} said that {words}." + (f" {pronoun.capitalize()} left." if pronoun else "")
    result = build(
        article_id,
        text,
        [Said(content=text[text.index("that") : text.index(".")], cue="said", source=speaker, speaker=speaker)],
        published="2016-05-01",
        outlet="nyt",
        people=(speaker, about) if about else (speaker,),
    )
    if pronoun is None:
        return result
    at = text.rindex(pronoun.capitalize())
    first = result.entities[0]
    mentions = (*first.mentions, Mention(TextSpan(at, at + len(pronoun)), pronoun.capitalize()))
    return _with_entity(result, Entity(id=first.id, name=first.name, type="PERSON", mentions=mentions))


def full_name_twice(name: str, prefix: str) -> list[ArticleResult]:
    """Two articles naming ``name`` in full: enough for a surname alone to join them."""
    return [said(f"{prefix}1", name, "it was a long shoot"), said(f"{prefix}0", name, "it was worth it")]


def _with_entity(result: ArticleResult, entity: Entity) -> ArticleResult:
    import msgspec

    others = tuple(e for e in result.entities if e.id != entity.id)
    return msgspec.structs.replace(result, entities=(entity, *others))


def groups(store: Store) -> set[frozenset[str]]:
    return {frozenset(s.names) for s in store.speakers(limit=1000)}


def test_a_surname_in_another_article_is_the_same_speaker(store: Store) -> None:
    store.add([*full_name_twice("Jacques Audiard", "a"), said("a2", "Audiard", "he was sorry")])
    assert len(store.speakers()) == 2
    report = update_speakers(store)
    assert (report.merged, report.moved) == (1, 1)
    [person] = store.speakers()
    assert (person.name, set(person.names), person.statements, person.articles) == (
        "Jacques Audiard",
        {"Jacques Audiard", "Audiard"},
        3,
        3,
    )
    for name in ("Audiard", "Jacques Audiard"):
        hits = store.search(make_query(speaker=name)).items
        assert {h.speaker_id for h in hits} == {person.id} and len(hits) == 3
    assert store.speaker(person.id) is not None
    assert update_speakers(store).moved == 0  # nothing changed: nothing written


def test_a_second_person_with_the_surname_splits_it_off(store: Store) -> None:
    store.add(
        [
            *full_name_twice("Hillary Clinton", "h"),
            said("c1", "Clinton", "the economy grew"),
            said("x1", "Jacques Audiard", "Clinton was right", about="Clinton"),
        ]
    )
    update_speakers(store)
    assert frozenset({"Hillary Clinton", "Clinton"}) in groups(store)
    assert _about(store, "Hillary Clinton") == ["x1"]
    store.add([said("b1", "Bill Clinton", "Hillary Clinton was proud", about="Hillary Clinton")])
    report = update_speakers(store)
    assert report.moved == 1
    assert groups(store) == {
        frozenset({"Hillary Clinton"}),
        frozenset({"Clinton"}),
        frozenset({"Bill Clinton"}),
        frozenset({"Jacques Audiard"}),
    }
    clinton = next(s for s in store.speakers() if s.name == "Clinton")
    hits = store.search(make_query(speaker="Clinton")).items
    assert [h.article.id for h in hits] == ["c1"] and hits[0].speaker_id == clinton.id
    assert _about(store, "Hillary Clinton") == ["b1"]
    assert _about(store, "Clinton") == ["x1"]
    detail = store.speaker(store.speakers(name="Jacques Audiard")[0].id)
    assert detail is not None and [(c.name, c.id) for c in detail.about] == [("Clinton", clinton.id)]


def test_a_name_a_body_holds_also_finds_the_people_so_named(store: Store) -> None:
    """ "Trump" typed as an organisation in one article does not hide Donald Trump from --speaker Trump."""
    body = said("o1", "Trump", "the tower was sold")

    def by_an_org(attribution: Attribution) -> Attribution:
        assert attribution.speaker is not None
        return msgspec.structs.replace(attribution, speaker=msgspec.structs.replace(attribution.speaker, type="ORG"))

    body = msgspec.structs.replace(
        body,
        entities=tuple(msgspec.structs.replace(e, type="ORG") for e in body.entities),
        attributions=tuple(by_an_org(a) for a in body.attributions),
    )
    store.add([*full_name_twice("Donald Trump", "d"), body])
    update_speakers(store)
    assert {frozenset({"Trump"}), frozenset({"Donald Trump"})} <= groups(store)

    def found(name: str) -> list[str]:
        return sorted(h.article.id for h in store.search(make_query(speaker=name)).items)

    assert found("Trump") == ["d0", "d1", "o1"]
    assert found("Donald Trump") == ["d0", "d1"]


def _about(store: Store, name: str) -> list[str]:
    return sorted(h.article.id for h in store.search(make_query(about=name)).items)


def test_the_grouping_does_not_depend_on_the_order_articles_came_in(tmp_path: Path, store_url: str) -> None:
    articles = [
        *full_name_twice("Jacques Audiard", "a"),
        said("a2", "Audiard", "he was sorry"),
        said("h1", "Hillary Clinton", "she would win"),
        said("c1", "Clinton", "the economy grew"),
        said("b1", "Bill Clinton", "he was proud"),
        said("t1", "Donald J. Trump", "it was huge"),
        said("t2", "Donald Trump", "it was great"),
    ]
    found = []
    for order, url in ((articles, store_url), (articles[::-1], str(tmp_path / "reversed.db"))):
        store = open_store(url)
        try:
            for article in order:  # one ingest an article: every regrouping sees a different corpus
                store.add([article])
                update_speakers(store)
            found.append(groups(store))
        finally:
            store.close()
    assert found[0] == found[1]
    assert frozenset({"Jacques Audiard", "Audiard"}) in found[0]
    assert frozenset({"Donald Trump", "Donald J. Trump"}) in found[0]


def test_aliases_merge_split_and_label(store: Store) -> None:
    store.add([said("k1", "Kanye West", "the album was done"), said("k2", "Ye", "he would run")])
    store.add([*full_name_twice("Hillary Clinton", "h"), said("c1", "Clinton", "the economy grew")])
    update_speakers(store)
    assert frozenset({"Hillary Clinton", "Clinton"}) in groups(store)
    entries = [
        AliasEntry(2, "Kanye West", ("Ye",), "Q15935"),
        AliasEntry(3, "Hillary Clinton", ("Hillary Rodham Clinton",), "Q6294", ("Clinton",)),
    ]
    update_speakers(store, entries)
    people = {s.name: s for s in store.speakers()}
    assert set(people["Kanye West"].names) == {"Kanye West", "Ye"} and people["Kanye West"].wikidata == "Q15935"
    assert "Clinton" in people and people["Clinton"].names == ("Clinton",)
    assert store.speaker_aliases() == entries
    update_speakers(store)  # the stored entries hold at the next ingest
    assert frozenset({"Kanye West", "Ye"}) in groups(store)
    update_speakers(store, [])  # an empty file takes them back
    assert frozenset({"Kanye West", "Ye"}) not in groups(store)
    assert frozenset({"Hillary Clinton", "Clinton"}) in groups(store)


def test_a_person_is_what_their_articles_pronouns_say(store: Store) -> None:
    store.add(
        [
            said("g1", "Karla Sofía Gascón", "she apologized", pronoun="she"),
            said("g2", "Gascón", "the film mattered", pronoun="her"),
            said("a1", "Jacques Audiard", "the film was done", pronoun="he"),
            said("x1", "Karla Sofía Gascón", "all was well"),
        ]
    )
    update_speakers(store)
    people = {s.name: s for s in store.speakers()}
    assert (people["Karla Sofía Gascón"].gender, people["Karla Sofía Gascón"].pronouns.she) == ("she", 2)
    assert people["Jacques Audiard"].gender == "he"


def test_deleted_articles_take_their_names_with_them(store: Store) -> None:
    store.add([*full_name_twice("Jacques Audiard", "a"), said("a2", "Audiard", "he was sorry")])
    update_speakers(store)
    assert store.delete("a2")
    report = update_speakers(store)
    assert report.names == 1
    [person] = store.speakers()
    assert person.names == ("Jacques Audiard",) and person.statements == 2
    store.add([said("a3", "Audiard", "he was back")])  # the name comes back: to its own person, then grouped
    update_speakers(store)
    assert groups(store) == {frozenset({"Jacques Audiard", "Audiard"})}


def test_a_changed_result_moves_its_names(store: Store) -> None:
    store.add([said("a1", "Jacques Audiard", "the film was done"), said("a2", "Audiard", "he was sorry")])
    update_speakers(store)
    store.add([said("a2", "Karla Sofía Gascón", "she was sorry")])  # a new extraction of a2
    update_speakers(store)
    assert groups(store) == {frozenset({"Jacques Audiard"}), frozenset({"Karla Sofía Gascón"})}


def test_an_empty_corpus_groups_nobody(store: Store) -> None:
    assert update_speakers(store).people == 0
    assert store.speakers() == []


def test_a_corpus_of_schema_2_keeps_its_speakers_and_gets_grouped(store_url: str) -> None:
    old = open_store(store_url)
    old.add(
        [
            said("a1", "Jacques Audiard", "the film was done", pronoun="he"),
            said("a0", "Jacques Audiard", "it was worth it"),
            said("a2", "Audiard", "he was sorry"),
        ]
    )
    _back_to_schema_2(old)
    old.close()
    store = open_store(store_url)
    try:
        assert {s.name for s in store.speakers()} == {"Jacques Audiard", "Audiard"}  # as before the migration
        update_speakers(store)
        [person] = store.speakers()
        assert set(person.names) == {"Jacques Audiard", "Audiard"} and person.gender == "he"
        assert store.gender_shares()[0].he == 1  # the pronouns of entities stored before were read
    finally:
        store.close()


def _back_to_schema_2(store: Store) -> None:
    """The corpus as schema 2 held it (one name a speaker): the tables and columns of schemas 3
    (speakers) and 4 (statements) gone; schemas 5 and 6 changed only the statement tables, gone with them."""
    assert len(MIGRATIONS) == 7, "a new migration: undo it here too"
    back_to_schema(
        store,
        2,
        *(f"DROP TABLE {table}" for table in ("statements", "quote_forms", "quote_bands", "quotes")),
        "DROP TABLE statements_dirty",
        "DROP INDEX articles_statements_pending",
        "ALTER TABLE articles DROP COLUMN statements_pending",
        "DROP TABLE speaker_names",
        "DROP TABLE speaker_aliases",
        "ALTER TABLE speakers DROP COLUMN wikidata",
        "ALTER TABLE entities DROP COLUMN pronoun",
        "DELETE FROM meta WHERE key LIKE 'identity%'",
    )


@pytest.mark.parametrize("order", ["together", "apart"])
def test_two_writers_caches_follow_a_regrouping(tmp_path: Path, order: str) -> None:
    """A writer whose cache says "Audiard" is a person another writer's regrouping merged away
    writes its next rows to the person "Audiard" belongs to now."""
    path = tmp_path / "corpus.db"
    first, second = open_store(path), open_store(path)
    try:
        first.add(full_name_twice("Jacques Audiard", "a"))
        second.add([said("a2", "Audiard", "he was sorry")])  # second caches audiard -> its own person
        update_speakers(first)
        second.add([said("a3", "Audiard", "he was back")])
        if order == "apart":
            update_speakers(second)
        [person] = first.speakers()
        assert person.statements == 4
    finally:
        first.close()
        second.close()


def test_statements_by_their_speakers_gender(store: Store) -> None:
    store.add(
        [
            said("g1", "Karla Sofía Gascón", "she apologized", pronoun="she"),
            said("g2", "Karla Sofía Gascón", "the film mattered"),
            said("a1", "Jacques Audiard", "the film was done", pronoun="he"),
            said("s1", "Sam Doe", "all was well"),
        ]
    )
    update_speakers(store)
    by_article = store.gender_shares()
    assert [(s.outlet, s.he, s.she, s.they, s.unknown) for s in by_article] == [(None, 1, 1, 0, 2), ("nyt", 1, 1, 0, 2)]
    by_person = store.gender_shares(by="person")
    assert (by_person[0].he, by_person[0].she, by_person[0].unknown) == (1, 2, 1)  # g2's article said nothing


def test_an_empty_corpus_has_no_statements_by_gender(store: Store) -> None:
    assert store.gender_shares() == [GenderShare(None)]


def test_kept_counts_follow_merges_and_splits(store: Store) -> None:
    """Statements, articles and outlets by speaker, and who mentions whom, as a recount finds them
    after two people merge (sharing an article) and after one is split again."""
    text = "Jacques Audiard said that the film was done. Later Audiard said that Audiard was sorry."
    both = build(  # two entities of one article, each a statement: one article for the person they make
        "x1",
        text,
        [
            Said(content="that the film was done", cue="said", source="Jacques Audiard", speaker="Jacques Audiard"),
            Said(content="that Audiard was sorry", cue="Audiard said", source="Audiard", speaker="Audiard"),
        ],
        outlet="nyt",
        people=("Jacques Audiard", "Audiard"),
    )
    store.add([said("a1", "Jacques Audiard", "the film was done"), said("a2", "Audiard", "he was sorry"), both])
    update_speakers(store)
    assert _kept(store) == _recounted(store)
    store.add([said("b1", "Pierre Audiard", "he was proud")])  # Audiard is ambiguous now: split off
    assert update_speakers(store).moved == 1
    assert _kept(store) == _recounted(store)


def _kept(store: Store) -> tuple[set[tuple[int, int, int, int]], int]:
    listed = {(s.id, s.statements, s.articles, s.outlets) for s in store.speakers(limit=1000)}
    return listed, _about_by_mismatches(store)


def _recounted(store: Store) -> tuple[set[tuple[int, int, int, int]], int]:
    cursor = sql_store(store)._cursor()
    cursor.execute(
        "SELECT speaker_id, COUNT(*), COUNT(DISTINCT article_key), COUNT(DISTINCT outlet_id) FROM attributions "
        "WHERE speaker_id IS NOT NULL GROUP BY speaker_id"
    )
    return {(int(s), int(n), int(a), int(o)) for s, n, a, o in cursor.fetchall()}, 0


def _about_by_mismatches(store: Store) -> int:
    """ "About" rows whose speaker is not their attribution's."""
    cursor = sql_store(store)._cursor()
    cursor.execute(
        "SELECT COUNT(*) FROM attribution_about ab JOIN attributions a ON a.article_key = ab.article_key "
        "AND a.position = ab.position WHERE NOT (ab.by_speaker = a.speaker_id OR "
        "(ab.by_speaker IS NULL AND a.speaker_id IS NULL))"
    )
    return int(cursor.fetchone()[0])

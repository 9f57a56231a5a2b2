"""The one a question is asked of ("Asked whether ..., Clinton said") is not its source."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.speakers.asked_subjects import asked_subject, asked_subjects

from ..conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow


def test_the_one_asked_is_no_source_of_the_question(article: ArticleMaker) -> None:
    art = article("Asked whether she would run again, Clinton said she had not decided.")
    question = art.candidate("whether she would run again", "Asked", "Clinton")
    answer = art.candidate("she had not decided", "said", "Clinton")
    assert asked_subjects(art.doc, [question, answer]) == [True, False]
    _, (asked, said) = art.resolve([question, answer])
    assert asked.source is None and speaker_name(asked) is None
    assert speaker_name(said) == "Clinton"


def test_when_asked_after_the_answer(article: ArticleMaker) -> None:
    art = article("“You bet I would,” Christie said when asked whether he would issue a quarantine.")
    assert asked_subject(art.doc, art.candidate("whether he would issue a quarantine", "asked", "Christie"))


def test_a_named_asker_keeps_the_source(article: ArticleMaker) -> None:
    art = article("Asked by Stephanopoulos to respond to the criticism, Carson said the attacks were unfair.")
    question = art.candidate("to respond to the criticism", "Asked", "Stephanopoulos")
    assert not asked_subject(art.doc, question)
    assert speaker_name(art.resolve([question])[1][0]) == "Stephanopoulos"


def test_someone_who_asks_keeps_the_source(article: ArticleMaker) -> None:
    art = article("Stephanopoulos asked whether Carson would apologize.")
    assert not asked_subject(art.doc, art.candidate("whether Carson would apologize", "asked", "Stephanopoulos"))


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        # "Asked" the tagger reads as a past tense, hung as an adverbial clause: a reduced clause all the same
        ("Asked what a firm commitment looks like, Devine replied: “We are a long way off from that.”",
         "what a firm commitment looks like", "Asked", "Devine"),
        # another verb of questioning in the same form
        ("When later pressed about what the campaign may be implying, Weaver rejected the notion.",
         "what the campaign may be implying", "pressed about", "Weaver"),
        # the quote's subject the finder shares past a closed quote mark is no asker either
        ("Sanders said, “We'll see,” when asked whether he would fundraise for other candidates.",
         "whether he would fundraise for other candidates", "asked", "We"),
    ],
)  # fmt: skip
def test_a_subjectless_question_in_any_form_has_no_source(
    article: ArticleMaker, text: str, content: str, cue: str, source: str
) -> None:
    art = article(text)
    assert asked_subject(art.doc, art.candidate(content, cue, source))

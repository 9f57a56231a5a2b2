"""The learned time fallback (``learned_times``): candidates are the time phrases read earlier in the article, outside
the statement's own words; the best one is carried when the model's probability reaches its threshold; the shipped
weights load."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec
import pytest

from quotegraph.errors import PipelineError
from quotegraph.model import Attribution, Entity
from quotegraph.nlp.resolve.carrying.learned_times import TimeModel, load_model, time_candidates, with_learned_times
from quotegraph.nlp.resolving import resolve

from ..conftest import ArticleMaker

pytestmark = pytest.mark.slow

TEXT = (
    "The harbour board met in the old customs hall on Wednesday evening.\n\n"
    "The chair said the dredging would start in spring.\n\n"
    "A fisherman said the nets had been torn on Monday."
)
# a model that trusts a weekday in narration alone: the mechanism, apart from the shipped weights
WEEKDAY_MODEL = TimeModel(threshold=0.5, weights={"form=weekday": 4.0, "in_content": -8.0}, bias=-2.0)


def _statements(article: ArticleMaker) -> tuple[Any, list[Entity], list[Attribution]]:
    made = article(TEXT)
    candidates = [
        made.candidate("the dredging would start in spring", "said", "The chair"),
        made.candidate("the nets had been torn on Monday", "said", "A fisherman"),
    ]
    entities, attributions = resolve(made.doc, candidates, learned=False)
    return made, entities, attributions


def test_candidates_are_earlier_phrases_outside_the_statement_s_own_words(article: ArticleMaker) -> None:
    made, entities, attributions = _statements(article)
    found = time_candidates(made.doc, made.text, attributions, entities)
    assert [c.text for c in found[0]] == ["on Wednesday evening"]
    # the fisherman's "on Monday" is what he told of, not when he spoke: only the meeting's day is his candidate
    assert [c.text for c in found[1]] == ["on Wednesday evening"]
    assert found[0][0].features["form=weekday"] == 1.0
    assert found[0][0].features["sent_holds_statement"] == 0.0


def test_the_best_candidate_is_carried_at_the_threshold_only(article: ArticleMaker) -> None:
    made, entities, attributions = _statements(article)
    filled = with_learned_times(made.doc, made.text, attributions, entities, WEEKDAY_MODEL)
    assert [a.time.text if a.time else None for a in filled] == ["on Wednesday evening", "on Wednesday evening"]
    assert all(a.time is not None and a.time.carried for a in filled)
    sure = TimeModel(threshold=0.99, weights=WEEKDAY_MODEL.weights, bias=WEEKDAY_MODEL.bias)
    kept = with_learned_times(made.doc, made.text, attributions, entities, sure)
    assert [a.time for a in kept] == [None, None]


def test_a_time_of_the_rules_is_left_as_it_is(article: ArticleMaker) -> None:
    made = article("Rescuers reached the ridge on Friday.\n\nThe guide said on Sunday that the path was shut.")
    candidate = made.candidate("the path was shut", "said", "The guide")
    entities, attributions = resolve(made.doc, [candidate], learned=False)
    assert attributions[0].time is not None and attributions[0].time.text == "on Sunday"
    filled = with_learned_times(made.doc, made.text, attributions, entities, WEEKDAY_MODEL)
    assert filled[0].time == attributions[0].time


def test_the_shipped_weights_load() -> None:
    model = load_model()
    assert 0.0 < model.threshold < 1.0
    assert model.weights["form=weekday"] > 0.0  # a weekday is the commonest day carried on the blind pages
    assert model.weights["in_content"] < 0.0  # a time inside someone's words is what they told of


def test_an_unreadable_weights_file_is_a_pipeline_error(tmp_path: Path) -> None:
    broken = tmp_path / "times-v0.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(PipelineError, match="learned time model"):
        load_model(broken)


def test_the_window_counts_paragraphs_a_blank_line_parts_as_the_weights_were_fitted(article: ArticleMaker) -> None:
    # five lines with single breaks: one paragraph to the fallback, though the scene readers count five
    made = article(
        "The ferry board met at the pier office on Tuesday morning.\nThe boats were tied up.\nRain fell all day.\n"
        "Gulls sat on the rails.\nThe chairwoman said the timetable would change in May."
    )
    candidate = made.candidate("the timetable would change in May", "said", "The chairwoman")
    entities, attributions = resolve(made.doc, [candidate], learned=False)
    [found] = time_candidates(made.doc, made.text, attributions, entities).values()
    assert [c.text for c in found] == ["on Tuesday morning"]
    assert found[0].features["par_back=0"] == 1.0
    assert found[0].features["article_paragraphs=8"] == 1.0


@pytest.mark.parametrize(
    ("opening", "carried"),
    [
        # an interview's going out, read on the outlet's phrase as the parser hangs it: no time of the saying
        ("In an interview with the Tribune published online on Wednesday, the mayor was asked about the bridge.", None),
        # the day the interview was given is carried as before
        ("In an interview with the Tribune on Wednesday, the mayor was asked about the bridge.", "on Wednesday"),
    ],
)
def test_an_interview_s_publication_day_is_never_carried(
    article: ArticleMaker, opening: str, carried: str | None
) -> None:
    made = article(f'{opening}\n\n"It will hold for a decade," she said.')
    candidate = made.candidate("It will hold for a decade,", "said", "she", kind="direct")
    entities, ruled = resolve(made.doc, [candidate], learned=False)
    # the fallback alone, on a statement the rules left with no time
    attributions = [msgspec.structs.replace(a, time=None) for a in ruled]
    filled = with_learned_times(made.doc, made.text, attributions, entities, WEEKDAY_MODEL)
    assert (None if filled[0].time is None else filled[0].time.text) == carried

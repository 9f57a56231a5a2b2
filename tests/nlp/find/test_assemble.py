from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.find import assemble, content_cuts
from quotegraph.nlp.find.assemble import MAX_CUES_REACHED, _among_cues, find_candidates
from quotegraph.nlp.find.cues import FoundCue

from ..conftest import ArticleMaker, speaker_name


def test_a_cue_window_reaches_past_a_bounded_number_of_other_cues() -> None:
    cues = [FoundCue(start, start + 1, 1.0) for start in range(0, 400, 4)]
    low, high = _among_cues(cues, 50, 1000)
    assert (low, high) == (cues[50 - MAX_CUES_REACHED].start, cues[50 + MAX_CUES_REACHED].end)
    assert _among_cues(cues, 2, 1000)[0] == 0 and _among_cues(cues, 98, 1000)[1] == 1000


def _readings(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    """Each candidate's cue, content and source as text."""
    return [
        (
            " ".join(text[s:e] for s, e in c.cue),
            " ".join(text[s:e] for s, e in c.content),
            " ".join(text[s:e] for s, e in c.source),
        )
        for c in find_candidates(nlp(text))
    ]


def test_a_coordinated_saying_with_an_object_is_a_statement_of_its_own(nlp: Language) -> None:
    text = "Mayor Lin Okafor criticized the contractor and defended the delay as necessary."
    assert _readings(nlp, text) == [
        ("criticized", "the contractor", "Mayor Lin Okafor"),
        ("defended", "the delay as necessary", "Mayor Lin Okafor"),
    ]
    # hung by the parser on the reported clause's verb, in the cue's form and not that verb's
    text = "Mayor Lin Okafor said the bridge would reopen in May and praised the crews for their work."
    assert _readings(nlp, text) == [
        ("said", "the bridge would reopen in May", "Mayor Lin Okafor"),
        ("praised", "the crews for their work", "Mayor Lin Okafor"),
    ]


def test_a_coordinated_verb_with_an_auxiliary_of_its_own_goes_on_with_the_statement(nlp: Language) -> None:
    text = "Mayor Lin Okafor said she hoped to keep her seat and would defend her record."
    assert _readings(nlp, text) == [
        ("said", "she hoped to keep her seat and would defend her record", "Mayor Lin Okafor"),
    ]


def test_without_the_rule_a_coordinated_saying_stays_in_the_first_statement(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_cuts, "COORDINATED_OBJECT_SAYINGS", False)
    text = "Mayor Lin Okafor criticized the contractor and defended the delay as necessary."
    assert _readings(nlp, text) == [
        ("criticized", "the contractor and defended the delay as necessary", "Mayor Lin Okafor"),
    ]


def test_a_participle_of_saying_after_a_comma_is_a_statement_of_its_own(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Councillor Ada Brennan said she plans to visit the depot after Christmas, insisting that officials are too "
        "worried about the budget."
    )
    assert _readings(nlp, text) == [
        ("said", "she plans to visit the depot after Christmas", "Councillor Ada Brennan"),
        ("insisting", "that officials are too worried about the budget", "Councillor Ada Brennan"),
    ]
    monkeypatch.setattr(assemble, "PARTICIPLE_SAYINGS_CUT", False)
    [(_, content, _)] = _readings(nlp, text)
    assert content.endswith("insisting that officials are too worried about the budget")


def test_a_participle_that_says_nothing_stays_in_the_statement(nlp: Language) -> None:
    text = "Councillor Ada Brennan said the bridge would reopen in May, ending months of detours."
    [(_, content, _)] = _readings(nlp, text)
    assert content.endswith("ending months of detours")


def test_a_second_saying_shares_the_first_cue_s_source(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "The council leader says rival Tom Baker accepted money from developers, insisting that the gifts broke the "
        "rules."
    )
    second = ("insisting", "that the gifts broke the rules", "The council leader")
    assert _readings(nlp, text)[1] == second
    monkeypatch.setattr(assemble, "SECOND_SAYINGS_SHARE_SOURCES", False)
    assert _readings(nlp, text)[1] != second


def test_an_article_quoting_in_single_marks_gives_direct_quotes_with_their_speakers(article: ArticleMaker) -> None:
    """The British house style (``quotes.single_quote_style``): the single-quoted spans are quotes, so a quote beside
    its cue is direct, with its marks' words as its content, and its speaker is the cue's subject."""
    text = (
        "Conductor quits Vienna orchestra\n\n"
        "The conductor Rihards Zarins has resigned as principal conductor of the city orchestra, ending a four-year "
        "partnership, after a season-long row with its board and the players’ council.\n\n"
        "‘An orchestra is not a ticket office. I have been asked instead to sell it,’ Zarins wrote.\n\n"
        "‘We are sorry that it ends this way,’ said the chair, Brigitte Hollerer.\n"
    )
    art = article(text)
    _, found = art.resolve(find_candidates(art.doc))
    statements = {a.content.text: (a.kind, speaker_name(a)) for a in found if a.content is not None}
    assert statements["An orchestra is not a ticket office. I have been asked instead to sell it,"] == (
        "direct",
        "Rihards Zarins",
    )
    assert statements["We are sorry that it ends this way,"] == ("direct", "Brigitte Hollerer")


@pytest.mark.parametrize(
    ("flag", "content"),
    [
        (True, "Instead her boss told her to wait until the spring"),
        (False, "her boss told her to wait until the spring"),
    ],
)
def test_a_cue_set_off_in_mid_sentence_gives_the_content_the_fronted_part(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, flag: bool, content: str
) -> None:
    """ "Instead, she said, her boss told her ...": the words before a cue and source set off by commas are the
    speaker's sentence begun, a fragment of the content (``FRONTED_PARTS``, ``content_cuts.with_fronted_part``)."""
    monkeypatch.setattr(assemble, "FRONTED_PARTS", flag)
    text = "Instead, she said, her boss told her to wait until the spring."
    assert _readings(nlp, text) == [("said", content, "she")]

"""A statement's pronoun source ("he added") goes to the right named person: the last speaker over a
person the narrative or a statement only talks about."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.resolve.speakers import pronouns
from quotegraph.nlp.resolve.speakers.mentions import find_mentions

from ..conftest import ArticleMaker, entity_named, speaker_name

pytestmark = pytest.mark.slow


def test_a_person_named_inside_the_statement_is_not_its_pronoun_source(article: ArticleMaker) -> None:
    art = article("Mr. Gidley said the voters were angry. Mr. Trump fits that bill for many people, he added.")
    _, (first, second) = art.resolve(
        [
            art.candidate("the voters were angry", "said", "Mr. Gidley"),
            art.candidate("Mr. Trump fits that bill for many people", "added", "he", after="he added"),
        ]
    )
    assert speaker_name(first) == "Gidley"
    assert speaker_name(second) == "Gidley"


def test_the_last_speaker_outranks_a_subject_of_the_narrative(article: ArticleMaker) -> None:
    art = article(
        "Richard Viguerie spoke to reporters on Monday. The party is split, Viguerie says. "
        "Ted Cruz can win. “We will see,” he adds."
    )
    _, (_, added) = art.resolve(
        [
            art.candidate("The party is split", "says", "Viguerie", after="split"),
            art.candidate("We will see", "adds", "he", after="he adds", kind="direct"),
        ]
    )
    assert speaker_name(added) == "Richard Viguerie"


def test_the_reporter_not_the_person_reported_on_says_the_next_thing(article: ArticleMaker) -> None:
    art = article(
        "Donald Trump attacked the court on Monday. Trump called the judge a faker, and Trump's aides "
        "repeated it. Senator Mitch McConnell said it was wrong for the judge to criticize Donald Trump. "
        "He said judges should stay out of elections."
    )
    _, (_, second) = art.resolve(
        [
            art.candidate("it was wrong for the judge to criticize Donald Trump", "said", "Senator Mitch McConnell"),
            art.candidate("judges should stay out of elections", "said", "He", after="He said"),
        ]
    )
    assert speaker_name(second) == "Mitch McConnell"


def test_a_relative_described_by_a_pronoun_is_not_the_possessor(article: ArticleMaker) -> None:
    # "my husband" linked to the speaker would make her a man, and her own "she said" would lose her
    art = article(
        "Sandy Phillips called the campaign on Monday. “The first thing he said to my husband was rude,” she said."
    )
    _, (attribution,) = art.resolve(
        [art.candidate("The first thing he said to my husband was rude", "said", "she", after="she said")]
    )
    assert speaker_name(attribution) == "Sandy Phillips"


def test_a_verbless_content_does_not_hide_the_name_it_covers(article: ArticleMaker) -> None:
    # the finding stage sometimes takes a lone name for the content ("Humphrey" said ...): that name
    # is still the narrative's subject, and the next "he said" is his
    art = article(
        "Jonathan Barnett spoke first. Gordon Humphrey, for example, said the plan was good. "
        "“We will stop him,” he said."
    )
    _, attributions = art.resolve(
        [
            art.candidate("Gordon Humphrey", "said"),
            art.candidate("We will stop him", "said", "he", after="he said", kind="direct"),
        ]
    )
    assert speaker_name(attributions[-1]) == "Gordon Humphrey"


def _names_after_untagging(nlp: Language, text: str, keep: str) -> list[str]:
    """The name mentions of ``text`` when the tagger found only ``keep`` (the case of a missed surname)."""
    doc = nlp(text)
    start = text.index(keep)
    kept = doc.char_span(start, start + len(keep), label="PERSON")
    assert kept is not None
    doc.ents = [kept]
    return [m.text for m in find_mentions(doc, text) if m.kind == "name"]


def test_a_lone_surname_the_tagger_missed_is_the_person_again(nlp: Language) -> None:
    text = "Randy Evans spoke on Monday. Later, Evans recalled the summit, and Mr. Evans left."
    assert _names_after_untagging(nlp, text, "Randy Evans") == ["Randy Evans", "Evans", "Evans"]


def test_a_surname_inside_another_name_is_not_the_person(nlp: Language) -> None:
    names = _names_after_untagging(nlp, "Donald Trump spoke on Monday. Trump Tower was empty.", "Donald Trump")
    assert names == ["Donald Trump"]


def test_a_possessive_is_not_the_one_its_own_phrase_names(article: ArticleMaker) -> None:
    """ "Her editor at Harbourline Press, Simon Achterberg,": "Her" is somebody else than the editor."""
    art = article(
        "Nadia Okafor finished the book in March. Her editor at Harbourline Press, Simon Achterberg, says the "
        "delay never worried him."
    )
    entities, _ = art.resolve(
        [art.candidate("the delay never worried him", "says", "Her editor at Harbourline Press, Simon Achterberg")]
    )
    assert [m.text for m in entity_named(entities, "Simon Achterberg").mentions if m.text.istitle()] == [
        "Simon Achterberg"
    ]
    assert [m.text for m in entity_named(entities, "Nadia Okafor").mentions] == ["Nadia Okafor", "Her"]


# (content, cue, source, first at or after) of each statement; the last one's speaker is checked
Statements = list[tuple[str, str, str, str | None]]


@pytest.mark.parametrize(
    ("text", "statements", "speaker"),
    [
        # a forename no list holds ("Jade") takes a gender from the narrative's "she" and "her" said of her, so a
        # later "he" is not hers even when she is the more salient
        ("Jade Lorimer said that she had not spoken to her former partner since June. Reid, 30, responded hours "
         "later. In a post on his Patreon page, he wrote that the pair had agreed to keep things private.",
         [("that she had not spoken to her former partner since June", "said", "Jade Lorimer", None),
          ("that the pair had agreed to keep things private", "wrote", "he", "he wrote")], "Reid"),
        # inside a paragraph, its own subject outweighs the last paragraph's speaker
        ("Inés Carrow opened the restaurant in 2016.\n\nThe critic Helen Ashby wrote that the cooking was bold. "
         "Reached by email, Ashby said she still stood by the review.\n\nAfter the last table leaves, Carrow sits "
         "on a crate behind the kitchen. She says she wants to open a second restaurant.",
         [("that the cooking was bold", "wrote", "The critic Helen Ashby", None),
          ("she still stood by the review", "said", "Ashby", "Ashby said"),
          ("she wants to open a second restaurant", "says", "She", "She says")], "Inés Carrow"),
        # a name in apposition to a speaker noun that is no mention of its own is the one who speaks
        ("Eli Keel drove the second truck. Eli Keel said he had kept his eyes on the road. At the shelter, a Red "
         "Cross volunteer, Sam Oduya, said the shelter had 180 cots. “Bring leashes,” he told arriving families.",
         [("he had kept his eyes on the road", "said", "Eli Keel", "Eli Keel said"),
          ("the shelter had 180 cots", "said", "a Red Cross volunteer, Sam Oduya", None),
          ("Bring leashes", "told", "he", "he told")], "Sam Oduya"),
        # so is a person's name the parser hangs on the place a speaker's description ends in
        ("The store's manager, Tony Aguirre, said he had sold him a ticket every Monday. \"Same numbers every "
         "week,\" he said by phone. A financial planner at the University of Nebraska at Kearney, Professor Martin "
         "Szabo, warned that sudden wealth often brought trouble. Most big winners, he said, were approached by "
         "long-lost relatives within days.",
         [("he had sold him a ticket every Monday", "said", "The store's manager, Tony Aguirre", None),
          ("Same numbers every week,", "said", "he", "he said by"),
          ("that sudden wealth often brought trouble", "warned",
           "A financial planner at the University of Nebraska at Kearney, Professor Martin Szabo", None),
          ("were approached by long-lost relatives within days", "said", "he", "he said,")], "Martin Szabo"),
    ],
)  # fmt: skip
def test_who_a_pronoun_source_is_among_several_people(
    article: ArticleMaker, text: str, statements: Statements, speaker: str
) -> None:
    art = article(text)
    _, found = art.resolve([art.candidate(c, cue, source, after=after) for c, cue, source, after in statements])
    assert speaker_name(found[-1]) == speaker


def test_the_owner_of_a_subject_weighs_as_a_subject(article: ArticleMaker) -> None:
    art = article(
        "Dr. Ruth Ansell wrote to the board that the complaints were serious. Ansell retired last year. Reached by "
        "phone on Friday, she said she had done what she could.\n"
        "Linda Barrow's husband, Tom, had surgery in August. “Nobody told us,” she said."
    )
    _, (*_, told) = art.resolve(
        [
            art.candidate("the complaints were serious", "wrote", "Dr. Ruth Ansell"),
            art.candidate("she had done what she could", "said", "she", after="Reached"),
            art.candidate("Nobody told us", "said", "she", after="Nobody", kind="direct"),
        ]
    )
    assert speaker_name(told) == "Linda Barrow"  # the husband is told of as hers: she is what the sentence is about


def test_a_named_storm_is_no_he_and_a_capitalised_office_is(article: ArticleMaker) -> None:
    art = article(
        "Residents line the street four weeks after Storm Edith\n\n"
        "The King spent three hours in the town on Thursday.\n\n"
        "In a short speech at the community centre, he said the town had shown courage."
    )
    _, (said,) = art.resolve([art.candidate("the town had shown courage", "said", "he", after="centre,")])
    assert speaker_name(said) == "The King"


def test_the_answer_after_a_fronted_question_is_not_the_askers(article: ArticleMaker) -> None:
    art = article(
        "The minister opened the bridge on Monday. Asked by a reporter whether the road would be finished this "
        "year, Mr. Harlow laughed. “Come back in the spring,” he said."
    )
    _, (question, answer) = art.resolve(
        [
            art.candidate("whether the road would be finished this year", "Asked", "a reporter"),
            art.candidate("Come back in the spring", "said", "he", after="he said", kind="direct"),
        ]
    )
    assert speaker_name(question) == "a reporter"  # the question itself stays the asker's
    assert speaker_name(answer) == "Harlow"


def test_the_pronoun_answering_a_fronted_question_is_not_the_asker(article: ArticleMaker) -> None:
    art = article(
        "Council chair Mira Lund spoke on the radio on Friday. Asked by the programme's host whether the "
        "council would pay for shelters, she said: “We would rather buy tents.”"
    )
    _, (_, answer) = art.resolve(
        [
            art.candidate("whether the council would pay for shelters", "Asked", "the programme's host"),
            art.candidate("We would rather buy tents.", "said", "she", after="she said", kind="direct"),
        ]
    )
    assert speaker_name(answer) == "Mira Lund"


def test_an_asker_who_speaks_on_is_still_the_pronoun(article: ArticleMaker) -> None:
    art = article(
        "The mayor spoke to the press on Monday. A reporter, Tom Vale, asked whether the bridge was safe. "
        "He said the cracks could be seen from the road."
    )
    _, (question, said) = art.resolve(
        [
            art.candidate("whether the bridge was safe", "asked", "A reporter, Tom Vale,"),
            art.candidate("the cracks could be seen from the road", "said", "He", after="He said"),
        ]
    )
    assert speaker_name(question) == "Tom Vale"
    assert speaker_name(said) == "Tom Vale"


@pytest.mark.parametrize("cataphora", [True, False])
@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "after", "named", "before"),
    [
        pytest.param(  # the subject of a fronted clause
            "Steven Aftergood said no one had suggested that anything like that happened.\n\n"
            "Even as he accused the Justice Department of giving Clinton special treatment, Rudy Giuliani would not "
            "speculate about the director's motives.",
            "the Justice Department of giving Clinton",
            "accused",
            "he",
            None,
            "Rudy Giuliani",
            "Steven Aftergood",
            id="subject",
        ),
        pytest.param(  # the owner in a fronted phrase
            "Ted Cruz said the test showed a failed foreign policy. Maria Lopez said the region was calm.\n\n"
            "In her statement condemning the test, Hillary Clinton defended her record as secretary of state.",
            "the test",
            "statement",
            "her",
            "In",
            "Hillary Clinton",
            "Maria Lopez",
            id="owner",
        ),
    ],
)
def test_a_pronoun_in_a_fronted_clause_or_phrase_is_the_person_its_main_clause_names(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    cataphora: bool,
    text: str,
    content: str,
    cue: str,
    source: str,
    after: str | None,
    named: str,
    before: str,
) -> None:
    """FRONTED_CLAUSE_CATAPHORA: "Even as he accused ..., Giuliani wouldn't ...", "In her statement ..., Hillary
    Clinton defended ...": the person the main clause names, not the one the sentences before were about."""
    monkeypatch.setattr(pronouns, "FRONTED_CLAUSE_CATAPHORA", cataphora)
    art = article(text)
    _, (found,) = art.resolve([art.candidate(content, cue, source, after=after)])
    assert speaker_name(found) == (named if cataphora else before)


@pytest.mark.parametrize("on", [True, False])
def test_a_possessive_in_a_reported_clause_is_the_one_person_its_sentence_named_before(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """REPORTED_POSSESSIVES_BOUND: "Mrs. Clinton, with her service ..., ''is seen as ...,'' he said": the "her" of the
    narrator's paraphrase is Mrs. Cole, not the pollster who spoke last, who then stays free to be the "he". The harm
    shown is the gender the two "her"s tell the pollster, which CONTENT_POSSESSIVES_TELL_NO_GENDER (off here) would
    also withhold."""
    monkeypatch.setattr(pronouns, "REPORTED_POSSESSIVES_BOUND", on)
    monkeypatch.setattr(pronouns, "CONTENT_POSSESSIVES_TELL_NO_GENDER", False)
    art = article(
        "“The vote is close,” said Quill Bannerjee, a pollster who ran focus groups for the party.\n\n"
        "Mrs. Cole, with her record and her ties to the unions, “is seen as the likely winner,” he said."
    )
    reported = "Mrs. Cole, with her record and her ties to the unions, “is seen as the likely winner"
    _, (_, found) = art.resolve(
        [
            art.candidate("The vote is close", "said", "Quill Bannerjee"),
            art.candidate(reported, "said", "he", after="winner", kind="mixed"),
        ]
    )
    assert speaker_name(found) == ("Quill Bannerjee" if on else "he")


@pytest.mark.parametrize("on", [True, False])
def test_a_possessive_in_a_reported_clause_tells_its_entity_no_gender(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """CONTENT_POSSESSIVES_TELL_NO_GENDER: the trawler's two "her"s in what the skipper said are bound to him, the one
    person of their sentence; they must not rule him out of the next paragraph's "He said" (to the harbourmaster)."""
    monkeypatch.setattr(pronouns, "CONTENT_POSSESSIVES_TELL_NO_GENDER", on)
    art = article(
        "Harbourmaster Kit Varne met the boat at dawn.\n\n"
        "Skipper Rowan Tell said the crew had found the trawler drifting with her nets fouled and her rudder "
        "jammed.\n\n"
        "He said the tow had taken three hours."
    )
    found_first = "the crew had found the trawler drifting with her nets fouled and her rudder jammed"
    _, (_, found) = art.resolve(
        [
            art.candidate(found_first, "said", "Skipper Rowan Tell"),
            art.candidate("the tow had taken three hours", "said", "He"),
        ]
    )
    # "Skipper" is a role title, no part of his name (names.ROLE_TITLES_CUT); "Harbourmaster" no role the lexicon holds
    assert speaker_name(found) == ("Rowan Tell" if on else "Harbourmaster Kit Varne")


def test_a_possessive_in_a_reported_clause_with_a_pronoun_subject_of_its_gender_tells_it(
    article: ArticleMaker,
) -> None:
    """CONTENT_POSSESSIVES_TELL_NO_GENDER spares a clause whose pronoun subject has the possessives' gender: "she had
    taken her crew out" tells of the skipper as a woman, so the next paragraph's "He" is the harbourmaster."""
    art = article(
        "Harbourmaster Kit Varne met the boat at dawn.\n\n"
        "Skipper Rowan Tell said she had taken her crew out at midnight while her mate steered.\n\n"
        "He said the tow had taken three hours."
    )
    _, (_, found) = art.resolve(
        [
            art.candidate(
                "she had taken her crew out at midnight while her mate steered", "said", "Skipper Rowan Tell"
            ),
            art.candidate("the tow had taken three hours", "said", "He"),
        ]
    )
    assert speaker_name(found) == "Harbourmaster Kit Varne"


def test_relative_that_takes_the_noun_its_clause_hangs_on(article: ArticleMaker) -> None:
    art = article("The board met with groups that said the rules were unfair.")
    attribution = art.one("the rules were unfair", "said", "that")
    assert attribution.speaker is not None and attribution.speaker.name == "groups"


@pytest.mark.parametrize("opening", ["One", "A"])
def test_an_unnamed_source_opened_by_one_is_whom_she_stands_for(article: ArticleMaker, opening: str) -> None:
    text = f"{opening} nurse told the Herald that staff had a name for the list. “We called it the lottery,” she said."
    found = article(text).said(
        ("that staff had a name for the list", f"{opening} nurse"), ("We called it the lottery", "she")
    )
    assert found == [f"{opening} nurse", f"{opening} nurse"]

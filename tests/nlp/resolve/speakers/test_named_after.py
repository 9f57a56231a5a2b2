"""The name given after a person described before being named: a description that fits nobody named next stays
one."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.speakers import named_after

from ..conftest import ArticleMaker, speaker_name


@pytest.mark.parametrize(
    "after",
    [
        # somebody else: the one the described person is told of by a pronoun object
        "Oskar Lindqvist thanked him for coming.",
        # introduced by a role of his own
        "The moderator, Oskar Lindqvist, closed the session.",
        # not the main clause's subject
        "The harbour master said Oskar Lindqvist had warned of it.",
        # in the next paragraph, which may be about somebody else
        "\n\nOskar Lindqvist sailed out of Kiel for 30 years before he retired.",
    ],
)
def test_a_source_s_description_is_no_later_name_that_is_somebody_else(article: ArticleMaker, after: str) -> None:
    """named_after.UNINTRODUCED_SUBJECTS_NAME_DESCRIBED: a description that fits nobody named next stays a
    description."""
    text = (
        "Ruth Anand chaired the panel on Friday. The last speaker, a retired ferry captain, said the harbour wall "
        f"had been too low for years. {after}"
    )
    art = article(text)
    content = "the harbour wall had been too low for years"
    _, (said,) = art.resolve([art.candidate(content, "said", "The last speaker, a retired ferry captain,")])
    assert speaker_name(said) == "a retired ferry captain"


_SPOKE_BY_A_PRONOUN = (
    "Ruth Anand opened the new library on Friday. A woman who lives on Mill Lane was among the first through the "
    "doors. She said the old building had been damp for years.\n\nThe library cost two million pounds. {after}"
)


@pytest.mark.parametrize(
    ("after", "on", "speaker"),
    [
        # introduced next as a source with an indefinite apposition: the name kept back
        ("Kate Doyle, a nurse at the county hospital, said the children loved it.", True, "Kate Doyle"),
        # or a who-clause
        ("Kate Doyle, who has two children, said the children loved it.", True, "Kate Doyle"),
        ("Kate Doyle, a nurse at the county hospital, said the children loved it.", False, "A woman"),
        # a name given with nothing to say who it is is somebody the text means the reader to know
        ("Kate Doyle said the children loved it.", True, "A woman"),
        # another person named first: the described one is not the next one named
        (
            "Tom Hale met the mayor. Kate Doyle, a nurse at the county hospital, said the children loved it.",
            True,
            "A woman",
        ),
        # a name her pronoun does not fit
        ("Tom Doyle, a nurse at the county hospital, said the children loved it.", True, "A woman"),
        # a name after the words it introduces: a commentator called in
        ("“The children love it,” said Kate Doyle, a nurse at the county hospital.", True, "A woman"),
        # too far after her words
        (
            "It opens at nine. It shuts at six. Kate Doyle, a nurse at the county hospital, said the "
            "children loved it.",
            True,
            "A woman",
        ),
    ],
)
def test_a_described_person_who_spoke_is_the_next_source_introduced(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, after: str, on: bool, speaker: str
) -> None:
    """named_after.SPOKEN_THEN_INTRODUCED: "Cwmcerdin's head teacher, who ..., was not permitted ... she said ... ¶
    Gwenllian Pugh, who also teaches the school's reception class, said": the described one who spoke by a pronoun is
    the first person introduced next as a source, within two sentences of her words."""
    monkeypatch.setattr(named_after, "SPOKEN_THEN_INTRODUCED", on)
    art = article(_SPOKE_BY_A_PRONOUN.format(after=after))
    late = "The children love it" if "“" in after else "the children loved it"
    source = after.split("said ")[1].rstrip(".") if "“" in after else after.split(" said")[0].split(". ")[-1]
    candidates = [
        art.candidate("the old building had been damp for years", "said", "She"),
        art.candidate(late, "said", source),
    ]
    _, (said, _later) = art.resolve(candidates)
    assert speaker_name(said) == speaker


@pytest.mark.parametrize("on", [True, False])
def test_a_described_person_whose_clause_tells_her_words_is_the_name_introduced_after_them(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """named_after.SPOKEN_THEN_INTRODUCED: "a passage from the memoirs of a former East German spymaster who wrote
    about ... ¶ “...,” wrote Markus Wolf, who had headed ...": the description's own who-clause of saying is her
    words, and the name introduced after the next quote is hers though it does not open its sentence."""
    monkeypatch.setattr(named_after, "SPOKEN_THEN_INTRODUCED", on)
    art = article(
        "Ruth Anand opened the new library on Friday. Readers passed round a letter from a retired teacher who wrote "
        "about the damp in the old building.\n\n“The walls wept every winter,” wrote Kate Doyle, who taught at the "
        "school for 30 years."
    )
    candidates = [
        art.candidate("about the damp in the old building", "wrote", "who"),
        art.candidate("The walls wept every winter", "wrote", "Kate Doyle, who taught at the school for 30 years"),
    ]
    _, (said, _later) = art.resolve(candidates)
    assert speaker_name(said) == ("Kate Doyle" if on else "a retired teacher")


_NAMED_OUTRIGHT = (
    "A woman reached by phone on Tuesday said the crew had been leaving meals outside cabin doors. She had read "
    "two paperbacks since Sunday. {after}"
)


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("after", "named"),
    [
        # the text says outright who she is, after her words
        ("In a second call later Tuesday, she agreed to be identified as Carol Ruggiero, 61.", True),
        # a name after "as" on a verb that identifies nobody
        ("Later, she was described as Carol Ruggiero's neighbour.", False),
        # a name somebody else is identified as
        ("The captain was identified as Carol Ruggiero.", False),
    ],
)
def test_a_described_person_is_the_one_the_text_names_outright(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, after: str, named: bool, on: bool
) -> None:
    """named_after.NAMED_OUTRIGHT: "she agreed to be identified as Carol Ruggiero" names the woman who spoke before;
    another's naming or another verb does not."""
    monkeypatch.setattr(named_after, "NAMED_OUTRIGHT", on)
    art = article(_NAMED_OUTRIGHT.format(after=after))
    content = "the crew had been leaving meals outside cabin doors"
    _, (said,) = art.resolve([art.candidate(content, "said", "A woman reached by phone on Tuesday")])
    assert speaker_name(said) == ("Carol Ruggiero" if named and on else "A woman")


# six sentences between the description and the name: past the reach of a name given with its noun again
_FILLER = " ".join(f"The {n} gate stayed shut." for n in ("first", "second", "third", "fourth", "fifth", "sixth"))
_NAMED_FAR_ON = (
    "Fans were crushed at the ground on Saturday. A young paramedic on duty at the front told the Blast she had "
    "begged a supervisor to unlock the gate. {filler} {between}The chairman said the paramedic, Jess Hartigan, had "
    "pulled three fans over the barrier herself."
)


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("between", "named"),
    [
        # nobody else so described between: the steward told of
        ("", True),
        # another paramedic told of in the narrative between: "the paramedic" may be either
        ("A second paramedic opened the exit. ", False),
        # a paramedic in somebody's quoted words is no one the narrative tells of
        ("“I won't hide behind a paramedic,” the chairman said. ", True),
    ],
)
def test_a_described_person_is_named_far_on_in_apposition_with_the_same_noun(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, between: str, named: bool, on: bool
) -> None:
    """named_after.NAMED_IN_ROLE_ANY_DISTANCE: "a young paramedic ... told the Blast" is "the paramedic, Jess
    Hartigan," however many sentences on, unless another paramedic is told of between."""
    monkeypatch.setattr(named_after, "NAMED_IN_ROLE_ANY_DISTANCE", on)
    art = article(_NAMED_FAR_ON.format(filler=_FILLER, between=between))
    content = "she had begged a supervisor to unlock the gate"
    _, (said,) = art.resolve([art.candidate(content, "told", "A young paramedic on duty at the front")])
    assert speaker_name(said) == ("Jess Hartigan" if named and on else "A young paramedic")


_NAMED_NEXT = (
    "Commuters waited for hours at the bridge on Wednesday. “I left the house at 4:30 and I'm still sitting here,” "
    "said a woman in green hospital scrubs who works nights at the hospital. {between}\n\n{noun}, {name}, said her "
    "supervisor had moved her to day shifts."
)


@pytest.mark.parametrize(
    ("between", "noun", "name", "named"),
    [
        # the next sentences name her for the first time under another bare noun after "the"
        ("“I've got a shift in front of me.”", "The nurse", "Loretta Banning", True),
        # another person told of in the narrative between: the noun may point back to either
        ("Her husband waited in the car.", "The nurse", "Loretta Banning", False),
        # a post is made definite by the body the story is about: a newcomer
        ("“I've got a shift in front of me.”", "The mayor", "Loretta Banning", False),
        # a noun with a word to say whose is another's post or part
        ("“I've got a shift in front of me.”", "The hospital's manager", "Loretta Banning", False),
        # a name the description's sex rules out
        ("“I've got a shift in front of me.”", "The nurse", "Thomas Banning", False),
    ],
)
@pytest.mark.parametrize("on", [True, False])
def test_a_source_described_is_named_next_under_another_bare_noun(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, between: str, noun: str, name: str, named: bool, on: bool
) -> None:
    """named_after.NAMED_NEXT_UNDER_ANOTHER_NOUN: '"...," said a woman in green hospital scrubs ... ¶ The nurse,
    Loretta Banning, said' names the woman, unless another person is told of between, the noun is a post or owned,
    or the name is a man's."""
    monkeypatch.setattr(named_after, "NAMED_NEXT_UNDER_ANOTHER_NOUN", on)
    art = article(_NAMED_NEXT.format(between=between, noun=noun, name=name))
    source = "a woman in green hospital scrubs who works nights at the hospital"
    _, (said,) = art.resolve(
        [art.candidate("I left the house at 4:30 and I'm still sitting here", "said", source, kind="direct")]
    )
    assert speaker_name(said) == (name if named and on else "a woman")


_DRIVER = (
    "The train's driver told investigators that he saw a green light. A union which represents the driver said he "
    "had done nothing wrong. "
)


@pytest.mark.parametrize(
    ("named", "driver"),
    [
        ("Harlan Rail, which owns the line,", "The train's driver"),  # a body the tagger took for a person
        ("Gordon Bell, who has driven the line for years,", "Gordon Bell"),  # a person the description meant
    ],
)
def test_a_name_given_a_which_clause_is_not_the_person_described_before(
    article: ArticleMaker, named: str, driver: str
) -> None:
    art = article(_DRIVER + f"{named} said it had checked every signal.")
    candidates = [
        art.candidate("he saw a green light", "told", "The train's driver"),
        art.candidate("it had checked every signal", "said", named),
    ]
    assert speaker_name(art.resolve(candidates)[1][0]) == driver

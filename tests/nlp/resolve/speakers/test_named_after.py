"""The name given after a person described before being named: a description that fits nobody named next stays
one."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.speakers import named_after
from quotegraph.nlp.resolving import _analyse, _statement_parts

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


def _lede_then(article: ArticleMaker, next_source: str) -> list[str | None]:
    """The speakers of a lede's described chief executive and of the next paragraph's quote."""
    text = (
        "Corvane Airlines reported a profit on Thursday, but its chief executive warned that fares would fall.\n\n"
        f"“We will not chase the market,” {next_source} told reporters."
    )
    found = article(text)
    candidates = [
        found.candidate("fares would fall", "warned", "its chief executive"),
        found.candidate("We will not chase the market", "told", next_source, kind="direct"),
    ]
    return [speaker_name(a) for a in found.resolve(candidates)[1]]


@pytest.mark.slow
def test_a_described_person_is_the_one_named_next_as_a_source_with_no_introduction(
    article: ArticleMaker,
) -> None:
    """A news lede's delayed name: the next paragraph's source named with nothing to say who he is."""
    assert _lede_then(article, "Lars Engström") == ["Lars Engström", "Lars Engström"]


@pytest.mark.slow
def test_a_described_person_is_not_a_newcomer_introduced_next(article: ArticleMaker) -> None:
    """ "Kari Holm, an analyst at Nordbank Markets," is introduced: somebody new, not the chief executive."""
    found = _lede_then(article, "Kari Holm, an analyst at Nordbank Markets,")
    assert found == ["its chief executive", "Kari Holm"]


@pytest.mark.slow
def test_a_described_person_is_the_one_named_next_after_a_later_description(article: ArticleMaker) -> None:
    """A headline's or standfirst's description far before the name, the lede's again just before it."""
    text = (
        "Corvane Airlines said on Monday that its chief executive would speak this week. Markets rose. Traders "
        "waited.\n\nThe chief executive of Corvane Airlines warned on Thursday that fares would fall.\n\n"
        "“We will not chase the market,” Lars Engström told reporters."
    )
    found = article(text)
    candidates = [
        found.candidate("fares would fall", "warned", "The chief executive of Corvane Airlines"),
        found.candidate("We will not chase the market", "told", "Lars Engström", kind="direct"),
    ]
    assert [speaker_name(a) for a in found.resolve(candidates)[1]] == ["Lars Engström", "Lars Engström"]


def _superintendent_then(article: ArticleMaker, named: str) -> str | None:
    """The speaker of a lede's "the county's superintendent said", named in the next sentence as ``named``."""
    text = (
        "Every school in Greyfield County was closed on Wednesday, and the county's superintendent said classes may "
        f"not resume until Friday. {named} announced the closure in a phone message."
    )
    found = article(text).one("classes may not resume until Friday", "said", "the county's superintendent")
    return speaker_name(found)


@pytest.mark.slow
def test_a_described_person_is_the_one_named_next_with_the_noun_as_a_title(article: ArticleMaker) -> None:
    assert _superintendent_then(article, "Superintendent Walter Brandt") == "Walter Brandt"


@pytest.mark.slow
def test_a_person_named_next_with_another_title_is_not_the_described_one(article: ArticleMaker) -> None:
    assert _superintendent_then(article, "Mayor Walter Brandt") == "the county's superintendent"


@pytest.mark.slow
def test_an_unnamed_source_s_noun_named_in_the_next_sentence_is_that_person(article: ArticleMaker) -> None:
    text = (
        "The Harlow Kings have opened talks with two teams, the guard's agent said on Monday. "
        "The agent, Benny Sato, told ESPN that his client wanted to leave."
    )
    found = article(text).one("The Harlow Kings have opened talks", "said", "the guard's agent")
    assert speaker_name(found) == "Benny Sato"


@pytest.mark.slow
def test_an_unnamed_source_is_not_the_person_named_next_in_another_noun(article: ArticleMaker) -> None:
    text = (
        "The Harlow Kings have opened talks with two teams, a league source said on Monday. "
        "The agent, Benny Sato, told ESPN that his client wanted to leave."
    )
    found = article(text).one("The Harlow Kings have opened talks", "said", "a league source")
    assert speaker_name(found) == "a league source"


_RETRACTED = (
    "A sleep study is withdrawn; its lead author says the finding still stands. "
    "The journal retracted the study on Tuesday. Its editors wrote that they had lost confidence in the data. "
    "An investigation found duplicated images. The {noun}, Dr. Oren Falk, said he accepted the decision."
)


@pytest.mark.slow
def test_a_description_named_paragraphs_on_in_the_same_noun_is_that_person(article: ArticleMaker) -> None:
    found = article(_RETRACTED.format(noun="lead author")).one("the finding still stands", "says", "its lead author")
    assert speaker_name(found) == "Oren Falk"


@pytest.mark.slow
def test_a_description_is_not_the_person_named_paragraphs_on_in_another_noun(article: ArticleMaker) -> None:
    found = article(_RETRACTED.format(noun="co-author")).one("the finding still stands", "says", "its lead author")
    assert speaker_name(found) == "its lead author"


@pytest.mark.slow
def test_a_driver_described_first_is_the_one_named_next_with_an_age(article: ArticleMaker) -> None:
    text = (
        "Union leader Rosa Pell spoke first. The motion was moved by a bus driver from Ballarat who told the meeting "
        'she had been warned for being late. "I was late the day my mother died," said the woman. Delia Marsh, 52, '
        "has driven the same route for 20 years."
    )
    found = article(text).one("she had been warned for being late", "told", "a bus driver from Ballarat")
    assert speaker_name(found) == "Delia Marsh"


_NAMED_AFTER_HER_WORDS = (
    "Patients have turned to social media to vent. One Dauphin mother wrote in a Facebook post on Tuesday evening "
    "that her son's scan had been cancelled by a phone call.\n\n{quote} wrote {name}, whose post had been "
    "shared 2,000 times."
)


@pytest.mark.parametrize(
    ("quote", "name", "named"),
    [
        # three sentences on by count, one in the narrative: her own quoted words between are not counted
        ("“Four months we waited. Four. And nobody can tell me when,”", "the woman, Tanya Sawchuk", True),
        # a man's noun: her description's sex rules him out
        ("“Four months we waited. Four. And nobody can tell me when,”", "the man, Tom Sawchuk", False),
        # a sentence of the narrative between, past the reach
        (
            "Her neighbours read it. The clinic had closed at noon. Staff went home early. “Nobody can tell me when,”",
            "the woman, Tanya Sawchuk",
            False,
        ),
    ],
)
@pytest.mark.parametrize("on", [True, False])
def test_a_source_described_is_named_under_another_noun_after_her_own_quoted_words(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, quote: str, name: str, named: bool, on: bool
) -> None:
    """named_after.QUOTED_SENTENCES_NOT_COUNTED: "One Dauphin mother wrote ... ¶ "Four months we waited. Four. And
    ...," wrote the woman, Tanya Sawchuk," names the mother: the quoted sentences between are her words."""
    monkeypatch.setattr(named_after, "QUOTED_SENTENCES_NOT_COUNTED", on)
    art = article(_NAMED_AFTER_HER_WORDS.format(quote=quote, name=name))
    content = "her son's scan had been cancelled by a phone call"
    _, (said,) = art.resolve([art.candidate(content, "wrote", "One Dauphin mother")])
    assert speaker_name(said) == (name.split(", ")[1] if named and on else "One Dauphin mother")


_INTRODUCED_AFTER_A_QUOTATION = (
    "The queue at the tanker stretched past the taxi rank. A retired nurse near the front said she had not had a drop "
    "from her taps since Sunday.\n\n{after}"
)


@pytest.mark.parametrize(
    ("after", "named"),
    [
        # the name's sentence closes the quotation: its sentences before count as none
        (
            "“I am 68 years old. I am carrying water like my grandmother did,” said Nokuthula Zulu, who has lived in "
            "Sobantu for four decades.",
            True,
        ),
        # the quotation ends before a fresh sentence of the narrative: its sentences count
        (
            "“I am 68 years old. I am carrying water like my grandmother did.” Nokuthula Zulu, who has lived in "
            "Sobantu for four decades, said the tanker came late.",
            False,
        ),
    ],
)
@pytest.mark.parametrize("on", [True, False])
def test_a_source_described_is_the_one_introduced_by_the_attribution_closing_a_quotation(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, after: str, named: bool, on: bool
) -> None:
    """named_after.QUOTED_SENTENCES_NOT_COUNTED with CLAUSE_INTRODUCES_DESCRIBED: '"I am 68 years old. I am carrying
    water ...," said Nokuthula Zulu, who ...' is the retired nurse described just before the quotation."""
    monkeypatch.setattr(named_after, "QUOTED_SENTENCES_NOT_COUNTED", on)
    art = article(_INTRODUCED_AFTER_A_QUOTATION.format(after=after))
    content = "she had not had a drop from her taps since Sunday"
    _, (said,) = art.resolve([art.candidate(content, "said", "A retired nurse near the front")])
    assert speaker_name(said) == ("Nokuthula Zulu" if named and on else "A retired nurse")


def test_a_naming_outright_is_found_in_a_mention_added_after_an_earlier_ask(article: ArticleMaker) -> None:
    """The identified people of a cluster are read on from the mentions read at the last ask (not read again for each
    statement, quadratic on thousands of pronouns of one person): a mention added since is read too."""
    art = article(_NAMED_OUTRIGHT.format(after="Later that day she agreed to be identified as Carol Ruggiero."))
    content = "the crew had been leaving meals outside cabin doors"
    candidates = [art.candidate(content, "said", "A woman reached by phone on Tuesday")]
    _, coref = _analyse(art.doc, art.text, _statement_parts(art.doc, candidates))
    woman = next(c for c in coref.clusters.clusters if c.name == "A woman")
    identified = next(i for i, m in enumerate(woman.mentions) if art.doc[m.start].idx > art.text.index("Later"))
    told = woman.mentions.pop(identified)  # as if that pronoun were linked to her only later
    assert woman.mentions and coref.named_after(woman) is None
    woman.mentions.append(told)
    named = coref.named_after(woman)
    assert named is not None and named.name == "Carol Ruggiero"

"""Speakers read again in text order once every statement's is known: a headline's unnamed speaker restated by the
lede, a lede's description named in the next paragraph (``LEDE_NAMES_PAST_OTHER_TITLES``, ``LEDE_NOUNS_LACKED``)."""

from __future__ import annotations

import pytest

from quotegraph.nlp import resolving_reread

from .conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Whistleblower says depots faked forklift inspections", "Priya Raman"),
        ("Whistleblower says depots hid injuries", "Whistleblower"),  # the lede restates nothing of it
        # a headline's noun with the modifiers that tell who, no article: as bare, it names no one
        ("Warehouse safety manager says depots faked forklift inspections", "Priya Raman"),
    ],
)
def test_a_headline_s_role_the_body_never_uses_is_the_speaker_of_the_lede_it_restates(
    article: ArticleMaker, headline: str, speaker: str
) -> None:
    lede = "Priya Raman, a former manager, told regulators that the depots routinely signed off forklift inspections."
    art = article(f"{headline}\n\n{lede}")
    role, said = headline.split(" says ")
    _, found = art.resolve(
        [
            art.candidate(said, "says", role),
            art.candidate("the depots routinely signed off forklift inspections", "told", "Priya Raman"),
        ]
    )
    assert speaker_name(found[0]) == speaker


@pytest.mark.parametrize(
    ("described", "after_lede", "speaker"),
    [
        ("a senior official", "The board met at nine.", "Margit Halvorsen"),
        # a person the text named before the next paragraph is not the one the lede introduced without a name
        ("a senior official", "Halvorsen chaired it.", "a senior official"),
        # a body is no person the next paragraph names ("A federal appeals court on Thursday upheld ...")
        ("a federal appeals court", "The board met at nine.", "a federal appeals court"),
    ],
)
def test_a_lede_s_indefinite_speaker_is_the_person_the_next_paragraph_first_names(
    article: ArticleMaker, described: str, after_lede: str, speaker: str
) -> None:
    lede = f"The truce was holding by a thread, {described} told the board this morning. {after_lede}"
    source = "Margit Halvorsen, the deputy director,"
    art = article(f"{lede}\n\nBriefing the board, {source} said that 214 violations were recorded.")
    _, found = art.resolve(
        [
            art.candidate("The truce was holding by a thread", "told", described),
            art.candidate("that 214 violations were recorded", "said", source),
        ]
    )
    assert speaker_name(found[0]) == speaker


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("second", "third", "named", "unflagged"),
    [
        # the next paragraph's speaker holds another office: the one after names the barrister
        (
            "Planning inspector Helen Probert",
            "Nicholas Greaves, representing the firm,",
            "Nicholas Greaves",
            "Helen Probert",
        ),
        # no statement of a newcomer after her: the lede keeps its description
        ("Planning inspector Helen Probert", "The inspector", "A barrister for the firm", "Helen Probert"),
        # titled with the lede's own noun: she is the barrister (named without the title: names.ROLE_TITLES_CUT)
        (
            "Barrister Helen Probert",
            "Nicholas Greaves, representing the firm,",
            "Helen Probert",
            "Helen Probert",
        ),
    ],
)
def test_a_lede_s_description_is_not_the_next_paragraph_s_holder_of_another_office(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    second: str,
    third: str,
    named: str,
    unflagged: str,
) -> None:
    """LEDE_NAMES_PAST_OTHER_TITLES: "A barrister for the company told a public inquiry ... ¶ Opening the inquiry,
    planning inspector Helen Probert said ... ¶ Nicholas Greaves KC, representing developer ..., said"."""
    monkeypatch.setattr(resolving_reread, "LEDE_NAMES_PAST_OTHER_TITLES", on)
    lede = "A barrister for the firm told the inquiry on Tuesday that the turbines were needed."
    art = article(
        f"{lede}\n\n{second} said she would walk the site.\n\n{third} said the ridge was the windiest in the county."
    )
    _, found = art.resolve(
        [
            art.candidate("that the turbines were needed", "told", "A barrister for the firm"),
            art.candidate("she would walk the site", "said", second, after="needed."),
            art.candidate("the ridge was the windiest in the county", "said", third, after="the site."),
        ]
    )
    assert speaker_name(found[0]) == (named if on else unflagged)


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("introduced", "aged"), [("Tom Reilly, 66, who has kept bees for 40 years,", True), ("Tom Reilly", False)]
)
def test_a_lede_s_noun_the_lexicons_lack_is_the_next_paragraph_s_speaker_given_an_age(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, introduced: str, aged: bool
) -> None:
    """LEDE_NOUNS_LACKED: "A beekeeper in north Cavan says ... ¶ Tom Reilly, 66, who ..., said": a noun no lexicon
    keeps is a person's only when the next paragraph introduces its speaker with an age."""
    monkeypatch.setattr(resolving_reread, "LEDE_NOUNS_LACKED", on)
    lede = "A beekeeper in north Cavan says crop spraying killed half of the bees last week."
    art = article(f"{lede}\n\n{introduced} said the hives were silent on Friday.")
    _, found = art.resolve(
        [
            art.candidate("crop spraying killed half of the bees", "says", "A beekeeper in north Cavan"),
            art.candidate("the hives were silent on Friday", "said", introduced),
        ]
    )
    assert (speaker_name(found[0]) == "Tom Reilly") == (on and aged)


@pytest.mark.parametrize(
    ("named", "described", "speaker"),
    [
        # a name the tagger gives no type, then the body's noun a paragraph on
        ("Kelderbrook Water and Drainage", "the utility", "Kelderbrook Water and Drainage"),
        # "this" points at what the text just said, not at a body named
        ("Kelderbrook Water and Drainage", "this utility", "this utility"),
        # a description whose own words name whose it is
        ("Kelderbrook Water and Drainage", "the Halden utility", "the Halden utility"),
    ],
)
@pytest.mark.parametrize("on", [True, False])
def test_a_body_s_noun_after_a_name_of_no_type_that_spoke_is_that_body(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, named: str, described: str, speaker: str
) -> None:
    """BODIES_DESCRIBED_AFTER: "Kelderbrook Water and Drainage said in a notice ... ¶ “...,” the utility said": the
    body's noun is the body that spoke just before, though the tagger typed its name as nothing."""
    monkeypatch.setattr(resolving_reread, "BODIES_DESCRIBED_AFTER", on)
    art = article(
        f"{named} said in a notice on Monday that the main had been patched.\n\n"
        f"“We are sorry for the disruption,” {described} said."
    )
    _, found = art.resolve(
        [
            art.candidate("the main had been patched", "said", named),
            art.candidate("We are sorry for the disruption", "said", described, after="disruption", kind="direct"),
        ]
    )
    assert speaker_name(found[0]) == named
    assert speaker_name(found[1]) == (speaker if on else described)


# what is named between a body's statement and "The dredger added", and whom the dredger is then: a place is passed
# over; a person named as a subject is nearer, for a noun the lexicon lacks
_NAMED_BETWEEN = (
    ("It brought in a pump from Lowestoft.", "Kelderbrook Water and Drainage"),
    ("Owen Tarrant runs the site for the county.", "The dredger"),
)


@pytest.mark.parametrize(("between", "speaker"), _NAMED_BETWEEN)
def test_a_noun_the_lexicons_lack_goes_past_a_place_to_the_body_that_spoke_not_past_a_person(
    article: ArticleMaker, between: str, speaker: str
) -> None:
    """BODIES_DESCRIBED_AFTER with a noun no lexicon keeps ("The dredger"): the nearest named entity that may be meant
    wins, a place never, a person named as a subject always."""
    art = article(
        "Kelderbrook Water and Drainage said on Tuesday that the main was clear again. "
        f"{between}\n\nThe dredger added that the work would end on Friday."
    )
    _, found = art.resolve(
        [
            art.candidate("the main was clear again", "said", "Kelderbrook Water and Drainage"),
            art.candidate("the work would end on Friday", "added", "The dredger"),
        ]
    )
    assert speaker_name(found[1]) == speaker


@pytest.mark.parametrize(
    ("noun", "described"),
    [
        ("geophysicist", True),  # the agent suffix of a person's noun the lexicon lacks
        ("checklist", False),  # "-ist" of a list: no person
    ],
)
@pytest.mark.parametrize("on", [True, False])
def test_a_noun_of_a_person_s_form_is_the_person_named_before_it_past_the_bodies_named_since(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, noun: str, described: bool
) -> None:
    """PERSONS_DESCRIBED_BY_FORM: "Mirela Kostadinova's work ... Speaking to the Herald from the Varna Seismic
    Institute, the geophysicist said": the nearest person named as an owner, past the outlet and the institute."""
    monkeypatch.setattr(resolving_reread, "PERSONS_DESCRIBED_BY_FORM", on)
    art = article(
        "Mirela Kostadinova's work at the observatory is to track the ash. Speaking to the Herald from the Varna "
        f"Seismic Institute on Monday, the {noun} said the plume had thinned."
    )
    found = art.one("the plume had thinned", "said", f"the {noun}")
    assert speaker_name(found) == ("Mirela Kostadinova" if on and described else f"the {noun}")

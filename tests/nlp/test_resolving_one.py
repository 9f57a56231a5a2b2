"""One candidate resolved: a nested report's speaker and occasion (what another told the teller, what another had
said before, and the teller's own news that stays the teller's), and a quote left undated by the sentence that
introduces its speaker by age (``INTRODUCTIONS_UNDATED``)."""

from __future__ import annotations

import pytest

from quotegraph.nlp import resolving_one

from .conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow


def test_a_nested_report_s_own_time_is_the_statement_s(article: ArticleMaker) -> None:
    """The outer content holds the inner speaker's whole telling: what stands between the inner verb and the clause it
    reports is the inner statement's occasion, not words said."""
    text = (
        "Police released a statement. According to the statement, Corey Vance told officers after his arrest that he "
        "had “panicked when he saw the lights.”"
    )
    content = text[text.index("Corey") :]
    attribution = article(text).one(content, "According to", "the statement")
    assert attribution.speaker is not None and attribution.speaker.name == "Corey Vance"
    assert attribution.addressee is not None and attribution.addressee.text == "officers"
    assert attribution.time is not None and attribution.time.text == "after his arrest"


TOLD_THE_TELLER = (
    "Rosa Delgado, who runs a garage in Tulsa, told the Courier that she lost a day's work. "
    "Delgado said a utility engineer told her by phone on Monday that the line would be repaired by Friday."
)


def test_what_another_told_the_teller_is_the_other_s_to_the_teller(article: ArticleMaker) -> None:
    """A person's report of what another told that very person: the other speaks, to the teller, through what the
    inner verb names; the teller's surname as the source does not take the words back as a namesake's."""
    art = article(TOLD_THE_TELLER)
    _, found = art.resolve(
        [
            art.candidate("that she lost a day's work", "told", "Rosa Delgado"),
            art.candidate(
                "a utility engineer told her by phone on Monday that the line would be repaired by Friday",
                "said",
                "Delgado",
                after="work.",
            ),
        ]
    )
    assert speaker_name(found[0]) == "Rosa Delgado"
    assert speaker_name(found[1]) == "a utility engineer"
    assert found[1].addressee is not None and found[1].addressee.text == "her"
    assert found[1].channel is not None and found[1].channel.text == "phone"


def test_a_telling_to_somebody_else_is_the_one_who_told_it(article: ArticleMaker) -> None:
    """ "Delgado said a neighbour told police ...": a person passing on what another told others passes on the other's
    words, to those told, at the telling's time (``SIMPLE_PAST_TELLINGS_PASSED_ON``)."""
    text = "Rosa Delgado runs a garage in Tulsa. Delgado said a neighbour told police on Monday that the line was down."
    attribution = article(text).one(text[text.index("a neighbour") :], "said", "Delgado", after="Tulsa.")
    assert speaker_name(attribution) == "a neighbour"
    assert attribution.addressee is not None and attribution.addressee.text == "police"
    assert attribution.time is not None and attribution.time.text == "on Monday"


def test_a_telling_by_a_pronoun_passed_on_by_a_body_is_the_one_the_pronoun_stands_for(article: ArticleMaker) -> None:
    """ "Police said she told detectives that ...": the body that heard of it is not the speaker; the pronoun's
    person is."""
    text = (
        "Marisa Quell, 52, was arrested in Dayton on Friday. Police said she told detectives that she had bought the "
        "boat from a stranger."
    )
    attribution = article(text).one(text[text.index("she told") :], "said", "Police", after="Friday.")
    assert speaker_name(attribution) == "Marisa Quell"
    assert attribution.addressee is not None and attribution.addressee.text == "detectives"


@pytest.mark.parametrize(
    "sentence",
    [
        # the teller's own telling
        "Delgado said she told the council on Monday that the line was down.",
        # a telling of now or of habit, not one passed on
        "Delgado said a neighbour tells the council every week that the line is down.",
        # a telling with nobody told
        "Delgado said a neighbour claimed on Monday that the line was down.",
    ],
)
def test_a_teller_s_own_telling_or_one_of_now_stays_the_teller_s(article: ArticleMaker, sentence: str) -> None:
    text = "Rosa Delgado runs a garage in Tulsa. " + sentence
    content = sentence[sentence.index(" ", sentence.index("said")) + 1 : -1]
    attribution = article(text).one(content, "said", "Delgado", after="Tulsa.")
    assert speaker_name(attribution) == "Rosa Delgado"


def test_a_quote_s_own_telling_stays_its_speaker_s(article: ArticleMaker) -> None:
    """ "“I told the inspectors that the pump was fine,” Delgado said": the quote's "I" is the teller."""
    text = "Rosa Delgado runs a garage in Tulsa. “I told the inspectors that the pump was fine,” Delgado said."
    attribution = article(text).one("I told the inspectors that the pump was fine", "said", "Delgado", after="Tulsa.")
    assert speaker_name(attribution) == "Rosa Delgado"


def test_what_the_teller_was_bidden_do_stays_the_teller_s(article: ArticleMaker) -> None:
    """ "Delgado wrote that doctors had told her to rest": what the teller was told to do is the teller's own news."""
    text = "Rosa Delgado runs a garage in Tulsa. Delgado wrote that doctors had told her to rest for a month."
    attribution = article(text).one(text[text.index("that doctors") :], "wrote", "Delgado", after="Tulsa.")
    assert speaker_name(attribution) == "Rosa Delgado"


@pytest.mark.parametrize(
    ("bidding", "speaker"),
    [
        # the bidder's own words, quoted, in a bidding the parser reads as an adverbial clause of the telling
        ("before the final round to “spell the roots, not the panic.”", "her coach"),
        # the same bidding unquoted and undated is the teller's own news, as "doctors had told her to rest" is
        ("to spell the roots, not the panic.", "Rosa Delgado"),
    ],
)
def test_what_another_bade_the_teller_in_quoted_words_is_the_other_s(
    article: ArticleMaker, bidding: str, speaker: str
) -> None:
    """ "She said her coach had told her before the final round to “spell the roots ...”": the quotation marks give
    the coach's words, told to the teller (``QUOTED_BIDDINGS_TOLD_THE_TELLER``)."""
    text = "Rosa Delgado runs a garage in Tulsa. Delgado said her coach had told her " + bidding
    attribution = article(text).one(text[text.index("her coach") :], "said", "Delgado", after="Tulsa.")
    assert speaker_name(attribution) == speaker


@pytest.mark.parametrize(
    ("telling", "on", "speaker"),
    [
        # another's bidding of other people, in that other's own quoted words, said before the report: the bidder's
        ("a warden had told residents at dawn to “stay inside and shut the windows.”", True, "a warden"),
        ("a warden had told residents at dawn to “stay inside and shut the windows.”", False, "Rosa Delgado"),
        # unquoted and undated, the bidding is the teller's own news
        ("a warden had told residents to stay inside and shut the windows.", True, "Rosa Delgado"),
        # the simple past reports the telling as the teller's own account of it, not words said before the report
        ("a warden told residents at dawn to “stay inside and shut the windows.”", True, "Rosa Delgado"),
    ],
)
def test_what_another_bade_anyone_in_quoted_words_before_the_report_is_the_other_s(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, telling: str, on: bool, speaker: str
) -> None:
    """ "She said a deputy had told residents ... to “get inside ...”": the quotation marks give the deputy's words,
    whoever was told (``QUOTED_BIDDINGS_ARE_THE_BIDDER_S``)."""
    monkeypatch.setattr(resolving_one, "QUOTED_BIDDINGS_ARE_THE_BIDDER_S", on)
    text = "Rosa Delgado runs a garage in Tulsa. Delgado said " + telling
    attribution = article(text).one(text[text.index("a warden") :], "said", "Delgado", after="Tulsa.")
    assert speaker_name(attribution) == speaker


BIDDEN = "Rosa Delgado runs a garage in Tulsa. {sentence} “We had nowhere to go,” Delgado said."


@pytest.mark.parametrize(
    ("sentence", "on", "speaker", "addressee", "time", "channel"),
    [
        # a bidding dated or placed by its own phrase: the bidder's, to the ones told, on its own occasion
        ("Delgado said police had told them on Monday to leave.", True, "police", "them", "on Monday", None),
        ("Delgado said a warden had warned them over the radio to leave.", True, "a warden", "them", None, "the radio"),
        ("Delgado said police had told them on Monday to leave.", False, "Rosa Delgado", None, None, None),
        # undated, the teller's own news; dated by the teller's fronted phrase, the same
        ("Delgado said police had told them to leave.", True, "Rosa Delgado", None, None, None),
        ("On Monday, Delgado said police had told them to leave.", True, "Rosa Delgado", None, "On Monday", None),
        # the teller's own bidding stays the teller's
        ("Delgado said she had told them on Monday to leave.", True, "Rosa Delgado", None, None, None),
    ],
)
def test_an_unquoted_bidding_told_on_its_own_occasion_is_the_bidder_s(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    sentence: str,
    on: bool,
    speaker: str,
    addressee: str | None,
    time: str | None,
    channel: str | None,
) -> None:
    """ "Residents said police had told them on Monday to leave" (``UNQUOTED_BIDDINGS_ON_AN_OCCASION``); the teller's
    next words are not given the bidding's occasion."""
    monkeypatch.setattr(resolving_one, "UNQUOTED_BIDDINGS_ON_AN_OCCASION", on)
    text = BIDDEN.format(sentence=sentence)
    art = article(text)
    content = sentence[sentence.index(" ", sentence.index("said")) + 1 : -1]
    _, found = art.resolve(
        [
            art.candidate(content, "said", "Delgado", after="Tulsa."),
            art.candidate("“We had nowhere to go,”", "said", "Delgado", after="go,”"),
        ]
    )
    assert speaker_name(found[0]) == speaker
    assert (found[0].addressee.text if found[0].addressee is not None else None) == addressee
    assert (found[0].time.text if found[0].time is not None else None) == time
    assert (found[0].channel.text if found[0].channel is not None else None) == channel
    # the teller's next words carry the teller's occasion, never the bidding's
    assert speaker_name(found[1]) == "Rosa Delgado"
    assert (found[1].time.text if found[1].time is not None else None) == (time if speaker == "Rosa Delgado" else None)
    assert found[1].addressee is None and found[1].channel is None


RETOLD = "Denise Okafor runs the pension agency. Okafor said on Wednesday that the executives had {verb} {rest}."


@pytest.mark.parametrize(
    ("verb", "rest", "speaker", "addressee", "time"),
    [
        # another's words said before the report, in a that-clause of their own: theirs, on their own occasion
        ("assured", "the agency in December that the plan was funded", "the executives", "the agency", "in December"),
        ("insisted", "in December that the plan was funded", "the executives", None, "in December"),
        # the that-clause read as a relative clause on the scene the verb names: still the earlier saying's own
        (
            "told",
            "a delegation of farmers at a meeting in Cork last month that the plan was funded",
            "the executives",
            "a delegation of farmers",
            "last month",
        ),
        # not said before the report ("the executives assured ..."): the teller's account
        ("been assured", "by the agency that the plan was funded", "Denise Okafor", None, "on Wednesday"),
    ],
)
def test_a_person_s_report_of_what_another_had_said_before_is_the_other_s(
    article: ArticleMaker, verb: str, rest: str, speaker: str, addressee: str | None, time: str
) -> None:
    text = RETOLD.format(verb=verb, rest=rest)
    found = article(text).one(text[text.index("that the executives") : -1], "said", "Okafor", after="agency.")
    assert speaker_name(found) == speaker
    assert (found.addressee.text if found.addressee is not None else None) == addressee
    assert found.time is not None and found.time.text == time


def test_a_teller_s_own_words_told_before_stay_the_teller_s(article: ArticleMaker) -> None:
    text = "Rosa Delgado runs a garage in Tulsa. Delgado said she had told the council that the line was down."
    attribution = article(text).one(text[text.index("she had") : -1], "said", "Delgado", after="Tulsa.")
    assert speaker_name(attribution) == "Rosa Delgado"


def test_the_teller_of_another_s_words_keeps_the_occasion_of_the_telling(article: ArticleMaker) -> None:
    """ "Mehra told Reel Dispatch that Varga had insisted ...": telling Reel Dispatch is Mehra's occasion, which
    Mehra's next words carry."""
    text = (
        "Its head of distribution, Sanjay Mehra, told Reel Dispatch that Ines Varga had insisted that the scene would "
        'stay. "We did not argue for very long," Mehra said.'
    )
    art = article(text)
    _, found = art.resolve(
        [
            art.candidate("that Ines Varga had insisted that the scene would stay", "told", "Sanjay Mehra"),
            art.candidate('"We did not argue for very long,"', "said", "Mehra"),
        ]
    )
    assert speaker_name(found[0]) == "Ines Varga"
    assert speaker_name(found[1]) == "Sanjay Mehra"
    assert found[1].addressee is not None and found[1].addressee.text == "Reel Dispatch"


def test_an_earlier_saying_s_clause_hung_on_its_scene_leaves_its_time_out_of_the_words(
    article: ArticleMaker,
) -> None:
    """ "had told the players during the break that ...": the that-clause the parser hangs on "break" is what was
    told, so the phrase before it is the telling's time, not words said."""
    text = (
        "Dan Moss coaches in Leeds. Moss said the referee had told the players during the break that the pitch was dry."
    )
    found = article(text).one(text[text.index("the referee") : -1], "said", "Moss", after="Leeds.")
    assert speaker_name(found) == "the referee"
    assert found.time is not None and found.time.text == "during the break"


@pytest.mark.parametrize(
    ("introduction", "time"),
    [
        # the sentence that introduces the quote's speaker by name and age tells of her life: no time of the quote
        ("Margaret Ellery, 71, moved to the town from Toronto in 1985.", None),
        # named without an age, the sentence is read as before
        ("Margaret Ellery moved to the town from Toronto in 1985.", "in 1985"),
    ],
)
def test_a_speaker_s_introduction_by_age_dates_no_quote_of_hers(
    article: ArticleMaker, introduction: str, time: str | None
) -> None:
    text = f"{introduction}\n\n“We have a butcher, a baker and a hardware store.”"
    found = article(text, published="2025-02-07").one(
        "We have a butcher, a baker and a hardware store.", None, "Margaret Ellery", kind="direct"
    )
    assert (found.time.text if found.time is not None else None) == time


_CUT_DESCRIPTION = (
    "A lift employee at the Jochbahn said {subject} had told the lift crews at a briefing before the lifts opened on "
    "Wednesday that the slope below the ridge “has not moved all winter and will not move today”."
)


def test_a_nested_speaker_described_by_a_noun_keeps_its_of_phrase(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "the head of piste services had told ...": the inner speaker is the head of piste services, not "the head"."""
    text = _CUT_DESCRIPTION.format(subject="the head of piste services")
    art = article(text)
    content = text[text.index("the head") : -1]
    assert speaker_name(art.one(content, "said", "A lift employee at the Jochbahn")) == "the head of piste services"
    monkeypatch.setattr(resolving_one, "OF_PHRASES_IN_NESTED_SUBJECTS", False)
    assert speaker_name(art.one(content, "said", "A lift employee at the Jochbahn")) == "the head"


def test_a_nested_speaker_s_name_keeps_no_of_phrase(article: ArticleMaker) -> None:
    """ "Robert Gordon of Northwestern University": the phrase after a name says where the person is from; nor does a
    noun take a phrase that holds a mention of its own ("the head of the ski school, who ...")."""
    text = _CUT_DESCRIPTION.format(subject="Robert Gordon of Northwestern University")
    content = text[text.index("Robert") : -1]
    assert speaker_name(article(text).one(content, "said", "A lift employee at the Jochbahn")) == "Robert Gordon"
    text = _CUT_DESCRIPTION.format(subject="the head of the ski school, who runs the lifts,")
    content = text[text.index("the head") : -1]
    assert speaker_name(article(text).one(content, "said", "A lift employee at the Jochbahn")) == "the head"


def test_a_nested_speaker_the_parser_split_at_a_hyphen_is_the_whole_word(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Ex-coach ... told deputies he ...": "Ex", "-" and "coach" are three subjects of "told"; the speaker is the
    whole word, not "Ex". A word with no hyphen stays itself."""
    text = "Ex-coach charged in parking-lot assault told deputies he 'only pushed' the victim, affidavit says"
    art = article(text)
    content = text[: text.index(", affidavit")]
    assert speaker_name(art.one(content, "says", "affidavit")) == "Ex-coach"
    monkeypatch.setattr(resolving_one, "HYPHENED_NESTED_SUBJECTS", False)
    assert speaker_name(art.one(content, "says", "affidavit")) == "Ex"
    plain = text.replace("Ex-coach", "Coach")
    assert speaker_name(article(plain).one(plain[: plain.index(", affidavit")], "says", "affidavit")) == "Coach"


# A report inside a skipper's own quoted words, and the same report told in her unquoted words (the near form)
_QUOTED_REPORT = (
    "The ferry stayed in port on Sunday. “The harbour office had warned us on Friday that the swell would reach four "
    "metres,” said the skipper, Ines Moreau."
)
_UNQUOTED_REPORT = (
    "The ferry stayed in port on Sunday. The skipper, Ines Moreau, said the harbour office had warned the crew on "
    "Friday that the swell would reach four metres."
)


@pytest.mark.parametrize("on", [True, False])
def test_a_report_inside_one_s_quoted_words_is_the_quoter_s(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """ "“The harbour office had warned us ... that ...,” said the skipper": the quote is hers word for word, the
    office's warning something she tells of (``QUOTED_REPORTS_ARE_THE_QUOTER_S``); off, the past perfect's report of
    ``_retold`` gives it to the office."""
    monkeypatch.setattr(resolving_one, "QUOTED_REPORTS_ARE_THE_QUOTER_S", on)
    content = "The harbour office had warned us on Friday that the swell would reach four metres,"
    attribution = article(_QUOTED_REPORT).one(content, "said", "the skipper, Ines Moreau")
    assert (speaker_name(attribution) == "Ines Moreau") == on


def test_a_report_in_one_s_unquoted_words_stays_the_inner_speaker_s(article: ArticleMaker) -> None:
    """The same report told in the skipper's unquoted words is still the office's, passed on (``_retold``)."""
    content = "the harbour office had warned the crew on Friday that the swell would reach four metres"
    attribution = article(_UNQUOTED_REPORT).one(content, "said", "The skipper, Ines Moreau,")
    assert speaker_name(attribution) == "the harbour office"

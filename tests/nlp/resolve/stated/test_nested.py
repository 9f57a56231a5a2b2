"""Nested reports: a document that reports someone saying or bidding something is the channel of their words."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

import quotegraph
from quotegraph.nlp.resolve.stated import nested
from quotegraph.nlp.resolve.stated.nested import clauses_said_by, earlier_saying, holds_quotation_marks, quoted_biddings

from ..conftest import ArticleMaker, speaker_name, speaker_of

pytestmark = pytest.mark.slow

_THROUGH = ", according to emails obtained by the Courier."


@pytest.mark.parametrize(
    ("reported", "speaker", "addressee"),
    [
        ("Graham Tolley urged staff to rank Carrow first", "Graham Tolley", "staff"),
        # a bidding with nobody bidden is no report of his: the emails' own account
        ("Graham Tolley urged a quick decision on the tender", "emails obtained by the Courier", None),
    ],
)
def test_what_a_document_reports_someone_bade_another_do_is_theirs_told_to_them(
    article: ArticleMaker, reported: str, speaker: str, addressee: str | None
) -> None:
    art = article("The tender closed in May. " + reported + _THROUGH)
    found = art.one(reported, "according to", "emails obtained by the Courier")
    assert speaker_name(found) == speaker
    assert (found.addressee.text if found.addressee is not None else None) == addressee


def test_a_nested_report_s_subject_is_the_name_set_off_after_its_title(article: ArticleMaker) -> None:
    reported = "the Chancellor, Martin Ashcombe, told a private meeting of MPs that nothing was off the table"
    art = article("According to the paper, " + reported + ".")
    assert speaker_name(art.one(reported, "According to", "the paper")) == "Martin Ashcombe"


@pytest.mark.parametrize(
    ("reported", "speaker"),
    [
        # the content opens with the inner report's subject, its verb one of telling somebody
        ("the executives had assured the agency that the plan was funded", "the executives"),
        # or with the "that" before an earlier saying with no one told
        ("that the executives had insisted that the plan was funded", "the executives"),
        # or an earlier question
        ("that the King had asked whether the photographs were saved", "King"),
    ],
)
def test_a_document_s_report_of_an_earlier_saying_is_the_sayer_s(
    article: ArticleMaker, reported: str, speaker: str
) -> None:
    art = article("The pension plan was short. " + reported + _THROUGH)
    found = art.one(reported, "according to", "emails obtained by the Courier")
    assert speaker_name(found) == speaker


def test_the_scene_a_nested_report_told_is_its_channel(article: ArticleMaker) -> None:
    """ "told a private meeting of MPs": the meeting the inner verb told is the medium, not the paper reporting it."""
    reported = "the Chancellor, Martin Ashcombe, told a private meeting of MPs that nothing was off the table"
    found = article("According to the paper, " + reported + ".").one(reported, "According to", "the paper")
    assert found.channel is not None and found.channel.text == "a private meeting of MPs"


_TELLERS = {"She": "Ana Ruiz spoke at the depot on Monday. ", "He": "Tom Reyes spoke from his hospital bed. "}
_ROTA = "in the review that “the rota does not do exceptions, it does hours”"


@pytest.mark.parametrize(
    ("teller", "reported", "speaker", "addressee", "time"),
    [
        # the parser hangs "had told" under the quote's last clause ("does"), not under "said": the clause whose
        # subject opens the content is what the content reports
        ("She", "her supervisor had told her " + _ROTA, "her supervisor", "her", None),
        # the same misparse of the teller's own earlier words: still hers, on her day
        ("She", "she had told her supervisor " + _ROTA, "Ana Ruiz", None, "on Monday"),
        # the that-clause hung on the clause of when the telling happened ("came in") is the telling's own
        (
            "He",
            "his cousin had told him as the water came in that the boat would float",
            "his cousin",
            "him",
            "as the water came in",
        ),
        # a participle the parser hangs on the telling tells of the ones told: the clause of when after it is the
        # telling's own time
        (
            "He",
            "a steward on the concourse had told fans trying to get back out, as the crowd built up behind them, "
            "that the turnstiles only go one way",
            "a steward",
            "fans",
            "as the crowd built up behind them",
        ),
        # a that-clause of a verb of knowing in that clause is the knowing's, not the telling's
        ("He", "his cousin had told him when he learned that the boat was sinking", "Tom Reyes", None, None),
    ],
)
def test_a_telling_the_parser_hangs_elsewhere_is_still_the_nested_report(
    article: ArticleMaker, teller: str, reported: str, speaker: str, addressee: str | None, time: str | None
) -> None:
    found = article(_TELLERS[teller] + teller + " said " + reported + ".").one(reported, "said", teller)
    assert speaker_name(found) == speaker
    assert (found.addressee.text if found.addressee is not None else None) == addressee
    assert (found.time.text if found.time is not None else None) == time


@pytest.mark.parametrize(
    ("sentence", "speaker", "channel"),
    [
        # the content found is the earlier saying's own reported clause, the report of it after the words
        (
            "Her deputy had assured the council in a letter last week that the bridge would reopen by May, she said.",
            "Her deputy",
            "a letter",
        ),
        # not said before the report: the teller's own account
        (
            "Her deputy assured the council in a letter last week that the bridge would reopen by May, she said.",
            "Lena Ortiz",
            None,
        ),
    ],
)
def test_an_earlier_saying_s_own_clause_reported_before_its_teller_is_the_sayer_s(
    article: ArticleMaker, sentence: str, speaker: str, channel: str | None
) -> None:
    content = sentence[sentence.index("that the bridge") : sentence.index(", she said")]
    found = article("Mayor Lena Ortiz spoke on Tuesday. " + sentence).one(content, "said", "she", after="May")
    assert speaker_name(found) == speaker
    if channel is not None:
        assert found.channel is not None and found.channel.text == channel


@pytest.mark.parametrize(
    ("telling", "bidden"),
    [
        # a quoted bidding read as an adverbial clause of the telling
        ("her coach had told her before the final round to “spell the roots, not the panic.”", ["spell"]),
        # or hung on the telling's clause of when
        ("the mayor had told her, when he stopped at her garage, to “teach ten more girls how to do this”.", ["teach"]),
        # unquoted there, it may be the telling's purpose: not read
        ("the mayor had told her, when he stopped at her garage, to teach ten more girls how to do this.", []),
        # a promise bids nobody do anything, quoted or not
        ("the mayor had promised at the meeting to “end the wasteful regime.”", []),
    ],
)
def test_a_quoted_bidding_the_parser_hangs_elsewhere_is_what_the_telling_bade(
    nlp: Language, telling: str, bidden: list[str]
) -> None:
    doc = nlp("Rosa Delgado runs a garage in Tulsa. Delgado said " + telling)
    verb = next(t for t in doc if t.lemma_ in ("tell", "promise"))
    assert [c.text for c in quoted_biddings(verb)] == bidden


@pytest.mark.parametrize(
    ("telling", "earlier", "reported"),
    [
        # "that" read as the object of the copula of the clause it opens
        (
            "had told the search team over the radio at 7:32 a.m. that Kira was “under the deck, plain as day.”",
            True,
            ["was"],
        ),
        # "that" read as an adverb of a conjunct, the clause a relative on the telling's scene
        (
            "had told the crew at a safety meeting before the first shot of the day that the truss “had been checked "
            "and signed off twice.”",
            True,
            ["checked"],
        ),
        # a relative adverb "that" on the relative clause's own verb is no reported clause: the day the truss fell
        ("had told the crew at a meeting on the day that the truss fell.", False, []),
        # "that" read as the object of a passive conjunct, the clause a relative on the telling's scene
        # (``PASSIVES_TAKE_NO_OBJECT``)
        (
            "had told the backstage team at a notes session after the second stall that the fault had been "
            "“identified and patched” by the supplier.",
            True,
            ["identified"],
        ),
        # an active relative clause's "that" is its object: the stall the supplier had fixed, no reported clause
        ("had told the crew at a meeting after the stall that the supplier had fixed.", False, []),
    ],
)
def test_a_that_the_parser_misreads_still_opens_an_earlier_saying_s_clause(
    nlp: Language, telling: str, earlier: bool, reported: list[str]
) -> None:
    doc = nlp("Castellanos said the key grip " + telling)
    verb = next(t for t in doc if t.lemma_ == "tell")
    assert earlier_saying(verb) is earlier
    assert [c.text for c in clauses_said_by(verb)] == reported


_ROSTER = " at a meeting in July, when they raised the overnight roster, "


@pytest.mark.parametrize(
    ("telling", "earlier", "reported"),
    [
        # the telling's that-clause hung as a conjunct of "wrote", nothing joining them
        (
            "had told the doctors" + _ROSTER + "that rural physicians “knew what they were signing up for.”",
            True,
            ["knew"],
        ),
        # "but that ...": a second clause of the writer's, joined to the first
        (
            "had told the doctors" + _ROSTER + "but that rural physicians “knew what they were signing up for.”",
            False,
            [],
        ),
        # a verb with nobody told has no words of its own read off the writer's clause
        ("had shouted" + _ROSTER + "that rural physicians “knew what they were signing up for.”", False, []),
    ],
)
def test_an_unjoined_that_clause_after_a_telling_is_the_telling_s(
    nlp: Language, telling: str, earlier: bool, reported: list[str]
) -> None:
    doc = nlp("Halvorsen also wrote that a senior administrator " + telling)
    verb = next(t for t in doc if t.lemma_ in ("tell", "shout"))
    assert earlier_saying(verb) is earlier
    assert [c.text for c in clauses_said_by(verb)] == reported


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "kind"),
    [
        # the inner speaker's "Tanabe said" is left out: the words passed on are all quoted
        (
            "“The ship came at them with its lights off,” Tanabe said, according to a translation of the interview.",
            "“The ship came at them with its lights off,” Tanabe said",
            "according to",
            "a translation of the interview",
            "direct",
        ),
        # a that-clause with a quoted phrase stays mixed
        (
            "According to the affidavit, Tanabe told deputies that the ship had “no lights at all”.",
            "Tanabe told deputies that the ship had “no lights at all”",
            "According to",
            "the affidavit",
            "mixed",
        ),
        # the inner verb itself quoted is the reporter's wording about the inner speaker: the content's kind stays
        (
            "Freddy had “complained that he didn't get his appreciation,” according to his brother.",
            "Freddy had “complained that he didn't get his appreciation,”",
            "according to",
            "his brother",
            "mixed",
        ),
    ],
)
def test_a_nested_report_s_kind_is_that_of_the_words_it_passes_on(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, kind: str
) -> None:
    assert article(text).one(content, cue, source, kind="mixed").kind == kind


@pytest.mark.parametrize(
    ("reported", "speaker", "addressee"),
    [
        # the telling's words hung on "wrote": the senior administrator's, told to the doctors
        (
            "that a senior administrator had told the doctors" + _ROSTER + "that rural physicians “knew what they "
            "were signing up for.”",
            "a senior administrator",
            "the doctors",
        ),
        # joined to the first clause by "but": Halvorsen's own second clause
        (
            "that a senior administrator had told the doctors" + _ROSTER + "but that rural physicians “knew what they "
            "were signing up for.”",
            "Ingrid Halvorsen",
            None,
        ),
    ],
)
def test_a_writer_passes_on_a_described_teller_s_earlier_words(
    article: ArticleMaker, reported: str, speaker: str, addressee: str | None
) -> None:
    art = article("Ingrid Halvorsen resigned from the hospital in October. Halvorsen also wrote " + reported)
    found = art.one(reported, "also wrote", "Halvorsen")
    assert speaker_name(found) == speaker
    assert (None if found.addressee is None else found.addressee.text) == addressee


@pytest.mark.parametrize(
    ("telling", "bidden"),
    [
        # the bidding hung on the noun of the telling's time phrase, under its distance
        ("the captain had told the passengers moments before the collision to “grab a life jacket and stay calm.”",
         ["grab"]),
        # or under its preposition of time on the telling itself
        ("the captain had told the passengers minutes after the collision to “leave the bags and climb up.”",
         ["leave"]),
        # a noun of another phrase may take its own "to" clause: the plans' purpose, not a bidding
        ("the captain had told the passengers about plans to “rebuild the old jetty.”", []),
        # unquoted, it may be the time noun's own clause: not read
        ("the captain had told the passengers moments before the collision to grab a life jacket and stay calm.", []),
    ],
)  # fmt: skip
def test_a_quoted_bidding_hung_on_the_telling_s_time_phrase_is_what_it_bade(
    nlp: Language, telling: str, bidden: list[str]
) -> None:
    doc = nlp("Mara Quintal ran the ferry's bar. Quintal said " + telling)
    verb = next(t for t in doc if t.lemma_ == "tell")
    assert [c.text for c in quoted_biddings(verb)] == bidden


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("rule", [True, False])
def test_a_bidding_hung_on_the_time_of_a_telling_is_the_bidder_s_at_that_time(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, rule: bool
) -> None:
    """ "had told the passengers moments before the collision to “...”": the parser hangs the bidding on "collision";
    it is the captain's, told to the passengers, moments before the collision (``WORDS_ON_TIME_PHRASES``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.nested.WORDS_ON_TIME_PHRASES", rule)
    reported = "the captain had told the passengers moments before the collision to “grab a life jacket and stay calm.”"
    found = article("The ferry sank on Sunday. She said " + reported).one(reported, "said", "She")
    assert speaker_name(found) == ("the captain" if rule else "She")
    assert (None if found.addressee is None else found.addressee.text) == ("the passengers" if rule else None)
    assert (None if found.time is None else found.time.text) == ("moments before the collision" if rule else None)


def test_a_that_clause_hung_on_the_telling_s_time_phrase_is_what_it_told(nlp: Language) -> None:
    """ "had told the reporters moments before the vote that the bill was dead": the clause on "vote" is the telling's
    words, said before the report."""
    doc = nlp("Ines Prado covered the Senate. Prado said the senator had told the reporters moments before the vote "
              "that the bill was dead.")  # fmt: skip
    verb = next(t for t in doc if t.lemma_ == "tell")
    assert [c.text for c in clauses_said_by(verb)] == ["was"]
    assert earlier_saying(verb)


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("rule", [True, False])
def test_a_nested_telling_s_time_ends_where_its_words_start(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, rule: bool
) -> None:
    """``resolving_one.INNER_TIMES_END_AT_THE_WORDS``: the bidding hung inside "minutes after the collision" is no part
    of the time."""
    monkeypatch.setattr("quotegraph.nlp.resolving_one.INNER_TIMES_END_AT_THE_WORDS", rule)
    reported = "the captain had told the passengers minutes after the collision to “leave the bags and climb up.”"
    found = article("The ferry sank on Sunday. She said " + reported).one(reported, "said", "She")
    assert speaker_name(found) == "the captain"
    time = None if found.time is None else found.time.text
    assert time == "minutes after the collision" if rule else time is not None and "leave the bags" in time


_FERRY = "Inés Pardo runs the ferry office in Vigo. "


@pytest.mark.parametrize(
    ("reported", "speaker", "addressee", "time"),
    [
        # a verb of reaching someone with an infinitive of saying: the infinitive's clause is what the reaching told
        (
            "the harbour master had radioed the ferry office before dawn on Sunday to say that the crossing was "
            "cancelled",
            "the harbour master",
            "the ferry office",
            "before dawn on Sunday",
        ),
        # the one reached is the teller: still the other's words, told to her
        (
            "the harbour master had phoned her on Sunday to say that the crossing was cancelled",
            "the harbour master",
            "her",
            "on Sunday",
        ),
        # no one reached: going somewhere to say something is the teller's account
        (
            "the harbour master had gone down to the quay on Sunday to say that the crossing was cancelled",
            "Inés Pardo",
            None,
            None,
        ),
        # the teller's own call stays hers
        (
            "she had phoned the harbour master on Sunday to say that the crossing was cancelled",
            "Inés Pardo",
            None,
            None,
        ),
    ],
)
def test_what_a_reaching_told_through_an_infinitive_of_saying_is_the_one_reaching_s(
    article: ArticleMaker, reported: str, speaker: str, addressee: str | None, time: str | None
) -> None:
    found = article(_FERRY + "She said " + reported + ".").one(reported, "said", "She")
    assert speaker_name(found) == speaker
    assert (found.addressee.text if found.addressee is not None else None) == addressee
    if time is not None:
        assert found.time is not None and found.time.text == time


@pytest.mark.parametrize(
    ("telling", "reported"),
    [
        ("had radioed the ferry office at dawn to say that the crossing was cancelled", ["cancelled"]),
        # a "to" clause of no saying is a purpose, not words
        ("had radioed the ferry office at dawn to check that the crossing was cancelled", []),
        # the infinitive's own subject makes it no purpose of the reaching
        ("had called the office at dawn for the clerk to say that the crossing was cancelled", []),
    ],
)
def test_an_infinitive_of_saying_after_the_one_reached_holds_the_reaching_s_words(
    nlp: Language, telling: str, reported: list[str]
) -> None:
    doc = nlp("Pardo said the harbour master " + telling + ".")
    verb = next(t for t in doc if t.lower_ in ("radioed", "called"))
    assert [c.text for c in clauses_said_by(verb)] == reported


_FRONTED = "Speaking to reporters at the quay after the storm eased"
_PASSED_ON = "the harbour master had told the ferry crews on Sunday that the crossing was cancelled"


@pytest.mark.parametrize(
    ("pieces", "speaker", "addressee"),
    [
        # the content holds the phrase fronted before the cue and the reported clause after it: the clause after the
        # cue still opens with the inner speaker
        ((_FRONTED, _PASSED_ON), "the harbour master", "the ferry crews"),
        # the reported clause alone, as before
        ((_PASSED_ON,), "the harbour master", "the ferry crews"),
    ],
)
def test_a_nested_report_after_a_fronted_phrase_of_the_content_is_the_inner_speaker_s(
    article: ArticleMaker, pieces: tuple[str, ...], speaker: str, addressee: str
) -> None:
    art = article(_FERRY + _FRONTED + ", Pardo said " + _PASSED_ON + ".")
    candidate = replace(art.candidate(_PASSED_ON, "said", "Pardo"), content=[art.span(p) for p in pieces])
    [found] = art.resolve([candidate])[1]
    assert speaker_name(found) == speaker
    assert found.addressee is not None and found.addressee.text == addressee


@pytest.mark.parametrize(
    ("text", "clause", "holds"),
    [
        # the bidding's own words are quoted inside its clause
        ("The coach had told her to “spell the roots” before the final.", "spell", True),
        # the quotation marks are another clause's: the bidding holds none of them
        ("“We are ready,” the captain said, and the coach had told her to rest.", "rest", False),
    ],
)
def test_a_clause_holds_quotation_marks_only_inside_its_own_subtree(
    parser: Language, text: str, clause: str, holds: bool
) -> None:
    token = next(t for t in parser(text) if t.text == clause)
    assert holds_quotation_marks(token) is holds
    assert holds is any(t.text in "“”" for t in token.subtree)  # the parse is as the case says


@pytest.mark.parametrize("read", [True, False])
def test_a_witness_described_then_named_before_a_telling_is_its_inner_speaker(
    monkeypatch: pytest.MonkeyPatch, read: bool
) -> None:
    """DESCRIBED_NAMES_BEFORE_A_TELLING: "a motorist travelling in the opposite direction, Gráinne Foley, had told
    gardaí that ...", which the parser reads astray, passes on the witness's report, as an unbroken subject does."""
    monkeypatch.setattr(nested, "DESCRIBED_NAMES_BEFORE_A_TELLING", read)
    text = (
        "Driver jailed for fatal crash\n\n"
        "A driver who killed a cyclist near Portarlington was jailed for four years on Wednesday.\n\n"
        "Det Gda Brennan said a motorist travelling in the opposite direction, Gráinne Foley, had told gardaí that "
        "night that she saw the car cross the white line."
    )
    assert (speaker_of(text, "white line") == "Gráinne Foley") is read


def _one(text: str, content: str) -> tuple[str, str | None, str | None, str | None]:
    """(kind, speaker, addressee, time) the whole pipeline gives the statement of ``text`` holding ``content``."""
    result = quotegraph.extract(text, published="2025-02-07")
    [found] = [a for a in result.attributions if a.content is not None and content in a.content.text]
    addressee = None if found.addressee is None else found.addressee.text
    time = None if found.time is None else found.time.text
    return found.kind, speaker_name(found), addressee, time


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("text", "content", "nested_report", "teller"),
    [
        ("After the storm passed, Captain Rao said the harbour master had radioed the coastguard late Sunday to say "
         "that the breakwater had been breached.", "the breakwater had been breached",
         ("indirect", "the harbour master", "the coastguard", "late Sunday"),
         ("indirect", "Rao", None, "After the storm passed")),
        ("Ms Lane said the head teacher had phoned the parents on Friday to say that the school would stay shut.",
         "the school would stay shut", ("indirect", "the head teacher", "the parents", "on Friday"),
         ("indirect", "Lane", None, None)),
    ],
)  # fmt: skip
def test_an_infinitive_of_saying_after_reaching_someone_reports_the_one_who_reached_them(
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    text: str,
    content: str,
    nested_report: tuple[str | None, ...],
    teller: tuple[str | None, ...],
) -> None:
    """SAYING_INFINITIVES_REPORT: "X said Y had radioed the coastguard late Sunday to say that ...": the words are Y's,
    told to whom Y reached, when; off, they are left to the teller X. Through the whole pipeline."""
    monkeypatch.setattr(nested, "SAYING_INFINITIVES_REPORT", on)
    assert _one(text, content) == (nested_report if on else teller)


@pytest.mark.parametrize("on", [True, False])
def test_a_quote_told_by_a_report_is_direct_by_its_own_quotation_marks(
    monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """INNER_KIND: "“They do not care about the rules,” Mayor Reyes said on Tuesday, according to a council
    transcript. “Neither do I.”": the words nested in the transcript's report keep the kind their quotation marks give
    (direct); off, they are read as mixed."""
    monkeypatch.setattr(nested, "INNER_KIND", on)
    text = (
        "“They do not care about the rules,” Mayor Reyes said on Tuesday, according to a council transcript. "
        "“Neither do I.”"
    )
    assert _one(text, "They do not care") == ("direct" if on else "mixed", "Reyes", None, "on Tuesday")

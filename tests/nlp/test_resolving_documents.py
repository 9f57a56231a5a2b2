"""Documents put out by a narrated sentence (``narrated_issuings``) and named again as a source: the maker speaks,
unless the putting out is itself somebody's words."""

from __future__ import annotations

import pytest

from quotegraph.nlp import resolving_documents
from quotegraph.nlp.resolve.speakers import source_documents

from .conftest import Article, ArticleMaker, speaker_name

pytestmark = pytest.mark.slow

NARRATED = "The Orchard Board issued a statement on Friday. “Harvests will recover,” the statement said."
# the same putting out, told in a farmer's words: nobody's document the narrative saw put out
REPORTED = (
    "“The Orchard Board issued a statement on Friday,” Lena Marsh said. “Harvests will recover,” the statement said."
)


def test_a_document_a_narrated_sentence_puts_out_speaks_for_its_maker(article: ArticleMaker) -> None:
    art = article(NARRATED)
    assert art.said(("Harvests will recover,", "the statement")) == ["Orchard Board"]


def test_a_document_put_out_inside_somebody_s_words_gives_no_maker(article: ArticleMaker) -> None:
    art = article(REPORTED)
    # every content blocks the issuings inside it, whichever candidate comes first
    speakers = art.said(
        ("Harvests will recover,", "the statement"), ("The Orchard Board issued a statement on Friday,", "Lena Marsh")
    )
    assert speakers[0] != "Orchard Board" and speakers[1] == "Lena Marsh"


# a body's vote makes a document its own: the council that passed the motion speaks through it, at the time it passed
PASSED = "The Harbour Council passed a motion on Monday night. “The timetable ignores shift workers,” the motion said."
# voting on a motion is no making of it: the council rejected another's motion
REJECTED = (
    "The Harbour Council rejected a motion on Monday night. “The timetable ignores shift workers,” the motion said."
)
# a letter its signatories made, told by a participle on the letter ("signed by"), the letter the subject of a passive
# verb that only carries it
SIGNED = (
    "The letter, signed by Tomas Eriksen, was delivered to the ministry on Friday. "
    "“The ward cannot stay open,” the letter said."
)
# the author a document's own phrase names after a comma, the byline "by" the parser hangs elsewhere
BYLINE = (
    "The survey report, by Ilse Vandermeer, was sent to the parish board on 3 March. "
    "“The nave roof is failing,” the report said."
)
# a letter from its writers, put out to someone: the letter named again speaks for them, to whom it was sent
FROM_TO = (
    "A letter to the harbour board from Tomas Eriksen arrived this week. "
    "“The quay is not safe,” the letter said. Tomas Eriksen lives in Vardø."
)


def test_a_motion_a_body_passed_speaks_for_that_body(article: ArticleMaker) -> None:
    art = article(PASSED, "2026-03-04")
    [statement] = art.resolve([art.candidate("The timetable ignores shift workers,", "said", "the motion")])[1]
    assert speaker_name(statement) == "Harbour Council"
    assert statement.time is not None and statement.time.text == "on Monday night"


def test_a_motion_a_body_rejected_is_not_its_own(article: ArticleMaker) -> None:
    art = article(REJECTED)
    assert art.said(("The timetable ignores shift workers,", "the motion")) != ["Harbour Council"]


def test_a_letter_signed_by_someone_speaks_for_the_signatory(article: ArticleMaker) -> None:
    art = article(SIGNED)
    assert art.said(("The ward cannot stay open,", "the letter")) == ["Tomas Eriksen"]


def test_a_document_s_byline_names_its_maker(article: ArticleMaker) -> None:
    art = article(BYLINE)
    assert art.said(("The nave roof is failing,", "the report")) == ["Ilse Vandermeer"]


def test_a_letter_from_someone_speaks_for_them_to_whom_it_was_sent(article: ArticleMaker) -> None:
    art = article(FROM_TO)
    [statement] = art.resolve([art.candidate("The quay is not safe,", "said", "the letter")])[1]
    assert speaker_name(statement) == "Tomas Eriksen"
    assert statement.addressee is not None and statement.addressee.text == "the harbour board"


# a release named again spoke for its maker; the "It" of the next sentence goes on with that release, though the
# pronoun has no named entity of its own there
RELEASE_GOES_ON = (
    "The mayor was charged with fraud on Monday. He was barred from the town hall except for council meetings. "
    "In a news release issued Friday, Alberta RCMP said investigators began examining the town's accounts in March. "
    "“The investigation is ongoing,” the release said. It added that none of the allegations had been tested in court."
)


@pytest.mark.parametrize("on", [True, False])
def test_it_after_a_document_that_spoke_for_its_maker_goes_on_with_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    monkeypatch.setattr(resolving_documents, "DOCUMENTS_GO_ON", on)
    art = article(RELEASE_GOES_ON)
    candidates = [
        art.candidate("investigators began examining the town's accounts in March", "said", "Alberta RCMP"),
        art.candidate("The investigation is ongoing,", "said", "the release"),
        art.candidate("none of the allegations had been tested in court", "added", "It"),
    ]
    speakers = [speaker_name(a) for a in art.resolve(candidates)[1]]
    assert speakers[:2] == ["Alberta RCMP", "Alberta RCMP"]
    assert (speakers[2] == "Alberta RCMP") == on


def test_it_far_from_a_document_is_left_to_coreference(article: ArticleMaker) -> None:
    """DOCUMENTS_GO_ON reaches the next sentence only: an "It" two sentences on is not the release's."""
    art = article(RELEASE_GOES_ON.replace("It added", "The mayor did not comment. The hall stayed shut. It added"))
    candidates = [
        art.candidate("investigators began examining the town's accounts in March", "said", "Alberta RCMP"),
        art.candidate("The investigation is ongoing,", "said", "the release"),
        art.candidate("none of the allegations had been tested in court", "added", "It"),
    ]
    speakers = [speaker_name(a) for a in art.resolve(candidates)[1]]
    assert speakers[1] == "Alberta RCMP" and speakers[2] != "Alberta RCMP"


# a body's narrated answer with no document named, and its words quoted in the next sentence from "the statement"
RESPONDED = (
    "The Kestrel Water Company on Tuesday responded that it had doubled the number of tankers. "
    "“No household will be left without water,” the statement said."
)


def _responded(art: Article) -> list[str | None]:
    candidates = [
        art.candidate("it had doubled the number of tankers", "responded", "The Kestrel Water Company"),
        art.candidate("No household will be left without water,", "said", "the statement"),
    ]
    return [speaker_name(a) for a in art.resolve(candidates)[1]]


@pytest.mark.parametrize("on", [True, False])
def test_a_document_named_right_after_a_body_s_saying_is_that_saying_s(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    monkeypatch.setattr(resolving_documents, "DOCUMENTS_OF_THE_SAYING_BEFORE", on)
    speakers = _responded(article(RESPONDED))
    assert speakers == ["Kestrel Water Company", "Kestrel Water Company" if on else "the statement"]


def test_a_document_the_saying_before_tells_of_is_not_the_sayer_s(article: ArticleMaker) -> None:
    """The words before tell of the document ("Ines Falk had sent a written statement"): it is hers, not the
    teller's, so the teller is not given it."""
    art = article(
        "The Kestrel Water Company on Tuesday responded that Ines Falk had sent a written statement to the board. "
        "“No household will be left without water,” the statement said."
    )
    candidates = [
        art.candidate("Ines Falk had sent a written statement to the board", "responded", "The Kestrel Water Company"),
        art.candidate("No household will be left without water,", "said", "the statement"),
    ]
    speakers = [speaker_name(a) for a in art.resolve(candidates)[1]]
    assert speakers[1] != "Kestrel Water Company"


def test_a_document_two_sentences_after_the_saying_is_not_its(article: ArticleMaker) -> None:
    """``_SAYING_REACH``: past the next sentence, "the statement" may be another's."""
    speakers = _responded(article(RESPONDED.replace(" “No", " Crews worked overnight. “No")))
    assert speakers[1] != "Kestrel Water Company"


def test_a_saying_made_through_a_channel_of_its_own_gives_no_document(article: ArticleMaker) -> None:
    """A saying made "in an interview" is not made in the statement named after it."""
    speakers = _responded(
        article(RESPONDED.replace("on Tuesday responded", "on Tuesday responded in an interview with Radio Tarn"))
    )
    assert speakers[1] != "Kestrel Water Company"


# a bank's letter, its signer named in the source's own phrase, and the letter named again with its words quoted
_SIGNED = (
    "The bank's letter, signed by its branch manager, Tomasz Nowak, said the loan had been cancelled. "
    "“No further payments will be taken,” the letter reads."
)


def _signed(art: Article) -> list[str | None]:
    candidates = [
        art.candidate("the loan had been cancelled", "said", _SIGNED[: _SIGNED.index(" said")]),
        art.candidate("No further payments will be taken,", "reads", "the letter"),
    ]
    return [speaker_name(a) for a in art.resolve(candidates)[1]]


@pytest.mark.parametrize("on", [True, False])
def test_a_document_whose_phrase_names_its_maker_speaks_for_the_maker_named_again(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """ "The bank's letter, signed by ..., Tomasz Nowak, said ... “...,” the letter reads": the letter named again is
    his (``SOURCE_DOCUMENTS_KEEP_THEIR_MAKER``); off, a document that is itself a source records no maker."""
    monkeypatch.setattr(resolving_documents, "SOURCE_DOCUMENTS_KEEP_THEIR_MAKER", on)
    assert _signed(article(_SIGNED)) == ["Tomasz Nowak", "Tomasz Nowak" if on else "the letter"]


def test_a_document_speaking_alone_gives_its_name_again_no_maker(article: ArticleMaker) -> None:
    """A letter with no maker in its phrase ("The letter said ...") records nobody for "the letter reads"."""
    art = article("The letter said the loan had been cancelled. “No further payments will be taken,” the letter reads.")
    candidates = [
        art.candidate("the loan had been cancelled", "said", "The letter"),
        art.candidate("No further payments will be taken,", "reads", "the letter"),
    ]
    assert [speaker_name(a) for a in art.resolve(candidates)[1]] == ["The letter", "the letter"]


_RULED = (
    "The appeals tribunal ruled on Friday that the dismissal was unfair. "
    "“The employer gave no reason at all,” the ruling says."
)


def _ruling(art: Article, verb: str) -> list[str | None]:
    candidates = [
        art.candidate("the dismissal was unfair", verb, "The appeals tribunal"),
        art.candidate("The employer gave no reason at all,", "says", "the ruling"),
    ]
    return [speaker_name(a) for a in art.resolve(candidates)[1]]


@pytest.mark.parametrize("on", [True, False])
def test_a_decision_named_right_after_a_ruling_is_the_ruling_body_s(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """ "The appeals tribunal ruled ... that ... “...,” the ruling says": the tribunal's written decision, so the
    tribunal speaks through it (``DECISIONS_OF_THE_RULING_BEFORE``)."""
    monkeypatch.setattr(resolving_documents, "DECISIONS_OF_THE_RULING_BEFORE", on)
    found = _ruling(article(_RULED), "ruled")
    assert found == ["The appeals tribunal", "The appeals tribunal" if on else "the ruling"]


def test_a_decision_named_after_a_plain_saying_is_no_one_s(article: ArticleMaker) -> None:
    """After "said", not a verb of ruling, "the ruling" is as often another's: it is left to itself."""
    found = _ruling(article(_RULED.replace("ruled", "said")), "said")
    assert found == ["The appeals tribunal", "the ruling"]


# a statement read out by a lawyer on behalf of a family is the family's; read out with no principal named, the reader
# is no maker and the document stays the speaker
READ_FOR = (
    "Outside the courthouse, the family's lawyer, Tom Varga, read a statement to reporters on behalf of the Whitcombe "
    "family. “Danny loved that job,” the statement said."
)
READ_ALONE = (
    "Outside the courthouse, Tom Varga read a statement to reporters. “Danny loved that job,” the statement said."
)


@pytest.mark.parametrize(("on", "speaker"), [(True, "the Whitcombe family"), (False, "the statement")])
def test_a_document_read_out_on_someone_s_behalf_speaks_for_them(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, speaker: str
) -> None:
    """The "on behalf of" hangs on the verb of reading out, not on the document: the reading of
    ``source_documents.DOCUMENTS_SPEAK_FOR_THEIR_PRINCIPALS`` here (``_principal_of_putting_out``'s object of a verb),
    not the document's own phrase (``document_principal``), gives the family; with the flag off the document speaks."""
    monkeypatch.setattr(source_documents, "DOCUMENTS_SPEAK_FOR_THEIR_PRINCIPALS", on)
    art = article(READ_FOR)
    [statement] = art.resolve([art.candidate("Danny loved that job,", "said", "the statement")])[1]
    assert speaker_name(statement) == speaker
    assert statement.channel is not None and statement.channel.text == "the statement"


def test_a_document_read_out_for_nobody_named_is_not_the_reader_s(article: ArticleMaker) -> None:
    art = article(READ_ALONE)
    assert art.said(("Danny loved that job,", "the statement")) != ["Tom Varga"]


# a company's emailed response: its first voice speaks again when "the response" is named as the source
RESPONSE = (
    "In an emailed response to the Bulletin on Thursday, a spokeswoman for Calliope Aggregates said the company was "
    "cooperating. “Every worker deserves to go home safe,” the response said."
)


def test_a_response_named_again_speaks_for_the_one_who_answered_in_it(article: ArticleMaker) -> None:
    art = article(RESPONSE)
    [first, again] = art.resolve(
        [
            art.candidate("the company was cooperating", "said", "a spokeswoman for Calliope Aggregates"),
            art.candidate("Every worker deserves to go home safe,", "said", "the response"),
        ]
    )[1]
    assert first.speaker is not None and again.speaker is not None
    assert again.speaker.entity == first.speaker.entity


@pytest.mark.parametrize(
    ("text", "content", "source", "maker"),
    [
        # a narrated act done in a document: its doer made it, whoever it went out through
        (
            "Sequeira hit back in a statement released through his agency on Wednesday. “I was given no time,” the "
            "statement said.",
            "I was given no time,",
            "the statement",
            "Sequeira",
        ),
        (
            "The Harbour Ministry responded in a letter to the union on Thursday. “Talks resume next week,” the letter "
            "said.",
            "Talks resume next week,",
            "the letter",
            "Harbour Ministry",
        ),
        # documents put forward to a court or a board: filed, made
        (
            "Lawyers for Tamsin Holdings filed a complaint in the High Court on Tuesday. “The lease was never valid,” "
            "the complaint said.",
            "The lease was never valid,",
            "the complaint",
            "Lawyers for Tamsin Holdings",
        ),
        (
            "The Tea Workers Union made a submission to the wage board on Friday. “Rs 1,700 is the least a family "
            "can live on,” the submission said.",
            "Rs 1,700 is the least a family can live on,",
            "the submission",
            "Tea Workers Union",
        ),
    ],
)
def test_a_document_a_narrated_act_was_done_in_or_put_forward_speaks_for_its_doer(
    article: ArticleMaker, text: str, content: str, source: str, maker: str
) -> None:
    art = article(text)
    assert art.said((content, source)) == [maker]


def test_one_who_appears_in_a_document_did_not_make_it(article: ArticleMaker) -> None:
    art = article("Okonkwo appears in a letter sent to the club on Friday. “We are ready,” the letter said.")
    assert art.said(("We are ready,", "the letter")) != ["Okonkwo"]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # the decision fronted: "In a decision ..., the authority said"
            "The Norwegian Data Protection Authority ordered the city to switch the cameras off. In a decision "
            "published on Tuesday, the authority said the city had no legal basis. “Scanning every face is not a "
            "proportionate answer,” the decision said.",
            (("the city had no legal basis", "the authority"), ("Scanning every face is not a", "the decision")),
        ),
        (  # after the verb: "said in its ruling"
            "The Environment Court dismissed the appeal on Friday. The court said in its ruling that the council had "
            "followed the law. “The concerns were considered in full,” the ruling said.",
            (("the council had followed the law", "The court"), ("The concerns were considered in full", "the ruling")),
        ),
    ],
)
def test_a_decision_a_body_said_something_in_speaks_for_that_body(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, text: str, said: tuple[tuple[str, str], ...]
) -> None:
    """DECISIONS_SPOKEN_IN: "the decision said" after the body's statement "in a decision" is the body's
    (speakerlinks)."""
    monkeypatch.setattr(resolving_documents, "DECISIONS_SPOKEN_IN", on)
    first, second = article(text).said(*said)
    assert first is not None
    assert (second == first) is on


# a study told of with those who carried it out, named again as the speaker
STUDY = (
    "The study, carried out by the Marsh Institute in Kisumu, tested 9,000 children. “Nets alone will not finish the "
    "job,” the study said."
)


@pytest.mark.parametrize("on", [True, False])
def test_a_study_speaks_for_those_who_carried_it_out(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """STUDIES_SPEAK_FOR_THEIR_MAKERS: the institute speaks through its study; off, the study speaks."""
    monkeypatch.setattr(resolving_documents, "STUDIES_SPEAK_FOR_THEIR_MAKERS", on)
    [found] = article(STUDY).said(("Nets alone will not finish", "the study"))
    assert found is not None and (found == "Marsh Institute") is on


@pytest.mark.parametrize("on", [True, False])
def test_a_document_put_out_that_is_itself_the_source_is_its_maker_s(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """ISSUED_DOCUMENTS_SAYING: "The Orchard Board issued a statement to growers on Friday saying that ...": the
    statement, the source of the words it carries, is the board's, as "the statement said" after it would be; off, the
    document speaks for nobody named."""
    monkeypatch.setattr(resolving_documents, "ISSUED_DOCUMENTS_SAYING", on)
    source = "a statement to growers"
    art = article(f"The Orchard Board issued {source} on Friday saying that harvests would recover by spring.")
    _, (found,) = art.resolve([art.candidate("that harvests would recover", "saying", source)])
    assert speaker_name(found) == ("Orchard Board" if on else source)

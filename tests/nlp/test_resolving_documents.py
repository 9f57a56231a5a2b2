"""Documents put out by a narrated sentence (``narrated_issuings``) and named again as a source: the maker speaks,
unless the putting out is itself somebody's words."""

from __future__ import annotations

import pytest

from .conftest import ArticleMaker, speaker_name

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

"""Documents in a source: the document as the statement's channel, whom it is put out for or sent from, a copy's
document."""

from __future__ import annotations

import pytest

import quotegraph
from quotegraph.nlp.resolve.speakers import source_documents

from ..conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow


def test_a_document_issued_on_someone_s_behalf_is_theirs_not_the_issuer_s(article: ArticleMaker) -> None:
    source = "A statement issued on behalf of the Okafor family by their solicitor, Priya Nair,"
    art = article(f"Mr Okafor died on the site in May. {source} said they were devastated.")
    [statement] = art.resolve([art.candidate("they were devastated", "said", source)])[1]
    assert speaker_name(statement) == "the Okafor family"
    assert statement.channel is not None and statement.channel.text.startswith("A statement issued")


def test_a_document_from_a_family_no_mention_holds_is_the_family_s(article: ArticleMaker) -> None:
    # not the court the participle after it names, the first mention in the phrase
    source = "A statement from the Okafor family, read outside the court by their solicitor,"
    art = article(f"{source} said they were devastated. Mr Okafor died on the site in May.")
    assert art.said(("they were devastated", source)) == ["the Okafor family"]


def test_a_document_from_a_time_names_no_sender(article: ArticleMaker) -> None:
    source = "A report from last year"
    art = article(f"The harbour flooded twice. {source} said the wall was too low.")
    assert art.said(("the wall was too low", source)) != ["last year"]


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "channel"),
    [
        ("Police data show that burglaries fell by a third.", "that burglaries fell by a third", "show",
         "Police data", "Police data"),
        ("Turnout rose in every county, according to exit polling by the state.", "Turnout rose in every county",
         "according to", "exit polling by the state", "exit polling by the state"),
        ("Court records show that the firm paid the fine.", "that the firm paid the fine", "show", "Court records",
         "Court records"),
        # a collection of documents is the documents' channel; the tagger's adjective in a noun's place is the noun
        ("A new batch of council emails showed that the depot had been sold.", "that the depot had been sold",
         "showed", "A new batch of council emails", "A new batch of council emails"),
        ("A number of studies have found that the levy works.", "that the levy works", "found",
         "A number of studies", "A number of studies"),
        ("She leads by six points, according to the state polling average.", "She leads by six points",
         "according to", "the state polling average", "the state polling average"),
        # and a capitalised document noun opening a paragraph, tagged a name of no entity type
        ("The levy was brought in two years ago.\nResearch suggests that it has cut traffic in the town centre.",
         "that it has cut traffic in the town centre", "suggests", "Research", "Research"),
        # a text of law or policy a body adopts, and printed matter, speak as a report does
        ("The legislation also mandates three separate appointments.", "three separate appointments", "mandates",
         "The legislation", "The legislation"),
        ("The campaign materials echo the message of the convention.", "the message of the convention", "echo",
         "The campaign materials", "The campaign materials"),
        # a count or a sign names no medium, nor a collection of people; nor a bill, which is what was decided
        ("The bill would require three separate appointments.", "three separate appointments", "require",
         "The bill", None),
        ("The number of applicants shows that the program works.", "that the program works", "shows",
         "The number of applicants", None),
        ("A handful of residents said that the depot had been sold.", "that the depot had been sold", "said",
         "A handful of residents", None),
        ("All signs suggest that the program works.", "that the program works", "suggest", "All signs", None),
    ],
)  # fmt: skip
def test_a_document_or_evidence_as_source_is_the_channel(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, channel: str | None
) -> None:
    found = article(text).one(content, cue, source)
    assert (found.channel.text if found.channel else None) == channel


def test_a_copy_of_a_document_is_the_document_s_channel_and_the_inner_writer_speaks(
    article: ArticleMaker,
) -> None:
    text = (
        "The Courier covers the valley. The MP, Olivia Harrow, wrote to the minister last month that the village had "
        "been left behind, according to a copy of the letter seen by the Courier."
    )
    content = "The MP, Olivia Harrow, wrote to the minister last month that the village had been left behind"
    found = article(text).one(content, "according to", "a copy of the letter seen by the Courier")
    assert speaker_name(found) == "Olivia Harrow"
    assert found.channel is not None and "letter" in found.channel.text


@pytest.mark.parametrize("on", [True, False])
def test_a_document_s_sender_who_wrote_speaks_through_the_document(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    """SENDERS_DOCUMENTS_ARE_CHANNELS: "a letter to the board's chair from Owain Prytherch, a consultant at Ysbyty Tywi,
    who wrote that ...": the sender speaks (``relative_sources.WHO_IS_THE_NAME_A_THING_COMES_FROM``) through the
    letter, to the chair; a question from a named person is no document and names no channel."""
    monkeypatch.setattr(source_documents, "SENDERS_DOCUMENTS_ARE_CHANNELS", on)
    text = (
        "The board’s papers for Thursday’s meeting included a letter to the board’s chair from Owain Prytherch, a "
        "consultant obstetrician at Ysbyty Tywi, who wrote that one in three mothers had been transferred.\n\n"
        "The minister was replying to a question from Wong Kah Seng, who asked whether rural schools would close."
    )
    found = {a.content.text: a for a in quotegraph.extract(text).attributions if a.content is not None}
    letter = next(a for content, a in found.items() if "one in three mothers" in content)
    question = next(a for content, a in found.items() if "rural schools" in content)
    assert letter.speaker is not None and letter.speaker.name == "Owain Prytherch"
    channel = None if letter.channel is None else letter.channel.text
    assert channel == ("a letter to the board’s chair from Owain Prytherch" if on else None)
    assert question.speaker is not None and question.speaker.name == "Wong Kah Seng"
    assert question.channel is None


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("flag", "text", "content", "found_on", "found_off"),
    [
        # DOCUMENTS_IN_A_COLLECTION: a collection of documents is its channel, as the documents alone would be
        ("DOCUMENTS_IN_A_COLLECTION", "A new batch of council emails released this week showed that the mayor had "
         "known about the leak.", "the mayor had known about the leak",
         ("A new batch of council emails released this week", "A new batch of council emails"),
         ("A new batch of council emails released this week", None)),
        ("DOCUMENTS_IN_A_COLLECTION", "A number of studies have found that the drug cuts the risk of stroke.",
         "the drug cuts the risk of stroke", ("A number of studies", "A number of studies"),
         ("A number of studies", None)),
        # DOCUMENTS_SPEAK_FOR_THEIR_PRINCIPALS: a document issued on behalf of someone is their words
        ("DOCUMENTS_SPEAK_FOR_THEIR_PRINCIPALS", "A statement issued on behalf of the family by their solicitor, "
         "Mark Hill, said they were heartbroken.", "they were heartbroken",
         ("the family", "A statement issued on behalf of the family by their solicitor, Mark Hill"),
         ("Mark Hill", "A statement issued on behalf of the family by their solicitor, Mark Hill")),
        # SENDERS_WITHOUT_A_MENTION: a document from a body no mention holds is theirs, not the next mention's
        ("SENDERS_WITHOUT_A_MENTION", "A statement from the Walsh family, read outside the court by their "
         "solicitor, said they forgave the driver.", "they forgave the driver",
         ("the Walsh family", "A statement from the Walsh family"), ("the court", "A statement from the Walsh family")),
    ],
)  # fmt: skip
def test_a_document_source_speaks_for_whom_it_is_from_and_names_its_channel(
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    flag: str,
    text: str,
    content: str,
    found_on: tuple[str, str | None],
    found_off: tuple[str, str | None],
) -> None:
    """Each reading on and off, through the whole pipeline: (speaker, channel) of the one statement."""
    monkeypatch.setattr(source_documents, flag, on)
    result = quotegraph.extract(text, published="2025-02-07")
    [found] = [a for a in result.attributions if a.content is not None and content in a.content.text]
    channel = None if found.channel is None else found.channel.text
    assert (speaker_name(found), channel) == (found_on if on else found_off)

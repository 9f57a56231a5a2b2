"""The person or body named beside a source's head word: in apposition, closing its role, after a body noun's clause,
after a bare possessive, titled by a body's name and a role; where names given together end."""

from __future__ import annotations

import pytest

import quotegraph
from quotegraph.nlp.resolve.speakers import names_beside

from ..conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow


def test_a_body_s_name_after_a_relative_clause_on_a_body_noun_is_the_body_s(article: ArticleMaker) -> None:
    text = (
        "A lorry driver, Paul Haines, told the inquest he never saw the cyclist. The haulage firm that employed "
        "Haines, Brackwell Waste Services, said in an email that its lorries had since been fitted with cameras."
    )
    source = "The haulage firm that employed Haines, Brackwell Waste Services,"
    found = article(text).one("its lorries had since been fitted", "said", source)
    assert speaker_name(found) == "Brackwell Waste Services"


def test_names_given_together_end_before_the_clause_on_the_last_of_them(article: ArticleMaker) -> None:
    art = article(
        "Lindgren, Moreau and Vance, who had only played four tournaments together, said the final was a surprise."
    )
    assert art.said(("the final was a surprise", "Lindgren, Moreau and Vance")) == ["Lindgren, Moreau and Vance"]


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # the phrase's own noun ("the authors") is somebody told of before: the name set off after "One" is who speaks
        (
            "The authors of the report met in May. One of the authors of the report, Ari Fleischer, said the plan "
            "had failed.",
            "One of the authors of the report, Ari Fleischer,",
            "Ari Fleischer",
        ),
        # the person of the apposition, not the state in the title before the name
        (
            "Clinton met voters. Clinton's opponent, Vermont Sen. Bernie Sanders, said the plan had failed.",
            "Clinton's opponent, Vermont Sen. Bernie Sanders,",
            "Bernie Sanders",
        ),
        (
            "Insurers were angry. One of them, Halden Mutual, said the plan had failed.",
            "One of them, Halden Mutual,",
            "Halden Mutual",
        ),
    ],
)
def test_a_name_set_off_after_the_source_s_own_noun_is_who_speaks(
    article: ArticleMaker, text: str, source: str, speaker: str
) -> None:
    assert article(text).said(("the plan had failed", source)) == [speaker]


def test_a_name_split_off_its_description_by_the_parser_is_who_speaks(article: ArticleMaker) -> None:
    # "at the time" hangs on the verb and the name becomes the verb's second subject: still the description's name,
    # not the person told of all along
    source = "the American ambassador at the time, John E. Herbst"
    text = (
        "Paul Manafort advised the party for years. Mr. Manafort was paid well, and Manafort kept his ties.\n\n"
        f'With Mr. Manafort\'s help, the party was "working to change its image," wrote {source}.'
    )
    attribution = article(text).one("working to change its image", "wrote", source)
    assert speaker_name(attribution) == "John E. Herbst"


def test_a_document_s_owner_the_tagger_took_for_a_common_noun_is_who_speaks(article: ArticleMaker) -> None:
    # "Sanders’" (a bare apostrophe after s) is tagged a plural noun, no name: the email is still his, not his
    # supporters'
    source = "Sanders’ fundraising email to his supporters"
    text = f"Bernie Sanders spoke in Vermont on Monday. {source} said the party needed new leaders."
    assert article(text).said(("the party needed new leaders", source)) == ["Bernie Sanders"]


def test_a_name_after_an_outlet_s_bare_possessive_is_who_speaks(article: ArticleMaker) -> None:
    # after "News’" the parser hangs the outlet and the anchor each on the verb, the outlet first: the anchor speaks,
    # as in "CNN's Jake Tapper"
    source = "Fox News’ Bret Baier"
    art = article(f"{source} said none of the networks cut away for Clinton.")
    assert art.said(("none of the networks cut away", source)) == ["Bret Baier"]


def test_a_name_closing_a_chain_of_titles_is_who_holds_the_role(article: ArticleMaker) -> None:
    # "strategist" is read as a verb taking the name as its object, the role noun as the subject: the name is still
    # who the pollster is, one person with the "Benenson" who speaks next
    source = "Clinton's chief pollster and strategist Joel Benenson"
    text = (
        f'Speaking to MSNBC\'s "Andrea Mitchell Reports," {source} on Monday lashed out at what he characterized as '
        'an increasingly nasty Sanders campaign.\n\n"When it comes to judgment, let\'s be clear," Benenson said.'
    )
    art = article(text)
    assert art.said(("an increasingly nasty Sanders campaign", source)) == ["Joel Benenson"]
    # a preposition makes the name another's: the spokesman is not the senator
    text = "The spokesman for the senator John Smith said the vote would wait."
    source = "The spokesman for the senator John Smith"
    assert article(text).said(("the vote would wait", source)) == ["The spokesman for the senator"]
    # a clause makes the name another's too: the member is not Trump
    source = "a prominent Republican National Committee member who supports Trump"
    art = article(f"Donald Trump spoke on Monday. {source} said the campaign was broke.")
    assert art.said(("the campaign was broke", source)) == ["a prominent Republican National Committee member"]


# speakerpages (thirty-eighth set): a body's name and a role noun before a person's name title the person, however the
# parser hangs them. Sentences written for the round.
@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("text", "source", "person", "body"),
    [
        (
            "National Disaster Risk Reduction and Management Council (NDRRMC) spokesperson Mark Timbal said 5,000 "
            "people had been moved.",
            "National Disaster",
            "Mark Timbal",
            "National Disaster Risk Reduction and Management Council",
        ),
        (
            "Office of Civil Defense (OCD) spokesperson Diego Mariano said the roads were closed.",
            "Office of Civil Defense",
            "Diego Mariano",
            "Office of Civil Defense",
        ),
    ],
)
def test_a_body_s_name_and_a_role_before_a_person_s_name_title_the_person(
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    text: str,
    source: str,
    person: str,
    body: str,
) -> None:
    """BODIES_ROLES_TITLE_NAMES: after a bracketed abbreviation the parser makes the body the subject and the name its
    apposition (or the object of its "of"); the statement is still the spokesperson's."""
    monkeypatch.setattr(names_beside, "BODIES_ROLES_TITLE_NAMES", on)
    found = quotegraph.extract(text, "2026-11-02").attributions
    assert [speaker_name(a) for a in found] == [person if on else body]


def test_a_clause_before_a_titled_name_keeps_the_source_its_own() -> None:
    """ "Trump, who fired FBI Director James Comey, said": a clause, not a body's name, stands before the role."""
    found = quotegraph.extract("Trump, who fired FBI Director James Comey, said the probe was a hoax.", "2026-11-02")
    assert {speaker_name(a) for a in found.attributions} == {"Trump"}


@pytest.mark.parametrize("on", [True, False])
def test_an_office_the_tagger_read_as_a_body_is_the_person_set_off_after_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """OFFICES_READ_AS_BODIES: "The National Women's Organiser of the association, Madam Akosua Serwaa Bediako,
    said" (the tagger's body name ending at "association") is the person set off after the office; off, the office
    stays a body of its own."""
    monkeypatch.setattr(names_beside, "OFFICES_READ_AS_BODIES", on)
    source = "The National Women's Organiser of the association, Madam Akosua Serwaa Bediako,"
    art = article(f"{source} said licensed buying companies paid farmers late.")
    found = art.one("licensed buying companies paid farmers late", "said", source)
    assert speaker_name(found) == ("Akosua Serwaa Bediako" if on else "National Women's Organiser of the association")

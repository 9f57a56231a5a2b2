"""Descriptions by a noun phrase: a hyphened role noun, "the authority" after a body named by it, a phrase's owner, a
capitalised office, a noun the lexicon lacks told of as a person, a source the parser made the root, a relative
set off; a predicative noun is no description."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp import syntax
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.speakers import role_descriptions
from quotegraph.nlp.resolve.speakers.mentions import find_mentions
from quotegraph.nlp.resolve.speakers.role_descriptions import _body_met_by_its_name_noun, _body_name_words, role_lemma

from ..conftest import ArticleMaker, speaker_name

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "noun", "lemma"),
    [
        ("The GOP presidential front-runner predicted a loss.", "runner", "front-runner"),  # the lexicon's joined word
        ("The long-distance runner predicted a loss.", "runner", "runner"),  # a hyphen inside a modifier: its own word
        ("The mayor said no.", "mayor", "mayor"),
    ],
)
def test_a_role_noun_is_read_with_the_word_its_hyphen_joins_when_the_lexicon_keeps_both(
    nlp: Language, text: str, noun: str, lemma: str
) -> None:
    doc = nlp(text)
    assert role_lemma(next(t for t in doc if t.text == noun)) == lemma


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the body named before by a name holding the noun
        ("The Monetary Authority of Singapore said on Monday that banks must act. ", "Monetary Authority of Singapore"),
        # no body so named: the abstract noun ("the authority to act") describes no body
        ("The central bank said on Monday that banks must act. ", None),
    ],
)
def test_the_authority_is_the_body_whose_name_holds_it(article: ArticleMaker, text: str, body: str | None) -> None:
    """_ABSTRACT_TOO: "the authority said" after "the Monetary Authority of Singapore" is that body; with no body
    named by the noun, "the authority" is no body's description."""
    art = article(text + "“Banks must protect customers,” the authority said.")
    _, (said,) = art.resolve([art.candidate("Banks must protect customers", "said", "the authority", kind="direct")])
    assert speaker_name(said) == (body or "the authority")
    noun = next(t for t in art.doc if t.text == "authority")
    assert _body_met_by_its_name_noun(noun, _body_name_words(art.doc)) is (body is not None)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Kenya Wildlife Service said on Monday that two lions had been collared. ", "Kenya Wildlife Service"),
        # a service that is no body: "the service" after it describes none
        ("A memorial service was held on Monday for the two rangers. ", None),
    ],
)
def test_the_service_is_the_body_whose_name_holds_it(article: ArticleMaker, text: str, body: str | None) -> None:
    """_ABSTRACT_TOO: "the service said" after "the Kenya Wildlife Service" is that body (bodyforms); a memorial
    service names no body."""
    art = article(text + "“The herd is safe,” the service said.")
    _, (said,) = art.resolve([art.candidate("The herd is safe", "said", "the service", kind="direct")])
    assert speaker_name(said) == (body or "the service")


def test_an_owned_or_plural_authority_is_no_body(nlp: Language) -> None:
    """_body_met_by_its_name_noun: "his moral authority" and "the authorities" are no body's description, even after
    a body named by the noun."""
    text = "The Monetary Authority of Singapore met. His moral authority grew, and the authorities said so."
    doc = nlp(text)
    nouns = [t for t in doc if t.lemma_ == "authority" and t.i > 4]
    assert len(nouns) == 2
    assert not any(_body_met_by_its_name_noun(t, _body_name_words(doc)) for t in nouns)
    described = {m.text for m in find_mentions(doc, text) if m.kind == "description"}
    assert not any("authorit" in d for d in described)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The prime minister's answer was brisk.", "The prime minister"),
        ("Meanwhile, the current GOP nominee's support for the plan is new.", "the current GOP nominee"),
        ("Her lawyer's letter was brisk.", None),  # no "the": the owner's own owner says whose
        ("The company's answer was brisk.", None),  # a body's: "the company said" finds it by other rules
    ],
)
def test_the_owner_of_a_phrase_is_a_description_of_its_own(nlp: Language, text: str, owner: str | None) -> None:
    found = [m.text for m in find_mentions(nlp(text), text) if m.kind == "description" and "'s" not in m.text]
    assert found == ([owner] if owner else [])


def test_a_capitalised_office_after_the_is_a_description(nlp: Language) -> None:
    text = "The King spent three hours in the town on Thursday."
    doc = nlp(text)
    king = next(t for t in doc if t.text == "King")
    assert king.tag_ == "NNP" and not king.ent_type_  # the case this rule exists for
    [description] = [m for m in find_mentions(doc, text) if m.kind == "description"]
    assert (description.text, description.role, description.type) == ("The King", "king", "PERSON")
    headline = "The Myth That The President Can Save The Economy"
    assert not [m for m in find_mentions(nlp(headline), headline) if m.role == "president"]


def _descriptions(nlp: Language, text: str, source: str) -> dict[str, str | None]:
    doc = nlp(text)
    start = text.index(source)
    sources = frozenset(t.i for t in doc if start <= t.idx < start + len(source))
    return {m.text: m.role for m in find_mentions(doc, text, sources) if m.kind == "description"}


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("text", "source", "described"),
    [
        pytest.param(  # an age in years given to a statement's source
            "A 31-year-old scaffolder told the Courier that the planks had slipped.",
            "A 31-year-old scaffolder",
            "A 31-year-old scaffolder",
            id="age",
        ),
        pytest.param(  # a who-clause whose "who" is the source
            "The longest applause went to a retired beekeeper who told the council the spraying would kill the hives.",
            "who",
            "a retired beekeeper",
            id="who",
        ),
    ],
)
def test_a_source_s_noun_the_lexicon_lacks_is_a_person_by_its_who_clause_or_its_age(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, text: str, source: str, described: str
) -> None:
    """PERSONS_BY_FORM: "a retired schoolteacher who ... told the committee", "A 29-year-old rigging grip ... told"."""
    monkeypatch.setattr(role_descriptions, "PERSONS_BY_FORM", on)
    found = _descriptions(nlp, text, source)
    assert (described in found) == on, found


@pytest.mark.parametrize(
    ("text", "source", "noun"),
    [
        # an age given to no statement's source: a thing may have one
        ("A 40-year-old footbridge gave way, the council said.", "the council", "footbridge"),
        # the who-clause the parser hangs on the group's noun tells of the people in it
        ("Those in the farming community who had backed him said little.", "who", "community"),
    ],
)
def test_a_noun_the_lexicon_lacks_is_no_person_without_a_source_s_who_clause_or_age(
    nlp: Language, text: str, source: str, noun: str
) -> None:
    assert not any(role == noun for role in _descriptions(nlp, text, source).values())


def test_a_hyphened_role_noun_makes_a_description_of_a_person(nlp: Language) -> None:
    doc = nlp("The GOP presidential front-runner predicted a loss.")
    found = [m for m in find_mentions(doc, doc.text) if m.kind == "description"]
    assert [(m.role, m.type) for m in found] == [("front-runner", "PERSON")]


@pytest.mark.parametrize("on", [True, False])
def test_a_source_s_noun_the_parser_made_the_root_is_a_description(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """ROOT_NOUN_SOURCES: "a young technician from Mehsana who had been chosen to show ... told": the parser makes the
    noun the sentence's root, which its noun chunks leave out; as a source it is a description all the same."""
    monkeypatch.setattr(role_descriptions, "ROOT_NOUN_SOURCES", on)
    text = (
        "After the speech, a young technician from Mehsana who had been chosen to show the Prime Minister the "
        "wire-bonding line told The Indian Courier: “My father repairs tractors.”"
    )
    doc = nlp(text)
    noun = next(t for t in doc if t.text == "technician")
    assert noun.dep_ == "ROOT"  # the parse this rule exists for
    descriptions = [m.text for m in find_mentions(doc, text, frozenset({noun.i})) if m.kind == "description"]
    # the whole description and nothing else of the technician: a substring of the descriptions joined also passed on
    # a longer or a broken phrase
    assert [d for d in descriptions if "technician" in d] == (["a young technician from Mehsana"] if on else [])
    # not a source: no description (the chunks leave it out, as before)
    unsourced = [m.text for m in find_mentions(doc, text) if m.kind == "description"]
    assert "a young technician" not in " ".join(unsourced)


_STEWARD = (
    "One of those kids was a young steward on duty at the front of the away end, who told the Blast she and a "
    "colleague had begged a supervisor over the radio for ten minutes to unlock the pitch-side gate.\n"
    "“We kept saying it, open the gate. Nobody answered. It felt like forever,” she said."
)


@pytest.mark.parametrize("predicate", [True, False])
def test_a_relative_set_off_after_a_predicate_noun_tells_of_a_person(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, predicate: bool
) -> None:
    """PREDICATE_NOUNS_TAKE_RELATIVES: the "who" of "One of those kids was a young steward ..., who told" is the
    steward, a person the next "she said" goes to; never a speaker named "who", nor the colleague of her words."""
    monkeypatch.setattr(syntax, "PREDICATE_NOUNS_TAKE_RELATIVES", predicate)
    art = article(_STEWARD)
    _, (told, said) = art.resolve(
        [
            art.candidate("she and a colleague had begged", "told", "who"),
            art.candidate("It felt like forever", "said", "she", after="forever", kind="direct"),
        ]
    )
    assert [speaker_name(told), speaker_name(said)] == (
        ["a young steward", "a young steward"] if predicate else ["who", "a colleague"]
    )


def test_a_noun_with_a_name_but_no_comma_between_is_no_description(nlp: Language) -> None:
    """ "the postman Derek Allsop": the noun is the name's title, not a description of its own."""
    said = "The panda was spotted by a retired postman{} Derek Allsop, who told the Post he had gone out."
    titled, described = said.format(""), said.format(",")
    assert "a retired postman" not in {m.text for m in find_mentions(nlp(titled), titled)}
    assert "a retired postman" in {m.text for m in find_mentions(nlp(described), described)}


def test_a_predicative_description_is_no_mention(article: ArticleMaker) -> None:
    art = article("Omar Haddad worked as a lawyer for years and is a partner at a firm. A lawyer for the city said no.")
    described = [m.text for m in find_mentions(art.doc, art.doc.text) if m.kind == "description"]
    assert not any(text.startswith(("a lawyer", "a partner")) for text in described)
    assert "A lawyer for the city" in described  # the same noun as a subject does refer to somebody


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("named", "person"),
    [
        # the text sets a person's name beside the same noun: a noun for a person in this text
        ("The spinner, Farhan Qureshi, played 22 Tests.", True),
        # beside a place's name: no person
        ("The spinner, Mumbai, sat idle.", False),
    ],
)
def test_a_source_s_noun_the_lexicon_lacks_is_a_person_when_the_text_sets_a_name_beside_it(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, named: str, person: bool
) -> None:
    """PERSON_NOUNS_BY_APPOSITION: "A former leg-spinner disagreed ... The spinner, Farhan Qureshi," makes "A former
    leg-spinner" a person's description."""
    monkeypatch.setattr(role_descriptions, "PERSON_NOUNS_BY_APPOSITION", on)
    text = f"A former leg-spinner disagreed with the selectors. {named}"
    found = _descriptions(nlp, text, "A former leg-spinner")
    assert (found.get("A former leg-spinner") == "spinner") == (person and on), found


def test_a_noun_set_beside_a_name_is_no_person_where_it_is_no_statement_s_source(nlp: Language) -> None:
    """PERSON_NOUNS_BY_APPOSITION: only a statement's source takes the noun as a person's ("the race, Ted Cruz," of a
    misparse must not make "a tight race" somebody)."""
    text = "A former leg-spinner sat in the studio. The spinner, Farhan Qureshi, played 22 Tests, the host said."
    assert "A former leg-spinner" not in _descriptions(nlp, text, "the host")
    assert _descriptions(nlp, text, "A former leg-spinner").get("A former leg-spinner") == "spinner"


def test_a_medium_s_noun_set_beside_a_name_is_no_person(nlp: Language) -> None:
    """PERSON_NOUNS_BY_APPOSITION: a noun for what is said through ("book", "report") names no one, whatever name a
    misparse sets beside it ("The book, Farhan Qureshi," of a title or a list)."""
    text = "A new book disagreed with the selectors. The book, Farhan Qureshi, played 22 Tests."
    assert "A new book" not in _descriptions(nlp, text, "A new book")


@pytest.mark.parametrize(
    ("text", "description"),
    [
        # a body's name with "and" in it: the description runs to the name's end, not to its first conjunct
        (
            "A spokeswoman for the Ministry of Fisheries and Coastal Affairs said the quota would fall.",
            "A spokeswoman for the Ministry of Fisheries and Coastal Affairs",
        ),
        # with a comma too
        (
            "A spokesman for the Department for Transport, Housing and Planning said the bridge would reopen.",
            "A spokesman for the Department for Transport, Housing and Planning",
        ),
        # two descriptions joined by "and", no body's name between: the first ends at its own noun
        (
            "A spokeswoman for the ministry and a lawyer for the union said the talks would resume.",
            "A spokeswoman for the ministry",
        ),
    ],
)
@pytest.mark.parametrize("on", [True, False])
def test_a_description_keeps_the_whole_name_of_the_body_it_names(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str, description: str, on: bool
) -> None:
    monkeypatch.setattr(role_descriptions, "BODY_NAMES_KEPT_WHOLE", on)
    described = {m.text for m in find_mentions(nlp(text), text) if m.kind == "description"}
    whole = description in described
    cut = description.split(" and ")[0].split(",")[0] in described
    # with the rule off the name is cut at its first "and" or comma; with no name between, the same either way
    assert whole if on or "ministry and" in text else cut


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("text", "content", "source", "named"),
    [
        (  # rugby: a position the lexicon lacks
            "The Canterbury Crusaders signed Sam Whitelock on a two-year deal. “I am excited to come home,” the "
            "Wellington-born lock said in a statement.",
            "I am excited to come home",
            "the Wellington-born lock",
            "Sam Whitelock",
        ),
        (  # cricket
            "Babar Azam made a century at Lord's on Friday. “The pitch was slow early on,” the Lahore-born opener "
            "said.",
            "The pitch was slow early on",
            "the Lahore-born opener",
            "Babar Azam",
        ),
        (  # politics, raised rather than born
            "Ngozi Adeyemi won the by-election on Thursday. “This seat was never safe,” the Ibadan-raised newcomer "
            "said.",
            "This seat was never safe",
            "the Ibadan-raised newcomer",
            "Ngozi Adeyemi",
        ),
    ],
)
def test_a_source_described_by_its_birthplace_is_the_person_named_before(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, text: str, content: str, source: str, named: str
) -> None:
    """PERSONS_BY_BIRTHPLACE: a statement's source whose noun the lexicon lacks, told with the place one was born or
    raised in, is a person's description, linked to the person named before (speakerlinks)."""
    monkeypatch.setattr(role_descriptions, "PERSONS_BY_BIRTHPLACE", on)
    found = speaker_name(article(text).one(content, "said", source))
    assert (found == named) is on


def test_a_place_a_body_is_based_in_makes_no_person_of_a_noun_the_lexicon_lacks(nlp: Language) -> None:
    """PERSONS_BY_BIRTHPLACE reads birth and upbringing, said of people, not "-based", said of bodies too."""
    doc = nlp("“We will appeal,” the Toulouse-based outfit said.")
    sources = frozenset(t.i for t in doc if t.lower_ == "outfit")
    assert not any(m.role == "outfit" for m in find_mentions(doc, doc.text, sources))


# phrasecuts (forty-second set): the clergy of other faiths and ranks as role nouns, so that "the imam said" after
# "Imam X" is X. Sentences written for the round, in Nigerian, Egyptian, Ghanaian and Irish copy.
@pytest.mark.parametrize(
    ("text", "noun", "named"),
    [
        (
            "Imam Yusuf Abdullahi of the Central Mosque in Kano addressed worshippers after Friday prayers. "
            "“Violence is never the answer,” the imam said.",
            "imam",
            "Yusuf Abdullahi",
        ),
        (
            "Sheikh Ahmed al-Tayeb addressed the conference in Cairo on Tuesday. "
            "“Extremism has no place in Islam,” the cleric said.",
            "cleric",
            "Ahmed al-Tayeb",
        ),
        (
            "Archbishop Peter Mensah led the funeral mass in Kumasi on Saturday. "
            "“They will not be forgotten,” the archbishop said.",
            "archbishop",
            "Peter Mensah",
        ),
        (
            "Brother Thomas, a Benedictine monk at Glenstal Abbey, spoke to the Irish Wire on Friday. "
            "“The abbey will open its doors,” the monk said.",
            "monk",
            "Thomas",
        ),
    ],
)
@pytest.mark.parametrize("listed", [True, False])
def test_a_clergy_noun_links_to_the_named_cleric(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, text: str, noun: str, named: str, listed: bool
) -> None:
    """resolve_role_nouns.tsv: "the imam", "the cleric", "the archbishop", "the monk" are roles a named person holds,
    so the description finds the cleric named before; without the row it is a speaker of its own."""
    if not listed:
        monkeypatch.delitem(lexicons().role_nouns, noun)
    art = article(text)
    quote = text.split("“")[1].split("”")[0].rstrip(",")
    _, (said,) = art.resolve([art.candidate(quote, "said", f"the {noun}", kind="direct")])
    assert speaker_name(said) == (named if listed else f"the {noun}")

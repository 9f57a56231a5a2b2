"""Channel, addressee and time: the same-sentence forms, and occasions carried by scenes and continuations."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import pytest

from quotegraph.model import Attribution, AttributionKind
from quotegraph.nlp.resolve.carrying import (
    carried_addressees,
    carrier,
    carrier_state,
    joining,
    kept_days,
    lapses,
    open_scenes,
    partly_stated,
    sayings,
    taking_part,
    told_before,
)

from ..conftest import Article, ArticleMaker

pytestmark = pytest.mark.slow

DAY = "2025-02-07"  # the day these stories were published, a Friday


def _time_of(found: Attribution) -> str | None:
    return found.time.text if found.time else None


def _texts(found: Attribution) -> tuple[str | None, str | None, str | None]:
    return tuple(None if f is None else f.text for f in (found.channel, found.addressee, found.time))  # type: ignore[return-value]


def _kind(kind: str | None) -> AttributionKind:
    """A spec's kind, checked against the kinds an attribution has (indirect when a spec gives none)."""
    if kind is None:
        return "indirect"
    assert kind in ("direct", "indirect", "mixed"), kind
    return cast(AttributionKind, kind)


def _resolved(article: ArticleMaker, text: str, *specs: tuple[str | None, ...]) -> list[Attribution]:
    """The attributions of ``text`` for candidates given as (content, cue, source[, after[, kind]])."""
    art = article(text, published=DAY)
    candidates = []
    for content, cue, source, *rest in specs:
        after, kind = (*rest, None, None)[:2]
        assert content is not None
        candidates.append(art.candidate(content, cue, source, after=after, kind=_kind(kind)))
    return art.resolve(candidates)[1]


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "expected"),
    [
        ("Smith said in a commentary on Monday that the plan would fail.", "that the plan would fail", "said",
         "Smith", ("a commentary", None, "on Monday")),
        ("The ministry issued statements saying the border was closed.", "the border was closed", "saying",
         "The ministry", ("statements", None, None)),
        # whom the medium went to is the addressee too, as occasion.md's "in a letter to [shareholders]"
        ("In a post to subscribers, the editor wrote that the paper would close.", "that the paper would close",
         "wrote", "the editor", ("a post to subscribers", "subscribers", None)),
        ("Jones texted to say that she was leaving.", "that she was leaving", "say", "Jones", ("texted", None, None)),
        # a medium verb that is not the root the parser gives the cue; a verb of another kind is no medium
        ("Meanwhile, the campaign's account has been busy, re-tweeting several angry attacks on the host.",
         "angry attacks on the host", "re-tweeting several", "the campaign's account", ("re-tweeting", None, None)),
        ("Meanwhile, the campaign's account has been busy, re-stating several angry attacks on the host.",
         "angry attacks on the host", "re-stating several", "the campaign's account", (None, None, None)),
        ("At 10:15 a.m., she emailed the board that the vote was off.", "that the vote was off", "emailed", "she",
         ("emailed", "the board", "At 10:15 a.m.")),
        ("When officers asked about the car, he said it was stolen.", "it was stolen", "said", "he",
         (None, None, "When officers asked about the car")),
        ("The coach told reporters after the match that his team was tired.", "that his team was tired", "told",
         "The coach", (None, "reporters", "after the match")),
        ("A new poll found that most voters want change.", "that most voters want change", "found", "A new poll",
         ("A new poll", None, None)),
        ("While Hale has been criticized, Reyes said that the plan was sound.", "that the plan was sound", "said",
         "Reyes", (None, None, None)),  # "while" contrasts; it does not date the saying
    ],
)  # fmt: skip
def test_an_occasion_stated_in_the_statement_s_own_sentence(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, expected: tuple[str, ...]
) -> None:
    found = article(text, published=DAY).one(content, cue, source)
    assert _texts(found) == expected
    assert not any(f is not None and f.carried for f in (found.channel, found.addressee, found.time))


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "addressee"),
    [
        ("Speaking to supporters in Reno, Hale said that the race was close.", "that the race was close", "said",
         "Hale", "supporters in Reno"),
        ("Hale, speaking to reporters, said that the race was close.", "that the race was close", "said",
         "Hale,", "reporters"),
        ("Hale celebrated with supporters, declaring that the race was won.", "that the race was won", "declaring",
         "Hale", "supporters"),
        # the noun says whom the pronoun stands for
        ("Hale emailed donors on Monday, telling them that the race was close.", "that the race was close",
         "telling", "Hale", "donors"),
        ("Hale told reporters, speaking to the crowd, that the race was close.", "that the race was close", "told",
         "Hale", "reporters"),
        # the pronoun stands for whom the verb before named
        ("Hale greeted 300 supporters at a rally and told them that the race was close.", "that the race was close",
         "told", "Hale", "300 supporters"),
        ("After thanking the crowd, Hale said that the race was close.", "that the race was close", "said", "Hale",
         "the crowd"),
        # what the verb does is no participle it is made with
        ("Hale has taken to urging voters to stay home.", "to stay home", "taken", "Hale", None),
        # a participle of another verb than the saying's names nobody it was said to
        ("Hale, leaving the hall, said that the race was close.", "that the race was close", "said", "Hale,", None),
    ],
)  # fmt: skip
def test_the_addressee_of_a_verb_the_statement_is_made_with(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, addressee: str | None
) -> None:
    found = article(text, published=DAY).one(content, cue, source)
    assert (found.addressee.text if found.addressee else None) == addressee


@pytest.mark.parametrize(
    ("text", "content", "addressee"),
    [
        # the parser hangs the place on the verb; it still says which audience
        ("“We have come a long way,” Hale told cheering supporters in Nashua, N.H.", "We have come a long way,",
         "cheering supporters in Nashua, N.H."),
        ("Hale told reporters in the morning that the race was close.", "that the race was close", "reporters"),
        # a town hall is told as an audience is
        ("Hale told a town hall in Salem that the race was close.", "that the race was close", "a town hall in Salem"),
    ],
)  # fmt: skip
def test_whom_a_statement_was_told_keeps_its_place(
    article: ArticleMaker, text: str, content: str, addressee: str
) -> None:
    found = article(text, published=DAY).one(content, "told", "Hale")
    assert found.addressee is not None and found.addressee.text == addressee


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "expected"),
    [
        # the parser hangs the programme on the reported clause it ends
        ("Hale argued that the court would change on Wednesday’s “Sean Hannity Show.”",
         "that the court would change", "argued", "Hale", ("on Wednesday’s “Sean Hannity Show.”", "Wednesday")),
        ("On ABC’s “Good Morning America” Tuesday, Hale said that he would pay.", "that he would pay", "said", "Hale",
         ("On ABC’s “Good Morning America”", "Tuesday")),
        ("Hale said on CBS’s “Face the Nation” that the bill would pass.", "that the bill would pass", "said", "Hale",
         ("on CBS’s “Face the Nation”", None)),
        # a paper's text that writes its quote marks as two apostrophes; a day set off before is no owner
        ("Hale said on CBS's ''Face the Nation'' that the bill would pass.", "that the bill would pass", "said", "Hale",
         ("on CBS's ''Face the Nation''", None)),
        ("Hale, who spoke on Thursday, said on NBC's ''Meet the Press'' that the bill would pass.",
         "that the bill would pass", "said", "Hale, who spoke on Thursday,", ("on NBC's ''Meet the Press''", None)),
        # no owner: only right after a verb of saying or appearing, where "on" is no topic
        ("Hale said on “Meet the Press” that the bill would pass.", "that the bill would pass", "said", "Hale",
         ("on “Meet the Press”", None)),
        ("Hale spoke on “Meet the Press” Sunday and said that the bill would pass.", "that the bill would pass",
         "said", "Hale", ("on “Meet the Press”", "Sunday")),
        ("Hale commented on “Obamacare” and said that the bill would pass.", "that the bill would pass", "said",
         "Hale", (None, None)),
        # a possessive before a quoted title that is no programme: a lower-case owner, no "on"
        ("Hale said that the court would rule on his “plan” soon.", "that the court would rule", "said", "Hale",
         (None, None)),
        ("Hale said that Smith’s “Plan B” was dead.", "that Smith’s “Plan B” was dead", "said", "Hale", (None, None)),
    ],
)  # fmt: skip
def test_a_broadcast_named_by_its_network_or_day_and_its_title(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, expected: tuple[str | None, ...]
) -> None:
    found = article(text, published=DAY).one(content, cue, source)
    assert (found.channel.text if found.channel else None, _time_of(found)) == expected


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "channel"),
    [
        ("Hale, speaking at a rally in Miami, said that the race was close.", "that the race was close", "said",
         "Hale, speaking at a rally in Miami,", "a rally in Miami"),
        ("Hale, speaking at the Grand Hyatt hotel, said that the race was close.", "that the race was close",
         "said", "Hale, speaking at the Grand Hyatt hotel,", "the Grand Hyatt hotel"),
        # a length or a moment is not where one spoke
        ("Hale spoke at length about the plan, saying that it would fail.", "that it would fail", "saying", "Hale",
         None),
        ("Speaking at the close of the primary day, Hale said that the race was close.", "that the race was close",
         "said", "Hale", None),
        # a participle that is no saying sets no scene
        ("Hale, arriving at a rally in Miami, said that the race was close.", "that the race was close", "said",
         "Hale, arriving at a rally in Miami,", None),
        # what one writes in is where it was published, a name the tagger may leave untagged; not a place
        ("Writing in the Literary Quarterly, Hale said that the race was close.", "that the race was close",
         "said", "Hale", "the Literary Quarterly"),
        ("Hale, who wrote in Iowa for years, said that the race was close.", "that the race was close", "said",
         "Hale, who wrote in Iowa for years,", None),
    ],
)  # fmt: skip
def test_where_one_speaks_is_the_setting_of_what_one_says(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, channel: str | None
) -> None:
    found = article(text, published=DAY).one(content, cue, source)
    assert (found.channel.text if found.channel else None) == channel


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Speaking to supporters following the state’s primary, Hale said that the race was close.",
         "following the state’s primary"),
        ("Speaking to a crowd in Columbia, South Carolina at the close of the primary day, Hale said that the race"
         " was close.",
         "at the close of the primary day"),
        # a participle that is no saying does not date it
        ("Leaving the hall following the state’s primary, Hale said that the race was close.", None),
    ],
)  # fmt: skip
def test_the_time_of_a_participle_of_saying_is_the_statement_s(
    article: ArticleMaker, text: str, time: str | None
) -> None:
    assert _time_of(article(text, published=DAY).one("that the race was close", "said", "Hale")) == time


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "time"),
    [
        ("In 2012, Hale said that the plan would fail.", "that the plan would fail", "said", "Hale", "In 2012"),
        ("In a 1998 speech, Hale declared that the plan would fail.", "that the plan would fail", "declared", "Hale",
         "1998"),
        # a year before a noun that is no medium dates that thing
        ("Hale said in the 2012 debate that the plan would fail.", "that the plan would fail", "said", "Hale",
         "2012"),
        ("Hale praised the 2012 budget, saying that it worked.", "that it worked", "saying", "Hale", None),
        # the story's own year, or a later one, is when what is talked of happens (DAY is in 2025)
        ("Hale listed the qualities of a nominee in 2025: courage.", "the qualities of a nominee", "listed",
         "Hale", None),
        # in the source: when the speaker did something else
        ("Hale, who founded the institute in 1979, said that the plan would fail.", "that the plan would fail",
         "said", "Hale, who founded the institute in 1979,", None),
    ],
)  # fmt: skip
def test_a_year_dates_a_saying_of_a_past_year(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, time: str | None
) -> None:
    assert _time_of(article(text, published=DAY).one(content, cue, source)) == time


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("Hale said his campaign doesn’t want “that crap,” in an interview with CNN on Sunday.",
         "his campaign doesn’t want “that crap,”", ("an interview with CNN", "on Sunday")),
        ("Hale said the plan would fail, in a statement.", "the plan would fail", ("a statement", None)),
        # without the comma an occasion of speaking that closes the reported words is still where they were said
        # (circumstances.CLOSING_IN_CONTENT, as PolNeAR's annotators give it); with more after it, it is not the last
        # word
        ("Hale said the plan would fail in a statement.", "the plan would fail in a statement", ("a statement", None)),
        ("Hale said the plan would fail, in a statement, but the board voted for it.",
         "the plan would fail, in a statement, but the board voted for it", (None, None)),
    ],
)  # fmt: skip
def test_a_medium_set_off_at_the_end_of_the_sentence_is_the_statement_s(
    article: ArticleMaker, text: str, content: str, expected: tuple[str | None, str | None]
) -> None:
    found = article(text, published=DAY).one(content, "said", "Hale")
    assert (found.channel.text if found.channel else None, _time_of(found)) == expected


def test_a_time_on_the_first_of_coordinated_verbs_dates_the_saying_at_their_end(article: ArticleMaker) -> None:
    text = "On Monday they reversed themselves, rushed everyone inside the room and said that voting would go on."
    found = article(text, published=DAY).one("that voting would go on", "said", "they")
    assert _time_of(found) == "On Monday"


def test_the_time_of_the_reported_events_is_not_the_statement_s(article: ArticleMaker) -> None:
    found = article("She said the shooting happened on Monday.", published=DAY).one(
        "the shooting happened on Monday", "said", "She"
    )
    assert found.time is None


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        ("The senator declared “What a wonderful Friday!” and left the stage.", "What a wonderful Friday!",
         "declared", "The senator"),
        ("The mayor pledged to keep the park open “today, tomorrow and always.”", "to keep the park open “today, "
         "tomorrow and always.”", "pledged", "The mayor"),
    ],
)  # fmt: skip
def test_a_time_in_the_speaker_s_quoted_words_is_not_when_they_spoke(
    article: ArticleMaker, text: str, content: str, cue: str, source: str
) -> None:
    assert article(text, published=DAY).one(content, cue, source).time is None


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "time"),
    [
        ("A person familiar with the plans for Thursday's vote said that the deal was close.",
         "that the deal was close", "said", "A person familiar with the plans for Thursday's vote", None),
        ("Ms. Kato is highlighting her big win in last week's caucus.", "her big win in last week's caucus",
         "is highlighting", "Ms. Kato", None),
        ("Mr. Lee said during this week's televised debate that taxes would fall.", "that taxes would fall", "said",
         "Mr. Lee", "this week"),
        # after the noun: a phrase hung on it dates it, unless the noun is its verb's subject
        ("Mr. Lee is marking his victories on Super Tuesday and said that taxes would fall.", "that taxes would fall",
         "said", "Mr. Lee", None),
        # ("at one point": "at the time" names a time told before, see test_circumstances.py)
        ("Mr. Lee at one point said that taxes would fall.", "that taxes would fall", "said", "Mr. Lee",
         "at one point"),
        ("Mr. Lee told CBS News on Super Tuesday that taxes would fall.", "that taxes would fall", "told", "Mr. Lee",
         "on Super Tuesday"),
        ("Mr. Lee wrote in a post to subscribers on Sunday that taxes would fall.", "that taxes would fall", "wrote",
         "Mr. Lee", "on Sunday"),
    ],
)  # fmt: skip
def test_a_time_before_a_noun_dates_that_thing_unless_it_is_the_occasion(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, time: str | None
) -> None:
    assert _time_of(article(text, published=DAY).one(content, cue, source)) == time


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Senator Hale voted in Boise on Saturday and says that the plan will fail.", None),
        ("Senator Hale voted in Boise on Saturday and said that the plan will fail.", "on Saturday"),
    ],
)
def test_a_time_of_a_joined_verb_in_another_tense_is_another_moment(
    article: ArticleMaker, text: str, time: str | None
) -> None:
    cue = "says" if " says " in text else "said"
    assert _time_of(article(text, published=DAY).one("that the plan will fail", cue, "Senator Hale")) == time


def test_a_dateline_s_date_is_the_story_s_not_the_statement_s(article: ArticleMaker) -> None:
    text = "Hale doubts the plan.\n\nBOISE, March 3 (UPI) — Senator Hale announced that the plan would fail."
    assert article(text, published=DAY).one("that the plan would fail", "announced", "Senator Hale").time is None
    stated = "Senator Hale announced on March 3 (a Monday) that the plan would fail."
    assert (
        _time_of(article(stated, published=DAY).one("that the plan would fail", "announced", "Senator Hale"))
        == "on March 3"
    )


SCENE = (
    "The minister testified before the inquiry on Tuesday.\n\n"
    "“We acted on the advice we had,” the minister said.\n\n"
    "He added that nobody had warned him.\n\n"
    "“That is not true,” said Ms. Reyes, a lawyer for the families.\n\n"
    "In a statement on Friday, the ministry said it would appeal.\n\n"
    "The minister later said he regretted nothing."
)


@pytest.fixture(scope="module")
def scene(article: Callable[..., Article]) -> list[Attribution]:
    art = article(SCENE, published="2025-02-07")
    candidates = [
        art.candidate("We acted on the advice we had,", "said", "the minister", after="had,”", kind="direct"),
        art.candidate("that nobody had warned him", "added", "He"),
        art.candidate("That is not true,", "said", "Ms. Reyes", after="true", kind="direct"),
        art.candidate("it would appeal", "said", "the ministry", after="Friday"),
        art.candidate("he regretted nothing", "said", "The minister", after="appeal."),
    ]
    return art.resolve(candidates)[1]


def test_a_scene_set_before_is_carried_with_the_spans_of_its_first_mention(scene: list[Attribution]) -> None:
    said = scene[0]
    assert said.channel is not None and said.time is not None
    assert (said.channel.text, said.channel.carried) == ("the inquiry", True)
    assert (said.time.text, said.time.date, said.time.carried) == ("on Tuesday", "2025-02-04", True)
    assert SCENE[said.time.spans[0].start : said.time.spans[0].end] == "on Tuesday"


def test_a_continuation_carries_the_occasion_of_the_statement_it_continues(scene: list[Attribution]) -> None:
    added = scene[1]
    assert added.time is not None and (added.time.text, added.time.carried) == ("on Tuesday", True)


def test_another_speaker_outside_a_shared_scene_carries_nothing(scene: list[Attribution]) -> None:
    reyes = scene[2]
    assert (reyes.channel, reyes.addressee, reyes.time) == (None, None, None)


def test_a_new_occasion_is_stated_and_ends_the_old_one(scene: list[Attribution]) -> None:
    ministry, later = scene[3], scene[4]
    assert _texts(ministry) == ("a statement", None, "on Friday")
    assert later.time is not None and later.time.text == "later" and not later.time.carried
    assert later.channel is None  # "later": a new occasion, not the inquiry's


def test_a_scene_told_after_the_statements_is_carried_back_to_their_quotes(article: ArticleMaker) -> None:
    text = (
        "Senator McCain said the anger was real.\n\n"
        "“People feel it,” McCain said.\n\n"
        "McCain made his remarks at a breakfast with reporters on Wednesday."
    )
    art = article(text, published=DAY)
    paraphrase, quote = art.resolve(
        [
            art.candidate("the anger was real", "said", "Senator McCain"),
            art.candidate("People feel it,", "said", "McCain", after="it,”", kind="direct"),
        ]
    )[1]
    assert quote.channel is not None and quote.time is not None
    assert (quote.channel.text, quote.channel.carried) == ("a breakfast with reporters", True)
    assert (quote.time.text, quote.time.carried) == ("on Wednesday", True)
    # told before the occasion is set, a paraphrase sums up a position
    assert _texts(paraphrase) == (None, None, None)


def test_a_scene_set_right_after_a_dated_first_statement_is_where_it_was_made(article: ArticleMaker) -> None:
    text = (
        "Carla Mendes threw her support behind the mayor on Wednesday, saying the city needs a builder.\n\n"
        "Mendes made a surprise appearance at the mayor's rally in Dayton on Wednesday morning."
    )
    art = article(text, published=DAY)
    found = art.one("the city needs a builder", "saying", "Carla Mendes")
    assert found.channel is not None and found.channel.carried
    assert found.channel.text == "a surprise appearance at the mayor's rally in Dayton"
    assert found.time is not None and found.time.text == "on Wednesday"


def test_a_sentence_naming_the_statement_gives_the_medium_it_came_in(article: ArticleMaker) -> None:
    text = "Senator Hale said the party must change.\n\nThe announcement came in a letter sent out on Friday."
    art = article(text, published=DAY)
    found = art.one("the party must change", "said", "Senator Hale")
    assert found.channel is not None and (found.channel.text, found.channel.carried) == ("a letter", True)


def test_a_medium_inside_an_of_phrase_is_the_channel(article: ArticleMaker) -> None:
    text = "Ms. Lane announced in a series of posts on Friday that she would resign."
    found = article(text, published=DAY).one("that she would resign", "announced", "Ms. Lane")
    assert found.channel is not None and "posts" in found.channel.text


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "time"),
    [
        ("Ms. Ortiz is now sure that the bill will pass.", "that the bill will pass", "is now sure", "Ms. Ortiz", None),
        # "now" tells the story's present, never when something was said (annotated so on PolNeAR train)
        ("Mr. Park can now say that the plant is safe.", "that the plant is safe", "can now say", "Mr. Park", None),
        # "immediately": how soon, not when
        ("Mr. Park immediately said that the plant was safe.", "that the plant was safe", "said", "Mr. Park", None),
        ("An earlier report said that the plant was unsafe.", "that the plant was unsafe", "said", "An earlier report",
         None),
        ("The mayor recently said that the plant was unsafe.", "that the plant was unsafe", "said", "The mayor",
         "recently"),
    ],
)  # fmt: skip
def test_a_time_adverb_dates_a_saying_only_on_its_verb(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, time: str | None
) -> None:
    assert _time_of(article(text, published=DAY).one(content, cue, source)) == time


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "time"),
    [
        ("She talks about night shifts and her family.", "night shifts and her family", "talks about", "She", None),
        ("He spoke about night work at the hospital on Monday.", "night work at the hospital", "spoke about", "He",
         "on Monday"),
        # "about" as an adverb of the number is an approximate time
        ("The mayor said at about 10 p.m. that the plant was unsafe.", "that the plant was unsafe", "said",
         "The mayor", "at about 10 p.m."),
    ],
)  # fmt: skip
def test_about_a_time_word_after_a_verb_of_saying_is_the_topic_not_the_time(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, time: str | None
) -> None:
    assert _time_of(article(text, published=DAY).one(content, cue, source)) == time


def test_naming_the_occasion_again_keeps_what_it_leaves_out(article: ArticleMaker) -> None:
    text = (
        "“The plan is sound,” Dale Moss tells the Boston Herald in an exclusive interview.\n\n"
        "Moss has led the group since 1990.\n\n"
        "“We will win,” Moss tells the Boston Herald.\n\n"
        "“I am sure of it,” he adds."
    )
    _, again, added = _resolved(
        article,
        text,
        ("The plan is sound,", "tells", "Dale Moss", None, "direct"),
        ("We will win,", "tells", "Moss", "We will", "direct"),
        ("I am sure of it,", "adds", "he", "it,”", "direct"),
    )
    for found in (again, added):
        assert found.channel is not None and (found.channel.text, found.channel.carried) == (
            "an exclusive interview",
            True,
        )
        assert found.addressee is not None and found.addressee.text == "the Boston Herald"


@pytest.mark.parametrize(
    ("body", "channel"),
    [
        ("The family", "a statement released through his agent"),  # Faraday's family again: it continues
        ("The theatre", None),  # another body: nothing carried
    ],
)
def test_a_body_named_again_by_the_head_of_its_possessive_name_continues(
    article: ArticleMaker, body: str, channel: str | None
) -> None:
    content = "that mourners give to the Royal Theatrical Fund instead of sending flowers"
    text = (
        "Faraday's family said in a statement released through his agent that they had been overwhelmed.\n\n"
        f"{body} also asked {content}."
    )
    found = _resolved(
        article, text, ("that they had been overwhelmed", "said", "Faraday's family"), (content, "asked", body)
    )
    assert _texts(found[1])[0] == channel


@pytest.mark.parametrize(
    ("addressee", "time"),
    [
        ("Judge Alicia Brandt", "on Tuesday"),  # the probate judge named: the same one told, the same day
        ("Senator Alicia Brandt", None),  # another one told, two paragraphs on: no day kept
    ],
)
def test_a_person_told_named_again_under_their_title_keeps_the_day(
    article: ArticleMaker, addressee: str, time: str | None
) -> None:
    text = (
        "Tomas Ruiz told a probate judge on Tuesday that his father had never meant to sell.\n\n"
        "Ruiz, 58, ran the kitchens for two decades.\n\n"
        f"“My father built this,” Ruiz told {addressee}."
    )
    found = _resolved(
        article,
        text,
        ("that his father had never meant to sell", "told", "Tomas Ruiz"),
        ("My father built this,", "told", "Ruiz", "built this", "direct"),
    )
    assert _texts(found[1]) == (None, addressee, time)


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "channel"),
    [
        ("A poll conducted by Marist College found that most voters were undecided.",
         "that most voters were undecided", "found", "A poll conducted by Marist College",
         "A poll conducted by Marist College"),
        ("The governor held a press conference on Monday and said the bridge would reopen.",
         "the bridge would reopen", "said", "The governor", "a press conference"),
    ],
)  # fmt: skip
def test_a_scene_held_and_the_participle_that_says_which_channel(
    article: ArticleMaker, text: str, content: str, cue: str, source: str, channel: str | None
) -> None:
    found = article(text, published=DAY).one(content, cue, source)
    assert (found.channel.text if found.channel else None) == channel


@pytest.mark.parametrize(
    ("last", "content", "cue"),
    [
        ("Hale has criticized the governor for raising taxes.", "the governor for raising taxes", "has criticized"),
        ("Hale isn't saying when the vote will be.", "when the vote will be", "isn't saying"),
    ],
)
def test_what_a_speaker_has_said_over_time_or_is_not_saying_carries_no_occasion(
    article: ArticleMaker, last: str, content: str, cue: str
) -> None:
    text = f"Senator Hale spoke at a rally in Dayton on Tuesday.\n\n“We will win,” Hale said.\n\n{last}"
    art = article(text, published=DAY)
    said, later = art.resolve(
        [
            art.candidate("We will win,", "said", "Hale", after="win,”", kind="direct"),
            art.candidate(content, cue, "Hale", after="win,”"),
        ]
    )[1]
    assert said.time is not None and said.time.text == "on Tuesday"
    assert (later.channel, later.addressee, later.time) == (None, None, None)


def test_a_time_clause_dates_its_paragraph_s_sayings_not_later_ones(article: ArticleMaker) -> None:
    text = (
        "When Judge Ruiz returned, Ruiz said that the trial would go on. Ruiz added that the jury was ready.\n\n"
        "Whitfield also said that nobody would leave."
    )
    said, added, later = _resolved(
        article,
        text,
        ("that the trial would go on", "said", "Whitfield", "returned,"),
        ("that the jury was ready", "added", "Whitfield", "go on."),
        ("that nobody would leave", "said", "Whitfield", "ready."),
    )
    assert [_time_of(s) for s in (said, added, later)] == ["When Judge Ruiz returned", "When Judge Ruiz returned", None]


def test_in_the_event_that_is_a_condition_not_a_channel(article: ArticleMaker) -> None:
    text = "Asked about her vote in the event that Hale wins, Reyes said she would abstain."
    found = article(text, published=DAY).one("she would abstain", "said", "Reyes")
    assert found.channel is None


def test_a_poll_s_answers_carry_the_story_s_poll_and_nobody_else_does(article: ArticleMaker) -> None:
    text = (
        "A new Marist poll released on Tuesday found that most voters want change.\n\n"
        "The governor said the numbers were wrong.\n\n"
        "Sixty percent of voters say the economy is weak.\n\n"
        "A Gallup survey of mayors found that cities are strained.\n\n"
        "Six in 10 say taxes are too high."
    )
    _, governor, sixty, _, six = _resolved(
        article,
        text,
        ("that most voters want change", "found", "A new Marist poll released on Tuesday"),
        ("the numbers were wrong", "said", "The governor"),
        ("the economy is weak", "say", "Sixty percent of voters"),
        ("that cities are strained", "found", "A Gallup survey of mayors"),
        ("taxes are too high", "say", "Six in 10"),
    )
    assert governor.channel is None
    for answer in (sixty, six):
        assert answer.channel is not None and answer.channel.carried
        assert answer.channel.text.startswith("A new Marist poll")
        assert answer.time is None  # released on Tuesday: not when the answers were given


def test_a_scene_named_again_is_carried_as_first_named(article: ArticleMaker) -> None:
    text = (
        "In a wide-ranging speech on Tuesday, Hale said the state would turn.\n\n"
        "Hale said in that speech that taxes would fall.\n\n"
        "“We will win,” Hale said."
    )
    _, again, later = _resolved(
        article,
        text,
        ("the state would turn", "said", "Hale"),
        ("that taxes would fall", "said", "Hale", "turn."),
        ("We will win,", "said", "Hale", "fall.", "direct"),
    )
    assert again.channel is not None and (again.channel.text, again.channel.carried) == ("that speech", False)
    assert later.channel is not None and (later.channel.text, later.channel.carried) == ("a wide-ranging speech", True)


@pytest.mark.parametrize(
    ("first", "rule", "expected"),
    [
        ("at a news conference in Stockholm", True, "a news conference in Stockholm"),
        ("at a news conference in Stockholm", False, "the same briefing"),
        # a conference alone is no press event: an academic one, a party's
        ("at a conference in Stockholm", True, "the same briefing"),
    ],
)
def test_the_same_briefing_names_a_news_conference_again(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    first: str,
    rule: bool,
    expected: str,
) -> None:
    monkeypatch.setattr(told_before, "PRESS_EVENTS_ARE_ONE", rule)
    text = (
        f"Hans Ellstrom said {first} on Wednesday that the prize was shared.\n\n"
        "Ingrid Falk told reporters at the same briefing that the committee had struggled to reach her."
    )
    falk = ("that the committee had struggled to reach her", "told", "Ingrid Falk")
    again = _resolved(article, text, ("that the prize was shared", "said", "Hans Ellstrom"), falk)[1]
    # the day is the event's either way (``THE_EVENT_DAY``): the same briefing is no new occasion
    assert _texts(again) == (expected, "reporters", "on Wednesday")


@pytest.mark.parametrize(
    ("scene_sentence", "channel", "time"),
    [
        ("Senator Hale is thanking supporters at a victory rally in Dayton on Tuesday.", "a victory rally in Dayton",
         "on Tuesday"),
        ("Senator Hale marked his win with a rally in Dayton on Tuesday.", "a rally in Dayton", "on Tuesday"),
        # a destination is no scene; the day of his doing is his (``scenes.PERSON_DAYS``, on/off in test_scenes.py)
        ("Senator Hale carried that message to the convention on Tuesday.", None, "on Tuesday"),
        ("Senator Hale was moved to tears during his announcement on Tuesday.", "his announcement", "on Tuesday"),
        ("Senator Hale's proof was contained in his written reply.", None, None),
        # a person on an outlet is on air (sentence_settings._on_air); on a bus is nowhere a statement is made, though
        # the day of what he was doing is his (``scenes.PERSON_DAYS``, on/off in test_scenes.py)
        ("Senator Hale was on CNN on Tuesday, talking about the budget.", "CNN", "on Tuesday"),
        ("Senator Hale was on a bus to Dayton on Tuesday, talking about the budget.", None, "on Tuesday"),
    ],
)  # fmt: skip
def test_an_event_after_a_preposition_sets_the_scene_whatever_the_verb(
    article: ArticleMaker, scene_sentence: str, channel: str | None, time: str | None
) -> None:
    text = f"{scene_sentence}\n\n“We will win,” Hale said."
    art = article(text, published=DAY)
    said = art.one("We will win,", "said", "Hale", kind="direct")
    assert _texts(said)[0::2] == (channel, time)


@pytest.mark.parametrize(
    ("method", "time"),
    [
        ("The poll was conducted Feb. 3-5 among 1,000 adults.", "Feb. 3"),
        ("Support is up from the last time the poll was conducted in December.", None),
    ],
)
def test_a_poll_s_answers_take_the_time_it_was_conducted_told_after_them(
    article: ArticleMaker, method: str, time: str | None
) -> None:
    text = (
        "A new Marist poll found that most voters want change.\n\n"
        f"Sixty percent of voters say the economy is weak.\n\n{method}"
    )
    _, sixty = _resolved(
        article,
        text,
        ("that most voters want change", "found", "A new Marist poll"),
        ("the economy is weak", "say", "Sixty percent of voters"),
    )
    assert _time_of(sixty) == time
    assert sixty.time is None or sixty.time.carried


def test_an_interview_opened_at_a_moment_keeps_the_speaker_s_day(article: ArticleMaker) -> None:
    text = (
        "Senator Hale said on Friday that the plan was sound.\n\n"
        "When asked about the vote, Hale told Reuters in an interview that he would win.\n\n"
        "Hale said the party was united."
    )
    _, told, later = _resolved(
        article,
        text,
        ("that the plan was sound", "said", "Senator Hale"),
        ("that he would win", "told", "Hale", "vote,"),
        ("the party was united", "said", "Hale", "win."),
    )
    # the question's clause, naming no date, gives way to the day in force (``partly_stated.left_in_force``)
    assert _texts(told) == ("an interview", "Reuters", "on Friday")
    assert told.time is not None and told.time.carried
    assert _texts(later) == ("an interview", "Reuters", "on Friday")


def test_what_a_poll_gives_is_the_poll_its_answers_carry(article: ArticleMaker) -> None:
    text = "Early results of a Marist poll show that most voters want change.\n\nSixty percent say taxes are too high."
    _, sixty = _resolved(
        article,
        text,
        ("that most voters want change", "show", "Early results of a Marist poll"),
        ("taxes are too high", "say", "Sixty percent"),
    )
    assert sixty.channel is not None and sixty.channel.carried and "Marist poll" in sixty.channel.text


def test_a_quote_dated_anew_keeps_the_speaker_s_channel_and_addressee_a_new_addressee_the_channel_and_day(
    article: ArticleMaker,
) -> None:
    text = (
        "Senator Hale told Reuters in an interview on Monday that the plan was sound.\n\n"
        "“I will vote for it,” Hale said on Tuesday.\n\n"
        "He told reporters that the party was united.\n\n"
        "Hale said on Wednesday that the bill was dead."
    )
    _, dated, told, paraphrase = _resolved(
        article,
        text,
        ("that the plan was sound", "told", "Senator Hale"),
        ("I will vote for it,", "said", "Hale", "it,”", "direct"),
        ("that the party was united", "told", "He", "Tuesday."),
        ("that the bill was dead", "said", "Hale", "united."),
    )
    assert _texts(paraphrase) == (None, None, "on Wednesday")  # reported speech dated anew: another occasion
    assert _texts(dated) == ("an interview", "Reuters", "on Tuesday")  # the same occasion, now dated
    assert dated.channel is not None and dated.channel.carried and dated.time is not None and not dated.time.carried
    assert dated.addressee is not None and dated.addressee.carried
    assert _texts(told) == ("an interview", "reporters", "on Tuesday")  # "told X" the paragraph after: that day
    assert told.addressee is not None and not told.addressee.carried
    assert told.time is not None and told.time.carried


def test_a_speaker_s_channel_is_not_kept_paragraphs_later(article: ArticleMaker) -> None:
    text = (
        "Senator Hale said in an interview on Monday that the plan was sound.\n\n"
        "The plan has a long history.\n\nIt was first drafted in 2019.\n\nIt was revised twice.\n\n"
        "Hale said on Tuesday that he would vote for it."
    )
    _, dated = _resolved(
        article,
        text,
        ("that the plan was sound", "said", "Senator Hale"),
        ("that he would vote for it", "said", "Hale", "twice."),
    )
    assert _texts(dated) == (None, None, "on Tuesday")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Rubio said tonight he is a step closer to the nomination.", "tonight he is a step closer to the nomination"),
        ("Rubio said that the race would be settled today.", "that the race would be settled today"),
    ],
)
def test_the_speaker_s_today_in_the_reported_words_is_the_content_s(
    article: ArticleMaker, text: str, content: str
) -> None:
    assert article(text, published=DAY).one(content, "said", "Rubio").time is None


def test_a_time_of_a_past_verb_joined_to_a_present_perfect_cue_is_another_moment(article: ArticleMaker) -> None:
    text = (
        "Since launching his bid, Trump has taken a firm stance against illegal immigration and last June "
        "stirred anger."
    )
    assert (
        article(text, published=DAY).one("illegal immigration", "has taken a firm stance against", "Trump").time is None
    )


def test_now_in_a_held_view_is_a_state_not_a_moment_of_saying(article: ArticleMaker) -> None:
    found = article("Hale now believes that the plan will fail.", published=DAY).one(
        "that the plan will fail", "believes", "Hale"
    )
    assert found.type == "thought" and found.time is None


def test_a_third_person_told_in_one_exchange_is_not_carried(article: ArticleMaker) -> None:
    text = "Senator Hale told her on Monday that the plan was sound.\n\nHale said the vote would pass."
    told, later = _resolved(
        article,
        text,
        ("that the plan was sound", "told", "Senator Hale"),
        ("the vote would pass", "said", "Hale", "sound."),
    )
    assert _texts(told) == (None, "her", "on Monday")
    assert _texts(later) == (None, None, "on Monday")


def test_many_events_are_no_one_occasion_to_carry(article: ArticleMaker) -> None:
    text = "At rallies across Ohio, Senator Hale said that taxes would fall.\n\nHale said the vote would pass."
    rallies, later = _resolved(
        article,
        text,
        ("that taxes would fall", "said", "Senator Hale"),
        ("the vote would pass", "said", "Hale", "fall."),
    )
    assert rallies.channel is not None and rallies.channel.text.startswith("rallies")
    assert later.channel is None


@pytest.mark.parametrize(
    ("scene_sentence", "channel"),
    [
        ("Senator Hale is using his victory speech to draw contrasts with his rivals.", "his victory speech"),
        ("Senator Hale's speech was interrupted twice by protesters.", "Senator Hale's speech"),
        ("Senator Hale will attend the convention to lock up the nomination.", None),  # a plan, not a scene
        ("Senator Hale is skipping the rallies to rest.", None),  # many events, none carried
    ],
)
def test_a_scene_its_speaker_was_in_is_read_from_a_sentence_that_holds_no_statement(
    article: ArticleMaker, scene_sentence: str, channel: str | None
) -> None:
    text = f"{scene_sentence}\n\nHale says the party has won.\n\n“We did it,” Hale said."
    says, said = _resolved(
        article,
        text,
        ("the party has won", "says", "Hale"),
        ("We did it,", "said", "Hale", "it,”", "direct"),
    )
    for found in (says, said):
        assert _texts(found)[0] == channel
        if channel is not None:
            assert found.channel is not None and found.channel.carried
            span = found.channel.spans[0]
            assert text[span.start : span.end] == channel


def test_a_scene_read_from_a_sentence_without_a_statement_adds_to_the_occasion_replacing_none(
    article: ArticleMaker,
) -> None:
    text = (
        "Senator Hale told reporters on Monday that the bill would pass.\n\n"
        "Senator Hale's speech was interrupted by a protester.\n\n"
        "Hale said the vote was close."
    )
    told, later = _resolved(
        article,
        text,
        ("that the bill would pass", "told", "Senator Hale"),
        ("the vote was close", "said", "Hale", "protester."),
    )
    assert _texts(told) == (None, "reporters", "on Monday")
    assert _texts(later) == ("Senator Hale's speech", "reporters", "on Monday")


@pytest.mark.parametrize(
    ("content", "channel"),
    [
        ("That’s", "fundraising reports"),  # "That's according to ...": the statement just made
        ("That’s a record", None),  # a statement of its own
    ],
)
def test_that_s_according_to_gives_its_channel_to_the_statement_before_it(
    article: ArticleMaker, content: str, channel: str | None
) -> None:
    text = f"The Reyes campaign says it raised $21 million in January.\n\n{content} according to fundraising reports."
    said, according = _resolved(
        article,
        text,
        ("it raised $21 million in January", "says", "The Reyes campaign"),
        (content, "according to", "fundraising reports"),
    )
    assert according.channel is not None and according.channel.text == "fundraising reports"
    assert _texts(said)[0] == channel
    if channel is not None:
        assert said.channel is not None and said.channel.carried


@pytest.mark.parametrize(
    ("text", "content", "source", "time"),
    [
        ("In a statement released late Tuesday, the company said that the cuts were final.",
         "that the cuts were final", "the company", "late Tuesday"),
        # a participle the parser hangs on the medium from inside the words dates the words' subject
        ("The company said in a statement that the plant, opened in 1998, would close.",
         "that the plant, opened in 1998, would close", "The company", None),
        # the day a letter bears, on a participle the parser hangs on whom the letter went to; not another participle
        ("In a letter to the culture minister dated November 12, the director said that the loan was over.",
         "that the loan was over", "the director", "November 12"),
        ("In a letter to the culture minister appointed November 12, the director said that the loan was over.",
         "that the loan was over", "the director", None),
        # a clause or phrase of time on the medium's participle; not one on a noun inside the words
        ("Fisk said in testimony submitted before the hearing that the cut would close two branches.",
         "that the cut would close two branches", "Fisk", "before the hearing"),
        ("Fisk said in testimony that the cut submitted before the hearing would close two branches.",
         "that the cut submitted before the hearing would close two branches", "Fisk", None),
    ],
)  # fmt: skip
def test_when_the_medium_went_out_is_when_the_words_were_said(
    article: ArticleMaker, text: str, content: str, source: str, time: str | None
) -> None:
    assert _time_of(article(text, published=DAY).one(content, "said", source)) == time


@pytest.mark.parametrize(
    ("text", "cue", "time"),
    [
        ("Tetley told the tribunal in June that she had emailed managers.", "told", "in June"),
        # "in" that the month does not hang on is no part of its time
        ("In an interview June 12, Tetley said that she had emailed managers.", "said", "June 12"),
    ],
)
def test_the_in_a_month_hangs_on_is_part_of_its_time(article: ArticleMaker, text: str, cue: str, time: str) -> None:
    found = article(text, published=DAY).one("that she had emailed managers", cue, "Tetley")
    assert _time_of(found) == time


# Where a carried occasion ends, and what a statement that names a new part of one keeps.

FILLER = "The plan has a long history.\n\nIt was first drafted in 2019.\n\nIt was revised twice.\n\nIt is long.\n\n"


def _interview_then(
    article: ArticleMaker, last: str, last_kind: str, opening: str = "said in an interview on Monday"
) -> Attribution:
    text = (
        f"Senator Hale {opening} that the plan was sound.\n\n"
        "“We will win,” Hale said.\n\n"
        "Ms. Reyes, a lawyer for the families, said the plan would fail.\n\n" + FILLER + last
    )
    content = "the vote would be close" if last_kind == "indirect" else "It will be close,"
    found = _resolved(
        article,
        text,
        ("that the plan was sound", opening.split()[0], "Senator Hale"),
        ("We will win,", "said", "Hale", "win,”", "direct"),
        ("the plan would fail", "said", "Ms. Reyes", "Ms. Reyes"),
        (content, "said", "Hale", "long.", last_kind),
    )
    return found[3]


def test_a_paraphrase_long_after_its_speaker_last_spoke_with_others_between_carries_nothing(
    article: ArticleMaker,
) -> None:
    found = _interview_then(article, "Hale said the vote would be close.", "indirect")
    assert _texts(found) == (None, None, None)


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("told Reuters on Monday", "Reuters"),  # an interview given to an outlet: the story's source of their words
        ("told CNN's Dana Bash on Monday", "CNN's Dana Bash"),  # an outlet's interviewer
        ("told Reuters last year", None),  # an old interview recalled: a paraphrase long after is a summary
        ("told his neighbours on Monday", None),  # no outlet
    ],
)
def test_a_paraphrase_long_after_an_interview_given_an_outlet_is_still_told_to_it(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, told: str, expected: str | None
) -> None:
    """ "Viguerie tells Breitbart News in an exclusive interview", then, paragraphs on with others heard between,
    "Viguerie is upbeat about Cruz's chances": the interview an outlet was given does not lapse
    (``OUTLET_INTERVIEWS_DO_NOT_LAPSE``)."""
    monkeypatch.setattr(lapses, "OUTLET_INTERVIEWS_DO_NOT_LAPSE", on)
    found = _interview_then(article, "Hale said the vote would be close.", "indirect", opening=told)
    assert (None if found.addressee is None else found.addressee.text) == (expected if on else None)


def test_a_quote_long_after_still_carries_its_speaker_s_occasion(article: ArticleMaker) -> None:
    found = _interview_then(article, "“It will be close,” Hale said.", "direct")
    assert _texts(found) == ("an interview", None, "on Monday")
    assert found.channel is not None and found.channel.carried


def test_a_single_message_is_carried_to_the_next_paragraph_only(article: ArticleMaker) -> None:
    text = (
        "Senator Hale wrote in a tweet on Monday that the plan was sound.\n\n"
        "“It is a good plan,” Hale said.\n\n"
        "Hale said the vote would pass."
    )
    _, next_paragraph, later = _resolved(
        article,
        text,
        ("that the plan was sound", "wrote", "Senator Hale"),
        ("It is a good plan,", "said", "Hale", "plan,”", "direct"),
        ("the vote would pass", "said", "Hale", "Hale said the vote"),
    )
    assert _texts(next_paragraph) == ("a tweet", None, "on Monday")
    assert _texts(later) == (None, None, "on Monday")  # the day holds, the tweet does not


def test_a_blog_post_is_no_single_message(article: ArticleMaker) -> None:
    text = (
        "Senator Hale wrote in a blog post on Monday that the plan was sound.\n\n"
        "“It is a good plan,” Hale wrote.\n\n"
        "Hale wrote that the vote would pass."
    )
    *_, later = _resolved(
        article,
        text,
        ("that the plan was sound", "wrote", "Senator Hale"),
        ("It is a good plan,", "wrote", "Hale", "plan,”", "direct"),
        ("that the vote would pass", "wrote", "Hale", "Hale wrote that"),
    )
    assert _texts(later) == ("a blog post", None, "on Monday")


def test_one_told_the_jury_speaks_on_the_day_of_the_trial_told_before(article: ArticleMaker) -> None:
    """A day in court is told speaker by speaker: "told jurors", "told the court" name whom, not the day again."""
    text = (
        "Prosecutors said on Wednesday at the start of his trial that the dealer had sold forged paintings.\n\n"
        "Rowena Blake, prosecuting, told jurors that the dealer had bought the canvases in Kent.\n\n"
        "His barrister, Thomas Okonjo, told the court that his client had been deceived."
    )
    _, prosecutor, barrister = _resolved(
        article,
        text,
        ("that the dealer had sold forged paintings", "said", "Prosecutors"),
        ("that the dealer had bought the canvases in Kent", "told", "Rowena Blake"),
        ("that his client had been deceived", "told", "His barrister, Thomas Okonjo"),
    )
    assert _time_of(prosecutor) == "on Wednesday"
    assert _time_of(barrister) == "on Wednesday"


@pytest.mark.parametrize("rule", [True, False])
def test_the_event_named_with_the_takes_the_day_just_told(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, rule: bool
) -> None:
    """ "said at the news conference" refers back to the event the story told just before with its day."""
    monkeypatch.setattr(kept_days, "THE_EVENT_DAY", rule)
    lede = "On Thursday, the janitor stood beside a giant check at the lottery office and admitted that he had kept it."
    quote = "“I checked the numbers eleven times,” Ray Deltoro said at the news conference."
    admitted = ("that he had kept it", "admitted", "the janitor")
    said = ("I checked the numbers eleven times,", "said", "Ray Deltoro", "times,”", "direct")
    _, at_the_conference = _resolved(article, f"{lede}\n\n{quote}", admitted, said)
    assert _texts(at_the_conference) == ("the news conference", None, "On Thursday" if rule else None)


def test_a_time_naming_no_date_is_carried_to_the_next_paragraph_only(article: ArticleMaker) -> None:
    text = (
        "Senator Hale told reporters after the match that the plan was sound.\n\n"
        "“It is a good plan,” Hale said.\n\n"
        "Hale said the party was united."
    )
    _, next_paragraph, later = _resolved(
        article,
        text,
        ("that the plan was sound", "told", "Senator Hale"),
        ("It is a good plan,", "said", "Hale", "plan,”", "direct"),
        ("the party was united", "said", "Hale", "Hale said the party"),
    )
    assert _texts(next_paragraph) == (None, "reporters", "after the match")
    assert _texts(later) == (None, "reporters", None)


def test_a_new_addressee_keeps_the_day_of_the_paragraph_before(article: ArticleMaker) -> None:
    text = "Senator Hale said on Sunday that the plan was sound.\n\nHe told reporters that the vote would pass."
    _, told = _resolved(
        article,
        text,
        ("that the plan was sound", "said", "Senator Hale"),
        ("that the vote would pass", "told", "He"),
    )
    assert _texts(told) == (None, "reporters", "on Sunday")
    assert told.time is not None and told.time.carried and told.addressee is not None and not told.addressee.carried


def test_a_new_addressee_paragraphs_later_is_another_day(article: ArticleMaker) -> None:
    text = (
        "Senator Hale said on Sunday that the plan was sound.\n\n"
        + FILLER
        + "He told reporters that the vote would pass."
    )
    _, told = _resolved(
        article,
        text,
        ("that the plan was sound", "said", "Senator Hale"),
        ("that the vote would pass", "told", "He"),
    )
    assert _texts(told) == (None, "reporters", None)


def test_many_statements_are_no_one_occasion_to_carry(article: ArticleMaker) -> None:
    text = "Senator Hale said in statements on Monday that the plan was sound.\n\nHale said the vote would pass."
    first, later = _resolved(
        article,
        text,
        ("that the plan was sound", "said", "Senator Hale"),
        ("the vote would pass", "said", "Hale", "sound."),
    )
    assert _texts(first) == ("statements", None, "on Monday")
    assert _texts(later) == (None, None, "on Monday")


def test_social_media_is_one_platform_carried_like_a_singular_channel(article: ArticleMaker) -> None:
    text = "Senator Hale talked openly on social media about the plan.\n\nShe said the vote would pass."
    first, later = _resolved(
        article,
        text,
        ("about the plan", "talked openly on social media", "Senator Hale"),
        ("the vote would pass", "said", "She", "plan."),
    )
    assert _texts(first)[0] == "social media"
    assert _texts(later)[0] == "social media"


def test_a_sentence_whose_subject_is_a_channel_does_not_tell_of_the_statement_before(
    article: ArticleMaker,
) -> None:
    text = "Senator Hale said the party must change.\n\nThe event was a disaster, organisers admitted."
    art = article(text, published=DAY)
    found = art.one("the party must change", "said", "Senator Hale")
    assert _texts(found) == (None, None, None)


def test_a_scene_set_paragraphs_after_the_statements_is_not_carried_back(article: ArticleMaker) -> None:
    text = (
        "Senator McCain said the anger was real.\n\n"
        + FILLER
        + "McCain made his remarks at a breakfast with reporters on Wednesday."
    )
    found = article(text, published=DAY).one("the anger was real", "said", "Senator McCain")
    assert _texts(found) == (None, None, None)


def test_a_year_dates_its_own_statement_and_is_not_carried(article: ArticleMaker) -> None:
    text = "Senator Hale said last year that the plan was sound.\n\n“It is a good plan,” Hale said."
    art = article(text, published=DAY)
    quote = art.candidate("It is a good plan,", "said", "Hale", after="plan,”", kind="direct")
    year, carried = art.resolve([art.candidate("that the plan was sound", "said", "Senator Hale"), quote])[1]
    assert _time_of(year) == "last year"
    assert carried.time is None  # a year is a period in which many things were said, not an occasion


_ALLIES = "Dana Whitfield and Omar Ruiz are old allies.\n\n"


@pytest.mark.parametrize(
    ("before", "group", "groups_carry", "expected"),
    [
        ("", "Dana Whitfield and Omar Ruiz told the committee", True, ("the committee", "on Tuesday")),
        # "Both": a group of people named before it, whose scene is its members' (``GROUPS_CARRY``)
        (_ALLIES, "Both told the committee at a hearing", True, ("the committee", "on Tuesday")),
        (_ALLIES, "Both told the committee at a hearing", False, (None, None)),
    ],
)
def test_a_speaker_takes_the_occasion_of_a_group_named_with_them(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    before: str,
    group: str,
    groups_carry: bool,
    expected: tuple[str | None, str | None],
) -> None:
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.taking_part.GROUPS_CARRY", groups_carry)
    # the group's rule alone: with it off, Whitfield, named before the hearing was told and first heard after it, joins
    # the hearing by ``gatherings.NAMED_BEFORE_FIRST_HEARD`` (its channel and day, not the committee: tested there)
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.gatherings.NAMED_BEFORE_FIRST_HEARD", False)
    # nor as a voice of the lede's session, the hearing the group told the committee at (``lede_sessions.SPOKEN_IN``)
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.lede_sessions.SPOKEN_IN", False)
    text = f"{before}{group} on Tuesday that the plant was unsafe.\n\n“We saw it every day,” Dana Whitfield said."
    _, quote = _resolved(
        article,
        text,
        ("that the plant was unsafe", "told", group.split(" told")[0]),
        ("We saw it every day,", "said", "Dana Whitfield", "day,”", "direct"),
    )
    assert _texts(quote)[1:] == expected


@pytest.mark.parametrize(
    ("cue", "time"),
    [
        ("has warned", None),  # what has been said over time: a view held, dated only by a day named for it
        ("warned", "As the vote neared"),  # one saying, at a moment
    ],
)
def test_a_held_view_is_dated_only_by_a_day(article: ArticleMaker, cue: str, time: str | None) -> None:
    text = f"As the vote neared, Senator Hale {cue} that the bridge was unsafe."
    found = article(text, published=DAY).one("that the bridge was unsafe", cue, "Senator Hale")
    assert _time_of(found) == time


@pytest.mark.parametrize(
    ("adverb", "carried"),
    [
        ("Later", "Later"),  # later within the occasion told before: the next statements are made then too
        ("Recently", None),  # dates its own statement only
    ],
)
def test_later_moves_on_within_an_occasion_and_is_carried(
    article: ArticleMaker, adverb: str, carried: str | None
) -> None:
    text = (
        "Senator Hale spoke at a rally in Dayton.\n\n"
        f"{adverb}, Hale said that the bridge was unsafe.\n\n"
        "“It will fall,” Hale said."
    )
    said, quote = _resolved(
        article,
        text,
        ("that the bridge was unsafe", "said", "Hale"),
        ("It will fall,", "said", "Hale", "fall,”", "direct"),
    )
    assert _time_of(said) == adverb
    assert _time_of(quote) == carried
    assert quote.time is None or quote.time.carried


def test_a_setting_that_names_no_time_keeps_the_speaker_s_day(article: ArticleMaker) -> None:
    text = (
        "Senator Hale said on Tuesday that taxes would fall.\n\n"
        "Senator Hale spoke at a rally in Dayton.\n\n"
        "“We will win,” Hale said."
    )
    said, quote = _resolved(
        article,
        text,
        ("that taxes would fall", "said", "Senator Hale"),
        ("We will win,", "said", "Hale", "win,”", "direct"),
    )
    assert _texts(said) == (None, None, "on Tuesday")
    assert _texts(quote) == ("a rally in Dayton", None, "on Tuesday")
    assert quote.time is not None and quote.time.carried


@pytest.mark.parametrize(
    ("asked", "channel", "time"),
    [
        ("asked him whether", "a long interview on the podcast Extra Time", "on Tuesday"),  # the guest: his interview
        ("asked his listeners whether", None, None),  # somebody else asked: no part of the guest's occasion
        ("told him that", None, None),  # no question: a word to him made anywhere
    ],
)
def test_a_question_put_to_a_speaker_is_made_on_their_occasion(
    article: ArticleMaker, asked: str, channel: str | None, time: str | None
) -> None:
    text = (
        "Albrecht said he had thought about retiring, in a long interview on the podcast Extra Time on Tuesday.\n\n"
        f"Boateng {asked} the criticism had played a part."
    )
    _, question = _resolved(
        article,
        text,
        ("he had thought about retiring", "said", "Albrecht"),
        (asked.split()[-1] + " the criticism had played a part", asked.split()[0], "Boateng"),
    )
    assert (_texts(question)[0], _time_of(question)) == (channel, time)


@pytest.mark.parametrize(
    "middle",
    [
        "Hale said at the start of his remarks that the vote would pass.",
        "In his remarks, Hale said that the vote would pass.",
    ],
)
def test_an_occasion_named_by_a_plural_keeps_the_speaker_s_addressee_and_day(
    article: ArticleMaker, middle: str
) -> None:
    text = f"Senator Hale told supporters on Tuesday that taxes would fall.\n\n{middle}\n\n“We will win,” Hale said."
    told_them = ("that taxes would fall", "told", "Senator Hale")
    in_remarks = ("the vote would pass", "said", "Hale", "fall.")
    won = ("We will win,", "said", "Hale", "pass.", "direct")
    told, _, quote = _resolved(article, text, told_them, in_remarks, won)
    assert _texts(told) == (None, "supporters", "on Tuesday")
    assert _texts(quote) == (None, "supporters", "on Tuesday")
    assert quote.addressee is not None and quote.addressee.carried


@pytest.mark.parametrize(
    ("channel", "carried"),
    [
        ("at a joint news conference", ("a joint news conference", None, "on Thursday")),
        ("in a joint statement", (None, None, None)),  # a document, no scene the people named next speak in
        ("on the picket line", ("the picket line", None, "on Thursday")),  # a scene of two words (``scene_noun``)
    ],
)
def test_a_scene_a_group_speaks_in_is_shared_by_the_people_named_after_it(
    article: ArticleMaker, channel: str, carried: tuple[str | None, ...]
) -> None:
    text = (
        f"The two leaders said {channel} on Thursday that student visas would be dropped.\n\n"
        "Prime Minister Helena Vasconcelos told reporters, standing beside President Rodrigo Amaral, that it was "
        "a good day.\n\n"
        "Amaral said the two governments would sign the agreement in September."
    )
    _, _, amaral = _resolved(
        article,
        text,
        ("that student visas would be dropped", "said", "The two leaders"),
        ("that it was a good day", "told", "Prime Minister Helena Vasconcelos"),
        ("the two governments would sign the agreement in September", "said", "Amaral", "day."),
    )
    assert _texts(amaral) == carried


_VERMEULEN = ("that the levy was fair", "said", "Minister Ingrid Vermeulen")


@pytest.mark.parametrize(
    ("reply", "answer", "carried"),
    [
        ("De Graaf said in reply that the levy would drive investment away.",
         ("the levy would drive investment away", "said", "De Graaf", "fair."),
         ("a debate in parliament", "on Tuesday")),
        ("“It will drive investment away,” De Graaf replied.",
         ("It will drive investment away,", "replied", "De Graaf", "fair.", "direct"),
         ("a debate in parliament", "on Tuesday")),
        # no reply: another occasion, not told
        ("De Graaf said that the levy would drive investment away.",
         ("the levy would drive investment away", "said", "De Graaf", "fair."), (None, None)),
    ],
)  # fmt: skip
def test_a_reply_is_made_on_the_scene_of_the_speaker_it_answers(
    article: ArticleMaker, reply: str, answer: tuple[str, ...], carried: tuple[str | None, ...]
) -> None:
    text = f"Minister Ingrid Vermeulen said in a debate in parliament on Tuesday that the levy was fair.\n\n{reply}"
    found = _resolved(article, text, _VERMEULEN, answer)[1]
    assert (_texts(found)[0], _time_of(found)) == carried


def test_a_new_addressee_after_a_moment_keeps_the_day_the_moment_fell_on(article: ArticleMaker) -> None:
    text = (
        "Senator Hale said on Friday that the plan was sound.\n\n"
        "Asked about the vote, Hale said he would win.\n\n"
        "Hale told the mayors that the party was united."
    )
    specs = [("that the plan was sound", "said", "Senator Hale"), ("he would win", "said", "Hale", "vote,")]
    told = _resolved(article, text, *specs, ("that the party was united", "told", "Hale", "win."))[-1]
    assert (_texts(told), told.time is not None and told.time.carried) == ((None, "the mayors", "on Friday"), True)


@pytest.mark.parametrize(
    ("opening", "between", "carried"),
    [
        ("More than 200 people filled the community center on Tuesday night for a public hearing on the plan.", " ",
         ("a public hearing on the plan", None, "on Tuesday night")),
        # told in the paragraph before: no longer the people at it (``scenes.MAX_TOLD_SCENE_GAP``)
        ("More than 200 people filled the community center on Tuesday night for a public hearing on the plan.",
         "\n\n", (None, None, None)),
        # no day and no place named with it: no scene set
        ("More than 200 people came for a public hearing on the plan.", " ", (None, None, None)),
        # no scene noun: a crowd, not an occasion
        ("More than 200 people filled the community center on Tuesday night for the vote.", " ", (None, None, None)),
    ],
)  # fmt: skip
def test_a_scene_told_by_a_sentence_with_no_statement_is_carried_to_the_people_named_after_it_in_its_paragraph(
    article: ArticleMaker, opening: str, between: str, carried: tuple[str | None, ...]
) -> None:
    text = f"{opening}{between}Another resident, Dilip Rao, said the traffic study had counted trucks in a quiet week."
    [rao] = _resolved(article, text, ("the traffic study had counted trucks in a quiet week", "said", "Dilip Rao"))
    assert _texts(rao) == carried


_HEARING = "More than 200 people filled the community center on Tuesday night for a public hearing on the plan."


@pytest.mark.parametrize(
    ("told", "cue", "carried"),
    [
        # told the body gathered at the scene, two paragraphs on: made in the hearing, on its day
        ("Carla Mendes told the board that the trucks would idle by her window.", "told",
         ("a public hearing on the plan", "the board", "on Tuesday night")),
        # a plain "said": not carried (people a reporter met at the scene, ``occasions.OPEN_SCENES``)
        ("Carla Mendes said that the trucks would idle by her window.", "said", (None, None, None)),
        # told an outlet: a reporter's interview, not the hearing
        ("Carla Mendes told the Sentinel that the trucks would idle by her window.", "told",
         (None, "the Sentinel", None)),
    ],
)  # fmt: skip
def test_a_scene_a_sentence_with_no_statement_sets_holds_the_exchanges_after_it_of_any_speaker(
    article: ArticleMaker, told: str, cue: str, carried: tuple[str | None, ...]
) -> None:
    text = f"{_HEARING}\n\nThe board did not vote.\n\n{told}"
    [mendes] = _resolved(article, text, ("that the trucks would idle by her window", cue, "Carla Mendes"))
    assert _texts(mendes) == carried


@pytest.mark.parametrize(
    ("lede", "carried"),
    [
        # the story's first sentence after its headline tells of the scene: the people named after it speak in it
        (_HEARING, ("a public hearing on the plan", None, "on Tuesday night")),
        # a scene dated by its possessive, whatever the verb
        ("The beginning of Saturday night's ABC News debate could not have been more awkward.",
         ("Saturday night's ABC News debate", None, "Saturday night")),
        # no day named with it: no scene set
        ("More than 200 people came for a public hearing on the plan.", (None, None, None)),
    ],
)  # fmt: skip
def test_a_scene_the_story_s_lede_tells_of_is_carried_to_the_people_it_names_after_it(
    article: ArticleMaker, lede: str, carried: tuple[str | None, ...]
) -> None:
    text = (
        f"Warehouse vote delayed.\n\n{lede}\n\nThe board did not vote.\n\n"
        "Another resident, Dilip Rao, said the traffic study had counted trucks in a quiet week."
    )
    [rao] = _resolved(article, text, ("the traffic study had counted trucks in a quiet week", "said", "Dilip Rao"))
    assert _texts(rao) == carried


def test_a_lede_s_scene_set_for_a_group_is_carried_to_the_people_named_after_it(article: ArticleMaker) -> None:
    lede = (
        "Supporters of the two candidates avoided confrontations over the plan during their first public hearing "
        "Wednesday."
    )
    text = (
        f"Warehouse vote delayed.\n\n{lede}\n\nThe board did not vote.\n\n"
        "Another resident, Dilip Rao, said the traffic study had counted trucks in a quiet week."
    )
    [rao] = _resolved(article, text, ("the traffic study had counted trucks in a quiet week", "said", "Dilip Rao"))
    assert _texts(rao) == ("their first public hearing", None, "Wednesday")


def test_one_a_lede_s_scene_is_set_for_who_tells_the_body_there_speaks_in_it(article: ArticleMaker) -> None:
    text = (
        f"Warehouse vote delayed.\n\n{_HEARING}\n\nThe board did not vote.\n\n"
        "Carla Mendes told the board that the trucks would idle by her window."
    )
    [mendes] = _resolved(article, text, ("that the trucks would idle by her window", "told", "Carla Mendes"))
    assert _texts(mendes) == ("a public hearing on the plan", "the board", "on Tuesday night")


def test_an_open_scene_named_again_with_the_is_the_scene_of_the_statement(article: ArticleMaker) -> None:
    text = (
        "Residents packed the village hall on Tuesday evening for a parish council meeting.\n\n"
        "Council chairman Geoffrey Tallis told the meeting that the parish could not commit to its share."
    )
    [tallis] = _resolved(article, text, ("that the parish could not commit to its share", "told", "Geoffrey Tallis"))
    assert (_texts(tallis)[0], _time_of(tallis)) == ("a parish council meeting", "on Tuesday evening")


def test_an_open_scene_ends_beyond_its_reach(article: ArticleMaker, monkeypatch: pytest.MonkeyPatch) -> None:
    """The carrier's reach; the stated join of one told the board to its sitting named before
    (``stated.sitting_hearers.BODY_HEARERS_TOLD``) has none, as the court's has none, and is off here."""
    monkeypatch.setattr("quotegraph.nlp.resolve.stated.sitting_hearers.BODY_HEARERS_TOLD", False)
    text = f"{_HEARING}\n\nThe board did not vote.\n\nIt met at 7.\n\nCarla Mendes told the board that it was late."
    [mendes] = _resolved(article, text, ("that it was late", "told", "Carla Mendes"))
    assert _texts(mendes) == (None, "the board", None)


_STORE_LEDE = "A discount store moved a step closer on Monday night, when councillors voted 4-3 to back it."


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize(
    ("told", "there"),
    [
        ("told the committee", True),
        ("told the crowd", True),
        ("told the governor", False),  # one person, met anywhere
        ("told a crowd", False),  # a gathering of its own
    ],
)
def test_one_who_tells_the_gathering_speaks_in_the_latest_scene(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool, told: str, there: bool
) -> None:
    """ "told the committee" after another speaker's "told a public meeting on Monday night": made in that scene, told
    to the people gathered there (``AUDIENCE_OF_THE_LATEST_SCENE``)."""
    monkeypatch.setattr(open_scenes, "AUDIENCE_OF_THE_LATEST_SCENE", flag)
    text = (
        f"Store plan edges forward.\n\n{_STORE_LEDE}\n\n"
        "Mayor Ann Hale told a public meeting in council chambers that the store was welcome.\n\n"
        f"Leah Okonkwo {told} that the store would bring 85 jobs."
    )
    said = [
        ("that the store was welcome", "told", "Mayor Ann Hale"),
        ("that the store would bring 85 jobs", "told", "Leah Okonkwo", "Leah Okonkwo"),
    ]
    okonkwo = _resolved(article, text, *said)[-1]
    addressee = told.split(" ", 1)[1]
    expected = "a public meeting in council chambers" if flag and there else None
    assert (_texts(okonkwo)[:2]) == (expected, addressee)


def test_one_who_tells_the_gathering_is_not_carried_beyond_its_reach(article: ArticleMaker) -> None:
    text = (
        f"Store plan edges forward.\n\n{_STORE_LEDE}\n\n"
        "Mayor Ann Hale told a public meeting in council chambers that the store was welcome.\n\n"
        "The site is zoned for a motel.\n\nIt lies west of the roundabout.\n\nIt was a farm.\n\n"
        "Leah Okonkwo told the committee that the store would bring 85 jobs."
    )
    said = [
        ("that the store was welcome", "told", "Mayor Ann Hale"),
        ("that the store would bring 85 jobs", "told", "Leah Okonkwo", "Leah Okonkwo"),
    ]
    assert _texts(_resolved(article, text, *said)[-1])[:2] == (None, "the committee")


def test_a_parliament_s_question_session_the_subject_of_a_sentence_is_a_scene(article: ArticleMaker) -> None:
    text = (
        "Prime Minister's Questions had barely begun on Wednesday when the opposition leader rose.\n\n"
        "Graham Holt told the House that the government had spent record sums."
    )
    [holt] = _resolved(article, text, ("that the government had spent record sums", "told", "Graham Holt"))
    assert _texts(holt) == ("Prime Minister's Questions", "the House", "on Wednesday")


@pytest.mark.parametrize(
    ("entered", "carried"),
    [
        ("walked into the state party's spring dinner in Baltimore last Saturday",
         ("the state party's spring dinner in Baltimore", "the crowd", "last Saturday")),
        # no day and no place named with it: no scene set
        ("walked into a dinner", (None, "the crowd", None)),
    ],
)  # fmt: skip
def test_a_scene_a_sentence_with_no_statement_puts_a_speaker_in_is_her_occasion(
    article: ArticleMaker, entered: str, carried: tuple[str | None, ...]
) -> None:
    text = (
        f"Sen. Ruth Calloway had been away for five months when she {entered}.\n\n"
        "“I am not finished,” the senator told the crowd."
    )
    [calloway] = _resolved(article, text, ("I am not finished,", "told", "the senator", "months", "direct"))
    assert _texts(calloway) == carried


_CASTEL = ("that fuel duty would not rise", "said", "Finance Minister Oriane Castel")


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        # a question's clause with no date: the answer is given in the interview, on its day, to the one who asked
        ("Asked by the host how the freeze would be paid for,",
         ("an interview on Weekend Review", "the host", "on Sunday")),
        ("Pressed on how the freeze would be paid for,",
         ("an interview on Weekend Review", None, "on Sunday")),
        # a question told for itself, its asker the subject: a moment of its own, within the interview still (a
        # paraphrase dated only by a clause keeps its speaker's channel, ``PARAPHRASED_CLAUSE_KEEPS``, on/off in
        # test_partly_stated.py)
        ("When the host asked how the freeze would be paid for,",
         ("an interview on Weekend Review", None, "When the host asked how the freeze would be paid for")),
        # a question dated anew: another occasion
        ("Asked by the host on Monday how the freeze would be paid for,",
         (None, "the host", "Asked by the host on Monday how the freeze would be paid for")),
    ],
)  # fmt: skip
def test_an_answer_to_a_question_with_no_date_is_given_on_the_occasion_in_force(
    article: ArticleMaker, asked: str, expected: tuple[str | None, ...]
) -> None:
    text = (
        "Finance Minister Oriane Castel said in an interview on Weekend Review on Sunday that fuel duty would not "
        f"rise.\n\n{asked} Castel said that savings would come from a leaner government."
    )
    answer = ("that savings would come from a leaner government", "said", "Castel", "rise.")
    found = _resolved(article, text, _CASTEL, answer)[1]
    assert _texts(found) == expected


@pytest.mark.parametrize(("on", "channel"), [(True, "a forum in Las Vegas"), (False, None)])
def test_a_paraphrase_dated_by_a_clause_of_an_act_keeps_the_occasion(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, channel: str | None
) -> None:
    """ "He also pledged to shut down private detention centers, after he introduced a bill last month": the clause
    dates his act, not another saying; the pledge is made on the occasion in force, whose channel it keeps."""
    monkeypatch.setattr(partly_stated, "DATED_CLAUSES_KEEP", on)
    text = (
        "Senator Ray Colton said at a forum in Las Vegas on Monday that the bridge would be rebuilt.\n\n"
        "He also pledged to shut down the toll booths, after he introduced a bill last month that would end them."
    )
    said = ("that the bridge would be rebuilt", "said", "Senator Ray Colton")
    pledge = _resolved(article, text, said, ("to shut down the toll booths", "pledged", "He", "rebuilt."))[1]
    found = None if pledge.channel is None else (pledge.channel.text, pledge.channel.carried)
    assert found == (None if channel is None else (channel, True))


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("when", "kept"),
    [
        ("A few minutes later,", True),
        ("An hour later,", True),
        ("Two days later,", False),  # another day: as likely another occasion
        ("On Tuesday,", False),  # a new date: "Hale said Tuesday the plan would fail" is told of another occasion
    ],
)
def test_a_paraphrase_a_short_while_after_keeps_the_occasion(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, when: str, kept: bool
) -> None:
    """ "Murphy admitted during an interview for POLITICO's podcast ... A few minutes later, Murphy followed up by
    lamenting ...": a paraphrase dated a short while after a moment told before is a moment of the occasion in force,
    whose channel it keeps (``DISTANCE_KEEPS``)."""
    monkeypatch.setattr(partly_stated, "DISTANCE_KEEPS", on)
    text = (
        "Senator Ray Colton said during an interview on Harbor Radio on Monday that the bridge would be rebuilt.\n\n"
        f"{when} Colton said that the toll booths would go."
    )
    said = ("that the bridge would be rebuilt", "said", "Senator Ray Colton")
    later = _resolved(article, text, said, ("that the toll booths would go", "said", "Colton", "rebuilt."))[1]
    found = None if later.channel is None else (later.channel.text, later.channel.carried)
    assert found == (("an interview on Harbor Radio", True) if on and kept else None)


def test_a_paraphrase_answering_a_question_keeps_the_channel_but_not_whom_it_was_told(
    article: ArticleMaker,
) -> None:
    text = (
        "A company spokesperson, Lila Ahn, said in an email to ByteLedger on Wednesday that no card data was taken."
        "\n\nAsked when the breach was discovered, Ahn said the security team had spotted unusual traffic."
    )
    first = ("that no card data was taken", "said", "A company spokesperson, Lila Ahn")
    answer = ("the security team had spotted unusual traffic", "said", "Ahn", "discovered,")
    found = _resolved(article, text, first, answer)[1]
    assert _texts(found) == ("an email to ByteLedger", None, "on Wednesday")
    assert found.channel is not None and found.channel.carried


_WHITFIELD = ("that the bridge would reopen in May", "said", "Mayor Dana Whitfield")


@pytest.mark.parametrize(
    ("told", "reply", "expected"),
    [
        # a quote answering another speaker's dated statement in its paragraph is made that day
        ("said on Tuesday", (" “That is a fantasy,” said Councillor Omar Reyes.", "That is a fantasy", "direct"),
         "on Tuesday"),
        # not across a paragraph break, not a paraphrase, not a time that names no date
        ("said on Tuesday", ("\n\n“That is a fantasy,” said Councillor Omar Reyes.", "That is a fantasy", "direct"),
         None),
        ("said on Tuesday", (" Councillor Omar Reyes said the date was a fantasy.", "the date was a fantasy",
                             "indirect"), None),
        ("said after the vote", (" “That is a fantasy,” said Councillor Omar Reyes.", "That is a fantasy", "direct"),
         None),
    ],
)  # fmt: skip
def test_a_quote_with_no_time_beside_another_speaker_s_dated_statement_takes_its_day(
    article: ArticleMaker, told: str, reply: tuple[str, str, str], expected: str | None
) -> None:
    tail, content, kind = reply
    text = f"Mayor Dana Whitfield {told} that the bridge would reopen in May.{tail}"
    first = (_WHITFIELD[0], told.split()[0], _WHITFIELD[2])
    answer = (content, "said", "Councillor Omar Reyes", "May.", kind)
    found = _resolved(article, text, first, answer)
    assert _time_of(found[0]) == told.split(" ", 1)[1]
    assert _time_of(found[1]) == expected
    assert found[1].time is None or found[1].time.carried


@pytest.mark.parametrize(
    ("text", "content", "source", "channel"),
    [
        # where a cast or a winner speaks after the event: scenes (the scenes lexicon), so channels
        ("Theo Marchetti said at the premiere on Tuesday that the script had changed.", "that the script had changed",
         "Theo Marchetti", "the premiere"),
        ("In the press room, Samuel Okoye said that the lift had stopped.", "that the lift had stopped",
         "Samuel Okoye", "the press room"),
    ],
)  # fmt: skip
def test_a_premiere_and_a_press_room_are_scenes(
    article: ArticleMaker, text: str, content: str, source: str, channel: str
) -> None:
    found = article(text, published=DAY).one(content, "said", source)
    assert found.channel is not None and found.channel.text == channel


@pytest.mark.parametrize(
    ("first", "channel"),
    [
        # where a candidate speaks to crowds, a town hall and a victory party (the scenes lexicon): occasions their
        # speaker's next quote carries, not only words the statement's own sentence holds
        ("Senator Ruth Hale said on the stump that the plant would stay open.", "the stump"),
        ("Senator Ruth Hale said at a town hall in Dayton that the plant would stay open.", "a town hall in Dayton"),
        ("Senator Ruth Hale said at her victory party that the plant would stay open.", "her victory party"),
    ],
)
def test_the_stump_a_town_hall_and_a_victory_party_are_occasions_carried_on(
    article: ArticleMaker, first: str, channel: str
) -> None:
    found = _resolved(
        article,
        f"{first}\n\n“We will not move,” Hale said.",
        ("that the plant would stay open", "said", "Senator Ruth Hale"),
        ("“We will not move,”", "said", "Hale", "\n", "direct"),
    )
    assert [_texts(f) for f in found] == [(channel, None, None), (channel, None, None)]
    assert found[1].channel is not None and found[1].channel.carried


@pytest.mark.parametrize(
    ("middle", "channel"),
    [
        # a clause of time within the rally: the quote after it is still at the rally
        ("Hale said, as she toured the plant, that the jobs were safe.", "a rally in Dayton"),
        # a new date: another occasion, whose channel nobody named
        ("Hale said on Wednesday that the jobs were safe.", None),
    ],
)
def test_a_paraphrase_dated_only_by_a_clause_keeps_the_speaker_s_channel(
    article: ArticleMaker, middle: str, channel: str | None
) -> None:
    text = (
        "Senator Ruth Hale said at a rally in Dayton on Tuesday that the plant would stay open.\n\n"
        f"{middle}\n\n"
        "“We will not move,” Hale said."
    )
    found = _resolved(
        article,
        text,
        ("that the plant would stay open", "said", "Senator Ruth Hale"),
        ("that the jobs were safe", "said", "Hale", "stay open."),
        ("“We will not move,”", "said", "Hale", "were safe.", "direct"),
    )
    assert found[0].channel is not None and found[0].channel.text == "a rally in Dayton"
    assert (found[2].channel.text if found[2].channel else None) == channel


@pytest.mark.parametrize(
    ("opening", "carried"),
    [
        # a verb of saying in a preposition's clause has the subject of the clause it hangs on, through an adjective
        ("Senator Ruth Hale was gracious in conceding defeat on Tuesday night.", (None, None, "on Tuesday night")),
        ("In talking to reporters on Monday, Senator Ruth Hale looked past November.",
         (None, "reporters", "on Monday")),
        # not after "for": the act may be another's ("lit into him for giving the same speech")
        ("Senator Ruth Hale lit into her rival for conceding defeat on Tuesday night.", (None, None, None)),
    ],
)  # fmt: skip
def test_a_verb_of_saying_in_a_preposition_s_clause_sets_the_occasion_of_the_subject_it_shares(
    article: ArticleMaker, opening: str, carried: tuple[str | None, ...]
) -> None:
    text = f"{opening}\n\n“We will be back,” Hale said."
    [hale] = _resolved(article, text, ("“We will be back,”", "said", "Hale", "\n", "direct"))
    assert _texts(hale) == carried


@pytest.mark.parametrize(
    ("opening", "carried"),
    [
        # the subject names nobody the coreference knows; the name apposed to it does
        ("A reader, Tom Avery from Wakefield, wrote to me last week.", (None, "me", "last week")),
        # a description apposed to a name: the name is the subject already
        ("Tom Avery, a reader from Wakefield, wrote to me last week.", (None, "me", "last week")),
        # a place apposed to the subject: nobody's occasion
        ("A reader in the north, Wakefield, wrote to me last week.", (None, None, None)),
    ],
)  # fmt: skip
def test_a_name_apposed_to_a_sentence_s_subject_is_whose_occasion_it_sets(
    article: ArticleMaker, opening: str, carried: tuple[str | None, ...]
) -> None:
    text = f"{opening}\n\n“I am not asking for a mansion,” Avery said."
    [avery] = _resolved(article, text, ("“I am not asking for a mansion,”", "said", "Avery", "\n", "direct"))
    assert _texts(avery) == carried


@pytest.mark.parametrize("speech", ["eulogy", "sermon"])
def test_a_eulogy_and_a_sermon_are_occasions_carried_on(article: ArticleMaker, speech: str) -> None:
    text = f"The senator's widow, Ruth Hale, gave the first {speech}.\n\n“He never learned his lines,” Hale said."
    [hale] = _resolved(article, text, ("“He never learned his lines,”", "said", "Hale", "\n", "direct"))
    assert _texts(hale) == (f"the first {speech}", None, None)
    assert hale.channel is not None and hale.channel.carried


@pytest.mark.parametrize(
    ("named", "carried"),
    [
        ("said in the release.", ("the release", None, "on Monday")),
        # another press release, not the one set: no day taken
        ("said in a release.", ("a release", None, None)),
        # not the medium set, which is no "statement"
        ("said in the statement.", ("the statement", None, None)),
    ],
)
def test_the_medium_another_speaker_just_set_named_with_the_is_theirs_and_takes_its_day(
    article: ArticleMaker, named: str, carried: tuple[str | None, ...]
) -> None:
    text = (
        "Brightwell agreed to buy Corvane, the two companies said in a joint press release on Monday.\n\n"
        f"“We will grow it,” Brightwell's chief executive, Dana Whitlock, {named}"
    )
    whitlock = _resolved(
        article,
        text,
        ("Brightwell agreed to buy Corvane", "said", "the two companies"),
        ("We will grow it,", "said", "Dana Whitlock", "Monday.", "direct"),
    )[1]
    assert _texts(whitlock) == carried
    assert whitlock.time is None or whitlock.time.carried


@pytest.mark.parametrize(
    ("reply", "carried"),
    [
        ("Another parent, Ray Ochoa, replied that he would not drive either.", "the district's Facebook page"),
        # in the next paragraph: no longer the thread under the post
        ("\n\nAnother parent, Ray Ochoa, replied that he would not drive either.", None),
        # no reply: said anywhere
        ("Another parent, Ray Ochoa, said that he would not drive either.", None),
    ],
)
def test_a_reply_in_its_paragraph_to_a_post_on_a_platform_is_made_on_that_platform(
    article: ArticleMaker, reply: str, carried: str | None
) -> None:
    text = f"On the district's Facebook page, Denise Kowalczyk wrote that closing early was a mistake. {reply}"
    ochoa = _resolved(
        article,
        text,
        ("that closing early was a mistake", "wrote", "Denise Kowalczyk"),
        ("that he would not drive either", "replied" if "replied" in reply else "said", "Ray Ochoa", "mistake."),
    )[1]
    assert _texts(ochoa)[0] == carried


@pytest.mark.parametrize(
    ("text", "second", "cue", "expected"),
    [
        # the verb of posting names no medium of its own: the thread of the paragraph before, with its day
        ("In a thread posted on X late Tuesday, Natarajan wrote that the tools had changed the math.\n\n"
         "“I would rather be honest about that,” Natarajan posted.", "I would rather be honest about that,", "posted",
         ("a thread posted on X", "late Tuesday")),
        # after a platform's bare name, "tweeted" is another message
        ("Hale wrote on Twitter on Monday that the plan was sound.\n\n“It is sound,” Hale tweeted.",
         "It is sound,", "tweeted", ("tweeted", "on Monday")),
    ],
)  # fmt: skip
def test_a_post_that_names_no_medium_of_its_own_is_made_in_the_speaker_s_post_on_a_platform(
    article: ArticleMaker, text: str, second: str, cue: str, expected: tuple[str, str]
) -> None:
    first = text[text.index(" that ") + 1 : text.index(".")]
    speaker = text.split(" wrote ")[0].split(", ")[-1]
    found = _resolved(article, text, (first, "wrote", speaker), (second, cue, speaker, second))
    assert (_texts(found[1])[0], _texts(found[1])[2]) == expected


@pytest.mark.parametrize("flag", [True, False])
def test_a_hyphenated_scene_is_a_scene_the_one_asked_speaks_in(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "took calls on the station's phone-in", then "The presenter pressed him on ...": the question is put in the
    phone-in, whose head the tokenizer splits at its hyphen ("phone", "-", "in"); with ``HYPHENATED_SCENES`` off the
    phone-in was no scene others take part in."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.carried_channels.HYPHENATED_SCENES", flag)
    # this rule alone: the bare title "Presenter" places her in the phone-in too (``scene_roles.BARE_ROLE_TITLES``)
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.scene_roles.BARE_ROLE_TITLES", False)
    text = (
        "Council leader Tom Reyes took calls about bin collections on the station's phone-in on Thursday morning.\n\n"
        "“We are doing our best,” Reyes said.\n\n"
        "Presenter Jo Webb pressed him on the council's decision to cut collections."
    )
    _, question = _resolved(
        article,
        text,
        ("We are doing our best,", "said", "Reyes", None, "direct"),
        ("on the council's decision to cut collections", "pressed", "Presenter Jo Webb"),
    )
    assert _texts(question)[0] == ("the station's phone-in" if flag else None)


def test_a_statement_naming_an_earlier_occasion_again_returns_to_it(article: ArticleMaker) -> None:
    """ "in the letter" after a news conference between: the letter told of before, to whom and when it was sent."""
    text = (
        "Governor Clara Whitfield wrote in a letter to the council on Saturday that the budget was balanced.\n\n"
        "Whitfield said at a news conference on Monday that the state would hire more teachers.\n\n"
        "Whitfield wrote in the letter that taxes would not rise.\n\n"
        "“It is done,” she wrote."
    )
    *_, again, added = _resolved(
        article,
        text,
        ("that the budget was balanced", "wrote", "Governor Clara Whitfield"),
        ("that the state would hire more teachers", "said", "Whitfield"),
        ("that taxes would not rise", "wrote", "Whitfield", "Whitfield wrote in the letter that"),
        ("It is done,", "wrote", "she", "done,”", "direct"),
    )
    assert _texts(again) == ("the letter", "the council", "on Saturday")
    assert _texts(added) == ("a letter to the council", "the council", "on Saturday")


@pytest.mark.parametrize(
    ("told", "rule", "on", "later_told"),
    [
        ("Mayor Jane Ortiz", "OUTLETS_INTERVIEWERS", True, None),
        # an outlet's interviewer, not a person met in passing: the interview's later words still go to them
        ("CNN's Jake Tapper", "OUTLETS_INTERVIEWERS", True, "CNN's Jake Tapper"),
        ("CNN's Jake Tapper", "OUTLETS_INTERVIEWERS", False, None),
        # one person described by a role is met in passing as a named one is
        ("a voter", "ONE_MET_IN_PASSING", True, None),
        ("a voter", "ONE_MET_IN_PASSING", False, "a voter"),
        # a gathering is no person met: its people hear the rest
        ("a crowd", "ONE_MET_IN_PASSING", True, "a crowd"),
    ],
)
def test_a_person_told_in_passing_is_not_whom_later_paragraphs_are_for(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, told: str, rule: str, on: bool, later_told: str | None
) -> None:
    """ "told Mayor Jane Ortiz": that exchange and the paragraph after it; the day goes on, the person does not."""
    monkeypatch.setattr(carried_addressees, rule, on)
    text = (
        f"Senator Ray Colton told {told} on Tuesday that the bridge would be rebuilt.\n\n"
        "“It will take a year,” Colton said.\n\n"
        "“We have the money,” he added."
    )
    _, next_paragraph, later = _resolved(
        article,
        text,
        ("that the bridge would be rebuilt", "told", "Senator Ray Colton"),
        ("It will take a year,", "said", "Colton", "year,”", "direct"),
        ("We have the money,", "added", "he", "money,”", "direct"),
    )
    assert _texts(next_paragraph) == (None, told, "on Tuesday")
    assert _texts(later) == (None, later_told, "on Tuesday")


@pytest.mark.parametrize(("on", "later_told"), [(True, None), (False, "Mayor Jane Ortiz")])
def test_a_person_told_in_a_scene_is_not_whom_later_paragraphs_are_for(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, later_told: str | None
) -> None:
    """ "told Mayor Jane Ortiz" during the debate: said in the debate, to her; the debate goes on, she does not."""
    monkeypatch.setattr(open_scenes, "SCENES_PEOPLE_TOLD_IN_PASSING", on)
    text = (
        "Senator Ray Colton said at a debate in Dayton on Tuesday that the bridge would be rebuilt.\n\n"
        "Colton told Mayor Jane Ortiz that the money was there.\n\n"
        "“It will take a year,” Colton said.\n\n"
        "“We have the money,” he added."
    )
    *_, told, later = _resolved(
        article,
        text,
        ("that the bridge would be rebuilt", "said", "Senator Ray Colton"),
        ("that the money was there", "told", "Colton"),
        ("It will take a year,", "said", "Colton", "year,”", "direct"),
        ("We have the money,", "added", "he", "money,”", "direct"),
    )
    assert _texts(told) == ("a debate in Dayton", "Mayor Jane Ortiz", "on Tuesday")
    assert _texts(later) == ("a debate in Dayton", later_told, "on Tuesday")


@pytest.mark.parametrize(("on", "later"), [(True, "The Huffington Post"), (False, "Devine")])
def test_an_occasion_is_never_told_to_its_own_speaker(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, later: str
) -> None:
    """ "Asked if he thought ..., Devine responded": the question names Devine as the one asked; his next words are
    still told to the outlet, not to himself."""
    monkeypatch.setattr(joining, "SELF_ADDRESSED", on)
    found = _resolved(
        article,
        "Tad Devine told The Huffington Post that the campaign would go on.\n\n"
        "Asked if he thought the email went too far, Devine responded: “I guess so.”\n\n"
        "“It is a cause,” Devine said.",
        ("that the campaign would go on", "told", "Tad Devine"),
        ("if he thought the email went too far", "Asked", "Devine"),
        ("I guess so.", "responded", "Devine", "far,", "direct"),
        ("It is a cause,", "said", "Devine", "so.”", "direct"),
    )
    assert _texts(found[1])[1] == "Devine"  # the question keeps the one asked
    assert [_texts(f)[1] for f in found[2:]] == [later, later]


@pytest.mark.parametrize(
    ("on", "when", "dated", "quote"),
    [
        (True, "on Thursday", (None, "CNN's Jake Tapper", "on Thursday"), (None, "CNN's Jake Tapper", "on Thursday")),
        (False, "on Thursday", (None, None, "on Thursday"), (None, None, "on Thursday")),
        # a year dates no such occasion: it is another one
        (True, "in 2008", (None, None, "in 2008"), (None, None, "in 2008")),
    ],
)
def test_a_paraphrase_dating_an_undated_occasion_keeps_whom_it_was_told_to(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
    when: str,
    dated: tuple[str | None, ...],
    quote: tuple[str | None, ...],
) -> None:
    """ "told CNN's Jake Tapper", then "He said on Thursday that ...": the same occasion, now dated; its quotes after
    are still to the interviewer."""
    monkeypatch.setattr(partly_stated, "PARAPHRASE_DATES_THE_OCCASION", on)
    paragraphs = ("“I am not ready,” Ryan told CNN's Jake Tapper.", f"He said {when} that the nominee had work to do.")
    found = _resolved(
        article,
        "\n\n".join((*paragraphs, "“We want a standard-bearer,” he said.")),
        ("I am not ready,", "told", "Ryan", None, "direct"),
        ("that the nominee had work to do", "said", "He", "Tapper."),
        ("We want a standard-bearer,", "said", "he", "do.", "direct"),
    )
    assert (_texts(found[1]), _texts(found[2])) == (dated, quote)
    addressee = found[1].addressee
    assert addressee is None or addressee.carried


@pytest.mark.parametrize(
    ("setting", "rule", "expected"),
    [
        # the interviewer the guest's interview names: her question is asked in it, which is neither told to her nor
        # dated by the guest's day
        ("in an interview with CNN's Gloria Borger on Monday", True, ("an interview with CNN's Gloria Borger", None)),
        ("in an interview with CNN's Gloria Borger on Monday", False, (None, None)),
        # a letter sent to her is no scene she speaks in
        ("in a letter to Gloria Borger on Monday", True, (None, None)),
    ],
)
def test_the_interviewer_a_scene_names_speaks_in_it(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    setting: str,
    rule: bool,
    expected: tuple[str | None, str | None],
) -> None:
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.taking_part.INTERVIEWERS_TAKE_PART", rule)
    # this rule alone: a question is an exchange in any scene just set as well (``SCENE_EXCHANGES``), dated by it
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.taking_part.SCENE_EXCHANGES", False)
    text = f"Senator Ray Colton said {setting} that the bridge would be rebuilt.\n\n“When?” Gloria Borger asked."
    _, question = _resolved(
        article,
        text,
        ("that the bridge would be rebuilt", "said", "Senator Ray Colton"),
        ("When?", "asked", "Gloria Borger", "When?”", "direct"),
    )
    channel, _, time = _texts(question)
    assert (channel, time) == expected


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        # the next quote a paragraph on and what the speaker added in its paragraph carry it
        ("Speaking outside the court afterwards, the director, Colin Ashworth, said he was disappointed.\n\n"
         '"We did all we could," Ashworth said. Ashworth added that the museum would appeal.',
         [("he was disappointed", "said", "Colin Ashworth"),
          ("We did all we could,", "said", "Ashworth", "disappointed", "direct"),
          ("that the museum would appeal", "added", "Ashworth", "could,")],
         ["afterwards", "afterwards (carried)", "afterwards (carried)"]),
        # a paraphrase a paragraph on is told of another occasion
        ("Ashworth told the Gazette afterwards that he was disappointed.\n\n"
         "Ashworth said the museum would never sell its collection.",
         [("that he was disappointed", "told", "Ashworth"),
          ("the museum would never sell its collection", "said", "Ashworth", "disappointed")],
         ["afterwards", None]),
        # a clause of the event the saying came after is "afterwards" with the event named (``AFTER_CLAUSES``)
        ("Cllr Tariq Aziz said after the royal car had left that he had pressed the town's case.\n\n"
         '"I did mention it," Aziz said.',
         [("that he had pressed the town's case", "said", "Cllr Tariq Aziz"),
          ("I did mention it,", "said", "Aziz", "case", "direct")],
         ["after the royal car had left", "after the royal car had left (carried)"]),
    ],
)  # fmt: skip
def test_afterwards_is_carried_to_the_speaker_s_next_quote_and_what_they_add_in_its_paragraph(
    article: ArticleMaker, text: str, specs: list[tuple[str | None, ...]], expected: list[str | None]
) -> None:
    found = _resolved(article, text, *specs)
    times = [None if f.time is None else f.time.text + (" (carried)" if f.time.carried else "") for f in found]
    assert times == expected


@pytest.mark.parametrize(
    ("asked", "channel"),
    [
        ("she asked", "debate"),  # a question in the scene set just before: she takes part in it
        ("she wrote later", None),  # no exchange: another speaker outside the scene carries nothing
    ],
)
def test_a_question_with_no_occasion_of_its_own_is_an_exchange_in_the_scene_just_set(
    article: ArticleMaker, asked: str, channel: str | None
) -> None:
    text = (
        "During an hour of debate, Peter Vang told the council that the law had changed.\n\n"
        "Councillor Karen Lindahl was not persuaded.\n\n"
        f"“So any car can be searched?” {asked}."
    )
    art = article(text, published=DAY)
    question = art.resolve(
        [
            art.candidate("that the law had changed", "told", "Peter Vang"),
            art.candidate("So any car can be searched?", asked.split()[1], "she", kind="direct"),
        ]
    )[1][1]
    assert (None if question.channel is None else question.channel.text) == channel


@pytest.mark.parametrize(
    ("who", "channel"),
    [
        ("an attorney who represents Banks", "oral argument"),  # counsel at a court's argument takes part in it
        ("a neighbour of Banks", None),  # somebody else: no part of the scene
    ],
)
def test_one_of_a_court_s_people_speaks_in_its_scene_just_set(
    article: ArticleMaker, who: str, channel: str | None
) -> None:
    text = (
        "Peter Vang told the justices during oral argument that the law had changed.\n\n"
        f"Rachel Oyelaran, {who}, said the state was wrong."
    )
    art = article(text, published=DAY)
    other = art.resolve(
        [
            art.candidate("that the law had changed", "told", "Peter Vang"),
            art.candidate("the state was wrong", "said", "Rachel Oyelaran"),
        ]
    )[1][1]
    assert (None if other.channel is None else other.channel.text) == channel
    assert other.addressee is None  # whom the scene's opener told is not whom she spoke to


@pytest.mark.parametrize(
    ("opening", "flag", "expected"),
    [
        ("Your Honor, the debtor", True, ("a hearing", None, "on Tuesday")),  # the bench addressed: in the hearing
        ("Your Honor, the debtor", False, (None, None, None)),
        ("The debtor", True, (None, None, None)),  # no address to the bench: his own words, wherever said
    ],
)
def test_a_quote_addressing_the_bench_is_spoken_in_the_court_s_scene(
    article: ArticleMaker,
    monkeypatch: pytest.MonkeyPatch,
    opening: str,
    flag: bool,
    expected: tuple[str | None, str | None, str | None],
) -> None:
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.taking_part.BENCH_ADDRESS", flag)
    quote = f"{opening} is asking you to hand the keys to its lenders,"
    text = (
        "A lawyer for the chain told a federal bankruptcy judge at a hearing on Tuesday that it would run out of "
        "cash.\n\nBenjamin Adeyemi, who represents 14 suppliers, said the terms were a toll booth.\n\n"
        f'"{quote}" he said.'
    )
    his = _resolved(
        article,
        text,
        ("that it would run out of cash", "told", "A lawyer for the chain"),
        ("the terms were a toll booth", "said", "Benjamin Adeyemi"),
        (quote, "said", "he", quote, "direct"),
    )[2]
    assert _texts(his) == expected


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # the court's people dated in the lede: the day of the argument, for its opener and those taking part
        ("Justices of the state Supreme Court appeared divided Tuesday over the case.", ["Tuesday", "Tuesday"]),
        ("The judges heard the appeal on Tuesday.", ["on Tuesday", "on Tuesday"]),
        # a single judge or other people dated: no day of the court's scene
        ("Protesters gathered outside the court Tuesday.", [None, None]),
    ],
)
def test_the_day_told_of_a_court_s_people_dates_its_scene_set_with_no_day(
    article: ArticleMaker, lede: str, expected: list[str | None]
) -> None:
    text = (
        f"{lede}\n\n"
        "During an hour of oral argument, Peter Vang told the justices that the law had changed.\n\n"
        "Rachel Oyelaran, an attorney who represents Banks, said the state was wrong."
    )
    art = article(text, published=DAY)
    found = art.resolve(
        [
            art.candidate("that the law had changed", "told", "Peter Vang"),
            art.candidate("the state was wrong", "said", "Rachel Oyelaran"),
        ]
    )[1]
    assert [None if f.time is None else f.time.text for f in found] == expected
    assert all(f.time is None or f.time.carried for f in found)


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # the story's weekday: the day the moment of the auctioneer's first words falls on, carried with them
        ("The painting sold at Hale's in Bath on Wednesday.", "on Wednesday"),
        # no weekday told before the statements: the moment has no day a later paragraph shares
        ("The painting sold at Hale's in Bath last year.", None),
    ],
)
def test_a_moment_with_no_day_falls_on_the_story_s_day(article: ArticleMaker, lede: str, expected: str | None) -> None:
    text = (
        f"{lede}\n\n"
        "As the pause stretched on, the auctioneer, Rupert Strand, told the room that the bidding would close.\n\n"
        "The museum went to £1.2m.\n\n"
        "“Sold, to the telephone,” Strand said."
    )
    found = _resolved(
        article,
        text,
        ("that the bidding would close", "told", "Rupert Strand"),
        ("Sold, to the telephone,", "said", "Strand", None, "direct"),
    )
    assert found[0].time is not None and found[0].time.text == "As the pause stretched on"
    assert (None if found[1].time is None else found[1].time.text) == expected


@pytest.mark.parametrize("published", [DAY, None])  # undated, a weekday is still one day later paragraphs share
def test_a_weekday_is_carried_on_as_a_day_dated_or_not(article: ArticleMaker, published: str | None) -> None:
    text = (
        "Rupert Strand told the room on Wednesday that the bidding would close.\n\n"
        "The museum went to £1.2m.\n\n"
        "“Sold, to the telephone,” Strand said."
    )
    art = article(text, published=published)
    found = art.resolve(
        [
            art.candidate("that the bidding would close", "told", "Rupert Strand"),
            art.candidate("Sold, to the telephone,", "said", "Strand", kind="direct"),
        ]
    )[1]
    assert found[1].time is not None and found[1].time.text == "on Wednesday"


# the lede's group statement, then its member's two statements
_GROUP_DAY_TEXT = (
    "The United States stepped up pressure on its neighbours on Saturday, with top officials underlining its "
    "strength and vowing to remain the main guarantor of security.\n\n"
    "Defense Secretary Helena Vasconcelos said the approach to the region remained one of commitment.\n\n"
    "Vasconcelos said the two governments would sign the agreement in September."
)
_GROUP_DAY_STATEMENTS = (
    ("to remain the main guarantor of security", "vowing", "top officials"),
    ("the approach to the region remained one of commitment", "said", "Defense Secretary Helena Vasconcelos"),
    ("the two governments would sign the agreement in September", "said", "Vasconcelos", "commitment."),
)


def test_a_day_a_group_speaks_on_with_no_channel_is_shared_by_the_people_named_after_it(
    article: ArticleMaker,
) -> None:
    member = _resolved(article, _GROUP_DAY_TEXT, *_GROUP_DAY_STATEMENTS)[1]
    assert _texts(member) == (None, None, "on Saturday")


@pytest.mark.parametrize("rule", [True, False])
def test_a_judge_told_at_a_hearing_speaks_in_it_on_its_day(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, rule: bool
) -> None:
    """The judge a lawyer's hearing names as told speaks in the hearing on its day (``COURT_PEOPLE_TOLD_DATED``),
    unlike an interviewer, whose questions are left undated."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.taking_part.COURT_PEOPLE_TOLD_DATED", rule)
    text = (
        "A lawyer for the chain, Miriam Oduya, told Judge Karen Whitfield at a hearing on Tuesday that the chain "
        "would run out of cash.\n\n"
        "Whitfield said she had real concerns about the fee."
    )
    _, judge = _resolved(
        article,
        text,
        ("that the chain would run out of cash", "told", "Miriam Oduya"),
        ("she had real concerns about the fee", "said", "Whitfield"),
    )
    channel, _, time = _texts(judge)
    assert channel is not None and "hearing" in channel
    assert time == ("on Tuesday" if rule else None)


@pytest.mark.parametrize(("on", "time"), [(True, "after the buyer had left"), (False, "on Wednesday")])
def test_an_after_clause_is_carried_as_it_is_over_the_story_s_day(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, time: str
) -> None:
    """The story's day, told by its lede, is no day the speaker stated: their after-clause is carried to their next
    quote as it is, not turned into that day."""
    monkeypatch.setattr(carrier, "AFTER_KEEPS_OVER_THE_STORY_DAY", on)
    text = (
        "A painting by Lena Marsh sold for £1.1m at Harwood's auction house on Wednesday.\n\n"
        "Paul Voss, the director, said after the buyer had left that he had never seen such a price.\n\n"
        "“We have never seen a room like it,” he said."
    )
    found = _resolved(
        article,
        text,
        ("that he had never seen such a price", "said", "Paul Voss, the director"),
        ("We have never seen a room like it,", "said", "he", "price.", "direct"),
    )
    assert found[1].time is not None and found[1].time.text == time


def test_an_inquest_is_a_scene_its_coroner_s_later_words_carry(article: ArticleMaker) -> None:
    """ "ruled at a brief inquest on Monday": an inquest is a hearing under another name, a scene whose channel the
    coroner's later words carry with its day, paragraphs on."""
    text = (
        "Area coroner Jacqueline Lake ruled at a brief inquest on Monday that the hoard met the legal definition.\n\n"
        "The court heard evidence from the finds officer.\n\n"
        "He described the field.\n\n"
        "Closing the hearing, Mrs Lake thanked both finders, saying the country owed them a great deal."
    )
    _, later = _resolved(
        article,
        text,
        ("that the hoard met the legal definition", "ruled", "Area coroner Jacqueline Lake"),
        ("the country owed them a great deal", "saying", "Mrs Lake"),
    )
    channel, _, time = _texts(later)
    assert channel is not None and "inquest" in channel
    assert time == "on Monday"


def _after_a_digression(
    article: ArticleMaker, last: tuple[str, ...], apart: bool = True, said: str = "said in an interview with"
) -> Attribution:
    """An occasion (``said`` the Herald on Monday), a past saying recalled ("Last year, ..."), then ``last`` by the same
    speaker, in its own paragraph (or, without ``apart``, in the recalled saying's paragraph)."""
    gap = "\n\n" if apart else " "
    text = (
        f"Mayor Dana Price {said} the Herald on Monday that the budget was tight.\n\n"
        f"Last year, Price said the city would never borrow.{gap}{last[0]}"
    )
    *_, found = _resolved(
        article,
        text,
        ("that the budget was tight", said.split()[0], "Mayor Dana Price"),
        ("the city would never borrow", "said", "Price", "Last year, Price said the city"),
        last[1:],
    )
    return found


QUOTE_AFTER = ("“We kept that promise,” Price said.", "We kept that promise,", "said", "Price", "promise,”", "direct")


@pytest.mark.parametrize(("on", "expected"), [(True, ("an interview with the Herald", None, "on Monday")),
                                              (False, (None, None, None))])  # fmt: skip
def test_a_quote_after_a_digression_returns_to_its_speaker_s_scene(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, expected: tuple[str | None, ...]
) -> None:
    """ "Last year, Price said ...": a past saying recalled within the interview, to which her next quote returns."""
    monkeypatch.setattr(lapses, "RETURNS_AFTER_DIGRESSION", on)
    found = _after_a_digression(article, QUOTE_AFTER)
    assert _texts(found) == expected
    assert not on or (found.channel is not None and found.channel.carried)


def test_a_paraphrase_after_a_digression_does_not_return(article: ArticleMaker) -> None:
    """ "Price said the city kept its promise": reported speech after a digression sums up a position."""
    said = (
        "Price said the city kept its promise.",
        "the city kept its promise",
        "said",
        "Price",
        "Price said the city kept",
    )
    assert _texts(_after_a_digression(article, said))[0] is None


def test_a_quote_in_the_digression_s_paragraph_does_not_return(article: ArticleMaker) -> None:
    """ "Last year, Price said ... “We kept that promise”": still the saying recalled, not the interview."""
    assert _texts(_after_a_digression(article, QUOTE_AFTER, apart=False))[0] is None


def test_a_quote_after_a_digression_does_not_return_to_a_message(article: ArticleMaker) -> None:
    """ "wrote in a letter": one message sent, no scene the speaker's later words are said in."""
    assert _texts(_after_a_digression(article, QUOTE_AFTER, said="wrote in a letter to"))[0] is None


@pytest.mark.parametrize(
    ("named", "carried"),
    [
        ("Ostby said in the report.", ("the report", None, "on Wednesday")),
        ("Ostby said in its report.", ("its report", None, "on Wednesday")),
        # another report, not the one introduced: no day taken
        ("Ostby said in a report.", ("a report", None, None)),
        # not the document introduced, which is no "letter"
        ("Ostby said in the letter.", ("the letter", None, None)),
    ],
)
def test_an_occasion_another_speaker_introduced_named_again_as_known_far_on_takes_its_day(
    article: ArticleMaker, named: str, carried: tuple[str | None, ...]
) -> None:
    text = (
        "The audit office said in a report on Wednesday that the ferries ran late.\n\n"
        "Passengers have complained for years.\n\nThe operator has promised new boats.\n\n"
        "A ferry captain, Mara Ostby, said the fleet was old.\n\n"
        f"“Nobody checked the engines,” {named}"
    )
    ostby = _resolved(
        article,
        text,
        ("that the ferries ran late", "said", "The audit office"),
        ("the fleet was old", "said", "Mara Ostby", "captain"),
        ("“Nobody checked the engines,”", "said", "Ostby", "engines", "direct"),
    )[2]
    assert _texts(ostby) == carried
    assert ostby.time is None or ostby.time.carried


@pytest.mark.parametrize(("on", "expected"), [(True, "a letter"), (False, None)])
def test_a_sentence_naming_the_statement_tells_of_its_speaker_s_run_in_the_paragraph(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, expected: str | None
) -> None:
    monkeypatch.setattr(told_before, "FOLLOW_RUN", on)
    text = (
        "Senator Hale criticized the budget and said the party must change. "
        "The remarks came in a letter sent out on Friday."
    )
    first, last = _resolved(
        article, text, ("the budget", "criticized", "Senator Hale"), ("the party must change", "said", "Senator Hale")
    )
    assert last.channel is not None and last.channel.text == "a letter"
    assert (first.channel and first.channel.text) == expected


@pytest.mark.parametrize(
    ("on", "later"),
    [(True, ("the Ledger", "on Tuesday")), (False, ("Governor Amy Brandt", "on Tuesday"))],
)
def test_a_person_told_inside_a_transcript_s_turn_leaves_the_interview_in_force(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, later: tuple[str | None, str | None]
) -> None:
    """ "Q: Have you talked to Governor Amy Brandt about the budget?": an exchange the turn tells of; the answers after
    it are still the interview's, told to its interviewer on its day."""
    monkeypatch.setattr(carrier, "TRANSCRIPTS_KEEP_THEIR_FRAME", on)
    text = (
        "Mayor Dana Keller told the Ledger on Tuesday that the budget was tight. Here is the transcript.\n\n"
        "Q: Is the city short of money?\n\n"
        "A: We are, and we have been for years.\n\n"
        "Q: Have you talked to Governor Amy Brandt about the budget?\n\n"
        "A: Not yet, but I will do it soon.\n\n"
        "Q: And the schools?\n\n"
        "A: They come first, whatever it costs."
    )
    found = _resolved(
        article,
        text,
        ("that the budget was tight", "told", "Mayor Dana Keller"),
        ("We are, and we have been for years.", ":", "A", "money?"),
        ("Governor Amy Brandt about the budget", "talked to", "you"),
        ("Not yet, but I will do it soon.", ":", "A", "budget?"),
        ("They come first, whatever it costs.", ":", "A", "schools?"),
    )
    told, *answers = found[2:]
    assert _texts(told)[1] == "Governor Amy Brandt"
    assert [_texts(a)[1:] for a in answers] == [later, later]


@pytest.mark.parametrize(
    ("cue", "on", "expected"),
    [
        ("was going to talk about", True, (None, None)),  # an intention told of: nothing carried to it
        ("was going to talk about", False, ("the Ledger", "on Monday")),
        ("talked about", True, ("the Ledger", "on Monday")),  # a saying made, on the occasion in force
    ],
)
def test_a_saying_one_was_going_to_make_carries_no_occasion(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, cue: str, on: bool, expected: tuple[str | None, ...]
) -> None:
    monkeypatch.setattr(sayings, "INTENDED_SAYINGS", on)
    text = f"Senator Hale told the Ledger on Monday that the bridge was unsafe. She {cue} the budget, too."
    _, later = _resolved(
        article, text, ("that the bridge was unsafe", "told", "Senator Hale"), ("the budget", cue, "She")
    )
    assert _texts(later)[1:] == expected


def _speech_story(told: str) -> str:
    return (
        "Mayor Lena Hart said in her speech at the harbour festival on Saturday that the port would grow.\n\n"
        "The festival drew thousands of visitors.\n\n"
        "Boats lined the quay all afternoon.\n\n"
        "Vendors sold fish from stalls along the water.\n\n"
        f"“We will build the new pier,” Hart {told}."
    )


_HART = ("that the port would grow", "said", "Mayor Lena Hart")


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # the body gathered at the speech, named as known: told in the speech, paragraphs on
        ("told the crowd", ("her speech at the harbour festival", "the crowd", "on Saturday")),
        # a body not named as known ("friends"): another occasion, as any new addressee past the keep gap
        ("told friends", (None, "friends", None)),
    ],
)
def test_a_statement_told_to_the_scene_s_audience_keeps_the_scene(
    article: ArticleMaker, told: str, expected: tuple[str | None, ...]
) -> None:
    pier = ("We will build the new pier", "told", "Hart")
    found = _resolved(article, _speech_story(told), _HART, pier)
    assert _texts(found[-1]) == expected


def test_a_statement_told_to_the_scene_s_audience_is_a_new_occasion_with_the_rule_off(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(partly_stated, "AUDIENCE_KEEPS_SCENE", False)
    pier = ("We will build the new pier", "told", "Hart")
    found = _resolved(article, _speech_story("told the crowd"), _HART, pier)
    assert _texts(found[-1]) == (None, "the crowd", None)


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("recalled", "kept"),
    [
        ("He echoed remarks he made earlier this week that the race was close.", True),
        ("He said earlier this week that the race was close.", True),
        ("He said on Wednesday that the race was close.", False),  # a day: another occasion
    ],
)
def test_a_saying_dated_earlier_in_a_period_leaves_the_speaker_s_occasion_in_force(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, recalled: str, kept: bool
) -> None:
    """ "alluding to him only to echo remarks he made earlier this week", then "Mr. Manafort said ...": a saying dated
    "earlier" in a period is recalled; the speaker's next paraphrase is still made at the meeting told before (a quote
    returns there after a digression anyway: ``RETURNS_AFTER_DIGRESSION``)."""
    monkeypatch.setattr(lapses, "RECALLED_KEEPS", on)
    text = (
        "Paul Manafort told about 100 committee members at the spring meeting on Thursday night that the party "
        "would unite.\n\n"
        f"{recalled}\n\n"
        "Manafort said that the convention would be open."
    )
    said = ("that the party would unite", "told", "Paul Manafort")
    echoed = ("that the race was close", "made" if "made" in recalled else "said", "He", "unite.")
    paraphrase = ("that the convention would be open", "said", "Manafort", "close.")
    found = _resolved(article, text, said, echoed, paraphrase)[2]
    expected = ("the spring meeting", "about 100 committee members", "on Thursday night")
    assert (_texts(found) == expected) is (on and kept)


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("told", "kept"),
    [
        ("He told the officials at the start of his remarks that the party was united.", True),
        # sayings of nobody's: many occasions, the meeting not kept
        ("He told the officials at the start of the remarks that the party was united.", False),
    ],
)
def test_a_speaker_s_own_sayings_told_as_a_part_keep_the_occasion_s_channel(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, on: bool, told: str, kept: bool
) -> None:
    """ "offered an olive branch to the party officials at the start of his remarks", then Manafort's paraphrases:
    his remarks are the meeting's sayings, not many other occasions, so the meeting stays his occasion's channel
    (``OWN_SAYINGS_TOLD_AGAIN``)."""
    monkeypatch.setattr(carrier_state, "OWN_SAYINGS_TOLD_AGAIN", on)
    text = (
        "Paul Manafort told about 100 committee members at the spring meeting on Thursday night that the party "
        "would unite.\n\n"
        f"{told}\n\n"
        "Manafort said that the convention would be open."
    )
    said = ("that the party would unite", "told", "Paul Manafort")
    parted = ("that the party was united", "told", "He", "unite.")
    paraphrase = ("that the convention would be open", "said", "Manafort", "united.")
    found = _resolved(article, text, said, parted, paraphrase)[2]
    assert (found.channel is not None and found.channel.text == "the spring meeting") is (on and kept)


def _second_official(article: ArticleMaker, event: str, told: str) -> tuple[str | None, str | None, str | None]:
    """The occasion of a second official's statement to the press a paragraph after the captain's at ``event``."""
    text = (
        f"Capt. Maren Holt said {event} that the channel would stay closed.\n\n"
        f"Lt. Cmdr. Abel Winthrop, the investigating officer, {told} the crew had been tested for drugs."
    )
    found = _resolved(
        article,
        text,
        ("that the channel would stay closed", "said", "Capt. Maren Holt"),
        ("the crew had been tested for drugs", "told", "Lt. Cmdr. Abel Winthrop"),
    )
    return _texts(found[1])


@pytest.mark.parametrize(
    ("event", "told", "expected"),
    [
        # a second official telling reporters after the captain's news conference: at it, on its day, to them
        ("at a news conference at the station on Tuesday morning", "told reporters",
         ("a news conference at the station", "reporters", "on Tuesday morning")),
        # one reporter told is one met, not the press gathered at the event
        ("at a news conference at the station on Tuesday morning", "told a reporter", (None, "a reporter", None)),
        # an interview is no press event others share
        ("in an interview on Tuesday morning", "told reporters", (None, "reporters", None)),
    ],
)  # fmt: skip
def test_a_second_speaker_telling_reporters_after_a_news_conference_speaks_at_it(
    article: ArticleMaker, event: str, told: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _second_official(article, event, told) == expected


def test_no_press_event_carried_when_the_rule_is_off(article: ArticleMaker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(taking_part, "SAME_REPORTERS", False)
    found = _second_official(article, "at a news conference on Tuesday morning", "told reporters")
    assert found == (None, "reporters", None)


_CALL = (
    "Staff were warned early.\n\n"
    "In a recording of an all-staff video call on Monday, chief operating officer Priya Ramanathan told employees "
    "that the bank had given the company 48 hours.\n\n"
    "“Please do not discuss this with anyone,” Ms Ramanathan said on the call.\n\n"
    "She went on to say that the company was in talks with two other banks.\n\n"
    "One employee asked whether salaries would be paid. Ms Ramanathan replied that payroll was safe."
)
_CALL_SAID = [
    ("that the bank had given the company 48 hours", "told", "chief operating officer Priya Ramanathan"),
    ("Please do not discuss this with anyone", "said", "Ms Ramanathan", None, "direct"),
    ("that the company was in talks with two other banks", "say", "She"),
    ("whether salaries would be paid", "asked", "One employee"),
    ("that payroll was safe", "replied", "Ms Ramanathan"),
]


@pytest.mark.parametrize("flag", [True, False])
def test_a_channel_named_again_within_the_occasion_s_phrase_keeps_whom_it_was_told_to(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "said on the call", read as its first telling "an all-staff video call" inside "a recording of an all-staff
    video call": the occasion named again, told to employees still, and her next words too
    (``partly_stated.CHANNEL_SET_WITHIN``)."""
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.partly_stated.CHANNEL_SET_WITHIN", flag)
    found = _resolved(article, _CALL, *_CALL_SAID)
    expected = "employees" if flag else None
    assert [_texts(f)[1] for f in found[1:3]] == [expected, expected]
    assert [_texts(f)[2] for f in found[1:3]] == ["on Monday", "on Monday"]


def test_a_channel_named_again_on_another_day_is_another_occasion(article: ArticleMaker) -> None:
    text = _CALL.replace("Ms Ramanathan said on the call.", "Ms Ramanathan said on the call on Tuesday.")
    found = _resolved(article, text, *_CALL_SAID[:2])
    assert _texts(found[1])[1] is None


@pytest.mark.parametrize("flag", [True, False])
def test_a_reply_to_one_who_asked_in_the_replier_s_own_occasion_keeps_whom_it_was_told_to(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, flag: bool
) -> None:
    """ "One employee asked ... Ms Ramanathan replied": the employee spoke on her call, which her reply carries with
    its addressee (``REPLIES_IN_ONE_S_OWN_SCENE``); the employee's question is not told to employees."""
    monkeypatch.setattr(carrier, "REPLIES_IN_ONE_S_OWN_SCENE", flag)
    found = _resolved(article, _CALL, *_CALL_SAID)
    assert _texts(found[3])[1] is None
    assert _texts(found[4]) == ("an all-staff video call", "employees" if flag else None, "on Monday")


_POLL_STORY = (
    "Poll finds voters want change\n\n"
    "The governor said the numbers were wrong.\n\n"
    "Sixty percent of voters say the economy is weak."
)
_POLL_SPECS = (
    ("voters want change", "finds", "Poll"),
    ("the numbers were wrong", "said", "The governor"),
    ("the economy is weak", "say", "Sixty percent of voters"),
)


@pytest.mark.parametrize("rule", [True, False])
def test_a_poll_the_headline_names_is_carried_to_the_answers_below(
    article: ArticleMaker, monkeypatch: pytest.MonkeyPatch, rule: bool
) -> None:
    monkeypatch.setattr("quotegraph.nlp.resolve.carrying.occasions.HEADLINE_POLLS", rule)
    _, governor, sixty = _resolved(article, _POLL_STORY, *_POLL_SPECS)
    assert governor.channel is None
    if rule:
        assert sixty.channel is not None and sixty.channel.carried and sixty.channel.text == "Poll"
    else:
        assert sixty.channel is None  # nothing of the headline's occasion is the body's


def test_a_poll_the_body_names_takes_the_headline_s_place(article: ArticleMaker) -> None:
    text = (
        "Poll finds voters want change\n\n"
        "A new Marist poll released on Tuesday found that most voters want change.\n\n"
        "Sixty percent of voters say the economy is weak."
    )
    *_, sixty = _resolved(
        article,
        text,
        ("voters want change", "finds", "Poll"),
        ("that most voters want change", "found", "A new Marist poll released on Tuesday"),
        ("the economy is weak", "say", "Sixty percent of voters"),
    )
    assert sixty.channel is not None and sixty.channel.text.startswith("A new Marist poll")


def test_a_sentence_case_headline_s_addressee_is_not_the_body_s(article: ArticleMaker) -> None:
    text = (
        "Clinton calls on U.S. to lead fight against Islamic State.\n\n"
        "Hillary Clinton said the United States should send more special forces into Syria."
    )
    _, body = _resolved(
        article,
        text,
        ("U.S. to lead fight against Islamic State", "calls on", "Clinton"),
        ("the United States should send more special forces into Syria", "said", "Hillary Clinton"),
    )
    assert body.addressee is None

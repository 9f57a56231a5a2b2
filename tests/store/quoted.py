"""Articles that quote: a small corpus of statements with punctuation, dropped clauses and changed
words, built by hand (the store and graph tests never need the NLP pipeline)."""

from __future__ import annotations

from quotegraph.model import ArticleResult, Attribution, Entity, Mention, Occasion, SpeakerRef, TextSpan, excerpt_of

__all__ = ["HARBOUR", "SLOGAN", "TAXES", "WALL", "article", "corpus", "spoken"]

WALL = "We are going to build a wall and Mexico is going to pay for it, believe me."
TAXES = "We will cut taxes for every family in this country, and we will do it fast."
SLOGAN = "Keep the harbour lights burning!"
HARBOUR = "The ferry will run every hour again, and the harbour lights stay on all night long."


def article(
    article_id: str,
    quotes: list[str],
    *,
    published: str | None = "2016-01-10",
    outlet: str = "nyt",
    speaker: str = "Donald Trump",
    told: str | None = None,
) -> ArticleResult:
    """An article quoting each of ``quotes`` directly ("QUOTE," SPEAKER said [to TOLD].)."""
    text, attributions = "", []
    entities = [Entity(id="E1", name=speaker, type="PERSON")]
    if told:
        entities.append(Entity(id="E2", name=told, type="OUTLET"))
    mentions = []
    for number, quote in enumerate(quotes, 1):
        start = len(text) + 1
        text += f"“{quote}” {speaker} said"
        addressee = None
        if told:
            at = len(text) + 4
            text += f" to {told}"
            addressee = Occasion(spans=(TextSpan(at, at + len(told)),), text=told)
            mentions.append(Mention(TextSpan(at, at + len(told)), told))
        text += ". "
        content = excerpt_of(text, [(start, start + len(quote))])
        attributions.append(
            Attribution(
                id=f"A{number}",
                kind="direct",
                content=content,
                cue=None,
                source=None,
                speaker=SpeakerRef(entity="E1", name=speaker, type="PERSON"),
                addressee=addressee,
            )
        )
    if told:
        entities[1] = Entity(id="E2", name=told, type="OUTLET", mentions=tuple(mentions))
    return ArticleResult(
        id=article_id,
        entities=tuple(entities),
        attributions=tuple(attributions),
        text=text,
        published=published,
        meta={"publisher": outlet},
    )


def corpus() -> list[ArticleResult]:
    return [
        article("a1", [WALL], published="2016-01-12", outlet="nyt"),
        article("a2", [WALL.replace(",", "")], published="2016-01-10", outlet="fox"),  # punctuation only
        article("a3", [WALL.replace("build", "construct")], published="2016-01-11", outlet="cnn"),  # a changed word
        article(
            "a4", ["We are going to build a wall and Mexico is going to pay for it"], published=None
        ),  # dropped clause
        article("b1", [TAXES], published="2016-02-01", outlet="wsj", speaker="Jeb Bush"),
        article("b2", ["We will cut taxes for every family in this country"], published="2016-02-02", outlet="ap"),
        article("c1", ["Nobody asked me about the weather in Iowa today, nobody."], outlet="nyt"),
        article("c2", ["short one"], outlet="nyt"),  # under four words: no statement
    ]


def spoken() -> list[ArticleResult]:
    """Quotes whose speakers decide: one slogan from two people, and one speaker's short phrase of
    her longer quote, credited once to her and once to someone else."""
    return [
        article("s1", [SLOGAN], speaker="Maria Lindqvist", outlet="nyt"),
        article("s2", [SLOGAN.upper()], speaker="Tomas Herrera", outlet="fox"),
        article("s3", [SLOGAN.rstrip("!")], speaker="Lindqvist", outlet="cnn"),
        article("h1", [HARBOUR], speaker="Maria Lindqvist", outlet="nyt"),
        article("h2", ["the harbour lights stay on"], speaker="Lindqvist", outlet="fox"),
        article("h3", ["the harbour lights stay on"], speaker="Tomas Herrera", outlet="ap"),
    ]

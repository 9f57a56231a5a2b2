from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.nlp.find.headings import speaker_headline

BODY = "\n\nThe senator spoke at a rally in Ohio on Tuesday."


def _read(nlp: Language, headline: str) -> tuple[str, str, str] | None:
    text = headline + BODY
    stated = speaker_headline(nlp(text), text)
    if stated is None:
        return None
    content, cue, source = (" ".join(text[s:e] for s, e in spans) for spans in stated)
    return content, cue, source


@pytest.mark.parametrize(
    ("headline", "claim", "speaker"),
    [
        (
            "Sanders: Brexit’s message could draw Trump support in US.",
            "Brexit’s message could draw Trump support in US",
            "Sanders",
        ),
        (
            "Former AG Mukasey at RNC: Clinton email scandal disqualifies her for presidency.",
            "Clinton email scandal disqualifies her for presidency",
            "Former AG Mukasey at RNC",
        ),
        ("EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines.", "Don’t Trust the Voting Machines", "Roger Stone"),
    ],
)
def test_a_headline_naming_its_speaker_before_a_colon_states_the_claim_after_it(
    nlp: Language, headline: str, claim: str, speaker: str
) -> None:
    assert _read(nlp, headline) == (claim, ":", speaker)


@pytest.mark.parametrize(
    "headline",
    [
        "The Latest: Cruz to give away engraved shotgun.",  # a determiner: the page's label
        "Monday’s Morning Email: Putin’s Potential Involvement In The DNC Email Hack.",  # no verb: no claim
        "Poll: Trump and Clinton hold narrow leads in Pennsylvania.",  # a medium alone: a document's findings
        "2016 Nerdcast: Was firing Lewandowski the start of Trump’s reset?",  # no capitalised name
        "Sarah Silverman heckles Sanders supporters: 'You're being ridiculous.'",  # a lower-case word: the headline's
        "Obama Warns Congress: Inaction will cost jobs.",  # a verb in title case: the headline's own words
        "Gasparini: " + "the council says the new bridge will open next spring " * 3,  # a lede, not a headline
        "Officials warned on Monday that the storm would reach the coast by nightfall.",  # no colon
    ],
)
def test_a_headline_label_or_sentence_before_a_colon_is_no_speaker(nlp: Language, headline: str) -> None:
    assert _read(nlp, headline) is None


def test_only_the_first_line_is_a_headline(nlp: Language) -> None:
    text = "Storm reaches the coast.\n\nSanders: Brexit’s message could draw Trump support in US."
    assert speaker_headline(nlp(text), text) is None

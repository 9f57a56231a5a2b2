"""Cue rules beside the learned cue tagger: which tagged words are no cue, which untagged ones are."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Token

from quotegraph.nlp.find.cues import (
    _charge_not_said,
    _columnist_line,
    _effort_alone,
    _modifier_only,
    _says_that_pronoun,
    after_apposition,
    court_held_that,
    cue_root,
    document_shows,
    document_shows_between,
    find_cues,
    gerund_that_clause,
    relative_said_clause,
    said_through_use,
)
from quotegraph.nlp.find.quotes import quote_regions
from quotegraph.nlp.find.spans import quote_mask

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word", "modifier"),
    [
        # a participle between the noun's determiner and the noun says what kind of response it was
        ("The hospital said in a written response to questions that it was careful.", "written", True),
        ("He read a prepared statement to reporters.", "prepared", True),
        # a verb the parser made a modifier of its object's noun, with no determiner before it, stays a cue
        ("Khizr Khan, the father of a slain American soldier, decried Trump’s repeated calls to ban all Muslims.",
         "decried", False),
        ("The hospital said it was careful.", "said", False),
    ],
)  # fmt: skip
def test_a_one_word_cue_that_modifies_a_noun_is_no_cue(nlp: Language, sentence: str, word: str, modifier: bool) -> None:
    doc = nlp(sentence)
    [token] = [t for t in doc if t.text == word]
    assert _modifier_only(doc, token.i, token.i + 1) is modifier


_END, _BETWEEN = document_shows, document_shows_between


@pytest.mark.parametrize(
    ("rule", "sentence", "comma_before"),
    [
        (_END, "Nurses raised concerns nine times, internal records obtained by the Herald show.", "internal"),
        (_END, "Trump gave $100,000 to the foundation, campaign finance records show.", "campaign"),
        (_END, "The senator gave nothing, a Quinnipiac University poll shows.", "a"),
        # a participle before the document's noun says what kind; a headline ends its line with no full stop
        (_END, "The board favoured a friend's firm, leaked emails show.", "leaked"),
        (_END, "Official told staff to favour a friend's firm, internal records show\n\nThe board said nothing.",
         "internal"),
        # no document's noun opening the phrase; not at the sentence's end; no comma before the phrase
        (_END, "They watched it together, the talk show.", None),
        (_END, "Records show that the senator gave nothing.", None),
        (_END, "The senator gave nothing as records show.", None),
        # set off by commas inside the sentence
        (_BETWEEN, "During the same stretch, F.A.A. records show, the Cessna has flown roughly 216 hours.", "F.A.A."),
        (_BETWEEN, "The jet was insured for $35 million in 2011, records show, and experts say it is worth less.",
         "records"),
        # at the sentence's end (``document_shows``); after a conjunction, what is shown is part of a clause
        (_BETWEEN, "Trump gave $100,000 to the foundation, campaign finance records show.", None),
        (_BETWEEN, "He puts his worth at $11 billion and, records show, does not use the plane.", None),
        (_BETWEEN, "They watched it together, the talk show, and went home.", None),
    ],
)  # fmt: skip
def test_a_verb_of_showing_after_a_document_s_phrase_set_off_by_a_comma(
    nlp: Language, rule: Callable[[Token], int | None], sentence: str, comma_before: str | None
) -> None:
    doc = nlp(sentence)
    [verb] = [t for t in doc if t.lower_ in ("show", "shows")]
    comma = rule(verb)
    assert (doc[comma + 1].text if comma is not None else None) == comma_before


@pytest.mark.parametrize(
    ("sentence", "verb", "cue"),
    [
        # the parser made "posted" a participle of the subject and hung the that-clause on the subject too
        ("His team manager, Iñigo Salaberri, posted on Instagram on Saturday evening that the leader's jersey was "
         "“far from lost”.", "posted", True),
        # a participle that is no verb of saying, with a relative clause after it, is no cue
        ("The race's new leader, Tomás Echeverría, pictured on the podium that the organisers had built on the "
         "summit.", "pictured", False),
    ],
)  # fmt: skip
def test_a_verb_of_saying_after_an_apposition_reports_a_that_clause_left_on_its_subject(
    nlp: Language, sentence: str, verb: str, cue: bool
) -> None:
    [token] = [t for t in nlp(sentence) if t.text == verb]
    assert after_apposition(token) is cue


@pytest.mark.parametrize(
    ("sentence", "pronoun"),
    [
        # inside a quote, a "that" that ends a clause of time or the sentence, or holds no verb up to the quote's end
        ("“When she says that, we go,” he said.", True),
        ("“He says that every time,” said Samuel.", True),
        ("“They all say that.” She laughed.", True),
        # a "that" opening a clause, even after a comma, and a verb of saying outside a quote
        ("“He says that the plan is dead,” she said.", False),
        ("“She said that, if elected, she would serve,” he recalled.", False),
        ("When she says that, we go.", False),
    ],
)
def test_a_verb_of_saying_in_a_quote_with_a_that_opening_no_clause_is_no_cue(
    nlp: Language, sentence: str, pronoun: bool
) -> None:
    doc = nlp(sentence)
    [verb] = [t for t in doc if t.lower_ in ("says", "say", "said") and t.nbor(1).lower_ == "that"]
    assert _says_that_pronoun(verb, quote_mask(doc, quote_regions(sentence))) is pronoun


def test_a_verb_of_saying_in_a_relative_clause_reports_the_clause_its_pronoun_is_subject_of(nlp: Language) -> None:
    text = "She raised the lift at Harwood General Hospital, which she told MPs had been out of order for 14 months."
    doc = nlp(text)
    told = next(t for t in doc if t.text == "told")
    assert next(t for t in doc if t.text == "been").dep_ == "conj"  # the parse this rule exists for
    found = relative_said_clause(told)
    assert found is not None
    pronoun, first, last = found
    assert (pronoun.text, doc[first : last + 1].text) == ("which", "had been out of order for 14 months")
    # a relative clause with a subject of its own after the verb of saying is the verb's object's
    emails = nlp("He read the emails that Comey said they found.")
    assert relative_said_clause(next(t for t in emails if t.text == "said")) is None


def test_a_gerund_of_deciding_after_a_comma_reports_its_that_clause(nlp: Language) -> None:
    text = (
        "A federal appeals court on Thursday upheld a state law that caps electricity prices, ruling 2-1 that the law "
        "did not conflict with federal energy rules."
    )
    doc = nlp(text)
    assert next(t for t in doc if t.text == "that" and t.i > 15).dep_ == "dobj"  # the parse this rule exists for
    assert gerund_that_clause(next(t for t in doc if t.text == "ruling"))
    # a gerund with an object before its clause, or no "that" clause, is the tagger's to find
    assert not gerund_that_clause(
        next(t for t in nlp("He left, telling staff that he was tired.") if t.text == "telling")
    )
    assert not gerund_that_clause(next(t for t in nlp("The court met, ruling on two cases.") if t.text == "ruling"))


@pytest.mark.parametrize(
    ("sentence", "verb", "cue"),
    [
        # the infinitive hung on "use" (xcomp) and on the object's noun through "part of" (acl)
        (
            "The Bishop of Sarum used her Christmas Day sermon to accuse ministers of treating hunger as a choice.",
            "accuse",
            "used her Christmas Day sermon to accuse",
        ),
        (
            "Ben Carson, who briefly caught fire last year in his campaign, used part of his address to call Mrs. "
            "Clinton a student of Saul Alinsky.",
            "call",
            "used part of his address to call",
        ),
        # a passive "use" has no speaker for its subject; a verb of no saying is no cue
        ("In fact, the word should only be used to describe people from Spain.", "describe", None),
        ("The city used the grant to build a new library.", "build", None),
    ],
)
def test_a_verb_of_saying_in_the_purpose_infinitive_of_use(
    nlp: Language, sentence: str, verb: str, cue: str | None
) -> None:
    doc = nlp(sentence)
    user = said_through_use(next(t for t in doc if t.text == verb))
    assert (None if user is None else doc[user.i : next(t.i for t in doc if t.text == verb) + 1].text) == cue
    if cue is not None:
        # the tagger, which rarely saw the form, leaves it to the rule
        found = [doc[c.start : c.end].text for c in find_cues(doc, [False] * len(doc))]
        assert cue in found


def test_a_tagged_infinitive_of_use_opens_its_cue_at_use(nlp: Language) -> None:
    text = (
        'The Bishop of Sarum used her Christmas Day sermon to accuse the government of "treating hunger as a choice".'
    )
    doc = nlp(text)
    # the tagger tags "accuse" alone, which leaves "used her Christmas Day sermon" to the source
    found = [doc[c.start : c.end].text for c in find_cues(doc, quote_mask(doc, quote_regions(text)))]
    assert found == ["used her Christmas Day sermon to accuse"]


@pytest.mark.parametrize(
    ("sentence", "bio"),
    [
        ("Hannah Voss writes about housing and money every Sunday.", True),
        ("She writes on science each week for the Herald.", True),
        # a single occasion's writing about a topic is a statement of it (PolNeAR annotates topics)
        ("He writes about the scandal in his new book.", False),
        ("Voss wrote about housing every Sunday in 2019.", False),
    ],
)
def test_writing_about_a_topic_at_a_recurring_time_is_a_columnist_s_bio_line(
    nlp: Language, sentence: str, bio: bool
) -> None:
    [verb] = [t for t in nlp(sentence) if t.lemma_ == "write"]
    assert _columnist_line(verb) is bio


@pytest.mark.parametrize(
    ("sentence", "cue", "effort"),
    [
        # a verb of attempting tagged alone, what is attempted no verb of saying: an effort, not words
        ("But Halvorson is trying to seize on Shuster's romantic relationship with a lobbyist.", "is trying to", True),
        ("Mrs. Clinton tried to make light of the dispute as she rode the subway.", "tried to", True),
        # a verb of saying in the cue, or as what is attempted, keeps it a cue
        ("Cruz is trying to tell the establishment wing of his party that he is the best alternative.",
         "is trying to tell", False),
        ("He tried to explain that the plan had changed.", "tried to", False),
        ("She said the plan had changed.", "said", False),
        # "continue" alone with an action after it (an infinitive, "as") says an action went on
        ("He also continued to raise substantial amounts of money from small donors.", "also continued", True),
        ("Blocher continued as a member of parliament until 2014.", "continued", True),
        # ... with words or a clause or a verb of saying after it, a speaker going on; an object may be a saying noun
        ("“They are moving it to Mexico City,” Trump continued.", "continued", False),
        ("Trump continued his attacks against Curiel in an interview.", "continued", False),
        ("Pence continued: “When Obama became president, Iraq was stable.”", "continued", False),
        ("He continued to complain that the judge had been unfair.", "continued", False),
    ],
)  # fmt: skip
def test_a_verb_of_attempting_or_going_on_alone_reports_an_effort_not_words(
    nlp: Language, sentence: str, cue: str, effort: bool
) -> None:
    doc = nlp(sentence)
    start = next(t.i for t in doc if doc[t.i :].text.startswith(cue))
    end = start + len(nlp.make_doc(cue))
    in_quote = quote_mask(doc, quote_regions(sentence))
    assert _effort_alone(doc, start, end, cue_root(doc, start, end), in_quote) is effort


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # a price: a sum of money, or "for" on the verb or its object
        ("The club charged a $100,000 initiation fee, most of it refundable.", False),
        ("Whatever Trump charged his campaign for rent was coming from Trump himself.", False),
        # an indictment in the passive or as a participle, with no one named as charging
        ("Mr. McGraw was charged with assault and battery.", False),
        ("A former coach charged with aggravated assault told deputies that he only pushed the man.", False),
        # an accusation stays a cue: a clause after it, an active charge of a person, an agent named
        ("Tom Fitton charged that Mrs. Clinton hid the documents from the public.", True),
        ("Police had last month charged Corey Lewandowski after reviewing the video.", True),
        ("The mayor has been charged with fraud by a provincial police unit.", True),
        ("Sanders charged Clinton with flip-flopping on trade.", True),
    ],
)
def test_charge_as_a_price_or_an_indictment_says_nothing(nlp: Language, sentence: str, said: bool) -> None:
    [verb] = [t for t in nlp(sentence) if t.lemma_ == "charge"]
    assert _charge_not_said(verb) is not said


def test_a_court_that_held_that_reports_its_clause(nlp: Language) -> None:
    doc = nlp(
        "In a 2-1 ruling last year, the Court of Appeals held that the odor remains evidence of a crime because "
        "cannabis may still not be smoked in a moving vehicle."
    )
    assert court_held_that(next(t for t in doc if t.text == "held"))
    assert court_held_that(
        next(t for t in nlp("The Supreme Court has held in the past that firms may spend freely.") if t.text == "held")
    )
    # "hold" with an object is another verb, and a relative "who ruled that" describes the judges (PolNeAR train)
    assert not court_held_that(next(t for t in nlp("Police held the man for questioning.") if t.text == "held"))
    doc = nlp("The judges who ruled that Texas could not implement the law were appointed by Democrats.")
    assert not court_held_that(next(t for t in doc if t.text == "ruled"))

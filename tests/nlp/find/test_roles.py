from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from quotegraph.nlp.find import roles
from quotegraph.nlp.find.assemble import find_candidates
from quotegraph.nlp.find.parse import ParseIndex
from quotegraph.nlp.find.roles import (
    _closing_participle,
    _complement_of,
    _first_cue_of_conjunct,
    _inverted_cue,
    _medium_participle_in_cue,
    _participle_of_saying,
    _passive_speaker,
    _pronoun_antecedent,
    _relative_reporter,
    _source_named_by,
    _subject_of,
    _that_clause_read_as_adverbial,
)


def _reporter(nlp: Language, text: str, content_from: str, cue: str) -> list[str]:
    doc = nlp(text)
    head = next(t for t in doc if t.text == cue)
    first = next(t.i for t in doc if t.text == content_from)
    found = _relative_reporter(doc[:], head, [(first, len(doc) - 1)], [False] * len(doc))
    return [text[s:e] for s, e in found]


def test_a_clause_of_a_relative_clause_verb_is_reported_by_its_antecedent(nlp: Language) -> None:
    text = (
        "The senator went on television on Sunday to answer Mary Smith, the head of the union, "
        "who said in a speech that the deal was dead."
    )
    assert _reporter(nlp, text, "that", "went") == ["Mary Smith", "who"]


def test_a_relative_clause_without_a_clause_of_its_own_gives_no_source(nlp: Language) -> None:
    text = "The senator went on television to answer the union, which the deal was supposed to protect."
    assert _reporter(nlp, text, "deal", "went") == []


def _subject(nlp: Language, text: str, cue: str) -> list[str]:
    doc = nlp(text)
    return [text[s:e] for s, e in _subject_of(ParseIndex(doc), next(t for t in doc if t.text == cue))]


def test_a_participle_cue_takes_the_subject_of_the_verb_it_hangs_from(nlp: Language) -> None:
    text = "The mayor spoke for an hour on Monday, saying that the bridge would reopen in May."
    assert _subject(nlp, text, "saying") == ["The mayor"]


def test_every_verb_of_a_coordination_shares_the_first_one_s_subject_in_any_order(nlp: Language) -> None:
    # the walks are remembered per document: asked from the last verb first, or from the first, the answer is the same
    text = "The aide " + " and ".join(f"said plan {i} works" for i in range(12)) + "."
    for last_first in (True, False):
        doc = nlp(text)
        parse, verbs = ParseIndex(doc), [t for t in doc if t.text == "said"]
        assert [t.head.i for t in verbs[1:]] == [t.i for t in verbs[:-1]]  # the parse: each joined to the one before
        subjects = [[text[s:e] for s, e in _subject_of(parse, v)] for v in (verbs[::-1] if last_first else verbs)]
        assert len(parse.subjects) == len(verbs)  # every verb's answer is kept, for the document
        assert subjects == [["The aide"]] * len(verbs)


def test_according_to_takes_its_object_as_the_source(nlp: Language) -> None:
    text = "The bridge will reopen in May, according to a report by the city."
    assert _subject(nlp, text, "according") == ["a report by the city"]


def test_a_subject_the_parser_hung_on_a_participle_between_commas_is_the_verbs(nlp: Language) -> None:
    text = "Township engineer Paul Ostrowski, answering a question from a board member, said the study was sound."
    doc = nlp(text)
    assert next(t for t in doc if t.text == "Ostrowski").head.text == "answering"  # the parse this rule exists for
    assert _subject(nlp, text, "said") == ["Township engineer Paul Ostrowski"]
    assert _subject(nlp, "Answering a question, the study was called sound.", "called") == []


def test_an_expletive_subject_is_no_source_and_is_not_climbed_over(nlp: Language) -> None:
    text = "Officials met on Monday, and it was said that the bridge would reopen."
    assert _subject(nlp, text, "said") == []


def _complement(nlp: Language, text: str, cue: str, quoted: str = "") -> str:
    doc = nlp(text)
    head = next(t for t in doc if t.text == cue)
    in_quote = [t.text in quoted.split() for t in doc]  # the words of ``quoted`` are inside quotation marks
    found = _complement_of(doc[:], head, in_quote)
    return " ".join(doc[a:b].text for a, b in found)


def test_a_cue_without_tagged_content_falls_back_on_its_clause(nlp: Language) -> None:
    text = "The mayor told reporters on Monday that the bridge would reopen in May."
    assert _complement(nlp, text, "told") == "that the bridge would reopen in May"
    text = "The bridge will reopen in May, the mayor said on Monday."
    assert _complement(nlp, text, "said") == "The bridge will reopen in May"


def test_the_fallback_clause_may_hang_below_the_medium_the_cue_names(nlp: Language) -> None:
    text = "The senator said in a commentary that the bill would fail."  # parsed as a relative clause
    assert _complement(nlp, text, "said") == "that the bill would fail"
    text = "The senator said in a commentary published Tuesday that the bill would fail."
    assert _complement(nlp, text, "said") == "that the bill would fail"
    text = "Both companies issued statements on Monday saying the merger was off."
    assert _complement(nlp, text, "issued") == "the merger was off"


def test_a_relative_clause_of_the_medium_is_not_what_was_said(nlp: Language) -> None:
    assert _complement(nlp, "The senator spoke in a hall that was full.", "spoke") == ""


def test_a_that_clause_read_as_relative_with_its_own_subject_and_auxiliary_is_what_was_said(nlp: Language) -> None:
    text = "Curtis Boone said at the briefing that 40 shelters would open by Tuesday afternoon."
    doc = nlp(text)
    assert next(t for t in doc if t.text == "open").dep_ == "relcl"  # the parse this rule exists for
    assert _complement(nlp, text, "said") == "that 40 shelters would open by Tuesday afternoon"
    assert _complement(nlp, "The mayor spoke at the school that she attended as a child.", "spoke") == ""


def test_a_that_clause_read_as_relative_with_its_own_subject_and_object_is_what_was_said(nlp: Language) -> None:
    text = "The spokesman told reporters at the lobby briefing that Holt enjoyed the exchange."
    doc = nlp(text)
    enjoyed = next(t for t in doc if t.text == "enjoyed")
    assert (enjoyed.dep_, next(t for t in doc if t.text == "that").dep_) == ("relcl", "dobj")  # the parse
    assert _complement(nlp, text, "told") == "that Holt enjoyed the exchange"
    quoted = "The spokesman told reporters at the lobby briefing that Holt “enjoyed the exchange.”"
    assert _said(nlp, quoted) == [("told", "that Holt “enjoyed the exchange.”")]
    # "that" standing for "when" on a time is a relative word
    assert _complement(nlp, "The mayor spoke on the day that she won the race.", "spoke") == ""


def test_the_fallback_clause_leaves_quotes_and_objects_alone(nlp: Language) -> None:
    assert _complement(nlp, "The mayor thanked the workers.", "thanked") == ""
    text = "The mayor told reporters that the bridge was fine."
    assert _complement(nlp, text, "told", quoted="the bridge was fine") == ""


def test_a_marked_clause_whose_paraphrase_runs_into_a_quote_is_the_fallback_content(nlp: Language) -> None:
    text = "Farah Siddiqui said after the programme that Amos had insulted every resident."
    doc = nlp(text)
    assert next(t for t in doc if t.text == "insulted").dep_ == "relcl"  # the parse: a clause of "programme"
    assert _complement(nlp, text, "said", quoted="insulted every resident") == "that Amos had insulted every resident"


def test_a_relative_pronoun_source_comes_with_the_noun_it_stands_for(nlp: Language) -> None:
    text = "The deal was signed by the union, which said that wages would rise."
    assert _subject(nlp, text, "said") == ["the union", "which"]
    doc = nlp(text)
    which = next(t.i for t in doc if t.text == "which")
    assert [text[s:e] for s, e in _pronoun_antecedent(doc[:], [(which, which + 1)])] == ["the union", "which"]
    assert _pronoun_antecedent(doc[:], [(which - 2, which)]) == []


def test_a_relative_clause_after_a_by_phrase_is_about_the_doer_not_the_noun_it_hangs_on(nlp: Language) -> None:
    text = "She was interrupted from the back of the hall by Keith Danby, who said the street had been ignored."
    doc = nlp(text)
    assert next(t for t in doc if t.text == "by").head.text == "back"  # the parse: "by" hangs on "the back"
    assert _subject(nlp, text, "said") == ["Keith Danby", "who"]
    # out of an "of" phrase the clause still climbs to the noun it is about
    director = "She met the director of the film, who said the shoot had been hard."
    assert _subject(nlp, director, "said") == ["the director", "who"]


def _inverted(nlp: Language, text: str, quoted: str = "") -> tuple[str, str] | None:
    doc = nlp(text)
    head = next(t for t in doc if t.text == "said")
    found = _inverted_cue(ParseIndex(doc), doc[:], head, [t.text in quoted.split() for t in doc])
    if found is None:
        return None
    [(a, b)], [(c, d)] = found
    return doc[a:b].text, doc[c:d].text


def test_a_verb_of_saying_ending_its_sentence_after_a_noun_phrase_is_an_inverted_cue(nlp: Language) -> None:
    text = (
        "A faulty signal is the first thing investigators are examining after Sunday's derailment at Marlow "
        "Junction, the National Transport Safety Board said on Wednesday."
    )
    doc = nlp(text)
    assert next(t for t in doc if t.text == "Board").dep_ == "appos"  # the parse this rule exists for
    assert _inverted(nlp, text) == (
        "A faulty signal is the first thing investigators are examining after Sunday's derailment at Marlow Junction",
        "the National Transport Safety Board",
    )
    # a clause after the verb, a quoted clause, or a clause with no verb: no inverted cue
    assert _inverted(nlp, "The bridge is closed, the mayor said we should wait.") is None
    assert _inverted(nlp, "The bridge is closed for good, the mayor said.", quoted="bridge is closed for good") is None
    assert _inverted(nlp, "Not now and not ever, the mayor said.") is None


def _said(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [
        (text[c.cue[0][0] : c.cue[-1][1]], text[c.content[0][0] : c.content[-1][1]]) for c in find_candidates(nlp(text))
    ]


def test_a_reported_clause_opened_by_a_that_the_parser_made_an_object_runs_whole(nlp: Language) -> None:
    text = (
        "Teixeira told the jury at Hollins County Court that Dr. Paul Kessler entered notes into the chart about "
        "three hours after the patient died."
    )
    doc = nlp(text)
    that = next(t for t in doc if t.text == "that")
    assert (that.dep_, that.head.text, that.head.dep_) == ("dobj", "entered", "ccomp")  # the parse this rule is for
    assert _said(nlp, text) == [
        ("told", "that Dr. Paul Kessler entered notes into the chart about three hours after the patient died")
    ]
    # a relative "that" before the cue is the relative pronoun it seems: the content stays the clause after the cue
    assert _said(nlp, "He doubted the emails that Comey said they found on her system.") == [
        ("said", "they found on her system")
    ]


def test_a_reaction_cue_ending_in_a_participle_of_saying_has_the_participle_s_clause(nlp: Language) -> None:
    text = "Ruiz welcomed the decision in a post on X, saying that stable rates are what families need."
    assert _said(nlp, text) == [
        ("welcomed the decision in a post on X, saying", "that stable rates are what families need")
    ]
    quoted = "Ruiz welcomed the decision in a post on X, writing that “stable rates are what families need.”"
    assert _said(nlp, quoted) == [
        ("welcomed the decision in a post on X, writing", "that “stable rates are what families need.”")
    ]


def test_a_participle_after_its_own_doer_is_no_closing_participle(nlp: Language) -> None:
    doc = nlp("The talk ended with Maddow asking whether she would run.")
    ended, asking = (next(t for t in doc if t.text == word) for word in ("ended", "asking"))
    assert asking.dep_ == "advcl" and asking.head == ended  # the parse the comma check is for
    assert _closing_participle(doc[ended.i : asking.i + 1], ended) is None
    doc = nlp("Ruiz welcomed the decision, saying that rates would hold.")
    welcomed, saying = (next(t for t in doc if t.text == word) for word in ("welcomed", "saying"))
    assert _closing_participle(doc[welcomed.i : saying.i + 1], welcomed) == saying


def _word(nlp: Language, text: str, word: str) -> Token:
    """The first token of ``text`` (parsed) that is ``word``."""
    return next(t for t in nlp(text) if t.text == word)


def _hung(nlp: Language, text: str, word: str) -> tuple[str, str]:
    """How the parser hung the first ``word`` of ``text``: its label and the word it hangs on."""
    token = _word(nlp, text, word)
    return token.dep_, token.head.text


def test_an_unmarked_clause_after_whom_a_verb_of_telling_names_is_what_was_told(nlp: Language) -> None:
    text = "Okoye told reporters he had learned of his nomination while stuck in a lift in Lagos."
    assert _word(nlp, text, "learned").dep_ == "relcl"  # the parse this rule exists for
    assert _complement(nlp, text, "told") == "he had learned of his nomination while stuck in a lift in Lagos"
    # a relative clause with its relative word is one, whatever the verb
    assert _complement(nlp, "Okoye thanked the reporters who had waited in the rain.", "thanked") == ""


def test_appositions_the_parser_hung_on_an_opening_phrase_are_the_verbs_subject(nlp: Language) -> None:
    text = (
        "In a victim impact statement read to the court by prosecutor Amit Shah, Okafor's widow, Grace, said she "
        "still set the table for four."
    )
    assert _word(nlp, text, "Grace").head.text == "Shah"  # the parse this rule exists for
    assert _subject(nlp, text, "said") == ["Okafor's widow, Grace"]
    assert _subject(nlp, "In a statement read by Amit Shah, the family said it was grateful.", "said") == ["the family"]


def test_appositions_the_parser_hung_on_an_opening_participle_phrase_are_the_verbs_subject(nlp: Language) -> None:
    text = (
        "Reached at home in Kearney, where he had watched the broadcast with Anika's 8-year-old brother, her father, "
        "Vikram Raman, said the neighbors had started honking their car horns."
    )
    assert _word(nlp, text, "said").dep_ == "ROOT" and _word(nlp, text, "Reached").dep_ == "advcl"  # the parse
    assert _subject(nlp, text, "said") == ["her father, Vikram Raman"]


def test_a_that_clause_the_parser_made_adverbial_is_what_was_said(nlp: Language) -> None:
    text = "He told the Courier only that a new session had been scheduled."
    assert _word(nlp, text, "scheduled").dep_ == "advcl"  # the parse this rule exists for
    assert _complement(nlp, text, "told") == "only that a new session had been scheduled"
    clause = _word(nlp, "He told the Courier so that the staff would know.", "know")
    assert clause.dep_ == "advcl"
    assert not _that_clause_read_as_adverbial(clause)


def test_a_verb_of_saying_whose_reported_clause_the_parser_made_the_root_reports_that_clause(nlp: Language) -> None:
    text = (
        "Varga's former training partner, the hurdler Anna Stein, posted on X on Monday night that she was "
        "“heartbroken and angry in equal measure.”"
    )
    assert nlp(text)[:].root.text == "heartbroken"  # the parse this rule exists for
    assert _said(nlp, text) == [("posted on X on", "that she was “heartbroken and angry in equal measure.”")]
    # a participle after an apposition with no "that" after it is no cue of its own
    assert _said(nlp, "The coach, a former sprinter, posted on the door was a notice.") == []


def _roles(nlp: Language, text: str, cue: str) -> tuple[list[str], list[str]]:
    """Content and source pieces of the candidate whose cue holds ``cue``."""
    [found] = [c for c in find_candidates(nlp(text)) if any(cue in text[s:e] for s, e in c.cue)]
    return [text[s:e] for s, e in found.content], [text[s:e] for s, e in found.source]


def test_a_subject_names_its_phrase_a_relative_pronoun_with_its_noun_and_it_no_one(nlp: Language) -> None:
    def named(text: str, verb: str, subject: str) -> list[str] | None:
        doc = nlp(text)
        said, word = (next(t for t in doc if t.text == w) for w in (verb, subject))
        found = _source_named_by(said, word)
        return None if found is None else [text[s:e] for s, e in found]

    assert named("The head of the union said the deal was dead.", "said", "head") == ["The head of the union"]
    assert named("It said the deal was dead.", "said", "It") is None
    text = "The senator met Mary Smith, who said the deal was dead."
    assert named(text, "said", "who") == ["Mary Smith", "who"]


def test_a_gerund_of_saying_under_a_passive_is_said_by_the_passive_subject(nlp: Language) -> None:
    text = (
        "In the recording, the referee Craig Dunmore can be heard asking the video assistant referee, Lewis Orme, "
        'to "check the line again" before play restarted.'
    )
    assert _word(nlp, text, "Dunmore").dep_ == "nsubjpass"  # the parse this rule exists for
    assert _roles(nlp, text, "asking") == (
        ['to "check the line again" before play restarted'],
        ["the referee Craig Dunmore"],
    )
    assert _roles(nlp, "He was quoted as saying the plan was dead.", "saying") == (["the plan was dead"], ["He"])
    assert _passive_speaker(_word(nlp, "The mayor was heard telling aides that the deal was off.", "telling"))
    # a preposition of means names no speaker, and "’s" may be "has"
    arguing = _word(nlp, "Their hostility is often justified by arguing that Islam is incompatible.", "arguing")
    assert _passive_speaker(arguing) is None
    text = "He’s spoken out against the law, telling Jenner to use her toilet of choice."
    assert _passive_speaker(_word(nlp, text, "spoken")) is None
    # a gerund with a subject of its own is that subject's
    text = "Breitbart News’ Dr. Thomas Williams will be interviewed about Pope Francis calling Christmas a sham."
    assert _word(nlp, text, "calling").head.text == "interviewed"  # the parse this exclusion exists for
    assert _passive_speaker(_word(nlp, text, "calling")) is None
    # with an agent, the gerund may be the agent's
    text = (
        "Clinton’s attacks were echoed by her campaign and Democrats across the country, who highlighted comments "
        "Trump made in 2006 saying he “sort of hopes” the housing bubble would burst."
    )
    assert _word(nlp, text, "saying").head.text == "echoed"  # the parse this exclusion exists for
    assert _passive_speaker(_word(nlp, text, "saying")) is None


def test_a_content_after_a_cue_inside_a_subject_stops_before_that_subject_s_verb(nlp: Language) -> None:
    text = (
        "A ward sister who was sacked after complaining about night-shift staffing was unfairly dismissed, an "
        "employment tribunal in Leeds ruled on Wednesday."
    )
    found = [
        (text[c.cue[0][0] : c.cue[-1][1]], text[c.content[0][0] : c.content[-1][1]]) for c in find_candidates(nlp(text))
    ]
    assert not [content for cue, content in found if "complaining" in cue]  # its clause runs into "was dismissed"
    assert ("ruled on", text[: text.index(",")]) in found


def test_a_clause_a_semicolon_parts_from_the_cue_is_not_what_it_reports(nlp: Language) -> None:
    text = "The three-time All-Star wants to play for a contender; the team says it does not comment on speculation."
    assert _word(nlp, text, "wants").dep_ == "ccomp"  # the parse this rule exists for
    assert _complement(nlp, text, "says") == "it does not comment on speculation"
    assert _complement(nlp, "The star wants to play for a contender, the team says.", "says") != ""


def test_a_that_clause_the_parser_made_a_second_subject_after_the_cue_is_what_was_said(nlp: Language) -> None:
    text = (
        'The all-clear came at 6:31 p.m.: "All payment services are operating normally," the page said.\n\n'
        "In a blog post published late Tuesday, Tillpoint's chief technology officer, Nikhil Rao, wrote that a "
        "routine update to the software that routes payments had been sent to every region at once instead of one "
        "at a time.\n\n"
        '"That should never have been possible, and it is on us," Rao wrote.'
    )
    assert _word(nlp, text, "update").dep_ == "nsubj"  # the parse this rule exists for
    rao = next(c for c in find_candidates(nlp(text)) if text[c.cue[0][0] : c.cue[0][1]] == "wrote")
    assert [text[s:e] for s, e in rao.content] == [
        text[text.index("that a routine") : text.index(" at a time") + len(" at a time")]
    ]
    assert [text[s:e] for s, e in rao.source] == ["Tillpoint's chief technology officer, Nikhil Rao,"]


def test_a_marked_clause_whose_subject_the_parser_hung_in_the_quote_is_still_a_paraphrase(nlp: Language) -> None:
    text = (
        "The expert, art historian Margaret Ellery, said in a statement issued through her solicitors that she had "
        '"examined photographs, not paintings" and had never been paid by the gallery.'
    )
    assert _word(nlp, text, "she").head.text == "photographs"  # the parse this rule exists for
    clause = text[text.index("that she") : text.index("gallery") + len("gallery")]
    assert _said(nlp, text) == [("said in a statement issued", clause)]


def test_a_source_set_off_as_a_title_and_a_name_before_an_inverted_cue_is_its_source(nlp: Language) -> None:
    text = (
        "Turnout was 38 percent, the highest for a mayoral race since 2009, the county's registrar of voters, "
        "Lionel Park, said in a statement on Wednesday morning."
    )
    assert _inverted(nlp, text) == (
        "Turnout was 38 percent, the highest for a mayoral race since 2009",
        "the county's registrar of voters, Lionel Park",
    )
    text = "The bridge will stay closed until spring, Lionel Park, the county's chief engineer, said on Monday."
    assert _inverted(nlp, text) == (
        "The bridge will stay closed until spring",
        "Lionel Park, the county's chief engineer",
    )
    # a list of things set off by commas names no one
    assert _inverted(nlp, "Prices rose in every district, the county's roads, its old bridges, said on Monday.") is None


def test_a_second_verb_of_saying_in_the_first_cue_s_form_shares_the_first_cue_s_subject(nlp: Language) -> None:
    text = (
        'Its leader column argues that the triple lock has become "unaffordable and unfair to younger workers", and '
        'urges the chancellor to "hold his nerve".'
    )
    urges = next(t for t in nlp(text) if t.text == "urges")
    assert urges.head.text == "become"  # the parse this rule exists for: the second verb joined to the clause's
    assert _roles(nlp, text, "urges")[1] == ["Its leader column"]


def test_a_second_verb_in_the_clause_s_form_keeps_the_clause_s_subject(nlp: Language) -> None:
    doc = nlp("She said the minister resigned and urged calm.")
    urged = next(t for t in doc if t.text == "urged")
    assert _first_cue_of_conjunct(urged) is None


def _sources(nlp: Language, text: str) -> list[str]:
    return [" ".join(text[a:b] for a, b in c.source) for c in find_candidates(nlp(text))]


def test_an_opening_participle_clause_is_no_source_but_the_subject_after_it_is(nlp: Language) -> None:
    text = (
        "Also briefing, by videoconference from Port Alder, TEMBA NDLOVU, Deputy Humanitarian Coordinator for "
        "Kessaria, said 41,000 people remained displaced in the north."
    )
    assert _word(nlp, text, "briefing").dep_ == "nsubj"  # the parse this rule exists for
    assert _sources(nlp, text) == ["TEMBA NDLOVU, Deputy Humanitarian Coordinator for Kessaria"]
    # a name the parser hung on the opening clause's last noun, which left the cue no source at all
    text = "Speaking by telephone from Kyiv, Olena Petrenko, the deputy minister, said the talks would resume."
    assert _sources(nlp, text) == ["Olena Petrenko, the deputy minister"]
    # a participle that modifies a noun opens the subject itself, and a clause after it keeps its own source
    assert _sources(nlp, "Acting Mayor John Smith, a Democrat, said the talks would resume.") == [
        "Acting Mayor John Smith, a Democrat,"
    ]
    assert _sources(nlp, "Speaking to reporters on Tuesday, the talks would resume, Smith said.") == ["Smith"]


def test_a_clause_hung_on_a_time_clause_between_is_what_the_cue_reports(nlp: Language) -> None:
    text = "Aziz said after the royal car had left that he had used the time to press the town's case."
    doc = nlp(text)
    assert next(t for t in doc if t.text == "used").head.text == "left"  # the parse this rule exists for
    assert _complement(nlp, text, "said") == "that he had used the time to press the town's case"
    # a verb of saying in the time clause reports its own clause
    text = "Aziz said after officials announced that the plant would close."
    assert _complement(nlp, text, "said") == ""
    # a time clause on a verb of saying that takes no such clause ("spoke") leaves it to the cue
    text = "Jealous told The Huffington Post before he spoke before the committee that he believed it was time."
    assert next(t for t in nlp(text) if t.text == "believed").head.text == "spoke"
    assert _complement(nlp, text, "told") == "that he believed it was time"
    text = "Jealous told The Huffington Post before he announced before the committee that he believed it was time."
    assert _complement(nlp, text, "told") == ""


def test_a_document_s_verb_of_showing_inside_a_sentence_shows_the_sentence_around_it(nlp: Language) -> None:
    text = "During the same stretch, F.A.A. records show, the Cessna has flown roughly 216 hours."
    found = {text[c.cue[0][0] : c.cue[-1][1]]: c for c in find_candidates(nlp(text))}
    assert [text[a:b] for a, b in found["show"].content] == [
        "During the same stretch",
        "the Cessna has flown roughly 216 hours",
    ]
    assert [text[a:b] for a, b in found["show"].source] == ["F.A.A. records"]
    # a conjunction after it opens a clause of its own: what is shown ends before the document
    text = "The aircraft was insured at a value of $35 million in 2011, records show, and experts say it is worth less."
    found = {text[c.cue[0][0] : c.cue[-1][1]]: c for c in find_candidates(nlp(text))}
    assert [text[a:b] for a, b in found["show"].content] == [
        "The aircraft was insured at a value of $35 million in 2011"
    ]


def test_a_clause_read_as_relative_closing_a_time_clause_between_is_what_the_cue_reports(nlp: Language) -> None:
    text = "The company said after the inquiry rose for the day that it had listened carefully to the community."
    doc = nlp(text)
    assert next(t for t in doc if t.text == "listened").dep_ == "relcl"  # the parse this rule exists for
    assert _complement(nlp, text, "said") == "that it had listened carefully to the community"
    # a relative clause without a shifted tense stays the noun's
    text = "The company said after the team won on the day that she arrived."
    assert _complement(nlp, text, "said") == ""


def test_a_participle_of_saying_with_no_comma_gives_the_cue_its_clause(nlp: Language) -> None:
    text = "Ofwat wrote to the company last month warning that its leakage record was among the worst in England."
    assert _said(nlp, text) == [("wrote to", "that its leakage record was among the worst in England")]
    # after a verb that does not say, the participle has a doer of its own
    doc = nlp("The conversation ended with Maddow asking whether she would run.")
    assert _participle_of_saying(next(t for t in doc if t.text == "ended")) is None
    # set off by a comma the participle is a cue of its own
    assert _said(nlp, "The union wrote to members on Friday, saying that the strike would go ahead.") == [
        ("saying", "that the strike would go ahead")
    ]


def test_a_reporter_s_aside_between_subject_and_cue_is_not_the_source(nlp: Language) -> None:
    text = "The King, he said, had asked how long a new wall would take to build."
    doc = nlp(text)
    assert next(t for t in doc if t.text == "said").dep_ == "parataxis"  # the parse this rule exists for
    found = {text[c.cue[0][0] : c.cue[-1][1]]: [text[s:e] for s, e in c.source] for c in find_candidates(doc)}
    assert found["had asked"] == ["The King"]


def test_a_quote_the_parser_hung_on_the_cue_after_its_clause_goes_on_with_the_clause(nlp: Language) -> None:
    text = (
        "Margaret Thorne-Ellis, a retired teacher from Frome, who told the Gazette before the sale that her family "
        "had kept the notebooks “in a biscuit tin under the stairs” for most of the last century."
    )
    assert _word(nlp, text, "“").head.text == "told"  # the parse this rule exists for
    assert _said(nlp, text) == [("told", "that her family had kept the notebooks “in a biscuit tin under the stairs”")]


def test_a_relative_clause_the_parser_read_as_the_reported_one_is_the_speakers_not_what_was_said(nlp: Language) -> None:
    text = "Kofi Mensah, who coaches players owed a combined $2 million, said the club must pay."
    assert _word(nlp, text, "owed").dep_ == "ccomp"  # the parse this rule exists for: "owed" read as a finite verb
    assert _word(nlp, text, "Mensah").head.text == "owed"
    assert _roles(nlp, text, "said") == (["the club must pay"], ["Kofi Mensah"])
    # a relative clause the parser reads as one is left to the ordinary subject
    assert _roles(nlp, "Ann Cole, who represents families displaced by the fire, said the city failed.", "said") == (
        ["the city failed"],
        ["Ann Cole, who represents families displaced by the fire,"],
    )


def test_a_that_clause_the_parser_hung_on_a_noun_read_as_a_gerund_in_the_medium_is_what_was_said(
    nlp: Language,
) -> None:
    text = "The harbour office said in a bulletin to shipping that the north lock would stay closed for a week."
    doc = nlp(text)
    assert (doc[8].text, doc[8].tag_, doc[8].dep_) == ("shipping", "VBG", "pcomp")  # the parse this rule is for
    assert _complement(nlp, text, "said") == "that the north lock would stay closed for a week"


def test_a_that_clause_of_a_gerund_of_learning_after_the_cue_is_what_was_learned(nlp: Language) -> None:
    text = "The senator said in a statement after learning that the bill had failed that she would try again."
    assert "learning" in [t.text for t in nlp(text) if t.dep_ == "pcomp"]
    assert "bill had failed" not in _complement(nlp, text, "said")


def test_a_role_noun_the_parser_read_as_a_verb_before_a_name_is_the_speaker(nlp: Language) -> None:
    text = (
        "At a dinner in the mess hall at the fire station on Monday evening, coxswain Ed Marr said the crew had found "
        "the dinghy drifting."
    )
    coxswain = nlp(text)[15]
    assert (coxswain.text, coxswain.tag_, coxswain.dep_) == ("coxswain", "VB", "ccomp")  # the parse this rule is for
    content, source = _roles(nlp, text, "said")
    assert source == ["coxswain Ed Marr"]
    assert not [piece for piece in content if "dinner" in piece or "Marr" in piece]


def test_an_imperative_quoted_before_its_cue_is_no_role_noun(nlp: Language) -> None:
    text = "“Ask Ed Marr,” she said."
    ask = nlp(text)[1]
    assert (ask.tag_, ask.dep_) == ("VB", "ccomp")
    assert _roles(nlp, text, "said")[1] == ["she"]


def test_a_name_set_off_after_an_opening_clause_of_time_is_the_subject_of_the_verb_after_it(nlp: Language) -> None:
    text = (
        "When the mayor cut the ribbon on the new bridge, councillor Ana Ruiz, standing beside her, told the crowd "
        "the town had waited ten years."
    )
    assert next(t for t in nlp(text) if t.text == "Ruiz").dep_ == "dobj"  # the parse this rule is for
    assert _subject(nlp, text, "told") == ["councillor Ana Ruiz"]


def test_the_object_of_an_opening_clause_is_not_the_subject_of_a_verb_with_its_own(nlp: Language) -> None:
    text = "After the mayor thanked Ana Ruiz, the crowd cheered, and she told reporters it was a great day."
    assert _subject(nlp, text, "told") == ["she"]


_STRANDED = (
    "Among those whose trains were cancelled was Ravi Shah, 31, from Leeds, who wrote in a post shared more than "
    "3,000 times by last night {} he had been stuck at the station for six hours."
)


def test_a_participle_of_the_medium_read_as_a_verb_inside_the_cue_gives_the_cue_its_clause(nlp: Language) -> None:
    said = _said(nlp, _STRANDED.format("that"))
    assert ("wrote in a post shared", "that he had been stuck at the station for six hours") in said
    # the parse this rule exists for: "shared" a clause of the sentence's root, with the that-clause hung on it
    doc = nlp(_STRANDED.format("that"))
    assert next(t for t in doc if t.text == "shared").dep_ == "ccomp"
    # no clause opened by "that" after the cue: the participle gives none
    doc = nlp(_STRANDED.format("about how long"))
    wrote = next(t for t in doc if t.text == "wrote")
    cue = doc[wrote.i : next(t for t in doc if t.text == "shared").i + 1]
    assert _medium_participle_in_cue(cue, wrote) is None


@pytest.mark.parametrize("on", [True, False])
def test_a_gerund_after_a_preposition_of_time_or_means_has_its_verbs_subject(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """roles.PREPOSITION_GERUNDS_SHARE_SUBJECTS: "won the nomination by promising", "told reporters, before insisting";
    not "praised Smith for saying" (Smith said it) nor "accused him of lying"."""
    monkeypatch.setattr(roles, "PREPOSITION_GERUNDS_SHARE_SUBJECTS", on)
    text = "Obama won his party's nomination by promising its furious revenge."
    assert _word(nlp, text, "promising").dep_ == "pcomp"  # the parse this rule exists for
    assert _subject(nlp, text, "promising") == (["Obama"] if on else [])
    later = "Trump told reporters on Monday, before insisting he had a great relationship with Latinos."
    assert _subject(nlp, later, "insisting") == (["Trump"] if on else [])
    assert _subject(nlp, "The mayor praised Smith for saying the bridge was safe.", "saying") == []


@pytest.mark.parametrize("on", [True, False])
def test_an_infinitive_under_a_predicate_adjective_has_the_subject_of_its_verb(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """roles.ADJECTIVE_PREDICATES_SHARE_SUBJECTS: "Sanders is likely to remind voters ... by mentioning", "He will be
    able to score endorsements by citing", "The mayor was happy to tell reporters"; not "It is hard to say" (an
    expletive names no one)."""
    monkeypatch.setattr(roles, "ADJECTIVE_PREDICATES_SHARE_SUBJECTS", on)
    text = "Sanders is also likely to remind voters of his roots by mentioning the fact that he was at the March."
    remind = _word(nlp, text, "remind")
    assert (remind.dep_, remind.head.dep_, remind.head.pos_) == ("xcomp", "acomp", "ADJ")  # the parse it exists for
    assert _subject(nlp, text, "mentioning") == (["Sanders"] if on else [])
    able = "He will likely be able to sign up donors and score endorsements by citing his Iowa results."
    assert _subject(nlp, able, "citing") == (["He"] if on else [])
    assert _subject(nlp, "The mayor was happy to tell reporters that the bridge was safe.", "tell") == (
        ["The mayor"] if on else []
    )
    assert _subject(nlp, "It is hard to say whether the plan will work.", "say") == []


@pytest.mark.parametrize("on", [True, False])
def test_a_name_after_a_verb_of_saying_after_a_quote_is_its_subject_read_as_its_object(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """roles.INVERTED_SUBJECTS_READ_AS_OBJECTS: '"...," added Okafor, referring to the floods': the parser reads the
    name as the object of "added"; it is who speaks, in the participle too. Not an object with no quote before the
    verb ("The board asked Okafor, ...": the board asked)."""
    monkeypatch.setattr(roles, "INVERTED_SUBJECTS_READ_AS_OBJECTS", on)
    text = (
        "“Many people predicted that the issue would fade once the season was over, and it hasn't,” added Okafor, "
        "referring to the floods."
    )
    assert _word(nlp, text, "Okafor").dep_ == "dobj"  # the parse this rule exists for
    # without the rule the walk up the parse lands on the quote's own subject ("Many people")
    assert (_subject(nlp, text, "referring") == ["Okafor"]) is on
    pair = "“It was a long night for all of us, and the river kept rising,” replied Ortiz and Bell, adding a warning."
    assert _word(nlp, pair, "Ortiz").dep_ == "dobj"  # the pair read as the object: both are the subject
    assert _subject(nlp, pair, "adding") == (["Ortiz and Bell"] if on else [])
    # not "asked": the occasion readers take the name after it as the one asked
    assert _subject(nlp, "“Where is the money going?” asked Okafor, referring to the budget.", "referring") == []
    assert _subject(nlp, "The board asked Okafor, referring to the budget, to resign.", "referring") == ["The board"]


@pytest.mark.parametrize("on", [True, False])
def test_a_participle_or_second_verb_shares_the_passive_subject_of_the_verb_it_hangs_on(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """roles.PASSIVE_SUBJECTS_SHARED: "A federal lawsuit was filed ..., alleging that", "The mayor was forced into ...
    and said that"; not a passive second verb ("was arrested and charged": acted on twice), an infinitive ("was asked
    to comment"), nor under a "by" agent (the agent's, as before)."""
    monkeypatch.setattr(roles, "PASSIVE_SUBJECTS_SHARED", on)
    text = "A federal lawsuit was filed in 2012, alleging that the police had spied on the mosque."
    assert _hung(nlp, text, "alleging") == ("advcl", "filed")  # the parse this rule exists for
    assert _subject(nlp, text, "alleging") == (["A federal lawsuit"] if on else [])
    second = "The mayor was forced into a rare retreat and said that his words had been misconstrued."
    assert _subject(nlp, second, "said") == (["The mayor"] if on else [])
    assert _subject(nlp, "The mayor was arrested and charged with lying to investigators.", "charged") == []
    assert _subject(nlp, "The mayor was asked to comment on the bridge.", "comment") == []
    agent = "The mayor was criticized by the council, saying the bridge was unsafe."
    assert _subject(nlp, agent, "saying") == ["the council"]


@pytest.mark.parametrize("on", [True, False])
def test_a_verb_of_a_series_the_parser_broke_takes_the_subject_of_the_verb_before_it(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """roles.SERIES_SHARE_SUBJECTS: "She has praised the plan and promised to fund it, suggested that ...": the parser
    reads the first verbs as a clause the last one reports; not a reported clause before an inverted subject read as
    the object ("..., noted the annual report by the bank.")."""
    monkeypatch.setattr(roles, "SERIES_SHARE_SUBJECTS", on)
    reported = "Prices will rise and then stay high for years, noted the annual report by the bank."
    assert _hung(nlp, reported, "rise") == ("ccomp", "noted")  # a series in form, but the object ends the sentence
    assert _subject(nlp, reported, "noted") == []
    two = "Prices rose and wages fell last year, noted the report by the bank."
    assert _subject(nlp, two, "noted") == []  # a clause of two subjects is what is reported
    text = "She has praised the plan and promised to fund it, suggested that it would work."
    assert _hung(nlp, text, "praised") == ("ccomp", "suggested")  # the parse this rule exists for
    assert _subject(nlp, text, "suggested") == (["She"] if on else [])


@pytest.mark.parametrize("on", [True, False])
def test_a_second_verb_takes_the_subject_of_a_coordinated_verb_before_it_under_a_head_with_none(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """roles.SERIES_SHARE_SUBJECTS: "Hastily politicizing the tragedy ..., Trump cast the blame ..., and emphasized
    the threat", parsed with the opening participle as the root and both verbs coordinated under it."""
    monkeypatch.setattr(roles, "SERIES_SHARE_SUBJECTS", on)
    words = ["Politicizing", "it", ",", "Trump", "cast", "blame", ",", "and", "emphasized", "threats", "."]
    heads = [0, 0, 0, 4, 0, 4, 4, 4, 0, 8, 0]
    deps = ["ROOT", "dobj", "punct", "nsubj", "conj", "dobj", "punct", "cc", "conj", "dobj", "punct"]
    pos = ["VERB", "PRON", "PUNCT", "PROPN", "VERB", "NOUN", "PUNCT", "CCONJ", "VERB", "NOUN", "PUNCT"]
    tags = ["VBG", "PRP", ",", "NNP", "VBD", "NN", ",", "CC", "VBD", "NNS", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    found = _subject_of(ParseIndex(doc), doc[8])
    assert [doc.text[s:e] for s, e in found] == (["Trump"] if on else [])


@pytest.mark.parametrize("on", [True, False])
def test_a_participle_after_a_full_verb_shares_its_referring_it(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """roles.REFERRING_IT_SHARED: "it declined, citing legal risks" (the publisher); not an expletive "it" with a
    predicate of its own ("It remains unclear, noting ...")."""
    monkeypatch.setattr(roles, "REFERRING_IT_SHARED", on)
    text = "When the author asked the publisher to reprint the book, it declined, citing legal risks."
    assert _word(nlp, text, "citing").head.text == "declined"  # the parse this rule exists for
    assert _subject(nlp, text, "citing") == (["it"] if on else [])
    unclear = "It remains unclear, noting the delays."
    assert _word(nlp, unclear, "noting").head.pos_ == "VERB"  # a full verb: only its predicate tells it apart
    assert _subject(nlp, unclear, "noting") == []

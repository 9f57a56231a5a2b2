from __future__ import annotations

from spacy.language import Language

from quotegraph.nlp.find.clause_content import closing_participle, medium_participle_in_cue, participle_of_saying

from .conftest import complement_words, said_pieces, word_of


def test_a_cue_without_tagged_content_falls_back_on_its_clause(nlp: Language) -> None:
    text = "The mayor told reporters on Monday that the bridge would reopen in May."
    assert complement_words(nlp, text, "told") == "that the bridge would reopen in May"
    text = "The bridge will reopen in May, the mayor said on Monday."
    assert complement_words(nlp, text, "said") == "The bridge will reopen in May"


def test_the_fallback_clause_leaves_quotes_and_objects_alone(nlp: Language) -> None:
    assert complement_words(nlp, "The mayor thanked the workers.", "thanked") == ""
    text = "The mayor told reporters that the bridge was fine."
    assert complement_words(nlp, text, "told", quoted="the bridge was fine") == ""


def test_a_marked_clause_whose_paraphrase_runs_into_a_quote_is_the_fallback_content(nlp: Language) -> None:
    text = "Farah Siddiqui said after the programme that Amos had insulted every resident."
    doc = nlp(text)
    assert next(t for t in doc if t.text == "insulted").dep_ == "relcl"  # the parse: a clause of "programme"
    assert (
        complement_words(nlp, text, "said", quoted="insulted every resident") == "that Amos had insulted every resident"
    )


def test_a_reaction_cue_ending_in_a_participle_of_saying_has_the_participle_s_clause(nlp: Language) -> None:
    text = "Ruiz welcomed the decision in a post on X, saying that stable rates are what families need."
    assert said_pieces(nlp, text) == [
        ("welcomed the decision in a post on X, saying", "that stable rates are what families need")
    ]
    quoted = "Ruiz welcomed the decision in a post on X, writing that “stable rates are what families need.”"
    assert said_pieces(nlp, quoted) == [
        ("welcomed the decision in a post on X, writing", "that “stable rates are what families need.”")
    ]


def test_a_participle_after_its_own_doer_is_no_closing_participle(nlp: Language) -> None:
    doc = nlp("The talk ended with Maddow asking whether she would run.")
    ended, asking = (next(t for t in doc if t.text == word) for word in ("ended", "asking"))
    assert asking.dep_ == "advcl" and asking.head == ended  # the parse the comma check is for
    assert closing_participle(doc[ended.i : asking.i + 1], ended) is None
    doc = nlp("Ruiz welcomed the decision, saying that rates would hold.")
    welcomed, saying = (next(t for t in doc if t.text == word) for word in ("welcomed", "saying"))
    assert closing_participle(doc[welcomed.i : saying.i + 1], welcomed) == saying


def test_a_verb_of_saying_whose_reported_clause_the_parser_made_the_root_reports_that_clause(nlp: Language) -> None:
    text = (
        "Varga's former training partner, the hurdler Anna Stein, posted on X on Monday night that she was "
        "“heartbroken and angry in equal measure.”"
    )
    assert nlp(text)[:].root.text == "heartbroken"  # the parse this rule exists for
    assert said_pieces(nlp, text) == [("posted on X on", "that she was “heartbroken and angry in equal measure.”")]
    # a participle after an apposition with no "that" after it is no cue of its own
    assert said_pieces(nlp, "The coach, a former sprinter, posted on the door was a notice.") == []


def test_a_clause_a_semicolon_parts_from_the_cue_is_not_what_it_reports(nlp: Language) -> None:
    text = "The three-time All-Star wants to play for a contender; the team says it does not comment on speculation."
    assert word_of(nlp, text, "wants").dep_ == "ccomp"  # the parse this rule exists for
    assert complement_words(nlp, text, "says") == "it does not comment on speculation"
    assert complement_words(nlp, "The star wants to play for a contender, the team says.", "says") != ""


def test_a_marked_clause_whose_subject_the_parser_hung_in_the_quote_is_still_a_paraphrase(nlp: Language) -> None:
    text = (
        "The expert, art historian Margaret Ellery, said in a statement issued through her solicitors that she had "
        '"examined photographs, not paintings" and had never been paid by the gallery.'
    )
    assert word_of(nlp, text, "she").head.text == "photographs"  # the parse this rule exists for
    clause = text[text.index("that she") : text.index("gallery") + len("gallery")]
    assert said_pieces(nlp, text) == [("said in a statement issued", clause)]


def test_a_participle_of_saying_with_no_comma_gives_the_cue_its_clause(nlp: Language) -> None:
    text = "Ofwat wrote to the company last month warning that its leakage record was among the worst in England."
    assert said_pieces(nlp, text) == [("wrote to", "that its leakage record was among the worst in England")]
    # after a verb that does not say, the participle has a doer of its own
    doc = nlp("The conversation ended with Maddow asking whether she would run.")
    assert participle_of_saying(next(t for t in doc if t.text == "ended")) is None
    # set off by a comma the participle is a cue of its own
    assert said_pieces(nlp, "The union wrote to members on Friday, saying that the strike would go ahead.") == [
        ("saying", "that the strike would go ahead")
    ]


def test_a_quote_the_parser_hung_on_the_cue_after_its_clause_goes_on_with_the_clause(nlp: Language) -> None:
    text = (
        "Margaret Thorne-Ellis, a retired teacher from Frome, who told the Gazette before the sale that her family "
        "had kept the notebooks “in a biscuit tin under the stairs” for most of the last century."
    )
    assert word_of(nlp, text, "“").head.text == "told"  # the parse this rule exists for
    assert said_pieces(nlp, text) == [
        ("told", "that her family had kept the notebooks “in a biscuit tin under the stairs”")
    ]


_STRANDED = (
    "Among those whose trains were cancelled was Ravi Shah, 31, from Leeds, who wrote in a post shared more than "
    "3,000 times by last night {} he had been stuck at the station for six hours."
)


def test_a_participle_of_the_medium_read_as_a_verb_inside_the_cue_gives_the_cue_its_clause(nlp: Language) -> None:
    said = said_pieces(nlp, _STRANDED.format("that"))
    assert ("wrote in a post shared", "that he had been stuck at the station for six hours") in said
    # the parse this rule exists for: "shared" a clause of the sentence's root, with the that-clause hung on it
    doc = nlp(_STRANDED.format("that"))
    assert next(t for t in doc if t.text == "shared").dep_ == "ccomp"
    # no clause opened by "that" after the cue: the participle gives none
    doc = nlp(_STRANDED.format("about how long"))
    wrote = next(t for t in doc if t.text == "wrote")
    cue = doc[wrote.i : next(t for t in doc if t.text == "shared").i + 1]
    assert medium_participle_in_cue(cue, wrote) is None

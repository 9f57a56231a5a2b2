"""A title shortened to its initials after the article wrote it in full before a person's name ("DPP Tan", "the AG"),
and the other short or role forms of speakerforms (fortieth set): an office's letters after "the" ("the CEO"), a title
the tagger took into the name ("Coroner Kate Robertson" ... "the coroner"), the role lexicon's "convenor". Each end to
end, with the reading off as well: the test fails when the reading breaks."""

from __future__ import annotations

import gc
import weakref
from types import ModuleType

import pytest
from spacy.language import Language

import quotegraph
from quotegraph.nlp.resolve.speakers import clusters, names, noun_classes
from quotegraph.nlp.resolve.speakers.title_initials import title_initials, titled_by_initials, titled_names

pytestmark = pytest.mark.slow


def _speaker(text: str, piece: str) -> str:
    """The speaker's name of the shortest statement of ``text`` whose content holds ``piece``."""
    found = [a for a in quotegraph.extract(text, "2026-11-02").attributions if a.content and piece in a.content.text]
    assert found, f"no statement holds {piece!r}"
    shortest = min(found, key=lambda a: len(a.content.text) if a.content else 0)
    return "" if shortest.speaker is None else shortest.speaker.name


_PROSECUTOR = (
    "Former bank officer jailed\n\n"
    "Deputy Public Prosecutor Tan Wei Ming said Lim Boon Keng had forged the signatures of five clients.\n\n"
    "\u201cThe accused preyed on the trust of clients,\u201d DPP Tan said."
)
_ATTORNEY = (
    "Youth bail laws to be reviewed\n\n"
    "Queensland's Attorney-General, Deb Frecklington, said on Tuesday the bail laws would be reviewed.\n\n"
    "Superintendent Mark Whiting said officers had charged 40 teenagers since July.\n\n"
    "The AG said the panel would report by March."
)
_AIRLINE = (
    "Lawmakers grill airline\n\n"
    "Brian Kessler, the airline's chief executive, said the company had already paid $600 million in refunds.\n\n"
    "\u201cWe let our customers down and we own that,\u201d the CEO said."
)
_INQUEST = (
    "Inquest hears climber died after rope failed\n\n"
    "Senior Coroner Kate Robertson said Daniel Hughes, 31, had been climbing with a friend.\n\n"
    "Detective Chief Inspector Gareth Price said police had found no evidence of third party involvement.\n\n"
    "\u201cThe rope ran over an edge nobody had noticed,\u201d DCI Price said.\n\n"
    "Recording a conclusion of accidental death, the coroner said Mr Hughes had been an experienced climber."
)


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(
    ("module", "reading", "text", "piece", "speaker"),
    [
        # "DPP Tan" after "Deputy Public Prosecutor Tan Wei Ming" is he
        (names, "TITLE_INITIALS_BEFORE_SURNAMES", _PROSECUTOR, "preyed on the trust", "Tan Wei Ming"),
        # "The AG said" after "Attorney-General, Deb Frecklington," is she
        (clusters, "TITLES_BY_THEIR_INITIALS", _ATTORNEY, "would report by March", "Deb Frecklington"),
        # "the CEO" is the chief executive named before, not a name of its own
        (noun_classes, "OFFICE_LETTERS_AFTER_THE", _AIRLINE, "we own that", "Brian Kessler"),
        # "the coroner" is the one named "Senior Coroner Kate Robertson" (the tagger's name "Coroner Kate Robertson"),
        # not the detective named last
        (names, "TITLES_CUT_FROM_NAMES", _INQUEST, "an experienced climber", "Kate Robertson"),
    ],
    ids=["initials-before-surname", "initials-alone", "office-letters", "title-cut-from-name"],
)
def test_a_short_or_role_form_is_the_one_named_in_full(
    monkeypatch: pytest.MonkeyPatch, module: ModuleType, reading: str, text: str, piece: str, speaker: str, on: bool
) -> None:
    """Each reading on gives the statement to the person named in full; off, not."""
    monkeypatch.setattr(module, reading, on)
    assert (speaker in _speaker(text, piece)) is on


def test_initials_the_article_never_spelled_out_stay_in_the_name(nlp: Language) -> None:
    """ "AJ Smith" with no title of those initials before a Smith's name: a forename's initials, kept."""
    doc = nlp("Andrew Smith said the club would appeal. AJ Smith, his brother, said nothing.")
    assert not title_initials(next(t for t in doc if t.text == "AJ"))
    doc = nlp("Detective Chief Inspector Gareth Price said so. DCI Price agreed.")
    assert title_initials(next(t for t in doc if t.text == "DCI"))


def test_initials_of_a_body_inside_a_title_are_no_title_s(nlp: Language) -> None:
    """ "RNC" after "Republican National Committee Chairman Reince Priebus": the body's letters, not the title's,
    which end with its noun ("Chairman")."""
    doc = nlp("Republican National Committee Chairman Reince Priebus spoke. The RNC said it would meet.")
    assert titled_by_initials(next(t for t in doc if t.text == "RNC")) is None


def test_initials_of_two_people_s_titles_are_neither(nlp: Language) -> None:
    """Two people titled with words of the same initials: the capitals alone say nothing of which."""
    doc = nlp(
        "The Attorney-General, Deb Frecklington, spoke first. The Auditor-General, Brendan Worrall, spoke next. The AG "
        "said it was over."
    )
    assert titled_by_initials(next(t for t in doc if t.text == "AG")) is None


def test_the_convenor_is_the_one_named_with_that_role() -> None:
    """ "convenor" of the role lexicon: "the Convenor said" is the coalition's convenor named before."""
    text = (
        "Coalition urges review of water tariff hike\n\n"
        "Mohd Faizal Rahman, the coalition's convenor, said many households were already struggling.\n\n"
        "\u201cIt must come with a proper consultation,\u201d the Convenor said in a statement on Sunday."
    )
    assert "Faizal Rahman" in _speaker(text, "proper consultation")


def test_a_document_s_titled_names_go_with_the_document(nlp: Language) -> None:
    """The names are memoised once a document; a memo value holding a ``Span`` would keep its document, and so every
    document of a batch, alive for the process's life (the fortieth set's bench found 38 MB more over 80 articles)."""
    doc = nlp("Deputy Public Prosecutor Tan Wei Ming said the forms were false. DPP Tan said more would follow.")
    assert "Tan Wei Ming" in [doc[t.start : t.end].text for t in titled_names(doc)]
    assert title_initials(next(t for t in doc if t.text == "DPP"))
    alive = weakref.ref(doc)
    del doc
    gc.collect()
    assert alive() is None

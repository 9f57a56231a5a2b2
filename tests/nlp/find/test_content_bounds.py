from __future__ import annotations

from spacy.language import Language

from quotegraph.nlp.find.assemble import find_candidates


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

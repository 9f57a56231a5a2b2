"""The one a passive question is put to ("In an interview with The New York Times Magazine published online Wednesday,
Trump was asked, ...", "Rubio was asked by Fox Business moderator Gerard Baker whether ..."): the question is a
statement of the asker (often unnamed), but the occasion it names is the one asked's too, who answers on it. The carrier
sets the question's occasion for the one asked as well as for its speaker (``occasions.ASKED_IN_THE_PASSIVE``), so
"Trump joked that Brooklyn was his answer" after it carries the interview.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.speakers.phrase_forms import QUESTIONING

__all__ = ["asked_in_the_passive"]

_PASSIVE_SUBJECT = "nsubjpass"


def asked_in_the_passive(coref: Coreference, verb: Token | None) -> int | None:
    """The entity (a person's cluster) that is the passive subject of a questioning cue ("Trump was asked", "Sanders
    was pressed about"), if any."""
    if verb is None or verb.lemma_.lower() not in QUESTIONING:
        return None
    for child in children_of(verb):
        if child.dep_ == _PASSIVE_SUBJECT:
            cluster = coref.cluster_at(child)
            return cluster.index if cluster is not None and cluster.type == "PERSON" else None
    return None

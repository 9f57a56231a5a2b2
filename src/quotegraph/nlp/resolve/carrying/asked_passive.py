"""The one a passive question is put to ("In an interview with The New York Times Magazine published online Wednesday,
Trump was asked, ...", "Rubio was asked by Fox Business moderator Gerard Baker whether ..."): the question is a
statement of the asker (often unnamed), but the occasion it names is the one asked's too, who answers on it. The carrier
sets the question's occasion for the one asked as well as for its speaker (``joining.ASKED_IN_THE_PASSIVE``), so
"Trump joked that Brooklyn was his answer" after it carries the interview.

Its active twin (``_asked_in_the_active``): "In Parliament on Thursday afternoon, ... Ben Kettering, asked the Minister
for Tertiary Education, Rachel Vaimoana, whether she still had confidence in the council." The asker names the
occasion; the one asked (the cue's object) answers on it ("Vaimoana replied", "She told the House"), with
``joining.ASKED_IN_THE_ACTIVE``. A request ("asked the network to donate", "pressed Clinton to do more") is no
question: the one asked is not heard answering on its occasion.

And the entity a question's stated addressee names (``_asked_as_stated``, "Boateng asked him whether"), which the
carrying reads as the one asked, and a question put with nobody named as asked (``asked_of_nobody``, "she asked how").
The parse's reading of who is asked is ``one_asked``'s; this module maps it to the coreference's entities for the
carrying, in one reading (``one_asked_in``): the passive subject, else the object of a question put in the active, else
the entity the question's stated addressee names (``occasion_records.AskedOne`` with its ``Voice``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import root_of
from quotegraph.nlp.resolve.carrying.occasion_records import AskedOne, Voice
from quotegraph.nlp.resolve.one_asked import QUESTIONING, names_set_off, objects_asked, passive_asked, requests
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.syntax import ASKING_VERBS, with_indefinite_article

__all__ = ["asked_of_nobody", "one_asked_in"]


def _questioning(verb: Token | None) -> bool:
    """Whether ``verb`` is a questioning cue (``phrase_forms.QUESTIONING``)."""
    return verb is not None and verb.lemma_.lower() in QUESTIONING


def _asked_as_stated(coref: Coreference, stated: Stated, verb: Token | None) -> int | None:
    """The entity a question's stated addressee names ("Boateng asked him whether"), if any."""
    if verb is None or not _questioning(verb) or stated.addressee is None:
        return None
    cluster = coref.cluster_at(root_of(stated.addressee))
    return None if cluster is None else cluster.index


def asked_of_nobody(stated: Stated, verb: Token | None) -> bool:
    """A question put with nobody named as asked ("she asked", "and asked how a trooper could tell"): of "ask" only
    (``syntax.ASKING_VERBS``). Of every questioning verb (``one_asked.QUESTIONING``; fast loop, cache14, askedfold):
    train-d +3 false fills in one article (nyt 2016-04-26 sanders-and-allies, "he questioned how ...", a doubt, no
    question put in a scene: channel and time of the convention carried) and in another a time right for a channel
    wrong (politico 2016-03-01 trump-my-immigration, "Hannity pressed"); train 0-59 and train-c unchanged."""
    return verb is not None and verb.lemma_.lower() in ASKING_VERBS and stated.addressee is None


def _asked_in_the_passive(coref: Coreference, verb: Token | None) -> int | None:
    """The entity (a person's cluster) that is the passive subject of a questioning cue ("Trump was asked", "Sanders
    was pressed about"), if any."""
    asked = passive_asked(verb) if verb is not None and _questioning(verb) else None
    if asked is None:
        return None
    cluster = coref.cluster_at(asked)
    return cluster.index if cluster is not None and cluster.type == "PERSON" else None


def _asked_in_the_active(coref: Coreference, verb: Token | None) -> int | None:
    """The entity (a person's cluster) that is the object of a questioning cue put as a question ("Kettering asked the
    Minister, Rachel Vaimoana, whether", "a young woman asked Mrs. Clinton about"), if any; none for a request ("asked
    her to call"). A name set off after a title object (``one_asked.names_set_off``) goes before the title, which the
    coreference may have joined to another holder of the role."""
    if verb is None or not _questioning(verb) or requests(verb):
        return None
    asked = next(iter(objects_asked(verb)), None)
    if asked is None:
        return None
    for named in (*names_set_off(verb, asked), asked):
        cluster = coref.cluster_at(named)
        if cluster is not None and cluster.type == "PERSON" and not cluster.plural:
            return cluster.index
    return None


def _asker(source: Span | None) -> Span | None:
    """The question's source as the mention of whom its answers are told to (``AskedOne.asker``): not a pronoun ("he
    asked her whether"), which names nobody on its own."""
    if source is None:
        return None
    root = root_of(source)
    return None if root.pos_ == "PRON" or with_indefinite_article(root) else source


def one_asked_in(
    coref: Coreference, stated: Stated, verb: Token | None, speaker: int | None, source: Span | None = None
) -> AskedOne | None:
    """The one a statement's question is put to, if any: the person the cue's passive subject names ("Trump was asked"),
    else the single person its object names when it is put as a question ("Kettering asked the Minister, Rachel
    Vaimoana, whether"), else the entity its stated addressee names ("Asked whether ..., Clinton said", "asked the
    network to donate", "asked the students if"); with whether the question's sentence states whom it was put to
    (``AskedOne.stated``). A voice's person is the one asked before the stated addressee's entity: a name set off after
    a title ("the Minister for Health, Sarah Whitlock") is read there (``_asked_in_the_active``), where the stated
    addressee gives the title, which the coreference may have joined to another holder of the role. A voice's person
    who is the statement's own speaker is no one asked ("asking him a series of questions", "him" joined to the asker
    by the coreference): the stated addressee is read instead. ``source``: the question's source as written, kept as
    the asker of one asked in a voice (``_asker``)."""
    named = _asked_as_stated(coref, stated, verb)
    voices = ((_asked_in_the_passive(coref, verb), Voice.PASSIVE), (_asked_in_the_active(coref, verb), Voice.ACTIVE))
    for entity, voice in voices:
        if entity is not None and entity != speaker:
            return AskedOne(entity, voice, stated=named is not None, asker=_asker(source))
    return None if named is None else AskedOne(named, Voice.STATED)

"""The people a sentence names by their part in a scene, placed in the scene last named.

"the first caller", "The moderator, WKLR anchor Dana Whitfield,", "Presenter Ciara Mulhern", "Speaking from the floor",
"Sitting beside her", "Carl Mendenhall, who moderated the news conference,", "The court heard evidence from ...",
"Under cross-examination": the scene last named (``scene_named``, ``scene_again``) is set for them
(``taking_part``); and whether a statement's own clause places its speaker at the scene being told, as they speak
("Raghavan, sitting a seat away, said": ``placed_at_the_scene``, which the resolver reads for each statement).
``scenes.py`` calls ``taking_part`` for every sentence (``SCENE_ROLES``, which it reads); the scenes a sentence tells
are its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import takewhile

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.resolve.carrying.carried_addressees import the_gathered
from quotegraph.nlp.resolve.carrying.occasion_records import Setting
from quotegraph.nlp.resolve.carrying.scene_parts import (
    SHARED_SUBJECT_LINKS,
    TOLD_SCENE_PREPS,
    happened,
    scene_as_channel,
    scene_noun,
    subject_entity,
    subjects_of,
)
from quotegraph.nlp.resolve.carrying.scene_turns import (
    STAGE_PREPS,
    STAGES,
    TURN_PREPS,
    in_the_room,
    spoken_after,
    turn_takers,
)
from quotegraph.nlp.resolve.carrying.taking_part import HEARING_BODIES
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.speakers.clusters import Cluster
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase
from quotegraph.nlp.resolve.stated.channels import studio_of, titled_name
from quotegraph.nlp.resolve.stated.circumstances import CircumstanceFinder
from quotegraph.nlp.resolve.stated.saying_verbs import TELL_VERBS, clause_verb
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolve.stated.stated_times import TimePhrase, time_clause
from quotegraph.nlp.resolve.stated.subject_clauses import who_clauses_inside
from quotegraph.nlp.syntax import CLAUSES_ON_A_NOUN, NOMINAL_SUBJECTS, OBJECT_DEPS, nominal_subjects

__all__ = [
    "newcomer_at_the_scene",
    "placed_at_the_scene",
    "scene_again",
    "scene_named",
    "taking_part",
]

# Roles that only someone taking part in a shared scene has: the caller and the presenter of a phone-in, the moderator
# of a debate, the panelists of a forum; said of a person ("the first caller", "The moderator, WKLR anchor Dana
# Whitfield,") at most ``MAX_ROLE_GAP`` paragraphs after a scene was last named, they place that person in it
# (occasion.md: "by others taking part, such as the counsel or the chair of the inquiry, the host of the show"). On
# train-d none is named so within reach of a scene (no statement changes). Tried and dropped there (right values /
# false fills against the rule): with "chair", "chairman", "chairwoman", channel +3 / +15, time +1 / +3 (a party's
# chairmen at a state convention, "the 6th District chairman"); with "host" and "interviewer", channel +1 / +1, time
# 0 / +1 ("a 2002 discussion with the radio host Howard Stern": one the scene's own phrase names).
_ROLES = frozenset({"caller", "presenter", "moderator", "panelist", "panellist", "questioner", "heckler"})
# "Presenter Ciara Mulhern put it to him", "Moderator Lester Holt asked": a role of ``_ROLES`` worn as a bare title that
# opens a person's name places that person in the scene as "The presenter, Gemma Lowe," does.
BARE_ROLE_TITLES = True
# "Speaking on RTÉ Radio 1's Morning Ireland this morning": a programme named as one (``titled_name``) is a scene its
# presenter and callers take part in, as "the phone-in" is.
PROGRAMME_SCENES = True
# "Appearing on the couch of WCNV's “Connecticut Morning”": a programme's studio (``channels.STUDIO_PLACES``) is a
# scene its guests share, as a programme named as one is (``PROGRAMME_SCENES``): "Sitting beside her on the couch was
# Kevin Lisowski" places him in it. Rule on against off (fast.py): train-d, train 0-59 and train-c byte-identical (no
# studio of a named programme spoken from in their text); news pages channel, time and every field +2, no loss
# (reservoir-dogs-algae-warning.html, the guest beside her): a form of the pages alone, suspect of fitting by that.
STUDIO_SCENES = True
# "Carl Mendenhall, the championship's executive director, who moderated the news conference, said": one a relative
# clause says ran or addressed the scene named again ("the news conference") takes part in it, with its moment. Rule on
# against off (fast.py, cache6): train-d channel +2 carried right, no false fill ("who hosted the show", one article);
# train-a byte-identical. With "attend" too: +3 time and +2 channel false fills (one who attended a summit is quoted
# from anywhere), dropped.
RAN_THE_SCENE = True
_RUNNING_A_SCENE = frozenset({"moderate", "chair", "host", "address"})
# "At an emergency session of the City Council on Wednesday night, the utility's director told council members ...": one
# whose title is the body the scene's opener told, in the singular ("Council member Dolores Ekwueme said"), is one of
# those addressed, and speaks in the scene: its channel and time, not its addressee (whom the opener spoke to is not
# whom they speak to). A bare title compounded to a person's name whose words are the addressee's, word for word by
# lemma ("council members" and "Council member"; "board members" and "Board member"), the body the object of a verb of
# telling (``saying_verbs.TELL_VERBS``) in the clause that names the scene. Rule on against off (fast.py, cache12):
# train-d, train 0-59 and train-c byte-identical (train-d's scene clauses tell "reporters" twice, "lawmakers", "about
# 100 committee members", but no speaker after them is titled so); news pages every field, channel and time +3, no loss
# (water-main-boil-notice.html: council members Ekwueme and Santangelo at the emergency session). A form of the pages
# alone, suspect of fitting by that, kept as a reading of who was told: the addressed are in the room.
ONE_OF_THE_ADDRESSED = True
MAX_ROLE_GAP = 3  # a debate's moderator heard three paragraphs after the lede that set it, the candidates between
# "Speaking from the floor, Mark Pennington ... said": one who speaks from a meeting's floor takes part in it
_FLOOR = "floor"
# "Sitting beside her, the men's winner, Tesfaye Alemu, said", "Joining her on stage, Tobias Rennick joked": one placed
# beside someone by a pronoun (a person just told of, at the scene just named) takes part in that scene. A pronoun only:
# "alongside Governor Hale" names someone who may be anywhere; a pronoun is the story's last scene's people.
BESIDE_SOMEONE = True
# "The airport's manager, Sharon Delacey, who spoke after him, said", "Speaking after her, the chief constable said":
# one who spoke in turn after or before someone just told of (a pronoun, as ``BESIDE_SOMEONE`` reads one) takes part in
# the scene that person spoke in. Rule on against off (fast.py): train-d, train 0-59 and train-c byte-identical (no
# "spoke after him" or "speaking before her" in their text); news pages channel, time and every field +2, no loss
# (light-plane-runway-crash.html, the airport manager's two statements at the press conference): a form of the pages
# alone, suspect of fitting by that, kept as ``BESIDE_SOMEONE``'s reading of co-presence by a pronoun.
SPOKE_AFTER_SOMEONE = True
# A scene's own phrase that says when ("at a question-and-answer session after the screening"), when its clause holds no
# dated expression: that moment is the scene's, carried with it to the people taking part.
SCENE_OWN_TIME = True
# A scene's clock time keeps the day right after it ("At a briefing in the same hall at 6pm on Wednesday": "at 6pm on
# Wednesday", as the statement that names the scene reads it, ``StatementTimes.with_day_after``), so that the
# scene carried to those taking part is the moment its speaker's own statement holds; with "6pm" alone, the mayor's
# reply after "She was interrupted ... by Keith Danby" (``scene_turns.INTERRUPTED_BY``) took the interrupter's "6pm"
# for her own "at 6pm on Wednesday" (clifftop-landslide-rest-centre.html, time -1).
SCENE_CLOCK_DAY = True
_BESIDE_PREPS = frozenset({"beside", "alongside"})
_JOINING = "join"
# "Raghavan, sitting a seat away, said", "Solheim, who joined the players on the stage, said", "Seated next to the
# mayor, the chief constable said": a clause of being placed (sitting, standing, joining) on the saying or on its
# subject that puts the speaker near someone or on a stage tells the reader they are at the scene being told; their
# statement, with no occasion of its own, is made in the shared scene in force, as a question or a reply is
# (``taking_part.party_scene``, the latest occasion set, at most ``MAX_EXCHANGE_GAP`` paragraphs after it was last
# spoken in; or the open scene, ``_in_scene``): ``placed_at_the_scene``. Not a clause with no place ("standing by his
# decision"), nor a place that is no stage ("who joined the firm in Leeds"), nor a clause the parser hung on another
# verb (on train-d, "Standing alongside ... Dolores Huerta, who co-founded ...", hung on "founded", placed Huerta at an
# event named two paragraphs before; read from the scene last named in the text, ``taking_part``, it gave that and
# more: channel +0 right / +5 false fills in that article). With ``SPEAKING_TO_A_MOTION`` and ``ON_THE_STAGE``, rule
# on against off (fast.py, cache7): train-d channel and time +1 right / +1 false fill each, one article (a debate's
# "the other candidate on the stage"; the false fill a related-link headline of hers); the two other forms fire in no
# train-d article; news pages channel 823 -> 826 (chess-title-game.html: the loser and the arbiter +4; one statement
# lost its email, given with a wrong speaker to the arbiter), every field unchanged (the conference's time is unread).
PLACED_IN_THE_SCENE = True
_PLACING_VERBS = frozenset({"sit", "seat", "stand", "join"})
_NEAR_PREPS = frozenset({"beside", "alongside", "next", "near", "behind", "across"})
_NEAR_ADVERBS = frozenset({"away", "nearby", "beside", "alongside", "next"})  # "next" holds "to the mayor"
_PLACING_CLAUSES = CLAUSES_ON_A_NOUN | {"advcl"}
# A clause of being placed that puts its subject at a lectern or a podium ("who joined them at the lectern") places them
# on the scene's stage as "on the stage" does (``scene_turns.STAGES``, ``STAGE_PREPS``); a clause on a name apposed to
# the statement's subject ("The zoo's head veterinarian, Dr. Samuel Otieno, who joined them at the lectern, said") is
# the subject's; and a pronoun placed near ("Sophie Tane, ..., who stood beside him with a loudhailer, said") is read
# on the statement's own clause too, not only by ``BESIDE_SOMEONE`` (whose subject, a relative "who" the parser hangs
# on another noun, the coreference may not give). The three in no train-d statement (fast.py: see ``AT_THE_STAGE``'s
# figures in the sceneparts report); pages snow-leopard-recaptured.html (the veterinarian) and
# pilot-whale-stranding.html (the medic beside the operations manager): page-only forms, kept as readings of
# ``PLACED_IN_THE_SCENE``'s clause that the parse hid.
AT_THE_STAGE = True
# "Dr Smitarani Behera, senior medicine specialist at the DHH, who was seated beside the CDMO, said": a relative clause
# whose subject is "who" names a person, so one the parser hung on a place inside the subject's description ("the DHH")
# is the subject's, as a clause on the subject or its appositive is (``AT_THE_STAGE``), and places the speaker. Rule on
# against off (fast.py, cache16, with ``channels.ADDRESSED_SCENES``): train-d, train 0-59 and train-c byte-identical
# (fires on no train statement); news pages channel, time and every field +1 (bhawanipatna-wedding-food-poisoning.html:
# the specialist seated beside the CDMO at his press briefing). A parse repair of a page form, suspect of fitting.
# The clauses so hung are read by the one helper every reader of a subject's clauses uses
# (``stated.subject_clauses.who_clauses_inside``): on any noun naming no person in the description (a place, a body's
# noun or name), not on a noun for another person ("a lawyer for the parents of the boy, who was seated"), which the
# rule took before; train and pages unchanged by that guard. Not the exam-leak page's "Bae Eun-ji, director general of
# the ministry's exam policy bureau, who sat beside Oh at the briefing": its clause is reached, but the parser reads
# the name "Oh" as an interjection and "beside" as a particle, so nothing places her (with "Kim" it does).
WHO_CLAUSES_IN_THE_SUBJECT = True
_ON = "on"
# "“Take the stairs!” shouted a member from the opposition benches": a saying shouted, yelled, heckled or jeered
# is heard only in the room it is shouted in, so its speaker takes part in the scene in force there, as one placed
# beside the speakers does (``taking_part.party_scene``). A page form (question-time-sketch.html, once mended by the
# plain newcomers' join, which ``carrier.NEWCOMERS_AT_THE_SCENE`` now keeps to those the text puts at the scene); rule
# on against off (fast.py on cache36), every train slice's output byte-identical, tuned pages every field +1.
SHOUTED_IN_THE_ROOM = True
_SHOUTING_VERBS = frozenset({"shout", "yell", "heckle", "jeer", "holler", "bellow"})
# "Speaking against the motion, delegate Col Brannigan said": one who speaks against what a meeting debates takes part
# in its debate, as one speaking from its floor does. Not "Speaking for the company" (a spokesman's, anywhere); not "in
# favour of the motion" either, whose "of the motion" the channel reader takes as the statement's own channel. Its page
# (union-congress-vote.html) gains nothing: "congress" is no scene noun, so the congress is no shared scene.
SPEAKING_TO_A_MOTION = True
_SPEAKING = "speak"
_AGAINST = "against"
# "Opening the inquiry at Y Plas in Machynlleth, planning inspector Helen Probert said", "Addressing the crowd from a
# flatbed trailer, Tomás Keaveney said", "Briefing the Council, Margit Halvorsen said": a participle of opening,
# addressing or briefing on the saying, whose object names with "the" the scene or the people gathered in it
# (``carried_addressees.the_gathered``: "the inquiry", "the crowd", "the Council", "the delegates"; or a part of it,
# "the public portion of the meeting"), places the speaker in the scene in force, as a reply or a clause of being placed
# does (``placed_at_the_scene``, read by ``taking_part.party_scene`` within ``taking_part.MAX_EXCHANGE_GAP``). Not "a
# rally", a scene of its own that the statement names; not a plan ("Opening the Thrift Savings Plan to everyone"). Rule
# on against off (fast.py, cache13): train-d, train 0-59 and train-c byte-identical (train-d's one such participle with
# a gathered object, "Addressing about 100 committee members at the spring meeting", names its own scene); news pages
# time +1, no loss (wind-farm-inquiry.html: the inspector who opened the inquiry, on its Tuesday; her channel stays a
# miss, the gold naming "the inquiry at Y Plas" of her own clause). Fires on tractor-protest.html too ("Addressing the
# crowd"), where no scene is in force (the lede's "for a rally" is not set). A form of the pages alone, suspect of
# fitting by that, kept as a reading of taking part that "told the committee" shares (``occasions``'
# ``AUDIENCE_OF_THE_LATEST_SCENE``).
RUNNING_THE_SCENE = True
# the verbs of running a scene (``RAN_THE_SCENE``'s) and those of opening, briefing and closing its sitting
_RUNNING_VERBS = _RUNNING_A_SCENE | {"open", "brief", "close"}
_PARTICIPLE_CLAUSES = frozenset({"advcl", "csubj"})  # "Addressing the crowd from a trailer, X said": a csubj
# "But the other candidate on the stage, Hillary Clinton, said": a person's description placed on the scene's stage
# (``scene_turns.STAGES``) places them in it.
ON_THE_STAGE = True
# "The court heard evidence from the county's finds liaison officer, Tom Ashby, who said", "The committee heard from
# Dr Jane Hale": one a sitting body heard from gives evidence in its sitting, the scene last named (an inquest, a
# hearing), as a caller does in a phone-in (occasion.md: "by others taking part"). The form is in no train slice
# (train-d, train 0-59 and train-c outputs byte-identical); viking-hoard-treasure.html is its page.
HEARD_FROM = True
_HEARING = "hear"
_HEARD_FROM_PREP = "from"
# "Under cross-examination, defense lawyer Simon Achebe suggested", "Under questioning from the panel, the minister
# said": one whose saying a sentence opens under a witness's examination takes part in the scene last named (the
# testimony, the hearing), as one speaking from a meeting's floor does. The parser splits "cross-examination" and hangs
# its pieces on the subject, so the opening phrase is read up to its comma, not as the preposition's object.
UNDER_EXAMINATION = True
_UNDER = "under"
_EXAMINATIONS = frozenset({"examination", "questioning", "interrogation"})
# Tokens after "heard ... from" read for the one heard: a described witness's name comes after the description ("from
# the county's finds liaison officer, Tom Ashby,"). Its own name since cleanup round 11 (it borrowed
# ``scene_parts.MAX_SUBJECT_REACH``, a reach backwards for a subject); the value the rule was measured with.
MAX_HEARD_REACH = 30
# Tokens of an opening "Under ..." read for its examination noun before its comma ("Under questioning from the
# committee's chairwoman,"); as ``MAX_HEARD_REACH``, the value the rule was measured with.
MAX_EXAMINATION_REACH = 30
_TESTIFYING = "testify"


def scene_named(finder: CircumstanceFinder, sentence: Span, paragraphs: Paragraphs) -> tuple[Stated, int] | None:
    """The last scene ``sentence`` names in a channel's position or as a place people gathered for (a scenes noun), with
    the first time said of its clause, and its paragraph."""
    words = [w for w in finder.channels_in(sentence) if scene_noun(w) or (PROGRAMME_SCENES and titled_name(w))]
    words += [w for w in finder.channels_in(sentence) if STUDIO_SCENES and studio_of(w)]  # "the couch of X's show"
    words += [t for t in sentence if t.dep_ == "pobj" and t.head.lower_ in TOLD_SCENE_PREPS and scene_as_channel(t)]
    if HEARD_FROM:  # "The court heard evidence from": the sitting named before, named again by its body
        words = [w for w in words if not _a_hearer(w)]
    if not words:
        return _testimony(finder, sentence, paragraphs) if UNDER_EXAMINATION else None
    word = max(words, key=lambda w: w.i)
    verb = clause_verb(word)
    times = [t for t in finder.times_in(sentence) if clause_verb(t.span.root) == verb]
    if SCENE_OWN_TIME and not times:  # "a question-and-answer session after the screening": the scene's own moment
        times = [TimePhrase(c) for c in map(time_clause, children_of(word)) if c is not None]
    time = (finder.with_day_after(times[0]) if SCENE_CLOCK_DAY else times[0]) if times else None
    return Stated(channel_phrase(word), _body_told(verb), time), paragraphs.of(word.idx)


def _body_told(verb: Token) -> Span | None:
    """The body of people ``verb``, the clause that names a scene, tells ("told council members", a plural noun that
    is its object): those of it taking part in the scene (``ONE_OF_THE_ADDRESSED``)."""
    if not ONE_OF_THE_ADDRESSED or verb.lemma_.lower() not in TELL_VERBS:
        return None
    told = [c for c in children_of(verb) if c.dep_ in OBJECT_DEPS and c.tag_ == "NNS"]
    return verb.doc[told[0].left_edge.i : told[0].i + 1] if told else None


def _testimony(finder: CircumstanceFinder, sentence: Span, paragraphs: Paragraphs) -> tuple[Stated, int] | None:
    """A witness's testimony told by its verb with its day ("Maria Teixeira testified on Thursday that"): a scene with
    no noun to name it, so only its time is carried to those examining the witness (``UNDER_EXAMINATION``)."""
    verbs = [t for t in sentence if t.lemma_.lower() == _TESTIFYING and t.pos_ == "VERB" and happened(t)]
    times = [t for t in finder.times_in(sentence) for v in verbs if clause_verb(t.span.root) == v]
    return (Stated(None, None, times[0]), paragraphs.of(sentence.start_char)) if times else None


def scene_again(
    scene: tuple[Stated, int] | None, named: tuple[Stated, int] | None, sentence: Span, paragraphs: Paragraphs
) -> tuple[Stated, int] | None:
    """The scene last named after ``sentence``, which names ``named`` (or none): the scene before, now named in a later
    paragraph, when the sentence names it again with "the" in any position ("told the meeting" after "for a parish
    council meeting on Tuesday evening": its first mention, and its day, are what is carried), else ``named``, else
    the scene before."""
    if scene is None or scene[0].channel is None:
        return named or scene
    lemma = scene[0].channel.root.lemma_
    again = [
        t for t in sentence if t.lemma_ == lemma and scene_noun(t) and any(c.lower_ == "the" for c in children_of(t))
    ]
    if again and (named is None or named[0].channel is None or named[0].channel.root in again):
        return scene[0], paragraphs.of(again[-1].idx)
    return named or scene


def _in_a_role(coref: Coreference, word: Token) -> Cluster | None:
    """The person ``word`` names by a role in a scene (``_ROLES``): "the first caller", "The presenter, Gemma Lowe,"
    (a noun of its own with "the" or a possessor, not a title compounded to a name: "Fox News host Sean Hannity"),
    or "Speaking from the floor, Mark Pennington said", "Sitting beside her, Tesfaye Alemu said" (the subject of the
    clause "from the floor" or "beside her" hangs on), or "The court heard evidence from ..., Tom Ashby,"
    (``HEARD_FROM``)."""
    beside = _beside_someone(word) or _under_examination(word)  # "Under cross-examination, X suggested": X
    heard = HEARD_FROM and _heard_from(word)
    if (word.tag_ != "NN" or word.dep_ == "compound") and not beside and not heard and not _bare_role_title(word):
        return None
    if word.lemma_.lower() in _ROLES and any(c.dep_ == "poss" or c.lower_ == "the" for c in children_of(word)):
        found = subject_entity(coref, word)
        if found is None or found.type != "PERSON":  # "the first caller", a description of its own
            found = _named_in(coref, word)
    elif _bare_role_title(word):
        found = coref.cluster_at(word.head)
    elif (word.lower_ == _FLOOR and word.dep_ == "pobj" and word.head.lower_ == "from") or beside:
        clusters = coref.clusters.clusters
        found = next((clusters[p] for p in sorted(subjects_of(coref, clause_verb(word)))), None)
    elif heard:
        found = _named_from(coref, word)
    elif _run_or_attended(word):
        found = coref.cluster_at(word.head.head)
    else:
        return None
    return found if found is not None and found.type == "PERSON" else None


def _bare_role_title(word: Token) -> bool:
    """``word`` is a scene's role worn as a bare title that opens a person's name: "Presenter Ciara Mulhern put it to
    him", "Moderator Lester Holt asked"; not one a body or a show before it qualifies ("BBC presenter Gemma Lowe", a
    presenter anywhere), whose name-phrase does not start with the role."""
    head = word.head
    return (
        BARE_ROLE_TITLES
        and word.dep_ == "compound"
        and word.lower_ in _ROLES
        and head.pos_ == "PROPN"
        and head.left_edge.i == word.i
    )


def _run_or_attended(word: Token) -> bool:
    """``word`` is the scene named again that a relative clause on a person says the person ran or addressed
    (``RAN_THE_SCENE``): "Carl Mendenhall, who moderated the news conference, said", "Ann Hale, who chaired the
    meeting,"."""
    verb = word.head
    return (
        RAN_THE_SCENE
        and word.dep_ == "dobj"
        and verb.dep_ == "relcl"
        and verb.lemma_.lower() in _RUNNING_A_SCENE
        and happened(verb)
        and scene_noun(word)
        and any(c.lower_ == "the" for c in children_of(word))
    )


def _heard_from(word: Token) -> bool:
    """``word`` is the "from" of a sitting body's hearing someone (``HEARD_FROM``): "The court heard evidence from",
    "The committee heard from", "the inquest heard testimony from"; the hearing happened (not "will hear from")."""
    if word.lower_ != _HEARD_FROM_PREP or word.dep_ != "prep":
        return False
    verb = word.head.head if word.head.dep_ == "dobj" else word.head  # "heard evidence from", "heard from"
    if verb.lemma_.lower() != _HEARING or verb.pos_ != "VERB" or not happened(verb):
        return False
    return any(s.lemma_.lower() in HEARING_BODIES or scene_noun(s) for s in nominal_subjects(verb))


def _a_hearer(word: Token) -> bool:
    """``word`` is the body that heard someone (``_heard_from``): "The court" of "The court heard evidence from"."""
    if word.dep_ not in NOMINAL_SUBJECTS:
        return False
    verb = word.head
    heard = [*children_of(verb), *(p for o in children_of(verb) if o.dep_ == "dobj" for p in children_of(o))]
    return any(map(_heard_from, heard))


def _named_from(coref: Coreference, word: Token) -> Cluster | None:
    """The first person named after ``word`` in its sentence, within ``MAX_HEARD_REACH`` tokens: one heard from
    is often named in an apposition the parser hangs elsewhere ("from the county's finds liaison officer, Tom
    Ashby,")."""
    sentence = coref.sentence_of[word.i]
    reach = word.doc[word.i + 1 : word.i + 1 + MAX_HEARD_REACH]
    return _person_named_among(coref, takewhile(lambda t: coref.sentence_of[t.i] == sentence, reach))


def _under_examination(word: Token) -> bool:
    """``word`` opens its sentence with a witness's examination, up to the phrase's comma: "Under cross-examination,",
    "Under questioning from the committee," (``UNDER_EXAMINATION``)."""
    if not UNDER_EXAMINATION or word.lower_ != _UNDER or word.dep_ != "prep" or not word.is_sent_start:
        return False
    for token in word.doc[word.i + 1 : word.i + 1 + MAX_EXAMINATION_REACH]:
        if token.is_punct and token.text == ",":
            return False
        if token.lemma_.lower() in _EXAMINATIONS or token.lower_ in _EXAMINATIONS:
            return True
    return False


def _beside_someone(word: Token) -> bool:
    """``word`` is a personal pronoun someone is placed beside: "Sitting beside her", "Alongside him", "Joining her on
    stage" (``BESIDE_SOMEONE``)."""
    if not BESIDE_SOMEONE or word.tag_ != "PRP":
        return False
    head = word.head
    if word.dep_ == "pobj" and SPOKE_AFTER_SOMEONE and head.lower_ in TURN_PREPS:
        return spoken_after(word)
    if word.dep_ == "pobj":
        return head.lower_ in _BESIDE_PREPS
    return word.dep_ == "dobj" and head.lemma_ == _JOINING and head.tag_ == "VBG"


def _placed_in_the_scene(word: Token) -> bool:
    """``word`` is a clause of being placed that puts its subject near someone or on a stage: "sitting a seat away",
    "seated next to the mayor", "who joined the players on the stage" (``PLACED_IN_THE_SCENE``)."""
    if not PLACED_IN_THE_SCENE or word.lemma_.lower() not in _PLACING_VERBS or word.dep_ not in _PLACING_CLAUSES:
        return False
    if word.dep_ == "relcl" and not happened(word):  # "who will join them on stage": not yet there
        return False
    for child in children_of(word):
        if child.dep_ == "advmod" and child.lower_ in _NEAR_ADVERBS:
            return True
        if child.dep_ == "prep" and (_near_one_named(child) or _a_stage_after(child)):
            return True
    return False


def newcomer_at_the_scene(channel: Span, position: int, words: frozenset[str], written: str | None) -> bool:
    """Whether a newcomer, a speaker with no occasion in force whose statement stands at ``position``, is one the
    text puts at the shared scene ``channel`` names (``carrier.NEWCOMERS_AT_THE_SCENE``): told in the sentence that
    names it ("At a heated press conference ... on Friday, families of those affected ... urged", "the crowd booed
    when one of his warm-up speakers mentioned"), named in that sentence ("an interview his brother Alastair Osman gave
    to ITV", then "Alastair Osman called him"; ``words``, their name words), or named by a role only one taking part
    in a shared scene has (``written``, their name as written: "the moderator said", ``_ROLES``)."""
    sentence = channel.sent
    if sentence.start_char <= position < sentence.end_char:
        return True
    if words & {t.lower_ for t in sentence}:
        return True
    head = written.split()[-1:] if written is not None else []
    return bool(head) and head[0].lower().strip(".,") in _ROLES


def placed_at_the_scene(verb: Token) -> bool:
    """Whether the statement ``verb`` says tells that its speaker is at the scene being told, as they say it: a clause
    of being placed on the saying or on its subject ("Raghavan, sitting a seat away, said", "Solheim, who joined the
    players on the stage, said": ``PLACED_IN_THE_SCENE``), speaking against the motion (``SPEAKING_TO_A_MOTION``), a
    subject described on the stage (``ON_THE_STAGE``), or a saying shouted (``SHOUTED_IN_THE_ROOM``). Read on the verb
    and, for a participle of saying ("drew a contrast, saying"), on the verb it shares its subject with; not on a clause
    the parser hung elsewhere in the sentence, whose subject may be anyone it names."""
    holders = [verb, verb.head] if verb.dep_ in SHARED_SUBJECT_LINKS else [verb]
    subjects = [s for h in holders for s in nominal_subjects(h)]
    if AT_THE_STAGE:  # "The zoo's head veterinarian, Dr. Samuel Otieno, who joined them at the lectern, said"
        subjects += [c for s in subjects for c in children_of(s) if c.dep_ == "appos"]
    clauses = [*(c for h in holders for c in children_of(h)), *(c for s in subjects for c in children_of(s))]
    if WHO_CLAUSES_IN_THE_SUBJECT:  # "Dr Behera, senior specialist at the DHH, who was seated beside the CDMO, said"
        clauses += [c for s in subjects for c in who_clauses_inside(s)]
    in_the_scene = any(
        _placed_in_the_scene(c) or _speaking_to_a_motion(c) or _on_the_stage(c) or _running_the_scene(c)
        for c in clauses
    )
    shouted = SHOUTED_IN_THE_ROOM and any(h.lemma_.lower() in _SHOUTING_VERBS for h in holders)
    return in_the_scene or shouted or any(map(in_the_room, subjects))  # "said the youngest volunteer at the table"


def _near_one_named(prep: Token) -> bool:
    """``prep`` places someone near another named by a noun ("next to the mayor", "beside Chepkoech"); near a pronoun
    ("beside her") is ``BESIDE_SOMEONE``'s, which reads it without a verb."""
    return prep.lower_ in _NEAR_PREPS and (AT_THE_STAGE or not any(o.tag_ == "PRP" for o in prep.subtree))


def _a_stage_after(prep: Token) -> bool:
    """``prep`` is "on" with a stage as its object: "on the stage", "on stage", "on the panel" (``STAGES``), or, with
    ``AT_THE_STAGE``, "at the lectern"."""
    preps = STAGE_PREPS if AT_THE_STAGE else {_ON}
    return prep.lower_ in preps and any(o.dep_ == "pobj" and o.lemma_.lower() in STAGES for o in children_of(prep))


def _speaking_to_a_motion(word: Token) -> bool:
    """``word`` is a participle of speaking against what is debated: "Speaking against the motion"
    (``SPEAKING_TO_A_MOTION``)."""
    if not SPEAKING_TO_A_MOTION or word.lemma_.lower() != _SPEAKING or word.tag_ != "VBG" or word.dep_ != "advcl":
        return False
    return any(c.dep_ == "prep" and c.lower_ == _AGAINST for c in children_of(word))


def _running_the_scene(word: Token) -> bool:
    """``word`` is a participle of opening, addressing or briefing the scene or the people gathered there, on the
    saying: "Opening the inquiry at Y Plas", "Opening the public portion of the meeting", "Addressing the crowd",
    "Briefing the Council" (``RUNNING_THE_SCENE``); not one done to a plan or a thing ("Opening the Thrift Savings Plan
    to everyone"), nor an object with "a" ("Addressing a rally in Ohio", a scene of its own that the reader names)."""
    if not RUNNING_THE_SCENE or word.tag_ != "VBG" or word.dep_ not in _PARTICIPLE_CLAUSES:
        return False
    if word.lemma_.lower() not in _RUNNING_VERBS:
        return False
    objects = [c for c in children_of(word) if c.dep_ == "dobj"]
    ofs = [c for o in objects for c in children_of(o) if c.dep_ == "prep" and c.lower_ == "of"]
    parts = [p for c in ofs for p in children_of(c) if p.dep_ == "pobj"]  # "the public portion of the meeting"
    return any(map(the_gathered, [*objects, *parts]))


def _on_the_stage(word: Token) -> bool:
    """``word`` is a prepositional "on the stage" that hangs on a description: "the other candidate on the stage,
    Hillary Clinton," (``ON_THE_STAGE``)."""
    if not ON_THE_STAGE or word.dep_ != "prep" or not _a_stage_after(word):
        return False
    return word.head.tag_ == "NN"


def _named_in(coref: Coreference, word: Token) -> Cluster | None:
    """The person a name after ``word`` in its own phrase names ("the first caller, who gave her name as Maureen from
    Eastfield"), when the coreference gave the description itself to no person."""
    return _person_named_among(coref, word.doc[word.i + 1 : word.right_edge.i + 1])


def _person_named_among(coref: Coreference, tokens: Iterable[Token]) -> Cluster | None:
    """The person the first proper noun of ``tokens`` that names one names."""
    for token in tokens:
        found = coref.cluster_at(token) if token.pos_ == "PROPN" else None
        if found is not None and found.type == "PERSON":
            return found
    return None


def taking_part(
    coref: Coreference, sentence: Span, paragraphs: Paragraphs, scene: tuple[Stated, int] | None
) -> list[Setting]:
    """The people ``sentence`` names by a role in a scene (``_in_a_role``), placed in the scene last named when it was
    named at most ``MAX_ROLE_GAP`` paragraphs before: set at the sentence's start, so that their statements in it are
    made there; it adds to their occasion, replaces none."""
    at = sentence.start_char
    if scene is None:
        return []
    # an examination is of the testimony last told, however many of the witness's answers came between
    words = (
        list(sentence)
        if paragraphs.of(at) - scene[1] <= MAX_ROLE_GAP
        else [w for w in sentence[:1] if _under_examination(w)]
    )
    people = frozenset(c.index for c in (_in_a_role(coref, w) for w in words) if c is not None)
    people |= turn_takers(coref, words)  # "was interrupted by", "who spoke after Abernathy", "was on the platform"
    people |= _addressed_people(coref, words, scene[0])
    # the scene's channel and day, not whom its opener told (``_body_told``)
    stated = Stated(scene[0].channel, None, scene[0].time)
    return [Setting(at, paragraphs.of(at), people, stated, used=True)] if people else []


def _addressed_people(coref: Coreference, words: Iterable[Token], stated: Stated) -> frozenset[int]:
    """The people among ``words`` whose bare title is the body ``stated`` was told, in the singular ("Council member
    Dolores Ekwueme" after "told council members": ``ONE_OF_THE_ADDRESSED``)."""
    addressee = stated.addressee
    if not ONE_OF_THE_ADDRESSED or stated.channel is None or addressee is None or addressee.root.tag_ != "NNS":
        return frozenset()
    body = [t.lemma_.lower() for t in addressee if t.dep_ != "det"]
    people: set[int] = set()
    for word in words:
        head = word.head
        if word.dep_ != "compound" or head.pos_ != "PROPN" or word.lemma_.lower() != body[-1]:
            continue
        title = [t.lemma_.lower() for t in word.doc[head.left_edge.i : word.i + 1]]
        found = coref.cluster_at(head)
        if title == body and found is not None and found.type == "PERSON":
            people.add(found.index)
    return frozenset(people)

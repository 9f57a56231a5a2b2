"""Who takes part in an occasion they did not set: the readings the carrier (``carrier.OccasionCarrier``) asks of a
statement that names no occasion of its own, each returning the occasion in force that the statement is made on, or
None; the carrier then enters its speaker there.

- ``party_scene``: an exchange in the latest shared scene (a question, a reply, an address to the bench, a court's
  people in its argument or trial, a speaker placed there);
- ``group_scene``: a member of a group whose scene was told ("the four contenders largely agreed ... on Thursday");
- ``interview_scene``: one whom another speaker's interview or show names as spoken to or with (the host);
- ``asked_one_s_scene``: one who puts a question (or a reply) to someone speaking on a scene;
- ``described_again_scene``: a speaker named again by a description of the one heard just before ("The family" after
  "Faraday's family said");
- ``press_event_scene``: a second speaker who "told reporters" just after another speaker's news conference (officials
  sharing the podium).

The words of taking part that other readers share are here too: the bodies one testifies before
(``HEARING_BODIES``), a court's roles and scenes (``COURT_ROLES``, ``COURT_SCENES``) and addresses to the bench
(``BENCH_ADDRESSES``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from quotegraph.nlp.find.parse import root_of
from quotegraph.nlp.resolve.carrying.carried_addressees import a_known_body
from quotegraph.nlp.resolve.carrying.carried_channels import a_press_event, is_scene, many_occasions, on_a_platform
from quotegraph.nlp.resolve.carrying.occasion_records import Frame, OccasionInput
from quotegraph.nlp.resolve.stated.stated_occasion import Stated

__all__ = [
    "BENCH_ADDRESSES",
    "COURT_ROLES",
    "COURT_SCENES",
    "HEARING_BODIES",
    "a_court_scene",
    "asked_one_s_scene",
    "described_again_scene",
    "group_scene",
    "interview_scene",
    "party_scene",
    "press_event_scene",
]

# A question or a reply with no occasion of its own ("she asked", "Vang replied") within ``MAX_EXCHANGE_GAP`` paragraphs
# of the latest occasion set, when that is a shared scene ("told the justices during oral argument") and no other
# occasion was set since, is an exchange in that scene: its speaker takes part in it, as at an open scene
# (``OPEN_SCENES``), and their later statements carry it. Rule on against off (fast.py): train-d, train 0-59 and train-c
# no figure changes (train-d byte-identical); news pages +2 channels on oral-argument.html, +3 times ("Achebe asked" in
# a cross-examination, "Asked what she would buy first, she said" at a news conference). Carrying the scene a paragraph
# on to any speaker cost +23 right / +170 false fills on train-d (scenes rounds 20 and 21): a question or a reply is the
# narrow mark of taking part.
SCENE_EXCHANGES = True
MAX_EXCHANGE_GAP = 2
# The judges and the counsel of a court's argument or trial (``COURT_ROLES``) who speak within ``MAX_EXCHANGE_GAP``
# paragraphs of it, with no occasion of their own and no other occasion set since, speak in it: the people who take part
# in a court's scene are named by their role ("Justice Karen Lindahl", "an attorney who represents Banks"). Not a
# hearing's ("hearing" is a congressional one as often, where a lawyer or "Attorney General" speaks elsewhere). Rule on
# against off (fast.py): train-d, train 0-59 and train-c byte-identical; news pages +4 channels on oral-argument.html.
COURT_PARTIES = True
COURT_ROLES = frozenset({"justice", "judge", "attorney", "lawyer", "counsel", "prosecutor"})
COURT_SCENES = frozenset({"argument", "trial"})
# A quote that opens by addressing the bench ("Your Honor, the debtor is asking you to hand the keys ...", said by a
# suppliers' lawyer named by no court role) is spoken in the court's scene in force, a hearing's too: addressing the
# judge is the exchange, as a question or a reply is (``SCENE_EXCHANGES``). Rule on against off (fast.py): train-d and
# train 0-59 byte-identical; news pages: the bankruptcy hearing's suppliers' lawyer.
BENCH_ADDRESS = True
BENCH_ADDRESSES = ("your honor", "your honour", "my lord", "my lady")

# A reply ("replied that", "responded") in the paragraph of the statement it answers, when that one was made on a
# platform ("on the district's Facebook page", "in a post on X"), is made there too: answers to a post are posted
# under it, as a reply at a scene is made in it (``asked_one_s_scene``). It changes no statement of train-d, train
# 0-59 or train-c (snow-day.html's Facebook thread is its page).
REPLY_ON_PLATFORM = True

# Paragraphs from the last statement of the one addressed on their occasion within which a statement to them
# ("Boateng asked him whether", "Deshmukh put it to her that") takes part in it (see ``asked_one_s_scene``)
MAX_PART_GAP = 1
# bodies one testifies before, whose questions are put in the hearing ("told the committee on Tuesday")
HEARING_BODIES = frozenset(
    {"committee", "subcommittee", "panel", "jury", "juror", "court", "inquiry", "tribunal", "commission"}
)

# A group's scene ("both claim ... on Monday" of "their first joint campaign appearance", "Seven candidates ... at a
# debate on Saturday") is its members': a later statement of a single person named before the group's, with no
# occasion of its own, carries it within MAX_GROUP_CARRY_GAP paragraphs of where it was last spoken on. A scene only
# (a message or a document of the group's, "a statement", "another study", is not where its members speak later).
# Rule on against off (fast.py, right values / false fills), train-d: channel +5 / +1, time +6 / +1, addressee 0 / 0
# (five of each from one article); any channel of the group's (a plural entity only, not yet "both"): channel +3 / +6,
# addressee +1 / +4, time +2 / +6 and two wrong, dropped. Within 1 paragraph, time +5 / +1; within 3 as within 2.
# Train-c: no change.
GROUPS_CARRY = True
MAX_GROUP_CARRY_GAP = 2

# A statement of a person another speaker's scene names as whom they spoke to or with ("Sanders told CNN's Gloria Borger
# in an interview", "Clinton said on MSNBC's \"The Rachel Maddow Show\""), which has no occasion of its own, is made on
# that scene: the interviewer's questions and remarks are part of the interview (occasion.md: a scene's participants,
# "the host of the show"). It carries the scene's channel only: on train-d (fast.py, lead cache of main ef3b3a8, right
# values / false fills against off) channel +14 / 0 and addressee +1 / 0 (the channel carrying it), time +0 / +2 (the
# guest's reply joins the host's scene, which then takes a content's time read as stated); with the scene's time as
# well, time +2 / +5; with its addressee and any occasion ("a letter to Comey"), addressee +1 / +7 and channel +7 / +2.
# A person only (an outlet the story later quotes, "CNN reported", speaks in its own report). Within
# ``MAX_INTERVIEWER_GAP`` paragraphs of where the guest last spoke on the scene: within 1, channel +7; 2, +8; 4, +14
# (a host heard four paragraphs after the guest's last answer); no more up to any reach. Train 0-59: no change.
INTERVIEWERS_TAKE_PART = True
MAX_INTERVIEWER_GAP = 4

# One of a court's people by a role (``OccasionInput.of_a_court``: "Judge Karen L. Whitfield", "the judge") whom another
# speaker's scene names as told ("Oduya told Judge Karen L. Whitfield" at "a hearing on Tuesday") speaks in that scene
# on its day: a court's exchanges are the day's, unlike an interviewer's questions, which the annotators leave undated
# (``INTERVIEWERS_TAKE_PART``). Rule on against off (fast.py, cache5): train-d and train 0-59 byte-identical; news
# pages time +2 (retailer-bankruptcy-hearing.html: the judge's two statements).
COURT_PEOPLE_TOLD_DATED = True

# A speaker named by "the" and the head noun of the possessive name of the speaker heard just before ("The family also
# asked that ..." after "Faraday's family said in a statement on Tuesday morning"), at most a paragraph later and with
# no occasion of its own, continues that one's statement, as "he added" does: the coreference kept the two apart. Rule
# on against off (fast.py, cache5): train-d and train 0-59 byte-identical; news pages channel +1 (funeral-eulogy.html,
# the family's request), whose time is carried too, where the page annotates none (a false fill the score leaves out).
DESCRIBED_AGAIN = True
MAX_DESCRIBED_AGAIN_GAP = 1  # paragraphs: "The family" continues the statement in its own or the next paragraph
_DEFINITE_NOUN = re.compile(r"[Tt]he (\w+)")
_POSSESSED_NOUN = re.compile(r"\w['’]s (\w+)$")


def a_court_scene(frame: Frame) -> bool:
    """Whether ``frame`` is a shared scene of a court (``COURT_SCENES``: "oral argument", "the trial")."""
    channel = frame.stated.channel
    return frame.shared and channel is not None and channel.root.lemma_.lower() in COURT_SCENES


def _names_a_party(stated: Stated, words: frozenset[str]) -> bool:
    """Whether a scene (an interview, a show, a debate) names someone whose name words are ``words`` as its addressee
    or in its channel ("an interview with CNN's Gloria Borger", "The Rachel Maddow Show"); not a message or a document
    sent to them ("a letter to Comey"), which they answer, if at all, on another occasion."""
    addressee, channel = stated.addressee, stated.channel
    if channel is None or not is_scene(channel) or many_occasions(channel):
        return False
    return bool(words & {t.lower_ for t in channel}) or (
        addressee is not None and bool(words & {t.lower_ for t in addressee})
    )


def party_scene(latest: Frame | None, statement: OccasionInput, own: Frame | None) -> Frame | None:
    """The latest occasion set (``latest``), when it is one scene ``statement``'s speaker takes part in: a question or
    a reply (``SCENE_EXCHANGES``), an address to the bench (``BENCH_ADDRESS``), a court's scene and one of its people
    (``COURT_PARTIES``), or a sentence that places its speaker there (``OccasionInput.placed``), by a speaker with no
    occasion of their own (``own``), at most ``MAX_EXCHANGE_GAP`` paragraphs after the scene was last spoken in. Joined
    as a question's asker joins the occasion of the one asked: the scene's channel and day, not whom its opener spoke
    to ("told the justices" is not whom a justice's question went to)."""
    scene = latest
    if own is not None or statement.speaker is None or scene is None or not scene.shared:
        return None
    if many_occasions(scene.stated.channel) or statement.paragraph - scene.paragraph > MAX_EXCHANGE_GAP:
        return None
    exchange = SCENE_EXCHANGES and (statement.replies or statement.questions)
    court = COURT_PARTIES and statement.of_a_court and a_court_scene(scene)
    bench = BENCH_ADDRESS and statement.to_the_bench
    return scene if exchange or court or bench or statement.placed else None


def group_scene(group: tuple[Frame, int] | None, persons: Mapping[int, int], statement: OccasionInput) -> Frame | None:
    """The occasion of the latest group statement (``group``, with its position: "the four contenders largely agreed
    ... on Thursday night", ``GROUPS_CARRY``) for a member's statement with no occasion of its own: a single person
    named before it (``persons``: where each was first named), within ``MAX_GROUP_CARRY_GAP`` paragraphs of where the
    group's occasion was last spoken on."""
    if not GROUPS_CARRY or group is None or statement.speaker is None:
        return None
    frame, at = group
    named = persons.get(statement.speaker)
    if named is None or named >= at or statement.paragraph - frame.paragraph > MAX_GROUP_CARRY_GAP:
        return None
    return frame


def interview_scene(
    statement: OccasionInput,
    persons: Mapping[int, int],
    names: Mapping[int, frozenset[str]],
    frames: Iterable[Frame],
    read: int,
) -> Frame | None:
    """The occasion of another speaker (of ``frames``, the speakers' occasions) that names this one as whom they spoke
    to or with ("told CNN's Gloria Borger in an interview", "on MSNBC's \"The Rachel Maddow Show\""), for a statement
    of theirs with no occasion of its own, at most ``MAX_INTERVIEWER_GAP`` paragraphs after it was last spoken on
    (``INTERVIEWERS_TAKE_PART``): the interviewer's questions are asked in the interview. A new occasion of the
    speaker's own with its channel, which their later statements carry, numbered ``read``. A scan of the speakers'
    occasions, made only for a named person's statement with none of its own: at most one a speaker, as many as the
    story has speakers with an occasion."""
    speaker = statement.speaker
    if not INTERVIEWERS_TAKE_PART or speaker is None or speaker not in persons:
        return None
    mine = names.get(speaker, frozenset())
    if not mine:
        return None
    found = [
        frame
        for frame in {id(f): f for f in frames}.values()
        if speaker not in frame.speakers
        and statement.paragraph - frame.paragraph <= MAX_INTERVIEWER_GAP
        and _names_a_party(frame.stated, mine)
    ]
    scene = max(found, key=lambda f: f.last, default=None)
    if scene is None:
        return None
    # the scene's channel only: not whom it was told to (this speaker, or the guest's audience), nor its time, which
    # the annotators give the guest's answers but not the host's questions (``INTERVIEWERS_TAKE_PART``); but a judge
    # or a lawyer told something in a hearing speaks in it, on its day (``COURT_PEOPLE_TOLD_DATED``)
    dated = COURT_PEOPLE_TOLD_DATED and statement.of_a_court
    stated = Stated(scene.stated.channel, None, scene.stated.time if dated else None)
    return Frame(stated, True, statement.paragraph, {speaker}, opened=scene.opened, last=read)


def asked_one_s_scene(statement: OccasionInput, addressed: int | None, frames: Mapping[int, Frame]) -> Frame | None:
    """The occasion (of ``frames``, each speaker's) of the one a question is put to (``addressed``; for a reply, the
    one heard just before), when ``statement`` names no channel or time of its own and that one spoke on the occasion
    at most ``MAX_PART_GAP`` paragraphs before: a host's question to the guest, a chair's to the witness, is asked in
    the guest's interview, the witness's hearing. The one asking keeps their own addressee and joins that occasion for
    their later statements. Questions only: on train-d, any statement to them ("advisers told the governor", who spoke
    at a hearing) gave channel +2 right for +2 false fills and time +1 / +2; questions only, channel +2 / 0 and time +1
    / 0. A reply ("said in reply that", "Sanders replied") is made the same way on the occasion of the speaker heard
    just before it: on train-d, against not, channel +4 right / +0 false fills, addressee +1 / +0, time +2 / +0; on
    train 0-59 and train-e channel +4 / +0, time +3 / +0."""
    mine = statement.stated
    if addressed is None or addressed == statement.speaker or mine.channel is not None or mine.time is not None:
        return None
    frame = frames.get(addressed)
    if frame is None or statement.paragraph - frame.paragraph > MAX_PART_GAP:
        return None
    # a scene others take part in (an interview, a podcast, a hearing), or one told a hearing's body ("told the
    # Transport Select Committee on Tuesday"); not a message or a document of the one asked (on train-d, any
    # channel or audience, for any statement to them: channel +1 right for +4 false fills, time +1 / +3)
    channel, audience = frame.stated.channel, frame.stated.addressee
    if channel is not None and statement.replies and REPLY_ON_PLATFORM and on_a_platform(channel):
        # "On the district's Facebook page, Kowalczyk wrote ... Another parent, Ray Ochoa, replied": a reply to a
        # post is posted where the post is, when told in its paragraph
        return frame if statement.paragraph == frame.paragraph else None
    if channel is not None:
        return frame if is_scene(channel) and not many_occasions(channel) else None
    heard = audience is not None and audience.root.lemma_.lower() in HEARING_BODIES
    return frame if heard else None


def described_again_scene(
    statement: OccasionInput, before: OccasionInput | None, frames: Mapping[int, Frame], written: Mapping[int, str]
) -> Frame | None:
    """The occasion (of ``frames``, each speaker's) of the speaker of ``before``, the statement just before, at most a
    paragraph back, when ``statement``'s speaker is named (``written``: each speaker's name as written) by the head
    noun of that one's possessive name ("The family" after "Faraday's family said in a statement",
    ``DESCRIBED_AGAIN``): the same body, which the coreference kept apart, continuing."""
    if not DESCRIBED_AGAIN or before is None or statement.speaker is None:
        return None
    far = statement.paragraph - before.paragraph
    if before.speaker is None or before.speaker == statement.speaker or far > MAX_DESCRIBED_AGAIN_GAP:
        return None
    frame = frames.get(before.speaker)
    mine = _DEFINITE_NOUN.fullmatch(written.get(statement.speaker, "").strip())
    theirs = _POSSESSED_NOUN.search(written.get(before.speaker, "").strip())
    if frame is None or mine is None or theirs is None or mine[1].lower() != theirs[1].lower():
        return None
    return frame


# A statement told to the press ("told reporters", "told journalists", "told the media": ``told_the_press``) with no
# channel and no time of its own, by a speaker with no occasion of their own, at most ``MAX_PODIUM_GAP`` paragraphs
# after another speaker's press event (a news conference, a briefing: ``carried_channels.a_press_event``) was last
# spoken on, while that is the latest occasion set, is made at that press event, on its day: officials share the
# podium, and the reporters told are those gathered there (occasion.md: "every later statement made in a scene, by the
# speaker or by others taking part"). Its speaker's later statements carry it. Rule on against off (fast.py, cache13):
# train-d, train 0-59 and train-c byte-identical (the form is in none of them: the press-told statements of train-d
# follow no other speaker's press event, or are the event's own speaker's); news pages channel +2, time +2, every
# field +2, no loss (barge-strike-bridge-closure.html: the investigating officer who "told reporters" after the
# captain's news conference, and his quote after). A form of the pages alone, suspect of fitting by that. Tried and
# dropped: any shared scene of another speaker's, not only a press event: train-d time +1 (huff-post 2016-06-04
# u-s-flexes-muscles, a delegate who "told reporters" at the Shangri-La Dialogue; its channel "the forum" still a miss
# against the gold's name), train-c channel and time +1 false fill each (breitbart 2016-05-24 in-two-front-war, Reid
# "told reporters in Washington" after Sanders's habitual "stump speech").
SAME_REPORTERS = True
MAX_PODIUM_GAP = 2  # paragraphs: the second official heard in the next paragraph or the one after
# Nouns (lemmas) for the press as a body: whom a news conference is held for. Plural ("reporters", "journalists") or
# the body itself named as known ("the press", "the media", which the lemmatiser may make "medium"); not one reporter
# ("told a reporter": one met, on another occasion), nor an outlet named so ("the Associated Press", a proper noun).
PRESS_AUDIENCE = frozenset({"reporter", "journalist", "correspondent", "newsman"})
PRESS_BODIES = frozenset({"press", "media", "medium"})


def told_the_press(stated: Stated) -> bool:
    """Whether ``stated`` names only the press as told ("told reporters", "told journalists", "told the media"), with
    no channel and no time of its own; not one reporter ("told a reporter"), nor an outlet ("the Associated Press")."""
    addressee = stated.addressee
    if stated.channel is not None or stated.time is not None or addressee is None:
        return False
    root = root_of(addressee)
    if root.pos_ != "NOUN" or root.ent_type_:
        return False
    lemma = root.lemma_.lower()
    return (lemma in PRESS_AUDIENCE and root.tag_ == "NNS") or (lemma in PRESS_BODIES and a_known_body(addressee))


def press_event_scene(latest: Frame | None, statement: OccasionInput, own: Frame | None) -> Frame | None:
    """The latest occasion set (``latest``), when it is another speaker's press event ("told reporters at a news
    conference at the station on Tuesday morning") and ``statement``, by a speaker with no occasion of their own
    (``own``), tells only the press ("Lt. Cmdr. Abel Winthrop, the investigating officer, told reporters"), at most
    ``MAX_PODIUM_GAP`` paragraphs after the event was last spoken on (``SAME_REPORTERS``)."""
    if not SAME_REPORTERS or own is not None or statement.speaker is None or statement.held_view or latest is None:
        return None
    channel = latest.stated.channel
    if not latest.shared or channel is None or not a_press_event(channel) or many_occasions(channel):
        return None
    if statement.speaker in latest.speakers or statement.paragraph - latest.paragraph > MAX_PODIUM_GAP:
        return None
    return latest if told_the_press(statement.stated) else None

"""A scene or a programme as the object of a verb of telling: "told a news briefing", "told “Fox and Friends”", "told
the Shangri-La Dialogue, a regional security forum" (``scene_told``, ``programme_told``).

Such an object is where the words were said as much as to whom, so the channel readers take it as the channel, and
the addressee reader takes no scene as whom a verb told by the words beside it; both read it here."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.stated.channel_nouns import COMMON_NOUNS, ENTRY_MODIFIERS, a_scene
from quotegraph.nlp.resolve.stated.channel_phrases import channel_phrase, quoted_title_end
from quotegraph.nlp.syntax import OBJECT_DEPS

__all__ = [
    "programme_told",
    "scene_or_event",
    "scene_told",
]


def scene_or_event(token: Token) -> bool:
    """A scene noun ("a news briefing", "the forum", "a town hall meeting", "the picket line") or an event named
    for one ("the Republican National Convention")."""
    if token.tag_ == "NNP":
        return token.lower_ in lexicons().scenes
    return a_scene(token, tags=COMMON_NOUNS, entries=ENTRY_MODIFIERS)


# Verbs of speaking to an audience, whose object may be the scene it sat in ("told a news briefing", "addressed
# the convention"); not verbs of asking or promising, whose object is a body asked to act ("can ask the full
# convention to vote") or the thing promised ("promised her infrastructure program would be paid for")
_SCENE_TELLING = frozenset(
    {"tell", "address", "brief", "inform", "assure", "reassure", "warn", "caution", "remind", "thank", "greet",
     "lecture"}
)  # fmt: skip


def scene_told(verb: Token) -> Span | None:
    """ "told a news briefing", "told the forum", "told a town hall meeting with young leaders": a scene as the
    object of a verb of speaking to an audience is where the words were said as much as to whom (PolNeAR train's
    annotators give it as the channel, most of them as the addressee too), so it is the channel."""
    if verb.lemma_.lower() not in _SCENE_TELLING:
        return None
    objects = [c for c in children_of(verb) if c.dep_ in OBJECT_DEPS and scene_or_event(c)]
    return channel_phrase(objects[0]) if objects else None


# "Fiorina told “Fox and Friends,”", "Speaking to MSNBC's “Andrea Mitchell Reports,”", "Carter told the Shangri-La
# Dialogue, a regional security forum in Singapore": whom a verb of telling names is a programme or a gathering when
# its name is a title in quote marks (people are not named in quote marks) or when it is set off with a scene noun
# that says what it is. Such an object is where the words were said (occasion.md: "the medium, document, event or
# setting the statement was made through or in"; PolNeAR train's annotators give it as the channel, and carry it as
# the channel to the speaker's later words), so it is the statement's channel as well as whom it was told to.
# Rule on against off (fast.py, cache8): train-d channel +6 right (carried +6, all Fiorina's later words after "told
# “Fox and Friends,”", politico 2015-12-28), addressee +6 (the same six, whose gold addressee is the programme too), no
# false fill, no value lost; it fires on 23 train-d statements in 7 articles (ABC's "Good Morning America" twice, NBC's
# "Today", "Fox and Friends" twice, MSNBC's "Andrea Mitchell Reports", the Shangri-La Dialogue, "Morning Joe"), the
# other 17 already right through the addressee; train-c 3 statements of one article given ABC's "Good Morning America"
# with no score change; train 0-59 and the news pages unchanged (the form is on no fixture page). Not a quote inside a
# phrase read too far, whose title does not end it (royal-visit.html's "told the audience ... that he had been “deeply
# moved” by the letters" lost its channel when any quote mark counted).
TOLD_PROGRAMMES = True


def programme_told(addressee: Span) -> bool:
    """Whether ``addressee``, whom a verb of telling names, is a programme or a gathering: a title in quote marks
    ("“Fox and Friends”", "ABC's “Good Morning America”") or a name set off with a scene noun that says what it is
    ("the Shangri-La Dialogue, a regional security forum")."""
    if not TOLD_PROGRAMMES:
        return False
    doc = addressee.doc
    first = max(0, addressee.start - 1)
    openings = [t for t in doc[first : addressee.end] if t.tag_ == "``"]
    # the title ends the phrase: a quote inside a phrase read too far ("the audience ... that he had been “deeply
    # moved” by the letters", royal-visit.html) is words said, not a title
    end = addressee.end
    while end > addressee.start + 1 and doc[end - 1].is_punct:  # the closing mark the phrase may end on
        end -= 1
    if openings and quoted_title_end(openings[0]) >= end:
        return True
    root = addressee.root
    return root.pos_ == "PROPN" and any(c.dep_ == "appos" and scene_or_event(c) for c in children_of(root))

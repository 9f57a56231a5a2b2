"""Which nouns name a channel: a platform, a medium or a scene noun, an outlet, a parliament's question session.

What a word is, read from the lexicons and the word's own shape (a hyphen, a compound before it, a name's capital and
article), apart from where it stands in a sentence (``channels``) and how far its phrase runs (``channel_phrases``).
The carried channels and addressees and the speakers read these classes too."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.nlp.find.parse import children_of, lefts_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.stated.gerund_scenes import gerund_tagged_scene
from quotegraph.nlp.resolve.stated.saying_verbs import object_of
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS

__all__ = [
    "ADJECTIVE_ENTRIES",
    "COMMON_NOUNS",
    "ENTRY_MODIFIERS",
    "NOUN_ENTRIES",
    "a_scene",
    "a_session",
    "compounded",
    "hyphenated",
    "is_channel_word",
    "outlet_noun",
]


# Media nouns that also name a holder of what a service keeps for someone ("emails from the private email account",
# "a bank account"): with a common noun compounded on them they hold messages and tell nothing; the telling ("an
# Associated Press account", "Farley's account") and the page on a platform ("his Facebook profile") have none
_HOLDER_MEDIA = frozenset({"account", "profile"})


# A ``medium_in`` noun names the decision words were set down in when a determiner or a possessive picks one out ("in
# her judgment", "in a 2-1 ruling", "in his dissenting judgment"); bare after "in" it names a faculty or a state ("a
# serious lapse in judgment": the one channel false fill "judgment" as a medium gave on train-d). Written by
# patchretest (the forty-third set; docs/occasion-rounds.md); merged with the "judgment" line by the forty-fourth set's
# round judgments, once the judgment's day was carried (``decision_days``).
MEDIA_IN_ARE_DETERMINED = True
# a first person's possessive picks out the speaker's own faculty, not a decision set down ("In my judgment, the nurse
# was treated badly, Marsh said": tests/nlp/resolve/stated/test_channels.py)
_SPEAKERS_OWN = frozenset({"my", "our"})


def _determined(token: Token) -> bool:
    """A determiner or a possessive other than the first person's on ``token`` (``MEDIA_IN_ARE_DETERMINED``; True when
    it is off)."""
    return not MEDIA_IN_ARE_DETERMINED or any(
        c.dep_ in ("det", "poss") and c.lower_ not in _SPEAKERS_OWN for c in children_of(token)
    )


def _service_holder(token: Token) -> bool:
    """ "the private email account", "a bank account": a holder medium (``_HOLDER_MEDIA``) with a common noun
    compounded on it."""
    return token.lemma_.lower() in _HOLDER_MEDIA and any(
        child.dep_ == "compound" and child.pos_ == "NOUN" for child in children_of(token)
    )


def is_channel_word(token: Token) -> bool:
    """A platform ("Instagram", "on X") or a medium or scene noun ("statement", "debate")."""
    words = lexicons()
    if token.text in words.platforms:
        return True
    if token.text in words.platforms_after_on:
        return token.i > 0 and token.doc[token.i - 1].lower_ in ("on", "to", "via")
    if token.tag_ in ("NN", "NNS") and token.lemma_.lower() in words.media:
        lemma = token.lemma_.lower()
        return not (
            (lemma in words.media_not_after_on and object_of(token, "on"))
            or (lemma in words.media_not_subject and token.dep_ in NOMINAL_SUBJECTS)
            or (lemma in words.media_only_in and not (object_of(token, "in") and _determined(token)))
            or (lemma in words.scenes_only_on and not _one_scene_on(token))
            or _service_holder(token)
        )
    if _named_medium(token) or gerund_tagged_scene(token):
        return True
    return token.tag_.startswith("NN") and (hyphenated(token) in words.media or compounded(token) in words.media)


# the words a noun's compound has that make it a news service ("the Interfax news agency", "a wire service")
_NEWS_COMPOUNDS = frozenset({"news", "wire"})


def outlet_noun(token: Token) -> bool:
    """A news outlet: a name the outlets lexicon holds ("CNN") or that ends in an outlet word ("the Las Vegas Review"),
    a common noun for one ("the newspaper", "the show"), or a service of news ("the Interfax news agency")."""
    words = lexicons()
    if token.pos_ == "PROPN":
        name = " ".join(t.text for t in token.doc[token.left_edge.i : token.i + 1] if t.pos_ == "PROPN")
        return name in words.outlets or token.text in words.outlets or token.text in words.outlet_words
    if token.tag_ not in ("NN", "NNS"):
        return False
    role = words.role_nouns.get(token.lemma_.lower())
    news = any(c.dep_ == "compound" and c.lower_ in _NEWS_COMPOUNDS for c in lefts_of(token))
    return news or (role is not None and role.kind == "outlet")


# The prepositions a ``scene_on`` noun is the scene of a saying after ("told investors on a site visit in March",
# "during a visit to Scotland on Friday")
_SCENE_ON = frozenset({"on", "during"})


def _one_scene_on(token: Token) -> bool:
    """ "on a site visit", "during a visit to Scotland": a ``scene_on`` noun (resolve_channels.tsv), singular and the
    object of ``_SCENE_ON``, is one occasion where words were said; not many ("During his frequent visits to the front
    lines"), nor what a clause tells of ("paid the first visit ever to Ethiopia", "Clinton's visit comes as ...")."""
    return token.tag_ == "NN" and token.dep_ == "pobj" and token.head.lower_ in _SCENE_ON


def _named_medium(token: Token) -> bool:
    """ "a Morning Consult Poll", "the Quinnipiac University Survey": a medium noun that ends a name, with the
    article a name of a thing takes; not an outlet's name ("the Washington Post") nor a body named for a scene
    ("The Southern Baptist Convention said")."""
    words = lexicons()
    return (
        token.tag_ == "NNP"
        and token.lower_ in words.media
        and token.lower_ not in words.scenes
        and token.text not in words.outlet_words
        and any(c.dep_ == "det" for c in children_of(token))
    )


def hyphenated(token: Token) -> str:
    """ "op-ed", which the tokenizer splits into "op", "-", "ed" (the last part tagged either way): the
    word its last part ends, else ""."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return ""


# the word right before a lexicon entry's noun: a common noun as its compound ("picket line"), or an adjective or
# participle as its modifier ("written judgment": which kind of judgment, one set down in writing)
ENTRY_MODIFIERS = frozenset({("compound", "NN"), ("compound", "NNS"), ("amod", "JJ"), ("amod", "VBN")})


def compounded(token: Token, modifiers: frozenset[tuple[str, str]] = ENTRY_MODIFIERS) -> str:
    """ "picket line", "written judgment": a common noun with the word right before it as its compound or modifier
    (its dependency and tag among ``modifiers``), the two as one lexicon entry (a "line" alone is no setting, a
    "judgment" alone as often an opinion), else ""."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or before.head != token or (before.dep_, before.tag_) not in modifiers:
        return ""
    return f"{before.lower_} {token.lemma_.lower()}"


# Two-word scene entries by the word before the noun (``compounded``): an adjective ("oral argument"), or a noun
# compounded on it ("picket line"; a capital one too, "Town hall meetings" opening a sentence)
ADJECTIVE_ENTRIES = frozenset({("amod", "JJ"), ("amod", "VBN")})
NOUN_ENTRIES = frozenset({("compound", "NN"), ("compound", "NNS"), ("compound", "NNP"), ("compound", "NNPS")})
# the tags of a common noun, singular or plural
COMMON_NOUNS = frozenset({"NN", "NNS"})


def a_scene(
    token: Token,
    *,
    tags: frozenset[str] | None = None,
    hyphens: bool = False,
    entries: frozenset[tuple[str, str]] = frozenset(),
) -> bool:
    """Whether ``token`` is a noun of the scenes lexicon ("a hearing", "the forum"): its lemma an entry; with
    ``hyphens``, the word it ends at a hyphen the tokenizer split ("phone-in": ``hyphenated``); with ``entries``,
    the two words with the one before it when that one's dependency and tag are among them ("oral argument",
    "picket line": ``compounded``). ``tags`` keeps it to nouns of those tags (None: a word of any tag).

    The readers differ on purpose, each saying why: a carried channel (``carried_channels.is_scene``) takes no noun
    compound, which may name the building or the room ("the town hall"); a sentence's scene (``scene_parts.scene_noun``)
    takes one noun, singular, as one scene; the object of a verb of telling (``told_scenes.scene_or_event``) takes
    plurals, both kinds of entry, and an event named for a scene."""
    if tags is not None and token.tag_ not in tags:
        return False
    scenes = lexicons().scenes
    return (
        token.lemma_.lower() in scenes
        or (hyphens and hyphenated(token) in scenes)
        or (bool(entries) and compounded(token, entries) in scenes)
    )


# A capitalised "Questions" names a parliament's question session ("Prime Minister's Questions", "Treasury Questions"),
# a scene its members speak in, which no common noun of the scenes lexicon names (the tagger may call it a person:
# "Prime Minister’s Questions", with a curly apostrophe, is tagged PERSON).
_SESSION_NAMES = frozenset({"questions"})
# "During Question Period on Thursday", "at Question Time": a house's question session named in capitals, as Canada's
# and Australia's news name it, the last word of the two-word entries "question period" and "question time" of the
# scenes lexicon, which ``is_channel_word`` reads only in lower case (a common noun with its compound); capitalised, the
# tagger makes both words names and the time reader took the whole phrase as the statement's time. Train-d, train 0-59,
# train-f, train-c, g, h, i byte-identical and the 201 tuned pages unchanged (no such name in them; frontedsession,
# docs/occasion-rounds.md, the thirty-sixth set): a form of the blind pages' shapes, gaining nothing measured.
CAPITALISED_QUESTION_SESSIONS = True
_QUESTION = "question"


def a_session(word: Token) -> bool:
    """ "Prime Minister's Questions", "Question Period": a capitalised name of a parliament's question session
    (``_SESSION_NAMES``, ``CAPITALISED_QUESTION_SESSIONS``)."""
    if not word.text[:1].isupper():
        return False
    if word.tag_ == "NNPS" and word.lower_ in _SESSION_NAMES:
        return True
    return (
        CAPITALISED_QUESTION_SESSIONS
        and word.tag_ == "NNP"
        and compounded(word, NOUN_ENTRIES).startswith(_QUESTION + " ")
        and compounded(word, NOUN_ENTRIES) in lexicons().scenes
        and word.doc[word.i - 1].text[:1].isupper()
    )

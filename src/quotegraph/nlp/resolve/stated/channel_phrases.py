"""How far a channel's phrase runs from its head word ("an interview with CNN en Español", "a speech at the Council on
Foreign Relations in New York"): a programme's title in quote marks, the outlet a medium came out in ("published this
week in the Journal of ..."), a date before that outlet, media joined by "and", a "with" phrase of whom an exchange
was with (``channel_phrase``, ``with_whom``).

Separate from which word is the channel (``channels``): every reader of a channel, stated or carried, reads its phrase
here. It sits above ``channels``, whose ``studio_of`` says when a studio's phrase runs on over a programme's title."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.nlp.find.parse import children_of, lefts_of, rights_of
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.resolve.stated.channel_nouns import is_channel_word, outlet_noun
from quotegraph.nlp.resolve.stated.channels import a_day_s_edition, studio_of
from quotegraph.nlp.resolve.stated.gerund_scenes import split_off_scene
from quotegraph.nlp.resolve.stated.noun_phrases import apposed_name
from quotegraph.nlp.resolve.stated.saying_verbs import GOING_OUT, PUBLISHING, object_of
from quotegraph.nlp.syntax import MAX_PHRASE_DEPTH, NOMINAL_SUBJECTS, PLACE_ENTITIES, entity_end

__all__ = [
    "DOCUMENT_CLASSES",
    "channel_phrase",
    "quoted_title_end",
    "with_whom",
]


# A channel keeps the phrases that say which one it was: "an interview with CNN", "a speech at the
# Council on Foreign Relations in New York", "a letter to shareholders".
_CHANNEL_PREPS = frozenset({"with", "by", "from", "on", "to", "for", "of", "at", "in", "before"})


def _studio_title_end(word: Token, end: int) -> int:
    """Where the quoted title after a studio's "of" name ends ("of WCNV's “Connecticut Morning”"), else ``end``."""
    doc = word.doc
    if not studio_of(word) or end >= len(doc) or doc[end].tag_ != "``":
        return end
    title = quoted_title_end(doc[end])
    return title if title > end else end


# "in an interview with “Fox News Sunday”", "on “Meet the Press”": a programme named in quote marks after the
# preposition of a medium's phrase is which one it was (and the interviewer, occasion.md), so its opening quote mark
# does not end the phrase (stated round 18)
QUOTED_TITLES = True
# the longest programme title read in quote marks ("“Late Night with Seth Meyers”", "“This Week with George
# Stephanopoulos”"): longer, the marks more likely hold words said
MAX_TITLE_WORDS = 7


def _channel_phrase_end(token: Token, depth: int = 0) -> int:
    end = token.i + 1
    if depth > MAX_PHRASE_DEPTH:
        return end
    rights = list(rights_of(token))
    # "by videoconference from Port Alder, Temba Ndlovu, said": a name set off after the place a medium came from is
    # the speaker's, which the parser hangs on the place, not which place it was
    named_after = token.ent_type_ not in PLACE_ENTITIES and not object_of(token, "from")
    for n, child in enumerate(rights):
        if child.text == "," and n + 1 < len(rights) and named_after and apposed_name(rights[n + 1]):
            continue  # the comma before "VillaTV" of "the club's own channel, VillaTV"
        if child.text == "," and n + 1 < len(rights) and (where := _published_in(rights[n + 1])) is not None:
            end = max(end, where.right_edge.i + 1)  # "A separate study, published this week in the Journal of ..."
            break
        if (aired := _aired_on(child)) is not None:  # "an interview airing Sunday on NBC's “Meet the Press”"
            end = max(end, _through_title(aired))
            break
        if _which_one(child):  # "a poll conducted by Edison Research", "a letter filed in federal court"
            end = max(end, _channel_phrase_end(child, depth + 1))
            continue
        set_off = child.doc[child.left_edge.i - 1].text == ","
        if apposed_name(child) and (named_after or not set_off):  # "the club's own channel, VillaTV": which one it was
            end = max(end, child.i + 1)
            continue
        opening = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
        titled = QUOTED_TITLES and child.lower_ in _CHANNEL_PREPS and opening is not None and opening.tag_ == "``"
        if titled and opening is not None and (title_end := quoted_title_end(opening)) > opening.i:
            end = max(end, title_end)  # read whole, a name ("Sunday" in it is no date)
            continue
        if depth == 0 and _date_before_outlet(child, rights[n + 1 :]):
            end = max(end, _through_title(rights[n + 1]))  # "in an interview last October on CBS' “60 Minutes”"
            break
        if child.dep_ in ("relcl", "acl", "punct", "cc", "conj", "appos", "advcl", "ccomp") or child.ent_type_ in (
            "DATE",
            "TIME",
        ):
            break
        if child.dep_ == "prep" and (
            _is_time_phrase(child) or _terms_of_speaking(child) or (depth == 0 and child.lower_ not in _CHANNEL_PREPS)
        ):
            continue
        end = max(end, _channel_phrase_end(child, depth + 1), _stranded_object_end(child))
    return end


# Where a scene was held: a place or an institution the tagger reads whole
_SITE_ENTITIES = PLACE_ENTITIES | {"ORG"}


def _stranded_object_end(prep: Token) -> int:
    """ "a news conference at the University of Edinburgh hours later": the parser, reading "Edinburgh hours" as one
    noun, hangs the place on the time and leaves the preposition with no object; the place the tagger reads whole
    right after it is still its object."""
    doc = prep.doc
    if prep.dep_ != "prep" or prep.i + 1 >= len(doc) or any(c.dep_ in ("pobj", "pcomp") for c in children_of(prep)):
        return prep.i + 1
    first = doc[prep.i + 1]
    if first.ent_iob_ != "B" or first.ent_type_ not in _SITE_ENTITIES:
        return prep.i + 1
    return entity_end(doc, first.i + 1)


def quoted_title_end(opening: Token) -> int:
    """The end of the title an opening quote mark starts ("“Fox News Sunday.”", "“Fox and Friends,”"): its words up
    to the closing mark within ``MAX_TITLE_WORDS``, without the stop or comma before it; read whole, as a name
    ("Sunday" is no date there); none (the mark's own place) when no closing mark comes on the line."""
    doc = opening.doc
    last = min(len(doc), opening.i + MAX_TITLE_WORDS + 2)
    for closing in doc[opening.i + 1 : last]:
        if closing.tag_ == "``" or "\n" in closing.text or "\n" in closing.whitespace_:
            break
        if closing.tag_ == "''":
            end = closing.i
            while end > opening.i + 1 and doc[end - 1].is_punct:
                end -= 1
            return end if end > opening.i + 1 else opening.i
    return opening.i


def _published_in(participle: Token) -> Token | None:
    """ "A separate study, published this week in the Journal of Pediatric Epidemiology,": the "in" or "on" phrase of a
    participle of publishing set off after a medium, when its object is an outlet (``outlet_noun``), is where the
    medium came out, and so what its words reached readers through (occasion.md: an outlet may be the channel). It
    changes no statement of train-d or train-c (outbreak-update.html's study is its page)."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.lemma_.lower() not in PUBLISHING:
        return None
    for prep in (c for c in children_of(participle) if c.dep_ == "prep" and c.lower_ in ("in", "on")):
        if any(o.dep_ == "pobj" and outlet_noun(o) for o in children_of(prep)):
            return prep
    return None


# "Cuban said in an interview airing Sunday on NBC's “Meet the Press”", "In an opinion piece appearing in the New York
# Times, Sanders wrote": a participle of going out (publishing, airing) hung on a medium, with an "in" or "on" phrase
# naming an outlet or a quoted programme, says which medium it was: the annotators give that outlet or programme as
# the channel (occasion.md: an outlet or programme may be the channel), and the longer value holds the medium noun as
# well. ``_which_one`` reads past participles with any phrase; this reads present participles too ("airing",
# "appearing", "running"), which the parse otherwise cuts off as a clause, and the quoted title after a network's
# possessive, which the parser hangs elsewhere. Rule on against off (fast.py, cache13, statedsetter): train-d channel
# +19 right in 2 articles (politico_2016-05-22 mark-cuban, "an interview airing Sunday on NBC's “Meet the Press”": 12;
# breitbart_2016-06-28 sanders-brexit, "an opinion piece appearing in the New York Times": 7), 2 of them stated and 17
# carried, no value lost, no false fill added; train 0-59, train-c and the news pages (153) unchanged. Thin: two
# articles of train-d, none elsewhere.
AIRED_ON_OUTLET = True


def _aired_on(participle: Token) -> Token | None:
    """The "in" or "on" phrase of a participle of going out hung on a medium ("airing Sunday on NBC's", "appearing in
    the New York Times"), when its object is an outlet (``outlet_noun``) or a quoted title follows the preposition;
    none for a participle with a subject or "that" of its own, or whose phrase names a place or a time only."""
    if not AIRED_ON_OUTLET or participle.dep_ != "acl" or participle.tag_ not in ("VBG", "VBN"):
        return None
    if participle.lemma_.lower() not in GOING_OUT or _own_clause(participle):
        return None
    doc = participle.doc
    for prep in (c for c in children_of(participle) if c.dep_ == "prep" and c.lower_ in ("in", "on")):
        titled = prep.i + 1 < len(doc) and doc[prep.i + 1].tag_ == "``"
        if titled or any(o.dep_ == "pobj" and outlet_noun(o) for o in children_of(prep)):
            return prep
    return None


# "President Obama backed her up in an interview last October on CBS' “60 Minutes”": a date the parser hangs on the
# medium between it and the "on" phrase naming the outlet or programme it went out on ends the phrase there otherwise.
# Only an "on" or "in" whose object is an outlet (``outlet_noun``) and no comma between: "a discussion Thursday with X"
# (whom with, any noun) was dropped before (0 right, +20 false fills). Rule on against off (fast.py, cache13,
# statedsetter): train-d channel +2 right in 1 article (nyt_2016-07-07 in-criticizing-clinton, Obama's "60 Minutes"
# interview, stated and carried), nothing lost, no false fill; train 0-59, train-c and the news pages unchanged. Thin:
# one article.
DATE_BEFORE_OUTLET = True


def _date_before_outlet(child: Token, after: list[Token]) -> bool:
    """Whether ``child`` is a date or time hung on a medium right before an "on" or "in" phrase naming an outlet."""
    if not DATE_BEFORE_OUTLET or child.ent_type_ not in ("DATE", "TIME") or child.dep_ not in ("npadvmod", "npmod"):
        return False
    if not after or after[0].dep_ != "prep" or after[0].lower_ not in ("on", "in"):
        return False
    between = child.doc[child.right_edge.i + 1 : after[0].i]
    return not any(t.is_punct for t in between) and any(
        o.dep_ == "pobj" and outlet_noun(o) for o in children_of(after[0])
    )


_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _through_title(prep: Token) -> int:
    """Where the phrase of ``prep`` ends, read on through a quoted title right after it ("on NBC's “Meet the
    Press”", whose title and even the network's possessive the parser may hang on the verb)."""
    doc, end = prep.doc, prep.right_edge.i + 1
    if end + 1 < len(doc) and doc[end].text in _POSSESSIVE_MARKS and doc[end + 1].tag_ == "``":
        end += 1  # "NBC's", "CBS'": the mark the parser may hang elsewhere, before the title
    if end < len(doc) and doc[end].tag_ == "``" and (title := quoted_title_end(doc[end])) > end:
        return title
    return end


def _which_one(child: Token) -> bool:
    """A past participle with its own phrase that says which channel it was ("conducted by X", "taken in
    South Carolina", "credited to Reuters"), not a participle alone ("the poll released")."""
    return (
        child.dep_ == "acl"
        and child.tag_ == "VBN"
        and any(c.dep_ in ("prep", "agent") and not _is_time_phrase(c) for c in children_of(child))
        and not _own_clause(child)
    )


def _own_clause(verb: Token) -> bool:
    """ "a statement released ... that they had been overwhelmed by ...": a participle with a subject or a "that" of
    its own is a clause the parser hung on the medium (often what was said), not a phrase saying which one it was."""
    return any(c.dep_ in NOMINAL_SUBJECTS or c.dep_ == "mark" for c in children_of(verb))


# Bare nouns after "on" that give the terms a source spoke under ("on condition of anonymity", "on condition that he
# not be named", "on background", "on deep background"), which the parser may hang on the medium before them
_TERMS = frozenset({"condition", "background"})


def _terms_of_speaking(prep: Token) -> bool:
    """ "a conference call on condition of anonymity": the terms the words were given under, not which medium it was
    (a medium has its determiner: "on the background of the case" is not cut)."""
    return prep.lower_ == "on" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in _TERMS and not any(d.dep_ in ("det", "poss") for d in children_of(c))
        for c in children_of(prep)
    )


def _is_time_phrase(prep: Token) -> bool:
    return any(c.ent_type_ in ("DATE", "TIME") for c in children_of(prep))


def channel_phrase(word: Token) -> Span:
    """The channel noun phrase: determiners and modifiers on the left, "with/by X" on the right."""
    split = next((c for c in rights_of(word) if c.i == word.i + 1 and split_off_scene(c)), None)
    if split is not None:  # "a council sitting": the scene the parser hung on its compound, read from the compound
        return channel_phrase(split)
    start = min((t.i for t in lefts_of(word) if t.dep_ in ("det", "amod", "compound", "poss", "nummod", "npadvmod")),
                default=word.i)  # fmt: skip
    start = min([start, *(t.left_edge.i for t in lefts_of(word) if t.dep_ in ("amod", "compound", "poss"))])
    # "his State of the Union address": a name with "of" the parser hangs on the medium as a modifier
    start = min([start, *(t.left_edge.i for t in lefts_of(word) if t.dep_ == "nmod" and t.tag_ == "NNP")])
    start = _name_with_of(word, start)
    if split_off_scene(word):  # "a special council sitting": the compound and its article the parser hung the scene on
        start = min(start, word.head.left_edge.i)
    breaks = [t.i + 1 for t in word.doc[start : word.i] if "\n" in t.text or "\n" in t.whitespace_]
    end = max(_channel_phrase_end(word), _title_end(word))
    end = _studio_title_end(word, end)
    if a_day_s_edition(word):  # "Monday's Nine to Noon": the title the tagger read whole, whose words it hung elsewhere
        end = max(end, entity_end(word.doc, word.i + 1))
    if COORDINATED_MEDIA:
        end = max(end, _coordinated_media_end(word))
    return word.doc[max([start, *breaks]) : end]  # a phrase stays on its line


# A medium or a document joined to a channel's head by "and" is part of the channel ("Some emails and other records
# described", "Trump continued his push on Twitter and Instagram", "Multiple news reports and a detailed account from
# Breitbart News' editor ... reveal"): the annotators give the whole coordination, and a longer value holds a shorter
# annotated one as well. Rule on against off (fast.py, cache11, on the SENT_NOT_CHANNEL branch): train-d channel stated
# +3 right in 3 articles (breitbart_2016-06-09 clinton-cash-debunks, nyt_2016-08-22 foundation-and-donors,
# politico_2015-11-19 trump-calls-for-bringing-back), no right value lost, no false fill added (one unannotated value
# longer: "the Fair Immigration Reform Movement and The Nation forum"); train 0-59, train-c and the news pages
# unchanged.
COORDINATED_MEDIA = True
# Classes of ``type_sources`` whose words name a document or a body of evidence ("the report", "FBI data", "records")
DOCUMENT_CLASSES = frozenset({"document", "evidence"})


def _coordinated_media_end(word: Token) -> int:
    """Where the media or documents joined to ``word`` end ("Some emails and other records", "Twitter and Instagram"),
    ``word``'s own end when none is joined."""
    end = word.i + 1
    for conj in (c for c in rights_of(word) if c.dep_ == "conj"):
        if is_channel_word(conj) or lexicons().type_sources.get(conj.lemma_.lower()) in DOCUMENT_CLASSES:
            end = max(end, channel_phrase(conj).end)
    return end


# "In a conversation with HuffPost Live's Alyona Minkovski, the actor discussed": a channel phrase read by the
# occasion tagger stops at its head noun, though the "with" phrase hung on that noun says whom the exchange was with
# (occasion.md: the channel may hold the addressee). Only a "with" hung on the phrase's last word and right after it,
# so no date between ("a discussion Thursday with X", dropped before: 0 right / +20 false fills) (stated round 19)
TAGGED_WITH_WHOM = True


def with_whom(channel: Span) -> Span:
    """``channel`` read on through the "with" phrase right after it and hung on its last word, as ``channel_phrase``
    reads a medium's phrase; ``channel`` itself when none follows."""
    doc = channel.doc
    if not TAGGED_WITH_WHOM or channel.end >= len(doc) or not len(channel):
        return channel
    after = doc[channel.end]
    if after.lower_ != "with" or after.dep_ != "prep" or after.head.i != channel.end - 1:
        return channel
    return doc[channel.start : max(channel.end, _channel_phrase_end(after, 1))]


def _name_with_of(word: Token, start: int) -> int:
    """ "her State of the State address", "the State of the Union address": a capitalised name with "of" in it
    before the medium noun, which the parser splits at "of", is the medium's own name."""
    doc = word.doc
    of = doc[start - 1] if start > 0 else None
    if of is None or of.lower_ != "of" or word.dep_ != "pobj" or word.head != of:
        return start
    name = of.head
    if name.i != of.i - 1 or name.tag_ != "NNP" or not any(t.tag_ == "NNP" for t in doc[start : word.i]):
        return start
    return name.left_edge.i


# "in a statement Trump said", "in an interview Sunday": a name after the medium that is not its title
_NOT_TITLES = frozenset({"PERSON", "DATE", "TIME", "GPE", "NORP"})


# "the podcast “Here's the Thing.”", "his weekly radio show, “Generations with Kevin Swanson,”": a programme's title
# in quote marks right after its noun (a comma between) is which one it was, read whole as ``QUOTED_TITLES`` reads one
# after a preposition; after other media a quote is as often the words said ("said in a statement, “We ...”").
QUOTED_PROGRAMME_TITLES = True
_PROGRAMME_NOUNS = frozenset({"show", "podcast", "program", "programme", "series", "broadcast"})


def _title_end(word: Token) -> int:
    """ "on radio show Harbor Nights", which the parser may split: the name right after a common medium or
    scene noun is which one it was; not a subject, a person, a date or a place after it."""
    doc, end = word.doc, word.i + 1
    if word.tag_ not in ("NN", "NNS"):
        return end
    if QUOTED_PROGRAMME_TITLES and word.lemma_.lower() in _PROGRAMME_NOUNS:
        at = end + (end < len(doc) and doc[end].text == ",")
        if at < len(doc) and doc[at].tag_ == "``" and (title := quoted_title_end(doc[at])) > at:
            return title
    while end < len(doc) and doc[end].tag_ in ("NNP", "NNPS") and "\n" not in doc[end - 1].whitespace_:
        end += 1
    name = doc[word.i + 1 : end]
    if not name or name.root.dep_ in NOMINAL_SUBJECTS or any(t.ent_type_ in _NOT_TITLES for t in name):
        return word.i + 1
    return end

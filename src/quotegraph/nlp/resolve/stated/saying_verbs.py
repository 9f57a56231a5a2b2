"""Verbs of saying by what their phrases name, and the clause and the preposition a word stands in.

Which verbs have whom they addressed as their object ("told reporters") or after "to", "on" or "with"; which verbs make
a statement or put a medium out ("took to Instagram", "issued a statement", "posted on its status page"); the verb
whose clause a word sits in, and whether two verbs make one statement. The readers of a channel and of an addressee
both read these classes, so they sit below either, apart from them."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.lexicons import lexicon
from quotegraph.nlp.resolve.stated.gerund_scenes import gerund_tagged_scene
from quotegraph.nlp.syntax import NOMINAL_SUBJECTS, VERB_POS

__all__ = [
    "CLAUSE_LINKS",
    "GOING_OUT",
    "HOLDING_VERBS",
    "ISSUING_VERBS",
    "ON_VERBS",
    "POSTING",
    "PUBLISHING",
    "SAYING_VERBS",
    "SENDING",
    "TELL_VERBS",
    "TO_VERBS",
    "WITH_VERBS",
    "WRITING",
    "clause_verb",
    "governs",
    "object_of",
    "own_clause_subject",
    "referred_to",
    "saying_verb",
]


# Verbs whose object is whom the words were addressed to ("told reporters", "thanked Obama").
TELL_VERBS = frozenset(
    {"tell", "inform", "assure", "warn", "remind", "brief", "advise", "promise", "email", "e-mail", "text", "thank",
     "address", "urge", "rally", "ask", "implore", "beg", "encourage", "invite", "congratulate", "notify", "caution",
     "reassure", "lecture", "scold", "quiz", "press", "message", "petition", "greet"}
)  # fmt: skip
# Verbs whose "to X" is whom the words were addressed to ("said to reporters", "wrote to a friend").
TO_VERBS = frozenset(
    {"say", "write", "explain", "speak", "talk", "tweet", "add", "announce", "declare", "confirm", "complain",
     "admit", "testify", "apologize", "apologise", "reply", "respond", "describe", "insist", "suggest", "recount",
     "mention", "boast", "confide", "vow", "pledge", "joke", "plead", "appeal", "report", "signal", "send", "deliver",
     "read", "concede", "acknowledge", "stress", "emphasize", "repeat", "reiterate", "argue", "propose", "post",
     "email", "e-mail", "text", "whisper", "shout", "yell", "remark", "comment", "lament", "brag", "swear", "address",
     # "Preaching to a congregation of about 1,400, the bishop said" (stated round 17)
     "preach",
     # "put it to her that", "put the question to the minister": only a person after "to"
     # (``addressee_words.is_addressee_word``), not "a vote"
     "put",
     # "proclaimed to a cheering crowd", "asserted to reporters", "implies to Republican leaders": verbs of claiming
     # (stated round 10); not "deny", whose "to X" is more often whom a thing is refused ("denying entry to travelers")
     "proclaim", "assert", "imply"}
)  # fmt: skip
# Verbs of making a statement besides the cue verbs: "took to Instagram", "appeared on CNN", "held a
# press conference", "gave a speech", "made the remarks", "came in a letter", "sent out an email".
SAYING_VERBS = frozenset(
    {"speak", "talk", "appear", "testify", "address", "take", "post", "tweet", "come", "make", "deliver", "give",
     "hold", "send", "issue", "release", "publish", "air", "go", "sit", "host", "join", "attend", "lead", "interview",
     "visit", "campaign", "rally", "stump", "debate", "announce", "write", "email", "text", "respond", "reply"}
)  # fmt: skip
# Verbs whose object is the medium a statement went out in ("issued a statement", "posted a video").
ISSUING_VERBS = frozenset(
    {"issue", "release", "post", "send", "publish", "write", "deliver", "give", "tweet", "share", "pen", "sign",
     "file", "broadcast", "air", "record", "upload", "put"}
)  # fmt: skip
# Verbs of putting a medium out, one lexicon read in three subsets, each by the rules of one form:
# - posting: words put up on a page or a site, whose "on" or "to" is where they went up ("posted on its status page",
#   "published to the company's website"); not "wrote on", as often a topic ("wrote on the issue");
# - publishing: a work put out in a paper, a journal or on a site ("published in the Lancet", "appeared in The
#   Atlantic");
# - sending: a medium sent out, whose participle dates it wherever the parser hangs it inside the medium's phrase
#   ("a statement released late Tuesday"); "dated" tells the day a letter bears ("In a letter to the minister dated
#   November 12").
POSTING = frozenset({"post", "publish"})
PUBLISHING = POSTING | {"print", "run", "appear"}
# Verbs of going out on air or in print: a participle of them hung on a medium tells where ("airing Sunday on NBC's",
# ``channel_phrases``) and when ("an interview published Saturday", ``stated_channels.gone_out_later``) it came out
GOING_OUT = PUBLISHING | {"air", "broadcast", "stream", "televise"}
SENDING = POSTING | {
    "send", "issue", "release", "email", "e-mail", "circulate", "distribute", "date", "address", "write"
}  # fmt: skip
# Verbs whose object is a scene the statement was made in ("held a press conference", "made a stop").
HOLDING_VERBS = frozenset({"make", "hold", "host"})
# Verbs whose "on X" is whom they were addressed to ("called on Congress to act").
ON_VERBS = frozenset({"call"})
# Verbs whose "with X" is whom the words were exchanged with ("joked with reporters", "spoke with CNN").
WITH_VERBS = frozenset({"joke", "speak", "talk", "chat", "share", "plead", "argue", "celebrate"})
# not "ccomp": that is the reported clause, whose times and media belong to the content, not the saying
CLAUSE_LINKS = frozenset({"xcomp", "advcl", "conj", "prep", "pcomp"})
_CHAIN_LIMIT = 8


def clause_verb(token: Token) -> Token:
    """The verb whose clause ``token`` sits in (``token`` itself for a verb or the root); a scene noun tagged a gerund
    ("told staff at a team meeting in September") is the noun it is, no clause of its own."""
    current = token
    for _ in range(_CHAIN_LIMIT):
        if (current.pos_ in VERB_POS and not gerund_tagged_scene(current)) or current.head == current:
            return current
        current = current.head
    return current


_RELATIVE_PRONOUNS = frozenset({"WDT", "WP", "WP$"})  # "which", "who", "whose", and "that" tagged WDT


def own_clause_subject(word: Token) -> Token | None:
    """The subject of the relative clause ``word`` sits in, when that is not its relative pronoun ("an incident Trump
    brought up in an interview": "Trump"; not "Mr. Trump, who spoke at a rally"): whose occasion a phrase there is."""
    verb = clause_verb(word)
    if verb.dep_ != "relcl":
        return None
    return next((c for c in children_of(verb) if c.dep_ in NOMINAL_SUBJECTS and c.tag_ not in _RELATIVE_PRONOUNS), None)


def governs(verb: Token, other: Token) -> bool:
    """True when ``other`` is ``verb`` or joined to it in one statement ("took to Instagram to respond")."""
    if verb == other:
        return True
    return (other.head == verb and other.dep_ in CLAUSE_LINKS) or (verb.head == other and verb.dep_ in CLAUSE_LINKS)


def object_of(token: Token, preposition: str) -> bool:
    """ "on its status page", "In a 2-1 ruling last year": ``token`` is the object of ``preposition``."""
    return token.dep_ == "pobj" and token.head.lower_ == preposition


# Verbs whose "to" names what is pointed to or answered, not what the words went through ("pointing to a 2024 speech in
# which he praised toll-road leases", "Trump responded to that tweet by calling ...", "Trump said, referring to the
# Sept. 16 debate"). Rule on against off (fast.py): train-d channel +6 carried right / -8 false fills (0.5481 -> 0.5504,
# ff 0.0884 -> 0.0864), addressee +5 carried right (0.5478 -> 0.5523), time +1 carried right / +1 false fill (an
# interview carried in place of the TV ad a statement referred to); train-e channel -10 false fills, time +1 right;
# train 0-59 no change; train-c 5 carried channels and 2 times wrong before are now none (no figure changes).
_REFERRING = frozenset({"point", "refer", "allude", "respond", "react", "reply"})


def referred_to(token: Token) -> bool:
    """ "pointing to a 2024 speech", "responded to that tweet", "referring to the Sept. 16 debate": the object of a
    verb's "to" that names what is pointed to or answered (``_REFERRING``), another thing than the words said."""
    return object_of(token, "to") and token.head.head.lemma_.lower() in _REFERRING


def saying_verb(verb: Token) -> bool:
    """A verb of saying, or of making a statement ("took to Instagram", "appeared on CNN", "gave a speech")."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in SAYING_VERBS or lemma in lexicon("cue_verbs"))


# verbs of writing: "wrote in the letter" names where the words were put (``channels._published_where``); "wrote the
# newspaper that", with the words written beside the object, names whom they were written to
# (``told_addressees._told_with_the_words``), not what was written ("wrote a letter", whose clause the parser hangs on
# the letter)
WRITING = frozenset({"write"})

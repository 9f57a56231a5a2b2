"""Each statement's occasion, stated in its own clause or carried: the statements' readings handed to the carrying
rules, with the scenes, the relays, the occasion tagger's phrases, a transcript's turns, and a time apart from the
statement's own cue."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from quotegraph.model import Cue
from quotegraph.nlp.candidates import Candidate, CharSpan
from quotegraph.nlp.find.parse import children_of
from quotegraph.nlp.find.quotes import QUOTE_MARKS
from quotegraph.nlp.find.transcripts import Turn, transcript_turns, turn_holding
from quotegraph.nlp.resolve.carrying.asked_passive import asked_of_nobody, one_asked_in
from quotegraph.nlp.resolve.carrying.continued import continued_channels
from quotegraph.nlp.resolve.carrying.lede_sessions import said_outside
from quotegraph.nlp.resolve.carrying.occasion_records import (
    Held,
    OccasionInput,
    Setting,
    addressed_after_carrying,
    carried_whole,
    habit_carries_no_channel,
    undated_carries_no_day,
)
from quotegraph.nlp.resolve.carrying.occasion_tagger import tag_occasions
from quotegraph.nlp.resolve.carrying.occasions import carry_occasions
from quotegraph.nlp.resolve.carrying.sayings import (
    habitual,
    intended,
    replies,
    stance_carries_no_channel,
    undated,
    unsaid,
)
from quotegraph.nlp.resolve.carrying.scene_parts import SaidAt
from quotegraph.nlp.resolve.carrying.scene_roles import placed_at_the_scene
from quotegraph.nlp.resolve.carrying.scenes import scene_settings
from quotegraph.nlp.resolve.carrying.tagged import (
    TagUse,
    UsablePhrases,
    fill_from_tags,
    fills_kept_next,
    lede_fills_kept,
    use_tagged,
)
from quotegraph.nlp.resolve.carrying.taking_part import BENCH_ADDRESSES, COURT_ROLES
from quotegraph.nlp.resolve.paragraphs import Paragraphs
from quotegraph.nlp.resolve.speakers.coref import Coreference
from quotegraph.nlp.resolve.speakers.first_person import FIRST_PERSON
from quotegraph.nlp.resolve.speakers.source_spans import source_span
from quotegraph.nlp.resolve.stated.circumstances import CircumstanceFinder
from quotegraph.nlp.resolve.stated.saying_verbs import clause_verb, saying_verb
from quotegraph.nlp.resolve.stated.stated_clauses import perfect
from quotegraph.nlp.resolve.stated.stated_occasion import Stated
from quotegraph.nlp.resolving_records import Resolved, stands_at
from quotegraph.nlp.syntax import DEMONSTRATIVES

# How the occasion tagger's phrases are offered to the carrying rules (``resolve.carrying.tagged``): a tagged channel in
# a statement's own sentence, outside its content and source, with a mean marginal of 0.7 or more, gives the
# channel that carrying left empty. Chosen on train cross-validation over 197 annotated train articles (channel
# 0.512 -> 0.522: 12 more right, 8 more false fills); the tagger's times gave as many false fills as right
# values, its stated values before carrying and its scenes less, and its addressees gained nothing on the check
# set train-c. See experiments/occasion_tagger/README.md.
TAG_USE = TagUse(fills=True, fields=frozenset({"channel"}), min_confidence=0.7)


def _to_the_bench(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate``'s content opens by addressing the judge ("Your Honor, ...": ``BENCH_ADDRESSES``)."""
    if not candidate.content:
        return False
    start, end = candidate.content[0]
    return text[start:end].lstrip(QUOTE_MARKS).lower().startswith(BENCH_ADDRESSES)


def _points_back(doc: Doc, content: list[CharSpan]) -> bool:
    """ "That's according to early results of exit polls": a content that is only a demonstrative and its
    verb stands for the statement before it."""
    spans = (doc.char_span(start, end, alignment_mode="expand") for start, end in content)
    words = [t for span in spans if span is not None for t in span if not t.is_punct and not t.is_space]
    return (
        bool(words)
        and words[0].lower_ in DEMONSTRATIVES
        and all(t.lower_ in DEMONSTRATIVES or t.lemma_ == "be" or t.norm_ == "'s" for t in words)
    )


def _tagged_sentences(finder: CircumstanceFinder, said_at: list[SaidAt | None]) -> list[Span] | None:
    """The sentences the occasion tagger reads: all of them for scenes, else those where statements are made
    (the other uses read a statement's own sentence only), which costs a fraction of the document."""
    if TAG_USE.scenes:
        return None
    numbers = sorted({finder.sentence_of[at.verb.i] for at in said_at if at is not None})
    return [finder.sentences[n] for n in numbers]


# Words that name a group of the people just named when they are a statement's whole subject ("both claim")
GROUP_WORDS = frozenset({"both"})


def _a_group(coref: Coreference, speaker: int, name: str) -> bool:
    """Whether a statement's speaker is a group: a plural entity ("the four contenders") or "both"."""
    return coref.clusters.clusters[speaker].plural or name.lower() in GROUP_WORDS


# A statement's time is never a phrase that holds its own cue as a gerund: "Kasich cautioned ..., before optimistically
# predicting that a contested convention could ...": the "before" clause may date the caution, and is carried to the
# next statement of its speaker, but it is the prediction itself, not when it was made. Built with
# ``shared_subjects.PREPOSITION_GERUNDS_SHARE_SUBJECTS``, which gives such gerunds their speaker and so the carried time
# (pagespeaker2). Only a gerund: for any cue ("when asked which candidate she would back", "as he called for ...") it
# cost train-d time accuracy 0.6702 -> 0.6694, those clauses being the annotators' times.
TIMES_APART_FROM_CUES = True


_GERUND = "VBG"


def time_apart_from_cue(held: Held, candidate: Candidate) -> Held:
    """``held`` without its time when the time's phrase holds the statement's own cue (``TIMES_APART_FROM_CUES``)."""
    time = held.stated.time
    if not TIMES_APART_FROM_CUES or time is None or not candidate.cue:
        return held
    start, end = time.span.start_char, time.span.end_char
    doc = time.span.doc
    inside = [doc.char_span(s, e, alignment_mode="expand") for s, e in candidate.cue if start <= s and e <= end]
    if not any(cue is not None and cue.root.tag_ == _GERUND for cue in inside):
        return held
    return Held(replace(held.stated, time=None), held.carried - {"time"})


def statement_occasions(
    finder: CircumstanceFinder,
    coref: Coreference,
    candidates: list[Candidate],
    resolved: list[Resolved],
    paragraphs: Paragraphs,
    cues: list[Cue | None],
) -> list[Held]:
    """Each statement's occasion, stated in its own clause or carried from a scene or the statement it continues
    (``cues``: each candidate's cue, as the output gives it)."""
    # once a document: a walk of an entity's roles per statement would grow with the text
    of_a_court = {c.index for c in coref.clusters.clusters if (c.roles | c.titles) & COURT_ROLES}
    turns = transcript_turns(finder.text)
    in_turns = [turn_holding(turns, stands_at(c)) for c in candidates]
    statements = [
        _statement(finder, coref, candidate, result, paragraphs, turn, of_a_court)
        for candidate, result, turn in zip(candidates, resolved, in_turns, strict=True)
    ]
    settings = _settings(finder, coref, candidates, resolved, paragraphs)
    aligned = [r.said_at for r in resolved]
    tagged = tag_occasions(finder.doc, finder.text, sentences=_tagged_sentences(finder, aligned)) if TAG_USE.on else []
    phrases = UsablePhrases(tagged, TAG_USE)
    statements, settings = use_tagged(finder, coref, statements, aligned, settings, paragraphs, phrases)
    held = _carried(coref, resolved, paragraphs, statements, settings)
    held = _filled_from_tags(finder, held, aligned, phrases, statements, paragraphs)
    held = continued_channels(held, statements, [None if cue is None else cue.lemma for cue in cues])
    # before the views in a transcript's turns, which take the turn's occasion whole
    held = [undated_carries_no_day(s, h) for s, h in zip(statements, held, strict=True)]
    held = _views_in_turns(finder.doc, candidates, statements, held, in_turns)
    held = [habit_carries_no_channel(s, h) for s, h in zip(statements, held, strict=True)]
    # forms that name whom one statement went to without opening an occasion the speaker's later words carry (a pronoun
    # asked, people the words were said in front of)
    return [
        addressed_after_carrying(
            h,
            None
            if r.said_at is None
            else finder.asked_pronoun(r.said_at.verb) or finder.audience_in_front(r.said_at.verb),
        )
        for h, r in zip(held, resolved, strict=True)
    ]


def _statement(
    finder: CircumstanceFinder,
    coref: Coreference,
    candidate: Candidate,
    result: Resolved,
    paragraphs: Paragraphs,
    turn: Turn | None,
    of_a_court: set[int],
) -> OccasionInput:
    """What the carrying rules read of one statement: where it stands, its speaker and stated occasion, and the forms
    that decide what it carries (a held view, a poll, a pointer back, a summary, an asking, a reply, a group, a court,
    the bench addressed, a scene placed, a transcript's turn); ``of_a_court``: the entities with a court role."""
    position = stands_at(candidate)
    speaker = None if result.speaker is None else result.speaker.index
    verb = None if result.said_at is None else result.said_at.verb
    in_turn = turn is not None
    held_view = result.type == "thought" or (verb is not None and (perfect(verb) or unsaid(verb) or intended(verb)))
    return OccasionInput(
        position,
        paragraphs.of(position),
        speaker,
        result.stated,
        held_view,
        result.polled,
        _points_back(finder.doc, candidate.content),
        # a transcript's turn is its speaker's words as recorded, though unquoted: no summary of a position,
        # so the speaker's occasion does not lapse for it (on train-d, a TV interview's turns: +2 channel, +2
        # time, no false fill)
        candidate.kind == "indirect" and not in_turn,
        one_asked_in(coref, result.stated, verb, speaker, source_span(finder.doc, candidate.source)),
        verb is not None and replies(verb),
        result.speaker is not None and _a_group(coref, result.speaker.index, result.speaker.name),
        asked_of_nobody(result.stated, verb),
        result.speaker is not None and result.speaker.index in of_a_court,
        _to_the_bench(finder.text, candidate),
        verb is not None and placed_at_the_scene(verb),
        in_turn,
        verb is not None and verb.tag_ == "VBD",
        _recalled(result.stated),
        verb is not None and habitual(verb),
        # a poll's answers keep the day of its fieldwork, whatever their verb ("64 percent support")
        verb is not None and not result.polled and undated(verb),
        verb is not None and said_outside(verb),
        verb is not None and stance_carries_no_channel(verb),
    )


def _recalled(stated: Stated) -> bool:
    """Whether the channel or the time ``stated`` names sits in a clause whose saying verb is under an auxiliary "have"
    in the past ("had told him in a phone call on Saturday night"): a telling before the story's past
    (``OccasionInput.recalled_telling``), whether the statement is the inner telling's or the teller's words given to
    its bidder (``resolving_one.UNQUOTED_BIDDINGS_ON_AN_OCCASION``). Not ``stated_clauses.past_perfect``, which asks for
    the participle's tag: the tagger often takes "told" after "had" for the simple past."""
    spans = [span for span in (stated.channel, None if stated.time is None else stated.time.span) if span is not None]
    verbs = [v for v in (clause_verb(span.root) for span in spans) if saying_verb(v)]  # a telling, not "had begun"
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for v in verbs for c in children_of(v))


def _settings(
    finder: CircumstanceFinder,
    coref: Coreference,
    candidates: list[Candidate],
    resolved: list[Resolved],
    paragraphs: Paragraphs,
) -> list[Setting]:
    """The scenes the story sets and the relays of its statements, in text order."""
    said_at = [r.said_at for r in resolved if r.said_at is not None]
    scenes = scene_settings(finder, coref, said_at, paragraphs)
    return sorted([*scenes, *_relays(candidates, resolved, paragraphs)], key=lambda s: s.position)


def _carried(
    coref: Coreference,
    resolved: list[Resolved],
    paragraphs: Paragraphs,
    statements: list[OccasionInput],
    settings: list[Setting],
) -> list[Held]:
    """Each statement's occasion as the carrying rules hold it, with the speakers' names, where each single person is
    first named, and which entities are bodies."""
    names = {r.speaker.index: r.speaker.name for r in resolved if r.speaker is not None}
    persons = {
        c.index: c.mentions[0].start_char
        for c in coref.clusters.clusters
        if c.type == "PERSON" and not c.plural and c.mentions
    }
    bodies = frozenset(c.index for c in coref.clusters.clusters if c.type == "ORG")
    return carry_occasions(statements, settings, paragraphs.entries, paragraphs.headline, names, persons, bodies)


def _filled_from_tags(
    finder: CircumstanceFinder,
    held: list[Held],
    aligned: list[SaidAt | None],
    phrases: UsablePhrases,
    statements: list[OccasionInput],
    paragraphs: Paragraphs,
) -> list[Held]:
    """``held`` with the channels the occasion tagger fills where carrying left none, kept in the lede and carried to
    the next statements as ``lede_fills_kept`` and ``fills_kept_next`` allow."""
    filled = fill_from_tags(held, aligned, phrases, finder.published)
    sentences = [None if a is None else finder.sentence_of[a.verb.i] for a in aligned]
    filled = lede_fills_kept(held, filled, statements, 1 if paragraphs.headline else 0)
    filled = fills_kept_next(held, filled, statements, sentences)
    return [_decision_day(finder, h, at) for h, at in zip(filled, sentences, strict=True)]


def _decision_day(finder: CircumstanceFinder, held: Held, sentence: int | None) -> Held:
    """``held`` with the day the story gave the court's ruling when its channel, carried or filled by the tagger ("In a
    concurring opinion, Justice X said"), is the court's decision and no time was read (``decision_days``)."""
    channel, time = held.stated.channel, held.stated.time
    if channel is None or time is not None or sentence is None:
        return held
    day = finder.ruling_days.day_before(channel, sentence)
    return held if day is None else Held(replace(held.stated, time=day), held.carried | {"time"})


def _views_in_turns(
    doc: Doc,
    candidates: list[Candidate],
    statements: list[OccasionInput],
    held: list[Held],
    in_turns: list[Turn | None],
) -> list[Held]:
    """ "A: I think it's a mistake": a view the speaker of a transcript's turn gives in it ("I think", "I don't know",
    "My advice is") is voiced in that turn and takes its occasion (occasion.md: every turn is made in the transcript's
    event), though told outside a transcript a view is held, not said, and carries nothing. Only the turn's own speaker
    (its label's entity, or "I" inside it), not someone the turn quotes ("They want"), and only a view: a saying
    recalled in the turn ("I said, hey, ...") was made elsewhere. On train-d, a printed interview's answers: +13
    channel, +10 time, no false fill (the addressee it takes is the interview's, which the scene reads only in part)."""
    at_colon = {s.position: i for i, s in enumerate(statements)}
    out = list(held)
    for i, statement in enumerate(statements):
        if not statement.held_view or not held[i].stated.empty:
            continue
        turn = in_turns[i]
        at = None if turn is None else at_colon.get(turn.colon[0])
        if at is None or at == i:
            continue
        source = source_span(doc, candidates[i].source)
        own = statement.speaker is not None and statement.speaker == statements[at].speaker
        if own or (source is not None and source.text.lower() in FIRST_PERSON):
            out[i] = carried_whole(held[at].stated)
    return out


def _relays(candidates: list[Candidate], resolved: list[Resolved], paragraphs: Paragraphs) -> list[Setting]:
    """ "Mehra told Reel Dispatch that Varga had insisted ...": the words are Varga's, but telling Reel Dispatch is
    Mehra's occasion, which Mehra's next words ("We did not argue for very long") carry."""
    settings = []
    for candidate, result in zip(candidates, resolved, strict=True):
        if result.relay is not None and not result.relay.stated.empty:
            at = stands_at(candidate)
            settings.append(Setting(at, paragraphs.of(at), frozenset({result.relay.teller.index}), result.relay.stated))
    return settings

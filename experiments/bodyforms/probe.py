"""Each written article's expected statements against what the engine finds, and the count of right speakers.

    PYTHONPATH=src python experiments/bodyforms/probe.py [ARTICLE ...] [--quiet]

A line per expected statement: ``ok``/``--``, the article, the content piece, the speaker expected and found, the
channel expected (a document's) and found. A statement counts right when the expected speaker's name stands whole in
the found one (``speaker_named``, as the news pages' test checks it) and, where a channel is expected, it stands in the
found channel.
"""

from __future__ import annotations

import sys
from typing import Any

from articles import ARTICLES  # type: ignore[import-not-found]

import quotegraph
from quotegraph.evaluation.occasion import speaker_named


def _text(part: Any) -> str:
    return "" if part is None else str(part.text)


def main(argv: list[str]) -> None:
    quiet = "--quiet" in argv
    names = [a for a in argv if not a.startswith("--")]
    right = speakers = total = 0
    for name, article in ARTICLES.items():
        if names and name not in names:
            continue
        found = list(quotegraph.extract(article.text, article.published).attributions)
        for expected in article.expected:
            holding = [a for a in found if a.content is not None and expected.content in a.content.text]
            statement = holding[0] if holding else None
            speaker = statement.speaker.name if statement is not None and statement.speaker is not None else ""
            channel = _text(statement.channel) if statement is not None else ""
            speaker_ok = speaker_named(expected.speaker, speaker)
            channel_ok = expected.channel is None or expected.channel.casefold() in channel.casefold()
            total += 1
            speakers += speaker_ok
            right += speaker_ok and channel_ok
            if not quiet or not (speaker_ok and channel_ok):
                mark = "ok" if speaker_ok and channel_ok else "--"
                print(
                    f"{mark} {name} | {expected.content[:30]} | want {expected.speaker!r} / {expected.channel!r}"
                    f" | found {speaker!r} / {channel!r} (source {_text(statement.source) if statement else None!r})"
                )
    print(f"speaker {speakers} / {total}; speaker and channel {right} / {total}")


if __name__ == "__main__":
    main(sys.argv[1:])

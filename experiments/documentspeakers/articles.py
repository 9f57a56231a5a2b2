"""The round's written articles: documents named as the source after their maker, sender or principal was named.

    PYTHONPATH=src python experiments/documentspeakers/articles.py [NAME ...]

Prints each statement found, with its source, speaker, channel, time and addressee (README.md gives the figures).
"""

from __future__ import annotations

import sys

import quotegraph

ARTICLES = {
    # a statement a lawyer read out on behalf of a family (the brief's first shape)
    "read_for": "Danny Whitcombe, 24, died at the quarry in March. Outside the courthouse, the family's lawyer, Tom "
    "Varga, read a statement to reporters on behalf of the Whitcombe family. “Danny loved that job and he trusted the "
    "people he worked for,” the statement said.",
    # a company's emailed response, its first voice a spokeswoman
    "response": "The quarry was fined in 2019. In an emailed response to the Bulletin on Thursday, a spokeswoman for "
    "Calliope Aggregates said the company was cooperating with the inquiry. “Every worker deserves to go home safe,” "
    "the response said.",
    # a regulator's notice put out in narration (read right on the start code)
    "notice": "The Canadian Food Inspection Agency issued a recall notice on Monday. The product may be contaminated "
    "with listeria, the notice says.",
    # nobody named as the maker: the document stays the speaker
    "memo": "A leaked memo says the plant will close in June. “We cannot keep the line running,” the memo says.",
    "issued_for": "Mr Okafor died on the site in May. A statement issued on behalf of the Okafor family by their "
    "solicitor, Priya Nair, said they were devastated. “He was the heart of our home,” the statement said.",
    "statement_from": "A statement from the Okafor family, read outside the court by their solicitor, said they were "
    "devastated. “He was the heart of our home,” the statement said.",
    "filed": "Lawyers for Tamsin Holdings filed a response in the High Court on Tuesday. The response argues that the "
    "lease was never valid.",
    "submission": "The Tea Workers Union made a submission to the wage board on Friday. “A daily wage of Rs 1,700 is "
    "the least a family can live on,” the submission said.",
    "answered": "The ministry responded to questions from the Gazette on Wednesday. “The project is on schedule,” the "
    "response said.",
    # the shape of narrated_acts_in_documents.patch (not merged: one tuned page)
    "hit_back": "The federation sacked the coach on Monday. Sequeira hit back in a statement released through his "
    "agency, Avante Sports, on Wednesday morning. “I was given no time and no trust,” the statement said.",
    "letter_in": "The ministry responded in a letter to the union on Thursday. “The talks will resume next week,” the "
    "letter said.",
}


def _text(part: object) -> str | None:
    return None if part is None else str(getattr(part, "text", part))


def main(names: list[str], articles: dict[str, str] = ARTICLES) -> None:
    """Prints each statement found in ``articles`` (those named in ``names``, all when none is)."""
    for name, text in articles.items():
        if names and name not in names:
            continue
        for found in quotegraph.extract(text, "2026-03-05").attributions:
            speaker = found.speaker.name if found.speaker is not None else None
            print(
                f"{name} | {(_text(found.content) or '')[:40]} | source {_text(found.source)} | speaker {speaker} | "
                f"channel {_text(found.channel)} | time {_text(found.time)} | to {_text(found.addressee)}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])

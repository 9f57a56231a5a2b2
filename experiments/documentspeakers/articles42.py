"""The forty-second set's written articles: a document whose makers the text names (a study's researchers, an
auditor's report, a court's order and bench, an NGO's report, a club's statement carried by a sports data site).

    PYTHONPATH=src python experiments/documentspeakers/articles42.py [NAME ...]

Prints each statement found, with its source, speaker, channel, time and addressee (README.md gives the figures).
"""

from __future__ import annotations

import sys

from articles import main  # type: ignore[import-not-found]  # this folder's printer

ARTICLES = {
    # a medical study, its leader and institution named in the source's own phrase
    "study_led": "Coffee drinkers may live longer, new research suggests. The study, led by Dr Mei Tanaka at Osaka "
    "University, found that three cups a day cut the risk of heart disease by a fifth.",
    # the same study, its authors speaking later
    "authors": "A study published on Tuesday by researchers at the University of Otago tracked 4,000 teenagers. "
    "“Sleep matters more than screen time,” the authors wrote.",
    "researchers_wrote": "Dr Aroha Ngata and Dr Ben Price of the University of Otago tracked 4,000 teenagers for a "
    "study published on Tuesday. “Sleep matters more than screen time,” the researchers wrote.",
    # an auditor's report: its maker named with a possessive
    "auditor": "The Auditor-General's report on the hospital project was tabled on Thursday. The report says the "
    "budget was overspent by $40 million.",
    "auditor_released": "The report, released by the Auditor-General, Greg Fenton, on Thursday, found that the budget "
    "was overspent by $40 million.",
    # a court order, its bench named before
    "order": "A bench of Justices Anil Mehra and Sunita Rao heard the petition on Monday. “The state cannot deny "
    "the family a hearing,” the order said.",
    "order_same": "The order, passed by a bench of Justices Anil Mehra and Sunita Rao on Monday, said the state "
    "could not deny the family a hearing.",
    # an NGO's report, commissioned by a named body
    "ngo": "A report commissioned by Oxfam and released on Monday found that the richest 1% own half the world's "
    "wealth.",
    "ngo_possessive": "Human Rights Watch's report, published on Wednesday, says at least 40 people were detained "
    "without charge.",
    # a club's statement published through a sports data site
    "club_statstream": "Riverside FC confirmed the signing on Friday. “We are delighted to welcome Joao to the "
    "club,” Riverside FC said in a statement published on StatsEdge.",
    # nobody named: stays as it is
    "unnamed": "A new study found that teenagers sleep less than they did a decade ago.",
    # a document inside a quote: never taken
    "quoted": "“The report says the budget was overspent,” said Greg Fenton, the Auditor-General.",
}


if __name__ == "__main__":
    main(sys.argv[1:], ARTICLES)

"""The round's own articles (committeevoices): a meeting narrated in the lede, its voices heard after it. Those the
round's tests read are the tests' own (``tests/nlp/resolve/carrying/test_committee_voices.py``); two more here: a
Canadian council whose lede's second sentence is read as a statement ("Councillors debated the motion for four hours",
not mended: the meeting has no day for its voices), and a debate named with its own possessive day in a group's lede
(read before the round)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.nlp.resolve.carrying import test_committee_voices as written

# Canadian city council
CANADIAN = (
    "Council backs bike lanes on Bloor\n\n"
    "Toronto city council voted 19-6 on Thursday to make the Bloor Street bike lanes permanent. Councillors debated "
    "the motion for four hours at a meeting that ran late into the evening.\n\n"
    "Coun. Mike Layton told council that cycling on Bloor had tripled since the pilot began.\n\n"
    "Coun. Stephen Holyday said the lanes had slowed emergency vehicles.\n\n"
    "Mayor John Tory said the vote showed the city could move forward."
)
# US primary debate: the debate named in a group's lede, its members heard one by one
DEBATE = (
    "Republicans spar over taxes in Milwaukee\n\n"
    "Republican candidates clashed over taxes and immigration at Thursday's debate in Milwaukee, as the field sought "
    "to slow the front-runner's rise.\n\n"
    "Former Florida Gov. Jeb Bush said the tax plans of his rivals would add trillions to the debt.\n\n"
    "Sen. Marco Rubio said families needed a bigger child tax credit.\n\n"
    "Ohio Gov. John Kasich said the party could not deport 11 million people."
)
ARTICLES = {
    "planning": written._PLANNING,
    "english": written._ENGLISH,
    "canadian": CANADIAN,
    "debate": DEBATE,
    "shire": written._SHIRE,
    "indian": written._INDIAN,
    "primary": written._PRIMARY,
    "moved-on": written._MOVED_ON,
    "clause-time": written._CLAUSE_TIME,
}

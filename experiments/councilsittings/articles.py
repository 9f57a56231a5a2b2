"""The round's own test articles (councilsittings): a story that names an earlier sitting of a body (last month's
meeting, a committee's hearing last week, a meeting in spring) and then the sitting its voices speak at. Written from
the brief's shape (a voice told to the council took a meeting named before the one it spoke at), not from any page."""

from __future__ import annotations

# the story's meeting in the lede, a previous meeting recalled after it, a voice told to the council after both
RECALLED_AFTER_LEDE = (
    "Pool closure approved\n\n"
    "Brackley town council voted 6-3 at its monthly meeting on Tuesday night to close the Elm Street pool.\n\n"
    "At last month's meeting on Nov. 10, councillors had asked staff to price a repair.\n\n"
    "Councillor Jane Rowe told the council that the repair would cost more than $2 million.\n\n"
    "Councillor Tom Hale said the town could not afford it."
)
# the same with the recalled meeting told in the past perfect and its own plain date
RECALLED_PAST_PERFECT = (
    "Pool closure approved\n\n"
    "Brackley town council voted 6-3 at its monthly meeting on Tuesday night to close the Elm Street pool.\n\n"
    "The council had deferred the question at a meeting on Nov. 10.\n\n"
    "Councillor Jane Rowe told the council that the repair would cost more than $2 million."
)
# the story's sitting named after the recalled one, with its own day: the nearest is the right one (a check)
RECALLED_BEFORE_TONIGHT = (
    "Greenway vote\n\n"
    "Residents first raised the greenway at a council meeting on Oct. 6.\n\n"
    "On Monday evening the council held a special meeting on the route.\n\n"
    "Councillor Ann Kerr told the council that landowners had not been consulted."
)
# the recalled meeting named with "previous", dated, after a lede whose meeting has no noun of its own
PREVIOUS_MEETING = (
    "Council backs rates rise\n\n"
    "Kilmore county council voted on Monday afternoon to raise commercial rates by 3 per cent.\n\n"
    "At the previous meeting on Oct. 14, members had rejected a 5 per cent rise.\n\n"
    "Cathaoirleach Declan Moore told members the council had no other way to fund the library."
)
# a committee's hearing last week recalled, then the council's meeting: told to the council, the council's
COMMITTEE_LAST_WEEK = (
    "Golf course vote delayed\n\n"
    "Ashby city council met on Tuesday night and delayed a vote on the golf course housing plan.\n\n"
    "At a planning committee hearing on Dec. 1, the developer had defended the traffic study.\n\n"
    "City Manager Ruth Ames told the council the city could lose a state grant."
)

# the recalled meeting told in the simple past with its own day: the later day is the story's
RECALLED_SIMPLE_PAST = (
    "Pool closure approved\n\n"
    "Brackley town council voted 6-3 at its monthly meeting on Tuesday night to close the Elm Street pool.\n\n"
    "At a meeting on Nov. 10, councillors asked staff to price a repair.\n\n"
    "Councillor Jane Rowe told the council that the repair would cost more than $2 million."
)
# the story's sitting as "its last meeting of the year": "last" alone recalls nothing
LAST_OF_THE_YEAR = (
    "Budget passed\n\n"
    "Brackley town council passed its budget at its last meeting of the year on Tuesday night.\n\n"
    "Councillor Jane Rowe told the council that the library would stay open on Sundays."
)

ARTICLES = {
    "recalled_after_lede": RECALLED_AFTER_LEDE,
    "recalled_past_perfect": RECALLED_PAST_PERFECT,
    "recalled_before_tonight": RECALLED_BEFORE_TONIGHT,
    "previous_meeting": PREVIOUS_MEETING,
    "committee_last_week": COMMITTEE_LAST_WEEK,
    "recalled_simple_past": RECALLED_SIMPLE_PAST,
    "last_of_the_year": LAST_OF_THE_YEAR,
}

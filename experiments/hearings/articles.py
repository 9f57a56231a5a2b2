"""Written articles of the hearings round's shapes, one per tradition: a body one appears or testifies before, named
as where the session sat; a meeting known from its outcome verb; a trial whose opening the lede narrates. Each is
followed by the voices inside the session and one voice outside it (which must carry nothing)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.nlp.resolve.carrying import test_appearances as written

ARTICLES: dict[str, str] = {
    "senate_confirmation": (
        "Defence nominee grilled over Ukraine aid\n\n"
        "Pete Hanley, the president's nominee for defence secretary, appeared before the Senate Armed Services "
        "Committee on Tuesday.\n\n"
        "Hanley said he would keep every commitment the department had made to its allies.\n\n"
        "Sen. Roger Wicker asked whether the Pentagon could afford a new fleet of ships.\n\n"
        "Hanley replied that the budget would have to grow.\n\n"
        "Sen. Jack Reed said the nominee had not answered the question.\n\n"
        "In an interview with Fox News on Friday, the senator's spokesman said the vote would be close."
    ),
    "westminster_select": (
        "Water boss defends bonuses\n\n"
        "The chief executive of Thames Water, Chris Weston, gave evidence to the Environment Select Committee on "
        "Wednesday.\n\n"
        "Weston said the company needed new investors before the summer.\n\n"
        "The committee's chair, Alistair Carmichael, said customers would be angry.\n\n"
        "Weston said the bonuses had been approved by the board.\n\n"
        "Ofwat said in a statement on Thursday that it would review the payments."
    ),
    "ghana_vetting": (
        "Minister-designate pledges to end galamsey\n\n"
        "The Minister-designate for Lands and Natural Resources, Emmanuel Armah-Kofi Buah, appeared before "
        "Parliament's Appointments Committee on Monday.\n\n"
        "Mr Buah said illegal mining had destroyed the country's rivers.\n\n"
        "The Minority Leader, Alexander Afenyo-Markin, asked what he would do about foreign miners.\n\n"
        "Mr Buah said the foreigners would be deported.\n\n"
        "Speaking to journalists in Accra on Thursday, the Ghana National Association of Small Scale Miners said the "
        "ban would cost jobs."
    ),
    "kenya_vetting": written._KENYA,
    "australia_estimates": (
        "Defence chief questioned over submarine costs\n\n"
        "The Chief of Navy, Vice Admiral Mark Hammond, was questioned by senators at a Senate estimates hearing on "
        "Monday.\n\n"
        "Vice Admiral Hammond said the first submarine would arrive on schedule.\n\n"
        "Greens senator David Shoebridge said the program was out of control.\n\n"
        "Vice Admiral Hammond said the costs were being managed."
    ),
    "council_cabinet": (
        "Council approves library closures\n\n"
        "The council's cabinet approved the closure of three libraries at its meeting on Tuesday.\n\n"
        "The cabinet member for communities, Sarah Hughes, said the decision had been difficult.\n\n"
        "Opposition leader Tom Price said the libraries were a lifeline.\n\n"
        "Council leader Mark Evans said the savings were needed."
    ),
    "board_meeting": (
        "Transit board votes to raise fares\n\n"
        "The Metro board of directors voted 7-2 on Thursday to raise fares by 25 cents.\n\n"
        "Board chair Linda Park said the increase would close the deficit.\n\n"
        "Director James Cole said riders could not afford it.\n\n"
        "Park said the board would review the fares next year."
    ),
    "crown_court": (
        "Man denies killing neighbour\n\n"
        "The trial of a man accused of murdering his neighbour opened on Monday at Leeds Crown Court.\n\n"
        "Prosecutor Richard Wright KC said the defendant had threatened the victim for months.\n\n"
        "A neighbour, Susan Clarke, said she heard shouting that night.\n\n"
        "Defence barrister Simon Csoka KC said the defendant had acted in self-defence.\n\n"
        "Judge Guy Kearl told the jury to ignore the reports they had read."
    ),
    "federal_trial": (
        "Ex-mayor's bribery trial opens\n\n"
        "The bribery trial of former Mayor Carl Dent opened on Tuesday in federal court in Chicago.\n\n"
        "Assistant U.S. Attorney Sean Franzblau said Dent had taken $50,000 in cash.\n\n"
        "Defense lawyer Mark Hunter said the money was a loan.\n\n"
        "U.S. District Judge Sara Ellis said the trial would last three weeks."
    ),
}

# Trial ledes in other forms than "The trial ... opened": one who went on trial, a trial that opened with a statement.
ARTICLES |= {
    "went_on_trial": (
        "Former finance chief goes on trial\n\n"
        "The former chief financial officer of Orion Holdings, David Lim, went on trial in the High Court on Monday "
        "accused of falsifying the company's accounts.\n\n"
        "Deputy Public Prosecutor Tan Wei Ming said Lim had hidden losses of $40 million.\n\n"
        "The company's former auditor, Rachel Ng, said she had raised concerns in 2019.\n\n"
        "Defence counsel Andre Maniam said his client had relied on the auditors.\n\n"
        "Justice Vincent Hoong said the trial would resume on Wednesday."
    ),
    "opened_with": (
        "Fraud trial opens\n\n"
        "The fraud trial of a former bank manager opened at Southwark Crown Court on Tuesday, with prosecutors telling "
        "the jury she had stolen £2 million from elderly customers.\n\n"
        "Prosecutor Jane Carter KC said the defendant had forged signatures on 40 accounts.\n\n"
        "A former colleague, Peter Shaw, said the manager had worked late every night.\n\n"
        "Defence barrister Tom Hill KC said his client had been framed."
    ),
}

# The sessionturns round's articles (its test's): a deciding body's vote, a titled turn, a trial gone on.
from tests.nlp.resolve.carrying import test_session_turns as turns  # noqa: E402

ARTICLES |= {
    "transit_board": turns._TRANSIT,
    "cabinet_fronted_day": turns._CABINET,
    "pune_standing_committee": turns._STANDING,
    "senate_vote": turns._SENATE_VOTE,
    "ghana_minority_leader": turns._GHANA,
    "singapore_went_on_trial": turns._SINGAPORE,
    "abuja_stood_trial": turns._ABUJA,
}

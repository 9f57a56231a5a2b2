"""Written articles of the brief's session forms (sessionchannels), one per tradition: a fronted clause naming the
session in the statement's own sentence, and a session narrated with its day and the voices inside it."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.nlp.resolve.carrying import test_opened_sessions as written

ARTICLES: dict[str, str] = {
    "westminster": (
        "MPs back assisted dying bill at second reading\n\n"
        "MPs voted by 330 votes to 275 to give the Terminally Ill Adults Bill a second reading on Friday.\n\n"
        "Opening the second reading, Kim Leadbeater told MPs the law as it stood failed dying people.\n\n"
        "Conservative MP Danny Kruger said the bill would put pressure on the vulnerable.\n\n"
        "Winding up the debate on Friday afternoon, the justice minister Alex Davies-Jones said the government would "
        "remain neutral.\n\n"
        "Outside Parliament, campaigner Sarah Wootton told reporters the vote was historic."
    ),
    "senate": (
        "Senate advances border bill after marathon debate\n\n"
        "The Senate debated the border security bill for six hours on Tuesday.\n\n"
        "Sen. Chris Murphy, the bill's lead negotiator, said the measure would give the president new powers.\n\n"
        "Sen. Mike Lee said the bill would make the border crisis worse.\n\n"
        "When the debate resumed on Wednesday, Sen. James Lankford said his colleagues had been misled about the text."
        "\n\nIn a statement later, Senate Majority Leader Chuck Schumer said the bill would pass."
    ),
    "malaysia": (
        "Dewan Rakyat passes anti-hopping amendment\n\n"
        "During Tuesday's sitting of the Dewan Rakyat, Law Minister Azalina Othman Said said the amendment would close "
        "a loophole.\n\n"
        "When the debate resumed on Wednesday, opposition MP Takiyuddin Hassan said the bill had been rushed.\n\n"
        "Azalina said the government had consulted every party."
    ),
    "india": (
        "Lok Sabha clears data protection bill\n\n"
        "The Lok Sabha debated the Digital Personal Data Protection Bill for four hours on Monday.\n\n"
        "Moving the bill, IT Minister Ashwini Vaishnaw said it had been drafted after wide consultation.\n\n"
        "Congress MP Gaurav Gogoi said the bill weakened the right to information.\n\n"
        "Vaishnaw said the concerns had been addressed."
    ),
    "crown": (
        "Man denies murder of teenager\n\n"
        "The trial of a man accused of murdering a teenager in Bristol opened yesterday at Bristol Crown Court.\n\n"
        "Prosecutor Anna Vigars KC told the jury the defendant had planned the attack.\n\n"
        "A witness, Mark Jones, said he saw the defendant running from the park.\n\n"
        "Under cross-examination, Jones said it had been dark.\n\n"
        "Defence barrister Paul Greaney KC put it to Jones that he could not have seen the man's face.\n\n"
        "Outside court, the teenager's mother said the family wanted justice."
    ),
    "federal": (
        "Former aide testifies against senator\n\n"
        "The federal corruption trial of Sen. Bob Menendez continued on Thursday in Manhattan.\n\n"
        "Nadine Arslanian's former assistant testified that she had delivered envelopes of cash.\n\n"
        "On cross-examination, defense lawyer Avi Weitzman suggested the witness had misremembered dates.\n\n"
        "Judge Sidney Stein ruled that the jury could hear the recordings.\n\n"
        "Menendez told reporters after court that he was confident."
    ),
    "royalcommission": (
        "Robodebt inquiry hears from former secretary\n\n"
        "As the hearing began in Brisbane on Monday, counsel assisting Justin Greggery KC said the scheme had been "
        "unlawful from the start.\n\n"
        "Former department secretary Kathryn Campbell told the commission she had relied on legal advice.\n\n"
        "Commissioner Catherine Holmes said the evidence was troubling.\n\n"
        "In a statement after the hearing, the department said it was cooperating."
    ),
}

# the session in a clause on another noun ("a trial that opened yesterday"), and the voices inside it
ARTICLES |= {
    "crown-relative": (
        "Nurse denies poisoning patients\n\n"
        "A nurse accused of poisoning three patients at a Leeds hospital went on trial yesterday. Sarah Collins, 34, "
        "denies three counts of attempted murder at a trial that opened yesterday at Leeds Crown Court.\n\n"
        "Prosecutor Richard Wright KC told the jury that insulin had been found in the patients' drips.\n\n"
        "A ward sister, Janet Hughes, said Collins had been alone with each patient.\n\n"
        "Under cross-examination, Hughes agreed that the ward had been short-staffed.\n\n"
        "Judge Guy Kearl said the jury must not research the case online.\n\n"
        "Outside court, Collins's father said his daughter was innocent."
    ),
    "federal-relative": (
        "Ex-officer testifies in bribery case\n\n"
        "A former police officer testified on Wednesday in the bribery trial of a Chicago alderman, which began "
        "Monday in federal court.\n\n"
        "The officer, Daniel Ruiz, said he had been paid $5,000 to drop a parking case.\n\n"
        "Defense attorney Tom Breen asked Ruiz whether he had kept any record of the payment.\n\n"
        "U.S. District Judge Virginia Kendall ruled that the recordings could be played.\n\n"
        "The alderman's spokesman told reporters later that the testimony was false."
    ),
}

# the session narrated after background paragraphs, not in the lede
ARTICLES |= {
    "crown-later": written._CROWN,  # the test's own article (tests/nlp/resolve/carrying/test_opened_sessions.py)
    "hearing-continued": (
        "Inquiry told of warnings over cladding\n\n"
        "The Grenfell Tower fire killed 72 people in June 2017.\n\n"
        "The inquiry was set up to examine how the cladding came to be used.\n\n"
        "The hearing continued on Thursday with evidence from the council's former building control manager.\n\n"
        "John Hoban said he had not been told the cladding was combustible.\n\n"
        "Counsel to the inquiry Richard Millett KC put it to Hoban that he had never asked.\n\n"
        "Hoban said he had relied on the architects.\n\n"
        "In a statement after the hearing, the Grenfell United group said the evidence was shocking."
    ),
}

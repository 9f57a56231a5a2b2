"""The round's own articles (committeevoices): a meeting narrated in the lede, its voices heard after it."""

from __future__ import annotations

# Scottish council planning: the day on the decision's verb, the meeting in the next sentence
PLANNING = (
    "Councillors reject wind farm plan\n\n"
    "Members of Highland Council's south planning committee voted six to four on Wednesday to refuse the application "
    "for a 14-turbine wind farm near Tomatin. The committee heard from two objectors and the developer's agent before "
    "a debate that lasted more than an hour.\n\n"
    "Addressing councillors, Moira Grant, who lives in the village, said the turbines would tower over the glen.\n\n"
    "Alasdair Ross, who farms at Dalmagarry, spoke next. He told the committee the access road would cross his "
    "grazing.\n\n"
    "Speaking for the applicant, Fiona Baird told members the scheme would pay £300,000 a year into a community fund."
    "\n\nCouncillor Ken Gowans said the site was the wrong place for turbines of that height.\n\n"
    "After the meeting, Ms Grant told the Courier that the village was relieved."
)
# English district council planning: a meeting narrated, then a statement elsewhere
ENGLISH = (
    "Supermarket plan thrown out\n\n"
    "Plans for a new supermarket on the edge of Thame were thrown out by South Oxfordshire District Council's planning "
    "committee on Tuesday evening. The committee heard from residents, the town council and the developer at a "
    "meeting that ran for three hours.\n\n"
    "Speaking against the plans, resident Paul Hart told councillors the junction could not take more traffic.\n\n"
    "Town councillor Janet Moss said the store would empty the high street.\n\n"
    "In a statement on Thursday, the developer, Tarrant Homes, said it would appeal."
)
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
# Australian shire council
SHIRE = (
    "Shire rejects quarry expansion\n\n"
    "Moira Shire councillors voted five to two at Wednesday's ordinary council meeting to reject the quarry's "
    "expansion. The gallery was full for a debate that ran for over an hour.\n\n"
    "Cr Ed Cox told the meeting the trucks would use a road past the primary school.\n\n"
    "Cr Libro Mustica said the quarry had supplied the region for forty years.\n\n"
    "Mayor Peter Mansfield later told the Cobram Courier the decision had been a hard one."
)
# Indian municipal council
INDIAN = (
    "Corporation council clears property tax hike\n\n"
    "The Coimbatore Corporation council on Friday approved a 50% increase in property tax after a heated debate. "
    "Opposition members staged a walkout during the meeting.\n\n"
    "Councillor R. Rajkumar said the hike would burden the poor.\n\n"
    "Mayor K. Kalpana said the corporation had not revised the tax for twenty years."
)
ARTICLES = {
    "planning": PLANNING,
    "english": ENGLISH,
    "canadian": CANADIAN,
    "debate": DEBATE,
    "shire": SHIRE,
    "indian": INDIAN,
}
# US primary debate: a statement the lede makes in the debate, the field heard one by one after it
PRIMARY = (
    "Democrats pile on governor in Des Moines\n\n"
    "The Democratic candidates for governor on Tuesday lashed out at Gov. Kim Reynolds over rural hospital closures in "
    "a debate that could reshape the race.\n\n"
    "State Sen. Laura Price said the closures had left whole counties without a maternity ward.\n\n"
    "Former Des Moines mayor Dan Ortiz said the state should buy the hospitals outright.\n\n"
    "In an interview on Wednesday, Price told the Register that she would not attack her rivals."
)
ARTICLES["primary"] = PRIMARY

"""Articles written for gatherfire (thirty-third set): a gathering told once in narration with its day, then the
second, third and fourth people quoted at it. Each article: (name, shape, text, expected) where expected lists
(a piece of the statement's content, the channel piece, the time piece) for the later speakers at the gathering; a
channel named again ("told the same briefing") is carried as first named ("a press briefing", occasion.md)."""

from __future__ import annotations

import quotegraph
from quotegraph.model import Attribution

Expected = tuple[str, str | None, str | None]
ARTICLES: list[tuple[str, str, str, list[Expected]]] = [
    (
        "participle-hearing",
        "participle opener",
        "Minister defends rail budget\n\n"
        "Appearing before the transport committee at a hearing in Wellington on Wednesday, the Minister of Transport, "
        "Hemi Tawhiri, said the rail budget would not be cut.\n\n"
        "“We have made our choices and we will stand by them,” Tawhiri said.\n\n"
        "Committee member Laura Pickering said the department had ignored warnings from its own engineers.\n\n"
        "“These warnings were on the minister's desk for a year,” Pickering said.\n\n"
        "The chief executive of KiwiRail, Graham Sutherland, said repairs to the northern line would "
        "take three years.\n\n"
        "The committee will report to Parliament next month.",
        [
            ("the department had ignored warnings", "a hearing", "on Wednesday"),
            ("These warnings were on the minister", "a hearing", "on Wednesday"),
            ("repairs to the northern line", "a hearing", "on Wednesday"),
        ],
    ),
    (
        "trailing-news-conference",
        "gathering told in a clause after the first statement",
        "Flood warning lifted in Kendal\n\n"
        "The river has fallen below its warning level and families can return home, Kendal's mayor, Ruth Ashworth, "
        "told a news conference at the town hall on Tuesday.\n\n"
        "“The worst is behind us, but the clean-up will take months,” Ashworth said.\n\n"
        "Fire officer Daniel Okafor said crews had pumped water from more than 300 homes.\n\n"
        "“Some of those houses were under a metre of water,” Okafor said.\n\n"
        "Dr Priya Nair, the town's health officer, said residents should boil tap water until Friday.\n\n"
        "About 1,200 people left their homes at the weekend.",
        [
            ("crews had pumped water", "a news conference", "on Tuesday"),
            ("Some of those houses", "a news conference", "on Tuesday"),
            ("residents should boil tap water", "a news conference", "on Tuesday"),
        ],
    ),
    (
        "sat-beside-him",
        "who sat beside him / who also spoke at the briefing",
        "Police name suspect in Ghent bank robbery\n\n"
        "Ghent police chief Pieter Van Damme told a briefing at police headquarters on Thursday that the suspect had "
        "been identified from camera footage.\n\n"
        "“We know who he is and we will find him,” Van Damme said.\n\n"
        "Prosecutor Annelies De Smet, who sat beside him, said the man had two earlier convictions for robbery.\n\n"
        "“He is considered dangerous,” De Smet said.\n\n"
        "Bank spokesman Koen Peeters, who also spoke at the briefing, said no customers had been hurt.\n\n"
        "The robbery took place on Monday morning.",
        [
            ("the man had two earlier convictions", "a briefing", "on Thursday"),
            ("He is considered dangerous", "a briefing", "on Thursday"),
            ("no customers had been hurt", "a briefing", "on Thursday"),
        ],
    ),
    (
        "same-briefing",
        "told the same briefing",
        "Dengue cases rise in Cebu\n\n"
        "Cebu's provincial health officer, Dr. Maria Lourdes Villanueva, told a press briefing in Cebu City on Monday "
        "that dengue cases had doubled since June.\n\n"
        "“Our hospitals are full and our nurses are tired,” Villanueva said.\n\n"
        "Governor Ramon Dela Cruz told the same briefing that the province would hire 200 more nurses.\n\n"
        "“We will not let our people wait in corridors,” Dela Cruz said.\n\n"
        "Vice governor Teresita Bautista said schools would be sprayed over the weekend.\n\n"
        "The Department of Health has declared an outbreak in three towns.",
        [
            ("the province would hire 200 more nurses", "a press briefing", "on Monday"),
            ("We will not let our people wait", "a press briefing", "on Monday"),
            ("schools would be sprayed", "briefing", "on Monday"),
        ],
    ),
    (
        "public-hearing-residents",
        "At a public hearing ..., residents ...",
        "Residents oppose quarry expansion\n\n"
        "At a public hearing at the city hall on Monday, residents of Millbrook spoke against plans "
        "to double the size of "
        "the Harrow quarry.\n\n"
        "Janet Oyelaran, who lives on Quarry Lane, said the blasting already cracked her walls.\n\n"
        "“My grandchildren cannot sleep when the trucks start at five,” Oyelaran said.\n\n"
        "Another resident, Tomasz Wiśniewski, said the dust had made his asthma worse.\n\n"
        "A third, Helen McBride, said the town had been promised a new road a decade ago.\n\n"
        "The planning officer, Marcus Lee, said the company would have to monitor dust every day.\n\n"
        "The council will vote on the plans in March.",
        [
            ("the blasting already cracked her walls", "a public hearing", "on Monday"),
            ("My grandchildren cannot sleep", "a public hearing", "on Monday"),
            ("the dust had made his asthma worse", "a public hearing", "on Monday"),
            ("the town had been promised a new road", "a public hearing", "on Monday"),
            ("the company would have to monitor dust", "a public hearing", "on Monday"),
        ],
    ),
    (
        "village-assembly",
        "village assembly told as the event, no said-at",
        "Villagers reject dam compensation\n\n"
        "More than 400 villagers gathered for an assembly in the square of Ban Na Kham on Sunday to discuss the "
        "compensation offered for land to be flooded by the Nam Ou dam.\n\n"
        "Village head Somchai Phommavong said the offer was half what the land was worth.\n\n"
        "“We cannot buy new fields with this money,” Phommavong said.\n\n"
        "Farmer Khamla Sisavath said her family had farmed the valley for four generations.\n\n"
        "A district official, Bounmy Keovongsa, said the offer could be reviewed.\n\n"
        "The dam is due to be finished in 2028.",
        [
            ("the offer was half what the land was worth", "an assembly", "on Sunday"),
            ("We cannot buy new fields", "an assembly", "on Sunday"),
            ("her family had farmed the valley", "an assembly", "on Sunday"),
            ("the offer could be reviewed", "an assembly", "on Sunday"),
        ],
    ),
    (
        "council-meeting-event",
        "council meeting told as the event",
        "Council votes to close Ashby library\n\n"
        "Ashby district council voted on Thursday evening to close the town's library at a meeting attended by about "
        "80 residents.\n\n"
        "Councillor Deborah Whitlock, who leads the council, said the building needed repairs the council could not "
        "afford.\n\n"
        "“This is not a decision any of us wanted to make,” Whitlock said.\n\n"
        "Opposition councillor Imran Siddiqui said the library was the only warm place many pensioners had.\n\n"
        "Librarian Carol Fenwick said she had worked there for 31 years.\n\n"
        "The library will close in April.",
        [
            ("the building needed repairs", "a meeting", "on Thursday evening"),
            ("This is not a decision", "a meeting", "on Thursday evening"),
            ("the library was the only warm place", "a meeting", "on Thursday evening"),
            ("she had worked there for 31 years", "a meeting", "on Thursday evening"),
        ],
    ),
    (
        "lede-day-second-paragraph",
        "day in the lede, gathering in the second paragraph",
        "Ghana raises cocoa price\n\n"
        "ACCRA, Ghana (Wednesday) - Ghana's cocoa regulator raised the price paid to farmers by a "
        "fifth on Wednesday.\n\n"
        "Speaking at a news conference in Accra, the chief executive of the Ghana Cocoa Board, Kwame Asante, said the "
        "rise would reach farmers before the harvest.\n\n"
        "“Our farmers deserve a fair share of the world price,” Asante said.\n\n"
        "The board's finance director, Akosua Mensah, said the rise would be paid from a loan of 800 "
        "million dollars.\n\n"
        "Farmers' leader Yaw Boateng said the rise came too late for many.\n\n"
        "Cocoa prices have tripled in two years.",
        [
            ("the rise would be paid from a loan", "a news conference", "on Wednesday"),
            ("Our farmers deserve a fair share", "a news conference", "on Wednesday"),
        ],
    ),
    (
        "later-says",
        "present-perfect or says in a later paragraph",
        "Hospital warns of winter pressure\n\n"
        "The chief executive of St Columba's Hospital, Fiona MacLeod, told a board meeting in "
        "Inverness on Tuesday that "
        "waiting times in the emergency department had reached twelve hours.\n\n"
        "“Staff are doing everything they can,” MacLeod said.\n\n"
        "The hospital's medical director, Dr Alasdair Grant, said beds were being opened in a former ward.\n\n"
        "Board member Morag Campbell has said the hospital should have planned for winter months ago.\n\n"
        "Nurse Eilidh Fraser says staff are close to breaking point.\n\n"
        "The board meets again in January.",
        [
            ("beds were being opened in a former ward", "a board meeting", "on Tuesday"),
        ],
    ),
    (
        "body-spokesperson",
        "speaker a body's spokesperson",
        "Airport strike called off\n\n"
        "Union leaders and airport managers told a joint news conference in Lisbon on Friday that a strike planned for "
        "the holiday weekend had been called off.\n\n"
        "Union secretary general João Ferreira said workers would get a raise of 6 percent.\n\n"
        "“This is a victory for every worker at this airport,” Ferreira said.\n\n"
        "A spokeswoman for the airport operator ANA, Inês Carvalho, said flights would run as planned.\n\n"
        "“Passengers can travel with confidence,” she said.\n\n"
        "The strike would have cancelled 900 flights.",
        [
            ("workers would get a raise", "a joint news conference", "on Friday"),
            ("This is a victory for every worker", "a joint news conference", "on Friday"),
            ("flights would run as planned", "a joint news conference", "on Friday"),
            ("Passengers can travel with confidence", "a joint news conference", "on Friday"),
        ],
    ),
    (
        "cueless-quote-paragraph",
        "a quote paragraph with no cue between speakers",
        "Fishermen protest port closure\n\n"
        "Harbour master Ólafur Jónsson told a meeting of fishermen at the harbour office in Grindavík on Saturday that "
        "the port would stay closed for two more weeks.\n\n"
        "“The seabed has moved and the channel is not safe,” Jónsson said.\n\n"
        "Skipper Guðrún Sigurðardóttir said her crew had not earned anything since October.\n\n"
        "“We have boats and we have quotas, but we have no harbour.”\n\n"
        "Boat owner Einar Magnússon said the government should pay the crews while the port was shut.\n\n"
        "The harbour was damaged by earthquakes in November.",
        [
            ("her crew had not earned anything", "a meeting", "on Saturday"),
            ("We have boats and we have quotas", "a meeting", "on Saturday"),
            ("the government should pay the crews", "a meeting", "on Saturday"),
        ],
    ),
    (
        "committee-hearing-chair",
        "committee hearing, chair and members",
        "Senators question water utility\n\n"
        "The head of the Sacramento water utility, Daniel Ortega, told a state Senate committee at a "
        "hearing on Tuesday "
        "that rates would rise by 15 percent next year.\n\n"
        "“We cannot keep old pipes working for free,” Ortega said.\n\n"
        "Senator Linda Matsui, who chairs the committee, said families could not afford another rise.\n\n"
        "Senator Mark Halvorsen asked why the utility had paid bonuses to its managers.\n\n"
        "Ortega replied that the bonuses had been agreed in 2021.\n\n"
        "Consumer advocate Rosa Jiménez said the utility had broken its promises.\n\n"
        "The committee will hold a second hearing in May.",
        [
            ("families could not afford another rise", "a hearing", "on Tuesday"),
            ("the utility had broken its promises", "a hearing", "on Tuesday"),
        ],
    ),
    (
        "press-conference-yesterday",
        "British yesterday, four voices",
        "Mine rescue goes on\n\n"
        "Rescuers are still trying to reach four miners trapped underground in Cwm Tawe, the mine's owner told a press "
        "conference yesterday.\n\n"
        "Managing director Gareth Pryce said the men had air and water.\n\n"
        "“We are in contact with them every hour,” Pryce said.\n\n"
        "Chief fire officer Sian Llewellyn said a second shaft was being drilled.\n\n"
        "Rhodri Evans, whose brother is one of the miners, said the families were being kept informed.\n\n"
        "Health minister Eluned Price said the men would be taken to hospital in Swansea.\n\n"
        "The miners have been underground since Sunday.",
        [
            ("a second shaft was being drilled", "a press conference", "yesterday"),
            ("the families were being kept informed", "a press conference", "yesterday"),
            ("the men would be taken to hospital", "a press conference", "yesterday"),
        ],
    ),
    (
        "hearing-date",
        "court hearing with a date",
        "Judge hears challenge to mine permit\n\n"
        "Lawyers for the Kaska Dena told a judge at a hearing in Whitehorse on 12 March that the mine permit had been "
        "issued without consultation.\n\n"
        "Lawyer Sarah Whitefeather said the territory had never answered the nation's letters.\n\n"
        "“Consultation is not a courtesy, it is the law,” Whitefeather said.\n\n"
        "Government lawyer Paul Desrosiers said officials had met the nation four times.\n\n"
        "Chief Dennis Porter said the nation would go to the Supreme Court if it lost.\n\n"
        "The judge reserved her decision.",
        [
            ("the territory had never answered", "a hearing", "on 12 March"),
            ("Consultation is not a courtesy", "a hearing", "on 12 March"),
            ("officials had met the nation four times", "a hearing", "on 12 March"),
            ("the nation would go to the Supreme Court", "a hearing", "on 12 March"),
        ],
    ),
    (
        "briefing-narrated",
        "briefing told in narration, no first speaker",
        "Typhoon nears Okinawa\n\n"
        "Officials held a briefing at the prefectural office in Naha on Saturday as Typhoon Kanun approached.\n\n"
        "Governor Kenji Tamaki said schools and offices would close on Sunday.\n\n"
        "“Please stay indoors and away from the coast,” Tamaki said.\n\n"
        "Meteorologist Yuko Arakaki said winds could reach 200 kilometres an hour.\n\n"
        "Police chief Hiroshi Nakamura said roads to the north would be closed.\n\n"
        "The typhoon is expected to pass on Monday.",
        [
            ("schools and offices would close", "a briefing", "on Saturday"),
            ("Please stay indoors", "a briefing", "on Saturday"),
            ("winds could reach 200 kilometres", "a briefing", "on Saturday"),
            ("roads to the north would be closed", "a briefing", "on Saturday"),
        ],
    ),
    (
        "told-reporters-at",
        "told reporters at a news conference; then others",
        "Bus fares frozen in Nairobi\n\n"
        "Transport secretary Wanjiru Kamau told reporters at a news conference in Nairobi on Monday that bus fares "
        "would be frozen for six months.\n\n"
        "“Commuters have carried enough of the burden,” Kamau said.\n\n"
        "Matatu owners' chairman Simon Kimani said owners would accept the freeze if fuel taxes fell.\n\n"
        "“We are not against the people,” Kimani said.\n\n"
        "Otieno Ochieng, who speaks for the drivers' union, said drivers would end their strike.\n\n"
        "Fuel prices rose by 12 percent in July.",
        [
            ("owners would accept the freeze", "a news conference", "on Monday"),
            ("We are not against the people", "a news conference", "on Monday"),
            ("drivers would end their strike", "a news conference", "on Monday"),
        ],
    ),
    (
        "participle-speaking",
        "Speaking at a briefing ... participle, the speaker first",
        "Smog closes Almaty schools\n\n"
        "Speaking at a briefing in Almaty on Thursday, deputy mayor Aigerim Nurlanovna said schools would close for "
        "three days because of smog.\n\n"
        "“The air is not safe for children,” Nurlanovna said.\n\n"
        "Ecologist Daniyar Seitkali said the city's coal power station was the main cause.\n\n"
        "City health chief Marat Zhumabekov said hospital visits for asthma had risen by a third.\n\n"
        "The city has promised to switch the station to gas by 2030.",
        [
            ("the city's coal power station", "a briefing", "on Thursday"),
            ("hospital visits for asthma", "a briefing", "on Thursday"),
        ],
    ),
    (
        "meeting-with-residents",
        "a meeting with residents, officials and residents",
        "Tea estate workers demand pay rise\n\n"
        "Workers at the Glenloch tea estate met the estate's managers at a meeting in the estate hall on Tuesday to "
        "demand a rise in the daily wage.\n\n"
        "Union organiser Lakshmi Murugan said workers could not feed their families on the current wage.\n\n"
        "“We pluck the tea that the world drinks, and we go hungry,” Murugan said.\n\n"
        "Estate manager Ruwan Jayasinghe said the estate was losing money.\n\n"
        "Worker Selvi Rajendran said she had not bought meat for a year.\n\n"
        "The wage board meets next week.",
        [
            ("workers could not feed their families", "a meeting", "on Tuesday"),
            ("We pluck the tea", "a meeting", "on Tuesday"),
            ("the estate was losing money", "a meeting", "on Tuesday"),
            ("she had not bought meat", "a meeting", "on Tuesday"),
        ],
    ),
    (
        "press-conference-as-subject",
        "the gathering as the sentence subject",
        "Museum returns bronzes\n\n"
        "A news conference at the National Museum in Abuja on Friday marked the return of 20 bronzes from Germany.\n\n"
        "Museum director Abba Tijani said the bronzes would go on show in Benin City.\n\n"
        "“They have come home after 125 years,” Tijani said.\n\n"
        "German ambassador Annett Günther said Germany should have returned them long ago.\n\n"
        "Oba Ewuare II's representative, Chief Osaze Iyamu, said the palace would build a museum of its own.\n\n"
        "More bronzes are due to be returned next year.",
        [
            ("the bronzes would go on show", "A news conference", "on Friday"),
            ("They have come home after 125 years", "A news conference", "on Friday"),
            ("Germany should have returned them", "A news conference", "on Friday"),
            ("the palace would build a museum", "A news conference", "on Friday"),
        ],
    ),
    (
        "said-at-then-newcomers-noon",
        "said at ... then three newcomers",
        "Ferry company apologises\n\n"
        "The chief executive of Bosphorus Lines, Mehmet Yılmaz, apologised to passengers at a news conference in "
        "Istanbul on Wednesday after a ferry ran aground.\n\n"
        "“We failed our passengers and I am sorry,” Yılmaz said.\n\n"
        "Captain Ayşe Demir said the ferry's steering had failed in fog.\n\n"
        "“There was nothing the crew could do,” Demir said.\n\n"
        "Maritime authority spokesman Burak Kaya said an inquiry had been opened.\n\n"
        "No one was hurt.",
        [
            ("the ferry's steering had failed", "a news conference", "on Wednesday"),
            ("There was nothing the crew could do", "a news conference", "on Wednesday"),
            ("an inquiry had been opened", "a news conference", "on Wednesday"),
        ],
    ),
    (
        "hearing-narration-between",
        "a narrated paragraph between the voices",
        "Inquiry hears of ambulance delays\n\n"
        "Paramedic Joanne Hartley told the inquiry into the Castlegate fire at a hearing in Leeds on Monday that "
        "ambulances had waited forty minutes to reach the building.\n\n"
        "“We could see the smoke but we could not get through,” Hartley said.\n\n"
        "The inquiry was shown a map of the roads that had been closed for a festival.\n\n"
        "Fire commander Neil Baxter said the road closures had not been passed on to crews.\n\n"
        "Counsel to the inquiry, Amira Haddad, said the council had approved the closures a week before.\n\n"
        "The hearing continues on Tuesday.",
        [
            ("the road closures had not been passed on", "a hearing", "on Monday"),
            ("the council had approved the closures", "a hearing", "on Monday"),
        ],
    ),
    (
        "fono-ruling",
        "a council assembly, a fono",
        "Fono hears land dispute\n\n"
        "The village fono of Satupa'itea met on Saturday to hear a dispute between two families over a plantation.\n\n"
        "High chief Tuilagi Faleolo said the land had belonged to his family since before the court records.\n\n"
        "“Our fathers planted these trees,” Faleolo said.\n\n"
        "Talking chief Lemalu Siaosi, for the other family, said the court had ruled for them in 1987.\n\n"
        "Pastor Ioane Toleafoa said the families should settle the matter in the church.\n\n"
        "The fono will meet again next month.",
        [
            ("the land had belonged to his family", None, "on Saturday"),
            ("the court had ruled for them in 1987", None, "on Saturday"),
        ],
    ),
]

ARTICLES += [
    (
        "day-first-date-hearing",
        'a day-first date ("on 14 November")',
        "Council hears harbour plan\n\n"
        "Harbour director Rúni Joensen told a public hearing of the town council in Tórshavn on 14 November that the "
        "new quay would cost 300 million kroner.\n\n"
        "“The ships are bigger and the old quay cannot take them,” Joensen said.\n\n"
        "Council member Sólrun Hansen said the town could not borrow that much.\n\n"
        "Fisherman Jógvan Petersen said the quay should be built for fishing boats first.\n\n"
        "The council will vote in December.",
        [
            ("the town could not borrow that much", "a public hearing", "14 November"),
            ("the quay should be built for fishing boats", "a public hearing", "14 November"),
        ],
    ),
    (
        "day-first-date-briefing-year",
        "a day-first date with a year",
        "River erosion swallows village school\n\n"
        "The Water Development Board's chief engineer, Abdul Karim, told a briefing in Sirajganj on 3 August 2026 that "
        "the river had taken 200 homes in a month.\n\n"
        "“We are placing sandbags day and night,” Karim said.\n\n"
        "Deputy commissioner Nasrin Akter said families would be moved to a shelter in the town.\n\n"
        "Union council chairman Mohammad Rafiq said the embankment had been promised for ten years.\n\n"
        "The monsoon is expected to last until September.",
        [
            ("families would be moved to a shelter", "a briefing", "3 August 2026"),
            ("the embankment had been promised", "a briefing", "3 August 2026"),
        ],
    ),
    (
        "lede-gathering-no-first-speaker-day-first",
        "narrated meeting with a day-first date, all voices newcomers",
        "Farmers meet over salt water\n\n"
        "Rice farmers in Ben Tre province met district officials at the commune hall on 9 March to "
        "ask for help as salt "
        "water moved up the Mekong.\n\n"
        "Farmer Nguyen Van Tam said his fields had been ruined for the second year.\n\n"
        "“We have nothing to plant,” Tam said.\n\n"
        "District official Tran Thi Lan said the province would pay farmers to switch to coconuts.\n\n"
        "Farmer Le Van Hung said coconuts took five years to bear fruit.\n\n"
        "Salt water has reached 90 kilometres inland.",
        [
            ("his fields had been ruined", None, "9 March"),
            ("the province would pay farmers", None, "9 March"),
            ("coconuts took five years", None, "9 March"),
        ],
    ),
    (
        "hui-gathering",
        "a hui told in narration",
        "Hui backs track closure\n\n"
        "About 150 people gathered at Pukehapopo marae on Saturday for a hui on the spread of kauri dieback in the "
        "forest.\n\n"
        "Kaumatua Hemi Te Rangi said the forest's oldest trees were dying.\n\n"
        "“We are the guardians of this forest,” Te Rangi said.\n\n"
        "Conservation ranger Aroha Ngata said the tracks would be closed for two years.\n\n"
        "Tramper Ben Whitcombe said he would miss the walks but supported the closure.\n\n"
        "The tracks close on 1 December.",
        [
            ("the forest's oldest trees were dying", "a hui", "on Saturday"),
            ("the tracks would be closed for two years", "a hui", "on Saturday"),
            ("he would miss the walks", "a hui", "on Saturday"),
        ],
    ),
    (
        "presser-group-told",
        "a body's officials told a presser, a group first",
        "Ministry shows tomb finds\n\n"
        "Culture ministry officials told a news conference in Lima on Tuesday that the tomb of a Moche priestess had "
        "been found near Trujillo.\n\n"
        "Archaeologist Luis Jaime Castillo said the tomb was 1,200 years old.\n\n"
        "“She was a woman of great power,” Castillo said.\n\n"
        "Culture minister Fabricio Valencia said the finds would go on show next year.\n\n"
        "The tomb held gold masks and ceramics.",
        [
            ("the tomb was 1,200 years old", "a news conference", "on Tuesday"),
            ("She was a woman of great power", "a news conference", "on Tuesday"),
            ("the finds would go on show", "a news conference", "on Tuesday"),
        ],
    ),
    (
        "spokesperson-at-briefing",
        "a spokesperson first at a briefing, then officials",
        "Bird flu cull ordered\n\n"
        "A spokeswoman for the agriculture ministry, Marieke de Vries, told a briefing in Ede on "
        "Wednesday that 200,000 "
        "chickens would be culled.\n\n"
        "“The virus spreads fast and we have to stop it,” De Vries said.\n\n"
        "Poultry farmer Henk Jansen said he would lose his whole flock.\n\n"
        "Vet Sanne Bakker said the virus had been found on three farms.\n\n"
        "The cull begins on Thursday.",
        [
            ("he would lose his whole flock", "a briefing", "on Wednesday"),
            ("the virus had been found on three farms", "a briefing", "on Wednesday"),
        ],
    ),
    (
        "committee-says-later",
        "feature style: a committee hearing, later voices in 'says'",
        "Professor's dismissal questioned\n\n"
        "The university's president, Dr Karen Holt, defended the dismissal of a professor at a hearing of the state "
        "education committee on Thursday.\n\n"
        "“The lecture broke our rules on student safety,” Holt said.\n\n"
        "Committee chair Rep. David Ruiz said the university had not given the professor a chance to answer.\n\n"
        "The professor, Dr Samuel Adeyemi, said he had been dismissed by email.\n\n"
        "Student Maya Chen said many students had signed a letter in his support.\n\n"
        "The committee will report in January.",
        [
            ("the university had not given the professor", "a hearing", "on Thursday"),
            ("he had been dismissed by email", "a hearing", "on Thursday"),
            ("many students had signed a letter", "a hearing", "on Thursday"),
        ],
    ),
    (
        "quotes-only-after-lede-gathering",
        "the gathering in the lede, quotes each named at their words",
        "Akimat hears residents on smog\n\n"
        "ALMATY, 5 December — Residents packed a public hearing at the Almaty akimat on Thursday to demand action on "
        "the smog that has covered the city for weeks.\n\n"
        "“My children cough every night,” said Aliya Bekova, a teacher.\n\n"
        "Deputy akim Yerlan Abenov said the city would move 20 boiler houses to gas.\n\n"
        "“We know the people are angry,” Abenov said.\n\n"
        "Environmental activist Timur Kassymov said the promises had been made before.\n\n"
        "The akimat will publish its plan in January.",
        [
            ("My children cough every night", "a public hearing", "on Thursday"),
            ("the city would move 20 boiler houses", "a public hearing", "on Thursday"),
            ("the promises had been made before", "a public hearing", "on Thursday"),
        ],
    ),
]


def occasion_in(text: str, content: str) -> tuple[str | None, str | None]:
    """The channel and time the whole pipeline gives the first statement of ``text`` holding ``content``, read anew
    (a rule's flag patched holds)."""
    found = quotegraph.extract(text, "2026-11-02").attributions
    held = next(a for a in found if a.content is not None and content in a.content.text)
    return occasion_texts(held)


def occasion_texts(held: Attribution) -> tuple[str | None, str | None]:
    """The texts of ``held``'s channel and time."""
    return None if held.channel is None else held.channel.text, None if held.time is None else held.time.text

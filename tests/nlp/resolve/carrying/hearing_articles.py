"""Articles written for gatherrest (thirty-fourth set): a court hearing told once with its day, then the judge, an
administrator or receiver, the owner, a lawyer and a former worker quoted at it; a public or council meeting where one
speaker "told the meeting" and another replies. Each article: (name, shape, text, expected) where expected lists
(a piece of the statement's content, the channel's opening, the addressee, the time) for the later statements; a
channel of None means no channel of the gathering's (a statement made outside it, or none named)."""

from __future__ import annotations

Expected = tuple[str, str | None, str | None, str | None]
HEARINGS: list[tuple[str, str, str, list[Expected]]] = [
    (
        "bankruptcy-hearing-fronted",
        "At a hearing at the district court in X on Thursday, the administrator said; judge, owner, former worker",
        "Tartu sawmill owner asks for time to find a buyer\n\n"
        "At a hearing at the district court in Tartu on Thursday, the sawmill's administrator, Mart Kuusk, said the "
        "company owed its creditors 4.2 million euros.\n\n"
        "“There is no money left to pay anyone,” Kuusk said.\n\n"
        "Judge Liina Tamm said she would rule on the bankruptcy within two weeks.\n\n"
        "The owner of the sawmill, Priit Kask, told the court that a buyer from Finland had made an offer.\n\n"
        "“I have not given up on this mill,” Kask said.\n\n"
        "A former worker, Anneli Saar, said she was still owed three months' wages.\n\n"
        "The sawmill employed 140 people until it closed in June.",
        [
            ("she would rule on the bankruptcy", "a hearing at the district court", None, "on Thursday"),
            ("a buyer from Finland had made an offer", "a hearing at the district court", "the court", "on Thursday"),
            ("I have not given up on this mill", "a hearing at the district court", "the court", "on Thursday"),
            ("she was still owed three months", "a hearing at the district court", None, "on Thursday"),
        ],
    ),
    (
        "bail-hearing-court-heard",
        "At a bail hearing on Thursday, the court heard that ...; prosecutor told the court, lawyer, magistrate",
        "Port clerk refused bail in Mombasa\n\n"
        "At a bail hearing at the Mombasa Law Courts on Thursday, the court heard that a port clerk, Hassan Mwinyi, "
        "had been paid more than two million shillings by importers.\n\n"
        "Prosecutor Wanjiru Njeri told the court the clerk had tried to leave the country last week.\n\n"
        "“He had a ticket to Dubai in his pocket,” Njeri said.\n\n"
        "Mwinyi's lawyer, Omondi Otieno, said his client had three children and would not flee.\n\n"
        "Magistrate Fatuma Ali said the risk that he would leave was too great.\n\n"
        "The case returns to court in December.",
        [
            ("the clerk had tried to leave the country", "a bail hearing", "the court", "on Thursday"),
            ("He had a ticket to Dubai", "a bail hearing", "the court", "on Thursday"),
            ("his client had three children", "a bail hearing", None, "on Thursday"),
            ("the risk that he would leave was too great", "a bail hearing", None, "on Thursday"),
        ],
    ),
    (
        "hearing-held-passive",
        "A hearing ... was held at the district court on Thursday; receiver, owner told the court, judge; outside",
        "Ski resort's fate in court\n\n"
        "A hearing on the bankruptcy of the Vrhovec ski resort was held at the district court in Kranj on Thursday.\n\n"
        "The receiver, Tomaž Zupan, said the resort's lifts could be sold for about 3 million euros.\n\n"
        "“Nobody has offered more than that,” Zupan said.\n\n"
        "The resort's owner, Bojan Kralj, told the court that the snow had failed for three winters.\n\n"
        "Judge Nina Horvat said the sale would go ahead in March.\n\n"
        "Speaking outside the court, a former ski instructor, Maja Novak, said the village would not survive "
        "without the resort.\n\n"
        "The resort opened in 1974.",
        [
            ("the resort's lifts could be sold", "A hearing on the bankruptcy", None, "on Thursday"),
            ("Nobody has offered more than that", "A hearing on the bankruptcy", None, "on Thursday"),
            ("the snow had failed for three winters", "A hearing on the bankruptcy", "the court", "on Thursday"),
            ("the sale would go ahead in March", "A hearing on the bankruptcy", None, "on Thursday"),
            ("the village would not survive", None, None, None),
        ],
    ),
    (
        "sentencing-hearing-narrated",
        "jailed at a sentencing hearing on Tuesday (narration); defence solicitor, sheriff told the driver; after",
        "Lorry driver jailed over crash that killed cyclist\n\n"
        "A lorry driver who killed a cyclist on the A9 was jailed for four years at a sentencing hearing at "
        "Inverness Sheriff Court on Tuesday.\n\n"
        "Defence solicitor Calum Ross said his client, Darren Munro, had not slept for 20 hours before the crash.\n\n"
        "“He will carry this for the rest of his life,” Ross said.\n\n"
        "Sheriff Eilidh MacRae told Munro that he had chosen to keep driving.\n\n"
        "After the hearing, the cyclist's widow, Fiona Baird, told reporters that no sentence would bring her "
        "husband back.\n\n"
        "Police Scotland said lorry drivers must take their breaks.",
        [
            ("his client, Darren Munro, had not slept", "a sentencing hearing", None, "on Tuesday"),
            ("He will carry this for the rest of his life", "a sentencing hearing", None, "on Tuesday"),
            ("he had chosen to keep driving", "a sentencing hearing", "Munro", "on Tuesday"),
            ("no sentence would bring her husband back", None, "reporters", "After the hearing"),
        ],
    ),
    (
        "land-case-cueless",
        "a lawyer told the Land Court at a hearing on Monday; the other side, a quote paragraph with no cue, a judge",
        "Villagers challenge company's land titles\n\n"
        "Lawyer Somsak Chaiyaphum told the Land Court in Udon Thani at a hearing on Monday that the company's title "
        "deeds had been forged.\n\n"
        "“These papers were signed by an official who had died two years earlier,” Chaiyaphum said.\n\n"
        "The company's lawyer, Anan Srisuk, said the deeds had been checked by the land office.\n\n"
        "“The land office stands behind every one of them.”\n\n"
        "Village head Boonmee Thongdee said his family had farmed the land since 1962.\n\n"
        "Judge Wichai Rattanakorn said the court would send the deeds to a laboratory.\n\n"
        "The company grows sugar cane on the land.",
        [
            ("the deeds had been checked by the land office", "a hearing", None, "on Monday"),
            ("The land office stands behind every one", "a hearing", None, "on Monday"),
            ("his family had farmed the land since 1962", "a hearing", None, "on Monday"),
            ("the court would send the deeds", "a hearing", None, "on Monday"),
        ],
    ),
    (
        "court-heard-no-hearing-noun",
        "The court heard on Thursday that ...; the prosecutor, the defence lawyer, the judge, a former employee",
        "Accountant took charity's money, court told\n\n"
        "The court heard on Thursday that an accountant, Reza Tehrani, had taken 1.3 million dollars from a "
        "children's charity over six years.\n\n"
        "Prosecutor Leah Goldberg said Tehrani had spent the money on horses.\n\n"
        "“Every dollar was meant for a sick child,” Goldberg said.\n\n"
        "Defence lawyer Martin Okoye said his client had a gambling illness and had repaid part of the money.\n\n"
        "A former employee of the charity, Janelle Brooks, told the court that staff had lost their jobs.\n\n"
        "Judge Catherine Wu said she would sentence Tehrani next month.",
        [
            ("Tehrani had spent the money on horses", None, None, "on Thursday"),
            ("Every dollar was meant for a sick child", None, None, "on Thursday"),
            ("his client had a gambling illness", None, None, "on Thursday"),
            ("staff had lost their jobs", None, "the court", "on Thursday"),
            ("she would sentence Tehrani next month", None, None, "on Thursday"),
        ],
    ),
    (
        "mine-hearing-replied",
        "a lawyer told the court at a hearing on Wednesday; the other lawyer replied; a judge",
        "Families take mine owner to court\n\n"
        "A lawyer for the miners' families, Rosa Quispe, told the court in Oruro at a hearing on Wednesday that the "
        "company had ignored safety warnings.\n\n"
        "“Three men died because nobody listened,” Quispe said.\n\n"
        "The company's lawyer, Jorge Mamani, replied that the mine had been inspected in May.\n\n"
        "Judge Elena Condori said she would hear the inspectors next week.\n\n"
        "The mine has been closed since the accident.",
        [
            ("the mine had been inspected in May", "a hearing", "the court", "on Wednesday"),
            ("she would hear the inspectors next week", "a hearing", None, "on Wednesday"),
        ],
    ),
]

MEETINGS: list[tuple[str, str, str, list[Expected]]] = [
    (
        "council-told-the-meeting-replied",
        "At a meeting on Tuesday, a councillor told the meeting; the convener replied, then a quote",
        "Ferry fares row at island council\n\n"
        "At a meeting of the Western Isles council in Stornoway on Tuesday, councillor Iain Macaulay told the "
        "meeting that islanders were paying twice what mainland travellers paid.\n\n"
        "“We are an island, not a luxury,” Macaulay said.\n\n"
        "Transport convener Kenneth MacLeod replied that the fares were set by the government, not the council.\n\n"
        "“I share his anger, but this is not our decision,” MacLeod said.\n\n"
        "The council will write to the transport minister.",
        [
            (
                "the fares were set by the government",
                "a meeting of the Western Isles council",
                "the meeting",
                "on Tuesday",
            ),
            ("I share his anger", "a meeting of the Western Isles council", "the meeting", "on Tuesday"),
        ],
    ),
    (
        "public-meeting-responded",
        "a public meeting told in narration; a crofter told the meeting; the developer responded; a chairman",
        "Residents challenge wind farm plan\n\n"
        "About 200 people attended a public meeting in Tarbert village hall on Wednesday evening to hear plans for "
        "12 turbines on the hill above the village.\n\n"
        "Crofter Morag Maciver told the meeting the turbines would be seen from every house in the glen.\n\n"
        "“Nobody asked us whether we wanted this,” Maciver said.\n\n"
        "The developer's project manager, Stuart Kerr, responded that the turbines had been moved 400 metres "
        "further from the houses.\n\n"
        "Community council chairman Angus Morrison said a vote would be held next month.\n\n"
        "The developer hopes to start building in 2028.",
        [
            ("the turbines would be seen from every house", "a public meeting", "the meeting", "on Wednesday evening"),
            ("Nobody asked us whether we wanted this", "a public meeting", "the meeting", "on Wednesday evening"),
            ("the turbines had been moved 400 metres", "a public meeting", "the meeting", "on Wednesday evening"),
            ("a vote would be held next month", "a public meeting", None, "on Wednesday evening"),
        ],
    ),
    (
        "council-told-the-meeting-answered",
        "a councillor told the meeting of the city council on Thursday; the deputy mayor answered; pronoun quotes",
        "Bus contract row in Kaunas\n\n"
        "Opposition councillor Rūta Jankauskienė told a meeting of Kaunas city council on Thursday that the bus "
        "contract had been given to a friend of the mayor.\n\n"
        "“The people of this city deserve to know who wins from this,” she said.\n\n"
        "Deputy mayor Tomas Petrauskas answered that the contract had gone to the cheapest bidder.\n\n"
        "“Every offer is on the council's website,” he said.\n\n"
        "The council voted 24 to 13 to keep the contract.",
        [
            (
                "the contract had gone to the cheapest bidder",
                "a meeting of Kaunas city council",
                "a meeting of Kaunas city council",
                "on Thursday",
            ),
            (
                "Every offer is on the council's website",
                "a meeting of Kaunas city council",
                "a meeting of Kaunas city council",
                "on Thursday",
            ),
        ],
    ),
    (
        "special-meeting-told-councillors-responded",
        "At a special meeting on Monday night, a resident told councillors; the mayor responded",
        "Residents oppose quarry road\n\n"
        "At a special meeting of Dunmore town council on Monday night, resident Bríd Kavanagh told councillors that "
        "lorries already passed the school every four minutes.\n\n"
        "“Somebody's child will be killed on that road,” Kavanagh said.\n\n"
        "Mayor Declan Furlong responded that the council had asked the quarry to use the bypass.\n\n"
        "Councillor Siobhán Nolan said the road should be closed to lorries at school times.\n\n"
        "The quarry did not reply to a request for comment.",
        [
            (
                "the council had asked the quarry",
                "a special meeting of Dunmore town council",
                "councillors",
                "on Monday night",
            ),
            (
                "the road should be closed to lorries",
                "a special meeting of Dunmore town council",
                None,
                "on Monday night",
            ),
        ],
    ),
    (
        "told-the-meeting-then-elsewhere",
        "a resident told the meeting on Monday; the mayor told reporters after the meeting; the company replied in "
        "a statement on Tuesday",
        "Row over harbour car park\n\n"
        "At a public meeting in Kinsale on Monday, fisherman Tadhg Murphy told the meeting that the new car park "
        "would take the space where boats were mended.\n\n"
        "“We have mended nets on that quay for a hundred years,” Murphy said.\n\n"
        "Mayor Gráinne Walsh told reporters after the meeting that the plans could still change.\n\n"
        "On Tuesday, the developer replied in a statement that the boat yard would move to the old pier.\n\n"
        "The council will decide in March.",
        [
            ("the plans could still change", None, "reporters", "after the meeting"),
            ("the boat yard would move to the old pier", "a statement", None, "On Tuesday"),
        ],
    ),
]

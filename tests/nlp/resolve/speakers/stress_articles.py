"""Articles written for speakerstress (thirty-fifth set): short news stories in the shapes where pages nobody tuned on
lose the speaker. A report nested inside someone's words and given to a place or an agency named near it; a document
as the speaker; a currency word beside a name; a rank or title abbreviation before a name; a collective place of
people (a gallery, a crowd) as the speaker; a surname or given name alone after the full name, in naming traditions
where the family name comes first or a patronymic is used. Every article: (name, shape, text, expected), where
expected lists (a piece only that statement's content holds, the speaker's name as the page scorer checks it: the
expected name is contained in the system's, case aside). The expected speakers were written before any run."""

from __future__ import annotations

Expected = tuple[str, str]
ARTICLES: list[tuple[str, str, str, list[Expected]]] = [
    (
        "nested-place-and-agency",
        "residents in a place, an agency's warning and figures from a body, reported inside a speaker's words",
        "Cholera cases rise in camps around Goma\n\n"
        "Health officials in North Kivu reported 312 new cholera cases on Tuesday, most of them in camps around "
        "Goma.\n\n"
        "Dr Aline Mukendi, who runs a treatment centre in Kanyaruchinya, said the centre had run out of beds on "
        "Monday night.\n\n"
        "“Residents in Goma said the water from the lake had tasted of salt for a week, and we believe that is where "
        "it started,” Mukendi said.\n\n"
        "The provincial health minister, Jean-Claude Bahati, said 40 water tanks would arrive by Friday.\n\n"
        "“According to figures from the World Health Organization, one in five cases is a child under five,” Bahati "
        "told reporters.\n\n"
        "A camp leader, Espérance Uwimana, said families were boiling water when they could find charcoal.\n\n"
        "The weather agency had warned in March that the rains would flood the latrines, she said.",
        [
            ("the centre had run out of beds", "Aline Mukendi"),
            ("we believe that is where it started", "Aline Mukendi"),
            ("40 water tanks would arrive", "Jean-Claude Bahati"),
            ("one in five cases is a child", "Jean-Claude Bahati"),
            ("families were boiling water", "Espérance Uwimana"),
            ("The weather agency had warned", "Espérance Uwimana"),
        ],
    ),
    (
        "nested-villagers-in-quote",
        "villagers in a place and a ministry's count reported inside a quote; the speaker named by surname after",
        "Flood waters cut road to Chauhali\n\n"
        "The river rose above its danger mark at Sirajganj on Wednesday, cutting the only road to three villages.\n\n"
        "Abdul Karim Mollah, the upazila's chief executive, said 1,200 families had left their homes.\n\n"
        "“People in Chauhali told us the embankment gave way before dawn,” Mollah said.\n\n"
        "“The water ministry says more rain is coming, so we have opened four schools as shelters,” he said.\n\n"
        "Rokeya Begum, who farms two acres by the river, said she had lost her whole rice crop.\n\n"
        "“Villagers in Enayetpur say the same thing happened in 2020 and nobody came,” Begum said.",
        [
            ("1,200 families had left their homes", "Abdul Karim Mollah"),
            ("the embankment gave way before dawn", "Abdul Karim Mollah"),
            ("we have opened four schools as shelters", "Abdul Karim Mollah"),
            ("she had lost her whole rice crop", "Rokeya Begum"),
            ("nobody came", "Rokeya Begum"),
        ],
    ),
    (
        "document-signed-reply-judgment",
        "a reply signed by a named officer; the same reply read again; a court's judgment that reads",
        "Quarry appeal turned down\n\n"
        "An iwi's appeal against the Whareroa quarry was turned down on Wednesday.\n\n"
        "The council's reply, signed by its chief executive, Hemi Tautahi, said the quarry had met every condition "
        "of its consent.\n\n"
        "“The applicant has shown that dust will be kept on site,” the reply reads.\n\n"
        "The iwi's chairwoman, Moana Rāwiri, said the reply had ignored the river.\n\n"
        "The Environment Court ruled in May that the consent could stand for ten years.\n\n"
        "“The court is not persuaded that the river will suffer,” the judgment reads.\n\n"
        "Rāwiri said the iwi would take the case to the High Court.",
        [
            ("met every condition", "Hemi Tautahi"),
            ("dust will be kept on site", "Hemi Tautahi"),
            ("the reply had ignored the river", "Moana Rāwiri"),
            ("not persuaded that the river will suffer", "Environment Court"),
            ("take the case to the High Court", "Moana Rāwiri"),
        ],
    ),
    (
        "document-letter-from-body",
        "a letter from a ministry said; a notice issued by a company says; people named after",
        "Fishers told to leave Lake Naivasha landing\n\n"
        "About 300 fishers at the Karagita landing were ordered on Monday to leave within fourteen days.\n\n"
        "A letter from the Ministry of Lands, dated 3 October, said the landing stood on public land.\n\n"
        "The letter said the fishers had been warned twice before.\n\n"
        "A notice issued by the Naivasha Water Company says the shoreline will be fenced in November.\n\n"
        "The fishers' chairman, Joseph Odhiambo Ouma, said nobody had ever warned them.\n\n"
        "“Where do they want us to land our boats?” Ouma asked.",
        [
            ("the landing stood on public land", "Ministry of Lands"),
            ("the fishers had been warned twice before", "Ministry of Lands"),
            ("the shoreline will be fenced", "Naivasha Water Company"),
            ("nobody had ever warned them", "Joseph Odhiambo Ouma"),
            ("Where do they want us to land", "Joseph Odhiambo Ouma"),
        ],
    ),
    (
        "currency-lari-beside-names",
        "a currency word (Lari) opening a quote and standing before a pronoun's statement",
        "Georgian wine exporters count the cost of a ban\n\n"
        "Giorgi Beridze, who runs a winery in Telavi, said his company had cut the price of a bottle to 12 Lari.\n\n"
        "He said the winery had laid off nine of its 40 workers since June.\n\n"
        "“Lari buys less every month, and our costs are in euros,” Beridze said.\n\n"
        "Nino Kapanadze, an economist at Tbilisi State University, said exporters had lost 40 million Lari.\n\n"
        "She said a weaker currency had helped them more than it had hurt.\n\n"
        "“Kakheti cannot live on one market,” Kapanadze said.",
        [
            ("cut the price of a bottle", "Giorgi Beridze"),
            ("laid off nine of its 40 workers", "Giorgi Beridze"),
            ("buys less every month", "Giorgi Beridze"),
            ("exporters had lost 40 million", "Nino Kapanadze"),
            ("a weaker currency had helped them", "Nino Kapanadze"),
            ("Kakheti cannot live on one market", "Nino Kapanadze"),
        ],
    ),
    (
        "currency-ringgit-malay-bin",
        "Malay names with bin / binti, a Datuk Seri title, the currency word Ringgit opening a quote",
        "Durian farmers in Raub refuse to leave\n\n"
        "Farmers in Raub said on Saturday they would not leave land their families had worked for forty years.\n\n"
        "Their spokesman, Mohd Fauzi bin Ismail, said each farmer had been offered 5,000 Ringgit to leave.\n\n"
        "“Ringgit will not replace trees that took twenty years to grow,” Fauzi said.\n\n"
        "He said the state had not answered a letter the farmers sent in June.\n\n"
        "Pahang's agriculture executive councillor, Datuk Seri Razak bin Hamid, said the land belonged to the "
        "state.\n\n"
        "Siti Aminah binti Yusof, a farmer, said she had sold 30,000 Ringgit of fruit last season.\n\n"
        "She said the offer was an insult.",
        [
            ("offered 5,000 Ringgit to leave", "Mohd Fauzi bin Ismail"),
            ("will not replace trees", "Mohd Fauzi bin Ismail"),
            ("had not answered a letter", "Mohd Fauzi bin Ismail"),
            ("the land belonged to the state", "Razak bin Hamid"),
            ("sold 30,000 Ringgit of fruit", "Siti Aminah binti Yusof"),
            ("the offer was an insult", "Siti Aminah binti Yusof"),
        ],
    ),
    (
        "rank-abbreviations-police",
        "police ranks and titles abbreviated before a name (CSP, Supt., Insp., Cllr), then the surname with its rank",
        "Three held over Musanze bus crash\n\n"
        "Three men were arrested on Sunday after a bus carrying 52 passengers left the road near Musanze.\n\n"
        "Police spokesman CSP Jean Bosco Habimana said the driver had been at the wheel for eighteen hours.\n\n"
        "“The bus had no valid inspection certificate,” CSP Habimana said.\n\n"
        "Supt. Grace Uwase, the district traffic commander, said speed cameras would be placed on the road.\n\n"
        "Insp. Olivier Nkurunziza said two of the injured were still in hospital.\n\n"
        "Cllr Marie Mukamana, who represents the ward where the crash happened, said residents had asked for a "
        "barrier for years.\n\n"
        "“We warned them,” Cllr Mukamana said.",
        [
            ("at the wheel for eighteen hours", "Jean Bosco Habimana"),
            ("no valid inspection certificate", "Jean Bosco Habimana"),
            ("speed cameras would be placed", "Grace Uwase"),
            ("two of the injured were still in hospital", "Olivier Nkurunziza"),
            ("asked for a barrier for years", "Marie Mukamana"),
            ("We warned them", "Marie Mukamana"),
        ],
    ),
    (
        "rank-abbreviations-titles",
        "Engr., Hon., ASP, Sgt and Mwalimu before names; later the surname with its abbreviation",
        "Bridge in Onitsha closed after cracks found\n\n"
        "The old Niger bridge approach at Onitsha was closed to lorries on Tuesday after engineers found cracks.\n\n"
        "The state works commissioner, Engr. Chukwuemeka Obiora, said the cracks had widened since April.\n\n"
        "Hon. Adaeze Nwankwo, who represents Onitsha North, said traders had lost a week of business.\n\n"
        "ASP Ibrahim Musa, the police spokesman, said officers would turn lorries back at Upper Iweka.\n\n"
        "“Anyone who drives a lorry onto that bridge will be arrested,” ASP Musa said.\n\n"
        "Engr. Obiora said repairs would take six weeks.",
        [
            ("the cracks had widened since April", "Chukwuemeka Obiora"),
            ("traders had lost a week of business", "Adaeze Nwankwo"),
            ("turn lorries back at Upper Iweka", "Ibrahim Musa"),
            ("drives a lorry onto that bridge", "Ibrahim Musa"),
            ("repairs would take six weeks", "Chukwuemeka Obiora"),
        ],
    ),
    (
        "gallery-and-crowd",
        "the public gallery, the crowd outside and one woman in the gallery as speakers at a council vote",
        "Councillors vote to close Kilrush clinic\n\n"
        "Councillors in Kilrush voted seven to two on Monday night to close the town's walk-in clinic.\n\n"
        "Councillor Siobhán Ní Bhriain said the health board had given the council no choice.\n\n"
        "“Shame on you,” the public gallery shouted as the result was read.\n\n"
        "The crowd outside the chamber chanted that the clinic must stay open.\n\n"
        "Mayor Pádraig Ó Súilleabháin said he understood the anger but the numbers did not add up.\n\n"
        "“I have a mother who needs that clinic,” one woman in the gallery said.",
        [
            ("given the council no choice", "Siobhán Ní Bhriain"),
            ("Shame on you", "public gallery"),
            ("the clinic must stay open", "crowd"),
            ("the numbers did not add up", "Pádraig Ó Súilleabháin"),
            ("I have a mother who needs that clinic", "woman"),
        ],
    ),
    (
        "vietnamese-given-name-after",
        "Vietnamese names, called by the given name (the last word) after the full name",
        "Hanoi to keep motorbikes out of the Old Quarter\n\n"
        "Hanoi's People's Committee on Thursday approved a plan to keep motorbikes out of the Old Quarter from "
        "2027.\n\n"
        "Vice-chairman Nguyen Manh Quyen said the ban would start on weekends.\n\n"
        "“We will add electric buses first,” Quyen said.\n\n"
        "Tran Thi Lan, who sells noodle soup on Hang Bac street, said most of her customers came by motorbike.\n\n"
        "“Without them I close,” Lan said.\n\n"
        "Pham Van Hoa, a traffic researcher, said a similar ban in Hoi An had halved the noise.\n\n"
        "Hoa said Hanoi's buses were not yet ready.",
        [
            ("the ban would start on weekends", "Nguyen Manh Quyen"),
            ("We will add electric buses first", "Nguyen Manh Quyen"),
            ("most of her customers came by motorbike", "Tran Thi Lan"),
            ("Without them I close", "Tran Thi Lan"),
            ("had halved the noise", "Pham Van Hoa"),
            ("buses were not yet ready", "Pham Van Hoa"),
        ],
    ),
    (
        "family-name-first-east-asia",
        "Chinese and Korean names (family name first, called by it) and a Mongolian one (called by the given name)",
        "Dust storm closes schools across three capitals\n\n"
        "A dust storm from the Gobi closed schools in Ulaanbaatar, Beijing and Seoul on Friday.\n\n"
        "Ulaanbaatar's mayor, Khishgee Nyambaatar, said the city had handed out 200,000 masks.\n\n"
        "“Children will stay home until the air clears,” Nyambaatar said.\n\n"
        "Zhang Liwei, a meteorologist in Beijing, said the storm was the strongest since 2021.\n\n"
        "Zhang said winds would ease on Sunday.\n\n"
        "In Seoul, Park Ji-won, a paediatrician, said her clinic had seen twice as many children with coughs.\n\n"
        "“Parents should keep windows shut,” Park said.",
        [
            ("handed out 200,000 masks", "Khishgee Nyambaatar"),
            ("Children will stay home", "Khishgee Nyambaatar"),
            ("the strongest since 2021", "Zhang Liwei"),
            ("winds would ease on Sunday", "Zhang Liwei"),
            ("twice as many children with coughs", "Park Ji-won"),
            ("Parents should keep windows shut", "Park Ji-won"),
        ],
    ),
    (
        "patronymics-iceland-ethiopia-tamil",
        "an Icelandic and an Ethiopian name, called by the given name; a Tamil name with an initial, called by the "
        "name after it; a Hungarian name",
        "Geothermal drilling deal signed in Addis Ababa\n\n"
        "Iceland and Ethiopia signed a deal on Wednesday to drill four geothermal wells near Lake Langano.\n\n"
        "Guðrún Hallgrímsdóttir, who leads the Icelandic drilling team, said the first well would be finished in "
        "2028.\n\n"
        "“The heat there is closer to the surface than at home,” Guðrún said.\n\n"
        "Ethiopia's water minister, Tigist Haile, said the wells would power 200,000 homes.\n\n"
        "Tigist said the government would pay a third of the cost.\n\n"
        "K. Selvaraj, an engineer from Chennai who worked on the survey, said the site had been mapped in 2024.\n\n"
        "“We found the hottest rock in the east of the field,” Selvaraj said.\n\n"
        "Péter Kovács, a geologist from Budapest, said earthquakes in the rift were a risk.\n\n"
        "Kovács said the wells would be cased in steel.",
        [
            ("the first well would be finished", "Guðrún Hallgrímsdóttir"),
            ("closer to the surface than at home", "Guðrún Hallgrímsdóttir"),
            ("would power 200,000 homes", "Tigist Haile"),
            ("pay a third of the cost", "Tigist Haile"),
            ("the site had been mapped in 2024", "K. Selvaraj"),
            ("the hottest rock in the east", "K. Selvaraj"),
            ("earthquakes in the rift were a risk", "Péter Kovács"),
            ("cased in steel", "Péter Kovács"),
        ],
    ),
    (
        "surname-after-full-name-agencies",
        "surnames alone after the full name with an agency and a ministry named between; an agency's warning in "
        "narration",
        "Heatwave warning for northern Ghana\n\n"
        "The Ghana Meteorological Agency warned on Monday that temperatures in Tamale could reach 44C this week.\n\n"
        "Kwame Asante Boateng, a forecaster at the agency, said the heat would last until Saturday.\n\n"
        "The Ministry of Health told hospitals to keep beds free for heatstroke patients.\n\n"
        "“Old people and children should stay indoors between noon and four,” Boateng said.\n\n"
        "Abena Mensah-Owusu, a nurse at Tamale Teaching Hospital, said six people had been treated on Sunday.\n\n"
        "Mensah-Owusu said the hospital had run short of fans.",
        [
            ("the heat would last until Saturday", "Kwame Asante Boateng"),
            ("should stay indoors between noon and four", "Kwame Asante Boateng"),
            ("six people had been treated", "Abena Mensah-Owusu"),
            ("run short of fans", "Abena Mensah-Owusu"),
        ],
    ),
    # Written for speakernames (thirty-sixth set), short news stories in the speaker shapes the last blind pages lost,
    # each in several news traditions. A forename abbreviated with a stop ("Ma." for Maria in the Philippines, "Md." and
    # "Mohd." in Bangladesh and Malaysia, "Wm." and "Jas." in old British and American usage) before the rest of the
    # name; a noun that is no one taken as a speaker (an MP's "question", "her two young children", "the public
    # gallery"); a person named as an association's chair speaking; "according to" a report that names a body inside it;
    # a question, a letter or a complaint from a named person "who asked" (the thing was the speaker). Their expected
    # speakers were written before any run, as a reader takes them: a person speaking as a body's chair is the person
    # (the pages name the person), a report is its maker's, not a body it cites.
    (
        "filipino-ma-councilor",
        "Filipino names with 'Ma.' for Maria after a title and at a sentence's start; surnames later",
        "Quezon City council backs flood levy\n\n"
        "QUEZON CITY — The city council on Monday approved a levy on new subdivisions to pay for flood pumps.\n\n"
        "Councilor Ma. Theresa Reyes, who wrote the ordinance, said the pumps in Barangay Tatalon had failed twice "
        "this year.\n\n"
        "“We cannot ask families to wade through the water every August,” Reyes said.\n\n"
        "Ma. Cristina Villanueva, president of a homeowners' group in Barangay Roxas, said the levy would fall on "
        "buyers, not developers.\n\n"
        "“They will simply raise the prices,” Villanueva told reporters.\n\n"
        "Vice Mayor Gian Sotto said the council would review the levy after a year.",
        [
            ("the pumps in Barangay Tatalon had failed", "Ma. Theresa Reyes"),
            ("wade through the water", "Reyes"),
            ("the levy would fall on buyers", "Ma. Cristina Villanueva"),
            ("They will simply raise the prices", "Villanueva"),
            ("review the levy after a year", "Gian Sotto"),
        ],
    ),
    (
        "bangladeshi-md-malaysian-mohd",
        "'Md.' and 'Mohd.' before a Bangladeshi and a Malaysian name; the name named whole, then the last part alone",
        "Garment exports to Malaysia halted at Chittagong\n\n"
        "Some 40 containers of garments bound for Port Klang have been held at Chittagong since Thursday.\n\n"
        "Md. Rafiqul Islam, a director of the exporters' association, said the buyers had been told of the delay.\n\n"
        "“Every day in port costs us money we do not have,” Islam said.\n\n"
        "In Kuala Lumpur, Mohd. Azmi Abdullah, an official of the trade ministry, said the shipments would be "
        "inspected on arrival.\n\n"
        "“There is no ban on Bangladeshi goods,” Azmi said.",
        [
            ("the buyers had been told of the delay", "Md. Rafiqul Islam"),
            ("Every day in port costs us", "Islam"),
            ("the shipments would be inspected", "Mohd. Azmi Abdullah"),
            ("There is no ban on Bangladeshi goods", "Azmi"),
        ],
    ),
    (
        "old-forms-wm-jas",
        "'Wm.' and 'Jas.' before a surname in a report of a parish meeting and a letter; a trust's chair",
        "Parish votes to keep the lych-gate\n\n"
        "Parishioners voted on Sunday to repair the church's lych-gate rather than take it down.\n\n"
        "Wm. Hartley, the churchwarden, said the oak posts could be saved for about £4,000.\n\n"
        "“It has stood since 1887 and it will stand a while longer,” Hartley said.\n\n"
        "Jas. Pennington, who chairs the village trust, said the trust would pay half the cost.\n\n"
        "Pennington said a second appeal would open in the spring.",
        [
            ("the oak posts could be saved", "Wm. Hartley"),
            ("it will stand a while longer", "Hartley"),
            ("the trust would pay half the cost", "Jas. Pennington"),
            ("a second appeal would open", "Pennington"),
        ],
    ),
    (
        "question-and-children",
        "an MP's question and a woman's children as nouns that are no speakers; the MP and the woman are",
        "Minister pressed over school bus cuts\n\n"
        "The education minister faced questions in parliament on Wednesday over cuts to rural school buses.\n\n"
        "Her question was whether the minister had read the council's report before the cuts, said Aroha Ngata, the "
        "MP for Te Tai Hauāuru.\n\n"
        "The minister, Erica Stanford, said the report had arrived after the decision.\n\n"
        "Ngata said her office had heard from forty families.\n\n"
        "One mother, Mere Tipene, said her two young children now walked four kilometres to the bus stop.\n\n"
        "“My two young children are seven and nine, and the road has no footpath,” Tipene said.",
        [
            ("whether the minister had read the council's report", "Aroha Ngata"),
            ("the report had arrived after the decision", "Erica Stanford"),
            ("her office had heard from forty families", "Aroha Ngata"),
            ("now walked four kilometres", "Mere Tipene"),
            ("the road has no footpath", "Mere Tipene"),
        ],
    ),
    (
        "public-gallery-speaker",
        "people speaking from the public gallery, named; the gallery itself no speaker of their words",
        "Council delays vote on bus depot\n\n"
        "NAIROBI — The county assembly on Thursday put off a vote on moving the Kangemi bus depot after protests "
        "from the public gallery.\n\n"
        "From the public gallery, Wanjiru Kamau, a trader at the depot, said 300 stalls would be lost.\n\n"
        "Speaking from the public gallery, Otieno Ochieng said the traders had not been consulted.\n\n"
        "The assembly's speaker, Ken Ng'ondi, said the vote would be held next week.\n\n"
        "“We will hear the traders first,” Ng'ondi said.",
        [
            ("300 stalls would be lost", "Wanjiru Kamau"),
            ("the traders had not been consulted", "Otieno Ochieng"),
            ("the vote would be held next week", "Ken Ng'ondi"),
            ("We will hear the traders first", "Ng'ondi"),
        ],
    ),
    (
        "chair-of-an-association",
        "a person named as an association's chair, speaking; the association named before her and after",
        "Tenants fight rent rise at Riverside estate\n\n"
        "The Riverside Tenants' Association said on Friday it would take the landlord to the rent tribunal.\n\n"
        "The association's chairwoman, Patricia Okonkwo, said 120 households had signed the complaint.\n\n"
        "“Nobody here can find another £200 a month,” Okonkwo said.\n\n"
        "Speaking for the association, its secretary, Daniel Rees, said the landlord had ignored three letters.\n\n"
        "The landlord, Greystone Homes, said in a statement that the rise followed the market.",
        [
            ("120 households had signed", "Patricia Okonkwo"),
            ("Nobody here can find another", "Okonkwo"),
            ("ignored three letters", "Daniel Rees"),
            ("the rise followed the market", "Greystone Homes"),
        ],
    ),
    (
        "according-to-a-report",
        "'according to' a report that names a body inside it; the report's maker is the speaker",
        "Hospital waits longest in a decade\n\n"
        "Patients waited an average of 19 weeks for surgery last year, according to a report by the National Audit "
        "Office published on Tuesday.\n\n"
        "According to the report by the Auditor-General, the Ministry of Health had cut 300 beds since 2019.\n\n"
        "The ministry said in a statement that the beds had been moved to day clinics.\n\n"
        "According to a survey by the Nurses' Union of the staff at 40 hospitals, one nurse in three plans to leave.",
        [
            ("an average of 19 weeks", "National Audit Office"),
            ("had cut 300 beds", "Auditor-General"),
            ("moved to day clinics", "ministry"),
            ("one nurse in three plans to leave", "Nurses' Union"),
        ],
    ),
    (
        "question-from-an-mp",
        "a question, a letter and a complaint from a named person, who asked or wrote: the person, not the thing",
        "Ministers pressed on school funding\n\n"
        "KUALA LUMPUR — The education minister, Fadhlina Sidek, told the Dewan Rakyat on Tuesday that no school "
        "would lose its funding this year.\n\n"
        "She was replying to a question from Wong Kah Seng (PH-Bukit Mertajam), who asked whether rural schools would "
        "be merged.\n\n"
        "In Wellington, the minister received a letter from Aroha Ngata, who wrote that forty families had lost their "
        "school bus.\n\n"
        "In Cardiff, the council's cabinet heard a complaint from Cllr Jane Dodd, who said that the Ysgol Pen-y-Bryn "
        "roof had leaked for two winters.\n\n"
        "The council's leader, Huw Thomas, said the roof would be repaired by March.",
        [
            ("no school would lose its funding", "Fadhlina Sidek"),
            ("whether rural schools would be merged", "Wong Kah Seng"),
            ("forty families had lost their school bus", "Aroha Ngata"),
            ("roof had leaked for two winters", "Jane Dodd"),
            ("the roof would be repaired by March", "Huw Thomas"),
        ],
    ),
    (
        "inquest-counsel-named",
        "a role noun before the name it introduces: counsel assisting, counsel for the family, senior counsel",
        "Inquest hears of delays at Mount Gambier hospital\n\n"
        "The inquest into the death of Jarrah Wilson, 17, opened before the State Coroner in Adelaide on Tuesday.\n\n"
        "Counsel assisting the coroner, Rebecca Tonkin, told the court the teenager had waited six hours to be "
        "seen.\n\n"
        "Counsel for the family, Michael Dwyer, said the hospital had known for a year that it was short of staff.\n\n"
        "Senior Counsel Andrew Lim, for the health network, said the nurses on duty had followed every protocol.\n\n"
        "Ms Tonkin said the court would hear from eleven witnesses over four days.",
        [
            ("had waited six hours to be seen", "Rebecca Tonkin"),
            ("had known for a year", "Michael Dwyer"),
            ("had followed every protocol", "Andrew Lim"),
            ("would hear from eleven witnesses", "Rebecca Tonkin"),
        ],
    ),
    (
        "crown-prosecutor-named",
        "a prosecutor's role written before the name without a comma, in a Canadian and a New Zealand court",
        "Jury hears closing arguments in Saskatoon arson trial\n\n"
        "Crown prosecutor Jennifer Claxton-Viczko told the jury the fire had been set with gasoline in two rooms.\n\n"
        "Defence lawyer Brian Pfefferle said there was no evidence his client had been in the house that night.\n\n"
        "In Auckland, Crown solicitor Aaron Perkins told the High Court the company had ignored three warnings.\n\n"
        "Counsel for the company, Tiho Mijatov, said the warnings had been sent to the wrong address.",
        [
            ("had been set with gasoline", "Jennifer Claxton-Viczko"),
            ("no evidence his client had been", "Brian Pfefferle"),
            ("had ignored three warnings", "Aaron Perkins"),
            ("sent to the wrong address", "Tiho Mijatov"),
        ],
    ),
    (
        "three-part-names-kenya",
        "East African three-part names after a title and an office; the title and surname later",
        "Senators question university over unpaid lecturers\n\n"
        "NAIROBI — The dean of the School of Agriculture, Prof Daniel Kiptoo Rotich, told senators on Thursday that "
        "lecturers had not been paid for four months.\n\n"
        "The vice-chancellor, Prof Esther Wanjiku Kamau, said the university owed the tax authority Sh1.2 billion.\n\n"
        "Prof Rotich said some lecturers had left for universities in Rwanda.\n\n"
        "Senator Ali Ibrahim Roba said the committee would summon the Treasury.\n\n"
        "Prof Kamau said a recovery plan would be ready by March.",
        [
            ("had not been paid for four months", "Daniel Kiptoo Rotich"),
            ("owed the tax authority", "Esther Wanjiku Kamau"),
            ("had left for universities in Rwanda", "Daniel Kiptoo Rotich"),
            ("would summon the Treasury", "Ali Ibrahim Roba"),
            ("a recovery plan would be ready", "Esther Wanjiku Kamau"),
        ],
    ),
    (
        "three-part-names-asia-latin",
        "Indonesian, Malay, Filipino and Latin American three-part names after an office; the surname later",
        "Regional ministers meet on haze\n\n"
        "JAKARTA — Indonesia's environment minister, Siti Nurbaya Bakar, said on Monday that hotspots in Riau had "
        "fallen by half.\n\n"
        "Malaysia's natural resources minister, Nik Nazmi Nik Ahmad, said schools in Johor would stay open.\n\n"
        "The Philippine delegate, Maria Lourdes Aquino, told reporters that Manila would send fire crews.\n\n"
        "Chile's ambassador, Juan Pablo Lira, said his country had offered two water bombers.\n\n"
        "Bakar said the talks would resume in Kuala Lumpur in April.\n\n"
        "Lira said the aircraft could arrive within a week.",
        [
            ("hotspots in Riau had fallen by half", "Siti Nurbaya Bakar"),
            ("schools in Johor would stay open", "Nik Nazmi Nik Ahmad"),
            ("Manila would send fire crews", "Maria Lourdes Aquino"),
            ("had offered two water bombers", "Juan Pablo Lira"),
            ("the talks would resume", "Siti Nurbaya Bakar"),
            ("could arrive within a week", "Juan Pablo Lira"),
        ],
    ),
    (
        "apposed-description-speaks",
        "a person described in apposition, then speaking under the description alone",
        "St. Rose wins Vieux Fort South by 400 votes\n\n"
        "CASTRIES — Newcomer Kenson St. Rose won the Vieux Fort South seat on Monday night.\n\n"
        "Returning officer Marcia Augustin said St. Rose had received 2,914 votes.\n\n"
        "St. Rose, a 44-year-old former fisheries officer, told supporters outside the counting centre that the "
        "fishermen had won the seat.\n\n"
        "“This is for every family that waited for the jetty,” said the 44-year-old former fisheries officer.\n\n"
        "The former fisheries officer said he would meet the fishers' cooperative on Wednesday.\n\n"
        "His opponent, Marlene Joseph, a retired schoolteacher, said she would ask for a recount.\n\n"
        "The retired schoolteacher said the count had been rushed.",
        [
            ("had received 2,914 votes", "Marcia Augustin"),
            ("the fishermen had won the seat", "Kenson St. Rose"),
            ("every family that waited for the jetty", "Kenson St. Rose"),
            ("meet the fishers' cooperative", "Kenson St. Rose"),
            ("she would ask for a recount", "Marlene Joseph"),
            ("the count had been rushed", "Marlene Joseph"),
        ],
    ),
    (
        "rivers-and-mountains",
        "rivers, mountains and districts named with a generic word before their name, near people who speak",
        "Floods cut West Sumatra roads\n\n"
        "PADANG — The Batang Harau and Batang Sinamar rivers burst their banks on Sunday, flooding 2,000 homes in "
        "Lima Puluh Kota.\n\n"
        "The head of the regency's disaster agency, Rahmat Hidayat, said 14 villages were cut off.\n\n"
        "Water from Batang Sinamar reached the roofs of houses in Payakumbuh, he said.\n\n"
        "In Malaysia, Sungai Golok rose above its danger level, and Gunung Jerai was closed to climbers.\n\n"
        "“We have moved 300 people to the school hall,” said the district officer, Azman Yusof.\n\n"
        "Sungai Golok was expected to peak on Tuesday, Azman said.",
        [
            ("14 villages were cut off", "Rahmat Hidayat"),
            ("reached the roofs of houses", "Rahmat Hidayat"),
            ("moved 300 people to the school hall", "Azman Yusof"),
            ("expected to peak on Tuesday", "Azman"),
        ],
    ),
    (
        "fronted-declaration",
        "a declaration in a fronted participle before the speaker's role and name",
        "St. Rose takes Vieux Fort South\n\n"
        "Declaring the result at the counting centre shortly after 11 p.m. on Monday, returning officer Marcia "
        "Augustin said St. Rose had received 2,914 votes.\n\n"
        "Announcing the turnout, the chief elections officer, Joseph Alexander, said 61 per cent of voters had cast "
        "a ballot.",
        [
            ("had received 2,914 votes", "Marcia Augustin"),
            ("61 per cent of voters", "Joseph Alexander"),
        ],
    ),
    (
        "rector-two-surnames",
        "a university's head set off beside his office and a bracketed acronym, named later by his first surname, then "
        "'He added' after a hall and an avenue named with a generic word",
        "Rector steps down after campus occupation\n\n"
        "VALPARAÍSO, Chile — The rector of the Universidad Técnica del Litoral (UTL), Hernán Valdivieso Ortúzar, "
        "announced at an assembly in the university's Aula Magna on Thursday evening that he would step down in "
        "December, three weeks after students occupied the main campus on Avenida España.\n\n"
        "“I have lost the confidence of this community,” Valdivieso said.\n\n"
        "He added that he had asked the board to appoint an interim rector.",
        [
            ("he would step down in December", "Hernán Valdivieso Ortúzar"),
            ("I have lost the confidence", "Hernán Valdivieso Ortúzar"),
            ("appoint an interim rector", "Hernán Valdivieso Ortúzar"),
        ],
    ),
    (
        "rector-two-surnames-no-dateline",
        "the same forms with no dateline: a university's head beside his office and an acronym, then his first surname",
        "Classes to resume at Lima university\n\n"
        "The rector of the Pontificia Universidad Católica del Perú (PUCP), Carlos Garatea Grau, said on Friday that "
        "classes would resume on Monday.\n\n"
        "“We have listened to the students,” Garatea said.\n\n"
        "He added that the board would meet again in January.",
        [
            ("classes would resume on Monday", "Carlos Garatea Grau"),
            ("We have listened to the students", "Carlos Garatea Grau"),
            ("the board would meet again", "Carlos Garatea Grau"),
        ],
    ),
    (
        "inquiry-counsel-named",
        "a role noun before the name it introduces, at a British public inquiry and a South African commission",
        "Tower inquiry hears of missed inspections\n\n"
        "Counsel to the inquiry, Sarah Pritchard, told the hearing that the building had not been inspected since "
        "2019.\n\n"
        "Counsel for the residents' association, Daniel Mercer, said tenants had reported cracks in 2021.\n\n"
        "In Johannesburg, counsel assisting the commission, Thabo Ngcobo, told the commissioners that R40 million had "
        "been paid for work never done.\n\n"
        "Ms Pritchard said the inquiry would sit again in March.",
        [
            ("had not been inspected since", "Sarah Pritchard"),
            ("tenants had reported cracks", "Daniel Mercer"),
            ("R40 million had been paid", "Thabo Ngcobo"),
            ("would sit again in March", "Sarah Pritchard"),
        ],
    ),
    (
        "office-of-a-named-body-then-name",
        "a person's office 'of' a named body, the name set off after it, then the title and surname",
        "Hospital clears surgery backlog\n\n"
        "The head of the Department of Surgery at Kenyatta National Hospital, Dr Amina Wanjiru Otieno, said on "
        "Monday that 600 operations had been done in a month.\n\n"
        "The chairperson of the Senate Committee on Health, Senator Jackson Kiplagat Mandago, said the hospital would "
        "get more theatres.\n\n"
        "Dr Otieno said most of the patients had waited more than a year.\n\n"
        "Senator Mandago said the committee would visit in June.",
        [
            ("600 operations had been done", "Amina Wanjiru Otieno"),
            ("would get more theatres", "Jackson Kiplagat Mandago"),
            ("had waited more than a year", "Amina Wanjiru Otieno"),
            ("would visit in June", "Jackson Kiplagat Mandago"),
        ],
    ),
    (
        "apposed-description-again-teacher",
        "a person described in apposition with an age and a job, then speaking under the description, after another "
        "holder of the job was titled",
        "Parents protest school closure in Ibadan\n\n"
        "Head teacher Olufemi Adebayo said the school would close at the end of term.\n\n"
        "Mrs Ngozi Okafor, a 38-year-old primary school teacher, told the protesters that 400 children had nowhere "
        "else to go.\n\n"
        "“We will not let them take this school,” said the 38-year-old primary school teacher.\n\n"
        "The primary school teacher said parents would march to the ministry on Friday.",
        [
            ("the school would close", "Olufemi Adebayo"),
            ("400 children had nowhere", "Ngozi Okafor"),
            ("We will not let them take", "Ngozi Okafor"),
            ("march to the ministry", "Ngozi Okafor"),
        ],
    ),
    (
        "rivers-malaysia",
        "a river and a mountain named with their generic word in Malay, the officer who speaks named near them",
        "Pahang floods displace 5,000\n\n"
        "KUANTAN — Sungai Pahang rose above its danger level on Saturday.\n\n"
        "The state's disaster management secretary, Mohd Fadzli Ramli, said 5,000 people were in relief centres.\n\n"
        "Water from Sungai Pahang covered the main road to Pekan, he said.\n\n"
        "Climbers on Gunung Tahan had been told to come down, he added.",
        [
            ("5,000 people were in relief centres", "Mohd Fadzli Ramli"),
            ("covered the main road to Pekan", "Mohd Fadzli Ramli"),
            ("had been told to come down", "Mohd Fadzli Ramli"),
        ],
    ),
    (
        "body-name-whole-shipping",
        "a company's name ending in its corporate word and a council's name with a possessive, said whole",
        "Ferry suspended after engine fire\n\n"
        "CEBU CITY — A ferry bound for Bantayan Island turned back on Sunday after a fire in its engine room.\n\n"
        "Bantayan Sealink Shipping Corp said in a statement that all 212 passengers were safe.\n\n"
        "The Maritime Industry Authority said the vessel would stay in port until it was inspected.\n\n"
        "Bantayan Sealink Shipping Corp said it would refund every ticket.",
        [
            ("all 212 passengers were safe", "Bantayan Sealink Shipping Corp"),
            ("would stay in port until", "Maritime Industry Authority"),
            ("would refund every ticket", "Bantayan Sealink Shipping Corp"),
        ],
    ),
    (
        "body-name-whole-exporters",
        "a council's name with a possessive and an authority's name said whole, then a definite description of it",
        "Citrus exporters warn of port delays\n\n"
        "Citrus growers in the Sundays River Valley are losing fruit to delays at the port, exporters said on "
        "Tuesday.\n\n"
        "The Eastern Cape Exporters' Council said 40 containers had missed their ships in a week.\n\n"
        "The Eastern Cape Ports Authority said a crane had broken down on Friday.\n\n"
        "The authority said the crane would be repaired by the weekend.\n\n"
        "The council said growers could lose R30 million if the delays went on.",
        [
            ("40 containers had missed their ships", "Eastern Cape Exporters' Council"),
            ("a crane had broken down", "Eastern Cape Ports Authority"),
            ("would be repaired by the weekend", "Eastern Cape Ports Authority"),
            ("could lose R30 million", "Eastern Cape Exporters' Council"),
        ],
    ),
    (
        "body-described-again-commission",
        "a commission and a county council named, then spoken of as 'the commission' and 'the council'",
        "By-election date set in Kakamega\n\n"
        "The Independent Electoral and Boundaries Commission on Monday set the Lurambi by-election for March 12.\n\n"
        "The Kakamega County Assembly said it had set aside funds for the vote.\n\n"
        "The commission said voter registration would reopen for two weeks.\n\n"
        "Meath County Council said on Thursday that the bridge at Slane would close for repairs.\n\n"
        "The council said a diversion would add ten minutes to journeys.",
        [
            ("set aside funds for the vote", "Kakamega County Assembly"),
            ("voter registration would reopen", "Independent Electoral and Boundaries Commission"),
            ("would close for repairs", "Meath County Council"),
            ("a diversion would add ten minutes", "Meath County Council"),
        ],
    ),
    (
        "title-apposed-name",
        "a long office title with the holder's name apposed after it, in Nigerian, Ugandan and Philippine news",
        "States count cost of flooding\n\n"
        "The Commissioner for Budget and Economic Planning, Folasade Adeyemi, said the state would need N12 billion "
        "to rebuild roads.\n\n"
        "The Minister of State for Finance, Ruth Nankabirwa, said Uganda would release emergency funds this week.\n\n"
        "The Secretary of the Department of Agrarian Reform, Conrado Estrella, said 3,000 farmers had lost their "
        "crops.\n\n"
        "Adeyemi said work would begin in January.",
        [
            ("would need N12 billion", "Folasade Adeyemi"),
            ("would release emergency funds", "Ruth Nankabirwa"),
            ("3,000 farmers had lost their crops", "Conrado Estrella"),
            ("work would begin in January", "Folasade Adeyemi"),
        ],
    ),
    (
        "witness-told-police",
        "a witness's report to the police told inside an officer's evidence: the witness's by the retold convention",
        "Driver jailed for fatal crash\n\n"
        "A driver who killed a cyclist near Portarlington was jailed for four years on Wednesday.\n\n"
        "Det Gda Seán Brennan said the accused had been driving at 110km/h.\n\n"
        "Det Gda Brennan said a motorist travelling in the opposite direction, Gráinne Foley, had told gardaí that "
        "night that she saw the car cross the white line.\n\n"
        "PC Mark Hughes said a neighbour, Janet Lloyd, had told officers that she heard two men shouting outside.",
        [
            ("had been driving at 110km/h", "Seán Brennan"),
            ("she saw the car cross the white line", "Gráinne Foley"),
            ("she heard two men shouting outside", "Janet Lloyd"),
        ],
    ),
    (
        "statement-read-by-it",
        "a victim's statement referred to by 'it' when read out on her behalf, then 'the statement read'",
        "Man jailed for assault in Athlone\n\n"
        "A man who assaulted a shop worker in Athlone was jailed for 18 months on Tuesday.\n\n"
        "The woman, Siobhán Daly, wrote a victim impact statement. It was read to the court on her behalf by Garda "
        "Karen Keane.\n\n"
        "The statement read that she no longer felt safe at work.\n\n"
        "Judge Keenan said the assault had been unprovoked.",
        [
            ("she no longer felt safe at work", "Siobhán Daly"),
            ("the assault had been unprovoked", "Keenan"),
        ],
    ),
    (
        "body-noun-name-untagged-lagos",
        "a state authority's long name, then 'the authority'; a growers' association cut at its possessive",
        "Lagos clears drains before rains\n\n"
        "The Lagos State Waste Management Authority said on Sunday that 300 tonnes of refuse had been cleared from "
        "drains in Ikeja.\n\n"
        "The Kenya Tea Growers' Association said factories in Kericho had cut their buying price.\n\n"
        "The authority said residents who dumped refuse in canals would be fined.\n\n"
        "The association said smallholders would be hardest hit.",
        [
            ("300 tonnes of refuse had been cleared", "Lagos State Waste Management Authority"),
            ("had cut their buying price", "Kenya Tea Growers' Association"),
            ("would be fined", "Lagos State Waste Management Authority"),
            ("smallholders would be hardest hit", "Kenya Tea Growers' Association"),
        ],
    ),
    (
        "outlet-word-opens-a-body-name",
        "a body's name opening with a paper's name ('The Independent ...'), then 'the commission'",
        "Police watchdog opens inquiry into custody death\n\n"
        "The Independent Police Complaints Commission said on Friday it had opened an inquiry into the death of a man "
        "held at Stockport police station.\n\n"
        "Greater Manchester Police said the man had been arrested on Thursday night.\n\n"
        "The commission said its investigators would examine camera footage from the cells.",
        [
            ("it had opened an inquiry", "Independent Police Complaints Commission"),
            ("had been arrested on Thursday night", "Greater Manchester Police"),
            ("would examine camera footage", "Independent Police Complaints Commission"),
        ],
    ),
    (
        "witness-told-police-2",
        "witnesses' reports to the police inside officers' evidence, each witness described before the name",
        "Two men jailed for robbery\n\n"
        "Two men who robbed a shop in Dundalk were jailed on Monday.\n\n"
        "Sgt Aoife Ryan said a taxi driver waiting at the rank, Martin Coyle, had told gardaí that he saw two men "
        "run from the shop.\n\n"
        "Detective Senior Constable Paul Lee said a woman walking her dog nearby, Karen Wills, had told police that "
        "she heard a bang before midnight.\n\n"
        "Sgt Ryan said both men had admitted the robbery.",
        [
            ("he saw two men run from the shop", "Martin Coyle"),
            ("she heard a bang before midnight", "Karen Wills"),
            ("both men had admitted the robbery", "Aoife Ryan"),
        ],
    ),
    (
        "independent-authority-named-again",
        "a regulator whose name opens with a paper's ('The Independent ...') and a river authority, each then 'the "
        "authority'",
        "Regulator orders refunds over dropped calls\n\n"
        "JOHANNESBURG — The Independent Communications Authority of South Africa said on Thursday that two mobile "
        "networks must refund customers for dropped calls.\n\n"
        "The authority said the networks had 30 days to comply.\n\n"
        "In Accra, the Volta River Authority said power cuts would end by Sunday.\n\n"
        "The authority said a turbine at Akosombo had been repaired.",
        [
            ("must refund customers for dropped calls", "Independent Communications Authority"),
            ("had 30 days to comply", "Independent Communications Authority"),
            ("power cuts would end by Sunday", "Volta River Authority"),
            ("a turbine at Akosombo had been repaired", "Volta River Authority"),
        ],
    ),
    (
        "untagged-authority-said-again",
        "a municipal authority's long name the tagger may miss, then 'the authority'",
        "Water cuts extended in Gqeberha\n\n"
        "Residents of Gqeberha will go without water for two more days, officials said on Monday.\n\n"
        "The Nelson Mandela Bay Bulk Water Supply Authority said a pipe at Churchill Dam had burst on Saturday.\n\n"
        "The authority said tankers would be sent to schools and clinics.",
        [
            ("a pipe at Churchill Dam had burst", "Nelson Mandela Bay Bulk Water Supply Authority"),
            ("tankers would be sent to schools", "Nelson Mandela Bay Bulk Water Supply Authority"),
        ],
    ),
    # speakerforms' articles (fortieth set): a title shortened to its initials before a surname or alone ("DPP Tan",
    # "DCI Price", "the AG"), an office's letters ("the CEO"), a role noun for the named holder ("the Convenor", "the
    # coroner" after a title the tagger took into the name), a company's filing to an exchange, a company's legal form
    (
        "sg-dpp-short-title",
        "Singapore court copy: a prosecutor named with the title in full, then by its letters and the surname",
        "Former bank officer jailed for siphoning $1.2 million\n\n"
        "A former relationship manager was sentenced to six years' jail on Monday for taking $1.2 million from "
        "elderly clients over four years.\n\n"
        "Deputy Public Prosecutor Tan Wei Ming said Lim Boon Keng had forged the signatures of five clients.\n\n"
        "Defence counsel Rajesh Pillai asked for a sentence of four years, saying his client had repaid part of the "
        "money.\n\n"
        "\u201cThe accused preyed on the trust of clients who could not read their own statements,\u201d DPP Tan "
        "said.\n\n"
        "DPP Tan added that the offences had gone on for four years before the bank noticed.",
        [
            ("had forged the signatures", "Tan Wei Ming"),
            ("preyed on the trust of clients", "Tan Wei Ming"),
            ("had gone on for four years", "Tan Wei Ming"),
        ],
    ),
    (
        "my-convenor-role-noun",
        "Malaysian copy: a group's convenor named with the role apposed, then called the Convenor",
        "Coalition urges review of water tariff hike\n\n"
        "KUALA LUMPUR: A coalition of residents' associations has asked the state government to delay a 20 per cent "
        "rise in water tariffs.\n\n"
        "Mohd Faizal Rahman, the coalition's convenor, said many households in Ampang were already struggling with "
        "rising food prices.\n\n"
        "\u201cWe are not against a review, but it must come with a proper consultation,\u201d the Convenor said in "
        "a statement on Sunday.\n\n"
        "The Convenor also said the coalition would hand a petition to the state assembly next week.",
        [
            ("already struggling with rising food prices", "Mohd Faizal Rahman"),
            ("it must come with a proper consultation", "Mohd Faizal Rahman"),
            ("would hand a petition", "Mohd Faizal Rahman"),
        ],
    ),
    (
        "sg-filing-to-exchange",
        "a listed company's statement filed with the stock exchange: the company speaks",
        "Harbourfront Logistics posts first loss in a decade\n\n"
        "Harbourfront Logistics said on Thursday it had swung to a net loss of $14 million for the half year.\n\n"
        "In a filing to the Singapore Exchange, the company said higher fuel costs and weaker freight rates had "
        "eroded its margins.\n\n"
        "The logistics group told the Singapore Exchange in a separate filing that its chief financial officer, "
        "Cheryl Goh, would step down at the end of the month.",
        [
            ("higher fuel costs and weaker freight rates", "Harbourfront Logistics"),
            ("would step down at the end of the month", "Harbourfront Logistics"),
        ],
    ),
    (
        "my-bursa-filing",
        "a Malaysian company's filing with Bursa Malaysia",
        "Sinar Plantations to buy estate in Sabah\n\n"
        "Sinar Plantations Bhd is buying a 4,000-hectare oil palm estate in Sabah for RM310 million.\n\n"
        "In a filing with Bursa Malaysia yesterday, Sinar Plantations said the purchase would be paid for with "
        "internal funds and bank borrowings.\n\n"
        "The group said the estate would add about 80,000 tonnes of fresh fruit bunches a year.",
        [
            ("paid for with internal funds", "Sinar Plantations"),
            ("would add about 80,000 tonnes", "Sinar Plantations"),
        ],
    ),
    (
        "gh-mp-and-chairman",
        "Ghanaian copy: an MP named in full, then by the letters and the surname; a chairman named, then the chairman",
        "Ketu South residents demand action on sea defence\n\n"
        "Residents of Ketu South have given the government two weeks to resume work on the stalled sea defence "
        "project.\n\n"
        "The Member of Parliament for Ketu South, Abla Dzifa Gomashie, said more than 300 homes had been washed away "
        "since January.\n\n"
        "Togbe Afede Kwame, the chairman of the Ketu South Development Association, said the youth were losing "
        "patience.\n\n"
        "\u201cWe have written three letters to the ministry and not one has been answered,\u201d the chairman "
        "said.\n\n"
        "\u201cThe contractor left the site in March and has not been paid since,\u201d MP Gomashie said.",
        [
            ("more than 300 homes", "Abla Dzifa Gomashie"),
            ("the youth were losing patience", "Togbe Afede Kwame"),
            ("not one has been answered", "Togbe Afede Kwame"),
            ("The contractor left the site", "Abla Dzifa Gomashie"),
        ],
    ),
    (
        "ng-sen-and-spokeswoman",
        "Nigerian copy: a senator named with the title, later by its short form; a spokeswoman named, then the "
        "spokeswoman",
        "Senate panel probes stalled Abuja-Kano road\n\n"
        "The Senate Committee on Works has summoned the contractors handling the Abuja-Kano road to appear before it "
        "next week.\n\n"
        "Senator Barinada Mpigi, who chairs the committee, said the road had cost N797 billion without being "
        "finished.\n\n"
        "Mrs Hadiza Bello, spokeswoman of the Federal Ministry of Works, said the ministry would cooperate with the "
        "probe.\n\n"
        "\u201cAll the documents the committee asked for have been sent,\u201d the spokeswoman said.\n\n"
        "\u201cNigerians deserve to know where the money went,\u201d Sen. Mpigi said.",
        [
            ("had cost N797 billion", "Barinada Mpigi"),
            ("would cooperate with the probe", "Hadiza Bello"),
            ("have been sent", "Hadiza Bello"),
            ("deserve to know where the money went", "Barinada Mpigi"),
        ],
    ),
    (
        "uk-coroner-and-dci",
        "UK inquest copy: a coroner named with the title, then the coroner; a detective named with the rank, then DCI",
        "Inquest hears climber died after rope failed\n\n"
        "A climber who fell 40 metres in Snowdonia died after his rope was cut by a sharp edge, an inquest has "
        "heard.\n\n"
        "Senior Coroner Kate Robertson said Daniel Hughes, 31, had been climbing with a friend on the morning of 4 "
        "June.\n\n"
        "Detective Chief Inspector Gareth Price said police had found no evidence of third party involvement.\n\n"
        "\u201cThe rope was in good condition but it ran over an edge nobody had noticed,\u201d DCI Price said.\n\n"
        "Recording a conclusion of accidental death, the coroner said Mr Hughes had been an experienced climber.",
        [
            ("had been climbing with a friend", "Kate Robertson"),
            ("no evidence of third party involvement", "Gareth Price"),
            ("an edge nobody had noticed", "Gareth Price"),
            ("had been an experienced climber", "Kate Robertson"),
        ],
    ),
    (
        "au-ag-and-supt",
        "Australian copy: an Attorney-General named in full, then the AG; a superintendent, then Supt",
        "Youth bail laws to be reviewed\n\n"
        "Queensland's Attorney-General, Deb Frecklington, said on Tuesday the bail laws for young offenders would be "
        "reviewed by an independent panel.\n\n"
        "Superintendent Mark Whiting said officers in Townsville had charged 40 teenagers with car theft since "
        "July.\n\n"
        "\u201cThe same small group is behind most of these thefts,\u201d Supt Whiting said.\n\n"
        "The AG said the panel would report by March.",
        [
            ("would be reviewed by an independent panel", "Deb Frecklington"),
            ("had charged 40 teenagers", "Mark Whiting"),
            ("The same small group", "Mark Whiting"),
            ("would report by March", "Deb Frecklington"),
        ],
    ),
    (
        "us-rep-and-ceo",
        "US copy: a representative named with the title, then Rep.; a chief executive named, then the CEO",
        "Lawmakers grill airline over holiday meltdown\n\n"
        "Representative Maria Delgado of New Mexico said on Wednesday that passengers had been stranded for up to "
        "five days.\n\n"
        "Brian Kessler, the airline's chief executive, said the company had already paid $600 million in refunds.\n\n"
        "\u201cWe let our customers down and we own that,\u201d the CEO said.\n\n"
        "\u201cAn apology is not a plan,\u201d Rep. Delgado said.",
        [
            ("stranded for up to five days", "Maria Delgado"),
            ("$600 million in refunds", "Brian Kessler"),
            ("we own that", "Brian Kessler"),
            ("An apology is not a plan", "Maria Delgado"),
        ],
    ),
    # speakerforms' second four, written after the readings (weaker evidence: the shapes were known): "the AGF" after
    # "The Attorney-General of the Federation,", "The DPP" and "DPP Obuobisa", "the coroner" after "Assistant Coroner",
    # "the convener" after the title before the name, a company's filing with Bursa Malaysia
    (
        "ng-agf-and-convener",
        "Nigerian copy: a coalition's convener named with the role before the name, then the convener; the "
        "Attorney-General of the Federation named, then the AGF",
        "Coalition asks court to stop local council polls\n\n"
        "ABUJA - A coalition of opposition parties has asked the Federal High Court to stop the local council "
        "elections planned for February.\n\n"
        "The Convener of the Coalition of United Political Parties, Chief Peter Ameh, said the electoral commission "
        "had not published a voters' register.\n\n"
        "\u201cWe will not take part in an election whose register nobody has seen,\u201d the convener said.\n\n"
        "The Attorney-General of the Federation, Lateef Fagbemi, said the government would respect the court's "
        "decision.\n\n"
        "The AGF added that the commission had until Friday to reply.",
        [
            ("had not published a voters' register", "Peter Ameh"),
            ("whose register nobody has seen", "Peter Ameh"),
            ("would respect the court's decision", "Lateef Fagbemi"),
            ("had until Friday to reply", "Lateef Fagbemi"),
        ],
    ),
    (
        "gh-dpp-in-court",
        "Ghanaian court copy: the Director of Public Prosecutions named in full, then the DPP and DPP with the surname",
        "Ex-officials plead not guilty in ambulance case\n\n"
        "Two former health officials pleaded not guilty on Tuesday to charges of causing financial loss to the "
        "state.\n\n"
        "Director of Public Prosecutions Yvonne Atakora Obuobisa told the High Court that the ambulances had never "
        "been delivered.\n\n"
        "The DPP said the state would call seven witnesses.\n\n"
        "\u201cThe money left the ministry's account in three days,\u201d DPP Obuobisa said.",
        [
            ("had never been delivered", "Yvonne Atakora Obuobisa"),
            ("would call seven witnesses", "Yvonne Atakora Obuobisa"),
            ("left the ministry's account", "Yvonne Atakora Obuobisa"),
        ],
    ),
    (
        "uk-assistant-coroner",
        "UK inquest copy: an assistant coroner named with the title, a police inspector between, then the coroner",
        "Inquest into cyclist's death opens\n\n"
        "An inquest has opened into the death of a cyclist who was hit by a lorry in Leeds city centre last week.\n\n"
        "Assistant Coroner Jonathan Stevens said Amira Shah, 27, had been cycling to work when she was struck.\n\n"
        "Inspector Claire Hughes of West Yorkshire Police said the lorry driver had stopped at the scene.\n\n"
        "Adjourning the hearing, the coroner said a full inquest would be held in the spring.",
        [
            ("had been cycling to work", "Jonathan Stevens"),
            ("had stopped at the scene", "Claire Hughes"),
            ("would be held in the spring", "Jonathan Stevens"),
        ],
    ),
    (
        "my-glove-maker-filing",
        "Malaysian business copy: a company written with its legal form, its filing with Bursa Malaysia, then the "
        "company",
        "Meranti Gloves profit falls 40pc\n\n"
        "KUALA LUMPUR: Meranti Gloves Bhd's net profit fell 40 per cent in the third quarter as glove prices "
        "slumped.\n\n"
        "In a filing with Bursa Malaysia, Meranti Gloves said average selling prices had dropped to their lowest in "
        "five years.\n\n"
        "The company said it expected demand to recover in the first half of next year.",
        [
            ("had dropped to their lowest", "Meranti Gloves"),
            ("expected demand to recover", "Meranti Gloves"),
        ],
    ),
]

"""Articles written for the malaynames round (forty-first set): short news stories as English-language papers of
Malaysia, Singapore, Brunei, Indonesia, Hong Kong, Taiwan, Thailand and Vietnam write them, invented people and events,
each speaker named in full once and referred to later as that naming convention does ("Faridah Osman" later
"Faridah", "Winnie Chau Sze-wing" later "Chau", "Srettha Kaewmanee" later "Mr Srettha"). Every article: (name, shape,
text, expected), where expected lists (a piece only that statement's content holds, the speaker's name as the page
scorer checks it: the expected name stands in the system's as whole words, case aside). The expected speakers were
written before any run."""

from __future__ import annotations

Expected = tuple[str, str]
ARTICLES: list[tuple[str, str, str, list[Expected]]] = [
    (
        "star-flood-aid",
        "The Star: titles stacked before a Malay name, the later reference by the given name; 'Wan' opening a woman's "
        "name; 'Abdul X' given name",
        "Flood victims in Kelantan to get RM1,000 each\n\n"
        "KOTA BHARU: Some 12,000 families displaced by the floods in Kelantan will receive RM1,000 each in cash aid "
        "before the end of the month, says Datuk Seri Kamal Ariff Yusof.\n\n"
        "The National Disaster Management Agency director-general said the payments would be made through the "
        "district offices to avoid long queues at the banks.\n\n"
        "“We have the names of every family from the relief centres, so nobody needs to register again,” Kamal Ariff "
        "told reporters after visiting a relief centre at Sekolah Kebangsaan Pasir Tumboh here yesterday.\n\n"
        "He added that the agency had moved 40 boats from Terengganu to help evacuate villagers in Pasir Mas.\n\n"
        "Kelantan women, family and welfare committee chairman Datuk Wan Rosnah Wan Ismail said the state would add "
        "RM500 for single mothers and the elderly living alone.\n\n"
        "“Many of them lost everything, including their documents, and they are the last to ask for help,” Wan "
        "Rosnah said.\n\n"
        "She said 85 relief centres were still open in the state, housing more than 31,000 people.\n\n"
        "Meanwhile, Pasir Mas district officer Abdul Hamid Mohd Noor said the water level of Sungai Golok had begun to "
        "fall but remained above the danger mark.\n\n"
        "“We are asking villagers not to return home until the electricity supply has been checked,” Abdul Hamid "
        "said.\n\n"
        "A trader at Pasar Siti Khadijah, Faridah Osman, 52, said she had lost stock worth about RM8,000 when water "
        "entered her shop on Sunday.\n\n"
        "“The water came up so fast that I could only save the cash box,” Faridah said, adding that she hoped the aid "
        "would also cover small traders.",
        [
            ("12,000 families displaced", "Kamal Ariff Yusof"),
            ("nobody needs to register again", "Kamal Ariff Yusof"),
            ("40 boats from Terengganu", "Kamal Ariff Yusof"),
            ("RM500 for single mothers", "Wan Rosnah Wan Ismail"),
            ("the last to ask for help", "Wan Rosnah Wan Ismail"),
            ("85 relief centres", "Wan Rosnah Wan Ismail"),
            ("Sungai Golok had begun to fall", "Abdul Hamid Mohd Noor"),
            ("electricity supply has been checked", "Abdul Hamid Mohd Noor"),
            ("lost stock worth about RM8,000", "Faridah Osman"),
            ("could only save the cash box", "Faridah Osman"),
        ],
    ),
    (
        "malaysiakini-assembly",
        "Malaysiakini: a state assembly debate; 'Nik' and 'Tengku' openings, 'bin' in full, later references by the "
        "given name and by 'the Pengkalan Chepa assemblyperson'",
        "Opposition slams state water tariff hike in assembly\n\n"
        "The Terengganu state assembly yesterday heard opposition representatives criticise the state's plan to "
        "raise domestic water tariffs by 20 percent from January.\n\n"
        "Nik Azman Nik Mat (PH-Ladang) said the increase would burden households already hit by rising food prices.\n\n"
        "“The state government says the water company is losing money, but it has never shown us the accounts,” Nik "
        "Azman said during the debate on the 2027 state budget.\n\n"
        "He asked the state executive councillor in charge of public utilities, Tengku Hafiz Tengku Ibrahim, to table "
        "the audited accounts of the company before the tariff took effect.\n\n"
        "Replying, Tengku Hafiz said the accounts would be tabled at the next sitting.\n\n"
        "“The tariff has not changed since 2012, and the cost of treating water has more than doubled since then,” he "
        "said.\n\n"
        "Tengku Hafiz added that households using less than 20 cubic metres a month would not be affected.\n\n"
        "Ahmad Fauzi bin Ismail (PN-Bukit Tunggal) said the exemption should be raised to 35 cubic metres, as most "
        "large families in rural areas used more than that.\n\n"
        "“A family of eight in a kampung cannot live on 20 cubic metres,” Ahmad Fauzi said.\n\n"
        "Consumer group Persatuan Pengguna Terengganu president Siti Zubaidah Abu Bakar, who was in the public "
        "gallery, later told Malaysiakini that the group would submit a memorandum to the menteri besar.\n\n"
        "“We are not against a review, but it must come with better service, because some areas still get water "
        "only at night,” Siti Zubaidah said.",
        [
            ("burden households already hit", "Nik Azman Nik Mat"),
            ("it has never shown us the accounts", "Nik Azman Nik Mat"),
            ("tabled at the next sitting", "Tengku Hafiz Tengku Ibrahim"),
            ("cost of treating water has more than doubled", "Tengku Hafiz Tengku Ibrahim"),
            ("less than 20 cubic metres a month", "Tengku Hafiz Tengku Ibrahim"),
            ("raised to 35 cubic metres", "Ahmad Fauzi bin Ismail"),
            ("A family of eight in a kampung", "Ahmad Fauzi bin Ismail"),
            ("submit a memorandum to the menteri besar", "Siti Zubaidah Abu Bakar"),
            ("some areas still get water only at night", "Siti Zubaidah Abu Bakar"),
        ],
    ),
    (
        "straits-times-hawkers",
        "Straits Times: honorifics with every later reference; a Chinese name surname first ('Mr Tan'), a Malay name "
        "by the given name ('Madam Noraini'), an Indian name with an initial ('Mr Rajendran')",
        "Hawkers at Bedok centre worry over six-month closure for repairs\n\n"
        "SINGAPORE - Hawkers at Bedok Interchange Hawker Centre say they are worried about losing customers when the "
        "centre closes for six months of repairs from April.\n\n"
        "Mr Tan Boon Huat, 61, who has sold fishball noodles at the centre for 30 years, said many of his regulars "
        "were elderly residents who would not travel to the temporary site.\n\n"
        "“They come every morning at 7am, and some of them cannot walk far,” said Mr Tan.\n\n"
        "Madam Noraini Abdul Rahman, 55, who runs a nasi lemak stall, said she would use the break to visit her "
        "family in Johor but worried about the rent at the temporary site.\n\n"
        "“If the rent is higher there, I will have to raise my prices, and my customers will not be happy,” said "
        "Madam Noraini.\n\n"
        "The National Environment Agency (NEA) said in a statement on Tuesday that the rent at the temporary site in "
        "Bedok North would be waived for the first three months.\n\n"
        "Mr R. Rajendran, chairman of the centre's hawkers' association, said the association had asked NEA to "
        "shorten the works to four months.\n\n"
        "“We understand the roof must be fixed, but six months is a very long time for a hawker,” said Mr "
        "Rajendran.\n\n"
        "East Coast GRC MP Jessica Lim Hui Min, who met the hawkers on Sunday, said she would raise their concerns "
        "with the agency.\n\n"
        "“I have asked NEA to look at whether the works can be done in phases so that part of the centre stays "
        "open,” said Ms Lim.",
        [
            ("many of his regulars were elderly", "Tan Boon Huat"),
            ("They come every morning at 7am", "Tan Boon Huat"),
            ("worried about the rent at the temporary site", "Noraini Abdul Rahman"),
            ("I will have to raise my prices", "Noraini Abdul Rahman"),
            ("waived for the first three months", "National Environment Agency"),
            ("shorten the works to four months", "Rajendran"),
            ("six months is a very long time for a hawker", "Rajendran"),
            ("raise their concerns with the agency", "Jessica Lim Hui Min"),
            ("the works can be done in phases", "Jessica Lim Hui Min"),
        ],
    ),
    (
        "scmp-district-council",
        "SCMP: Cantonese names with a hyphenated given name and an English forename before them ('Winnie Chau "
        "Sze-wing', later 'Chau'), a name without an English forename ('Leung Kwok-keung', later 'Leung')",
        "Residents fight plan to build columbarium next to Tsuen Wan estate\n\n"
        "Residents of a Tsuen Wan housing estate have vowed to fight a government plan to build a 20,000-niche "
        "columbarium on a slope next to their blocks, saying they were never consulted.\n\n"
        "Tsuen Wan district councillor Winnie Chau Sze-wing said more than 3,000 residents had signed a petition "
        "against the project within a week.\n\n"
        "“The government held one briefing, on a weekday afternoon, when most residents were at work,” Chau said.\n\n"
        "She said the residents would ask to meet the secretary for development before the plan went to the Town "
        "Planning Board in March.\n\n"
        "A Development Bureau spokesman said the site had been chosen after a study of 24 possible locations and "
        "that the columbarium would be screened by trees.\n\n"
        "Leung Kwok-keung, chairman of the estate's owners' corporation, said the slope had suffered a landslide "
        "in 2008 and residents feared the works would weaken it.\n\n"
        "“Nobody has shown us a geotechnical report, so how can we trust that it is safe?” Leung asked.\n\n"
        "Dr Patrick Ho Pak-leung, a civil engineer at the University of Hong Kong, said slopes of that kind could be "
        "built on safely if they were properly reinforced.\n\n"
        "“The question is not whether it can be done but whether the government will publish the studies,” Ho said.",
        [
            ("3,000 residents had signed a petition", "Winnie Chau Sze-wing"),
            ("when most residents were at work", "Winnie Chau Sze-wing"),
            ("meet the secretary for development", "Winnie Chau Sze-wing"),
            ("chosen after a study of 24 possible locations", "Development Bureau"),
            ("suffered a landslide in 2008", "Leung Kwok-keung"),
            ("Nobody has shown us a geotechnical report", "Leung Kwok-keung"),
            ("could be built on safely", "Patrick Ho Pak-leung"),
            ("whether the government will publish the studies", "Patrick Ho Pak-leung"),
        ],
    ),
    (
        "jakarta-post-rice",
        "Jakarta Post: an Indonesian single name ('Suharyanto'), two-name forms referred to later by the first name "
        "('Budi'), a minister named with three names and later by two ('Sri Wahyuni')",
        "Govt to import 1 million tons of rice as prices climb\n\n"
        "JAKARTA — The government will import 1 million tons of rice before the harvest season to stabilize prices, "
        "which have climbed for six straight weeks, a senior official said on Wednesday.\n\n"
        "National Food Agency head Suharyanto said the first shipments from Vietnam and Thailand would arrive in "
        "Tanjung Priok Port in early February.\n\n"
        "“The stock at Bulog warehouses is enough for two months, but we need a buffer in case the harvest is late,” "
        "Suharyanto told reporters at the State Palace.\n\n"
        "Trade Minister Sri Wahyuni Kartikasari said the import quota would be reviewed if the harvest came early.\n\n"
        "“We do not want imported rice to arrive when farmers are selling their own harvest,” Sri Wahyuni said.\n\n"
        "Farmers, however, were not convinced. Budi Santoso, head of a farmers’ group in Karawang, West Java, said "
        "imports always pushed down the price farmers received for unhusked rice.\n\n"
        "“Every time the government imports, the middlemen use it as an excuse to pay us less,” Budi said.\n\n"
        "Economist Rahmawati Puspitasari of the Institute for Development of Economics and Finance (Indef) said "
        "the government should fix its data on rice stocks before deciding on imports.\n\n"
        "“The ministry and the agency still use different figures for production, so nobody knows the real "
        "shortfall,” Rahmawati said.",
        [
            ("first shipments from Vietnam and Thailand", "Suharyanto"),
            ("enough for two months", "Suharyanto"),
            ("import quota would be reviewed", "Sri Wahyuni Kartikasari"),
            ("when farmers are selling their own harvest", "Sri Wahyuni Kartikasari"),
            ("imports always pushed down the price", "Budi Santoso"),
            ("the middlemen use it as an excuse", "Budi Santoso"),
            ("fix its data on rice stocks", "Rahmawati Puspitasari"),
            ("nobody knows the real shortfall", "Rahmawati Puspitasari"),
        ],
    ),
    (
        "bangkok-post-protest",
        "Bangkok Post: Thai names referred to later by the given name with 'Mr', 'Ms' or a police rank ('Pol Col "
        "Thanakorn', 'Mr Srettha')",
        "Rubber farmers block highway in Surat Thani over falling prices\n\n"
        "About 500 rubber farmers blocked a section of the Asian Highway in Surat Thani on Monday, demanding that the "
        "government guarantee a minimum price of 60 baht per kilogramme for rubber sheets.\n\n"
        "Srettha Kaewmanee, leader of the Southern Rubber Farmers Network, said prices had fallen below 45 baht, less "
        "than the cost of tapping.\n\n"
        "“We have waited three months for the ministry to keep its promise, and we cannot wait any longer,” Mr "
        "Srettha said.\n\n"
        "Surat Thani police chief Pol Col Thanakorn Saengsuwan said traffic had been diverted to a local road and "
        "officers would not use force against the protesters.\n\n"
        "“We will talk to them and ask them to open one lane for ambulances,” Pol Col Thanakorn said.\n\n"
        "Deputy Agriculture Minister Pimchanok Rattanawong, who flew to Surat Thani in the afternoon, told the "
        "farmers that the cabinet would consider a price support scheme on Tuesday.\n\n"
        "“I cannot promise a number today, but I will take your demand to the cabinet myself,” Ms Pimchanok said.\n\n"
        "The farmers agreed to reopen the highway at 6pm but said they would return if the cabinet did not act.",
        [
            ("prices had fallen below 45 baht", "Srettha Kaewmanee"),
            ("we cannot wait any longer", "Srettha Kaewmanee"),
            ("traffic had been diverted", "Thanakorn Saengsuwan"),
            ("open one lane for ambulances", "Thanakorn Saengsuwan"),
            ("consider a price support scheme", "Pimchanok Rattanawong"),
            ("I will take your demand to the cabinet myself", "Pimchanok Rattanawong"),
        ],
    ),
    (
        "borneo-bulletin-mosque",
        "Borneo Bulletin: Brunei honours stacked before a name with 'Haji' and 'bin', later by the given name; "
        "'Hajah' opening a woman's name",
        "New mosque to serve 3,000 worshippers in Tutong\n\n"
        "TUTONG - Construction of a new mosque in Kampong Penanjong is expected to be completed by the end of next "
        "year, with space for 3,000 worshippers.\n\n"
        "Permanent Secretary at the Ministry of Religious Affairs Dato Seri Setia Awang Haji Abdul Rahman bin Haji "
        "Ibrahim said the project, costing BND12 million, was 40 per cent complete.\n\n"
        "“The mosque will also have classrooms for religious school pupils, who now study in temporary cabins,” "
        "Abdul Rahman said during a site visit yesterday.\n\n"
        "He said the contractor had been told to give priority to local workers.\n\n"
        "Penghulu of Mukim Penanjong Haji Mohd Zain bin Haji Ahmad said villagers had waited more than ten years for "
        "a larger mosque.\n\n"
        "“On Fridays, many of the congregation have to pray outside under the sun,” Mohd Zain said.\n\n"
        "Head of the village consultative council women’s bureau Hajah Siti Rohani binti Haji Omar said the women "
        "of the village had raised BND45,000 for the mosque through sales of kuih.\n\n"
        "“We wanted to give something with our own hands,” Siti Rohani said.",
        [
            ("was 40 per cent complete", "Abdul Rahman bin Haji Ibrahim"),
            ("classrooms for religious school pupils", "Abdul Rahman bin Haji Ibrahim"),
            ("priority to local workers", "Abdul Rahman bin Haji Ibrahim"),
            ("waited more than ten years", "Mohd Zain bin Haji Ahmad"),
            ("pray outside under the sun", "Mohd Zain bin Haji Ahmad"),
            ("raised BND45,000", "Siti Rohani binti Haji Omar"),
            ("something with our own hands", "Siti Rohani binti Haji Omar"),
        ],
    ),
    (
        "star-syed-sharifah",
        "The Star: 'Syed' and 'Sharifah' openings with a father's name of the same opening, later by the first two "
        "words; a Malaysian Chinese name with 'Datuk', later by surname; an Indian name with an initial",
        "Penang to widen Jalan Masjid Negeri to ease jams\n\n"
        "GEORGE TOWN: The Penang government will widen a 2.5km stretch of Jalan Masjid Negeri to six lanes at a "
        "cost of RM120mil, says state infrastructure committee chairman Datuk Lim Kok Seng.\n\n"
        "Lim said work would start in June and take two years to complete.\n\n"
        "“This is one of the worst bottlenecks on the island, and the traffic will only grow when the new hospital "
        "opens,” he told a press conference at Komtar yesterday.\n\n"
        "Air Itam assemblyman Syed Ibrahim Syed Noh said the state should build a flyover at the Masjid Negeri "
        "junction instead of widening the whole road.\n\n"
        "“Widening will take land from more than 60 houses and shops, and the jam will just move to the next "
        "junction,” Syed Ibrahim said.\n\n"
        "Resident Sharifah Norazah Syed Kamal, 47, whose house faces the road, said she had not received any notice "
        "about land acquisition.\n\n"
        "“I only found out from a WhatsApp group,” Sharifah Norazah said.\n\n"
        "Penang Island City Council engineer M. Kulasegaran said the council would hold a dialogue with affected "
        "residents next week.\n\n"
        "“All owners will be told in writing before any land is taken,” Kulasegaran said.",
        [
            ("work would start in June", "Lim Kok Seng"),
            ("one of the worst bottlenecks", "Lim Kok Seng"),
            ("build a flyover at the Masjid Negeri junction", "Syed Ibrahim Syed Noh"),
            ("the jam will just move to the next junction", "Syed Ibrahim Syed Noh"),
            ("had not received any notice", "Sharifah Norazah Syed Kamal"),
            ("I only found out from a WhatsApp group", "Sharifah Norazah Syed Kamal"),
            ("hold a dialogue with affected residents", "Kulasegaran"),
            ("told in writing before any land is taken", "Kulasegaran"),
        ],
    ),
    (
        "taipei-times-legislature",
        "Taipei Times: Mandarin names with a hyphenated given name, surname first, later by surname; two of one "
        "surname told apart by the whole name",
        "Legislators spar over budget for submarine program\n\n"
        "Lawmakers yesterday clashed over the Ministry of National Defense’s request for NT$9 billion (US$280 "
        "million) to continue the indigenous submarine program.\n\n"
        "Kuomintang Legislator Cheng Wen-hsiung said the ministry had not explained why the first submarine’s sea "
        "trials had been delayed twice.\n\n"
        "“We are being asked to pay for the second boat before the first one has even gone to sea,” Cheng said.\n\n"
        "Democratic Progressive Party Legislator Lin Hsiu-mei said the program was vital to the nation’s defense and "
        "should not be used for political point-scoring.\n\n"
        "“Every delay makes the program more expensive, not cheaper,” Lin said, adding that the ministry had "
        "answered all written questions from the committee.\n\n"
        "Deputy Minister of National Defense Huang Chih-ming told the committee that the delays had been caused by "
        "problems with imported components.\n\n"
        "“The sea trials will resume in March, and we will report the results to the legislature,” Huang said.\n\n"
        "Taiwan People’s Party Legislator Cheng Ya-ting said her party would support the budget if the ministry "
        "agreed to an independent audit.\n\n"
        "“An audit protects the ministry as much as it protects taxpayers,” Cheng Ya-ting said.",
        [
            ("sea trials had been delayed twice", "Cheng Wen-hsiung"),
            ("pay for the second boat", "Cheng Wen-hsiung"),
            ("vital to the nation’s defense", "Lin Hsiu-mei"),
            ("Every delay makes the program more expensive", "Lin Hsiu-mei"),
            ("problems with imported components", "Huang Chih-ming"),
            ("The sea trials will resume in March", "Huang Chih-ming"),
            ("support the budget if the ministry", "Cheng Ya-ting"),
            ("An audit protects the ministry", "Cheng Ya-ting"),
        ],
    ),
    (
        "vnexpress-school-fees",
        "VnExpress: Vietnamese names, family name first, referred to later by the last word (the given name), with "
        "and without 'Mr' or 'Ms'",
        "Hanoi parents protest extra school fees\n\n"
        "Parents at a primary school in Hanoi's Cau Giay District have complained about extra fees of VND3 million "
        "(US$118) per pupil a term for English lessons and air conditioning.\n\n"
        "Nguyen Thi Thu Ha, whose son is in third grade, said parents had been asked to sign a form agreeing to the "
        "fees without being told how they were calculated.\n\n"
        "“We are not against paying, but we want to see where the money goes,” Ha said.\n\n"
        "The school’s principal, Tran Van Dung, said the fees had been approved by the parents’ association at a "
        "meeting in August.\n\n"
        "“The English lessons are taught by foreign teachers, and the fees only cover their salaries,” Mr Dung "
        "said.\n\n"
        "Pham Quang Vinh, deputy head of the district’s education department, said inspectors would visit the school "
        "next week.\n\n"
        "“Schools are not allowed to collect fees that are not on the city’s list unless parents agree voluntarily,” "
        "Vinh said.\n\n"
        "Le Minh Chau, another parent, said several families had already moved their children to other schools.\n\n"
        "“Three million dong a term is a lot for a family of workers,” Chau said.",
        [
            ("asked to sign a form", "Nguyen Thi Thu Ha"),
            ("we want to see where the money goes", "Nguyen Thi Thu Ha"),
            ("approved by the parents’ association", "Tran Van Dung"),
            ("fees only cover their salaries", "Tran Van Dung"),
            ("inspectors would visit the school", "Pham Quang Vinh"),
            ("not on the city’s list", "Pham Quang Vinh"),
            ("moved their children to other schools", "Le Minh Chau"),
            ("Three million dong a term", "Le Minh Chau"),
        ],
    ),
    (
        "nst-court-abu-nur",
        "New Straits Times: 'Abu', 'Nur' and 'Mohd' compounds, 'binti' and 'bte', a title ('Dr', 'Tan Sri') before the "
        "name; later references by the compound given name",
        "Hospital to add 200 beds as dengue cases surge\n\n"
        "SHAH ALAM: Hospital Tengku Ampuan Rahimah will add 200 beds in temporary wards to cope with a surge in dengue "
        "cases, says Selangor health director Dr Nur Aisyah binti Abdullah.\n\n"
        "Dr Nur Aisyah said 1,240 dengue cases were recorded in the state last week, up 38 per cent from the week "
        "before.\n\n"
        "“Most of the patients come from Klang and Petaling, where we found breeding sites at construction areas,” "
        "she said.\n\n"
        "State health and environment committee chairman Tan Sri Abu Bakar Hamzah said the state would fine "
        "developers whose sites were found with larvae.\n\n"
        "“We have given enough warnings. From next week, every site with larvae will be fined on the spot,” Abu Bakar "
        "said.\n\n"
        "Malaysian Medical Association president Dr Mohd Faizal Che Hassan said the hospitals were short of nurses to "
        "staff the new wards.\n\n"
        "“Beds alone do not treat patients. The ministry must move nurses from clinics where there are fewer cases,” "
        "Dr Mohd Faizal said.\n\n"
        "Norliza bte Mat Yusof, whose son was warded for five days, said the emergency department had been crowded.\n\n"
        "“We waited seven hours before he got a bed,” Norliza said.",
        [
            ("1,240 dengue cases", "Nur Aisyah binti Abdullah"),
            ("breeding sites at construction areas", "Nur Aisyah binti Abdullah"),
            ("fine developers whose sites", "Abu Bakar Hamzah"),
            ("every site with larvae will be fined", "Abu Bakar Hamzah"),
            ("short of nurses", "Mohd Faizal Che Hassan"),
            ("Beds alone do not treat patients", "Mohd Faizal Che Hassan"),
            ("the emergency department had been crowded", "Norliza bte Mat Yusof"),
            ("We waited seven hours", "Norliza bte Mat Yusof"),
        ],
    ),
    (
        "today-sg-court",
        "TODAY (Singapore): a Malay man named with 'bin' and called 'Muhammad Faizal' later, a Chinese woman with an "
        "English forename called 'Ms Ong' later, an Indian man with 's/o' called by his given name",
        "Former property agent jailed for cheating tenants of $86,000\n\n"
        "SINGAPORE — A former property agent who collected deposits from 14 tenants for flats that he had no right to "
        "rent out was jailed for 30 months on Thursday.\n\n"
        "Muhammad Faizal bin Rosli, 38, pleaded guilty to six charges of cheating, with eight others taken into "
        "consideration.\n\n"
        "Deputy Public Prosecutor Charlene Ong Shu Hui said Muhammad Faizal had shown the flats to tenants using keys "
        "he kept from earlier viewings.\n\n"
        "“The accused preyed on foreign students and workers who had just arrived in Singapore and did not know how "
        "to check ownership,” Ms Ong said.\n\n"
        "She asked for a jail term of at least 30 months.\n\n"
        "Defence lawyer Ramesh s/o Krishnan said his client had repaid $21,000 and was remorseful.\n\n"
        "“He fell into debt after his marriage broke down and made a series of very bad decisions,” Mr Ramesh said.\n\n"
        "District Judge Kow Keng Siong said the offences had been carefully planned.\n\n"
        "“The victims were chosen because they were unlikely to complain,” the judge said.",
        [
            ("shown the flats to tenants", "Charlene Ong Shu Hui"),
            ("The accused preyed on foreign students", "Charlene Ong Shu Hui"),
            ("a jail term of at least 30 months", "Charlene Ong Shu Hui"),
            ("repaid $21,000", "Ramesh s/o Krishnan"),
            ("He fell into debt", "Ramesh s/o Krishnan"),
            ("carefully planned", "Kow Keng Siong"),
            ("chosen because they were unlikely to complain", "Kow Keng Siong"),
        ],
    ),
    (
        "star-kamal-dato-sri",
        "The Star: 'Dato' Sri Dr' before a name ending on a father's name, the later reference by the first two words; "
        "'Raja' opening a name; a woman called by her given name",
        "Health Ministry to hire 3,000 contract doctors\n\n"
        "PUTRAJAYA: The Health Ministry will hire 3,000 contract doctors on permanent posts this year, says its "
        "director-general Dato' Sri Dr Mohd Radzi Abu Hassan.\n\n"
        "Dr Mohd Radzi said the doctors would be placed in districts with the longest waiting times.\n\n"
        "“We have identified 42 districts where patients wait more than three hours at health clinics,” he said at "
        "a press conference here yesterday.\n\n"
        "Hartal Doktor Kontrak spokesman Dr Raja Iskandar Raja Ahmad said the number was too small.\n\n"
        "“There are more than 20,000 contract doctors. At this rate most of us will wait ten years,” Raja Iskandar "
        "said.\n\n"
        "Dr Nurul Huda Zainal Abidin, a contract doctor in Sabah, said many of her colleagues had left for private "
        "hospitals or Singapore.\n\n"
        "“I love this job, but I cannot plan my life on one-year contracts,” Nurul Huda said.",
        [
            ("the doctors would be placed in districts", "Mohd Radzi Abu Hassan"),
            ("identified 42 districts", "Mohd Radzi Abu Hassan"),
            ("the number was too small", "Raja Iskandar Raja Ahmad"),
            ("most of us will wait ten years", "Raja Iskandar Raja Ahmad"),
            ("left for private hospitals", "Nurul Huda Zainal Abidin"),
            ("one-year contracts", "Nurul Huda Zainal Abidin"),
        ],
    ),
]

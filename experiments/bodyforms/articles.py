"""The round's written articles: bodies and documents named whole once, then speaking under a short form.

Each article is invented (bodies, people, places) in one tradition of English news. Each expected statement gives a
piece of its content, the speaker occasion.md wants (the body or person named whole; a document's maker) and, for a
document, its channel. Every expectation was written before the article was first run. ``probe.py`` runs them.
"""

from __future__ import annotations

from typing import NamedTuple


class Expected(NamedTuple):
    content: str  # a piece of the statement's content, as on the news pages
    speaker: str  # the canonical speaker's name, whole words of the found one (``speaker_named``)
    channel: str | None = None  # for a document: the document


class Article(NamedTuple):
    tradition: str
    published: str
    text: str
    expected: tuple[Expected, ...]


ARTICLES: dict[str, Article] = {
    "deped-bracketed": Article(
        "Philippine",
        "2026-06-10",
        "MANILA — Classes in public schools across Eastern Visayas will open a week late because of flood damage, the "
        "Department of Education (DepEd) announced on Tuesday.\n\n"
        "More than 340 classrooms in Leyte and Samar were flooded when Typhoon Karding crossed the region last week, "
        "according to the agency's regional office in Tacloban City.\n\n"
        "“We cannot ask children to sit in rooms that still smell of mud,” DepEd Regional Director Marites Ocampo "
        "told reporters in Tacloban.\n\n"
        "DepEd said the opening of classes would move from June 12 to June 19 in the 14 worst-hit divisions. Private "
        "schools may open earlier if their buildings pass inspection, it added.\n\n"
        "Parents in Palo town said they were relieved by the delay. “The school is still full of water,” said "
        "Rowena Dacanay, a mother of three.\n\n"
        "“Teachers will report on June 15 to help clean the classrooms,” DepEd said in a memorandum sent to school "
        "heads on Monday.\n\n"
        "The Teachers' Dignity Coalition welcomed the move but asked for cleaning funds. “Teachers should not pay "
        "for the bleach out of their own pockets,” the coalition's chairman, Benjo Basas, said.\n\n"
        "The department said it had asked the Department of Budget and Management for ₱120 million in quick "
        "response funds to repair the rooms.",
        (
            Expected("opening of classes would move", "Department of Education"),
            Expected("Teachers will report on June 15", "Department of Education", "memorandum"),
            Expected("asked the Department of Budget", "Department of Education"),
        ),
    ),
    "ndrrmc-council": Article(
        "Philippine",
        "2026-08-21",
        "The death toll from Severe Tropical Storm Dindo has risen to 23, the National Disaster Risk Reduction and "
        "Management Council (NDRRMC) said on Thursday.\n\n"
        "Most of the dead were in the Bicol region, where landslides buried houses in two villages of Albay, the "
        "council said in its 8 a.m. bulletin.\n\n"
        "The NDRRMC said 11 people were still missing and 46,000 families were staying in evacuation centres.\n\n"
        "Albay Governor Edgardo Salcedo said relief goods were reaching the towns by boat. “The roads to Guinobatan "
        "are still closed by the slides,” he told DZBB radio.\n\n"
        "The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) said the storm "
        "had left the country's area of responsibility early Thursday. PAGASA warned, however, that the southwest "
        "monsoon would bring more rain to Luzon over the weekend.\n\n"
        "“Residents of low-lying areas should stay in the evacuation centres until the rains stop,” the NDRRMC "
        "said.\n\n"
        "Damage to farms was estimated at ₱1.2 billion, the council added.",
        (
            Expected("the dead were in the Bicol region", "National Disaster Risk Reduction and Management Council"),
            Expected("11 people were still missing", "National Disaster Risk Reduction and Management Council"),
            Expected("southwest monsoon would bring", "Philippine Atmospheric"),
            Expected("Residents of low-lying areas", "National Disaster Risk Reduction and Management Council"),
            Expected("Damage to farms", "National Disaster Risk Reduction and Management Council"),
        ),
    ),
    "kenya-power-regulator": Article(
        "Kenyan",
        "2026-03-04",
        "NAIROBI — Kenya Power has blamed vandalism for the blackout that hit parts of Nairobi, Kiambu and Machakos "
        "for more than nine hours on Monday.\n\n"
        "In a statement on Tuesday, Kenya Power said thieves had cut cables at its Embakasi substation, tripping "
        "the lines that feed the eastern suburbs.\n\n"
        "“We have restored supply to all the affected areas and we regret the inconvenience,” the company said.\n\n"
        "Traders in Gikomba market said they had lost stock worth thousands of shillings. “My fish went bad in "
        "the freezer,” said Mary Wanjiku, a trader.\n\n"
        "The Energy and Petroleum Regulatory Authority (EPRA) said it had written to the utility asking for a full "
        "report on the outage within seven days.\n\n"
        "“Consumers who lost goods may file claims under the Energy Act,” EPRA said.\n\n"
        "The regulator said it would also review whether the utility had met its standards for restoring supply. "
        "Kenya Power has faced three big outages since January.",
        (
            Expected("thieves had cut cables", "Kenya Power"),
            Expected("We have restored supply", "Kenya Power"),
            Expected("written to the utility asking", "Energy and Petroleum Regulatory Authority"),
            Expected("Consumers who lost goods", "Energy and Petroleum Regulatory Authority"),
            Expected("review whether the utility", "Energy and Petroleum Regulatory Authority"),
        ),
    ),
    "cpcb-initials": Article(
        "Indian",
        "2026-11-12",
        "NEW DELHI: The air in 31 cities of the Indo-Gangetic plain was ‘severe’ on Wednesday, the Central Pollution "
        "Control Board said in its daily bulletin.\n\n"
        "Delhi's average air quality index stood at 428, up from 391 a day earlier. The CPCB said stubble burning "
        "in Punjab and Haryana accounted for nearly a third of the city's fine particulate matter.\n\n"
        "“Calm winds and falling temperatures are trapping the pollutants close to the ground,” the board said.\n\n"
        "The Commission for Air Quality Management ordered a halt to all construction work in the capital region. "
        "“Only projects of national importance will be allowed to continue,” the commission said in an order.\n\n"
        "Doctors at the All India Institute of Medical Sciences said they had seen a rise in patients with breathing "
        "trouble. “We are seeing children with asthma attacks every night,” said Dr Anjali Mehra, a paediatrician "
        "at the hospital.\n\n"
        "The CPCB said the air was likely to stay in the ‘severe’ category until Saturday.",
        (
            Expected("stubble burning", "Central Pollution Control Board"),
            Expected("Calm winds and falling", "Central Pollution Control Board"),
            Expected("Only projects of national", "Commission for Air Quality Management", "order"),
            Expected("likely to stay in the", "Central Pollution Control Board"),
        ),
    ),
    "school-district": Article(
        "US local",
        "2026-09-15",
        "CEDAR FALLS, Ore. — The Willow Creek Unified School District will close two elementary schools at the end "
        "of the year, the school board decided Monday night after a four-hour meeting.\n\n"
        "Enrollment at Hillcrest and Pine Ridge elementary schools has fallen by nearly 40 percent since 2019, "
        "according to district figures.\n\n"
        "“Keeping half-empty buildings open means fewer teachers in every classroom,” Superintendent Laura Benning "
        "told the board.\n\n"
        "Parents packed the meeting. “You are taking away the heart of our neighborhood,” said Tom Alvarez, whose "
        "two daughters attend Pine Ridge.\n\n"
        "The district said students would move to Maple Street and Riverside elementary schools, and that buses "
        "would be added for families who live more than a mile away.\n\n"
        "“No teacher will lose a job because of the closures,” the district said in a statement Tuesday.\n\n"
        "The Willow Creek Education Association, which represents the district's 620 teachers, said it would watch "
        "class sizes closely. “We were promised smaller classes and we will hold them to that,” the union said.",
        (
            Expected("students would move to Maple Street", "Willow Creek Unified School District"),
            Expected("No teacher will lose a job", "Willow Creek Unified School District", "statement"),
            Expected("We were promised smaller classes", "Willow Creek Education Association"),
        ),
    ),
    "audit-office-report": Article(
        "British",
        "2026-02-18",
        "The Ministry of Defence has wasted at least £1.4bn on a fleet of armoured vehicles that still cannot be "
        "used in combat, a report by the National Audit Office has found.\n\n"
        "The report said the Sentinel programme was nine years late and that the army would not have a working "
        "vehicle before 2030.\n\n"
        "“The department has repeatedly failed to get a grip on a programme that was in trouble from the start,” "
        "the report said.\n\n"
        "The spending watchdog said the ministry had signed the contract before the vehicle's design was "
        "finished.\n\n"
        "Dame Helen Carrow, who chairs the Commons public accounts committee, said the findings were damning. “This "
        "is a textbook case of how not to buy equipment,” she said.\n\n"
        "A Ministry of Defence spokesperson said: “We accept that the programme has faced significant "
        "challenges.”\n\n"
        "The ministry said it had since changed how it managed large contracts.",
        (
            Expected("Sentinel programme was nine years late", "National Audit Office", "report"),
            Expected("repeatedly failed to get a grip", "National Audit Office", "report"),
            Expected("signed the contract before", "National Audit Office"),
            Expected("textbook case", "Helen Carrow"),
            Expected("changed how it managed", "Ministry of Defence"),
        ),
    ),
    "study-researchers": Article(
        "Australian",
        "2026-05-27",
        "Australians who live within 500 metres of a major road are a third more likely to develop asthma, a new "
        "study has found.\n\n"
        "The study, published in the Medical Journal of Australia on Monday by researchers at the University of "
        "Southern Queensland, followed 12,000 adults in Brisbane, Sydney and Melbourne for a decade.\n\n"
        "The study found that the risk was highest for people who lived near roads carrying trucks.\n\n"
        "“Our findings suggest that where we put new housing matters as much as how we build it,” the paper said.\n\n"
        "The lead author, Associate Professor Kylie Doherty, said councils should think twice before approving "
        "apartments beside motorways. “We are building the next generation of asthma patients,” she said.\n\n"
        "The Asthma Council of Australia said the study confirmed what doctors had suspected for years. “This "
        "should be a wake-up call for planners,” the council said.",
        (
            Expected("risk was highest", "University of Southern Queensland", "study"),
            Expected("where we put new housing", "University of Southern Queensland", "paper"),
            Expected("building the next generation", "Kylie Doherty"),
            Expected("wake-up call for planners", "Asthma Council of Australia"),
        ),
    ),
    "nut-inec-nigeria": Article(
        "Nigerian",
        "2026-07-08",
        "ABUJA — The Nigeria Union of Teachers (NUT) has threatened to pull its members out of the coming local "
        "government elections if the Independent National Electoral Commission (INEC) does not pay their "
        "allowances from the last polls.\n\n"
        "The union said more than 8,000 teachers who served as ad hoc staff in the 2025 governorship elections in "
        "Ekiti and Osun had not been paid.\n\n"
        "“Our members will not work for anybody who owes them,” NUT said in a communiqué after its national "
        "executive council meeting in Abuja on Monday.\n\n"
        "INEC said the allowances had been paid to the states' electoral officers and that it was investigating "
        "why the money had not reached the teachers.\n\n"
        "“The commission is committed to paying every ad hoc worker,” the commission said.\n\n"
        "The union's national president, Comrade Ibrahim Adamu, told journalists that the teachers had waited too "
        "long. “We have been patient for a whole year,” he said.",
        (
            Expected("8,000 teachers who served", "Nigeria Union of Teachers"),
            Expected("Our members will not work", "Nigeria Union of Teachers", "communiqué"),
            Expected("allowances had been paid to the states", "Independent National Electoral Commission"),
            Expected("committed to paying every", "Independent National Electoral Commission"),
            Expected("We have been patient", "Ibrahim Adamu"),
        ),
    ),
    "petition-signers": Article(
        "British",
        "2026-04-02",
        "More than 6,000 residents of Hexley have signed a petition calling on Northbrook Council to save the town's "
        "only public swimming pool.\n\n"
        "The council announced last month that Hexley Baths would close in September because repairs to its roof "
        "would cost £2.3m.\n\n"
        "The petition said the pool was “a lifeline for older people and for children learning to swim”.\n\n"
        "“Closing the baths would leave Hexley without a pool for 15 miles,” the petition said.\n\n"
        "Councillor Janet Morley, the council's cabinet member for leisure, said the authority had no money for the "
        "repairs. “We have looked at every option and none of them adds up,” she said.\n\n"
        "The petition will be presented at a full council meeting on 14 April.",
        (
            Expected("a lifeline for older people", "residents of Hexley", "petition"),
            Expected("leave Hexley without a pool", "residents of Hexley", "petition"),
            Expected("looked at every option", "Janet Morley"),
        ),
    ),
    "auditor-general-report": Article(
        "Kenyan",
        "2026-10-01",
        "NAIROBI — County governments could not account for Sh4.2 billion spent on health projects in the last "
        "financial year, a report by the Auditor-General shows.\n\n"
        "The report, tabled in the Senate on Tuesday, said 19 counties had paid contractors for dispensaries that "
        "were never built.\n\n"
        "“Payments were made without any evidence that the works had been done,” the report said.\n\n"
        "Auditor-General Wanjiru Kamau also flagged Sh600 million paid for drugs that were never delivered to "
        "hospitals.\n\n"
        "The Council of Governors said the report did not reflect the counties' side of the story. “Many of the "
        "queries have since been answered,” the council said in a statement.\n\n"
        "Senator Moses Kiprono, who chairs the County Public Accounts Committee, said governors would be summoned. "
        "“Every shilling must be explained,” he said.",
        (
            Expected("19 counties had paid contractors", "Auditor-General", "report"),
            Expected("Payments were made without any evidence", "Auditor-General", "report"),
            Expected("did not reflect the counties", "Council of Governors"),
            Expected("queries have since been answered", "Council of Governors", "statement"),
            Expected("Every shilling must be explained", "Moses Kiprono"),
        ),
    ),
    "club-and-league": Article(
        "Australian",
        "2026-08-11",
        "Harbourside Rovers have sacked coach Darren Pike after a run of seven straight defeats in the A-League.\n\n"
        "The club said Pike had left by mutual agreement and thanked him for his three seasons in charge.\n\n"
        "“Darren gave everything to this club, but results have not been good enough,” Harbourside Rovers chairman "
        "Michael Theodorou said.\n\n"
        "Assistant coach Luke Brennan will take charge for Saturday's match against Coastal City, the club said.\n\n"
        "Australian Professional Leagues (APL), which runs the competition, said it had fined the club $20,000 for "
        "crowd trouble at its last home game. “Flares have no place in our stadiums,” APL said.\n\n"
        "Rovers supporters' group The Southern End said the fans had been punished for the actions of a few.",
        (
            Expected("left by mutual agreement", "Harbourside Rovers"),
            Expected("Luke Brennan will take charge", "Harbourside Rovers"),
            Expected("fined the club $20,000", "Australian Professional Leagues"),
            Expected("Flares have no place", "Australian Professional Leagues"),
        ),
    ),
    "icasa-authority": Article(
        "South African",
        "2026-01-20",
        "JOHANNESBURG — The Independent Communications Authority of South Africa (Icasa) has fined mobile operator "
        "Vula Mobile R12 million for failing to tell customers about price increases.\n\n"
        "Icasa said the operator had raised the price of its data bundles twice in 2025 without giving the 30 days' "
        "notice its licence requires.\n\n"
        "“Consumers have a right to know what they will pay before they pay it,” the authority said.\n\n"
        "Vula Mobile said it would appeal against the fine. “We believe we followed the rules,” the company said in "
        "a statement.\n\n"
        "The Consumer Goods and Services Ombud (CGSO) said it had received more than 1,200 complaints about the "
        "increases. The ombud said most of the complaints had come from prepaid customers in rural areas.",
        (
            Expected("raised the price of its data bundles", "Independent Communications Authority of South Africa"),
            Expected("Consumers have a right", "Independent Communications Authority of South Africa"),
            Expected("appeal against the fine", "Vula Mobile"),
            Expected("We believe we followed", "Vula Mobile", "statement"),
            Expected("received more than 1,200", "Consumer Goods and Services Ombud"),
            Expected("prepaid customers", "Consumer Goods and Services Ombud"),
        ),
    ),
    "metro-corporation": Article(
        "Indian",
        "2026-12-03",
        "BENGALURU: Services on the Purple Line of Namma Metro were suspended for three hours on Tuesday morning after "
        "a technical fault near the Majestic station, the Bangalore Metro Rail Corporation Limited (BMRCL) said.\n\n"
        "Thousands of office-goers were stranded on platforms. “I waited 40 minutes and then took an auto,” said "
        "Prakash Rao, a software engineer.\n\n"
        "The BMRCL said a power cable had failed in the tunnel between Majestic and City Railway Station. “Our "
        "engineers restored services by 10.45 am,” the corporation said.\n\n"
        "Transport minister K. Ramesh said he had asked the BMRCL for a report on the failure. “Commuters deserve "
        "better,” he told reporters in the Vidhana Soudha.\n\n"
        "The corporation said it would add a second cable on the stretch by March.",
        (
            Expected("power cable had failed", "Bangalore Metro Rail Corporation"),
            Expected("restored services by", "Bangalore Metro Rail Corporation"),
            Expected("Commuters deserve better", "Ramesh"),
            Expected("add a second cable", "Bangalore Metro Rail Corporation"),
        ),
    ),
    "comelec-philhealth": Article(
        "Philippine",
        "2026-03-16",
        "MANILA — Voters who have not yet had their biometrics taken have until April 30 to do so, the Commission on "
        "Elections (Comelec) said on Sunday.\n\n"
        "Comelec said about 2.1 million registered voters still had no photographs, signatures or fingerprints on "
        "file and could be left off the list for the barangay elections in December.\n\n"
        "“We will open satellite registration centres in malls every weekend this month,” the commission said.\n\n"
        "Comelec Chairman Arturo Villanueva urged young voters in particular to come early. “Do not wait for the last "
        "week, when the lines are longest,” he said in a radio interview.\n\n"
        "In a separate announcement, the Philippine Health Insurance Corporation (PhilHealth) said members could now "
        "update their records at the same satellite centres.\n\n"
        "PhilHealth said the arrangement would save members a trip to its regional offices. “Members can register to "
        "vote and update their records in one visit,” the corporation said.",
        (
            Expected("2.1 million registered voters", "Commission on Elections"),
            Expected("open satellite registration", "Commission on Elections"),
            Expected("Do not wait for the last", "Arturo Villanueva"),
            Expected("save members a trip", "Philippine Health Insurance Corporation"),
            Expected("Members can register to vote", "Philippine Health Insurance Corporation"),
        ),
    ),
    "ofgem-energy": Article(
        "British",
        "2026-11-25",
        "Millions of households will pay £54 a year more for their energy from January after the Office of Gas and "
        "Electricity Markets (Ofgem) raised its price cap on Friday.\n\n"
        "Ofgem said the rise reflected higher wholesale gas prices over the autumn and the cost of upgrading the "
        "electricity grid.\n\n"
        "“We know this is unwelcome news for many families heading into the coldest months,” the regulator said.\n\n"
        "Campaigners said the cap had now risen three times in a year. “People are being asked to choose between "
        "heating and eating,” said Priya Sandhu, director of the charity Fuel Poverty Watch.\n\n"
        "Energy UK, which represents suppliers, said most of the increase was outside firms' control. Ofgem added "
        "that customers struggling to pay should contact their supplier as soon as possible.",
        (
            Expected("rise reflected higher wholesale", "Office of Gas and Electricity Markets"),
            Expected("unwelcome news for many families", "Office of Gas and Electricity Markets"),
            Expected("choose between heating", "Priya Sandhu"),
            Expected("customers struggling to pay", "Office of Gas and Electricity Markets"),
        ),
    ),
    "kemri-study": Article(
        "Kenyan",
        "2026-06-30",
        "KISUMU — Children sleeping under treated nets in western Kenya are getting malaria less often than five years "
        "ago, but the mosquitoes are changing their habits, a new study shows.\n\n"
        "The study, carried out by the Kenya Medical Research Institute (Kemri) in Siaya and Busia counties, tested "
        "more than 9,000 children between 2021 and 2025.\n\n"
        "The study found that mosquitoes were now biting earlier in the evening, before families went to bed.\n\n"
        "“Nets alone will not finish the job if the mosquitoes bite at seven o'clock,” the study said.\n\n"
        "Kemri said it would share the findings with the Ministry of Health, which is drawing up a new malaria "
        "strategy.\n\n"
        "Siaya County health executive Dr Otieno Ouma welcomed the research. “We will use it to plan our spraying "
        "programme,” he said.",
        (
            Expected("biting earlier in the evening", "Kenya Medical Research Institute", "study"),
            Expected("Nets alone will not finish", "Kenya Medical Research Institute", "study"),
            Expected("share the findings", "Kenya Medical Research Institute"),
            Expected("plan our spraying", "Otieno Ouma"),
        ),
    ),
    "nurses-association": Article(
        "US local",
        "2026-02-09",
        "SPRINGDALE, Ill. — Nurses at Mercy Valley Hospital voted Sunday to strike for three days next week, the "
        "Springdale Registered Nurses Association announced.\n\n"
        "The union said 91 percent of its 740 members had voted in favor of the walkout, which would begin Feb. 17 "
        "if no deal is reached.\n\n"
        "“Our nurses are caring for eight patients at a time on some floors,” the union said in a statement.\n\n"
        "The hospital said it had offered a 9 percent raise over three years. “We remain at the table and hope to "
        "reach an agreement,” Mercy Valley Hospital spokeswoman Dana Kowalski said.\n\n"
        "The Illinois Department of Public Health said it would monitor staffing at the hospital during any strike.",
        (
            Expected("91 percent of its 740", "Springdale Registered Nurses Association"),
            Expected("caring for eight patients", "Springdale Registered Nurses Association", "statement"),
            Expected("offered a 9 percent raise", "Mercy Valley Hospital"),
            Expected("remain at the table", "Dana Kowalski"),
            Expected("monitor staffing", "Illinois Department of Public Health"),
        ),
    ),
    "municipal-corporation": Article(
        "Indian",
        "2026-07-14",
        "MUMBAI: The Brihanmumbai Municipal Corporation has declared 188 buildings in the city dangerous and asked "
        "residents to move out before the heaviest monsoon rains.\n\n"
        "The corporation said 47 of the buildings were in such a poor state that they could collapse at any time.\n\n"
        "“Residents who refuse to vacate will have their water and electricity cut,” the BMC said in a notice.\n\n"
        "Many tenants said they had nowhere to go. “If we leave, the landlord will never let us back,” said Suresh "
        "Patil, who has lived in a chawl in Girgaon for 40 years.\n\n"
        "The Maharashtra Housing and Area Development Authority said it had set aside 600 transit flats for families "
        "from the dangerous buildings. “The flats are ready and families can move in this week,” the authority "
        "said.",
        (
            Expected("47 of the buildings", "Brihanmumbai Municipal Corporation"),
            Expected("refuse to vacate", "Brihanmumbai Municipal Corporation", "notice"),
            Expected("If we leave", "Suresh Patil"),
            Expected("set aside 600 transit", "Maharashtra Housing and Area Development Authority"),
            Expected("The flats are ready", "Maharashtra Housing and Area Development Authority"),
        ),
    ),
    "road-safety-corps": Article(
        "Nigerian",
        "2026-12-20",
        "LAGOS — At least 14 people died on Friday when a tanker lost control and hit three buses on the Lagos-Ibadan "
        "Expressway, the Federal Road Safety Corps said.\n\n"
        "FRSC said the tanker's brakes had failed on a slope near the Long Bridge and that the driver had fled.\n\n"
        "“Motorists should avoid the expressway until the wreckage is cleared,” FRSC said in a message on X.\n\n"
        "The Lagos State Emergency Management Agency said its rescue teams had taken 22 injured people to hospitals "
        "in Ikeja and Sagamu.\n\n"
        "The agency said the fire caused by the crash had been put out by Saturday morning. “Our teams worked through "
        "the night,” LASEMA said.",
        (
            Expected("brakes had failed", "Federal Road Safety Corps"),
            Expected("Motorists should avoid", "Federal Road Safety Corps"),
            Expected("rescue teams had taken", "Lagos State Emergency Management Agency"),
            Expected("fire caused by the crash", "Lagos State Emergency Management Agency"),
            Expected("Our teams worked", "Lagos State Emergency Management Agency"),
        ),
    ),
    "ipoa-shooting": Article(
        "Kenyan",
        "2026-09-08",
        "NAKURU — The Independent Policing Oversight Authority (IPOA) has opened an inquiry into the death of a "
        "boda boda rider who was shot during a police crackdown in Nakuru town on Saturday.\n\n"
        "IPOA said its investigators had visited the scene and recorded statements from witnesses and the officers "
        "involved.\n\n"
        "“We urge anyone who saw the shooting to come forward,” IPOA said in a statement on Monday.\n\n"
        "The rider's brother, Samuel Kiprotich, said the family wanted justice. “He was going home after work,” he "
        "told reporters outside the Nakuru Level Five Hospital mortuary.\n\n"
        "The National Police Service said the officers had come under attack from a crowd. The service said it would "
        "cooperate fully with the authority.",
        (
            Expected("investigators had visited the scene", "Independent Policing Oversight Authority"),
            Expected("anyone who saw the shooting", "Independent Policing Oversight Authority", "statement"),
            Expected("He was going home", "Samuel Kiprotich"),
            Expected("come under attack", "National Police Service"),
            Expected("cooperate fully", "National Police Service"),
        ),
    ),
    "fire-service-bom": Article(
        "Australian",
        "2026-12-29",
        "Residents of three towns in the NSW Southern Highlands have been told to leave their homes as a bushfire "
        "burns out of control near Bundanoon, the NSW Rural Fire Service said on Monday.\n\n"
        "The service said the fire had burnt through more than 4,000 hectares since it was started by lightning on "
        "Saturday night.\n\n"
        "“If you are in Wingello, Penrose or Bundanoon, it is too late to wait and see,” RFS Commissioner Rob "
        "Hendry told reporters in Moss Vale.\n\n"
        "The Bureau of Meteorology (BoM) said temperatures would reach 42 degrees on Tuesday with strong "
        "north-westerly winds. BoM said a cool change was not expected before Wednesday afternoon.\n\n"
        "Evacuation centres have opened in Bowral and Goulburn. “We have beds for 600 people and we will open more if "
        "we need them,” the service said.",
        (
            Expected("burnt through more than 4,000", "NSW Rural Fire Service"),
            Expected("too late to wait and see", "Rob Hendry"),
            Expected("temperatures would reach 42", "Bureau of Meteorology"),
            Expected("cool change was not expected", "Bureau of Meteorology"),
            Expected("We have beds for 600", "NSW Rural Fire Service"),
        ),
    ),
    "sanral-tolls": Article(
        "South African",
        "2026-04-14",
        "DURBAN — Motorists on the N2 north of Durban will pay R4.50 more at the Mvoti toll plaza from May 1, the "
        "South African National Roads Agency Limited (Sanral) announced on Tuesday.\n\n"
        "Sanral said the increase was in line with inflation and would pay for resurfacing the road between Ballito "
        "and Stanger.\n\n"
        "“Frequent users can apply for a discount of up to 30 percent,” Sanral spokesperson Thandeka Mbatha said.\n\n"
        "The Road Freight Association said hauliers were already struggling with high diesel prices. “Every rand "
        "added at the plaza ends up in the price of food,” the association said.\n\n"
        "Sanral said it had received 214 comments on the proposed increase and had considered all of them.",
        (
            Expected("in line with inflation", "South African National Roads Agency"),
            Expected("discount of up to 30", "Thandeka Mbatha"),
            Expected("already struggling", "Road Freight Association"),
            Expected("Every rand added", "Road Freight Association"),
            Expected("received 214 comments", "South African National Roads Agency"),
        ),
    ),
    "ltfrb-fares": Article(
        "Philippine",
        "2026-10-06",
        "MANILA — The minimum jeepney fare in Metro Manila will rise by ₱1 to ₱14 from next Monday, the Land "
        "Transportation Franchising and Regulatory Board (LTFRB) said.\n\n"
        "The LTFRB said the increase would help drivers cope with diesel prices that have risen for six straight "
        "weeks.\n\n"
        "“Students, senior citizens and persons with disabilities will keep their 20 percent discount,” LTFRB said.\n\n"
        "Commuter groups said the increase would hurt workers who ride three jeepneys a day. “Every peso counts for a "
        "minimum wage earner,” said Ana Lim of the group Passenger Forum.\n\n"
        "Drivers' group Piston welcomed the decision but said it was not enough. The board said it would review "
        "fares again in January.",
        (
            Expected("help drivers cope", "Land Transportation Franchising and Regulatory Board"),
            Expected("keep their 20 percent discount", "Land Transportation Franchising and Regulatory Board"),
            Expected("Every peso counts", "Ana Lim"),
            Expected("review fares again", "Land Transportation Franchising and Regulatory Board"),
        ),
    ),
    "pura-tariffs": Article(
        "Ghanaian",
        "2026-07-02",
        "ACCRA — Electricity and water tariffs will rise by 8.5 percent from August 1, the Public Utilities Regulatory "
        "Authority (PURA) has announced.\n\n"
        "In a statement signed by its executive secretary, Dr Kwame Asare-Bediako, the authority said the rise would "
        "cover the higher cost of fuel for thermal power plants.\n\n"
        "“Lifeline customers who use less than 50 units a month will not pay more,” PURA said.\n\n"
        "The Association of Ghana Industries said manufacturers could not absorb another increase. “Factories will "
        "pass the cost on to consumers,” the association said.\n\n"
        "The Electricity Company of Ghana said it would update its prepaid meters before the new tariffs take effect.",
        (
            Expected("cover the higher cost of fuel", "Public Utilities Regulatory Authority"),
            Expected("Lifeline customers", "Public Utilities Regulatory Authority"),
            Expected("could not absorb", "Association of Ghana Industries"),
            Expected("Factories will pass", "Association of Ghana Industries"),
            Expected("update its prepaid meters", "Electricity Company of Ghana"),
        ),
    ),
    "media-authority-regulator": Article(
        "Australian",
        "2026-05-05",
        "The Australian Communications and Media Authority has fined telco Southern Cross Mobile $1.8 million for "
        "failing to connect triple zero calls during an outage last November.\n\n"
        "The authority found that 312 calls to emergency services failed during the 14-hour outage, which hit "
        "customers in Victoria and Tasmania.\n\n"
        "“Every one of those calls could have been a matter of life and death,” the regulator said.\n\n"
        "Southern Cross Mobile chief executive Paul Varga said the company accepted the penalty. “We have rebuilt the "
        "systems that failed,” he said.\n\n"
        "The regulator said it would audit the company's emergency call systems again in six months.",
        (
            Expected("312 calls to emergency", "Australian Communications and Media Authority"),
            Expected("matter of life and death", "Australian Communications and Media Authority"),
            Expected("rebuilt the systems", "Paul Varga"),
            Expected("audit the company", "Australian Communications and Media Authority"),
        ),
    ),
    "school-circular-memorandum": Article(
        "Indian",
        "2026-04-20",
        "CHENNAI: Government schools in Tamil Nadu will close at noon for the rest of April because of the heat "
        "wave, the School Education Department said on Saturday.\n\n"
        "The department said in a memorandum sent to district education officers that classes for students of "
        "classes 1 to 5 would end by 11.30 am.\n\n"
        "“Headmasters must make sure that drinking water is available in every classroom,” the memorandum said.\n\n"
        "The India Meteorological Department (IMD) said temperatures would stay above 40 degrees Celsius in "
        "interior districts until the end of the month. The IMD said a heat wave warning was in force for Vellore "
        "and Tiruttani.\n\n"
        "Parents welcomed the shorter hours. “My son came home with a headache every day last week,” said Lakshmi "
        "Narayanan, a parent in Vellore.",
        (
            Expected("classes 1 to 5 would end", "School Education Department", "memorandum"),
            Expected("drinking water is available", "School Education Department", "memorandum"),
            Expected("stay above 40 degrees", "India Meteorological Department"),
            Expected("heat wave warning was in force", "India Meteorological Department"),
            Expected("came home with a headache", "Lakshmi Narayanan"),
        ),
    ),
}

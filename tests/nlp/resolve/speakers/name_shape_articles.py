"""Articles written for speakernames (thirty-sixth set): short news stories in the speaker shapes the last blind pages
lost, each in several news traditions. A forename abbreviated with a stop ("Ma." for Maria in the Philippines, "Md."
and "Mohd." in Bangladesh and Malaysia, "Wm." and "Jas." in old British and American usage) before the rest of the
name; a noun that is no one taken as a speaker (an MP's "question", "her two young children", "the public gallery");
a person named as an association's chair speaking; "according to" a report that names a body inside it; a question, a
letter or a complaint from a named person "who asked" (the thing was the speaker). Every article:
(name, shape, text, expected), where expected lists (a piece only that statement's content holds, the speaker's name as
the page scorer checks it: the expected name is contained in the system's, case aside). The expected speakers were
written before any run, as a reader takes them: a person speaking as a body's chair is the person (the pages name the
person), a report is its maker's, not a body it cites."""

from __future__ import annotations

Expected = tuple[str, str]
ARTICLES: list[tuple[str, str, str, list[Expected]]] = [
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
]

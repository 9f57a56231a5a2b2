"""The round's written articles: a role description whose holder the text names with that title, and a document
whose maker the text names (the brief's two speaker shapes), in several traditions of news writing.

    PYTHONPATH=src python experiments/titlelinks/articles.py [NAME ...]

Prints each statement found, with its source, speaker, channel, time and addressee (README.md gives the figures).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

# the documentspeakers round's printer (each statement found, with its source, speaker, channel, time, addressee)
_PRINTER = Path(__file__).resolve().parents[1] / "documentspeakers" / "articles.py"
_SPEC = importlib.util.spec_from_file_location("documentspeakers_articles", _PRINTER)
assert _SPEC is not None and _SPEC.loader is not None
_MODULE = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_MODULE)
main = _MODULE.main

ARTICLES = {
    # a Scottish first minister: named with the title, then "The First Minister" several paragraphs on
    "first_minister": "First Minister Morag Lennox on Tuesday announced a review of ferry contracts. The review "
    "will report by June. Opposition parties welcomed it but said it came too late. Islanders have waited two years "
    "for the new vessels. Labour's transport spokesman Iain Duthie said the delays were a scandal. “We cannot wait "
    "another winter,” he said. The First Minister said the government would publish every contract.",
    # a Canadian minister named with the title after a comma; "the minister" later, another person quoted between
    "minister_appos": "Ottawa will spend $2 billion on rail, Transport Minister Claire Dubois said on Monday. The "
    "money will go to freight lines in the Prairies. Farmers had asked for it for years. Grain Growers of Canada "
    "president Tom Wiebe said the money was welcome. “It is a start,” Wiebe said. The minister said work would "
    "begin in the spring.",
    # a coroner named as "Coroner X" in an inquest, "the coroner" later, a witness quoted between
    "coroner": "An inquest into the death of a Hamilton teenager opened on Tuesday before Coroner Helen Parata. "
    "The boy's mother, Anahera Wiremu, told the inquest her son had been unwell for days. “Nobody listened to us,” "
    "she said. A nurse at the clinic, Jo Turner, said the clinic was short-staffed that week. “We had two nurses for "
    "forty patients,” Turner said. The coroner said she would deliver her findings in March.",
    # a company's chief executive named "X, the chief executive of Y" and "the chief executive" later
    "chief_executive": "Shares in Harbour Foods fell 12 per cent on Thursday after the grocer cut its forecast. "
    "Sandra Okoye, the chief executive of Harbour Foods, blamed higher energy costs. Analysts at Barclays said the "
    "cut was larger than expected. “The second half will be tough,” said Peter Lund, an analyst at Barclays. The "
    "chief executive said prices would not rise before Christmas.",
    # a council's chair named "Cr X, chair of the council's finance committee", "the chair" later
    "council_chair": "Wagga Wagga's rates will rise by 4 per cent, the council decided on Monday night. Councillor "
    "Amelia Rossi, the chair of the council's finance committee, said the rise was the smallest in a decade. "
    "Ratepayers at the meeting were not convinced. “Every year it goes up,” said resident Brian Holt. The chair said "
    "the council had cut its own spending first.",
    # a US majority leader, "Senate Majority Leader X", "the majority leader" later
    "majority_leader": "Senate Majority Leader Dan Whitfield on Wednesday set a vote on the farm bill for next week. "
    "Democrats said they had not seen the final text. “This is being rushed,” Senator Rosa Delgado said. The "
    "majority leader said the bill had been public for a month.",
    # a governor's aide named by name and title; "the aide" later
    "governor_aide": "Governor Ruth Adeyemi's chief of staff, Marcus Bell, met nurses in the hallway after the "
    "address. The nurses asked about staffing ratios. “We are listening,” the aide said.",
    # a Nigerian state governor: "Governor X" then "the governor" after a commissioner is quoted
    "governor_ng": "Kwara State Governor Abdulrahman Bello on Friday flagged off the construction of a 40-kilometre "
    "road in Ilorin. The Commissioner for Works, Mr Tunde Adebayo, said the road would be finished in 18 months. "
    "“We have the money in the budget,” Adebayo said. The governor said the project would create 2,000 jobs.",
    # the office first, in the lede, its one holder named with the title paragraphs on
    "first_minister_before": "The First Minister has promised a review of ferry contracts after islanders were left "
    "without a sailing for a week. Opposition parties said it came too late. “We cannot wait another winter,” said "
    "Labour's Iain Duthie. First Minister Morag Lennox told MSPs that every contract would be published.",
    "coroner_before": "The coroner investigating the death of a Hamilton teenager has warned that clinics are "
    "short-staffed. The boy's mother told the inquest her son had been unwell for days. “Nobody listened to us,” "
    "she said. Coroner Helen Parata opened the inquest on Tuesday.",
    # a chief executive titled before the name, "the chief executive" after an analyst quoted between
    "chief_executive_titled": "Harbour Foods chief executive Sandra Okoye on Thursday blamed higher energy costs for "
    "the cut. Analysts said the cut was larger than expected. Shares fell. Bonds fell too. “The second half will be "
    "tough,” said Peter Lund, an analyst at Barclays. The chief executive said prices would not rise before "
    "Christmas.",
    # a capitalised office the tagger reads as a body's name, its holder set off after it (Ghana, Nigeria, Kenya)
    "organiser_ghana": "Cocoa farmers in Kumasi demanded a higher farm-gate price on Saturday. The National Women's "
    "Organiser of the association, Madam Akosua Serwaa Bediako, said buying companies paid farmers late.",
    "minister_nigeria": "At a stakeholders' meeting in Lagos on Thursday, the Minister of Industry, Trade and "
    "Investment, Dr Folasade Adeyemi-Okafor, said the Federal Government would not withdraw the directive.",
    "cabinet_secretary_kenya": "The Cabinet Secretary for Health, Ms Wanjiru Kamau, said on Tuesday that Nakuru's "
    "county hospital would get two more ambulances.",
    # a communiqué of a named summit
    "communique": "Leaders of the Southern African Development Community ended a two-day summit in Harare on "
    "Saturday. The communiqué said member states would deploy a standby force to the region.",
    # a named committee's report and findings
    "committee_report": "The Public Accounts Committee released its report on the hospital contract on Thursday. "
    "The report found that officials ignored warnings about cost. The findings said the ministry should recover the "
    "money.",
    # an inspector's report, the inspector named
    "inspector_report": "Chief Inspector of Prisons Martin Hale published his report on Wandsworth prison on "
    "Tuesday. The report said cells were overcrowded and rat-infested.",
    # a named court's order
    "court_order": "The Lahore High Court on Monday ordered the provincial government to restore the teachers' "
    "salaries. The order said the government had acted without notice.",
    # a bench's order, acted in by the bench and named again as the source
    "bench_order": "A division bench of Justice Anil Mehra and Justice Sunita Rao heard the petition on Thursday. "
    "In its order uploaded on Friday evening, the bench recorded that the state had failed to give notice. “The "
    "respondent shall file a reply within two weeks,” the order reads.",
    # an "in order to" purpose: no document
    "in_order_to": "The council met on Monday in order to settle the budget. “The order of business was changed,” "
    "the clerk said.",
    # a report's title given as the source
    "report_title": "The Ministry of Health released a report titled “Waiting Too Long” on Friday. “Waiting Too "
    "Long” found that half of patients waited more than a year for surgery.",
    # unlinked: two ministers named, "the minister" must not be guessed by title
    "two_ministers": "Finance Minister Ravi Menon and Trade Minister Li Wen met exporters on Monday. Exporters asked "
    "for cheaper credit. The minister said the banks would be asked to help.",
    # unlinked: a report nobody is named as making
    "makerless_report": "A report leaked to reporters on Tuesday painted a grim picture. The report said the "
    "hospital had run out of beds twice in a month.",
}


if __name__ == "__main__":
    main(sys.argv[1:], ARTICLES)

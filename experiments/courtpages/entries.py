"""The expected entries of the four court pages written blind in the forty-second set (courtpages).

Run once to append them to tests/fixtures/news-pages/expected.json with the file's own indentation.
"""

import json
import sys
from pathlib import Path


def s(content, speaker, kind, **fields):
    return {"content": content, "speaker": speaker, "kind": kind, **fields}


T1 = {"channel": "four-day trial", "addressee": "the jury", "time": "on Monday"}
EV = {"channel": "evidence", "time": "on Tuesday"}
XX = {"channel": "cross-examination", "time": "on Wednesday"}
HV = {"channel": "statement", "time": "after the verdict"}
GLOUCESTER = {
    "statements": [
        s("something close to an obsession", "Thornhill", "mixed", **T1),
        s("filled a plastic milk carton with petrol", "Thornhill", "indirect", **T1),
        s("the hallway was already burning", "Thornhill", "direct", **T1),
        s("black from top to bottom", "Mills", "mixed", **EV),
        s("I grabbed the little one and shouted", "Mills", "direct", addressee="the court", **EV),
        s("Pike had left notes on her car windscreen", "Mills", "mixed", **EV),
        s(
            "the fire had been started at the foot",
            "Barlow",
            "indirect",
            channel="four-day trial",
            addressee="the jury",
        ),
        s(
            "There is no accidental cause for a fire",
            "Barlow",
            "direct",
            channel="four-day trial",
            addressee="the jury",
        ),
        s("he had been asleep at home at the time", "Pike", "indirect", channel="four-day trial", addressee="the jury"),
        s("said some things I shouldn't have", "Pike", "mixed", **XX),
        s("Lots of people round here have a grey hoodie", "Pike", "direct", **XX),
        s(
            "built on a grudge and a grainy video",
            "Prichard",
            "mixed",
            channel="closing speech",
            time="on Thursday morning",
        ),
        s(
            "bad feeling between neighbours was not in itself evidence",
            "Ashworth",
            "indirect",
            channel="Summing up",
            addressee="the jury",
        ),
        s("a substantial prison sentence", "Ashworth", "mixed", addressee="Pike"),
        s("nothing short of a miracle", "Hale", "mixed", **HV),
        s("This was a deliberate and wicked act", "Hale", "direct", **HV),
        s("thank the neighbour who fetched the ladder", "Hale", "mixed", **HV),
    ],
    "furniture": [
        "A417 closed at Birdlip after lorry overturns",
        "Quedgeley burglar who stole war medals jailed",
        "Get the Courier's Crime & Courts newsletter",
        "Kingsholm match day parking charges to double",
        "I was defending myself",
        "We use cookies to improve your experience",
        "Man arrested after family escape Tuffley house fire",
    ],
    "not_speakers": [
        "Tom Fairweather",
        "Severn Vale Courier",
        "jury",
        "Gloucestershire Fire and Rescue Service",
        "Cotswold Close",
        "Hardwicke",
    ],
}

HR = {"channel": "hearing", "time": "on Thursday"}
OR = {"channel": "order", "time": "on Friday evening"}
BOMBAY = {
    "statements": [
        s("as if they were waste paper", "bench", "mixed", **HR),
        s("These are people who have paid you fees", "Wagle", "direct", **HR),
        s("had met even once in 2026", "Dhupkar", "indirect", addressee="the corporation's counsel", **HR),
        s("giving vendors just 48 hours to remove", "Shenoy-Talwar", "indirect", **HR),
        s("goods worth several lakh rupees had been seized", "Shenoy-Talwar", "indirect", **HR),
        s("the law does not say that a vendor", "Shenoy-Talwar", "direct", **HR),
        s("has no roof, no water and no customers", "Shenoy-Talwar", "mixed", addressee="the bench", **HR),
        s("the drive was necessary to decongest the station area", "Bapat", "mixed", **HR),
        s("willing to allot alternative pitches to vendors", "Bapat", "indirect", addressee="the court", **HR),
        s("could not be held up indefinitely", "Nadkarni-Joshi", "mixed", **HR),
        s("That is putting the cart before the horse", "Dhupkar", "direct", **HR),
        s("especially when the people affected are the poorest", "judges", "mixed", **HR),
        s("had prima facie failed to comply with Section 18", "bench", "indirect", **OR),
        s("shall place on record the minutes of every meeting", "bench", "direct", **OR),
        s("is accepted as an undertaking to this Court", "bench", "mixed", **OR),
        s("the vendors would now ask for compensation", "Zoya Merchant", "indirect", addressee="reporters"),
        s("Today's order gives them some breathing space", "Merchant", "direct", addressee="reporters"),
    ],
    "furniture": [
        "Supreme Court Seeks Status Report From States",
        "Kerala High Court Refuses To Relax Temple Elephant Parade Rules",
        "Bail Is The Rule, Jail The Exception",
        "Get the Nyaya Ledger Daily Digest",
        "This website uses cookies to ensure you get the best experience",
        "Subscribe to Nyaya Ledger Premium",
        "NLU Moot Court Competition 2026: Full Results",
    ],
    "not_speakers": [
        "Ishita Rane",
        "Nyaya Ledger",
        "Thane Station Feriwala Kamgar Sangh",
        "Street Vendors Act",
        "Supreme Court",
        "Thane",
    ],
}

SH = {"channel": "hearing", "time": "Tuesday"}
RL = {"channel": "news release", "time": "later Tuesday"}
OHIO = {
    "statements": [
        s("left two children without their mother", "Linda Kowalczyk", "mixed", addressee="Brandt", **SH),
        s("I set the table for four every Sunday", "Kowalczyk", "direct", addressee="Brandt", **SH),
        s("chosen the bar over everybody else", "Kowalczyk", "mixed", addressee="the judge", **SH),
        s("blood alcohol content was 0.19 two hours after", "Haney", "indirect", addressee="Ostrowski", **SH),
        s("He was given a second chance by this court", "Haney", "direct", addressee="Ostrowski", **SH),
        s("a life is worth more than a night out", "Haney", "mixed", addressee="Ostrowski", **SH),
        s("There's nothing I can say that's going to", "Brandt", "direct", addressee="Kowalczyk family", **SH),
        s("he had been sober since the crash", "Brandt", "indirect", addressee="the judge", **SH),
        s("he had read more than 200 letters", "Ostrowski", "mixed", **SH),
        s("I believe your apology is sincere", "Ostrowski", "direct", **SH),
        s("students will carry that choice with them", "Ostrowski", "direct", **SH),
        s("her client accepted the sentence and would not appeal", "Whitlock", "indirect", time="after the hearing"),
        s(
            "a young man who made a terrible decision",
            "Whitlock",
            "direct",
            addressee="reporters",
            time="after the hearing",
        ),
        s("reflects the enormous loss", "Vetter", "mixed", **RL),
        s("require ignition interlock devices for all repeat", "Vetter", "indirect", **RL),
        s("dedicate a reading garden to Kowalczyk", "Dunbar", "indirect", channel="email", addressee="the Ledger"),
    ],
    "furniture": [
        "Hundreds gather at Maple Street Elementary to remember teacher",
        "Driver pleads guilty in crash that killed Zanesville teacher",
        "OVI checkpoint planned for Friday on Maple Avenue",
        "Get the Daily Briefing newsletter",
        "We and our partners use cookies and similar technologies",
        "Subscribe for $1",
        "Maysville clinches first home playoff game since 2011",
    ],
    "not_speakers": [
        "Marcus Dill",
        "The Muskingum Ledger",
        "Jenna Kowalczyk",
        "Maple Street Elementary",
        "Military Road",
        "Dana Whitlock, during",
    ],
}

JM = {"channel": "judgment", "time": "on Thursday"}
DS = {"channel": "dissenting judgment", "time": "on Thursday"}
AP = {"channel": "appeal", "time": "in March"}
ST = {"channel": "statement", "time": "on Thursday night"}
TRINIDAD = {
    "statements": [
        s("a consultation in name only", "Ramcharan-Lewis", "mixed", **JM),
        s("A public body that has already made up its mind", "Ramcharan-Lewis", "direct", **JM),
        s("Those assurances were not casual remarks made on a beach", "Ramcharan-Lewis", "direct", **JM),
        s("a matter for the executive", "Ramcharan-Lewis", "mixed", **JM),
        s("he would have dismissed the appeal", "Cudjoe-Baptiste", "indirect", **DS),
        s("Intentions, however sincere, are not undertakings", "Cudjoe-Baptiste", "direct", **DS),
        s("paralysing the State's ability to carry out works", "Cudjoe-Baptiste", "mixed", **DS),
        s(
            "surveyors and bulldozers were already on the beach",
            "Mahabir-Grant",
            "indirect",
            addressee="the three judges",
            **AP,
        ),
        s(
            "My clients were asked for their views",
            "Mahabir-Grant",
            "direct",
            channel="appeal",
            addressee="the three judges",
            time="at the time",
        ),
        s("had wrongly treated the 2019 letter as", "Mahabir-Grant", "mixed", addressee="the three judges", **AP),
        s("the State had met its obligations by publishing the notice", "Gopaul-Yearwood", "indirect", **AP),
        s(
            "members had gathered on the beach to hear the news",
            "Baptiste",
            "indirect",
            channel="phone",
            addressee="the Herald",
            time="on Thursday evening",
        ),
        s(
            "We just want them to talk to us first",
            "Baptiste",
            "direct",
            channel="phone",
            addressee="the Herald",
            time="on Thursday evening",
        ),
        s("studying the judgment with the Attorney General's office", "Alleyne-Sookram", "indirect", **ST),
        s("remains a critical part of our plan", "Alleyne-Sookram", "direct", **ST),
        s("decide within 42 days whether to seek leave", "Alleyne-Sookram", "indirect", **ST),
        s("a victory for every small community", "Lalla", "mixed", channel="post on Facebook"),
    ],
    "furniture": [
        "Otaheite residents take land fight to Appeal Court",
        "La Brea jetty repairs delayed again",
        "Coast Guard seizes pirogue off Cedros",
        "CJ: Case backlog down 18 per cent",
        "Sign up for the Gulf Herald newsletter",
        "This site uses cookies",
        "You must be logged in to post a comment",
        "Trinidad and Tobago's Southern Voice",
    ],
    "not_speakers": [
        "Anil Persad-Morris",
        "The Gulf Herald",
        "Dexter Boodram",
        "Privy Council",
        "Otaheite Bay",
        "Attorney General",
    ],
}

PAGES = {
    "gloucester-crown-court-arson-trial-verdict.html": GLOUCESTER,
    "bombay-high-court-bench-hawkers-eviction-petition.html": BOMBAY,
    "ohio-county-sentencing-fatal-crash-impact-statements.html": OHIO,
    "trinidad-court-of-appeal-fishing-village-land-judgment-dissent.html": TRINIDAD,
}


def check(folder: Path) -> None:
    """Every content piece and furniture string once in the reader's text, and the published date read."""
    from quotegraph.io import read

    for name, entry in PAGES.items():
        [article] = read(folder / name)
        text = article.text
        print(name, getattr(article, "published", None) or getattr(article, "date", None), len(text.split()))
        for st in entry["statements"]:
            n = text.count(st["content"])
            if n != 1:
                print("  content x", n, st["content"])
            for f in ("channel", "addressee", "time"):
                if f in st and st[f] not in text:
                    print("  field missing", f, st[f])
        for f in entry["furniture"]:
            if f not in text:
                print("  furniture missing", f)


def append(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    data = json.loads(raw)
    for name in PAGES:
        if name in data:
            raise SystemExit(f"{name} already in {path}")
    data.update(PAGES)
    indent = 2 if '\n  "' in raw[:200] else 1
    path.write_text(json.dumps(data, indent=indent, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    folder = Path("tests/fixtures/news-pages")
    if sys.argv[1:] == ["append"]:
        append(folder / "expected.json")
    else:
        check(folder)

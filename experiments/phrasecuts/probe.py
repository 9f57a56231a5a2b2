"""The round's own sentences, each with what it should give, written before the readings: prints found against
expected and the count right.

    PYTHONPATH=src python experiments/phrasecuts/probe.py

Run with another ``src`` on PYTHONPATH (main's, or one with ``programme-phrases.patch`` applied) to compare."""

from __future__ import annotations

import quotegraph

# (text, content piece, field, expected): field is "speaker", "channel", "addressee", "time" or "source"; the
# expected text must equal the found one (case aside); a channel or addressee may be either of the two found
CASES = [
    (
        "Imam Yusuf Abdullahi of the Central Mosque in Kano addressed worshippers after Friday prayers. "
        '"Violence is never the answer," the imam said.',
        "Violence is never",
        "speaker",
        "Yusuf Abdullahi",
    ),
    (
        "Sheikh Ahmed al-Tayeb addressed the conference in Cairo on Tuesday. The cleric said extremism had no place in "
        "Islam.",
        "extremism had no place",
        "speaker",
        "Ahmed al-Tayeb",
    ),
    (
        "Archbishop Peter Mensah led the funeral mass in Kumasi on Saturday. The archbishop told mourners that the "
        "dead miners would not be forgotten.",
        "the dead miners",
        "speaker",
        "Peter Mensah",
    ),
    (
        "Brother Thomas, a Benedictine monk at Glenstal Abbey, spoke to the Irish Wire on Friday. The monk said the "
        "abbey would host refugees.",
        "the abbey would host",
        "speaker",
        "Thomas",
    ),
    (
        "The Rev Alison Hart, vicar of St Mary's church in Thornbury, wrote to parishioners on Monday. The vicar said "
        "the roof repairs would cost £80,000.",
        "the roof repairs",
        "speaker",
        "Alison Hart",
    ),
    (
        "Alison Hart, the vicar of St Mary's in Thornbury, wrote to parishioners on Monday. The vicar said the roof "
        "repairs would cost £80,000.",
        "the roof repairs",
        "speaker",
        "Alison Hart",
    ),
    (
        "The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) said the storm "
        "would make landfall on Tuesday. PAGASA said signals would be raised in Isabela.",
        "signals would be raised",
        "speaker",
        "Philippine Atmospheric, Geophysical and Astronomical Services Administration",
    ),
    (
        'The Australian Communications and Media Authority (ACMA) said on Monday it had fined the telco. "The breaches '
        'were serious," ACMA said.',
        "The breaches were serious",
        "speaker",
        "Australian Communications and Media Authority",
    ),
    (
        "A spokesperson for the Kenya Marine and Fisheries Research Institute (KMFRI) said the fish kill was caused by "
        "low oxygen. KMFRI said it would test the water again.",
        "it would test the water",
        "speaker",
        "Kenya Marine and Fisheries Research Institute",
    ),
    (
        "The Electricity Company of Ghana (ECG) said power would be restored by Friday.",
        "power would be restored",
        "speaker",
        "Electricity Company of Ghana",
    ),
    ("Today the minister said the budget would be balanced by 2028.", "the budget would", "source", "the minister"),
    ("Today the minister said the budget would be balanced by 2028.", "the budget would", "time", "Today"),
    ("Tonight the mayor told residents to stay indoors.", "to stay indoors", "source", "the mayor"),
    (
        '"We were unlucky," Voss told the Coaches Corner podcast on SEN.',
        "We were unlucky",
        "channel",
        "the Coaches Corner podcast",
    ),
    (
        "Speaking on the Front Bench podcast on Newstalk, the minister said the scheme would be extended.",
        "the scheme would",
        "channel",
        "the Front Bench podcast",
    ),
    (
        "The former president told the Pod Save America podcast on Tuesday that the party needed new leaders.",
        "the party needed",
        "addressee",
        "the Pod Save America podcast",
    ),
    (
        "The actor told the Diary of a CEO podcast that he had quit drinking.",
        "he had quit drinking",
        "addressee",
        "the Diary of a CEO podcast",
    ),
]


def _found(text: str, piece: str, field: str) -> str:
    result = quotegraph.extract(text, "2026-03-02")
    for statement in result.attributions:
        if statement.content is not None and piece in statement.content.text:
            if field == "speaker":
                return "" if statement.speaker is None else statement.speaker.name
            if field in ("channel", "addressee"):
                parts = (statement.channel, statement.addressee)
                return " | ".join("" if p is None else p.text for p in parts)
            part = getattr(statement, field)
            return "" if part is None else part.text
    return "(no statement)"


def main() -> None:
    right = 0
    for text, piece, field, expected in CASES:
        found = _found(text, piece, field)
        parts = found.casefold().split(" | ") if field in ("channel", "addressee") else [found.casefold()]
        ok = expected.casefold() in parts
        right += ok
        print(f"{'ok ' if ok else 'MISS'} {field:9} expected {expected!r:50} found {found!r}")
    print(f"right {right} of {len(CASES)}")


if __name__ == "__main__":
    main()

"""People's names from many naming traditions as speakers: how many come out whole, as a person, once.

    python experiments/worldnames/names.py [--misses]

Each case is a short text written for this measure (no page's or article's words): a name introduced as a
speaker in one of four forms ("X, a farmer, said", "said X, who", "X told", "X, 52, said") and, in the next
sentence, the same person again by surname alone or "Ms/Mr X". A statement counts as right when its speaker's
name is the full name (casefolded) and the speaker is a PERSON. A case is whole when both statements are right
and credit the same entity.
"""

from __future__ import annotations

import sys

import quotegraph

# (full name, later form): East Asian surname-first with and without hyphens; Arabic with bin/al-/Abu; Spanish
# and Portuguese with two surnames and de/da/dos; Dutch/German van/von/de; Irish and Scottish Ó/Mac/Mc; Slavic,
# Turkish, Nordic, Greek, Indian and African names with diacritics; single names.
NAMES: tuple[tuple[str, str], ...] = (
    ("Jang Do-yeon", "Jang"),
    ("Kim Min-jun", "Kim"),
    ("Park Ji-hoon", "Mr Park"),
    ("Lee Jae-won", "Lee"),
    ("Zhang Wei", "Zhang"),
    ("Liu Yang", "Ms Liu"),
    ("Wang Xiaoming", "Wang"),
    ("Tanaka Hiroshi", "Tanaka"),
    ("Watanabe Yuki", "Ms Watanabe"),
    ("Nguyen Van Minh", "Mr Minh"),
    ("Nagy Erzsébet", "Nagy"),
    ("Ahmed al-Masri", "Mr al-Masri"),
    ("Omar Abu Hamdan", "Abu Hamdan"),
    ("Fatima al-Zahrani", "Ms al-Zahrani"),
    ("Faisal bin Nasser", "Faisal"),
    ("Layla Abdel-Rahman", "Abdel-Rahman"),
    ("Hassan Abu Zaid", "Abu Zaid"),
    ("Karim El Amrani", "El Amrani"),
    ("María José García López", "García"),
    ("Juan Carlos Ortega Ruiz", "Ortega"),
    ("João da Silva", "Mr da Silva"),
    ("Ana Paula dos Santos", "Ms dos Santos"),
    ("Luis de la Fuente", "de la Fuente"),
    ("Fernanda Oliveira Costa", "Costa"),
    ("Alejandro Núñez", "Núñez"),
    ("Jan van der Berg", "Van der Berg"),
    ("Ursula von Brandt", "Ms von Brandt"),
    ("Pieter de Vries", "De Vries"),
    ("Klaus Müller-Schmidt", "Müller-Schmidt"),
    ("Anneke van Dijk", "Van Dijk"),
    ("Siobhán Ó Briain", "Ms Ó Briain"),
    ("Seán O'Connor", "O'Connor"),
    ("Aileen MacLeod", "MacLeod"),
    ("Ciarán Mac Giolla", "Mac Giolla"),
    ("Iain McDougall", "McDougall"),
    ("Małgorzata Wiśniewska", "Wiśniewska"),
    ("Dragan Petrović", "Petrović"),
    ("Jiří Dvořák", "Dvořák"),
    ("Oksana Kovalenko", "Ms Kovalenko"),
    ("Zdeněk Horák", "Horák"),
    ("Ayşe Yılmaz", "Yılmaz"),
    ("Mehmet Öztürk", "Mr Öztürk"),
    ("Şükrü Çelik", "Çelik"),
    ("Søren Ødegaard", "Ødegaard"),
    ("Björn Åström", "Åström"),
    ("Aino Korhonen", "Korhonen"),
    ("Sigríður Jónsdóttir", "Jónsdóttir"),
    ("Dimitris Papadopoulos", "Papadopoulos"),
    ("Eleni Georgiou", "Ms Georgiou"),
    ("Ramesh Chandra Iyer", "Iyer"),
    ("Priya Venkataraman", "Ms Venkataraman"),
    ("Gurpreet Singh Dhillon", "Dhillon"),
    ("Lakshmi Narayanan", "Narayanan"),
    ("Chukwuemeka Okonkwo", "Okonkwo"),
    ("Nomvula Dlamini", "Ms Dlamini"),
    ("Kwame Mensah-Bonsu", "Mensah-Bonsu"),
    ("Abdoulaye Diop", "Diop"),
    ("Wanjiru Kamau", "Kamau"),
    ("Oluwaseun Adébáyọ̀", "Adébáyọ̀"),
    ("Sutrisno", "Sutrisno"),
    ("Budiarti", "Budiarti"),
)

# four ways a speaker is introduced, then named again in the next sentence
TEMPLATES: tuple[str, ...] = (
    '{name}, a farmer, said the harvest was late this year. "We lost half the crop," {later} said.',
    '"The road has been closed for weeks," said {name}, who runs a shop in the town. '
    "{later} told reporters that the council had not replied.",
    '{name} told the newspaper that prices had doubled since spring. "Nobody listens to us," {later} said.',
    '{name}, 52, said the water was unsafe to drink. "My children are sick," {later} added.',
)


def main() -> None:
    misses = "--misses" in sys.argv
    right = whole = person = 0
    statements = 0
    for index, (name, later) in enumerate(NAMES):
        for template in TEMPLATES:
            text = template.format(name=name, later=later)
            result = quotegraph.extract(text, "2026-03-02", id=f"{index}")
            found = sorted(result.attributions, key=lambda a: a.content.start if a.content is not None else 0)
            speakers = [a.speaker for a in found]
            oks = [s is not None and s.name.casefold() == name.casefold() and s.type == "PERSON" for s in speakers]
            statements += 2
            right += sum(oks[:2])
            person += sum(1 for s in speakers[:2] if s is not None and s.type == "PERSON")
            same = (
                len(speakers) >= 2
                and speakers[0] is not None
                and speakers[1] is not None
                and speakers[0].entity == speakers[1].entity
            )
            whole += len(oks) >= 2 and all(oks[:2]) and same
            if misses and not (len(oks) >= 2 and all(oks[:2]) and same):
                shown = [(s.name, s.type) if s is not None else None for s in speakers]
                print(f"MISS {name!r} / {later!r}: {shown} | {text}")
    cases = len(NAMES) * len(TEMPLATES)
    print(f"statements with the full name as a person: {right} / {statements}")
    print(f"statements credited to a person: {person} / {statements}")
    print(f"cases whole (both statements, one entity): {whole} / {cases}")


if __name__ == "__main__":
    main()

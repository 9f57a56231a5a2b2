"""The particlenames round's sentences: names with lower-case words inside (people's particles, bodies' articles and
prepositions), each traced through the tagger's entities to the speakers the product gives.

    PYTHONPATH=src python experiments/particle_names/trace.py

Prints OK when a statement's speaker is the whole name (or, for the cases meant to stay apart, always), the tagger's
entities and each statement's speaker.
"""

from __future__ import annotations

import spacy

import quotegraph
from quotegraph.nlp.extensions import register_extensions
from quotegraph.settings import Settings

# (text, the whole name a statement should credit; None: the words must stay apart)
CASES: list[tuple[str, str | None]] = [
    # people
    (
        "Hanna Kristina á Heygum, a councillor in Tórshavn, said the quota auction had failed. "
        "Á Heygum said the fleet would suffer.",
        "Hanna Kristina á Heygum",
    ),
    ("Jógvan í Lon said the harbour plan was too costly. Í Lon said the vote would come in spring.", "Jógvan í Lon"),
    (
        "Maria da Conceição Tavares said the reform was overdue. Tavares said she would vote for it.",
        "Maria da Conceição Tavares",
    ),
    (
        "Ana dos Anjos Tavares, a nurse, said the ward was full. Dos Anjos Tavares said staff were exhausted.",
        "Ana dos Anjos Tavares",
    ),
    (
        "Luiz Carlos de Souza said the bridge was unsafe. De Souza said engineers had warned the city.",
        "Luiz Carlos de Souza",
    ),
    (
        "Pilar de la Fuente said the museum would reopen in May. De la Fuente said the roof had been repaired.",
        "Pilar de la Fuente",
    ),
    ("Ramón del Valle said the harvest was poor this year. Del Valle said the frost came early.", "Ramón del Valle"),
    (
        "José Ortega y Gasset said the lecture would go ahead. Ortega y Gasset said the hall was booked.",
        "José Ortega y Gasset",
    ),
    ("Pieter van der Berg said the dyke would hold. Van der Berg said the water had peaked.", "Pieter van der Berg"),
    (
        "Annelies ter Horst said the farmers would protest on Monday. Ter Horst said the police had been told.",
        "Annelies ter Horst",
    ),
    (
        "Karl-Theodor zu Guttenberg said the treaty was signed. Zu Guttenberg said he was pleased.",
        "Karl-Theodor zu Guttenberg",
    ),
    (
        "Ursula von Hartmann said the factory would close. Von Hartmann said the workers had been told.",
        "Ursula von Hartmann",
    ),
    ("Khalid bin Rashid said the talks had ended. Bin Rashid said a deal was near.", "Khalid bin Rashid"),
    (
        "Fatima bint Saeed said the school would open in autumn. Bint Saeed said parents had asked for it.",
        "Fatima bint Saeed",
    ),
    ("Omar al-Farouq said the convoy had reached the border. Al-Farouq said the road was open.", "Omar al-Farouq"),
    (
        "Síle Ní Bhriain said the greenway would bring visitors. Ní Bhriain said the council had agreed.",
        "Síle Ní Bhriain",
    ),
    (
        "Giulia di Lorenzo said the exhibition had drawn crowds. Di Lorenzo said it would travel to Milan.",
        "Giulia di Lorenzo",
    ),
    (
        "Marco della Rovere said the appeal had been lodged. Della Rovere said the court would rule soon.",
        "Marco della Rovere",
    ),
    (
        "Councillor Sigrid á Rógvu said the ferry fares would rise. Ms á Rógvu said the rise was small.",
        "Sigrid á Rógvu",
    ),
    (
        "The mayor, Joaquim dos Santos, said the flood was the worst in decades. Dos Santos said aid was coming.",
        "Joaquim dos Santos",
    ),
    # bodies
    (
        "The Centre de services scolaire des Mille-Lacs said classes would resume on Monday. "
        "The centre said buses would run.",
        "Centre de services scolaire des Mille-Lacs",
    ),
    (
        "The Ministère de la Santé et des Services sociaux said the outbreak was contained. "
        "The ministry said vaccines were available.",
        "Ministère de la Santé et des Services sociaux",
    ),
    (
        "The Comisión Nacional del Agua said the dam was at 30 percent. The commission said rationing would begin.",
        "Comisión Nacional del Agua",
    ),
    (
        "The Agência Nacional de Águas e Saneamento Básico said the river had fallen. "
        "The agency said boats could not pass.",
        "Agência Nacional de Águas e Saneamento Básico",
    ),
    (
        "The Consiglio di Stato said the decree was unlawful. The council said the ministry must rewrite it.",
        "Consiglio di Stato",
    ),
    (
        "The Syndicat des chauffeurs de la Rive-Nord said the strike would continue. The union said talks had stalled.",
        "Syndicat des chauffeurs de la Rive-Nord",
    ),
    (
        "The Instituto Nacional de Meteorologia said more rain was expected. The institute said rivers would rise.",
        "Instituto Nacional de Meteorologia",
    ),
    (
        "The Secretaría de Medio Ambiente said the smog alert was lifted. The secretariat said factories could reopen.",
        "Secretaría de Medio Ambiente",
    ),
    (
        "The Tribunal de Justiça de São Paulo said the ruling would stand. The court said the appeal was late.",
        "Tribunal de Justiça de São Paulo",
    ),
    (
        "The Régie des alcools, des courses et des jeux said the licence was suspended. "
        "The régie said the bar had been warned.",
        "Régie des alcools, des courses et des jeux",
    ),
    (
        "The Autorità di Bacino del Po said the river was at a record low. The authority said farms must cut use.",
        "Autorità di Bacino del Po",
    ),
    # should stay apart
    ("Ana de Souza and Pedro Lima said the plan was rushed.", None),
    ("The minister of health said the hospitals were ready.", None),
    ("Paris de France said the show was over.", "Paris de France"),
    ("Officials in Quebec de facto said nothing.", None),
]


def main() -> None:
    register_extensions()
    nlp = spacy.load(Settings().spacy_model)
    for text, want in CASES:
        doc = nlp(text)
        ents = [(e.text, e.label_) for e in doc.ents]
        r = quotegraph.extract(text, None)
        names = [
            (a.content.text[:25] if a.content else None, a.speaker.name if a.speaker else None) for a in r.attributions
        ]
        ok = want is None or any(n == want for _, n in names)
        print(("OK  " if ok else "MISS"), want)
        print("   ents:", ents)
        for c, n in names:
            print("   ", repr(c), "->", n)


if __name__ == "__main__":
    main()

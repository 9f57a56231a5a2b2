"""Speaker entities of one article whose names share a name word: one person split in two, or two namesakes.

Usage: pairs.py SYSTEM_OUTPUT [--all]

For each article, the PERSON entities that speak some attribution, paired when a capitalised word of one's name
mentions (not a title word) is a word of the other's. Prints each pair with both entities' name mentions and how
many attributions each speaks (``--all``: every PERSON entity, speaking or not). The last line counts pairs and
articles.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any

_TITLES = frozenset(
    {
        "democratic",
        "republican",
        "democrat",
        "gop",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "president",
        "senator",
        "secretary",
        "former",
        "the",
        "jr",
        "sr",
    }
)

_PRONOUNS = frozenset(
    {"he", "she", "i", "his", "her", "him", "who", "we", "they", "it", "himself", "herself", "my", "me"}
)


def _words(entity: dict[str, Any]) -> set[str]:
    out: set[str] = set()
    for m in entity["mentions"]:
        text = m["text"].replace("’s", "").replace("'s", "")
        if not all(w[:1].isupper() or w[:1] in '“"' for w in text.split()) or text.lower() in _PRONOUNS:
            continue  # a description or a pronoun: only names tell a person
        for w in text.split():
            w = w.strip(".,“”\"'’")
            if w[:1].isupper() and w.lower() not in _TITLES and len(w) > 1:
                out.add(w.lower())
    return out


def main() -> None:
    pairs = 0
    articles = 0
    everyone = "--all" in sys.argv
    with open(sys.argv[1]) as lines:
        rows = [json.loads(line) for line in lines]
    for r in rows:
        spoken = Counter(a["speaker"]["entity"] for a in r["attributions"] if a.get("speaker"))
        people = [e for e in r["entities"] if e["type"] == "PERSON" and (everyone or e["id"] in spoken)]
        found = False
        for i, e in enumerate(people):
            for f in people[i + 1 :]:
                shared = _words(e) & _words(f)
                if not shared:
                    continue
                pairs += 1
                found = True
                print(f"{r['id']}\t{sorted(shared)}")
                for x in (e, f):
                    names = Counter(m["text"] for m in x["mentions"])
                    print(f"   {x['id']} {x['name']!r} speaks {spoken[x['id']]}: {dict(names)}")
        articles += found
    print(f"pairs {pairs} in {articles} articles")


if __name__ == "__main__":
    main()

"""Gold source against system source where the two overlap but differ, grouped by form, counting articles.

    python experiments/source_spans/compare.py GOLD.jsonl SYSTEM.jsonl

``GOLD.jsonl`` is a PolNeAR slice (``/tmp/train-d.jsonl``), ``SYSTEM.jsonl`` the system's output on it
(``fast.py run ... --output``, equal to ``quotegraph eval`` on a cache from the same commit). Statements are paired as
the eval pairs them (``overlap_matches``); a pair whose sources share characters but whose texts differ is listed under
its form: gold's source longer than the system's (a cut name, "Pres. Obama" found as "Obama"; a title; a leading
word), the system's longer (an apposition or relative clause kept, a modifier), or crossing. Source accuracy counts
every such pair right (any overlap is), so these are span forms the score does not see.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from quotegraph.evaluation.metrics import overlap_matches

_NAME_WORDS = re.compile(r"[A-Z][\w.\-’']*( [A-Z][\w.\-’']*)*")
_CLAUSE_OPENERS = ("who", "which", "whose", "like", "including", "where", "when")
# capitalised words that open a sentence before its subject, not a name's or a title's ("But Mr. Guerrero")
_SENTENCE_OPENERS = frozenset({"But", "And", "While", "On", "Among", "Even", "As", "So", "Yet", "Survey"})


def _chars(spans: list[list[int]]) -> set[int]:
    return {i for start, end in spans for i in range(start, end)}


def _form(gold: str, found: str, gold_chars: set[int], found_chars: set[int]) -> str:
    if gold_chars > found_chars:
        at = gold.find(found)
        before, after = (gold[:at].strip(), gold[at + len(found) :].strip()) if at >= 0 else ("", "")
        if at < 0 or (before and after):
            return "gold longer: other"
        if before:
            cut = _NAME_WORDS.fullmatch(before) and before.split()[0] not in _SENTENCE_OPENERS
            return "gold longer: a name or title cut before" if cut else "gold longer: a leading word"
        if after[:1] in ",(-—" or after.startswith(_CLAUSE_OPENERS):
            return "gold longer: an apposition or clause after"
        return "gold longer: a name cut inside" if after[:1].isupper() else "gold longer: a modifier after"
    if found_chars > gold_chars:
        at = found.find(gold)
        after = found[at + len(gold) :].strip() if at >= 0 else ""
        if at > 0:
            return "system longer: words before"
        if after[:1] in ",(-—" or after.startswith(_CLAUSE_OPENERS):
            return "system longer: an apposition or clause after"
        return "system longer: a modifier after"
    return "crossing"


def _speaker(attribution: dict[str, Any]) -> str:
    speaker = attribution.get("speaker")
    return str(speaker.get("name")) if isinstance(speaker, dict) else str(speaker)


def main(gold_path: Path, system_path: Path) -> None:
    gold = {row["id"]: row for row in map(json.loads, gold_path.read_text().splitlines()) if row}
    forms: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for line in system_path.read_text().splitlines():
        found = json.loads(line)
        article = gold[found["id"]]
        text, golds, systems = article["text"], article["attributions"], found["attributions"]
        for gi, si in overlap_matches(text, golds, systems):
            gold_spans = golds[gi].get("source") or []
            system_spans = (systems[si].get("source") or {}).get("spans") or []
            gold_chars, found_chars = _chars(gold_spans), _chars(system_spans)
            gold_text = " ".join(text[s:e] for s, e in gold_spans).strip()
            found_text = " ".join(text[s:e] for s, e in system_spans).strip()
            if not gold_chars & found_chars or gold_text.strip(" ,.") == found_text.strip(" ,."):
                continue
            form = _form(gold_text, found_text, gold_chars, found_chars)
            forms[form].append((found["id"], gold_text, found_text, _speaker(systems[si])))
    for form, rows in sorted(forms.items(), key=lambda item: -len({row[0] for row in item[1]})):
        print(f"== {form}: {len({row[0] for row in rows})} articles, {len(rows)} statements")
        for article_id, gold_text, found_text, speaker in rows:
            print(f"  {article_id[:45]:45} gold {gold_text[:60]!r} system {found_text[:50]!r} speaker {speaker!r}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))

"""Lists the extracted attributions whose source is a personal pronoun, with the speaker the engine
chose and the text before it, for reading and labelling: python3 listing.py out.jsonl [FROM TO]."""

import json
import sys

PRONOUNS = {"he", "she", "they", "him", "her", "them"}
CONTEXT = 400  # characters before the pronoun shown

rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    result = json.loads(line)
    for attribution in result["attributions"]:
        source = attribution.get("source")
        if source and source["text"].strip().lower() in PRONOUNS:
            start = source["spans"][0][0]
            speaker = (attribution.get("speaker") or {}).get("name")
            before = result["text"][max(0, start - CONTEXT) : start].replace("\n", " / ")
            rows.append((result["id"], start, source["text"], speaker, before, result["text"][start : start + 25]))
low, high = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (0, len(rows))
for number, (article, start, pronoun, speaker, before, after) in enumerate(rows):
    if low <= number < high:
        print(f"{number} {article} {start} {pronoun} [{speaker}]\n  {before} <<{after}>>\n")

"""The far carried misses whose value another speaker's statement read first: who read it and who missed it.

Usage: far_others.py GOLD_SLICE OCCASIONS SYSTEM_OUTPUT [FIELD]

``far_breaks.py``'s "first-own-after other-setter" group, one case a line: the article, the annotated value, the
setter (its paragraph, speaker entity and name, source text, channel and time) and the missing statement (its
paragraph, speaker and source), then the opening of each statement. Read it to sort the cases into one person split
into two entities, a lede statement, a second speaker at a shared scene, and a group's members (farcarry3).
"""

import sys
from typing import Any

from paired_runs import field_text, holds, paired_runs, statement_start

FAR = 4  # paragraphs back: the bucket ``far_breaks.py`` reads


def _who(attr: dict[str, Any]) -> str:
    speaker = attr.get("speaker") or {}
    source = (attr.get("source") or {}).get("text")
    return f"{speaker.get('entity')} {speaker.get('name')!r} (source {source!r})"


def main() -> None:
    gold_path, occ_path, sys_path = sys.argv[1:4]
    field = sys.argv[4] if len(sys.argv) > 4 else "channel"
    at = statement_start
    cases = 0
    for article in paired_runs(gold_path, occ_path, sys_path):
        attrs, text, para = article.attrs, article.text, article.paragraph
        order = sorted(range(len(attrs)), key=lambda i: at(attrs[i]))
        for pi, fields in article.pairs.items():
            a, gv = attrs[pi], fields.get(field)
            if not gv or not gv.get("carried") or holds(a, field, gv["text"]) or field_text(a, field):
                continue
            if gv["span"][0] >= at(a) or para(at(a)) - para(gv["span"][0]) < FAR:
                continue
            before = [i for i in order if at(attrs[i]) < at(a)]
            setters = [i for i in before if holds(attrs[i], field, gv["text"])]
            if not setters or attrs[setters[-1]].get("speaker") == a.get("speaker"):
                continue
            setter = attrs[setters[-1]]
            if any(attrs[i].get("speaker") == a.get("speaker") and at(attrs[i]) > at(setter) for i in before):
                continue  # the speaker's own statements came between: ``far_breaks.py``'s other groups
            cases += 1
            print(
                f"{article.gold['id'][:45]} | {gv['text'][:40]!r} | setter p{para(at(setter))} {_who(setter)}"
                f" ch={field_text(setter, 'channel')!r} t={field_text(setter, 'time')!r}"
                f" | missed p{para(at(a))} {_who(a)}"
            )
            print("    setter:", repr(text[at(setter) : at(setter) + 120]))
            print("    missed:", repr(text[at(a) : at(a) + 120]))
    print(cases, field, "first-own-after other-setter")


if __name__ == "__main__":
    main()

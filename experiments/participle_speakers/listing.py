"""Every system statement whose cue is a participle set off by a comma or dash after another cue or verb of its
sentence ("he said, adding that ...", "echoed the criticism, saying ..."), with the speaker and occasion it gets and,
where the scorer pairs it with gold, the gold source and occasion: the census of the participlespeakers round.

    python experiments/participle_speakers/listing.py GOLD.jsonl CACHE_DIR OCCASIONS.jsonl SYSTEM.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin, Token

from quotegraph.evaluation.metrics import overlap_matches
from quotegraph.evaluation.occasion import read_occasions
from quotegraph.nlp.pipeline import load_pipeline

SET_OFF = {",", "—", "–", "-", "--"}


def _text(text: str, spans: Any) -> str:
    return " ".join(text[a:b] for a, b in spans or [])


def _value(field: Any) -> str:
    if not field:
        return "-"
    return str(field.get("text") or field.get("span") or field)


def _host(token: Token) -> Token | None:
    """The verb before ``token`` in its sentence that a comma or dash right before the participle sets it off from."""
    if token.i == 0 or token.doc[token.i - 1].text not in SET_OFF:
        return None
    for before in reversed(list(token.sent[: token.i - token.sent.start])):
        if before.pos_ in ("VERB", "AUX") and before.tag_ not in ("VBG",) and before.dep_ != "aux":
            return before
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    for name in ("gold", "cache", "occasions", "system"):
        parser.add_argument(name, type=Path)
    args = parser.parse_args()
    nlp = load_pipeline()
    golds = [json.loads(line) for line in args.gold.read_text().splitlines() if line.strip()]
    docs = list(DocBin().from_disk(args.cache / "docs.spacy").get_docs(nlp.vocab))
    system = {json.loads(line)["id"]: json.loads(line) for line in args.system.read_text().splitlines()}
    occasions = read_occasions(args.occasions)
    for gold, doc in zip(golds, docs, strict=True):
        attrs = system[gold["id"]].get("attributions") or []
        pairs = {pi: gi for gi, pi in overlap_matches(gold["text"], gold["attributions"], attrs)}
        annotated = occasions.get(str(gold["id"]), {})
        for pi, attr in enumerate(attrs):
            cue = attr.get("cue") or {}
            spans = cue.get("spans") or []
            if not spans:
                continue
            span = doc.char_span(spans[0][0], spans[0][1], alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            if head.tag_ not in ("VBG", "VBN"):
                continue
            host = _host(span[0])
            if host is None:
                continue
            speaker = (attr.get("speaker") or {}).get("name")
            source = _text(gold["text"], (attr.get("source") or {}).get("spans"))
            line = f"{gold['id'][:40]} | {host.text} .. {head.text} | sys src={source!r} spk={speaker!r}"
            line += f" ch={_value(attr.get('channel'))} to={_value(attr.get('addressee'))} t={_value(attr.get('time'))}"
            gi = pairs.get(pi)
            if gi is not None:
                g = gold["attributions"][gi]
                fields = annotated.get(str(g.get("id"))) or {}
                line += f" || gold src={_text(gold['text'], g.get('source'))!r}"
                line += f" ch={_value(fields.get('channel'))} to={_value(fields.get('addressee'))}"
                line += f" t={_value(fields.get('time'))}"
            else:
                line += " || unpaired"
            print(line)
            print("    " + head.sent.text.replace("\n", " ")[:300])


if __name__ == "__main__":
    main()

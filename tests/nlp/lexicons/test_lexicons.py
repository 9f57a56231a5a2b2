from __future__ import annotations

from quotegraph.nlp.lexicons import lexicon, lexicon_file, lexicon_section


def test_the_finders_lists_and_the_resolvers_tables_are_read_from_one_place() -> None:
    verbs = lexicon_file("cue_verbs.txt")
    assert "# speech" in verbs.splitlines()
    assert "say" in lexicon("cue_verbs") and "say" in lexicon_section("cue_verbs", "speech")
    assert any(line.startswith("Mr\t") for line in lexicon_file("resolve_honorifics.tsv").splitlines())

"""Who is speaking: mentions, names and their clusters, coreference and its layers, and each statement's speaker.

``mentions`` (the phrases that can refer, in order: ``mention_spans``, the mention itself; ``name_mentions`` over
``tagged_names``, ``untagged_people`` and ``untagged_bodies``, with ``name_shapes`` and ``noun_classes`` shared; the
descriptions in ``role_descriptions`` and ``picked_out``), ``names``, ``clusters`` and ``name_indexes`` (name variants;
``title_initials``, a title's initials after the title written in full: "DPP Tan", "the AG"), ``titles`` (works named
like people), ``coref`` with its layers (``salience``, ``pronouns``, ``title_holders``, ``named_after``, ``bodies``,
``body_kinds``, ``phrase_forms``, ``introductions``), ``speakers`` (a source span to one entity, over ``source_spans``,
the words a source is read from; ``headline_roles``, a headline's bare role noun; ``names_beside``, the name beside the
source's head; ``source_documents``, the document it names; and ``not_speaking``, its words that are not who speaks),
``raised_subjects`` (the subject of "seems" is no source), ``asked_subjects`` (nor is the one a question is asked of),
``first_person``, ``interviews``, and ``types`` (statement, thought or finding). A name's edges read apart from what the
tagger glued to them (``name_edges``), the lower-case particles inside a name (``particle_joins``), a source the tagger
cut to its title (``titled_sources``), and a participle of saying that shares the source of the cue before it
(``participle_hosts``).

Direction: ``speakers`` sits above ``stated`` (it reads channel words from ``stated.channels``,
``stated.channel_nouns``, ``stated.channel_phrases`` and ``stated.medium_addressees``, and cue words from
``stated.cue_words``) and the shared modules at ``nlp/resolve``'s top, and below ``carrying``, which reads its
coreference; it never imports ``carrying``. ``tests/test_layers.py`` checks it.
"""

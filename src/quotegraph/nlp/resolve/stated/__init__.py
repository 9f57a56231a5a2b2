"""What a statement's own sentence states: its channel, addressee and time read around its cue.

The lowest of the resolving stage's three groups: ``channels`` (channel and addressee phrases),
``timeexpr`` (time expressions and their dates), ``cue_words`` (the word that carries a cue),
``stated_clauses`` and the ``stated_*`` readers, ``circumstances`` (their entry point) and ``nested``
(reports inside reports).

Direction: ``stated`` imports only the shared modules at ``nlp/resolve``'s top (``paragraphs``,
``headlines``, ``quoted_regions``), never ``speakers`` or ``carrying``; both of those may import it.
``tests/test_layers.py`` checks it.
"""

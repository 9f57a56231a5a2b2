"""What a statement's own sentence states: its channel, addressee and time read around its cue.

The lowest of the resolving stage's three groups: the channel and addressee phrases, ``channels`` (which words of a
sentence are its channel, the entry point) with ``saying_verbs`` (verb classes, the clause a word stands in),
``channel_nouns`` (media, scenes, outlets), ``noun_phrases``, ``channel_phrases`` (how far a channel's phrase runs)
and ``posts``, and the addressee readers ``told_addressees`` (whom a verb of saying told, the entry point),
``medium_addressees`` (whom a medium went to), ``told_scenes`` (a scene or programme told) and ``addressee_words``;
``timeexpr`` (time expressions and their dates), ``cue_words`` (the word that carries a cue),
``stated_clauses`` and the ``stated_*`` readers (``stated_times`` with ``time_positions``, ``dated_elsewhere`` and
``relative_occasions``), ``stated_channels`` and ``stated_addressees`` (the channel and addressee the statement's
own sentence states), ``subject_clauses`` (a "who" clause the parser hung inside a subject's description),
``gerund_scenes`` (scene nouns tagged as gerunds), ``time_verbs`` (the verb a time phrase dates, and its kind),
``circumstances`` (their entry point, with its parts
``sentence_reader``, ``statement_times`` and ``sentence_media``, and its value ``stated_occasion``), ``sitting_hearers``
(the court sitting a statement told to a jury or a judge was made in), ``decision_days`` (a court's decision as
the channel of its judges' words, with the day the court gave it) and ``nested`` (reports inside reports).

Direction: ``stated`` imports only the shared modules at ``nlp/resolve``'s top (``paragraphs``,
``headlines``, ``quoted_regions``), never ``speakers`` or ``carrying``; both of those may import it.
``tests/test_layers.py`` checks it.
"""

"""The resolving stage's parts, in three groups and a few shared modules, each group importing only those below it.

- shared modules here (``paragraphs``, ``headlines``, ``quoted_regions``, ``one_asked``: who a questioning cue puts
  its question to, and who puts it): read by every group, import none;
- ``stated``: the channel, addressee and time a statement's own sentence states (channels, time expressions,
  cue words, nested reports);
- ``speakers``: mentions, names, clusters, coreference and its layers, each statement's speaker and type;
- ``carrying``: the occasion a statement carries from a scene or an earlier statement, scenes, the occasion tagger.

Direction, lowest first: shared → ``stated`` → ``speakers`` → ``carrying``. ``tests/test_layers.py`` checks it.
The stage's entry point, which runs them in order, is ``quotegraph.nlp.resolving``.
"""

"""Across articles: what the corpus says once its articles are read together (one speaker across
the corpus: ``identity``).

Computes on what the store holds and hands the store what to persist; imports ``model`` and
``store`` only.
"""

"""Across articles: what the corpus knows once its articles are read together: one speaker across
the corpus (``identity``, ``speakers``, ``aliases``) and one statement across articles
(``statements``, ``matching``, diffs).

The graph layer computes on what the store holds and hands the store what to persist; it imports
``store`` and ``model`` only.
"""

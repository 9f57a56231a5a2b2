"""Across articles: what the corpus says once its articles are read together (analytics: who is
quoted most, how outlets quote two sides, statements by speaker gender).

Computes on what the store holds; imports ``model`` and ``store`` only.
"""

"""Across articles: what the corpus knows once results are compared with one another.

The graph layer computes (statements and their matching, diffs) over the store, which persists and
queries; it imports ``store`` and ``model`` only.
"""

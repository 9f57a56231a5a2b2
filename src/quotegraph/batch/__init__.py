"""Runs many documents: readers → extraction → writers, in parallel and resumable."""

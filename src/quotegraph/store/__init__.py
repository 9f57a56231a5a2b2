"""Persistence of results (later issue)."""

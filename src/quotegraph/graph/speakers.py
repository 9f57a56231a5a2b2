"""Keeping a corpus's speakers grouped: what ingest calls after storing results, and what
``quotegraph aliases`` calls to apply an alias file to a whole corpus."""

from __future__ import annotations

from collections.abc import Sequence

from quotegraph.graph.identity import group_names
from quotegraph.model.identity import AliasEntry, IdentityReport
from quotegraph.store import Store

__all__ = ["update_speakers"]


def update_speakers(store: Store, aliases: Sequence[AliasEntry] | None = None) -> IdentityReport:
    """Groups every name of the corpus into people again (``graph.identity``) and writes what
    changed; ``aliases``, when given, replace the corpus's alias entries first."""
    return store.regroup_speakers(group_names, aliases=aliases)

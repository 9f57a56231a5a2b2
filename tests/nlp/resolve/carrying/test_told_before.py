"""What a statement takes from what was told just before it (``resolve.carrying.told_before``), through the whole
pipeline: each reading on and off."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.carrying import told_before

from ..conftest import occasion_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("on", "expected"), [(True, "a thread posted on X"), (False, "posted")])
def test_a_verb_of_posting_after_a_medium_on_a_platform_is_posted_there(
    monkeypatch: pytest.MonkeyPatch, on: bool, expected: str
) -> None:
    """ "In a thread posted on X late Tuesday, Natarajan wrote ...", then "“...,” Natarajan posted": the verb of posting
    names no medium of its own, so it is posted in the thread (``POSTED_AGAIN``), on its day; off, the verb itself is
    read as the channel."""
    monkeypatch.setattr(told_before, "POSTED_AGAIN", on)
    text = (
        "In a thread posted on X late Tuesday, Natarajan wrote that the tools had changed the math.\n\n"
        "“I would rather be honest about that,” Natarajan posted."
    )
    assert occasion_of(text, "I would rather be honest about that") == (expected, None, "late Tuesday")

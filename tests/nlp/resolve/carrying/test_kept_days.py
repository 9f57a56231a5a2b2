"""The days kept for statements that name none (``resolve.carrying.kept_days``), through the whole pipeline: each
reading on and off."""

from __future__ import annotations

import pytest

from quotegraph.nlp.resolve.carrying import kept_days

from ..conftest import occasion_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("on", "expected"), [(True, "on Wednesday"), (False, None)])
def test_one_who_tells_the_court_s_hearers_speaks_on_the_trial_s_day(
    monkeypatch: pytest.MonkeyPatch, on: bool, expected: str | None
) -> None:
    """ "Prosecutors said on Wednesday at the start of his trial", then "Rowena Blake, prosecuting, told jurors at
    Southwark Crown Court": told to the body one speaks to in a trial, naming no time, she speaks on the day of the
    scene last set (``HEARING_DAY``)."""
    monkeypatch.setattr(kept_days, "HEARING_DAY", on)
    text = (
        "Prosecutors said on Wednesday at the start of his trial that Mark Doyle had stolen the paintings.\n\n"
        "Rowena Blake, prosecuting, told jurors at Southwark Crown Court that the paintings were found in his garage."
    )
    assert occasion_of(text, "the paintings were found") == ("Southwark Crown Court", "jurors", expected)

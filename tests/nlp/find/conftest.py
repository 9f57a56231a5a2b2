from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from quotegraph.settings import Settings


@pytest.fixture(scope="session")
def nlp() -> Language:
    return spacy.load(Settings().spacy_model)

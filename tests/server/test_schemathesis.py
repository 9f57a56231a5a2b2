"""schemathesis against the served spec, in process: generated requests, valid and invalid, to every
operation; no answer is a 5xx, and every answer matches the spec (status, content type, schema).

The spec is read at collection from an application with the settings of conftest.py (the spec does
not depend on the corpus); each generated request then goes to the ``client`` fixture's application,
over the small corpus, with the write token.

Not checked: that every schema-valid request is accepted. Some validity is beyond a JSON Schema: a
cursor is opaque, search text has a grammar ("an unclosed quote" is a 400), and an article must be
prose, not blank or binary; those answer 400 with the error shape the spec declares.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import hypothesis
import schemathesis
from fastapi.testclient import TestClient
from schemathesis.specs.openapi.checks import positive_data_acceptance

from quotegraph.server import create_app
from quotegraph.settings import Settings

EXAMPLES_PER_OPERATION = 30  # keeps the whole run well under a minute on two cores

_unused: Any = object()  # building the spec touches neither the store nor the extractor
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(Settings(api_token="t"), _unused, _unused))
# An invalid body over max_body_bytes is refused with 413 before anything reads it: a rejection too.
schema.config.checks.negative_data_rejection.expected_statuses.append("413")


@schema.parametrize()
@hypothesis.settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(hypothesis.HealthCheck),
)
def test_every_operation_answers_as_its_spec_says(
    case: schemathesis.Case[Any], client: TestClient, auth: dict[str, str]
) -> None:
    case.call_and_validate(headers=auth, app=client.app, excluded_checks=[positive_data_acceptance])


def test_each_operation_is_a_test_of_its_own() -> None:
    """The node ids that tests/server/conftest.py gives: one id for all would leave all operations but one
    untested in two processes (pytest-xdist schedules by node id)."""
    listed = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", __file__],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    ids = [line for line in listed.splitlines() if "test_every_operation_answers_as_its_spec_says" in line]
    assert len(ids) == len(set(ids)) == len(list(schema.get_all_operations()))

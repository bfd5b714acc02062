"""Faults on every call that moves money or changes state: never sent twice unless it
certainly did not run, and never reported as refused when it may have run."""

from __future__ import annotations

from typing import Any

import pytest
from testkit.flows import AFTER, OPERATIONS, SPEC, UNREACHABLE
from testkit.spec_walk import Operation, spec_operations
from testkit.support import wired
from whitebit_auth import NotExecutedError, OutcomeUnknownError
from whitebit_auth._operations import Kind, bundled_operation_kinds
from whitebit_sandbox import Sandbox

KINDS = bundled_operation_kinds()
WRITES = [
    op for op in spec_operations()
    if KINDS.kind(op.path) is not Kind.READ and op.operation_id not in UNREACHABLE
]  # fmt: skip


def _prepared(operation: Operation) -> Sandbox:
    sandbox = Sandbox(spec=SPEC)
    before = AFTER.get(operation.operation_id)
    if before is not None:
        client, _ = wired(sandbox)
        prior = OPERATIONS[before]
        prior.module.sync(client=client, body=prior.body_class.from_dict(prior.request_example()))
    return sandbox


def _call(operation: Operation, sandbox: Sandbox) -> tuple[Any, list[str]]:
    client, wire = wired(sandbox)
    body = operation.body_class.from_dict(operation.request_example())
    try:
        result: Any = operation.module.sync(client=client, body=body)
    except Exception as exc:
        result = exc
    return result, [p for p in wire.paths if p == operation.path]


@pytest.mark.parametrize("operation", WRITES, ids=lambda op: op.operation_id)
@pytest.mark.parametrize("fault", ["fail_after_processing", "drop", "status"])
def test_a_write_that_may_have_run_is_not_sent_again(operation: Operation, fault: str) -> None:
    sandbox = _prepared(operation)
    getattr(sandbox.faults, fault)(operation.path)
    result, sent = _call(operation, sandbox)
    assert isinstance(result, OutcomeUnknownError), result
    assert not isinstance(result, NotExecutedError)
    assert len(sent) == 1


@pytest.mark.parametrize("operation", WRITES, ids=lambda op: op.operation_id)
def test_a_write_refused_before_it_ran_is_sent_again_once(operation: Operation) -> None:
    sandbox = _prepared(operation)
    sandbox.faults.rate_limit(operation.path, retry_after_s=0)
    result, sent = _call(operation, sandbox)
    assert not isinstance(result, Exception), result
    assert len(sent) == 2

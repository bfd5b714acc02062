"""Every operation of the vendored spec, against the sandbox: the reference's own request
examples work on a fresh sandbox, every call style gets a spec-valid answer, every documented
error can be had, and an operation new in the spec is served at once.

Every sandbox here checks its own answers against the spec (``check_answers=True``).
"""

from __future__ import annotations

import asyncio
import typing
from typing import Any

import pytest
from testkit.flows import AFTER, OPERATIONS, SPEC, UNREACHABLE
from testkit.spec_walk import Operation, adjusted_once
from testkit.support import sandbox_client, variant_spec
from whitebit_auth import AlreadyExecutedError, ApiError, OutcomeUnknownError
from whitebit_auth.spec import AUTH_FIELDS, json_media, media_examples, resolve
from whitebit_sandbox import Sandbox, SpecIndex


def _examples() -> list[tuple[str, int, dict[str, Any]]]:
    spec = adjusted_once()
    found = []
    for op in OPERATIONS.values():
        media = json_media(spec, op.spec.get("requestBody"))
        for n, example in enumerate(media_examples(spec, media) if media else ()):
            body = {k: v for k, v in example.items() if k not in AUTH_FIELDS}
            found.append((op.operation_id, n, body))
    return found


def fresh() -> Sandbox:
    return Sandbox(spec=SPEC, check_answers=True)


def post(sandbox: Sandbox, operation_id: str, body: dict[str, Any]) -> Any:
    client = sandbox_client(sandbox, raw=True)
    return client.get_httpx_client().post(OPERATIONS[operation_id].path, json=body)


def prepared(operation_id: str) -> Sandbox:
    """A fresh sandbox where the operation's documented flow has reached it."""
    sandbox = fresh()
    before = AFTER.get(operation_id)
    if before is not None:
        assert post(sandbox, before, OPERATIONS[before].request_example()).is_success
    return sandbox


@pytest.mark.parametrize(
    ("operation_id", "n", "body"),
    [pytest.param(*e, id=f"{e[0]}-{e[1]}") for e in _examples()],
)
def test_the_references_examples_work_on_a_fresh_sandbox(
    operation_id: str, n: int, body: dict[str, Any]
) -> None:
    if operation_id in UNREACHABLE:
        pytest.skip(UNREACHABLE[operation_id])
    response = post(prepared(operation_id), operation_id, body)
    assert response.is_success, (operation_id, response.status_code, response.text)


def test_the_examples_cover_the_stateful_areas() -> None:
    examples = {op_id for op_id, _, _ in _examples()}
    for operation_id in ("createWithdraw", "applyCode", "refundDeposit", "closeFixedInvestment",
                         "confirmSubAccountWithdrawal", "transferBetweenBalances"):  # fmt: skip
        assert operation_id in examples


STYLES = ["sync", "sync_detailed", "asyncio", "asyncio_detailed"]


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=lambda op: op.operation_id)
@pytest.mark.parametrize("style", STYLES)
def test_every_operation_in_every_style(operation: Operation, style: str) -> None:
    """The spec's own body (its example, else one built from its schema), sent in each call
    style to a fresh sandbox: a success, of the operation's success type."""
    if operation.operation_id in UNREACHABLE:
        pytest.skip(UNREACHABLE[operation.operation_id])
    sandbox = prepared(operation.operation_id)
    client = sandbox_client(sandbox)
    body = operation.body_class.from_dict(operation.request_example())
    call = getattr(operation.module, style)
    result = (
        asyncio.run(call(client=client, body=body))
        if style.startswith("asyncio")
        else call(client=client, body=body)
    )
    if style.endswith("detailed"):
        assert 200 <= int(result.status_code) < 300, (result.status_code, result.content)
        return
    hints = typing.get_type_hints(operation.module.sync)
    success = typing.get_origin(hints["return"]) or hints["return"]
    assert success in (Any, type(None)) or isinstance(result, success), result


def _documented_errors() -> list[tuple[str, int, str | None]]:
    spec = adjusted_once()
    found = []
    for op in OPERATIONS.values():
        for status, response in (op.spec.get("responses") or {}).items():
            if str(status).startswith("2"):
                continue
            media = json_media(spec, resolve(spec, response))
            names = list((media or {}).get("examples") or {}) or [None]
            found += [(op.operation_id, int(status), name) for name in names]
    return found


@pytest.mark.parametrize(
    ("operation_id", "status", "example"),
    [pytest.param(*e, id=f"{e[0]}-{e[1]}-{e[2]}") for e in _documented_errors()],
)
def test_every_documented_error_can_be_injected(
    operation_id: str, status: int, example: str | None
) -> None:
    operation = OPERATIONS[operation_id]
    sandbox = fresh()
    sandbox.faults.documented(operation.path, status, example)
    client = sandbox_client(sandbox, retry=None)
    body = operation.body_class.from_dict(operation.request_example())
    moved = len(sandbox.world.ledger.movements)
    # AlreadyExecutedError: the documented "uniqueId already taken", read as what it means.
    with pytest.raises((ApiError, OutcomeUnknownError, AlreadyExecutedError)) as caught:
        operation.module.sync(client=client, body=body)
    if isinstance(caught.value, ApiError | AlreadyExecutedError):
        assert caught.value.status == status
    else:  # a 5xx after a request that changes something: it may have run, as far as we know
        assert status >= 500
        assert f"HTTP {status}" in str(caught.value)
    assert len(sandbox.world.ledger.movements) == moved  # an injected error processes nothing


def test_an_undocumented_error_cannot_be_injected() -> None:
    sandbox = fresh()
    with pytest.raises(ValueError, match=r"documents no 418 answer \(it has: 201, 400, 422\)"):
        sandbox.faults.documented(OPERATIONS["createCode"].path, 418)
    with pytest.raises(ValueError, match=r"has no example 'nope'.*kycRequired"):
        sandbox.faults.documented(OPERATIONS["createCode"].path, 422, "nope")


def test_an_operation_new_in_the_spec_is_served_at_once() -> None:
    spec = variant_spec()
    sandbox = Sandbox(spec=SpecIndex(spec), check_answers=True)
    client = sandbox_client(sandbox, raw=True)
    response = client.get_httpx_client().post(
        "/api/v4/main-account/smart-flex/summary", json={"limit": 10}
    )
    assert response.status_code == 200
    assert "data" in response.json()


def test_the_route_table_names_only_operations_of_the_spec() -> None:
    # The one table from operationId to handler: a key the spec lacks would never be reached,
    # and each handler lives in the module of its area (no registration elsewhere).
    from whitebit_sandbox.routes import ROUTES

    assert set(ROUTES) <= set(OPERATIONS), set(ROUTES) - set(OPERATIONS)
    assert all(h.__module__.startswith("whitebit_sandbox.routes.") for h in ROUTES.values())
    assert len(set(ROUTES.values())) == len(ROUTES)

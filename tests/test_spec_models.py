"""The spec's own examples round-trip through the generated models, for every operation."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from spec_examples import Example, examples
from spec_walk import Operation, adjusted, spec_operations, vendored
from whitebit_main_api import Client
from whitebit_main_api.models import FlexInvestment, FlexInvestmentsPage
from whitebit_main_api.types import UNSET

OPERATIONS = {op.operation_id: op for op in spec_operations()}
BODY_EXAMPLES = [e for e in examples(adjusted()) if e.kind in ("request", "response")]


def test_walk_finds_every_operation_and_example() -> None:
    spec_ops = [
        op["operationId"]
        for item in vendored()["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
    ]
    assert sorted(OPERATIONS) == sorted(spec_ops)
    # Each operation offers at least its request example and one response example.
    for op_id in OPERATIONS:
        kinds = {e.kind for e in BODY_EXAMPLES if e.operation_id == op_id}
        assert kinds == {"request", "response"}, op_id


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


@pytest.mark.parametrize("example", BODY_EXAMPLES, ids=lambda e: e.where)
def test_example_round_trips_through_generated_model(example: Example) -> None:
    assert example.operation_id is not None
    operation: Operation = OPERATIONS[example.operation_id]
    if example.kind == "request":
        model = operation.body_class.from_dict(example.value)
    else:
        assert example.status is not None
        response = httpx.Response(int(example.status), json=example.value)
        client = Client(base_url="https://whitebit.com")
        model = operation.module._parse_response(client=client, response=response)
        assert model is not None, f"status {example.status} is not parsed into a model"
    assert _canonical(_to_json(model)) == _canonical(example.value)


def _to_json(model: Any) -> Any:
    """A generated model back to JSON; a top-level array comes back as a list of models."""
    if isinstance(model, list):
        return [_to_json(item) for item in model]
    return model.to_dict()


def test_request_bodies_have_no_auth_fields() -> None:
    for op in OPERATIONS.values():
        fields = set(op.body_class.__attrs_attrs__.__dir__()) | {
            a.name for a in op.body_class.__attrs_attrs__
        }
        assert not {"request", "nonce", "nonce_window"} & fields, op.operation_id


def test_unknown_response_field_is_kept_and_missing_optional_is_unset() -> None:
    page = FlexInvestmentsPage.from_dict(
        {"data": [{"id": "7", "invested": "1.25", "riskTier": "B"}], "promo": {"x": 1}}
    )
    item = page.data[0] if page.data else None
    assert isinstance(item, FlexInvestment)
    assert item.additional_properties == {"riskTier": "B"}
    assert item.plan_id is UNSET
    assert item.status is UNSET
    assert page.additional_properties == {"promo": {"x": 1}}
    assert page.limit is UNSET
    # Unset fields stay out of the JSON again; unknown ones go back in.
    assert page.to_dict() == {
        "data": [{"id": "7", "invested": "1.25", "riskTier": "B"}],
        "promo": {"x": 1},
    }


def test_amounts_stay_strings() -> None:
    item = FlexInvestment.from_dict({"invested": "0.100000000000000000000001"})
    assert item.invested == "0.100000000000000000000001"

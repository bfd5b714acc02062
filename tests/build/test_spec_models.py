"""The spec's own examples round-trip through the generated models, for every operation;
decimals are exact, codes are enums that survive a new value, absent fields say so."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import httpx
import pytest
from testkit.spec_walk import Operation, adjusted_once, spec_operations, vendored
from whitebit_main_api import Client, types
from whitebit_main_api.models import (
    FlexInvestment,
    FlexInvestmentStatus,
    FlexPlan,
    GetUserFlexInvestmentsBody,
    InvestmentStatus,
    MiningReward,
    MiningRewardStatus,
    SubAccount,
)
from whitebit_main_api.types import UNSET

from scripts.rules import DECIMAL_PATTERN
from scripts.spec_examples import Example, examples

OPERATIONS = {op.operation_id: op for op in spec_operations()}
BODY_EXAMPLES = [e for e in examples(adjusted_once()) if e.kind in ("request", "response")]


def test_walk_finds_every_operation() -> None:
    spec_ops = [
        op["operationId"]
        for item in vendored()["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
    ]
    assert len(spec_ops) == 65
    assert sorted(OPERATIONS) == sorted(spec_ops)


def _canonical(value: Any) -> str:
    """JSON with every decimal-number string written one way: "+0.002" and "0.002" are one
    amount (the models keep the number, exactly, not its spelling)."""

    def norm(v: Any) -> Any:
        if isinstance(v, dict):
            return {k: norm(x) for k, x in v.items()}
        if isinstance(v, list):
            return [norm(x) for x in v]
        if isinstance(v, str):
            try:
                return format(Decimal(v), "f")
            except ArithmeticError:
                return v
        return v

    return json.dumps(norm(value), sort_keys=True)


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
    return model.to_dict() if hasattr(model, "to_dict") else model


def test_request_bodies_have_no_auth_fields() -> None:
    for op in OPERATIONS.values():
        fields = {a.name for a in op.body_class.__attrs_attrs__}
        assert not {"request", "nonce", "nonce_window"} & fields, op.operation_id


def test_fields_every_example_shows_are_required_others_optional() -> None:
    with pytest.raises(KeyError, match="invested"):
        FlexInvestment.from_dict({"id": "7", "planId": "p", "currency": "USDT", "status": 1})
    # SubAccount has no example anywhere: every field stays optional, an absent one is UNSET.
    account = SubAccount.from_dict({"id": "s1", "riskTier": "B"})
    assert account.alias is UNSET
    assert account.additional_properties == {"riskTier": "B"}
    assert account.to_dict() == {"id": "s1", "riskTier": "B"}


def test_amounts_are_exact_decimals_both_ways() -> None:
    plan = FlexPlan.from_dict(
        {"id": "p", "ticker": "USDT", "minInvestment": "0.100000000000000000000001",
         "maxInvestment": "+1000", "maxRate": "-0.15"}
    )  # fmt: skip
    assert plan.min_investment == Decimal("0.100000000000000000000001")
    assert plan.max_rate == Decimal("-0.15")
    plan.max_investment = Decimal("1E+3")
    assert plan.to_dict()["maxInvestment"] == "1000"  # fixed-point, never an exponent
    body = GetUserFlexInvestmentsBody(investment_status=InvestmentStatus.ACTIVE)
    assert body.to_dict()["investmentStatus"] == 1


NOT_DECIMALS = ["1E+3", "1e5", 5, 5.0, " 1", "1_0", "\u0661", "NaN", ".5", "5.", "one"]


@pytest.mark.parametrize("amount", NOT_DECIMALS)
def test_an_amount_is_read_only_as_the_spec_pattern_allows(amount: Any) -> None:
    # The shipped spec's pattern (scripts/rules.py), so the client and the checker agree.
    assert types._DECIMAL.pattern == DECIMAL_PATTERN
    assert re.search(DECIMAL_PATTERN, amount if isinstance(amount, str) else "") is None
    plan = {"id": "p", "ticker": "USDT", "minInvestment": "1", "maxInvestment": "2"}
    with pytest.raises(ValueError, match=r"FlexPlan.maxRate: .* is not a decimal number"):
        FlexPlan.from_dict({**plan, "maxRate": amount})


def test_an_unknown_code_from_the_server_does_not_break_parsing() -> None:
    item = FlexInvestment.from_dict(
        {"id": "7", "planId": "p", "currency": "USDT", "invested": "1", "withAutoReinvest": True,
         "status": 7, "createdAt": 1, "updatedAt": 2}
    )  # fmt: skip
    assert isinstance(item.status, FlexInvestmentStatus)
    assert item.status == 7
    assert item.status.name == "UNKNOWN_7"  # the raw value is kept, under a telling name
    assert item.to_dict()["status"] == 7
    reward = MiningReward.from_dict({"status": "frozen"})
    assert isinstance(reward.status, MiningRewardStatus)
    assert reward.status.value == "frozen"
    assert reward.status.name == "UNKNOWN_frozen"
    assert FlexInvestmentStatus(1) is FlexInvestmentStatus.ACTIVE  # known codes stay members

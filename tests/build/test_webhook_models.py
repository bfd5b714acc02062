"""The webhook events: generated from openapi/webhooks.yaml by make generate, deterministic,
drift-checked, amounts as Decimal, codes as enums that keep what they do not know."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from testkit.spec_walk import ROOT
from whitebit_webhooks.events import EVENTS, GENERIC
from whitebit_webhooks.models import (
    DepositEvent,
    DepositStatus,
    RefundEvent,
    WebhookMethod,
    WithdrawEvent,
    WithdrawStatus,
)

from scripts.webhooks import PACKAGE, WEBHOOK_SPEC, build_webhooks
from scripts.workspace import differences

pytestmark = pytest.mark.slow  # runs the generator

FACTS_EVENTS = {
    "code.apply", "deposit.accepted", "deposit.updated", "deposit.processed",
    "deposit.canceled", "withdraw.unconfirmed", "withdraw.pending", "withdraw.successful",
    "withdraw.canceled", "refund.successful", "refund.failed",
}  # fmt: skip


def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(WEBHOOK_SPEC.read_text("utf-8"))
    return loaded


def _examples() -> dict[str, Any]:
    return {
        name: item["post"]["requestBody"]["content"]["application/json"]["example"]
        for name, item in _spec()["webhooks"].items()
    }


def test_the_spec_is_valid_openapi_and_names_every_event_of_the_facts() -> None:
    validate(_spec())
    assert set(_examples()) == FACTS_EVENTS | {"withdraw.partial_successful"}
    assert set(EVENTS) == set(_examples())


def test_every_example_reads_into_its_model_and_back() -> None:
    for name, example in _examples().items():
        event = EVENTS[name].from_dict(example)
        assert event.method == name
        assert event.to_dict() == example, name


def test_amounts_are_exact_decimals() -> None:
    deposit = DepositEvent.from_dict(_examples()["deposit.accepted"])
    assert deposit.params.amount == Decimal("0.000600000000000000")
    assert isinstance(deposit.params.fee, Decimal)
    refund = RefundEvent.from_dict(_examples()["refund.successful"])
    assert (refund.params.deposit_amount, refund.params.refund_amount) == (
        Decimal(100),
        Decimal(99),
    )
    partial = WithdrawEvent.from_dict(_examples()["withdraw.partial_successful"])
    assert partial.params.status is WithdrawStatus.PARTIALLY_SUCCESSFUL
    assert partial.params.processed_amount == Decimal("60.00")


def test_status_codes_are_enums_by_direction_and_unknown_codes_are_kept() -> None:
    assert DepositStatus(15) is DepositStatus.PENDING
    assert WithdrawStatus(15) is WithdrawStatus.PENDING_15  # the same code, another meaning
    example = json.loads(json.dumps(_examples()["deposit.processed"]))
    example["params"]["status"] = 99
    event = DepositEvent.from_dict(example)
    assert event.params.status == 99
    assert event.params.status.name == "UNKNOWN_99"
    assert WebhookMethod("invoice.paid").value == "invoice.paid"


def test_an_unknown_event_is_a_generic_event_holding_its_raw_data() -> None:
    raw = {"method": "invoice.paid", "params": {"nonce": 7, "sum": "1.5"}, "id": "x"}
    event = GENERIC.from_dict(raw)
    assert event.method == "invoice.paid"
    assert event.params.to_dict() == {"nonce": 7, "sum": "1.5"}


def test_the_index_knows_terminal_statuses_per_direction() -> None:
    index = json.loads((ROOT / "generated" / PACKAGE / "events.json").read_text("utf-8"))
    assert index["statuses"]["1"]["terminal"] == [3, 4, 7, 9]
    assert index["statuses"]["2"]["terminal"] == [3, 4, 7, 18]
    assert index["events"]["withdraw.partial_successful"] == "WithdrawEvent"


def test_the_build_is_deterministic_and_matches_the_committed_package(tmp_path: Path) -> None:
    built = build_webhooks(WEBHOOK_SPEC, tmp_path)
    assert differences(built, ROOT / "generated" / PACKAGE) == []


def test_the_drift_check_sees_a_change_of_the_webhook_spec(tmp_path: Path) -> None:
    spec = _spec()
    spec["components"]["schemas"]["CodeApplyParams"]["properties"]["ticker"] = {"type": "string"}
    changed = tmp_path / "webhooks.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False))
    check = subprocess.run(
        [sys.executable, "-m", "scripts.generate", "--check", "--webhooks-spec", str(changed)],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert check.returncode == 1
    assert "differs: models/code_apply_params.py" in check.stderr

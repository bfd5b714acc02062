"""The partner's tests, with the fixtures and the contract checker the package ships."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from payouts import pay_out, usdt_balance
from whitebit_auth import InnerValidationError, WhiteBitClient, create_client
from whitebit_sandbox import (
    DEMO_ACCOUNT,
    DEMO_API_KEY,
    DEMO_API_SECRET,
    Sandbox,
    SandboxConfig,
    SandboxTransport,
    default_config,
)
from whitebit_sandbox.contract import RecordingTransport, check_recording
from whitebit_sandbox.pytest_plugin import ContractWatch

PAYEE = "0x0964A6B8F794A4B8d61b62652dB27ddC9844FB4c"
WITHDRAW_PAY = "/api/v4/main-account/withdraw-pay"
FEE = Decimal("0.1")  # the sandbox's USDT withdrawal fee (getFees)


def test_a_payout_debits_the_amount_and_its_fee(
    whitebit_sandbox: Sandbox, whitebit_sandbox_client: WhiteBitClient
) -> None:
    before = usdt_balance(whitebit_sandbox_client)
    assert pay_out(whitebit_sandbox_client, PAYEE, Decimal("12.5"), "order-1") == "sent"
    assert usdt_balance(whitebit_sandbox_client) == before - Decimal("12.5") - FEE


def test_a_lost_answer_does_not_pay_twice(
    whitebit_sandbox: Sandbox, whitebit_sandbox_client: WhiteBitClient
) -> None:
    before = usdt_balance(whitebit_sandbox_client)
    whitebit_sandbox.faults.fail_after_processing(WITHDRAW_PAY)  # it runs; the answer is lost
    assert pay_out(whitebit_sandbox_client, PAYEE, Decimal(100), "order-2") == "already sent"
    assert usdt_balance(whitebit_sandbox_client) == before - Decimal(100) - FEE


class TestAPoorTreasury:
    @pytest.fixture
    def whitebit_sandbox_config(self) -> SandboxConfig:  # the plugin's fixture, overridden
        config = default_config()
        config.balances[DEMO_ACCOUNT]["main"]["USDT"] = Decimal(50)
        return config

    def test_not_enough_money_is_refused_with_code_5(
        self, whitebit_sandbox_client: WhiteBitClient
    ) -> None:
        with pytest.raises(InnerValidationError) as refused:
            pay_out(whitebit_sandbox_client, PAYEE, Decimal(50), "order-3")  # 50 + the fee
        assert refused.value.code == 5
        assert usdt_balance(whitebit_sandbox_client) == Decimal(50)


def test_recorded_traffic_conforms_to_the_spec(tmp_path: Path) -> None:
    sandbox = Sandbox()
    recording = tmp_path / "payouts.jsonl"
    transport = RecordingTransport(SandboxTransport(sandbox), recording)
    client = create_client(
        DEMO_API_KEY, DEMO_API_SECRET, base_url="http://127.0.0.1", transport=transport
    )
    pay_out(client, PAYEE, Decimal(5), "order-4")
    assert check_recording(recording) == []


def test_any_transport_can_be_watched(whitebit_contract: ContractWatch) -> None:
    # e.g. a Prism mock server or the live exchange; here, a stub that answers the spec's way.
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"USDT": {"main_balance": "7.5"}})

    transport = whitebit_contract.wrap(httpx.MockTransport(answer))
    client = create_client("key", "secret", base_url="http://127.0.0.1", transport=transport)
    assert usdt_balance(client) == Decimal("7.5")

"""The sandbox delivers webhooks: at every state change it models, signed, nonces strictly
increasing, retried hourly on its clock (3 attempts, then dropped), with delivery faults."""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest
from testkit.deliveries import WEBHOOK_KEY, WEBHOOK_SECRET, verifies_by_hand
from testkit.support import sandbox_client
from whitebit_auth import WebhookError
from whitebit_auth.webhooks import WebhookVerifier
from whitebit_main_api.api.codes import apply_code
from whitebit_main_api.api.deposit import refund_deposit
from whitebit_main_api.api.withdraw import create_withdraw
from whitebit_main_api.models import ApplyCodeBody, CreateWithdrawBody, RefundDepositBody
from whitebit_sandbox import (
    CODE,
    CODE_PASSPHRASE,
    DEMO_API_KEY,
    OTHER_API_KEY,
    Sandbox,
    SandboxConfig,
    default_config,
)
from whitebit_sandbox._seedfile import config_from_seed

ADDRESS = "0x0964A6B8F794A4B8d61b62652dB27ddC9844FB4c"


class Receiver:
    """An in-process destination: checks each delivery by hand, answers what it is told."""

    def __init__(self, answers: dict[str, list[int]] | None = None) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.raw: list[tuple[dict[str, str], bytes]] = []
        self.answers = answers or {}  # event name -> the statuses to answer it, in turn

    def __call__(self, headers: Mapping[str, str], body: bytes) -> int:
        self.raw.append((dict(headers), body))
        assert headers["X-TXC-APIKEY"] == WEBHOOK_KEY
        if verifies_by_hand(dict(headers), body, WEBHOOK_SECRET):
            self.bodies.append(json.loads(body))
        answers = self.answers.get(json.loads(body)["method"])
        return answers.pop(0) if answers else 200

    @property
    def methods(self) -> list[str]:
        return [b["method"] for b in self.bodies]

    @property
    def nonces(self) -> list[int]:
        return [b["params"]["nonce"] for b in self.bodies]


def _sandbox(receiver: Receiver, who: str = DEMO_API_KEY) -> Sandbox:
    sandbox = Sandbox(check_answers=True)
    sandbox.webhooks.register(who, receiver, key=WEBHOOK_KEY, secret=WEBHOOK_SECRET)
    return sandbox


def _withdraw(sandbox: Sandbox, unique_id: str) -> None:
    body = CreateWithdrawBody(ticker="USDT", amount=Decimal(50), address=ADDRESS,
                              network="ERC20", unique_id=unique_id)  # fmt: skip
    create_withdraw.sync(client=sandbox_client(sandbox), body=body)


def test_a_deposit_is_told_when_detected_at_each_confirmation_and_when_credited() -> None:
    receiver = Receiver()
    sandbox = _sandbox(receiver)
    tx = sandbox.deposit(DEMO_API_KEY, "USDT", "250", network="ERC20", confirmations=3)
    sandbox.advance(3 * 60)
    assert receiver.methods == [
        "deposit.accepted", "deposit.updated", "deposit.updated", "deposit.processed",
    ]  # fmt: skip
    assert [b["params"]["confirmations"] for b in receiver.bodies] == [
        {"actual": n, "required": 3} for n in (0, 1, 2, 3)
    ]
    processed = receiver.bodies[-1]["params"]
    assert (processed["status"], processed["uniqueId"], processed["amount"]) == (3, tx.id, "250")
    assert receiver.nonces == sorted(set(receiver.nonces))  # strictly increasing


def test_withdrawals_codes_and_refunds_are_told() -> None:
    receiver, other = Receiver(), Receiver()
    sandbox = _sandbox(receiver)
    sandbox.webhooks.register(OTHER_API_KEY, other, key=WEBHOOK_KEY, secret=WEBHOOK_SECRET)
    client = sandbox_client(sandbox)
    _withdraw(sandbox, "payout-1")
    sandbox.advance(60)
    _withdraw(sandbox, "payout-2")
    sandbox.settle_withdrawal("payout-2", 4)
    sandbox.webhooks.flush()
    canceled = sandbox.deposit(DEMO_API_KEY, "USDT", "5", network="ERC20", canceled=True)
    refund_deposit.sync(
        client=client, body=RefundDepositBody(transaction_id=UUID(canceled.id), address=ADDRESS)
    )
    apply_code.sync(client=client, body=ApplyCodeBody(code=CODE, passphrase=CODE_PASSPHRASE))
    assert receiver.methods == [
        "withdraw.unconfirmed", "withdraw.pending", "withdraw.successful",
        "withdraw.unconfirmed", "withdraw.pending", "withdraw.canceled",
        "deposit.accepted", "deposit.canceled", "refund.successful",
    ]  # fmt: skip
    assert [b["params"].get("uniqueId") for b in receiver.bodies[:6]] == ["payout-1"] * 3 + [
        "payout-2"
    ] * 3
    assert receiver.bodies[-1]["params"]["transactionId"] == canceled.id
    assert other.methods == ["code.apply"]  # the code's owner is told
    assert other.bodies[0]["params"]["code"] == CODE
    assert receiver.nonces == sorted(set(receiver.nonces))


def test_every_delivery_reads_as_a_typed_event() -> None:
    verifier = WebhookVerifier(WEBHOOK_KEY, WEBHOOK_SECRET)
    events = []

    def receive(headers: Mapping[str, str], body: bytes) -> int:
        events.append(verifier.verify(headers, body))
        return 200

    sandbox = Sandbox(check_answers=True)
    sandbox.webhooks.register(DEMO_API_KEY, receive, key=WEBHOOK_KEY, secret=WEBHOOK_SECRET)
    sandbox.deposit(DEMO_API_KEY, "USDT", "250", network="ERC20", confirmations=1)
    _withdraw(sandbox, "payout-1")
    sandbox.advance(120)
    kinds = sorted(type(e).__name__ for e in events)
    assert kinds == ["DepositEvent"] * 2 + ["WithdrawEvent"] * 3


def test_a_failed_delivery_is_retried_hourly_three_times_then_dropped() -> None:
    receiver = Receiver(answers={"deposit.accepted": [503, 500, 502]})
    sandbox = _sandbox(receiver)
    sandbox.deposit(DEMO_API_KEY, "USDT", "250", network="ERC20", confirmations=0)
    sandbox.advance(0)
    (accepted, processed) = sandbox.webhooks.deliveries()
    assert [a["status"] for a in accepted["attempts"]] == [503]
    assert processed["state"] == "delivered"
    sandbox.advance(3600)
    sandbox.advance(3600)
    sandbox.advance(3600)  # nothing more: three attempts were all it had
    accepted = sandbox.webhooks.deliveries()[0]
    assert [a["status"] for a in accepted["attempts"]] == [503, 500, 502]
    times = [a["at"] for a in accepted["attempts"]]
    assert [b - a for a, b in itertools.pairwise(times)] == [3600, 3600]
    assert accepted["state"] == "dropped"


def test_a_long_advance_makes_each_attempt_at_its_own_time() -> None:
    receiver = Receiver(answers={"deposit.accepted": [503, 503]})
    sandbox = _sandbox(receiver)
    sandbox.deposit(DEMO_API_KEY, "USDT", "250", network="ERC20", confirmations=0)
    sandbox.advance(86_400)
    accepted = sandbox.webhooks.deliveries()[0]
    assert [a["status"] for a in accepted["attempts"]] == [503, 503, 200]
    assert accepted["state"] == "delivered"
    assert receiver.nonces == sorted(set(receiver.nonces))


def test_a_receiver_that_never_answers_is_a_failed_attempt() -> None:
    def broken(headers: Mapping[str, str], body: bytes) -> int:
        raise ConnectionError("nobody listens")

    sandbox = Sandbox()
    sandbox.webhooks.register(DEMO_API_KEY, broken, key=WEBHOOK_KEY, secret=WEBHOOK_SECRET)
    sandbox.deposit(DEMO_API_KEY, "USDT", "250", network="ERC20", confirmations=0)
    sandbox.webhooks.flush()
    first = sandbox.webhooks.deliveries()[0]["attempts"][0]
    assert first["status"] is None
    assert "nobody listens" in first["error"]


# -- faults ----------------------------------------------------------------------------------


def _faulted(kind: str, **kw: Any) -> tuple[Sandbox, list[int | str], Receiver]:
    """Two deposits (four deliveries) through a verifying receiver, the first delivery
    faulted; what the verifier answered each arrival."""
    verifier = WebhookVerifier(WEBHOOK_KEY, WEBHOOK_SECRET)
    answers: list[int | str] = []
    receiver = Receiver()

    def receive(headers: Mapping[str, str], body: bytes) -> int:
        receiver(headers, body)
        try:
            verifier.verify(headers, body)
        except WebhookError as refused:
            answers.append(refused.check)
            return refused.status
        answers.append(200)
        return 200

    sandbox = Sandbox()
    sandbox.webhooks.register(DEMO_API_KEY, receive, key=WEBHOOK_KEY, secret=WEBHOOK_SECRET)
    sandbox.faults.deliveries.add(kind, **kw)
    for _ in range(2):
        sandbox.deposit(DEMO_API_KEY, "USDT", "250", network="ERC20", confirmations=0)
    sandbox.webhooks.flush()
    return sandbox, answers, receiver


def test_a_dropped_delivery_is_never_sent() -> None:
    sandbox, answers, _ = _faulted("drop")
    assert answers == [200, 200, 200]
    assert sandbox.webhooks.deliveries()[0]["state"] == "lost"


def test_a_duplicated_delivery_arrives_twice_and_the_copy_is_refused() -> None:
    sandbox, answers, receiver = _faulted("duplicate")
    assert answers == [200, "nonce", 200, 200, 200]
    assert receiver.raw[0] == receiver.raw[1]
    assert sandbox.webhooks.deliveries()[0]["state"] == "delivered"


def test_a_reordered_delivery_arrives_after_the_next_and_is_refused_then_retried() -> None:
    sandbox, answers, _ = _faulted("reorder")
    assert answers == [200, "nonce", 200, 200]
    first = sandbox.webhooks.deliveries()[0]
    assert first["state"] == "pending"
    sandbox.advance(3600)
    assert sandbox.webhooks.deliveries()[0]["state"] == "delivered"  # signed afresh


def test_a_badly_signed_delivery_is_refused_then_retried() -> None:
    sandbox, answers, _ = _faulted("bad_signature")
    assert answers == ["signature", 200, 200, 200]
    attempts = sandbox.webhooks.deliveries()[0]["attempts"]
    assert [a["status"] for a in attempts] == [401]
    sandbox.advance(3600)
    assert sandbox.webhooks.deliveries()[0]["state"] == "delivered"


def test_a_delayed_delivery_arrives_later_on_the_sandbox_clock() -> None:
    sandbox, answers, receiver = _faulted("delay", seconds=600)
    assert receiver.methods == ["deposit.processed", "deposit.accepted", "deposit.processed"]
    sandbox.advance(600)
    assert receiver.methods[-1] == "deposit.accepted"
    assert answers == [200, 200, 200, 200]


# -- where deliveries go -----------------------------------------------------------------------


def test_only_loopback_urls_are_taken() -> None:
    sandbox = Sandbox()
    with pytest.raises(ValueError, match="loopback only"):
        sandbox.webhooks.register(
            DEMO_API_KEY, "https://example.com/hook", key=WEBHOOK_KEY, secret=WEBHOOK_SECRET
        )


def test_a_seed_names_destinations_and_hides_their_secrets() -> None:
    seed = {"webhooks": {DEMO_API_KEY: {"url": "http://127.0.0.1:9/hook", "key": WEBHOOK_KEY,
                                        "secret": WEBHOOK_SECRET}}}  # fmt: skip
    config: SandboxConfig = config_from_seed(seed)
    assert WEBHOOK_SECRET not in repr(config.webhooks)
    sandbox = Sandbox(config)
    sandbox.deposit(DEMO_API_KEY, "USDT", "1", network="ERC20", confirmations=0)
    sandbox.webhooks.flush()  # nobody listens on port 9: a failed attempt, retried later
    (first, _) = sandbox.webhooks.deliveries()
    assert first["url"] == "http://127.0.0.1:9/hook"
    assert first["attempts"][0]["status"] is None
    assert WEBHOOK_SECRET not in json.dumps(sandbox.webhooks.deliveries())


def test_no_destination_no_delivery_and_the_seed_is_not_news() -> None:
    sandbox = Sandbox(default_config())
    receiver = Receiver()
    sandbox.webhooks.register(DEMO_API_KEY, receiver, key=WEBHOOK_KEY, secret=WEBHOOK_SECRET)
    sandbox.advance(3600)  # the seed's deposits and withdrawals were made before
    assert receiver.bodies == []
    sandbox.webhooks.unregister(DEMO_API_KEY)
    sandbox.deposit(DEMO_API_KEY, "USDT", "1", network="ERC20", confirmations=0)
    sandbox.webhooks.flush()
    assert receiver.bodies == []

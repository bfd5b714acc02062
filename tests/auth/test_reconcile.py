"""Reconciler: webhooks and polling merged by uniqueId, each new status handed once, terminal
statuses per direction, cursor and handed statuses in a store (a restart resumes)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import pytest
from testkit.deliveries import WEBHOOK_KEY, WEBHOOK_SECRET
from testkit.support import sandbox_client
from whitebit_auth.reconcile import Reconciler, StatusChange, terminal_statuses
from whitebit_auth.stores import MemoryStore
from whitebit_auth.webhooks import WebhookVerifier
from whitebit_main_api.api.withdraw import create_withdraw
from whitebit_main_api.models import CreateWithdrawBody
from whitebit_sandbox import DEMO_API_KEY, Sandbox, SandboxConfig, default_config

ADDRESS = "0x0964A6B8F794A4B8d61b62652dB27ddC9844FB4c"


def _empty_sandbox() -> Sandbox:
    config: SandboxConfig = default_config()
    config.deposits, config.withdrawals = [], []  # a history of our own making only
    return Sandbox(config, check_answers=True)


class Ledger:
    def __init__(self) -> None:
        self.changes: list[StatusChange] = []

    def __call__(self, change: StatusChange) -> None:
        self.changes.append(change)

    @property
    def seen(self) -> list[tuple[str, int, str]]:
        return [(c.key, c.status, c.source) for c in self.changes]


def test_terminal_statuses_come_from_the_webhook_index() -> None:
    assert terminal_statuses(1) == {3, 4, 7, 9}
    assert terminal_statuses(2) == {3, 4, 7, 18}


def test_webhooks_and_polling_merge_by_unique_id_each_status_once() -> None:
    sandbox = _empty_sandbox()
    verifier = WebhookVerifier(WEBHOOK_KEY, WEBHOOK_SECRET)
    ledger = Ledger()
    reconciler = Reconciler(sandbox_client(sandbox), ledger)

    def receive(headers: Mapping[str, str], body: bytes) -> int:
        reconciler.handle(verifier.verify(headers, body))
        return 200

    sandbox.webhooks.register(DEMO_API_KEY, receive, key=WEBHOOK_KEY, secret=WEBHOOK_SECRET)
    tx = sandbox.deposit(DEMO_API_KEY, "USDT", "250", network="ERC20", confirmations=2)
    sandbox.advance(120)
    assert ledger.seen == [(tx.id, 15, "webhook"), (tx.id, 3, "webhook")]
    assert ledger.changes[-1].terminal
    assert ledger.changes[-1].successful
    assert not ledger.changes[0].successful
    assert ledger.changes[-1].amount == Decimal(250)
    assert reconciler.poll() == []  # the history says nothing the webhooks did not


def test_polling_catches_up_what_no_webhook_told() -> None:
    sandbox = _empty_sandbox()
    client = sandbox_client(sandbox)
    ledger = Ledger()
    store = MemoryStore()
    tx = sandbox.deposit(DEMO_API_KEY, "USDT", "250", network="ERC20", confirmations=0)
    create_withdraw.sync(
        client=client,
        body=CreateWithdrawBody(
            ticker="USDT", amount=Decimal(50), address=ADDRESS, network="ERC20", unique_id="p-1"
        ),
    )
    Reconciler(client, ledger, store=store).poll()
    assert set(ledger.seen) == {("p-1", 1, "poll"), (tx.id, 3, "poll")}
    assert not next(c for c in ledger.changes if c.key == "p-1").terminal

    sandbox.advance(60)  # the payout is sent
    restarted = Reconciler(client, ledger, store=store)  # a new process, the same store
    restarted.poll()
    restarted.poll()
    assert ledger.seen[-1] == ("p-1", 3, "poll")
    assert len(ledger.seen) == 3  # nothing handed twice


def test_pages_are_read_back_to_the_cursor_only_and_within_the_budget() -> None:
    sandbox = _empty_sandbox()
    client = sandbox_client(sandbox)
    for _ in range(5):
        sandbox.deposit(DEMO_API_KEY, "USDT", "10", network="ERC20", confirmations=0)
        sandbox.advance(1)
    slept: list[float] = []
    now = [0.0]

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    reconciler = Reconciler(
        client, Ledger(), page_size=2, directions=(1,), budget=(2, 10.0),
        clock=lambda: now[0], sleep=sleep,
    )  # fmt: skip
    assert len(reconciler.poll()) == 5
    assert reconciler.requests == 3  # 2 + 2 + 1
    assert slept == [10.0]  # the third request waited for the window
    sandbox.deposit(DEMO_API_KEY, "USDT", "10", network="ERC20", confirmations=0)
    sandbox.advance(1)
    assert len(reconciler.poll()) == 1
    assert reconciler.requests == 5  # two pages: back past the cursor, not the whole history


def test_a_failing_handler_gets_the_change_again() -> None:
    sandbox = _empty_sandbox()
    sandbox.deposit(DEMO_API_KEY, "USDT", "250", network="ERC20", confirmations=0)
    calls: list[StatusChange] = []

    def flaky(change: StatusChange) -> None:
        calls.append(change)
        if len(calls) == 1:
            raise RuntimeError("the ledger is down")

    reconciler = Reconciler(sandbox_client(sandbox), flaky, directions=(1,))
    with pytest.raises(RuntimeError):
        reconciler.poll()
    assert len(reconciler.poll()) == 1
    assert reconciler.poll() == []
    assert len(calls) == 2

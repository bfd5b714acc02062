"""Reconciliation: every deposit's and withdrawal's new status handed to you once, whether a
verified webhook told it or polling the history found it.

    from whitebit_auth.reconcile import Reconciler
    reconciler = Reconciler(client, credit_or_track, store=FileStore("/var/lib/app/wb"))
    reconciler.handle(event)   # from your webhook endpoint, after WebhookVerifier.verify
    reconciler.poll()          # every few minutes: what webhooks missed

WhiteBIT's advice, as code: webhooks first, ``getDepositWithdrawHistory`` per direction as
the fallback (paged, within that endpoint's own limit), both deduplicated by ``uniqueId``
(a deposit's is the id WhiteBIT gives it, the history's ``transactionId``), complete only at
a terminal status (per direction, from ``whitebit_webhooks/events.json``). The cursor and the
statuses already handed live in a ``whitebit_auth.stores.Store``: a restart, or another
worker on the same store, resumes without handing anything twice.
"""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from whitebit_main_api.api.main_account import get_deposit_withdraw_history
from whitebit_main_api.models import (
    GetDepositWithdrawHistoryBody,
    GetDepositWithdrawHistoryBodyTransactionMethod,
    TransactionHistory,
)
from whitebit_webhooks.events import Event
from whitebit_webhooks.models import DepositEvent, WithdrawEvent

from .stores import MemoryStore, Store

DEPOSIT, WITHDRAW = 1, 2
HISTORY_PATH = "/api/v4/main-account/history"


@cache
def _statuses() -> dict[int, dict[str, Any]]:
    text = resources.files("whitebit_webhooks").joinpath("events.json").read_text("utf-8")
    return {int(k): v for k, v in json.loads(text)["statuses"].items()}


def terminal_statuses(direction: int) -> frozenset[int]:
    """The status codes after which a transaction of ``direction`` (1 deposit, 2
    withdrawal) changes no more."""
    return frozenset(_statuses()[direction]["terminal"])


def successful_statuses(direction: int) -> frozenset[int]:
    """The terminal codes that mean the money moved (a deposit credited, a payout sent)."""
    return frozenset(_statuses()[direction]["successful"])


@cache
def _history_budget() -> tuple[int, float] | None:
    """The history endpoint's own limit (requests, seconds), where the operation index
    gives one."""
    text = resources.files("whitebit_main_api").joinpath("operations.json").read_text("utf-8")
    for limit in json.loads(text).get(HISTORY_PATH, {}).get("limits", []):
        if str(limit.get("bucket", "")).startswith("endpoint:"):
            return int(limit["limit"]), float(limit["window_s"])
    return None


@dataclass(frozen=True)
class StatusChange:
    """A transaction reached a status you have not been handed yet."""

    key: str  # its uniqueId (for a deposit without one, its transactionId)
    direction: int  # 1 deposit, 2 withdrawal
    status: int
    terminal: bool  # it changes no more
    source: str  # "webhook" or "poll"
    record: TransactionHistory | Any  # the history record, or the webhook's params

    @property
    def successful(self) -> bool:
        """Done, and the money moved: a deposit credited, a withdrawal sent (in part, 18)."""
        return self.status in successful_statuses(self.direction)

    @property
    def ticker(self) -> str:
        return str(self.record.ticker)

    @property
    def amount(self) -> Any:
        return self.record.amount


Handler = Callable[[StatusChange], object]


class _Pacer:
    """At most ``limit`` requests in any ``window_s``: waits (never refuses) for a slot."""

    def __init__(
        self, budget: tuple[int, float] | None, clock: Callable[[], float],
        sleep: Callable[[float], None],
    ) -> None:  # fmt: skip
        self.budget, self.clock, self.sleep = budget, clock, sleep
        self.sent: deque[float] = deque()

    def wait(self) -> None:
        if self.budget is None:
            return
        limit, window = self.budget
        now = self.clock()
        while self.sent and self.sent[0] <= now - window:
            self.sent.popleft()
        if len(self.sent) >= limit:
            self.sleep(self.sent[0] + window - now)
            self.sent.popleft()
        self.sent.append(max(now, self.clock()))


class Reconciler:
    """Hands each deposit's and withdrawal's new status to ``handler`` once.

    ``store`` keeps, under keys starting with ``reconcile:<name>:``, the statuses handed and
    a cursor per direction (the oldest time with a transaction still in progress: polling
    reads the history back to it, not further). A handler that raises leaves its change to be
    handed again by the next ``handle`` or ``poll``; one that returns has it done, for good.
    ``budget`` is the history endpoint's limit to keep within (default: the operation
    index's, if it has one; the client's own rate limit applies in any case).
    """

    def __init__(
        self,
        client: Any,
        handler: Handler,
        *,
        store: Store | None = None,
        name: str = "default",
        page_size: int = 100,
        directions: Iterable[int] = (DEPOSIT, WITHDRAW),
        budget: tuple[int, float] | Literal["index"] | None = "index",
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.client = client
        self.handler = handler
        self.store: Store = store if store is not None else MemoryStore()
        self.prefix = f"reconcile:{name}:"
        self.page_size = page_size
        self.directions = tuple(directions)
        limit = _history_budget() if budget == "index" else budget
        self._pacer = _Pacer(limit, clock, sleep)
        self.requests = 0

    # -- the webhook path ---------------------------------------------------------------------
    def handle(self, event: Event) -> StatusChange | None:
        """A verified webhook event: its transaction's status, handed if new (the change),
        else None. Events that are not deposits or withdrawals are not this one's business."""
        if not isinstance(event, DepositEvent | WithdrawEvent):
            return None
        params = event.params
        direction = DEPOSIT if isinstance(event, DepositEvent) else WITHDRAW
        key = params.unique_id if isinstance(params.unique_id, str) else None
        if key is None:
            return None  # nothing to match the history by: polling will tell it
        return self._offer(key, direction, int(params.status), "webhook", params)

    # -- the polling path ---------------------------------------------------------------------
    def poll(self) -> list[StatusChange]:
        """Read each direction's history back to its cursor; hand what is new. Returns the
        changes handed. A handler's exception stops the poll (the cursor stays where it was)."""
        handed: list[StatusChange] = []
        for direction in self.directions:
            handed += self._poll(direction)
        return handed

    def _poll(self, direction: int) -> list[StatusChange]:
        cursor_key = f"{self.prefix}cursor:{direction}"
        saved = self.store.get(cursor_key)
        cursor = int(saved) if saved is not None else None
        terminal = terminal_statuses(direction)
        method = GetDepositWithdrawHistoryBodyTransactionMethod(direction)
        handed: list[StatusChange] = []
        open_since: int | None = None  # the oldest transaction still in progress
        newest: int | None = None
        offset = 0
        while True:
            self._pacer.wait()
            self.requests += 1
            page = get_deposit_withdraw_history.sync(
                client=self.client,
                body=GetDepositWithdrawHistoryBody(
                    transaction_method=method, limit=self.page_size, offset=offset
                ),
            )
            records = page.records
            for record in records:  # newest first
                newest = record.created_at if newest is None else max(newest, record.created_at)
                if record.status not in terminal:
                    open_since = record.created_at
                key = record.unique_id or record.transaction_id
                change = self._offer(key, direction, record.status, "poll", record)
                if change is not None:
                    handed.append(change)
            past_cursor = cursor is not None and records and records[-1].created_at < cursor
            if len(records) < self.page_size or past_cursor:
                break
            offset += len(records)
        # Next time, read back to the oldest transaction still in progress (or the newest
        # seen, when all are done): everything older changes no more.
        mark = open_since if open_since is not None else newest
        if mark is not None:
            self.store.put(cursor_key, str(mark))
        return handed

    # -- handing once ---------------------------------------------------------------------------
    def _offer(
        self, key: str, direction: int, status: int, source: str, record: Any
    ) -> StatusChange | None:
        member = f"{direction}:{key}:{status}"
        retry_key = f"{self.prefix}retry:{member}"
        claimed = self.store.add(f"{self.prefix}handed", member)
        if not claimed and self.store.get(retry_key) != "1":
            return None  # handed before
        change = StatusChange(key, direction, status, status in terminal_statuses(direction),
                              source, record)  # fmt: skip
        try:
            self.handler(change)
        except Exception:
            self.store.put(retry_key, "1")  # hand it again next time
            raise
        if self.store.get(retry_key) == "1":
            self.store.put(retry_key, "0")
        return change

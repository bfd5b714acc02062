"""Deposits and withdrawals as the account's history shows them, with WhiteBIT's status codes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum

from .base import invalid, newest_first


class Method(IntEnum):
    DEPOSIT = 1
    WITHDRAW = 2


class Status(IntEnum):
    """The status codes the history reports (several codes share a meaning; these are the
    ones the sandbox sets)."""

    PENDING_WITHDRAW = 1
    SUCCESSFUL = 3
    CANCELED = 4
    UNCONFIRMED_BY_USER = 5
    PENDING_DEPOSIT = 15
    AML_FROZEN = 21


# Every code each method may report: a status filter outside these is refused.
DEPOSIT_STATUSES = frozenset({3, 4, 5, 7, 9, 15, 21, 22, 27, 28})
WITHDRAW_STATUSES = frozenset({1, 2, 3, 4, 5, 6, 7, *range(10, 19), 21})
REFUNDABLE = frozenset({4, 9})


@dataclass
class Transaction:
    id: str
    owner: str
    method: Method
    ticker: str
    currency_name: str
    amount: Decimal  # deposits: what arrived; withdrawals: what the balance gave
    fee: Decimal
    address: str
    created_at: int
    status: int
    memo: str = ""
    network: str | None = None
    unique_id: str | None = None
    transaction_hash: str = ""
    description: str = ""
    confirmations: tuple[int, int] | None = None  # (so far, needed), for deposits on a chain
    refunded: bool = False


@dataclass(frozen=True)
class HistoryQuery:
    method: int | None = None
    ticker: str | None = None
    address: str | None = None
    memo: str | None = None
    addresses: tuple[str, ...] = ()
    unique_id: str | None = None
    statuses: tuple[int, ...] = ()


class TransactionLog:
    def __init__(self) -> None:
        self._by_id: dict[str, Transaction] = {}

    def add(self, transaction: Transaction) -> Transaction:
        self._by_id[transaction.id] = transaction
        return transaction

    def get(self, transaction_id: str) -> Transaction | None:
        return self._by_id.get(transaction_id)

    def all(self) -> Iterable[Transaction]:
        return self._by_id.values()

    def by_unique_id(self, owner: str, unique_id: str) -> Transaction | None:
        for t in self._by_id.values():
            if t.owner == owner and t.unique_id == unique_id:
                return t
        return None

    def history(self, owner: str, query: HistoryQuery, known: Iterable[str]) -> list[Transaction]:
        """The owner's deposits and withdrawals that match, newest first."""
        if query.ticker is not None and query.ticker not in set(known):
            raise invalid("ticker", "The selected ticker is invalid.")
        allowed = {
            Method.DEPOSIT: DEPOSIT_STATUSES,
            Method.WITHDRAW: WITHDRAW_STATUSES,
            None: DEPOSIT_STATUSES | WITHDRAW_STATUSES,
        }[Method(query.method) if query.method is not None else None]
        if any(s not in allowed for s in query.statuses):
            raise invalid("status", "The selected status is invalid.")
        found = [t for t in self._by_id.values() if t.owner == owner]
        if query.method is not None:
            found = [t for t in found if t.method == query.method]
        if query.ticker is not None:
            found = [t for t in found if t.ticker == query.ticker]
        if query.address is not None:
            found = [t for t in found if t.address == query.address]
        if query.addresses:
            found = [t for t in found if t.address in query.addresses]
        if query.memo is not None:
            found = [t for t in found if t.memo == query.memo]
        if query.unique_id is not None:
            found = [t for t in found if t.unique_id == query.unique_id]
        if query.statuses:
            found = [t for t in found if t.status in query.statuses]
        return newest_first(found, lambda t: t.created_at)

"""The sandbox's Flex domain: plans, balances, investments and the history ledger.

Pure and in memory: no HTTP, no auth. Every amount is a Decimal; every rejection is a
``Rejection`` carrying the status, code and field errors WhiteBIT documents for it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from enum import IntEnum
from typing import Any


class ActionType(IntEnum):
    INVEST = 1
    REINVEST = 2
    WITHDRAW_FROM_INVESTMENT = 3
    DAILY_EARNING = 4
    CLOSE_INVESTMENT = 5
    OPEN_INVESTMENT = 6


class InvestmentStatus(IntEnum):
    CLOSED = 0
    ACTIVE = 1


class Rejection(Exception):
    """A request the domain refuses: becomes an HTTP error in WhiteBIT's Error shape."""

    def __init__(
        self, status: int, errors: dict[str, list[str]], *, code: int = 0, message: str = ""
    ) -> None:
        self.status = status
        self.code = code
        self.message = message or (
            "Inner validation failed" if status == 422 else "Validation failed"
        )
        self.errors = errors
        super().__init__(f"{status} {self.message}: {errors}")

    def body(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "errors": self.errors}


def invalid(field_name: str, message: str) -> Rejection:
    return Rejection(400, {field_name: [message]})


def inner(field_name: str, message: str, code: int = 0) -> Rejection:
    return Rejection(422, {field_name: [message]}, code=code)


@dataclass
class Plan:
    id: str
    ticker: str
    min_investment: Decimal
    max_investment: Decimal
    max_rate: Decimal  # yearly, e.g. Decimal("0.15")
    investment_cap: Decimal | None = None  # cumulative per account; None: no cap
    paused: bool = False
    available: bool = True
    private_for: frozenset[str] | None = None  # API keys allowed; None: public
    min_withdrawal: Decimal = Decimal(0)  # the smallest amount one withdrawal may take

    def visible_to(self, owner: str) -> bool:
        return self.private_for is None or owner in self.private_for

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "ticker": self.ticker,
            "minInvestment": fmt(self.min_investment),
            "maxInvestment": fmt(self.max_investment),
            "maxRate": fmt(self.max_rate),
        }


@dataclass
class Investment:
    id: str
    owner: str
    plan_id: str
    currency: str
    invested: Decimal
    with_auto_reinvest: bool
    status: InvestmentStatus
    created_at: int
    updated_at: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "planId": self.plan_id,
            "currency": self.currency,
            "invested": fmt(self.invested),
            "withAutoReinvest": self.with_auto_reinvest,
            "status": int(self.status),
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
        }


@dataclass(frozen=True)
class HistoryEntry:
    owner: str
    created_at: int
    plan_id: str
    investment_id: str
    currency: str
    amount: Decimal
    transaction_id: str
    action_type: ActionType

    def to_json(self) -> dict[str, Any]:
        return {
            "createdAt": self.created_at,
            "planId": self.plan_id,
            "investmentId": self.investment_id,
            "currency": self.currency,
            "amount": fmt(self.amount),
            "transaction_id": self.transaction_id,
            "actionType": int(self.action_type),
        }


def fmt(amount: Decimal) -> str:
    """A decimal string without exponent or trailing zeros, as WhiteBIT shows amounts."""
    text = format(amount.normalize(), "f")
    return "0" if text in ("-0", "") else text


def parse_amount(raw: object, field_name: str = "amount") -> Decimal:
    if not isinstance(raw, str):
        raise invalid(field_name, f"The {field_name} field must be a valid number")
    try:
        value = Decimal(raw.strip())
    except InvalidOperation:
        raise invalid(field_name, f"The {field_name} field must be a valid number") from None
    if not value.is_finite():
        raise invalid(field_name, f"The {field_name} field must be a valid number")
    return value


@dataclass
class Page:
    items: list[dict[str, Any]]
    limit: int
    offset: int

    def to_json(self) -> dict[str, Any]:
        return {"data": self.items, "limit": self.limit, "offset": self.offset}


@dataclass
class FlexBook:
    """All Flex state of one sandbox. Callers hold ``lock`` around each operation."""

    plans: dict[str, Plan]
    balances: dict[str, dict[str, Decimal]]  # api key -> ticker -> main balance
    clock: Callable[[], float]
    investments: dict[str, Investment] = field(default_factory=dict)
    history: list[HistoryEntry] = field(default_factory=list)
    lock: threading.RLock = field(default_factory=threading.RLock)
    _serial: int = 0

    # -- helpers ---------------------------------------------------------------------------
    def _next_id(self, prefix: str) -> str:
        self._serial += 1
        return f"{prefix}_{self._serial:08d}"

    def now(self) -> int:
        return int(self.clock())

    def balance(self, owner: str, ticker: str) -> Decimal:
        return self.balances.setdefault(owner, {}).get(ticker, Decimal(0))

    def _move(self, owner: str, ticker: str, delta: Decimal) -> None:
        wallet = self.balances.setdefault(owner, {})
        wallet[ticker] = wallet.get(ticker, Decimal(0)) + delta

    def _record(
        self, inv: Investment, amount: Decimal, action: ActionType, at: int | None = None
    ) -> str:
        tx = self._next_id("tx")
        when = self.now() if at is None else at
        self.history.append(
            HistoryEntry(inv.owner, when, inv.plan_id, inv.id, inv.currency, amount, tx, action)
        )
        return tx

    def _owned(self, owner: str) -> Iterable[Investment]:
        return (i for i in self.investments.values() if i.owner == owner)

    def _active(self, owner: str, plan_id: str) -> Investment | None:
        for inv in self._owned(owner):
            if inv.plan_id == plan_id and inv.status is InvestmentStatus.ACTIVE:
                return inv
        return None

    def _plan(self, plan_id: object) -> Plan:
        plan = self.plans.get(plan_id) if isinstance(plan_id, str) else None
        if plan is None:
            raise invalid("plan", "The selected plan is invalid.")
        return plan

    # -- reads -----------------------------------------------------------------------------
    def list_investments(self, owner: str, query: dict[str, Any]) -> Page:
        limit, offset = _page(query, default_limit=100)
        found = list(self._owned(owner))
        if "ticker" in query:
            if query["ticker"] not in {p.ticker for p in self.plans.values()}:
                raise invalid("ticker", "The selected ticker is invalid.")
            found = [i for i in found if i.currency == query["ticker"]]
        if "plan" in query:
            plan = self._plan(query["plan"])
            found = [i for i in found if i.plan_id == plan.id]
        if "investment" in query:
            if query["investment"] not in {i.id for i in self._owned(owner)}:
                raise invalid("investment", "The selected investment is invalid.")
            found = [i for i in found if i.id == query["investment"]]
        if "investmentStatus" in query:
            found = [i for i in found if i.status == query["investmentStatus"]]
        return Page([i.to_json() for i in found[offset : offset + limit]], limit, offset)

    def investment_history(
        self, owner: str, query: dict[str, Any], *, action_types: set[ActionType] | None = None
    ) -> Page:
        limit, offset = _page(query, default_limit=50)
        found = [h for h in self.history if h.owner == owner]
        if "plan" in query:
            plan = self._plan(query["plan"])
            found = [h for h in found if h.plan_id == plan.id]
        if "investment" in query:
            if query["investment"] not in {i.id for i in self._owned(owner)}:
                raise invalid("investment", "The selected investment is invalid.")
            found = [h for h in found if h.investment_id == query["investment"]]
        if "transaction" in query:
            if query["transaction"] not in {h.transaction_id for h in self.history}:
                raise invalid("transaction", "The selected transaction is invalid.")
            found = [h for h in found if h.transaction_id == query["transaction"]]
        for bound in ("dateFrom", "dateTo"):
            if bound in query and query[bound] < 0:
                name = "from" if bound == "dateFrom" else "to"
                raise invalid(bound, f"The date {name} is invalid.")
        if "dateFrom" in query:
            found = [h for h in found if h.created_at >= query["dateFrom"]]
        if "dateTo" in query:
            found = [h for h in found if h.created_at <= query["dateTo"]]
        wanted = set(action_types or ())
        for i, raw in enumerate(query.get("actionTypes", [])):
            try:
                wanted.add(ActionType(raw))
            except ValueError:
                raise invalid(f"actionTypes.{i}", "The selected action type is invalid.") from None
        if wanted:
            found = [h for h in found if h.action_type in wanted]
        return Page([h.to_json() for h in found[offset : offset + limit]], limit, offset)

    # -- money-moving ----------------------------------------------------------------------
    def invest(self, owner: str, query: dict[str, Any]) -> dict[str, Any]:
        plan = self._plan(query.get("plan"))
        amount = parse_amount(query.get("amount"))
        if not plan.visible_to(owner):
            raise inner("plan", "Private plan not available for this user")
        if not plan.available:
            raise inner("plan", "Plan is unavailable")
        if plan.paused:
            raise inner("plan", "Plan is paused")
        if amount <= 0:
            raise inner("amount", "Amount is too small")
        if amount < plan.min_investment:
            raise inner("amount", "Amount is less than min investment", code=2)
        if amount > plan.max_investment:
            raise inner("amount", "Amount is more than max investment", code=3)
        have = self.balance(owner, plan.ticker)
        if have < amount:
            raise inner("amount", f"Available {fmt(have)} < {fmt(amount)}", code=4)
        current = self._active(owner, plan.id)
        if plan.investment_cap is not None:
            already = current.invested if current else Decimal(0)
            if already + amount > plan.investment_cap:
                raise inner("amount", "Investment limit is exceeded")
        now = self.now()
        reinvest = bool(query.get("withReinvest", False))
        if current is None:
            current = Investment(
                self._next_id("inv"), owner, plan.id, plan.ticker, Decimal(0), reinvest,
                InvestmentStatus.ACTIVE, now, now,
            )  # fmt: skip
            self.investments[current.id] = current
        current.invested += amount
        current.with_auto_reinvest = current.with_auto_reinvest or reinvest
        current.updated_at = now
        self._move(owner, plan.ticker, -amount)
        return {"data": {"transaction_id": self._record(current, amount, ActionType.INVEST)}}

    def _investment_to_take_from(self, owner: str, plan: Plan) -> Investment:
        current = self._active(owner, plan.id)
        if current is not None:
            return current
        if any(i.plan_id == plan.id for i in self._owned(owner)):
            raise inner("investment", "Cannot withdraw from closed investment")
        raise inner("amount", "Investment does not exist")

    def withdraw(self, owner: str, query: dict[str, Any]) -> dict[str, Any]:
        plan = self._plan(query.get("plan"))
        amount = parse_amount(query.get("amount"))
        current = self._investment_to_take_from(owner, plan)
        if amount <= 0:
            raise inner("amount", "Withdraw amount is too small")
        if amount > current.invested:
            raise inner("amount", "Withdraw amount exceeds total invested")
        if amount < plan.min_withdrawal:
            raise inner("amount", "Cannot withdraw amount < min possible")
        if current.invested - amount < plan.min_investment:
            raise inner("minAmountLeft", "Amount left < min investment")
        current.invested -= amount
        current.updated_at = self.now()
        self._move(owner, plan.ticker, amount)
        tx = self._record(current, amount, ActionType.WITHDRAW_FROM_INVESTMENT)
        return {"data": {"transaction_id": tx}}

    def close(self, owner: str, query: dict[str, Any]) -> dict[str, Any]:
        plan = self._plan(query.get("plan"))
        current = self._investment_to_take_from(owner, plan)
        amount = current.invested
        current.invested = Decimal(0)
        current.status = InvestmentStatus.CLOSED
        current.updated_at = self.now()
        self._move(owner, plan.ticker, amount)
        return {
            "data": {"transaction_id": self._record(current, amount, ActionType.CLOSE_INVESTMENT)}
        }

    def set_auto_reinvest(self, owner: str, query: dict[str, Any]) -> dict[str, Any]:
        plan = self._plan(query.get("plan"))
        current = self._active(owner, plan.id)
        if current is None:
            raise inner("plan", "No existing investments for this plan")
        current.with_auto_reinvest = bool(query.get("enabled", False))
        current.updated_at = self.now()
        return {"data": []}

    def list_plans(self, owner: str, query: dict[str, Any]) -> list[dict[str, Any]]:
        limit, offset = _page(query, default_limit=100)
        found = [p for p in self.plans.values() if p.available and p.visible_to(owner)]
        if "ticker" in query:
            if query["ticker"] not in {p.ticker for p in self.plans.values()}:
                raise invalid("ticker", "The selected ticker is invalid.")
            found = [p for p in found if p.ticker == query["ticker"]]
        return [p.to_json() for p in found[offset : offset + limit]]

    # -- interest --------------------------------------------------------------------------
    def accrue_day(self, at: int) -> None:
        """Pay one day of interest on every active investment, as of timestamp ``at``.

        Earnings are paid to the main balance (action 4), or with auto-reinvest on, recorded
        as paid and added to the investment (actions 4 and 2). Truncated to 8 decimals.
        """
        for inv in list(self.investments.values()):
            if inv.status is not InvestmentStatus.ACTIVE or inv.invested <= 0:
                continue
            plan = self.plans[inv.plan_id]
            earning = (inv.invested * plan.max_rate / 365).quantize(EIGHT_PLACES, ROUND_DOWN)
            if earning <= 0:
                continue
            self._record(inv, earning, ActionType.DAILY_EARNING, at)
            if inv.with_auto_reinvest:
                inv.invested += earning
                inv.updated_at = at
                self._record(inv, earning, ActionType.REINVEST, at)
            else:
                self._move(inv.owner, inv.currency, earning)


EIGHT_PLACES = Decimal("0.00000001")


def _page(query: dict[str, Any], *, default_limit: int) -> tuple[int, int]:
    limit = query.get("limit", default_limit)
    offset = query.get("offset", 0)
    if limit < 1 or limit > 100:
        raise invalid("limit", "The limit must be between 1 and 100.")
    if offset < 0:
        raise invalid("offset", "The offset must be at least 0.")
    return limit, offset

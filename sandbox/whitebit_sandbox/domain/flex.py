"""Crypto Lending "Flex": plans, one investment per plan and account, daily interest."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from enum import IntEnum

from .area import Area, Shared
from .base import fmt, invalid, parse_amount, rule
from .ledger import HOUSE, Place

EIGHT_PLACES = Decimal("0.00000001")


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
    private_for: frozenset[str] | None = None  # accounts allowed; None: public
    min_withdrawal: Decimal = Decimal(0)  # the smallest amount one withdrawal may take

    def visible_to(self, account: str) -> bool:
        return self.private_for is None or account in self.private_for


@dataclass
class Investment:
    id: str
    owner: str
    plan_id: str
    currency: str
    with_auto_reinvest: bool
    status: InvestmentStatus
    created_at: int
    updated_at: int

    @property
    def place(self) -> Place:
        return Place(self.owner, f"flex:{self.id}")


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


class FlexBook(Area):
    """All Flex state of one sandbox. The sandbox holds its lock around each call."""

    def __init__(self, shared: Shared, plans: Iterable[Plan]) -> None:
        super().__init__(shared)
        self.plans = {p.id: p for p in plans}
        self.investments: dict[str, Investment] = {}
        self.history: list[HistoryEntry] = []

    # -- reading ---------------------------------------------------------------------------
    def invested(self, inv: Investment) -> Decimal:
        return self.ledger.held(inv.place, inv.currency)

    def balance(self, owner: str, ticker: str) -> Decimal:
        return self.ledger.held(Place(owner), ticker)

    def plan(self, plan_id: object) -> Plan:
        plan = self.plans.get(plan_id) if isinstance(plan_id, str) else None
        if plan is None:
            raise invalid("plan", "The selected plan is invalid.")
        return plan

    def owned(self, owner: str) -> list[Investment]:
        return [i for i in self.investments.values() if i.owner == owner]

    def active(self, owner: str, plan_id: str) -> Investment | None:
        for inv in self.owned(owner):
            if inv.plan_id == plan_id and inv.status is InvestmentStatus.ACTIVE:
                return inv
        return None

    def plans_for(self, owner: str, ticker: str | None = None) -> list[Plan]:
        found = [p for p in self.plans.values() if p.available and p.visible_to(owner)]
        if ticker is not None:
            if ticker not in {p.ticker for p in self.plans.values()}:
                raise invalid("ticker", "The selected ticker is invalid.")
            found = [p for p in found if p.ticker == ticker]
        return found

    def investments_of(
        self,
        owner: str,
        *,
        ticker: str | None = None,
        plan: str | None = None,
        investment: str | None = None,
        status: int | None = None,
    ) -> list[Investment]:
        found = self.owned(owner)
        if ticker is not None:
            if ticker not in {p.ticker for p in self.plans.values()}:
                raise invalid("ticker", "The selected ticker is invalid.")
            found = [i for i in found if i.currency == ticker]
        if plan is not None:
            found = [i for i in found if i.plan_id == self.plan(plan).id]
        if investment is not None:
            if investment not in {i.id for i in self.owned(owner)}:
                raise invalid("investment", "The selected investment is invalid.")
            found = [i for i in found if i.id == investment]
        if status is not None:
            found = [i for i in found if i.status == status]
        return found

    def history_of(
        self,
        owner: str,
        *,
        plan: str | None = None,
        investment: str | None = None,
        transaction: str | None = None,
        date_from: int | None = None,
        date_to: int | None = None,
        actions: Iterable[int] = (),
    ) -> list[HistoryEntry]:
        found = [h for h in self.history if h.owner == owner]
        if plan is not None:
            found = [h for h in found if h.plan_id == self.plan(plan).id]
        if investment is not None:
            if investment not in {i.id for i in self.owned(owner)}:
                raise invalid("investment", "The selected investment is invalid.")
            found = [h for h in found if h.investment_id == investment]
        if transaction is not None:
            if transaction not in {h.transaction_id for h in self.history}:
                raise invalid("transaction", "The selected transaction is invalid.")
            found = [h for h in found if h.transaction_id == transaction]
        for bound, value in (("dateFrom", date_from), ("dateTo", date_to)):
            if value is not None and value < 0:
                name = "from" if bound == "dateFrom" else "to"
                raise invalid(bound, f"The date {name} is invalid.")
        if date_from is not None:
            found = [h for h in found if h.created_at >= date_from]
        if date_to is not None:
            found = [h for h in found if h.created_at <= date_to]
        wanted: set[ActionType] = set()
        for i, raw in enumerate(actions):
            try:
                wanted.add(ActionType(raw))
            except ValueError:
                raise invalid(f"actionTypes.{i}", "The selected action type is invalid.") from None
        if wanted:
            found = [h for h in found if h.action_type in wanted]
        return found

    # -- moving money ------------------------------------------------------------------------
    def _record(
        self, inv: Investment, amount: Decimal, action: ActionType, at: int | None = None
    ) -> str:
        tx = self.ids.uuid()
        when = self.now() if at is None else at
        self.history.append(
            HistoryEntry(inv.owner, when, inv.plan_id, inv.id, inv.currency, amount, tx, action)
        )
        return tx

    def invest(
        self, owner: str, plan_id: object, amount_text: object, reinvest: bool = False
    ) -> str:
        plan = self.plan(plan_id)
        amount = parse_amount(amount_text)
        if not plan.visible_to(owner):
            raise rule("plan", "Private plan not available for this user")
        if not plan.available:
            raise rule("plan", "Plan is unavailable")
        if plan.paused:
            raise rule("plan", "Plan is paused")
        if amount <= 0:
            raise rule("amount", "Amount is too small")
        if amount < plan.min_investment:
            raise rule("amount", "Amount is less than min investment", code=2)
        if amount > plan.max_investment:
            raise rule("amount", "Amount is more than max investment", code=3)
        have = self.balance(owner, plan.ticker)
        if have < amount:
            raise rule("amount", f"Available {fmt(have)} < {fmt(amount)}", code=4)
        current = self.active(owner, plan.id)
        if plan.investment_cap is not None:
            already = self.invested(current) if current else Decimal(0)
            if already + amount > plan.investment_cap:
                raise rule("amount", "Investment limit is exceeded")
        now = self.now()
        if current is None:
            current = Investment(
                self.ids.serial("inv"), owner, plan.id, plan.ticker, reinvest,
                InvestmentStatus.ACTIVE, now, now,
            )  # fmt: skip
            self.investments[current.id] = current
        current.with_auto_reinvest = current.with_auto_reinvest or reinvest
        current.updated_at = now
        tx = self._record(current, amount, ActionType.INVEST)
        self.ledger.move(
            plan.ticker, amount, source=Place(owner), target=current.place,
            reason="flex invest", ref=tx, at=now,
        )  # fmt: skip
        return tx

    def _to_take_from(self, owner: str, plan: Plan) -> Investment:
        current = self.active(owner, plan.id)
        if current is not None:
            return current
        if any(i.plan_id == plan.id for i in self.owned(owner)):
            raise rule("investment", "Cannot withdraw from closed investment")
        raise rule("amount", "Investment does not exist")

    def withdraw(self, owner: str, plan_id: object, amount_text: object) -> str:
        plan = self.plan(plan_id)
        amount = parse_amount(amount_text)
        current = self._to_take_from(owner, plan)
        invested = self.invested(current)
        if amount <= 0:
            raise rule("amount", "Withdraw amount is too small")
        if amount > invested:
            raise rule("amount", "Withdraw amount exceeds total invested")
        if amount < plan.min_withdrawal:
            raise rule("amount", "Cannot withdraw amount < min possible")
        if invested - amount < plan.min_investment:
            raise rule("minAmountLeft", "Amount left < min investment")
        current.updated_at = self.now()
        tx = self._record(current, amount, ActionType.WITHDRAW_FROM_INVESTMENT)
        self.ledger.move(
            plan.ticker, amount, source=current.place, target=Place(owner),
            reason="flex withdraw", ref=tx, at=self.now(),
        )  # fmt: skip
        return tx

    def close(self, owner: str, plan_id: object) -> str:
        plan = self.plan(plan_id)
        current = self._to_take_from(owner, plan)
        amount = self.invested(current)
        current.status = InvestmentStatus.CLOSED
        current.updated_at = self.now()
        tx = self._record(current, amount, ActionType.CLOSE_INVESTMENT)
        self.ledger.move(
            plan.ticker, amount, source=current.place, target=Place(owner),
            reason="flex close", ref=tx, at=self.now(),
        )  # fmt: skip
        return tx

    def set_auto_reinvest(self, owner: str, plan_id: object, enabled: bool) -> None:
        plan = self.plan(plan_id)
        current = self.active(owner, plan.id)
        if current is None:
            raise rule("plan", "No existing investments for this plan")
        current.with_auto_reinvest = enabled
        current.updated_at = self.now()

    # -- interest ------------------------------------------------------------------------------
    def accrue_day(self, at: int) -> None:
        """Pay one day of interest on every active investment, as of timestamp ``at``.

        Earnings (invested x yearly rate / 365, truncated to 8 decimals) come from the exchange
        to the main balance (action 4), or with auto-reinvest on, into the investment
        (actions 4 and 2).
        """
        for inv in list(self.investments.values()):
            invested = self.invested(inv)
            if inv.status is not InvestmentStatus.ACTIVE or invested <= 0:
                continue
            plan = self.plans[inv.plan_id]
            earning = (invested * plan.max_rate / 365).quantize(EIGHT_PLACES, ROUND_DOWN)
            if earning <= 0:
                continue
            tx = self._record(inv, earning, ActionType.DAILY_EARNING, at)
            target = inv.place if inv.with_auto_reinvest else Place(inv.owner)
            self.ledger.move(
                inv.currency, earning, source=Place(HOUSE), target=target,
                reason="flex interest", ref=tx, at=at,
            )  # fmt: skip
            if inv.with_auto_reinvest:
                inv.updated_at = at
                self._record(inv, earning, ActionType.REINVEST, at)

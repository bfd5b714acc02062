"""Crypto Lending "Flex"."""

from __future__ import annotations

from typing import Any

from ..domain.base import fmt
from ..domain.flex import ActionType, FlexBook, HistoryEntry, Investment, Plan
from ._call import Call


def _plan(plan: Plan) -> dict[str, Any]:
    return {
        "id": plan.id,
        "ticker": plan.ticker,
        "minInvestment": fmt(plan.min_investment),
        "maxInvestment": fmt(plan.max_investment),
        "maxRate": fmt(plan.max_rate),
    }


def _investment(book: FlexBook, inv: Investment) -> dict[str, Any]:
    return {
        "id": inv.id,
        "planId": inv.plan_id,
        "currency": inv.currency,
        "invested": fmt(book.invested(inv)),
        "withAutoReinvest": inv.with_auto_reinvest,
        "status": int(inv.status),
        "createdAt": inv.created_at,
        "updatedAt": inv.updated_at,
    }


def _entry(entry: HistoryEntry) -> dict[str, Any]:
    return {
        "createdAt": entry.created_at,
        "planId": entry.plan_id,
        "investmentId": entry.investment_id,
        "currency": entry.currency,
        "amount": fmt(entry.amount),
        "transaction_id": entry.transaction_id,
        "actionType": int(entry.action_type),
    }


def _done(transaction_id: str) -> dict[str, Any]:
    return {"data": {"transaction_id": transaction_id}}


def plans(call: Call) -> list[Any]:
    return call.window(call.world.flex.plans_for(call.account, call.text("ticker")), _plan)


def investments(call: Call) -> dict[str, Any]:
    book = call.world.flex
    found = book.investments_of(
        call.account, ticker=call.text("ticker"), plan=call.text("plan"),
        investment=call.text("investment"), status=call.body.get("investmentStatus"),
    )  # fmt: skip
    return call.paged(found, lambda inv: _investment(book, inv))


def _history(call: Call, actions: list[int]) -> dict[str, Any]:
    found = call.world.flex.history_of(
        call.account, plan=call.text("plan"), investment=call.text("investment"),
        transaction=call.text("transaction"), date_from=call.body.get("dateFrom"),
        date_to=call.body.get("dateTo"), actions=actions,
    )  # fmt: skip
    return call.paged(found, _entry)


def history(call: Call) -> dict[str, Any]:
    return _history(call, list(call.body.get("actionTypes") or ()))


def payments(call: Call) -> dict[str, Any]:
    return _history(call, [ActionType.DAILY_EARNING])


def invest(call: Call) -> dict[str, Any]:
    reinvest = bool(call.body.get("withReinvest", False))
    book = call.world.flex
    return _done(
        book.invest(call.account, call.body.get("plan"), call.body.get("amount"), reinvest)
    )


def withdraw(call: Call) -> dict[str, Any]:
    book = call.world.flex
    return _done(book.withdraw(call.account, call.body.get("plan"), call.body.get("amount")))


def close(call: Call) -> dict[str, Any]:
    return _done(call.world.flex.close(call.account, call.body.get("plan")))


def auto_reinvest(call: Call) -> dict[str, Any]:
    enabled = bool(call.body.get("enabled", False))
    call.world.flex.set_auto_reinvest(call.account, call.body.get("plan"), enabled)
    return {"data": []}

"""Balances, fees, transfers between balances, and the deposit and withdrawal history."""

from __future__ import annotations

from typing import Any

from ..domain.base import fmt
from ..domain.currencies import Currency, Limits
from ..domain.transactions import HistoryQuery, Transaction
from ._call import Call


def main_balance(call: Call) -> dict[str, Any]:
    balances = call.world.wallet.main_balances(call.account, call.text("ticker"))
    return {ticker: {"main_balance": fmt(amount)} for ticker, amount in balances.items()}


def limits(limits: Limits) -> dict[str, str]:
    return {
        "minFlex": fmt(limits.min_flex),
        "maxFlex": fmt(limits.max_flex),
        "percentFlex": fmt(limits.percent_flex),
        "fixed": fmt(limits.fixed),
        "minAmount": fmt(limits.min_amount),
        "maxAmount": fmt(limits.max_amount),
    }


def _fee_info(currency: Currency) -> dict[str, Any]:
    return {
        "ticker": currency.ticker,
        "name": currency.name,
        "can_deposit": currency.can_deposit,
        "can_withdraw": currency.can_withdraw,
        "deposit": limits(currency.deposit),
        "withdraw": limits(currency.withdraw),
    }


def fees(call: Call) -> list[dict[str, Any]]:
    return [_fee_info(c) for c in call.world.currencies]


def transfer(call: Call) -> list[Any]:
    call.world.wallet.transfer(
        call.account, call.body.get("ticker"), call.body.get("amount"),
        method=call.text("method"), source=call.text("from"), target=call.text("to"),
    )  # fmt: skip
    return []


def transaction(tx: Transaction) -> dict[str, Any]:
    confirmations = (
        {"actual": tx.confirmations[0], "required": tx.confirmations[1]}
        if tx.confirmations is not None
        else None
    )
    return {
        "address": tx.address,
        "unique_id": tx.unique_id,
        "createdAt": tx.created_at,
        "currency": tx.currency_name,
        "ticker": tx.ticker,
        "method": int(tx.method),
        "amount": fmt(tx.amount),
        "description": tx.description,
        "memo": tx.memo,
        "fee": fmt(tx.fee),
        "status": int(tx.status),
        "network": tx.network,
        "transactionHash": tx.transaction_hash,
        "transaction_id": tx.id,
        "details": None,
        "confirmations": confirmations,
    }


def history(call: Call) -> dict[str, Any]:
    body = call.body
    query = HistoryQuery(
        method=body.get("transactionMethod"),
        ticker=call.text("ticker"),
        address=call.text("address"),
        memo=call.text("memo"),
        addresses=tuple(body.get("addresses") or ()),
        unique_id=call.text("unique_id"),
        statuses=tuple(body.get("status") or ()),
    )
    found = call.world.log.history(call.account, query, call.world.currencies.tickers())
    limit, offset = call.page()
    return {
        "limit": limit,
        "offset": offset,
        "records": call.window(found, transaction),
        "total": len(found),
    }

"""Withdrawals (fee included or on top), express-withdraw tokens, and the sub-account
withdrawals a main account confirms."""

from __future__ import annotations

from typing import Any

from ..domain.base import fmt
from ..domain.withdrawals import Withdrawal, WithdrawRequest
from ._call import Call


def _request(call: Call, *, fee_on_top: bool) -> WithdrawRequest:
    body = call.body
    return WithdrawRequest(
        ticker=body.get("ticker"),
        amount=body.get("amount"),
        address=body.get("address"),
        unique_id=str(body.get("uniqueId")),
        memo=call.text("memo"),
        network=body.get("network"),
        provider=body.get("provider"),
        fee_on_top=fee_on_top,
    )


def withdraw(call: Call) -> list[Any]:
    call.world.withdrawals.create(call.account, _request(call, fee_on_top=False))
    return []


def withdraw_pay(call: Call) -> list[Any]:
    call.world.withdrawals.create(call.account, _request(call, fee_on_top=True))
    return []


def express_token(call: Call) -> dict[str, Any]:
    token = call.world.express.token(
        call.account, call.body.get("ticker"), call.body.get("amount"),
        str(call.body.get("externalId")),
    )  # fmt: skip
    return {"url": token.url, "expireAt": token.expire_at_text}


def _unconfirmed(tx: Withdrawal) -> dict[str, Any]:
    return {
        "id": tx.id,
        "subAccountId": tx.owner,
        "currency": tx.ticker,
        "amount": fmt(tx.amount),
        "createdAt": tx.created_at,
    }


def unconfirmed(call: Call) -> dict[str, Any]:
    found = call.world.withdrawals.unconfirmed(call.account, call.text("subAccountId"))
    return call.paged(found, _unconfirmed)


def confirm(call: Call) -> dict[str, Any]:
    call.world.withdrawals.confirm(call.account, str(call.body.get("id")))
    return {}

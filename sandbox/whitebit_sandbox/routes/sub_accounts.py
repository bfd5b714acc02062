"""Sub-accounts: managing them, moving money to and from them, their balances."""

from __future__ import annotations

from typing import Any

from ..domain.base import fmt
from ..domain.sub_accounts import SubAccount, SubAccountTransfer
from ._call import Call


def _sub_account(sub: SubAccount) -> dict[str, Any]:
    return {
        "id": sub.id,
        "alias": sub.alias,
        "userId": f"u-{sub.id[:8]}" if sub.activated else "",
        "email": sub.masked_email or "",
        "status": sub.status,
        "color": sub.color,
        "kyc": {"shareKyc": sub.share_kyc, "kycStatus": sub.kyc_status},
        "permissions": {
            "spotEnabled": sub.spot_enabled,
            "collateralEnabled": sub.collateral_enabled,
        },
    }


def _permissions(call: Call) -> tuple[bool, bool]:
    given = call.body.get("permissions") or {}
    return bool(given.get("spotEnabled")), bool(given.get("collateralEnabled"))


def create(call: Call) -> dict[str, Any]:
    spot, collateral = _permissions(call)
    sub = call.world.sub_accounts.create(
        call.account, str(call.body.get("alias")), call.text("email"),
        bool(call.body.get("shareKyc", False)), spot, collateral,
    )  # fmt: skip
    return _sub_account(sub)


def listing(call: Call) -> dict[str, Any]:
    found = call.world.sub_accounts.listing(call.account, call.text("search"))
    limit, offset = call.page()
    return {"offset": offset, "limit": limit, "data": call.window(found, _sub_account)}


def edit(call: Call) -> dict[str, Any]:
    spot, collateral = _permissions(call)
    call.world.sub_accounts.edit(
        call.account, call.body.get("id"), str(call.body.get("alias")), spot, collateral
    )
    return {}


def delete(call: Call) -> dict[str, Any]:
    call.world.sub_accounts.delete(call.account, call.body.get("id"))
    return {}


def block(call: Call) -> dict[str, Any]:
    call.world.sub_accounts.set_blocked(call.account, call.body.get("id"), True)
    return {}


def unblock(call: Call) -> dict[str, Any]:
    call.world.sub_accounts.set_blocked(call.account, call.body.get("id"), False)
    return {}


def transfer(call: Call) -> dict[str, Any]:
    made = call.world.sub_accounts.transfer(
        call.account, call.body.get("id"), str(call.body.get("direction")),
        call.body.get("amount"), call.body.get("ticker"),
    )  # fmt: skip
    return {"transaction_id": made.id}


def balances(call: Call) -> dict[str, Any]:
    found = call.world.sub_accounts.balances(call.account, call.body.get("id"), call.text("ticker"))
    return {
        ticker: [{bucket.value: fmt(amount) for bucket, amount in held.items()}]
        for ticker, held in found.items()
    }


def _transfer(made: SubAccountTransfer) -> dict[str, Any]:
    return {
        "transaction_id": made.id,
        "id": made.id,
        "direction": made.direction,
        "currency": made.ticker,
        "amount": fmt(made.amount),
        "createdAt": made.created_at,
    }


def transfers(call: Call) -> dict[str, Any]:
    found = call.world.sub_accounts.transfers_of(
        call.account, call.body.get("id"), call.text("direction")
    )
    limit, offset = call.page()
    return {"offset": offset, "limit": limit, "data": call.window(found, _transfer)}


def kyc_url(call: Call) -> dict[str, Any]:
    return {"url": call.world.sub_accounts.kyc_url(call.account, call.body.get("id")),
            "expiresIn": 3600}  # fmt: skip

"""A partner's own code: pay a customer out, exactly once, whatever the network does."""

from __future__ import annotations

from decimal import Decimal

from whitebit_auth import AlreadyExecutedError, OutcomeUnknownError, WhiteBitClient
from whitebit_main_api.api.main_account import get_main_balance
from whitebit_main_api.api.withdraw import create_withdraw_pay
from whitebit_main_api.models import GetMainBalanceBody, WithdrawRequest

ATTEMPTS = 3


def usdt_balance(client: WhiteBitClient) -> Decimal:
    answer = get_main_balance.sync(client=client, body=GetMainBalanceBody(ticker="USDT"))
    amount = answer["USDT"].main_balance
    return amount if isinstance(amount, Decimal) else Decimal(0)


def pay_out(client: WhiteBitClient, payee: str, amount: Decimal, reference: str) -> str:
    """Send ``amount`` USDT (ERC20) to ``payee``, the fee on top; ``reference`` is ours and
    unique per payout. Returns "sent", or "already sent" when an earlier attempt went through.
    """
    body = WithdrawRequest(
        ticker="USDT", amount=amount, address=payee, unique_id=reference, network="ERC20"
    )
    for _ in range(ATTEMPTS):
        try:
            create_withdraw_pay.sync(client=client, body=body)
        except OutcomeUnknownError:
            continue  # it may have run: the same uniqueId again cannot run twice
        except AlreadyExecutedError:
            return "already sent"  # WhiteBIT had taken this uniqueId: an attempt went through
        return "sent"
    raise RuntimeError(f"payout {reference}: no answer after {ATTEMPTS} attempts")

"""``make demo``: a partner's treasury day against a sandbox on loopback, printed as tables.

A customer's deposit arrives, part of it goes to the trade balance and back, some is lent on
Flex for a day, a code pays another WhiteBIT user, and a withdrawal goes out with its fee.
Every call goes through the generated client and the auth plugin over real HTTP, exactly as a
program talking to WhiteBIT would; only the base URL and the (sandbox-only) key differ. The
sandbox's clock is moved forward for confirmations, interest and payouts, and at the end the
main balance the API reports is checked against the story, to the last decimal.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from decimal import Decimal

from whitebit_auth import ValidationError, create_client
from whitebit_main_api import Client
from whitebit_main_api.api.codes import apply_code, create_code, get_codes_history
from whitebit_main_api.api.crypto_lending_flex import (
    close_flex_investment,
    create_flex_investment,
    get_flex_payment_history,
)
from whitebit_main_api.api.deposit import get_deposit_address
from whitebit_main_api.api.fees import get_fees
from whitebit_main_api.api.main_account import get_deposit_withdraw_history, get_main_balance
from whitebit_main_api.api.transfer import transfer_between_balances
from whitebit_main_api.api.withdraw import create_withdraw
from whitebit_main_api.models import (
    ApplyCodeBody,
    CloseFlexInvestmentBody,
    CreateCodeBody,
    CreateFlexInvestmentBody,
    CreateWithdrawBody,
    GetCodesHistoryBody,
    GetDepositAddressBody,
    GetDepositWithdrawHistoryBody,
    GetFeesBody,
    GetFlexPaymentHistoryBody,
    GetMainBalanceBody,
    TransactionHistory,
    TransferBetweenBalancesBody,
    TransferBetweenBalancesBodyFrom,
    TransferBetweenBalancesBodyTo,
)
from whitebit_main_api.types import Unset

from ._app import Sandbox
from ._config import DEMO_API_KEY, DEMO_API_SECRET, OTHER_API_KEY, OTHER_API_SECRET, USDT_PLAN
from ._server import serve

DEPOSIT = Decimal("2500")
TO_TRADE, FROM_TRADE = Decimal("1000"), Decimal("400")
LENT = Decimal("1000")
CODE_AMOUNT = Decimal("50")
WITHDRAWAL = Decimal("100")
PAYEE = "0x0964A6B8F794A4B8d61b62652dB27ddC9844FB4c"
METHODS = {1: "deposit", 2: "withdrawal"}
STATUSES = {3: "successful", 4: "canceled", 15: "pending", 1: "pending"}


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(c) for c in header], *[[_show(c) for c in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    line = "+".join("-" * (w + 2) for w in widths)
    out = [f"\n{title}", line]
    for n, row in enumerate(cells):
        out.append("|".join(f" {c:<{w}} " for c, w in zip(row, widths, strict=True)))
        if n == 0:
            out.append(line)
    if len(cells) == 1:
        out.append(" (none)")
    return "\n".join(out)


def _show(value: object) -> str:
    if isinstance(value, Unset) or value is None:
        return "-"
    return str(value)


def main_balance(client: Client, ticker: str = "USDT") -> Decimal:
    balances = get_main_balance.sync(client=client, body=GetMainBalanceBody(ticker=ticker))
    amount = balances[ticker].main_balance
    return amount if isinstance(amount, Decimal) else Decimal(0)


def history(client: Client, title: str, **filters: object) -> list[TransactionHistory]:
    page = get_deposit_withdraw_history.sync(
        client=client, body=GetDepositWithdrawHistoryBody.from_dict({"ticker": "USDT", **filters})
    )
    records = list(page.records or [])
    rows = [
        (
            METHODS.get(int(r.method), r.method) if not isinstance(r.method, Unset) else "-",
            r.amount, r.fee, STATUSES.get(r.status, r.status) if isinstance(r.status, int) else "-",
            r.confirmations.actual if r.confirmations and not isinstance(r.confirmations, Unset)
            else "-",
            r.unique_id, r.transaction_id,
        )
        for r in records
    ]  # fmt: skip
    header = ["kind", "amount", "fee", "status", "confirmations", "uniqueId", "transaction"]
    print(table(title, header, rows))
    return records


def run(client: Client, payer: Client, sandbox: Sandbox) -> int:
    print("WhiteBIT treasury demo against the local sandbox (no real exchange is touched)")
    start = main_balance(client)
    print(f"main balance at the start: {start} USDT")

    fees = [f for f in get_fees.sync(client=client, body=GetFeesBody()) if f.ticker == "USDT"]
    withdraw_rules = fees[0].withdraw
    assert not isinstance(withdraw_rules, Unset)
    print(
        table(
            "1. The USDT fee schedule (getFees)",
            ["direction", "fixed", "percent", "minimum"],
            [
                ("withdraw", withdraw_rules.fixed, withdraw_rules.percent_flex,
                 withdraw_rules.min_amount),
            ],
        )
    )  # fmt: skip

    address = get_deposit_address.sync(
        client=client, body=GetDepositAddressBody(ticker="USDT", network="ERC20")
    )
    where = address.account.address if not isinstance(address.account, Unset) else None
    print(f"\n2. A customer sends {DEPOSIT} USDT to our ERC20 deposit address {where}")
    deposit = sandbox.deposit(DEMO_API_KEY, "USDT", DEPOSIT, network="ERC20", address=where)
    history(client, "   The history right away: waiting for confirmations", transactionMethod=1)
    sandbox.advance(12 * 60)  # ERC20 needs 12 confirmations, one a minute in the sandbox
    history(client, "   12 minutes later", transactionMethod=1)
    after_deposit = main_balance(client)
    print(f"   main balance: {after_deposit} USDT (deposit {deposit.id[:8]}… credited)")

    transfer_between_balances.sync(
        client=client,
        body=TransferBetweenBalancesBody(
            ticker="USDT", amount=TO_TRADE, from_=TransferBetweenBalancesBodyFrom.MAIN,
            to=TransferBetweenBalancesBodyTo.SPOT,
        ),
    )  # fmt: skip
    transfer_between_balances.sync(
        client=client,
        body=TransferBetweenBalancesBody(
            ticker="USDT", amount=FROM_TRADE, from_=TransferBetweenBalancesBodyFrom.SPOT,
            to=TransferBetweenBalancesBodyTo.MAIN,
        ),
    )  # fmt: skip
    trade = sandbox.balance(DEMO_API_KEY, "USDT", "spot")
    print(
        f"\n3. Moved {TO_TRADE} USDT to the trade balance and {FROM_TRADE} back: "
        f"main {main_balance(client)}, trade {trade} USDT"
    )

    create_flex_investment.sync(
        client=client, body=CreateFlexInvestmentBody(plan=USDT_PLAN, amount=LENT)
    )
    sandbox.advance_days(1)
    payments = get_flex_payment_history.sync(client=client, body=GetFlexPaymentHistoryBody())
    interest = sum((p.amount for p in payments.data or [] if isinstance(p.amount, Decimal)),
                   Decimal(0))  # fmt: skip
    close_flex_investment.sync(client=client, body=CloseFlexInvestmentBody(plan=USDT_PLAN))
    print(f"\n4. Lent {LENT} USDT on Flex for a day: {interest} USDT interest, then closed")

    made = create_code.sync(client=client, body=CreateCodeBody(ticker="USDT", amount=CODE_AMOUNT))
    applied = apply_code.sync(client=payer, body=ApplyCodeBody(code=str(made.code)))
    print(f"\n5. A {CODE_AMOUNT} USDT code for another WhiteBIT user: {made.code}")
    print(f"   they applied it: {applied.message}, {applied.amount} {applied.ticker}")
    codes = get_codes_history.sync(client=client, body=GetCodesHistoryBody())
    rows = [(c.code, c.amount, c.status) for c in codes.data or []]
    print(table("   Our codes history", ["code", "amount", "status"], rows))
    try:
        apply_code.sync(client=payer, body=ApplyCodeBody(code=str(made.code)))
    except ValidationError as error:
        print(f"   applying it again is refused: {type(error).__name__} HTTP {error.status}")
        for name, messages in error.errors.items():
            print(f"   {name}: {'; '.join(messages)}")

    fee = withdraw_rules.fixed if isinstance(withdraw_rules.fixed, Decimal) else Decimal(0)
    unique_id = "payout-2026-11-23-001"
    create_withdraw.sync(
        client=client,
        body=CreateWithdrawBody(
            ticker="USDT", amount=WITHDRAWAL, address=PAYEE, unique_id=unique_id,
            network="ERC20",
        ),
    )  # fmt: skip
    print(f"\n6. Withdrew {WITHDRAWAL} USDT (fee included): the payee gets {WITHDRAWAL - fee}")
    history(client, "   Right away, by uniqueId", unique_id=unique_id)
    sandbox.advance(60)
    history(client, "   A minute later", unique_id=unique_id)

    history(client, "7. The USDT history (getDepositWithdrawHistory)")

    end = main_balance(client)
    expected = start + DEPOSIT - (TO_TRADE - FROM_TRADE) + interest - CODE_AMOUNT - WITHDRAWAL
    print(
        f"\nmain balance: {start} + {DEPOSIT} deposit - {TO_TRADE - FROM_TRADE} kept for trading"
        f" + {interest} interest - {CODE_AMOUNT} code - {WITHDRAWAL} withdrawal"
        f" = {expected} USDT; the API says {end} USDT"
    )
    if end != expected or not sandbox.world.ledger.balanced():
        print("amounts do NOT add up", file=sys.stderr)
        return 1
    print("amounts add up exactly, and the sandbox's ledger balances")
    return 0


def main() -> int:
    # The story moves the sandbox's clock a day ahead on purpose; the client notices, follows
    # the server's clock and would warn that this machine's clock is off.
    logging.getLogger("whitebit_auth").setLevel(logging.ERROR)
    sandbox = Sandbox()
    with serve(sandbox) as server:
        print(f"sandbox listening on {server.url}")
        client = create_client(DEMO_API_KEY, DEMO_API_SECRET, base_url=server.url)
        payer = create_client(OTHER_API_KEY, OTHER_API_SECRET, base_url=server.url)
        with client, payer:
            code = run(client, payer, sandbox)
    from .demo_payments import payments_day  # the second story: webhooks and reconciliation

    code = code or payments_day()
    print("\nsandbox stopped; demo finished")
    return code


if __name__ == "__main__":
    sys.exit(main())

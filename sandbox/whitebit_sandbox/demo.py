"""``make demo``: the whole Flex lifecycle against a sandbox on loopback, printed as tables.

Everything goes through the generated client and the auth plugin over real HTTP, exactly as a
program talking to WhiteBIT would; only the base URL and the (sandbox-only) key differ. The
sandbox's clock is moved forward to let interest accrue, and the main balance is read from the
sandbox's ledger (the Flex API has no balance operation).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from whitebit_auth import InnerValidationError, create_client
from whitebit_main_api import Client
from whitebit_main_api.api.crypto_lending_flex import (
    close_flex_investment,
    create_flex_investment,
    get_flex_investment_history,
    get_flex_payment_history,
    get_flex_plans,
    get_user_flex_investments,
    withdraw_from_flex_investment,
)
from whitebit_main_api.models import (
    CloseFlexInvestmentBody,
    CreateFlexInvestmentBody,
    FlexClosure,
    FlexInvestmentCreated,
    FlexInvestmentHistoryPage,
    FlexInvestmentsPage,
    FlexPaymentHistoryPage,
    FlexPlan,
    FlexWithdrawal,
    GetFlexInvestmentHistoryBody,
    GetFlexPaymentHistoryBody,
    GetFlexPlansBody,
    GetUserFlexInvestmentsBody,
    WithdrawFromFlexInvestmentBody,
)
from whitebit_main_api.types import Unset

from ._app import Sandbox
from ._config import DEMO_API_KEY, DEMO_API_SECRET, USDT_PLAN
from ._server import serve

ACTIONS = {1: "invest", 2: "reinvest", 3: "withdraw", 4: "daily earning", 5: "close", 6: "open"}
INVEST = Decimal("1000")
WITHDRAW = Decimal("400")
DAYS = 3


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
    return "-" if isinstance(value, Unset) else str(value)


def _action(code: int | Unset) -> str:
    return ACTIONS.get(code, str(code)) if isinstance(code, int) else "-"


def _expect(value: Any, kind: type) -> Any:
    if not isinstance(value, kind):
        raise SystemExit(f"expected {kind.__name__}, got {value!r}")
    return value


def show_investments(client: Client, title: str) -> None:
    page = _expect(
        get_user_flex_investments.sync(client=client, body=GetUserFlexInvestmentsBody()),
        FlexInvestmentsPage,
    )
    rows = [
        (i.id, i.currency, i.invested, "on" if i.with_auto_reinvest else "off",
         "active" if i.status == 1 else "closed")
        for i in page.data or []
    ]  # fmt: skip
    print(table(title, ["investment", "currency", "invested", "reinvest", "status"], rows))


def run(client: Client, sandbox: Sandbox) -> int:
    def balance() -> Decimal:
        return sandbox.book.balance(DEMO_API_KEY, "USDT")

    start = balance()
    print("WhiteBIT Flex demo against the local sandbox (no real exchange is touched)")
    print(f"main balance: {start} USDT")

    plans: list[FlexPlan] = _expect(
        get_flex_plans.sync(client=client, body=GetFlexPlansBody()), list
    )
    rows: list[Sequence[object]] = [
        (p.id, p.ticker, p.min_investment, p.max_investment, p.max_rate) for p in plans
    ]
    print(table("1. Flex plans", ["plan", "ticker", "min", "max", "yearly rate"], rows))

    created = _expect(
        create_flex_investment.sync(
            client=client, body=CreateFlexInvestmentBody(plan=USDT_PLAN, amount=INVEST)
        ),
        FlexInvestmentCreated,
    )
    print(f"\n2. Invested {INVEST} USDT: transaction {created.data.transaction_id}")
    show_investments(client, "3. Investments")

    sandbox.advance_days(DAYS)
    payments = _expect(
        get_flex_payment_history.sync(client=client, body=GetFlexPaymentHistoryBody()),
        FlexPaymentHistoryPage,
    )
    earned = sum((p.amount for p in payments.data), Decimal(0))
    rows = [(p.created_at, p.amount, p.currency, p.transaction_id) for p in payments.data or []]
    print(
        table(
            f"4. After {DAYS} days: interest payments",
            ["at", "amount", "currency", "transaction"],
            rows,
        )
    )
    print(f"   earned {earned} USDT")

    withdrawn = _expect(
        withdraw_from_flex_investment.sync(
            client=client,
            body=WithdrawFromFlexInvestmentBody(plan=USDT_PLAN, amount=WITHDRAW),
        ),
        FlexWithdrawal,
    )
    print(f"\n5. Withdrew {WITHDRAW} USDT: transaction {withdrawn.data.transaction_id}")
    show_investments(client, "   Investments")

    try:
        withdraw_from_flex_investment.sync(
            client=client,
            body=WithdrawFromFlexInvestmentBody(plan=USDT_PLAN, amount=Decimal("595")),
        )
    except InnerValidationError as error:
        print(f"\n6. Withdrawing 595 more is refused: {type(error).__name__} HTTP {error.status}")
        for name, messages in error.errors.items():
            print(f"   {name}: {'; '.join(messages)}")

    closed = _expect(
        close_flex_investment.sync(client=client, body=CloseFlexInvestmentBody(plan=USDT_PLAN)),
        FlexClosure,
    )
    print(f"\n7. Closed the investment: transaction {closed.data.transaction_id}")

    history = _expect(
        get_flex_investment_history.sync(client=client, body=GetFlexInvestmentHistoryBody()),
        FlexInvestmentHistoryPage,
    )
    rows = [
        (h.transaction_id, _action(h.action_type), h.amount, h.currency) for h in history.data or []
    ]
    print(table("8. History", ["transaction", "action", "amount", "currency"], rows))

    end = balance()
    print(f"\nmain balance: {start} + {earned} interest = {end} USDT")
    if end != start + earned:
        print("amounts do NOT add up", file=sys.stderr)
        return 1
    print("amounts add up exactly")
    return 0


def main() -> int:
    sandbox = Sandbox()
    with serve(sandbox) as server:
        print(f"sandbox listening on {server.url}")
        client = create_client(DEMO_API_KEY, DEMO_API_SECRET, base_url=server.url)
        with client:
            code = run(client, sandbox)
    print("\nsandbox stopped; demo finished")
    return code


if __name__ == "__main__":
    sys.exit(main())

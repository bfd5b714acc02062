"""``make demo``: a short Flex session against a sandbox on loopback, printed as tables.

Everything goes through the generated client and the auth plugin over real HTTP, exactly as a
program talking to WhiteBIT would; only the base URL and the (sandbox-only) key differ.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from whitebit_auth import InnerValidationError, create_client
from whitebit_main_api import Client
from whitebit_main_api.api.crypto_lending_flex import (
    create_flex_investment,
    get_flex_investment_history,
    get_user_flex_investments,
)
from whitebit_main_api.models import (
    CreateFlexInvestmentBody,
    FlexInvestmentCreated,
    FlexInvestmentHistoryPage,
    FlexInvestmentsPage,
    GetFlexInvestmentHistoryBody,
    GetUserFlexInvestmentsBody,
)
from whitebit_main_api.types import Unset

from ._app import Sandbox
from ._config import DEMO_API_KEY, DEMO_API_SECRET, USDT_PLAN
from ._server import serve

ACTIONS = {1: "invest", 2: "reinvest", 3: "withdraw", 4: "daily earning", 5: "close", 6: "open"}


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


def show_investments(client: Client, title: str) -> FlexInvestmentsPage:
    page = get_user_flex_investments.sync(client=client, body=GetUserFlexInvestmentsBody())
    if not isinstance(page, FlexInvestmentsPage):
        raise SystemExit(f"listing investments failed: {page}")
    rows = [
        (i.id, i.plan_id, i.currency, i.invested, "on" if i.with_auto_reinvest else "off", i.status)
        for i in page.data or []
    ]
    print(table(title, ["investment", "plan", "currency", "invested", "reinvest", "status"], rows))
    return page


def run(client: Client) -> int:
    print("WhiteBIT Flex demo against the local sandbox (no real exchange is touched)")
    show_investments(client, "1. Investments before")

    created = create_flex_investment.sync(
        client=client,
        body=CreateFlexInvestmentBody(plan=USDT_PLAN, amount="250.50", with_reinvest=True),
    )
    if not isinstance(created, FlexInvestmentCreated) or isinstance(created.data, Unset):
        raise SystemExit(f"invest failed: {created}")
    print(
        f"\n2. Invested 250.50 USDT in plan {USDT_PLAN}: transaction {created.data.transaction_id}"
    )

    show_investments(client, "3. Investments after")

    history = get_flex_investment_history.sync(client=client, body=GetFlexInvestmentHistoryBody())
    if not isinstance(history, FlexInvestmentHistoryPage):
        raise SystemExit(f"history failed: {history}")
    rows = [
        (h.transaction_id, _action(h.action_type), h.amount, h.currency, h.investment_id)
        for h in history.data or []
    ]
    print(table("4. History", ["transaction", "action", "amount", "currency", "investment"], rows))

    try:
        create_flex_investment.sync(
            client=client, body=CreateFlexInvestmentBody(plan=USDT_PLAN, amount="1000000")
        )
    except InnerValidationError as error:
        print(
            f"\n5. Investing 1000000 USDT is rejected: HTTP {error.status}, "
            f"{type(error).__name__}(code={error.code}, message={error.message!r})"
        )
        for name, messages in error.errors.items():
            print(f"   {name}: {'; '.join(messages)}")
    else:
        raise SystemExit("expected the oversized investment to be rejected")
    return 0


def main() -> int:
    with serve(Sandbox()) as server:
        print(f"sandbox listening on {server.url}")
        client = create_client(DEMO_API_KEY, DEMO_API_SECRET, base_url=server.url)
        with client:
            code = run(client)
    print("\nsandbox stopped; demo finished")
    return code


if __name__ == "__main__":
    sys.exit(main())

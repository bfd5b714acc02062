"""The second half of ``make demo``: a payment provider's day (WhiteBIT's integration guide,
use case 1), against a sandbox server on loopback.

Each customer gets a deposit address of their own; their deposits arrive; a webhook receiver
on loopback (plain ``http.server`` around ``WebhookVerifier`` and a ``Reconciler``) credits
each customer exactly once; one delivery is lost on the way and polling catches it up; a
payout's answer is lost and ``resolve`` finds out that it was made. At the end the customers'
credits, the payout and the main balance the API reports add up to the last decimal.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import httpx
from whitebit_auth import OutcomeUnknownError, create_client, resolve
from whitebit_auth.reconcile import Reconciler, StatusChange
from whitebit_auth.webhooks import WebhookError, WebhookVerifier
from whitebit_main_api import Client
from whitebit_main_api.api.deposit import create_new_address
from whitebit_main_api.api.main_account import get_main_balance
from whitebit_main_api.api.withdraw import create_withdraw
from whitebit_main_api.models import CreateNewAddressBody, CreateWithdrawBody, GetMainBalanceBody

from ._app import Sandbox
from ._config import DEMO_API_KEY, DEMO_API_SECRET
from ._server import serve

HOOK_KEY = "demo-webhook-key"
HOOK_SECRET = "demo-webhook-secret-sandbox-only"  # noqa: S105 (opens nothing but the sandbox)
CUSTOMERS = {"alice": Decimal("120.50"), "bob": Decimal("75"), "carol": Decimal("310.25")}
PAYOUT = Decimal("100")
PAYEE = "0x0964A6B8F794A4B8d61b62652dB27ddC9844FB4c"


class Books:
    """The provider's own ledger: what each customer was credited, by deposit uniqueId."""

    def __init__(self, owners: dict[str, str]) -> None:
        self.owners = owners  # deposit address -> customer
        self.credits: dict[str, tuple[str, Decimal]] = {}  # uniqueId -> (customer, amount)
        self.payouts: dict[str, str] = {}  # uniqueId -> status
        self.lock = threading.Lock()

    def __call__(self, change: StatusChange) -> None:
        with self.lock:
            if change.direction == 2:
                self.payouts[change.key] = (
                    "sent" if change.successful else f"status {change.status}"
                )
            elif change.successful:
                if change.key in self.credits:
                    raise AssertionError(f"deposit {change.key} credited twice")
                net = Decimal(change.record.amount) - Decimal(change.record.fee or 0)
                customer = self.owners[change.record.address]
                self.credits[change.key] = (customer, net)
                print(f"   credited {customer}: {net} USDT (from the {change.source})")

    def credited(self, customer: str) -> Decimal:
        return sum((a for c, a in self.credits.values() if c == customer), Decimal(0))


@contextmanager
def receiver(verifier: WebhookVerifier, reconciler: Reconciler) -> Iterator[str]:
    """A webhook endpoint on loopback: verify, hand to the reconciler, answer."""

    class Endpoint(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                reconciler.handle(verifier.verify(self.headers, body))
                status = 200
            except WebhookError as refused:
                status = refused.status
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/webhooks/whitebit"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def main_balance(client: Client) -> Decimal:
    found = get_main_balance.sync(client=client, body=GetMainBalanceBody(ticker="USDT"))
    amount = found["USDT"].main_balance
    return amount if isinstance(amount, Decimal) else Decimal(0)


def run(client: Client, control: str) -> int:
    def sandbox(endpoint: str, /, **body: Any) -> Any:
        return httpx.post(f"{control}/sandbox/{endpoint}", json=body, timeout=30).json()

    print("\nA payment provider's day: customers' deposits by webhook, reconciliation, payouts")
    start = main_balance(client)
    owners = {}
    for customer in CUSTOMERS:
        made = create_new_address.sync(
            client=client, body=CreateNewAddressBody(ticker="USDT", network="ERC20")
        )
        owners[made.account.address] = customer
        print(f"1. {customer}'s own deposit address: {made.account.address}")
    books = Books(owners)
    reconciler = Reconciler(client, books)
    verifier = WebhookVerifier(HOOK_KEY, HOOK_SECRET)
    with receiver(verifier, reconciler) as url:
        sandbox("webhooks", who=DEMO_API_KEY, url=url, key=HOOK_KEY, secret=HOOK_SECRET)
        print(f"2. Webhooks go to {url}; the customers pay:")
        names = list(CUSTOMERS)
        for customer in names[:-1]:
            address = next(a for a, c in owners.items() if c == customer)
            sandbox("deposit", who=DEMO_API_KEY, ticker="USDT", network="ERC20",
                    amount=str(CUSTOMERS[customer]), address=address, confirmations=3)  # fmt: skip
        sandbox("advance", seconds=3 * 60)
        late = names[-1]
        sandbox("webhooks/faults", kind="drop", count=2)  # its two deliveries never arrive
        address = next(a for a, c in owners.items() if c == late)
        sandbox("deposit", who=DEMO_API_KEY, ticker="USDT", network="ERC20",
                amount=str(CUSTOMERS[late]), address=address, confirmations=0)  # fmt: skip
        print(f"3. {late}'s deposit was credited by WhiteBIT, but both its webhooks were lost:")
        print(f"   {late} credited so far: {books.credited(late)} USDT; polling the history:")
        reconciler.poll()

        print(f"4. A payout of {PAYOUT} USDT; its answer is lost on the way back")
        sandbox("faults", path="/api/v4/main-account/withdraw", kind="fail_after_processing")
        try:
            create_withdraw.sync(client=client, body=CreateWithdrawBody(
                ticker="USDT", amount=PAYOUT, address=PAYEE, network="ERC20"))  # fmt: skip
            print("   (it was answered after all)")
            return 1
        except OutcomeUnknownError as unknown:
            print(f"   {type(unknown).__name__}: it carried {unknown.idempotency_key}")
            found = resolve(unknown, client)
            print(f"   resolve: {found}")
            if found.executed is not True:
                return 1
        sandbox("advance", seconds=60)  # the payout is sent: told by webhook
        lost = [d for d in sandbox("webhooks/deliveries")["deliveries"] if d["state"] == "lost"]
        print(f"   payouts tracked: {books.payouts}; deliveries lost today: {len(lost)}")
    end = main_balance(client)
    total = sum((books.credited(c) for c in CUSTOMERS), Decimal(0))
    expected = start + total - PAYOUT
    print(f"5. Credits: {', '.join(f'{c} {books.credited(c)}' for c in CUSTOMERS)} USDT")
    print(f"   main balance {start} + {total} credited - {PAYOUT} paid out = {expected} USDT;"
          f" the API says {end} USDT")  # fmt: skip
    everyone = all(books.credited(c) > 0 for c in CUSTOMERS) and len(books.credits) == 3
    if end != expected or not everyone or list(books.payouts.values()) != ["sent"]:
        print("the payment day does NOT add up")
        return 1
    print("   every customer credited exactly once; the ledger and the credits add up")
    return 0


def payments_day() -> int:
    sandbox = Sandbox()
    with serve(sandbox) as server:
        client = create_client(DEMO_API_KEY, DEMO_API_SECRET, base_url=server.url)
        with client:
            return run(client, server.url)

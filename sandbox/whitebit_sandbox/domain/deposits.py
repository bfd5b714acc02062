"""Deposits: addresses per currency and network, money arriving block by block, refunds,
and fiat invoices."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .area import Area, Shared
from .base import Refusal, RefusalKind, invalid, parse_amount, refused
from .currencies import Currency, Network, make_address
from .ledger import HOUSE, Place
from .transactions import REFUNDABLE, Method, Status, Transaction

ADDRESS_LIMIT = 10  # addresses per account, currency and network
BLOCK_S = 60  # sandbox seconds per confirmation


@dataclass(frozen=True)
class DepositAddress:
    owner: str
    ticker: str
    network: str
    address: str
    memo: str = ""


def _rule(errors: dict[str, list[str]]) -> Refusal:
    return Refusal(RefusalKind.RULE, errors)


class Deposits(Area):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.addresses: list[DepositAddress] = []
        self.invoices: dict[tuple[str, str], str] = {}  # (owner, uniqueId) -> url

    # -- addresses -----------------------------------------------------------------------------
    def _crypto(self, ticker: object, network: object) -> tuple[Currency, Network]:
        currency = self.currencies.get(ticker)
        if currency.fiat or not currency.can_deposit:
            raise Refusal(
                RefusalKind.INVALID, {"ticker": ["Currency is not depositable"]}, code=1,
                message="Inner validation failed",
            )  # fmt: skip
        return currency, currency.network(network)

    def _of(self, owner: str, ticker: str, network: str) -> list[DepositAddress]:
        return [
            a for a in self.addresses
            if (a.owner, a.ticker, a.network) == (owner, ticker, network)
        ]  # fmt: skip

    def _allocate(
        self, owner: str, currency: Currency, network: Network, kind: str | None = None
    ) -> DepositAddress:
        count = len(self.addresses)
        seed = f"{owner}/{currency.ticker}/{network.name}/{count}"
        memo = str(48565488244493 + count) if network.memo else ""
        found = DepositAddress(
            owner, currency.ticker, network.name, make_address(network.style, seed, kind), memo
        )
        self.addresses.append(found)
        return found

    def address_for(self, owner: str, ticker: object, network: object = None) -> DepositAddress:
        """The account's current address (getDepositAddress): the same one each time."""
        currency, net = self._crypto(ticker, network)
        existing = self._of(owner, currency.ticker, net.name)
        return existing[-1] if existing else self._allocate(owner, currency, net)

    def new_address(
        self, owner: str, ticker: object, network: object = None, kind: object = None
    ) -> DepositAddress:
        """A fresh address (createNewAddress), even when the last one was never used."""
        currency = self.currencies.get(ticker)
        if network is not None and not any(n.name == network for n in currency.networks):
            known = {n.name for c in self.currencies for n in c.networks}
            message = (
                "Cannot find currency for specified network"
                if network in known
                else "Unsupported network"
            )
            raise invalid("network", message)
        if currency.fiat:
            raise _rule({"ticker": ["Fiat currencies are unavailable for this action"]})
        if not currency.can_deposit:
            raise _rule({"ticker": ["Currency is not depositable"]})
        if not self.accounts[owner].verified:
            raise _rule({"error": ["KYC required"]})
        net = currency.network(network)
        if kind is not None and kind not in net.address_types:
            raise invalid("type", "The selected type is invalid.")
        if len(self._of(owner, currency.ticker, net.name)) >= ADDRESS_LIMIT:
            raise _rule({"message": ["Address limit reached"]})
        chosen = kind if isinstance(kind, str) else (net.address_types or (None,))[0]
        return self._allocate(owner, currency, net, chosen)

    def owner_of(self, address: str, memo: str = "") -> str | None:
        for a in self.addresses:
            if a.address == address and a.memo == (memo or ""):
                return a.owner
        return None

    def is_own(self, owner: str, address: str) -> bool:
        return any(a.owner == owner and a.address == address for a in self.addresses)

    # -- money arriving --------------------------------------------------------------------------
    def receive(
        self,
        owner: str,
        ticker: str,
        amount: Decimal,
        *,
        network: str | None = None,
        address: str | None = None,
        memo: str = "",
        confirmations: int | None = None,
        cancel: bool = False,
        transaction_id: str | None = None,
    ) -> Transaction:
        """Money arrives for ``owner`` (a simulated deposit).

        It waits for its confirmations, one block a minute on the sandbox clock, then is
        credited to the main balance less the deposit fee. An amount outside the deposit
        limits, or ``cancel=True``, is held as a canceled deposit that may be refunded.
        """
        currency = self.currencies.get(ticker)
        if amount <= 0:
            raise ValueError(f"a deposit is a positive amount, got {amount}")
        net = None if currency.fiat else currency.network(network)
        if address is None:
            address = (
                self.address_for(owner, currency.ticker, net.name).address
                if net is not None
                else "fiat"
            )
        needed = confirmations if confirmations is not None else net.confirmations if net else 0
        tx = self.log.add(
            Transaction(
                transaction_id or self.ids.uuid(), owner, Method.DEPOSIT, currency.ticker,
                currency.name, amount, Decimal(0), address, self.now(), Status.PENDING_DEPOSIT,
                memo=memo, network=net.name if net is not None and len(currency.networks) > 1
                else None, transaction_hash=self.ids.uuid().replace("-", ""),
                confirmations=(0, needed) if net is not None else None,
            )
        )  # fmt: skip
        self.ledger.move(
            currency.ticker, amount, source=None, target=self._held(tx),
            reason="deposit", ref=tx.id, at=tx.created_at,
        )  # fmt: skip
        self.changes.note("deposit.accepted", owner, tx.created_at, tx)
        limits = currency.deposit
        if cancel or limits.too_small(amount) or limits.too_big(amount):
            tx.status = Status.CANCELED
            self.changes.note("deposit.canceled", owner, tx.created_at, tx)
            return tx
        if needed <= 0:
            self._credit(tx, currency)
        else:
            self.scheduler.at(tx.created_at + BLOCK_S, lambda at: self._confirm(tx, currency))
        return tx

    def _held(self, tx: Transaction) -> Place:
        return Place(tx.owner, f"deposit:{tx.id}")

    def _confirm(self, tx: Transaction, currency: Currency) -> None:
        if tx.status != Status.PENDING_DEPOSIT or tx.confirmations is None:
            return
        seen, needed = tx.confirmations
        tx.confirmations = (seen + 1, needed)
        if seen + 1 >= needed:
            self._credit(tx, currency)
        else:
            self.changes.note("deposit.updated", tx.owner, self.now(), tx)
            self.scheduler.at(self.now() + BLOCK_S, lambda at: self._confirm(tx, currency))

    def _credit(self, tx: Transaction, currency: Currency) -> None:
        tx.fee = min(currency.deposit.fee(tx.amount, currency.precision), tx.amount)
        tx.status = Status.SUCCESSFUL
        held = self._held(tx)
        self.ledger.move(tx.ticker, tx.amount - tx.fee, source=held, target=Place(tx.owner),
                         reason="deposit credited", ref=tx.id, at=self.now())  # fmt: skip
        if tx.fee:
            self.ledger.move(tx.ticker, tx.fee, source=held, target=Place(HOUSE),
                             reason="deposit fee", ref=tx.id, at=self.now())  # fmt: skip
        self.changes.note("deposit.processed", tx.owner, self.now(), tx)

    def refund(self, owner: str, transaction_id: object, address: object) -> Transaction:
        """Send a canceled deposit back out (refundDeposit)."""
        tx = self.log.get(transaction_id) if isinstance(transaction_id, str) else None
        if (
            tx is None
            or tx.owner != owner
            or tx.method is not Method.DEPOSIT
            or tx.status not in REFUNDABLE
            or tx.refunded
        ):
            raise refused(RefusalKind.INVALID, "Transaction not refundable")
        currency = self.currencies.get(tx.ticker)
        net = None if currency.fiat else currency.network(tx.network)
        if (
            not isinstance(address, str)
            or not currency.address_style(net).accepts(address)
            or self.owner_of(address) is not None
        ):
            raise invalid("address", "The address is invalid")
        tx.refunded = True
        self.ledger.move(tx.ticker, tx.amount, source=self._held(tx), target=None,
                         reason="deposit refunded", ref=tx.id, at=self.now())  # fmt: skip
        self.changes.note("refund.successful", owner, self.now(), tx, address=address)
        return tx

    # -- fiat --------------------------------------------------------------------------------------
    def fiat_invoice(
        self,
        owner: str,
        ticker: object,
        provider: object,
        amount_text: object,
        unique_id: str,
        links: dict[str, object],
    ) -> str:
        """A payment page for a fiat deposit (getFiatDepositUrl); nothing moves until it is paid."""
        errors: dict[str, list[str]] = {}
        currency = self.currencies.get(ticker)
        if not currency.fiat or not currency.can_deposit:
            raise invalid("ticker", "Currency is not depositable via API")
        if provider not in currency.providers:
            raise invalid("provider", "Cannot find currency for specified provider")
        amount = parse_amount(amount_text, "amount", "The amount must be a number.")
        for name, link in links.items():
            if isinstance(link, str) and not link.startswith("https://"):
                errors[name] = ["Your domain scheme incorrect. Use https only"]
        if errors:
            raise Refusal(RefusalKind.INVALID, errors)
        if not self.accounts[owner].verified:
            raise invalid("user", "User not verified")
        if amount <= 0 or currency.deposit.too_small(amount):
            raise invalid("amount", "Amount is too little for deposit")
        if currency.deposit.too_big(amount):
            raise invalid("amount", "Amount is too big for deposit")
        if (owner, unique_id) in self.invoices:
            raise invalid("uniqueId", "The unique id has already been taken.")
        url = f"https://checkout.sandbox.invalid/fiat/{self.ids.uuid()}"
        self.invoices[(owner, unique_id)] = url
        return url

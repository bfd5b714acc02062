"""Currencies: what may be deposited, withdrawn and coded, on which networks, at what fee.

The fee schedule here is what ``getFees`` reports, and the same numbers price every
withdrawal and deposit, so a caller can predict a fee from the schedule to the last decimal.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import ROUND_UP, Decimal
from enum import StrEnum

from .base import invalid, quantum

ZERO = Decimal(0)


class AddressStyle(StrEnum):
    """How a network's addresses look: enough to tell a typo from an address."""

    EVM = "evm"  # 0x and 40 hex digits (Ethereum and its tokens)
    TRON = "tron"  # T and 33 base58 characters
    BITCOIN = "bitcoin"  # bech32 (bc1...) or base58 (1... / 3...)
    STELLAR = "stellar"  # G and 55 base32 characters; one exchange address, a memo per account
    FIAT = "fiat"  # an IBAN, a card token, a provider's id: any non-empty text

    def accepts(self, address: str) -> bool:
        return bool(_PATTERNS[self].fullmatch(address))


_PATTERNS = {
    AddressStyle.EVM: re.compile(r"0x[0-9a-fA-F]{40}"),
    AddressStyle.TRON: re.compile(r"T[1-9A-HJ-NP-Za-km-z]{33}"),
    AddressStyle.BITCOIN: re.compile(r"bc1[02-9ac-hj-np-z]{25,87}|[13][1-9A-HJ-NP-Za-km-z]{25,34}"),
    AddressStyle.STELLAR: re.compile(r"G[A-Z2-7]{55}"),
    AddressStyle.FIAT: re.compile(r"\S.{0,254}", re.DOTALL),
}
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
# The exchange's one Stellar address (the reference's example): accounts differ by memo.
STELLAR_HOT_WALLET = "GDTSOI56XNVAKJNJBLJGRNZIVOCIZJRBIDKTWSCYEYNFAZEMBLN75RMN"


def make_address(style: AddressStyle, seed: str, kind: str | None = None) -> str:
    """A well-formed address of ``style``, the same for the same seed."""
    digest = hashlib.sha256(seed.encode()).digest()
    if style is AddressStyle.EVM:
        return "0x" + digest.hex()[:40]
    if style is AddressStyle.TRON:
        return "T" + "".join(_BASE58[b % 58] for b in digest[:33])
    if style is AddressStyle.BITCOIN:
        if kind == "p2sh-segwit":
            return "3" + "".join(_BASE58[b % 58] for b in digest[:33])
        return "bc1q" + "".join(_BECH32[b % 32] for b in digest[:38])
    if style is AddressStyle.STELLAR:
        return STELLAR_HOT_WALLET
    return "fiat-" + digest.hex()[:16]


@dataclass(frozen=True)
class Network:
    name: str
    style: AddressStyle
    confirmations: int = 1  # blocks before a deposit is credited
    memo: bool = False  # deposits tell accounts apart by memo, withdrawals may need one
    address_types: tuple[str, ...] = ()  # e.g. ("bech32", "p2sh-segwit"), the first the default


@dataclass(frozen=True)
class Limits:
    """One direction's fees and limits, as ``getFees`` shows them; zero means "not set"."""

    fixed: Decimal = ZERO
    percent_flex: Decimal = ZERO  # percent of the amount, e.g. Decimal("0.1") is 0.1 %
    min_flex: Decimal = ZERO
    max_flex: Decimal = ZERO
    min_amount: Decimal = ZERO
    max_amount: Decimal = ZERO

    def fee(self, amount: Decimal, places: int) -> Decimal:
        """The fee on ``amount``: the fixed part plus the percentage held within its bounds,
        rounded up to the currency's smallest unit."""
        flex = ZERO
        if self.percent_flex:
            flex = amount * self.percent_flex / 100
            if self.min_flex:
                flex = max(flex, self.min_flex)
            if self.max_flex:
                flex = min(flex, self.max_flex)
        return (self.fixed + flex).quantize(quantum(places), ROUND_UP)

    def too_small(self, amount: Decimal) -> bool:
        return bool(self.min_amount) and amount < self.min_amount

    def too_big(self, amount: Decimal) -> bool:
        return bool(self.max_amount) and amount > self.max_amount


@dataclass(frozen=True)
class Currency:
    ticker: str
    name: str
    precision: int  # decimal places of the smallest unit
    networks: tuple[Network, ...] = ()  # the first is the default; fiat has none
    providers: tuple[str, ...] = ()  # fiat payment providers
    can_deposit: bool = True
    can_withdraw: bool = True
    deposit: Limits = field(default_factory=Limits)
    withdraw: Limits = field(default_factory=Limits)
    codes_enabled: bool = True
    code_minimum: Decimal = ZERO
    usdt_rate: Decimal = Decimal(1)  # the value of one unit in USDT, for USDT-denominated caps

    @property
    def fiat(self) -> bool:
        return not self.networks

    def network(self, name: object) -> Network:
        """The named network, or the default one when none is named. A currency on a single
        network has no choice to make: the name is not checked."""
        if not self.networks:
            raise invalid("network", "The selected network is invalid.")
        if name is None or len(self.networks) == 1:
            return self.networks[0]
        for net in self.networks:
            if net.name == name:
                return net
        raise invalid("network", "The selected network is invalid.")

    def address_style(self, network: Network | None) -> AddressStyle:
        return network.style if network is not None else AddressStyle.FIAT


class Currencies:
    def __init__(self, currencies: list[Currency]) -> None:
        self._by_ticker = {c.ticker: c for c in currencies}

    def __iter__(self) -> Iterator[Currency]:
        return iter(self._by_ticker.values())

    def __contains__(self, ticker: object) -> bool:
        return ticker in self._by_ticker

    def get(self, ticker: object, field: str = "ticker") -> Currency:
        currency = self._by_ticker.get(ticker) if isinstance(ticker, str) else None
        if currency is None:
            raise invalid(field, f"The selected {field} is invalid.")
        return currency

    def tickers(self) -> list[str]:
        return list(self._by_ticker)


def default_currencies() -> list[Currency]:
    """Eight currencies, five crypto and three fiat, with fees that make every example work.

    ETH's numbers are the reference's own ``getFees`` example; the others are made up so that
    each documented request example succeeds and each rejection can be reached.
    """
    d = Decimal
    erc20 = Network("ERC20", AddressStyle.EVM, confirmations=12)
    return [
        Currency(
            "USDT", "Tether US", 6,
            (erc20, Network("TRC20", AddressStyle.TRON, confirmations=20)),
            deposit=Limits(min_amount=d("1")),
            withdraw=Limits(fixed=d("0.1"), min_amount=d("0.5")),
            code_minimum=d("1"),
        ),
        Currency(
            "USDC", "USD Coin", 6, (erc20,),
            deposit=Limits(min_amount=d("1")),
            withdraw=Limits(fixed=d("0.1"), min_amount=d("0.5")),
            code_minimum=d("1"),
        ),
        Currency(
            "BTC", "Bitcoin", 8,
            (Network("BTC", AddressStyle.BITCOIN, 2, address_types=("bech32", "p2sh-segwit")),),
            deposit=Limits(min_amount=d("0.0001")),
            withdraw=Limits(fixed=d("0.0001"), min_amount=d("0.0005")),
            code_minimum=d("0.0001"),
            usdt_rate=d("60000"),
        ),
        Currency(
            "ETH", "Ethereum", 18, (Network("ETH", AddressStyle.EVM, 12),),
            deposit=Limits(min_amount=d("0.01")),
            withdraw=Limits(fixed=d("0.0004"), min_amount=d("0.01")),
            code_minimum=d("0.001"),
            usdt_rate=d("3000"),
        ),
        Currency(
            "XLM", "Stellar", 7, (Network("XLM", AddressStyle.STELLAR, 1, memo=True),),
            deposit=Limits(min_amount=d("1")),
            withdraw=Limits(fixed=d("0.01"), min_amount=d("1")),
            code_minimum=d("1"),
            usdt_rate=d("0.1"),
        ),
        Currency(
            "USD", "US Dollar", 2, providers=("VISAMASTER", "USD_VISAMASTER"),
            deposit=Limits(min_amount=d("10")),
            withdraw=Limits(percent_flex=d("1"), min_flex=d("1"), min_amount=d("10")),
            codes_enabled=False,
        ),
        Currency(
            "EUR", "Euro", 2,
            providers=(
                "SEPA", "SEPA_BCB_GROUP", "SEPA_CLEAR_JUNCTION", "FINCI", "ZEN",
                "BANKING_CIRCLE", "VISAMASTER",
            ),
            deposit=Limits(min_amount=d("10")),
            withdraw=Limits(fixed=d("1"), min_amount=d("10")),
            codes_enabled=False,
            usdt_rate=d("1.1"),
        ),
        Currency(
            "UAH", "Ukrainian Hryvnia", 2, providers=("VISAMASTER",),
            deposit=Limits(min_amount=d("10"), max_amount=d("100000")),
            withdraw=Limits(percent_flex=d("1.5"), min_flex=d("5"), min_amount=d("100")),
            codes_enabled=False,
            usdt_rate=d("0.025"),
        ),
    ]  # fmt: skip

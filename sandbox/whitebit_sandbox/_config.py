"""The sandbox's starting state: keys, accounts, balances, plans and the records the reference's
examples name. Deterministic and documented, so that a request example copied from WhiteBIT's
reference works against a fresh sandbox.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ._destinations import WebhookDestination
from .domain.accounts import Account
from .domain.currencies import Currency, default_currencies
from .domain.fixed import FixedPlan, FixedPlanStatus
from .domain.flex import Plan

# Sandbox-only credentials: they open nothing but a local sandbox.
DEMO_API_KEY = "sandbox-demo-key"
DEMO_API_SECRET = "sandbox-demo-secret-not-a-real-key"  # noqa: S105
NO_LENDING_API_KEY = "sandbox-no-lending-key"
NO_LENDING_API_SECRET = "sandbox-no-lending-secret"  # noqa: S105
OTHER_API_KEY = "sandbox-other-key"
OTHER_API_SECRET = "sandbox-other-secret"  # noqa: S105
UNVERIFIED_API_KEY = "sandbox-unverified-key"
UNVERIFIED_API_SECRET = "sandbox-unverified-secret"  # noqa: S105

DEMO_ACCOUNT = "demo-partner"
NO_LENDING_ACCOUNT = "no-lending-partner"
OTHER_ACCOUNT = "other-partner"  # another WhiteBIT user: made the seeded code, pays tokens
UNVERIFIED_ACCOUNT = "unverified-partner"  # no KYC, no 2FA, no express withdraw

# Flex plan ids in the UUID form WhiteBIT uses (USDT_PLAN is the reference's example).
USDT_PLAN = "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f"
BTC_PLAN = "3b1f7c52-6a0e-4d8b-9c1e-2f4a5b6c7d8e"
PAUSED_PLAN = "5d9a2e71-0c3b-4f6d-8a1e-7b2c3d4e5f60"
PRIVATE_PLAN = "9e4c1b83-2d5f-4a7e-b6c0-1d2e3f4a5b6c"
CLOSED_PLAN = "c7a3e5f1-4b2d-4e8f-a9c0-3e4f5a6b7c8d"
CAPPED_PLAN = "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b"

# The ids the reference's examples use.
FIXED_PLAN = "8e667b4a-0b71-4988-8af5-9474dbfaeb51"
FIXED_INVESTMENT = "0d7b66ff-1909-4938-ab7a-d16d9a64dcd5"
SUB_ACCOUNT = "8e667b4a-0b71-4988-8af5-9474dbfaeb51"
SHARED_KYC_SUB_ACCOUNT = "a1b2c3d4-5678-90ab-cdef-1234567890ab"
UNCONFIRMED_SUB_ACCOUNT = "b2c3d4e5-6789-01ab-cdef-2345678901bc"
SUB_ACCOUNT_KEY = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
CODE = "WBe11f4fce-2a53-4edc-b195-66b693bd77e3ETH"
CODE_PASSPHRASE = "some passphrase"  # noqa: S105 - the reference's example
CANCELED_DEPOSIT = "54bffeb7-7a8f-43f8-bcd8-f14ec10fee85"
UNCONFIRMED_WITHDRAWAL = "f47ac10b-58cc-4372-a567-0e02b2c3d479"
# Made-up ids for the other Fixed plans.
FIXED_BTC_INTEREST_PLAN = "4c6f1d2e-8a3b-4e5f-9c7d-1a2b3c4d5e6f"
FIXED_PAUSED_PLAN = "6e8a3f4b-2c1d-4e9a-8b7c-5d6e7f8a9b0c"
FIXED_SOLD_OUT_PLAN = "7f9b4a5c-3d2e-4f0a-9c8d-6e7f8a9b0c1d"


@dataclass(frozen=True)
class ApiKey:
    secret: str
    account: str = DEMO_ACCOUNT
    lending_access: bool = True  # the Crypto Lending (Flex, Fixed) operations
    enabled: bool = True

    def __repr__(self) -> str:
        return (
            f"ApiKey(secret='***', account={self.account!r}, "
            f"lending_access={self.lending_access}, enabled={self.enabled})"
        )


@dataclass(frozen=True)
class SubAccountSeed:
    id: str
    parent: str
    alias: str
    email: str | None = None
    share_kyc: bool = True
    spot_enabled: bool = True
    collateral_enabled: bool = False
    activated: bool = True
    blocked: bool = False


@dataclass(frozen=True)
class SubAccountKeySeed:
    id: str
    sub_account: str
    title: str
    type: int
    api_key: str
    api_secret: str = field(repr=False)


@dataclass(frozen=True)
class CodeSeed:
    code: str
    owner: str
    ticker: str
    amount: Decimal
    passphrase: str | None = None
    external_id: str | None = None


@dataclass(frozen=True)
class DepositSeed:
    id: str
    owner: str
    ticker: str
    amount: Decimal
    network: str | None = None
    canceled: bool = False


@dataclass(frozen=True)
class FixedInvestmentSeed:
    id: str
    owner: str
    plan: str
    amount: Decimal


@dataclass(frozen=True)
class WithdrawalSeed:
    id: str
    owner: str
    ticker: str
    amount: Decimal
    address: str
    unique_id: str


# account -> balance ("main", "spot", "collateral") -> ticker -> amount
Balances = dict[str, dict[str, dict[str, Decimal]]]


@dataclass
class SandboxConfig:
    keys: dict[str, ApiKey] = field(default_factory=dict)
    accounts: list[Account] = field(default_factory=list)
    balances: Balances = field(default_factory=dict)
    currencies: list[Currency] = field(default_factory=default_currencies)
    plans: list[Plan] = field(default_factory=list)  # Flex
    fixed_plans: list[FixedPlan] = field(default_factory=list)
    sub_accounts: list[SubAccountSeed] = field(default_factory=list)
    sub_account_keys: list[SubAccountKeySeed] = field(default_factory=list)
    codes: list[CodeSeed] = field(default_factory=list)
    deposits: list[DepositSeed] = field(default_factory=list)
    fixed_investments: list[FixedInvestmentSeed] = field(default_factory=list)
    withdrawals: list[WithdrawalSeed] = field(default_factory=list)
    rate_limit: int | None = 1000  # requests per window per key; None: no limit
    rate_window_s: float = 10.0
    window_ms: int = 5_000  # nonceWindow tolerance
    webhooks: dict[str, WebhookDestination] = field(default_factory=dict)  # who -> where


def _d(text: str) -> Decimal:
    return Decimal(text)


def default_config() -> SandboxConfig:
    """The documented seed.

    Keys: the demo partner (verified, 2FA on), one without lending access, another user
    (who created the reference's example code), and an unverified account.
    Flex: USDT_PLAN (the reference's id): 10-5000 USDT an investment, 12 % a year,
    withdrawals of at least 1 USDT; BTC_PLAN: 0.001-1 BTC, 3 %; then one each paused,
    private (to another account), unavailable, and capped at 1500 USDT in all.
    Fixed: the reference's plan (10 % over 14400 minutes, 100-10000 USDT, 3000 left) with the
    reference's investment of 100 USDT in it; a plan paying interest in BTC; a paused plan and
    a sold-out one. Sub-accounts: the reference's sub-account id (USDC 42/10/14 as in its
    balance example) with one API key, one sharing KYC with a withdrawal waiting for
    confirmation, and one whose user has not yet confirmed it.
    """
    return SandboxConfig(
        keys={
            DEMO_API_KEY: ApiKey(DEMO_API_SECRET, DEMO_ACCOUNT),
            NO_LENDING_API_KEY: ApiKey(
                NO_LENDING_API_SECRET, NO_LENDING_ACCOUNT, lending_access=False
            ),
            OTHER_API_KEY: ApiKey(OTHER_API_SECRET, OTHER_ACCOUNT),
            UNVERIFIED_API_KEY: ApiKey(UNVERIFIED_API_SECRET, UNVERIFIED_ACCOUNT),
        },
        accounts=[
            Account(DEMO_ACCOUNT),
            Account(NO_LENDING_ACCOUNT),
            Account(OTHER_ACCOUNT, several_fixed_investments=False),
            Account(
                UNVERIFIED_ACCOUNT,
                verified=False,
                two_factor=False,
                collateral=False,
                several_fixed_investments=False,
                confirms_sub_account_withdrawals=False,
                express_withdraw=False,
            ),
        ],
        balances={
            DEMO_ACCOUNT: {
                "main": {
                    "USDT": _d("10000"),
                    "BTC": _d("1.5"),
                    "ETH": _d("5"),
                    "XLM": _d("36.48"),
                    "USDC": _d("1000"),
                    "USD": _d("50000"),
                    "EUR": _d("10000"),
                    "UAH": _d("100000"),
                },
                "spot": {"USDT": _d("500")},
            },
            NO_LENDING_ACCOUNT: {"main": {"USDT": _d("100")}},
            OTHER_ACCOUNT: {"main": {"USDT": _d("1000"), "ETH": _d("1")}},
            UNVERIFIED_ACCOUNT: {"main": {"USDT": _d("500"), "ETH": _d("1"), "USD": _d("500")}},
            SUB_ACCOUNT: {
                "main": {"USDC": _d("42")},
                "spot": {"USDC": _d("10")},
                "collateral": {"USDC": _d("14")},
            },
            SHARED_KYC_SUB_ACCOUNT: {"main": {"BTC": _d("12")}},
        },
        plans=[
            Plan(USDT_PLAN, "USDT", _d("10"), _d("5000"), _d("0.12"), min_withdrawal=_d("1")),
            Plan(BTC_PLAN, "BTC", _d("0.001"), _d("1"), _d("0.03")),
            Plan(PAUSED_PLAN, "USDT", _d("10"), _d("5000"), _d("0.2"), paused=True),
            Plan(
                PRIVATE_PLAN,
                "USDT",
                _d("10"),
                _d("5000"),
                _d("0.25"),
                private_for=frozenset({OTHER_ACCOUNT}),
            ),
            Plan(CLOSED_PLAN, "USDT", _d("10"), _d("5000"), _d("0.1"), available=False),
            Plan(
                CAPPED_PLAN,
                "USDT",
                _d("10"),
                _d("1000"),
                _d("0.08"),
                investment_cap=_d("1500"),
            ),
        ],
        fixed_plans=[
            FixedPlan(FIXED_PLAN, "USDT", _d("10"), 14400, _d("100"), _d("10000"), _d("3100")),
            FixedPlan(
                FIXED_BTC_INTEREST_PLAN,
                "USDT",
                _d("5"),
                43200,
                _d("100"),
                _d("5000"),
                _d("100000"),
                interest_ticker="BTC",
                interest_ratio=_d("60000"),
                interest_fund=_d("5000"),
            ),
            FixedPlan(
                FIXED_PAUSED_PLAN,
                "USDT",
                _d("8"),
                20160,
                _d("100"),
                _d("10000"),
                _d("50000"),
                status=FixedPlanStatus.PAUSED,
            ),
            FixedPlan(
                FIXED_SOLD_OUT_PLAN,
                "BTC",
                _d("3"),
                40320,
                _d("0.01"),
                _d("1"),
                _d("0"),
                status=FixedPlanStatus.NO_COINS_LEFT,
            ),
        ],
        sub_accounts=[
            SubAccountSeed(
                SUB_ACCOUNT, DEMO_ACCOUNT, "market_maker", "mm@example.com", share_kyc=False
            ),
            SubAccountSeed(SHARED_KYC_SUB_ACCOUNT, DEMO_ACCOUNT, "payouts", share_kyc=True),
            SubAccountSeed(
                UNCONFIRMED_SUB_ACCOUNT,
                DEMO_ACCOUNT,
                "new_desk",
                "desk@example.com",
                share_kyc=False,
                activated=False,
            ),
        ],
        sub_account_keys=[
            SubAccountKeySeed(
                SUB_ACCOUNT_KEY,
                SUB_ACCOUNT,
                "Trading Bot Key",
                1,
                "sandbox-sub-account-key",
                "sandbox-sub-account-secret",
            ),
        ],
        codes=[
            CodeSeed(
                CODE,
                OTHER_ACCOUNT,
                "ETH",
                _d("0.002"),
                CODE_PASSPHRASE,
                "be08a482-5faf-11ed-9b6a-0242ac120002",
            ),
        ],
        deposits=[
            DepositSeed(CANCELED_DEPOSIT, DEMO_ACCOUNT, "USDT", _d("25"), "ERC20", canceled=True),
        ],
        fixed_investments=[
            FixedInvestmentSeed(FIXED_INVESTMENT, DEMO_ACCOUNT, FIXED_PLAN, _d("100")),
        ],
        withdrawals=[
            WithdrawalSeed(
                UNCONFIRMED_WITHDRAWAL,
                SHARED_KYC_SUB_ACCOUNT,
                "BTC",
                _d("12"),
                "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
                "sub-withdrawal-1",
            ),
        ],
    )

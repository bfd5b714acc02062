"""The sandbox's starting state: keys, balances and plans. Deterministic and documented."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ._domain import Plan

# Sandbox-only credentials: they open nothing but a local sandbox.
DEMO_API_KEY = "sandbox-demo-key"
DEMO_API_SECRET = "sandbox-demo-secret-not-a-real-key"  # noqa: S105
NO_LENDING_API_KEY = "sandbox-no-lending-key"
NO_LENDING_API_SECRET = "sandbox-no-lending-secret"  # noqa: S105

# Plan ids in the UUID form WhiteBIT uses.
USDT_PLAN = "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f"
BTC_PLAN = "3b1f7c52-6a0e-4d8b-9c1e-2f4a5b6c7d8e"
PAUSED_PLAN = "5d9a2e71-0c3b-4f6d-8a1e-7b2c3d4e5f60"
PRIVATE_PLAN = "9e4c1b83-2d5f-4a7e-b6c0-1d2e3f4a5b6c"
CLOSED_PLAN = "c7a3e5f1-4b2d-4e8f-a9c0-3e4f5a6b7c8d"
CAPPED_PLAN = "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b"


@dataclass(frozen=True)
class ApiKey:
    secret: str
    lending_access: bool = True
    enabled: bool = True

    def __repr__(self) -> str:
        return f"ApiKey(secret='***', lending_access={self.lending_access}, enabled={self.enabled})"


@dataclass
class SandboxConfig:
    keys: dict[str, ApiKey] = field(default_factory=dict)
    balances: dict[str, dict[str, Decimal]] = field(default_factory=dict)
    plans: list[Plan] = field(default_factory=list)
    rate_limit: int | None = 1000  # requests per window per key; None: no limit
    rate_window_s: float = 10.0
    window_ms: int = 5_000  # nonceWindow tolerance


def default_config() -> SandboxConfig:
    """Two keys (one without lending access), balances in USDT and BTC, six plans.

    USDT_PLAN: 10-5000 USDT a investment, 12 % a year, withdrawals of at least 1 USDT;
    BTC_PLAN: 0.001-1 BTC, 3 %; then one each paused, private (to another key), unavailable,
    and capped at 1500 USDT in all, to reach every documented rejection.
    """
    return SandboxConfig(
        keys={
            DEMO_API_KEY: ApiKey(DEMO_API_SECRET),
            NO_LENDING_API_KEY: ApiKey(NO_LENDING_API_SECRET, lending_access=False),
        },
        balances={
            DEMO_API_KEY: {"USDT": Decimal("10000"), "BTC": Decimal("0.5")},
            NO_LENDING_API_KEY: {"USDT": Decimal("100")},
        },
        plans=[
            Plan(
                USDT_PLAN,
                "USDT",
                Decimal("10"),
                Decimal("5000"),
                Decimal("0.12"),
                min_withdrawal=Decimal("1"),
            ),
            Plan(BTC_PLAN, "BTC", Decimal("0.001"), Decimal("1"), Decimal("0.03")),
            Plan(PAUSED_PLAN, "USDT", Decimal("10"), Decimal("5000"), Decimal("0.2"), paused=True),
            Plan(
                PRIVATE_PLAN,
                "USDT",
                Decimal("10"),
                Decimal("5000"),
                Decimal("0.25"),
                private_for=frozenset({"some-other-partner"}),
            ),
            Plan(
                CLOSED_PLAN, "USDT", Decimal("10"), Decimal("5000"), Decimal("0.1"), available=False
            ),
            Plan(
                CAPPED_PLAN,
                "USDT",
                Decimal("10"),
                Decimal("1000"),
                Decimal("0.08"),
                investment_cap=Decimal("1500"),
            ),
        ],
    )

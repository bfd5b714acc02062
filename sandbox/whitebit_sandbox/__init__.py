"""A local fake WhiteBIT: checks requests as WhiteBIT does and answers as the spec says.

from whitebit_sandbox import Sandbox, SandboxTransport
from whitebit_auth import create_client
sandbox = Sandbox()
client = create_client(DEMO_API_KEY, DEMO_API_SECRET, base_url="http://127.0.0.1",
                       transport=SandboxTransport(sandbox))
"""

from ._app import Reply, Sandbox
from ._config import (
    BTC_PLAN,
    CAPPED_PLAN,
    CLOSED_PLAN,
    DEMO_API_KEY,
    DEMO_API_SECRET,
    NO_LENDING_API_KEY,
    NO_LENDING_API_SECRET,
    PAUSED_PLAN,
    PRIVATE_PLAN,
    USDT_PLAN,
    ApiKey,
    SandboxConfig,
    default_config,
)
from ._domain import ActionType, FlexBook, HistoryEntry, Investment, InvestmentStatus, Plan
from ._faults import Fault, FaultKind, FaultPlan
from ._server import SandboxHTTPServer, serve
from ._spec import SpecIndex
from ._transport import SandboxTransport

__all__ = [
    "BTC_PLAN",
    "CAPPED_PLAN",
    "CLOSED_PLAN",
    "DEMO_API_KEY",
    "DEMO_API_SECRET",
    "NO_LENDING_API_KEY",
    "NO_LENDING_API_SECRET",
    "PAUSED_PLAN",
    "PRIVATE_PLAN",
    "USDT_PLAN",
    "ActionType",
    "ApiKey",
    "Fault",
    "FaultKind",
    "FaultPlan",
    "FlexBook",
    "HistoryEntry",
    "Investment",
    "InvestmentStatus",
    "Plan",
    "Reply",
    "Sandbox",
    "SandboxConfig",
    "SandboxHTTPServer",
    "SandboxTransport",
    "SpecIndex",
    "default_config",
    "serve",
]

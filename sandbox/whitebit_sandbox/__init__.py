"""A local fake WhiteBIT: checks requests as WhiteBIT does and answers as the spec says.

    from whitebit_sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox, SandboxTransport
    from whitebit_auth import create_client
    sandbox = Sandbox()
    client = create_client(DEMO_API_KEY, DEMO_API_SECRET, base_url="http://127.0.0.1",
                           transport=SandboxTransport(sandbox))

Needs the ``sandbox`` extra (``pip install 'whitebit-client[sandbox]'``). Names are imported on
first use, so that merely importing the package (pytest loads its plugin in every project
that has it installed) costs nothing and needs no extra.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

if TYPE_CHECKING:
    from ._app import (
        Sandbox as Sandbox,
    )
    from ._config import (
        BTC_PLAN as BTC_PLAN,
    )
    from ._config import (
        CAPPED_PLAN as CAPPED_PLAN,
    )
    from ._config import (
        CLOSED_PLAN as CLOSED_PLAN,
    )
    from ._config import (
        DEMO_API_KEY as DEMO_API_KEY,
    )
    from ._config import (
        DEMO_API_SECRET as DEMO_API_SECRET,
    )
    from ._config import (
        NO_LENDING_API_KEY as NO_LENDING_API_KEY,
    )
    from ._config import (
        NO_LENDING_API_SECRET as NO_LENDING_API_SECRET,
    )
    from ._config import (
        PAUSED_PLAN as PAUSED_PLAN,
    )
    from ._config import (
        PRIVATE_PLAN as PRIVATE_PLAN,
    )
    from ._config import (
        USDT_PLAN as USDT_PLAN,
    )
    from ._config import (
        ApiKey as ApiKey,
    )
    from ._config import (
        SandboxConfig as SandboxConfig,
    )
    from ._config import (
        default_config as default_config,
    )
    from ._domain import (
        ActionType as ActionType,
    )
    from ._domain import (
        FlexBook as FlexBook,
    )
    from ._domain import (
        HistoryEntry as HistoryEntry,
    )
    from ._domain import (
        Investment as Investment,
    )
    from ._domain import (
        InvestmentStatus as InvestmentStatus,
    )
    from ._domain import (
        Plan as Plan,
    )
    from ._faults import (
        Fault as Fault,
    )
    from ._faults import (
        FaultKind as FaultKind,
    )
    from ._faults import (
        FaultPlan as FaultPlan,
    )
    from ._server import (
        SandboxHTTPServer as SandboxHTTPServer,
    )
    from ._server import (
        serve as serve,
    )
    from ._spec import (
        SpecIndex as SpecIndex,
    )
    from ._transport import (
        SandboxTransport as SandboxTransport,
    )
    from ._wire import (
        Reply as Reply,
    )

_WHERE = {
    "Sandbox": "_app",
    "Reply": "_wire",
    "ActionType": "_domain",
    "FlexBook": "_domain",
    "HistoryEntry": "_domain",
    "Investment": "_domain",
    "InvestmentStatus": "_domain",
    "Plan": "_domain",
    "Fault": "_faults",
    "FaultKind": "_faults",
    "FaultPlan": "_faults",
    "SandboxHTTPServer": "_server",
    "serve": "_server",
    "SpecIndex": "_spec",
    "SandboxTransport": "_transport",
    **dict.fromkeys(
        [
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
            "ApiKey",
            "SandboxConfig",
            "default_config",
        ],
        "_config",
    ),
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'whitebit_sandbox' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # the next lookup is a plain one
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])

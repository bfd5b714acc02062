"""A local fake WhiteBIT: checks requests as WhiteBIT does and answers as the spec says.

    from whitebit_sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox, SandboxTransport
    from whitebit_auth import create_client
    sandbox = Sandbox()
    client = create_client(DEMO_API_KEY, DEMO_API_SECRET, base_url="http://127.0.0.1",
                           transport=SandboxTransport(sandbox))

Needs the ``sandbox`` extra (``pip install 'whitebit-client[sandbox] @ <path or URL>'``,
README: Installing). Names are imported on
first use, so that merely importing the package (pytest loads its plugin in every project
that has it installed) costs nothing and needs no extra.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.4.0"

if TYPE_CHECKING:
    from ._app import Sandbox as Sandbox
    from ._config import BTC_PLAN as BTC_PLAN
    from ._config import CANCELED_DEPOSIT as CANCELED_DEPOSIT
    from ._config import CAPPED_PLAN as CAPPED_PLAN
    from ._config import CLOSED_PLAN as CLOSED_PLAN
    from ._config import CODE as CODE
    from ._config import CODE_PASSPHRASE as CODE_PASSPHRASE
    from ._config import DEMO_ACCOUNT as DEMO_ACCOUNT
    from ._config import DEMO_API_KEY as DEMO_API_KEY
    from ._config import DEMO_API_SECRET as DEMO_API_SECRET
    from ._config import FIXED_BTC_INTEREST_PLAN as FIXED_BTC_INTEREST_PLAN
    from ._config import FIXED_INVESTMENT as FIXED_INVESTMENT
    from ._config import FIXED_PAUSED_PLAN as FIXED_PAUSED_PLAN
    from ._config import FIXED_PLAN as FIXED_PLAN
    from ._config import FIXED_SOLD_OUT_PLAN as FIXED_SOLD_OUT_PLAN
    from ._config import NO_LENDING_ACCOUNT as NO_LENDING_ACCOUNT
    from ._config import NO_LENDING_API_KEY as NO_LENDING_API_KEY
    from ._config import NO_LENDING_API_SECRET as NO_LENDING_API_SECRET
    from ._config import OTHER_ACCOUNT as OTHER_ACCOUNT
    from ._config import OTHER_API_KEY as OTHER_API_KEY
    from ._config import OTHER_API_SECRET as OTHER_API_SECRET
    from ._config import PAUSED_PLAN as PAUSED_PLAN
    from ._config import PRIVATE_PLAN as PRIVATE_PLAN
    from ._config import SHARED_KYC_SUB_ACCOUNT as SHARED_KYC_SUB_ACCOUNT
    from ._config import SUB_ACCOUNT as SUB_ACCOUNT
    from ._config import SUB_ACCOUNT_KEY as SUB_ACCOUNT_KEY
    from ._config import UNCONFIRMED_SUB_ACCOUNT as UNCONFIRMED_SUB_ACCOUNT
    from ._config import UNCONFIRMED_WITHDRAWAL as UNCONFIRMED_WITHDRAWAL
    from ._config import UNVERIFIED_ACCOUNT as UNVERIFIED_ACCOUNT
    from ._config import UNVERIFIED_API_KEY as UNVERIFIED_API_KEY
    from ._config import UNVERIFIED_API_SECRET as UNVERIFIED_API_SECRET
    from ._config import USDT_PLAN as USDT_PLAN
    from ._config import ApiKey as ApiKey
    from ._config import CodeSeed as CodeSeed
    from ._config import DepositSeed as DepositSeed
    from ._config import FixedInvestmentSeed as FixedInvestmentSeed
    from ._config import SandboxConfig as SandboxConfig
    from ._config import SubAccountKeySeed as SubAccountKeySeed
    from ._config import SubAccountSeed as SubAccountSeed
    from ._config import WithdrawalSeed as WithdrawalSeed
    from ._config import default_config as default_config
    from ._faults import Fault as Fault
    from ._faults import FaultKind as FaultKind
    from ._faults import FaultPlan as FaultPlan
    from ._seedfile import SeedError as SeedError
    from ._seedfile import config_from_seed as config_from_seed
    from ._seedfile import load_seed as load_seed
    from ._server import SandboxHTTPServer as SandboxHTTPServer
    from ._server import serve as serve
    from ._spec import SpecIndex as SpecIndex
    from ._transport import SandboxTransport as SandboxTransport
    from ._wire import Reply as Reply
    from .domain.accounts import Account as Account
    from .domain.base import Refusal as Refusal
    from .domain.base import RefusalKind as RefusalKind
    from .domain.currencies import AddressStyle as AddressStyle
    from .domain.currencies import Currency as Currency
    from .domain.currencies import Limits as Limits
    from .domain.currencies import Network as Network
    from .domain.currencies import default_currencies as default_currencies
    from .domain.fixed import FixedInvestmentStatus as FixedInvestmentStatus
    from .domain.fixed import FixedPlan as FixedPlan
    from .domain.fixed import FixedPlanStatus as FixedPlanStatus
    from .domain.flex import ActionType as ActionType
    from .domain.flex import FlexBook as FlexBook
    from .domain.flex import HistoryEntry as HistoryEntry
    from .domain.flex import Investment as Investment
    from .domain.flex import InvestmentStatus as InvestmentStatus
    from .domain.flex import Plan as Plan
    from .domain.transactions import Method as Method
    from .domain.transactions import Status as Status
    from .domain.transactions import Transaction as Transaction
    from .domain.world import World as World

_WHERE = {
    "Sandbox": "_app",
    "Reply": "_wire",
    "Fault": "_faults",
    "FaultKind": "_faults",
    "FaultPlan": "_faults",
    "SandboxHTTPServer": "_server",
    "serve": "_server",
    "SpecIndex": "_spec",
    "SandboxTransport": "_transport",
    "SeedError": "_seedfile",
    "config_from_seed": "_seedfile",
    "load_seed": "_seedfile",
    "Account": "domain.accounts",
    "Refusal": "domain.base",
    "RefusalKind": "domain.base",
    "AddressStyle": "domain.currencies",
    "Currency": "domain.currencies",
    "Limits": "domain.currencies",
    "Network": "domain.currencies",
    "default_currencies": "domain.currencies",
    "FixedInvestmentStatus": "domain.fixed",
    "FixedPlan": "domain.fixed",
    "FixedPlanStatus": "domain.fixed",
    "ActionType": "domain.flex",
    "FlexBook": "domain.flex",
    "HistoryEntry": "domain.flex",
    "Investment": "domain.flex",
    "InvestmentStatus": "domain.flex",
    "Plan": "domain.flex",
    "Method": "domain.transactions",
    "Status": "domain.transactions",
    "Transaction": "domain.transactions",
    "World": "domain.world",
    "ApiKey": "_config",
    "BTC_PLAN": "_config",
    "CANCELED_DEPOSIT": "_config",
    "CAPPED_PLAN": "_config",
    "CLOSED_PLAN": "_config",
    "CODE": "_config",
    "CODE_PASSPHRASE": "_config",
    "CodeSeed": "_config",
    "DEMO_ACCOUNT": "_config",
    "DEMO_API_KEY": "_config",
    "DEMO_API_SECRET": "_config",
    "DepositSeed": "_config",
    "FIXED_BTC_INTEREST_PLAN": "_config",
    "FIXED_INVESTMENT": "_config",
    "FIXED_PAUSED_PLAN": "_config",
    "FIXED_PLAN": "_config",
    "FIXED_SOLD_OUT_PLAN": "_config",
    "FixedInvestmentSeed": "_config",
    "NO_LENDING_ACCOUNT": "_config",
    "NO_LENDING_API_KEY": "_config",
    "NO_LENDING_API_SECRET": "_config",
    "OTHER_ACCOUNT": "_config",
    "OTHER_API_KEY": "_config",
    "OTHER_API_SECRET": "_config",
    "PAUSED_PLAN": "_config",
    "PRIVATE_PLAN": "_config",
    "SHARED_KYC_SUB_ACCOUNT": "_config",
    "SUB_ACCOUNT": "_config",
    "SUB_ACCOUNT_KEY": "_config",
    "SandboxConfig": "_config",
    "SubAccountKeySeed": "_config",
    "SubAccountSeed": "_config",
    "UNCONFIRMED_SUB_ACCOUNT": "_config",
    "UNCONFIRMED_WITHDRAWAL": "_config",
    "UNVERIFIED_ACCOUNT": "_config",
    "UNVERIFIED_API_KEY": "_config",
    "UNVERIFIED_API_SECRET": "_config",
    "USDT_PLAN": "_config",
    "WithdrawalSeed": "_config",
    "default_config": "_config",
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

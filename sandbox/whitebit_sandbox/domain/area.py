"""What every area of the exchange works with: one ledger, one clock, the same accounts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .accounts import Accounts
from .base import Ids
from .changes import Changes
from .clock import Scheduler
from .currencies import Currencies
from .ledger import Ledger
from .transactions import TransactionLog


@dataclass(frozen=True)
class Shared:
    ledger: Ledger
    currencies: Currencies
    accounts: Accounts
    scheduler: Scheduler
    log: TransactionLog  # deposits and withdrawals, as the history shows them
    now: Callable[[], int]  # the sandbox clock, in seconds
    ids: Ids
    changes: Changes = field(default_factory=Changes)  # what webhooks would tell


class Area:
    """An area (deposits, codes, Fixed lending …): its own records, the shared rest."""

    def __init__(self, shared: Shared) -> None:
        self.ledger = shared.ledger
        self.currencies = shared.currencies
        self.accounts = shared.accounts
        self.scheduler = shared.scheduler
        self.log = shared.log
        self.now = shared.now
        self.ids = shared.ids
        self.changes = shared.changes

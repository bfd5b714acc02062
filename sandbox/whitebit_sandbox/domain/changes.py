"""What happened to an account's money, as WhiteBIT would tell it by webhook.

Each area notes a change where it makes one (a deposit detected, a confirmation, a payout
sent, a code applied, a refund done): the event's name, the account it belongs to, and a copy
of the record as it stood at that moment. Pure: who is told, how and when is the delivery
machinery's business (``whitebit_sandbox._deliveries``), outside the domain.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Change:
    method: str  # the webhook event's name, e.g. "deposit.processed"
    owner: str  # the account told of it
    at: int  # sandbox seconds
    record: Any = None  # a copy of the transaction as it stood (None: see ``details``)
    details: dict[str, Any] = field(default_factory=dict)


class Changes:
    """The changes noted since they were last taken, oldest first."""

    def __init__(self) -> None:
        self._pending: list[Change] = []

    def note(self, method: str, owner: str, at: int, record: Any = None, **details: Any) -> None:
        self._pending.append(Change(method, owner, at, copy.copy(record), details))

    def take(self) -> list[Change]:
        taken, self._pending = self._pending, []
        return taken

    def clear(self) -> None:
        self._pending = []

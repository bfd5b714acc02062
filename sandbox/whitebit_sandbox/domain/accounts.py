"""Accounts: who holds money, and what each may do. A sub-account is an account with a parent."""

from __future__ import annotations

from dataclasses import dataclass

from .base import Refusal, RefusalKind


@dataclass
class Account:
    id: str
    verified: bool = True  # KYC passed: fiat, codes and some transfers need it
    two_factor: bool = True  # withdrawals need it (412 otherwise)
    collateral: bool = True  # may use the collateral balance
    several_fixed_investments: bool = True  # may hold more than one Fixed investment per plan
    confirms_sub_account_withdrawals: bool = True  # the sub-account withdrawal feature
    express_withdraw: bool = True  # may ask for express-withdraw tokens (a B2B permission)
    parent: str | None = None  # set for a sub-account: its main account

    @property
    def is_sub_account(self) -> bool:
        return self.parent is not None


class Accounts:
    def __init__(self, accounts: list[Account]) -> None:
        self._by_id = {a.id: a for a in accounts}

    def __contains__(self, account_id: object) -> bool:
        return account_id in self._by_id

    def __getitem__(self, account_id: str) -> Account:
        return self._by_id[account_id]

    def add(self, account: Account) -> None:
        self._by_id[account.id] = account

    def remove(self, account_id: str) -> None:
        del self._by_id[account_id]

    def ids(self) -> list[str]:
        return list(self._by_id)


def not_permitted_for_sub_account() -> Refusal:
    """WhiteBIT's refusal of an action a sub-account may not take."""
    return Refusal(RefusalKind.RULE, {"error": ["Not permitted for sub-account"]})

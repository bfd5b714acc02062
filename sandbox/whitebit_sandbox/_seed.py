"""A fresh world in the state a ``SandboxConfig`` describes.

Every seeded record goes through the same domain calls a request would make (a code is
created from its creator's balance, the withdrawal waiting for confirmation was really
asked for), so the seed obeys the same rules and the ledger adds up from the first request.
"""

from __future__ import annotations

import copy

from ._config import SandboxConfig
from .domain.accounts import Account
from .domain.base import Refusal
from .domain.clock import Clock
from .domain.ledger import Bucket
from .domain.withdrawals import WithdrawRequest
from .domain.world import World


def build_world(config: SandboxConfig, clock: Clock) -> World:
    """The world ``config`` describes; ValueError naming the record a rule refuses."""
    try:
        world = _build(config, clock)
        world.changes.clear()  # the seed's own records are not news: no webhook tells them
        return world
    except Refusal as exc:
        raise ValueError(f"the seed breaks a rule of the sandbox: {exc.body()}") from None
    except KeyError as exc:
        raise ValueError(f"the seed names something it does not define: {exc}") from None


def _build(config: SandboxConfig, clock: Clock) -> World:
    # Plans are mutable (what a plan has taken); each sandbox gets its own copies.
    declared = [copy.copy(a) for a in config.accounts]
    # A key's account needs no declaration of its own: it then has the default permissions.
    known = {a.id for a in declared}
    for api_key in config.keys.values():
        if api_key.account not in known:
            declared.append(Account(api_key.account))
            known.add(api_key.account)
    world = World(
        clock,
        list(config.currencies),
        declared,
        [copy.copy(p) for p in config.plans],
        [copy.copy(p) for p in config.fixed_plans],
    )
    for sub in config.sub_accounts:
        made = world.sub_accounts.create(
            sub.parent, sub.alias, sub.email, sub.share_kyc, sub.spot_enabled,
            sub.collateral_enabled, sub_id=sub.id, activated=sub.activated,
        )  # fmt: skip
        if sub.blocked:
            world.sub_accounts.set_blocked(sub.parent, made.id, True)
    for account, buckets in config.balances.items():
        for bucket, amounts in buckets.items():
            for ticker, amount in amounts.items():
                world.fund(account, ticker, amount, Bucket(bucket))
    for key in config.sub_account_keys:
        parent = world.sub_accounts.subs[key.sub_account].parent
        world.sub_account_keys.create(
            parent, key.type, key.sub_account, key.title, key_id=key.id,
            credentials=(key.api_key, key.api_secret),
        )  # fmt: skip
    for code in config.codes:
        world.codes.create(
            code.owner, code.ticker, str(code.amount), code.passphrase,
            code=code.code, external_id=code.external_id,
        )  # fmt: skip
    for deposit in config.deposits:
        world.deposits.receive(
            deposit.owner, deposit.ticker, deposit.amount, network=deposit.network,
            cancel=deposit.canceled, transaction_id=deposit.id, confirmations=0,
        )  # fmt: skip
    for investment in config.fixed_investments:
        plan = world.fixed.plans[investment.plan]
        world.fixed.open(
            investment.owner, plan, investment.amount, investment_id=investment.id, source=None
        )
    for withdrawal in config.withdrawals:
        request = WithdrawRequest(
            withdrawal.ticker, str(withdrawal.amount), withdrawal.address, withdrawal.unique_id
        )
        world.withdrawals.create(withdrawal.owner, request, transaction_id=withdrawal.id)
    return world

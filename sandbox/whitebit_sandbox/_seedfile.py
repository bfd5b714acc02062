"""A sandbox's starting state from a JSON file, for CI in any language.

    {
      "base": "default",                      # or "empty": start from nothing
      "keys": {"my-key": {"secret": "my-secret", "account": "acme"}},
      "accounts": [{"id": "acme", "verified": true, "twoFactor": true}],
      "balances": {"acme": {"main": {"USDT": "2500.5"}, "spot": {"BTC": "0.1"}}},
      "flexPlans": [...], "fixedPlans": [...], "subAccounts": [...], "codes": [...],
      "deposits": [...], "fixedInvestments": [...], "withdrawals": [...],
      "rateLimit": 1000
    }

Names are the config's own fields in camelCase; amounts are decimal strings (a JSON number
with a fraction is refused, as it could not be exact). Entries with the id of a seeded one
replace it; the others are added.
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any

from ._config import (
    ApiKey,
    CodeSeed,
    DepositSeed,
    FixedInvestmentSeed,
    SandboxConfig,
    SubAccountKeySeed,
    SubAccountSeed,
    WithdrawalSeed,
    default_config,
)
from ._destinations import WebhookDestination
from .domain.accounts import Account
from .domain.fixed import FixedPlan
from .domain.flex import Plan

# JSON section -> (config field, record type, the record's id field)
_LISTS: dict[str, tuple[str, type[Any], str]] = {
    "accounts": ("accounts", Account, "id"),
    "flexPlans": ("plans", Plan, "id"),
    "fixedPlans": ("fixed_plans", FixedPlan, "id"),
    "subAccounts": ("sub_accounts", SubAccountSeed, "id"),
    "subAccountKeys": ("sub_account_keys", SubAccountKeySeed, "id"),
    "codes": ("codes", CodeSeed, "code"),
    "deposits": ("deposits", DepositSeed, "id"),
    "fixedInvestments": ("fixed_investments", FixedInvestmentSeed, "id"),
    "withdrawals": ("withdrawals", WithdrawalSeed, "id"),
}
_SCALARS = {"rateLimit": "rate_limit", "rateWindowS": "rate_window_s", "windowMs": "window_ms"}


class SeedError(ValueError):
    """A seed file that does not describe a sandbox; the message names where."""


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _convert(kind: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return _convert(options[0], value, where)
    if kind is Decimal:
        if not isinstance(value, str):
            raise SeedError(f"{where}: an amount is a decimal string, got {value!r}")
        try:
            return Decimal(value)
        except InvalidOperation:
            raise SeedError(f"{where}: {value!r} is not a decimal number") from None
    if origin is frozenset:
        return frozenset(value)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if kind in (int, float) and isinstance(value, bool):
        raise SeedError(f"{where}: expected a number, got {value!r}")
    if kind is float and isinstance(value, int):
        return float(value)
    if kind in (int, str, bool, float) and not isinstance(value, kind):
        raise SeedError(f"{where}: expected {kind.__name__}, got {value!r}")
    return value


def _record(cls: type[Any], data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise SeedError(f"{where}: expected an object, got {data!r}")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for key, raw in data.items():
        name = _snake(key)
        if name not in names:
            known = ", ".join(sorted(names))
            raise SeedError(f"{where}: unknown field {key!r} (known: {known})")
        values[name] = _convert(hints[name], raw, f"{where}.{key}")
    try:
        return cls(**values)
    except TypeError as exc:
        raise SeedError(f"{where}: {exc}") from None


def config_from_seed(data: Any) -> SandboxConfig:
    if not isinstance(data, dict):
        raise SeedError("a seed file holds one JSON object")
    base = data.get("base", "default")
    if base not in ("default", "empty"):
        raise SeedError(f"base: 'default' or 'empty', got {base!r}")
    config = default_config() if base == "default" else SandboxConfig()
    for section in data:
        if section not in {"base", "keys", "balances", "webhooks", *_LISTS, *_SCALARS}:
            raise SeedError(f"unknown section {section!r}")
    for key, spec in (data.get("keys") or {}).items():
        config.keys[key] = _record(ApiKey, spec, f"keys.{key}")
    for who, spec in (data.get("webhooks") or {}).items():
        config.webhooks[who] = _record(WebhookDestination, spec, f"webhooks.{who}")
    for section, (attr, cls, id_field) in _LISTS.items():
        entries = data.get(section)
        if entries is None:
            continue
        if not isinstance(entries, list):
            raise SeedError(f"{section}: expected a list")
        current = {getattr(r, id_field): r for r in getattr(config, attr)}
        for n, entry in enumerate(entries):
            made = _record(cls, entry, f"{section}[{n}]")
            current[getattr(made, id_field)] = made
        setattr(config, attr, list(current.values()))
    for account, buckets in (data.get("balances") or {}).items():
        if not isinstance(buckets, dict):
            raise SeedError(f"balances.{account}: expected an object of balances")
        held = config.balances.setdefault(account, {})
        for bucket, amounts in buckets.items():
            if bucket not in ("main", "spot", "collateral"):
                raise SeedError(f"balances.{account}: unknown balance {bucket!r}")
            held[bucket] = {
                ticker: _convert(Decimal, amount, f"balances.{account}.{bucket}.{ticker}")
                for ticker, amount in (amounts or {}).items()
            }
    for key, attr in _SCALARS.items():
        if key in data:
            kind = typing.get_type_hints(SandboxConfig)[attr]
            setattr(config, attr, _convert(kind, data[key], key))
    return config


def load_seed(path: str | Path) -> SandboxConfig:
    try:
        data = json.loads(Path(path).read_text("utf-8"), parse_float=_no_float)
    except json.JSONDecodeError as exc:
        raise SeedError(f"{path}: not JSON ({exc})") from None
    return config_from_seed(data)


def _no_float(text: str) -> Any:
    raise SeedError(f"{text} is a JSON number with a fraction; write amounts as strings")

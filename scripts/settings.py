"""Our own generation settings: the ``whitebit`` section of generator-config.yaml.

openapi-python-client ignores keys it does not know, so one file configures both. Everything
here is a rule over the spec, or a name the spec cannot give; nothing is per-operation code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .specfile import CONFIG, load_yaml


@dataclass(frozen=True)
class Kinds:
    """What an operation does to the account: read, money (moves a balance) or state."""

    read_prefixes: tuple[str, ...] = ("get", "list")
    money_words: tuple[str, ...] = ()  # a word of the operationId that means money moves
    money_fields: tuple[str, ...] = ()  # a request field that means money moves
    exceptions: dict[str, str] = field(default_factory=dict)  # operationId -> kind


@dataclass(frozen=True)
class Settings:
    kinds: Kinds = Kinds()
    # String fields that hold decimal numbers although no example shows a fraction.
    decimal_names: frozenset[str] = frozenset()
    # Response fields that stay optional although every example shows them.
    optional_names: frozenset[str] = frozenset()
    # Request fields that make a money-moving call idempotent (WhiteBIT refuses a repeat).
    idempotency_fields: tuple[str, ...] = ()
    # "Schema.property" or "operationId.property" -> {code: NAME}: integer codes as enums.
    enums: dict[str, dict[int, str]] = field(default_factory=dict)
    # operationId -> how to find out whether a call that ended in OutcomeUnknownError ran.
    outcome_checks: dict[str, str] = field(default_factory=dict)
    # operationId -> the same as data for whitebit_auth.resolve (where to look, what to match).
    outcome_lookups: dict[str, dict[str, Any]] = field(default_factory=dict)
    # What WhiteBIT answers (in the key's field errors) to a repeat of an idempotency key.
    idempotency_taken: str | None = None


def _strings(raw: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in raw or ())


def settings_from(raw: dict[str, Any] | None) -> Settings:
    raw = raw or {}
    kinds = raw.get("kinds") or {}
    return Settings(
        kinds=Kinds(
            read_prefixes=_strings(kinds.get("read_prefixes")) or ("get", "list"),
            money_words=_strings(kinds.get("money_words")),
            money_fields=_strings(kinds.get("money_fields")),
            exceptions={str(k): str(v) for k, v in (kinds.get("exceptions") or {}).items()},
        ),
        decimal_names=frozenset(_strings(raw.get("decimal_names"))),
        optional_names=frozenset(_strings(raw.get("optional_names"))),
        idempotency_fields=_strings(raw.get("idempotency_fields")),
        enums={
            str(where): {int(code): str(name) for code, name in names.items()}
            for where, names in (raw.get("enums") or {}).items()
        },
        outcome_checks={str(k): str(v) for k, v in (raw.get("outcome_checks") or {}).items()},
        outcome_lookups={str(k): dict(v) for k, v in (raw.get("outcome_lookups") or {}).items()},
        idempotency_taken=raw.get("idempotency_taken"),
    )


def load_settings(path: Path = CONFIG) -> Settings:
    config = load_yaml(path) or {}
    return settings_from(config.get("whitebit"))

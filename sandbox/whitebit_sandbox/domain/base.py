"""What every area shares: refusals, amounts, ids."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")


class RefusalKind(Enum):
    """Why a request is refused, as WhiteBIT sorts refusals (the routes give each its status)."""

    INVALID = "invalid"  # the request's values: "Validation failed"
    RULE = "rule"  # well-formed, against a business rule: "Inner validation failed"
    UNAUTHORIZED = "unauthorized"  # this key may not take this action
    FORBIDDEN = "forbidden"  # the account has no access to this area
    NOT_FOUND = "not_found"  # the thing, or the feature, does not exist for this account
    PRECONDITION = "precondition"  # the account must first change (enable 2FA)


_DEFAULT_MESSAGES = {
    RefusalKind.INVALID: "Validation failed",
    RefusalKind.RULE: "Inner validation failed",
}


class Refusal(Exception):
    """A request the domain refuses, as WhiteBIT words it."""

    def __init__(
        self,
        kind: RefusalKind,
        errors: dict[str, Any] | None = None,
        *,
        code: int | None = 0,
        message: str | None = None,
    ) -> None:
        self.kind = kind
        self.errors = errors
        self.code = code  # None: WhiteBIT's body for this refusal has no code
        self.message = message if message is not None else _DEFAULT_MESSAGES.get(kind, "")
        super().__init__(f"{kind.value} {self.code} {self.message}: {errors}")

    def body(self) -> dict[str, Any]:
        """WhiteBIT's error body: ``code``, ``message`` and, where there are any, ``errors``."""
        out: dict[str, Any] = {} if self.code is None else {"code": self.code}
        out["message"] = self.message
        if self.errors is not None:
            out["errors"] = self.errors
        return out


def invalid(field: str, message: str, *, code: int = 0) -> Refusal:
    return Refusal(RefusalKind.INVALID, {field: [message]}, code=code)


def rule(field: str, message: str, *, code: int = 0, summary: str | None = None) -> Refusal:
    return Refusal(RefusalKind.RULE, {field: [message]}, code=code, message=summary)


def refused(kind: RefusalKind, message: str, *, code: int | None = 0) -> Refusal:
    """A refusal WhiteBIT words as a message alone, without field errors."""
    return Refusal(kind, None, code=code, message=message)


def quantum(places: int) -> Decimal:
    """The smallest amount with ``places`` decimals: ``quantum(2) == Decimal("0.01")``."""
    return Decimal(1).scaleb(-places)


def fmt(amount: Decimal) -> str:
    """A decimal string without exponent or trailing zeros, as WhiteBIT shows amounts."""
    text = format(amount.normalize(), "f")
    return "0" if text in ("-0", "") else text


def parse_amount(raw: object, field: str = "amount", *messages: str) -> Decimal:
    """A finite decimal from a decimal string (WhiteBIT's amounts are strings).

    ``messages`` are the field errors of a value that is not one; each operation words them
    its own way.
    """
    if not isinstance(raw, str):
        raise _not_a_number(field, messages)
    try:
        value = Decimal(raw.strip())
    except InvalidOperation:
        raise _not_a_number(field, messages) from None
    if not value.is_finite():
        raise _not_a_number(field, messages)
    return value


def _not_a_number(field: str, messages: tuple[str, ...]) -> Refusal:
    wording = list(messages) or [f"The {field} field must be a valid number"]
    return Refusal(RefusalKind.INVALID, {field: wording})


def decimals_of(amount: Decimal) -> int:
    exponent = amount.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def newest_first(items: Iterable[T], when: Callable[[T], int]) -> list[T]:
    """``items`` by time, newest first; of two at the same second, the later one first."""
    ordered = list(enumerate(items))
    ordered.sort(key=lambda pair: (when(pair[1]), pair[0]), reverse=True)
    return [item for _, item in ordered]


class Ids:
    """Ids that look like WhiteBIT's (UUIDs) and are the same in every run of a scenario."""

    def __init__(self, seed: str = "whitebit-sandbox") -> None:
        self._namespace = uuid.uuid5(uuid.NAMESPACE_URL, seed)
        self._count = 0

    def uuid(self) -> str:
        self._count += 1
        return str(uuid.uuid5(self._namespace, str(self._count)))

    def serial(self, prefix: str) -> str:
        self._count += 1
        return f"{prefix}_{self._count:08d}"

"""Contains some shared types for properties"""

import math
import re
from collections.abc import Mapping, MutableMapping
from decimal import Decimal
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def enum_to_json(value: Any) -> Any:
    """An enum field's value as sent: the member's value; anything else (its value given as a
    plain string or number, or a wrong type) as it is, for the client to check against the
    operation's enum before sending, naming the field."""
    return value.value if isinstance(value, Enum) else value


def decimal_to_json(value: Any) -> Any:
    """A decimal number as the API takes it: its exact fixed-point string ("0.00000001", never
    "1E-8"). Anything else is sent as it is: a float is then refused by the signer, naming the
    field, before anything is sent."""
    if isinstance(value, Decimal) and value.is_finite():
        return format(value, "f")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


# The pattern the shipped spec gives decimal fields (scripts/rules.py DECIMAL_PATTERN), applied
# as JSON Schema applies it, so the client and the contract checker read an answer alike.
_DECIMAL = re.compile(r"^[+-]?[0-9]+(\.[0-9]+)?$")


def decimal_from_json(value: Any, where: str) -> Decimal:
    """A decimal-number string of an answer as a ``Decimal``, exactly: ASCII digits with an
    optional sign and fraction, as WhiteBIT writes them (not a JSON number, not ``1e5``)."""
    if isinstance(value, str) and _DECIMAL.search(value):
        return Decimal(value)
    raise ValueError(f"{where}: {value!r} is not a decimal number")


def number_from_json(value: Any, where: str) -> float:
    """A JSON number of an answer, as it came: never NaN or Infinity (no JSON number), which
    Python's json reads and the contract checker refuses."""
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
    ):
        return value
    raise ValueError(f"{where}: {value!r} is not a finite number")


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]

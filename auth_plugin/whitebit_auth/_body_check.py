"""A request body held to its operation's fields before anything is sent.

The generated models type their fields, but Python does not enforce a type: a model built
with ``None``, ``True``, ``5`` or ``"abc"`` where the spec says otherwise would send it, and
the server's refusal would come after a nonce was spent (or, for a money move, a refusal the
caller must read). The operation index holds each body's fields (``request``: type, enum,
nullable, nested fields and items, written from the shipped spec by ``make generate``); a body
is checked against them, and a field that breaks them is a ``RequestBodyError`` naming it.
Fields the index does not know are left to the server, as are missing ones (a model requires
its required fields itself).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from ._errors import RequestBodyError

_JSON_TYPES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "decimal": 'a decimal number (a Decimal or a string such as "10.5")',
    "boolean": "true or false",
    "object": "an object",
    "array": "a list",
}


def _is_decimal(value: Any) -> bool:
    if isinstance(value, Decimal):
        return value.is_finite()
    if isinstance(value, int) and not isinstance(value, bool):
        return True
    if isinstance(value, str) and value.isascii():
        try:
            return Decimal(value).is_finite() and "_" not in value
        except InvalidOperation:
            return False
    return False


def _fits(kind: str | None, value: Any) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | Decimal) and not isinstance(value, bool)
    if kind == "decimal":
        return _is_decimal(value)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "object":
        return isinstance(value, dict)
    if kind == "array":
        return isinstance(value, list | tuple)
    return True  # a type the index does not name: the server's to judge


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def problem(field: dict[str, Any], value: Any, where: str) -> str | None:
    """Why ``value`` cannot be the field described by ``field`` (None: it can)."""
    if value is None:
        return None if field.get("nullable") else f"{where} must not be null"
    kind = field.get("type")
    if not _fits(kind, value):
        wanted = _JSON_TYPES.get(str(kind), str(kind))
        return f"{where} must be {wanted}, got {type(value).__name__} {_shown(value)}"
    allowed = field.get("enum")
    if allowed and value not in allowed:
        return f"{where} must be one of {', '.join(map(repr, allowed))}, got {_shown(value)}"
    if kind == "object" and "fields" in field:
        return body_problem(field["fields"], value, f"{where}.")
    if kind == "array" and isinstance(field.get("items"), dict):
        for n, item in enumerate(value):
            found = problem(field["items"], item, f"{where}[{n}]")
            if found:
                return found
    return None


def body_problem(fields: dict[str, Any], body: dict[str, Any], prefix: str = "") -> str | None:
    for name, value in body.items():
        field = fields.get(name)
        if field is not None:
            found = problem(field, value, f"{prefix}{name}")
            if found:
                return found
    return None


def check_body(request: dict[str, Any] | None, body: Any) -> None:
    """Refuse ``body`` if a field of it breaks what ``request`` (the index entry) says."""
    if not request or not isinstance(body, dict):
        return
    found = body_problem(request.get("fields") or {}, body)
    if found:
        raise RequestBodyError(f"request body field {found}; nothing was sent")

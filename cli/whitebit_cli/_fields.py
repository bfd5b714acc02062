"""The request body's fields, as the command line offers and checks them.

Their description has the shape of the operation index's ``"request"`` key (``{"fields":
{"<wireName>": {"python", "type", "required", "enum", "nullable", "description", "items",
"fields"}}}``): taken from the index where it has that key, else read from the body model
(attrs class: Python names, types, what is required) and the spec (wire names, descriptions).
Values are checked here before anything is sent, each error naming its field; amounts go from
text to ``Decimal`` and never through a float.
"""

from __future__ import annotations

import datetime
import enum
import json
import re
import typing
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs

from ._index import Operation, kebab, spec

TYPES = ("string", "integer", "boolean", "number", "decimal", "object", "array")
AUTH_FIELDS = ("request", "nonce", "nonceWindow")  # the signer's; never offered
_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}
_INTEGER = re.compile(r"[-+]?[0-9]+")


class FieldError(ValueError):
    """A value that cannot go into the body; the message names the field."""


@dataclass(frozen=True)
class Field:
    wire: str
    python: str
    type: str
    required: bool = False
    enum: tuple[Any, ...] = ()
    nullable: bool = False
    description: str = ""
    items: Field | None = None
    fields: tuple[Field, ...] = ()

    @property
    def free(self) -> bool:
        """An object whose fields nobody described: any JSON object goes."""
        return self.type == "object" and not self.fields

    @classmethod
    def from_entry(cls, wire: str, entry: Mapping[str, Any]) -> Field:
        """A field as the index's ``"request"`` key describes it."""
        items = entry.get("items")
        return cls(
            wire=wire,
            python=str(entry.get("python") or wire),
            type=str(entry.get("type") or "string"),
            required=bool(entry.get("required", False)),
            enum=tuple(entry.get("enum") or ()),
            nullable=bool(entry.get("nullable", False)),
            description=str(entry.get("description") or ""),
            items=cls.from_entry("", items) if isinstance(items, Mapping) else None,
            fields=tuple(
                cls.from_entry(name, sub) for name, sub in (entry.get("fields") or {}).items()
            ),
        )


def body_fields(op: Operation) -> tuple[Field, ...]:
    """The operation's body fields: from the index's ``"request"`` key, else from its model."""
    request = op.entry.get("request")
    if isinstance(request, Mapping) and isinstance(request.get("fields"), Mapping):
        return tuple(Field.from_entry(w, e) for w, e in request["fields"].items())
    return model_fields(body_model(op), body_schema(op))


def body_model(op: Operation) -> Any:
    """The operation's attrs body class (``from_dict``/``to_dict`` with WhiteBIT's names)."""
    import whitebit_main_api.models as models  # the models package imports each on first use

    return getattr(models, op.body)


def resolve(node: Any) -> dict[str, Any]:
    seen = 0
    document = spec()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 32:
        target: Any = document
        for token in node["$ref"].lstrip("#/").split("/"):
            target = target.get(token.replace("~1", "/").replace("~0", "~"), {})
        node, seen = target, seen + 1
    return node if isinstance(node, dict) else {}


def body_schema(op: Operation) -> dict[str, Any]:
    body = resolve(op.spec_operation.get("requestBody"))
    media = (body.get("content") or {}).get("application/json") or {}
    return resolve(media.get("schema"))


def _squashed(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _wire_name(python: str, properties: Mapping[str, Any]) -> str:
    """The spec's name of a model field (``unique_id`` -> ``uniqueId``, ``from_`` -> ``from``),
    matched as openapi-python-client named it."""
    exact = [w for w in properties if re.sub(r"-", "_", kebab(w)) == python.rstrip("_")]
    if exact:
        return exact[0]
    loose = [w for w in properties if _squashed(w) == _squashed(python)]
    return loose[0] if loose else python


def model_fields(model: type, schema: Mapping[str, Any]) -> tuple[Field, ...]:
    """The fields of an attrs body model, with the spec's wire names and descriptions."""
    hints = typing.get_type_hints(model)
    properties = {
        name: resolve(prop)
        for name, prop in (schema.get("properties") or {}).items()
        if name not in AUTH_FIELDS
    }
    found = []
    for attribute in attrs.fields(model):
        if not attribute.init:  # additional_properties
            continue
        wire = _wire_name(attribute.name, properties)
        described = _typed(hints.get(attribute.name, str), properties.get(wire, {}))
        found.append(
            replace(
                described,
                wire=wire,
                python=attribute.name,
                required=attribute.default is attrs.NOTHING,
                description=str(properties.get(wire, {}).get("description") or ""),
            )
        )
    return tuple(found)


def _typed(hint: Any, schema: Mapping[str, Any]) -> Field:
    """A field's type, enum and nesting from its model annotation (``X | Unset``)."""
    args = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, _UnionType) else ()
    nullable = type(None) in args
    options = [a for a in args if a is not type(None) and getattr(a, "__name__", "") != "Unset"]
    if args:
        hint = options[0] if len(options) == 1 else Any
    base = Field(wire="", python="", type="string", nullable=nullable)
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        return replace(base, type="array", items=_typed(item, resolve(schema.get("items"))))
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            values = tuple(member.value for member in hint)
            kind = "integer" if values and isinstance(values[0], int) else "string"
            return replace(base, type=kind, enum=values)
        if attrs.has(hint):
            return replace(base, type="object", fields=model_fields(hint, schema))
        for python_type, name in _SCALARS:
            if issubclass(hint, python_type):
                return replace(base, type=name)
        if issubclass(hint, datetime.date | uuid.UUID | str):
            return base  # sent as text; the model checks its form
    return replace(base, type="object")  # Any, dict: free JSON


_UnionType = type(int | str)
# bool before int: a bool is an int to issubclass.
_SCALARS: tuple[tuple[type, str], ...] = (
    (bool, "boolean"),
    (int, "integer"),
    (Decimal, "decimal"),
    (float, "number"),
    (str, "string"),
)


# Values ------------------------------------------------------------------------------------


def _named(where: str, problem: str) -> FieldError:
    return FieldError(f"{where}: {problem}")


def _decimal(text: str, where: str) -> Decimal:
    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        raise _named(where, f"{text!r} is not a decimal number") from None
    if not number.is_finite():
        raise _named(where, f"{text!r} is not a finite decimal number")
    return number


def from_text(field: Field, text: str, where: str | None = None) -> Any:
    """A value given as text (an option, ``field=value``) as the body's JSON value."""
    where = where or field.wire
    if field.nullable and text == "null":
        return None
    kind = field.type
    if kind in ("object", "array"):
        stripped = text.strip()
        if kind == "array" and not stripped.startswith("["):
            item = field.items or Field("", "", "string")
            return [from_text(item, text, f"{where}[0]")]
        return check(field, parse_json(text, where), where)
    if kind == "string":
        value: Any = text
    elif kind == "integer":
        if not _INTEGER.fullmatch(text.strip()):
            raise _named(where, f"{text!r} is not a whole number")
        value = int(text)
    elif kind == "boolean":
        if text.lower() not in _TRUE | _FALSE:
            raise _named(where, f"{text!r} is not true or false")
        value = text.lower() in _TRUE
    elif kind == "decimal":
        value = format(_decimal(text, where), "f")
    elif kind == "number":
        value = _whole(_decimal(text, where), where)
    else:
        raise _named(where, f"has a type this command line does not know ({kind})")
    return _in_enum(field, value, where)


def _whole(number: Decimal, where: str) -> int:
    if number != number.to_integral_value():
        raise _named(
            where, f"{number} has a fraction, which a JSON number cannot carry exactly here"
        )
    return int(number)


def _in_enum(field: Field, value: Any, where: str) -> Any:
    if field.enum and value not in field.enum:
        choices = ", ".join(str(v) for v in field.enum)
        raise _named(where, f"{value!r} is not one of {choices}")
    return value


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def parse_json(text: str, where: str) -> Any:
    """JSON given on the command line; fractions become ``Decimal``, never a float."""
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
    except ValueError as exc:
        raise _named(where, f"is not JSON ({exc})") from None


def check(field: Field, value: Any, where: str | None = None) -> Any:
    """A JSON value held to the field's description; amounts come out as exact strings."""
    where = where or field.wire
    if value is None:
        if field.nullable:
            return None
        raise _named(where, "may not be null")
    kind = field.type
    if kind == "string":
        if not isinstance(value, str):
            raise _named(where, f"must be a string, got {json_text(value)}")
        return _in_enum(field, value, where)
    if kind in ("integer", "number"):
        if isinstance(value, Decimal):
            value = _whole(value, where)
        if isinstance(value, bool) or not isinstance(value, int):
            raise _named(where, f"must be a whole number, got {json_text(value)}")
        return _in_enum(field, value, where)
    if kind == "boolean":
        if not isinstance(value, bool):
            raise _named(where, f"must be true or false, got {json_text(value)}")
        return value
    if kind == "decimal":
        if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
            raise _named(where, f"must be a decimal number, got {json_text(value)}")
        return format(_decimal(str(value), where), "f")
    if kind == "array":
        if not isinstance(value, list):
            raise _named(where, f"must be a JSON array, got {json_text(value)}")
        item = field.items
        return [check(item, v, f"{where}[{i}]") if item else v for i, v in enumerate(value)]
    if kind == "object":
        if not isinstance(value, dict):
            raise _named(where, f"must be a JSON object, got {json_text(value)}")
        return value if field.free else check_object(field.fields, value, where)
    raise _named(where, f"has a type this command line does not know ({kind})")


def check_object(fields: tuple[Field, ...], value: Mapping[str, Any], where: str = "") -> Any:
    """An object's members held to its fields: known names only, the required ones there."""
    by_name = {f.wire: f for f in fields}
    prefix = f"{where}." if where else ""
    unknown = [k for k in value if k not in by_name]
    if unknown:
        known = ", ".join(by_name) or "none"
        raise _named(f"{prefix}{unknown[0]}", f"is not a field here (fields: {known})")
    missing = [f.wire for f in fields if f.required and f.wire not in value]
    if missing:
        raise _named(f"{prefix}{missing[0]}", "is required")
    return {k: check(by_name[k], v, f"{prefix}{k}") for k, v in value.items()}


def json_text(value: Any) -> str:
    """A value as the JSON it came in as (a Decimal as its digits)."""
    if isinstance(value, Decimal):
        return str(value)
    return json.dumps(value, default=str)


def lookup(fields: tuple[Field, ...], name: str) -> Field | None:
    """A field by its wire name, its Python name or the option spelling of either."""
    for field in fields:
        if name in (field.wire, field.python, field.python.rstrip("_")):
            return field
    wanted = kebab(name)
    for field in fields:
        if wanted in (kebab(field.wire), kebab(field.python.rstrip("_"))):
            return field
    return None

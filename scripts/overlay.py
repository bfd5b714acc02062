"""Our adjustments to a vendored WhiteBIT spec, made at generation time, never to the file.

Generic over operations (nothing here names an operation or a path), so a newer spec needs no
edit. ``adjust`` returns the spec the generator reads:

- the signer's body fields (``request``, ``nonce``, ``nonceWindow``) leave every request body;
- integer codes get enum member names (from the settings, else from ``1=NAME`` descriptions),
  and the codes the settings name become enums where the spec only describes them;
- string fields holding decimal numbers are marked ``x-whitebit-decimal`` (typed ``Decimal``),
  and in answers get the ``pattern`` the client reads them by;
- answer fields every example shows become required (typed without ``Unset``);
- a money-moving call's idempotency field (``uniqueId``) is optional: the client makes one.

The decimals and the answers' required fields are the client's own rules (``client_rules``):
the shipped spec carries them too (``scripts/shipped.py``).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

from whitebit_auth.spec import AUTH_FIELDS, follow, json_media, operations, resolve

from .rules import (
    DECIMAL_PATTERN,
    always_shown,
    decimal_fields,
    operation_kind,
    request_fields,
    survey_spec,
)
from .settings import Settings

DECIMAL_MARK = "x-whitebit-decimal"


def strip_auth_fields(spec: dict[str, Any]) -> None:
    """Remove the auth plugin's body fields from every JSON request body schema and example.

    The plugin fills them into every body at send time: a user must never have to pass them,
    and the generated models must not carry them.
    """
    for _path, _method, op in operations(spec):
        media = json_media(spec, op.get("requestBody"))
        if media is None:
            continue
        schema = resolve(spec, media.get("schema"))
        if isinstance(schema, dict):
            props = schema.get("properties") or {}
            for name in AUTH_FIELDS:
                props.pop(name, None)
            if "required" in schema:
                required = [f for f in schema["required"] if f not in AUTH_FIELDS]
                if required:
                    schema["required"] = required
                else:
                    del schema["required"]
        examples = [media.get("example")]
        examples += [resolve(spec, e).get("value") for e in (media.get("examples") or {}).values()]
        for example in examples:
            if isinstance(example, dict):
                for name in AUTH_FIELDS:
                    example.pop(name, None)


_ENUM_NAME = re.compile(r"(-?\d+)\s*=\s*([A-Za-z][A-Za-z0-9_]*)")


def walk_schemas(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping in the document that could be a schema (a superset is harmless)."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk_schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk_schemas(value)


def name_int_enums(spec: dict[str, Any]) -> None:
    """Integer enums get member names from their description, WhiteBIT's ``(1=ACTIVE, 0=CLOSED)``.

    A name is added only when every value is named, so an enum described otherwise keeps the
    generator's ``VALUE_1`` names (or the settings' names, applied first).
    """
    for schema in walk_schemas(spec):
        values = schema.get("enum")
        description = schema.get("description")
        if schema.get("type") != "integer" or not isinstance(values, list):
            continue
        if "x-enum-varnames" in schema or not isinstance(description, str):
            continue
        names = {int(v): n.upper() for v, n in _ENUM_NAME.findall(description)}
        if all(isinstance(v, int) and v in names for v in values):
            schema["x-enum-varnames"] = [names[v] for v in values]


def enum_target(spec: dict[str, Any], where: str) -> dict[str, Any] | None:
    """``Schema.property`` (a component) or ``operationId.property`` (a request body field)."""
    owner, _, prop = where.partition(".")
    schemas = (spec.get("components") or {}).get("schemas") or {}
    if owner in schemas:
        schema = resolve(spec, schemas[owner])
    else:
        found = [o for _p, _m, o in operations(spec) if o.get("operationId") == owner]
        media = json_media(spec, found[0].get("requestBody")) if found else None
        schema = resolve(spec, media.get("schema")) if media else None
    target = ((schema or {}).get("properties") or {}).get(prop)
    target = resolve(spec, target)
    return target if isinstance(target, dict) and target.get("type") == "integer" else None


def name_configured_enums(spec: dict[str, Any], settings: Settings) -> None:
    """The integer codes the settings name become enums with those names.

    A code the server adds later does not break parsing: the generated enums keep unknown
    values (see the templates).
    """
    for where, names in settings.enums.items():
        target = enum_target(spec, where)
        if target is None:
            continue  # the spec no longer has it; the generated reference lists no enum
        values = target.get("enum") or sorted(names)
        target["enum"] = list(values)
        target["x-enum-varnames"] = [names.get(v, f"VALUE_{v}") for v in values]


def optional_generated_keys(spec: dict[str, Any], settings: Settings) -> None:
    """A money-moving call's idempotency field need not be given: the client generates one
    when it is left out (whitebit_auth._idempotency), so that every such call can be looked
    up after an unknown outcome."""
    for _path, _method, op in operations(spec):
        fields = request_fields(spec, op)
        if operation_kind(str(op.get("operationId", "")), fields, settings.kinds) != "money":
            continue
        media = json_media(spec, op.get("requestBody"))
        schema = resolve(spec, media.get("schema")) if media else None
        required = (schema or {}).get("required") or []
        kept = [f for f in required if f not in settings.idempotency_fields]
        if isinstance(schema, dict) and kept != required:
            schema["required"] = kept


def client_rules(spec: dict[str, Any], settings: Settings) -> dict[str, Any]:
    """A copy of ``spec`` with the rules the client reads answers by: decimal-number strings
    marked (and in answers given their pattern), the fields every example shows required.

    A request's amount gets no pattern: WhiteBIT judges it itself, with messages of its own per
    operation (which the sandbox gives); the client sends only fixed-point strings anyway."""
    survey = survey_spec(spec)  # on the vendored spec: its examples are the evidence
    adjusted = copy.deepcopy(spec)
    for where in decimal_fields(survey, settings):
        schema = follow(adjusted, "#" + where)
        schema[DECIMAL_MARK] = True
        if "request" not in survey.roles[where]:
            schema["pattern"] = DECIMAL_PATTERN
    for where, shown in always_shown(survey, settings).items():
        schema = follow(adjusted, "#" + where)
        schema["required"] = list(dict.fromkeys([*schema.get("required", []), *shown]))
    return adjusted


def adjust(spec: dict[str, Any], settings: Settings) -> dict[str, Any]:
    """The spec the generator reads. ``spec`` itself is not changed."""
    adjusted = client_rules(spec, settings)
    strip_auth_fields(adjusted)
    optional_generated_keys(adjusted, settings)
    name_configured_enums(adjusted, settings)
    name_int_enums(adjusted)
    return adjusted

"""The operation index: what the client needs to know of each operation at run time.

Written into the generated package as ``operations.json`` by ``make generate``; the pipeline
reads it (which calls may be sent again, page sizes, what a success answer must hold) and the
reference in docs/operations.md is rendered from it.
"""

from __future__ import annotations

from typing import Any

from whitebit_auth.spec import AUTH_FIELDS, json_media, operations, pointer, resolve

from .introspect import Names
from .overlay import optional_generated_keys
from .rules import (
    always_shown,
    decimal_fields,
    operation_kind,
    page_bounds,
    request_fields,
    success_responses,
    survey_spec,
)
from .settings import Settings
from .shipped import shipped_spec

DECIMAL_MARK = "x-whitebit-decimal"
# Constraints a field's entry carries when its schema states them.
_KEPT = ("format", "default", "minimum", "maximum", "minLength", "maxLength", "maxItems")


def python_name(wire: str) -> str:
    """The attribute the generated model gives a field (the generator's own rule)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(wire, prefix="field_"))


def _field_type(schema: dict[str, Any]) -> str:
    if schema.get(DECIMAL_MARK):
        return "decimal"
    kind = schema.get("type")
    if isinstance(kind, str):
        return kind
    return "object" if "properties" in schema or "additionalProperties" in schema else "string"


def _value_shape(spec: dict[str, Any], node: Any, depth: int = 0) -> dict[str, Any]:
    """What the request index says of a value: its type, enum, nullability, constraints,
    and its fields (an object) or items (an array)."""
    schema = resolve(spec, node)
    if not isinstance(schema, dict):
        return {"type": "string"}
    shape: dict[str, Any] = {"type": _field_type(schema)}
    if isinstance(schema.get("enum"), list):
        shape["enum"] = list(schema["enum"])
    shape["nullable"] = bool(schema.get("nullable", False))
    shape.update({k: schema[k] for k in _KEPT if k in schema})
    if depth < 8 and isinstance(schema.get("properties"), dict):
        shape["fields"] = _fields(spec, schema, depth + 1)
    if depth < 8 and isinstance(schema.get("items"), dict):
        shape["items"] = _value_shape(spec, schema["items"], depth + 1)
    return shape


def _fields(spec: dict[str, Any], schema: dict[str, Any], depth: int) -> dict[str, Any]:
    required = set(schema.get("required") or ())
    fields: dict[str, Any] = {}
    for wire, prop in (schema.get("properties") or {}).items():
        if depth == 1 and wire in AUTH_FIELDS:
            continue  # the signer's: a caller never gives them
        described = resolve(spec, prop)
        text = described.get("description", "") if isinstance(described, dict) else ""
        fields[wire] = {
            "python": python_name(wire),
            "required": wire in required,
            "description": " ".join(str(text).split()),
            **_value_shape(spec, prop, depth),
        }
    return fields


def answer_entry(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    """The success answer's fields, described as ``request_entry`` describes a body's (for the
    reference; the client judges answers by the index's ``answer`` shape)."""
    for status, response in success_responses(op):
        media = json_media(spec, response)
        if media is not None:
            return {"status": int(status), **_value_shape(spec, media.get("schema"))}
    return None


def answer_fields(spec: dict[str, Any]) -> dict[str, Any]:
    """By path: each operation's ``answer_entry`` (the reference's answer tables)."""
    return {path: answer_entry(spec, op) for path, _method, op in operations(spec)}


def request_entry(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    """The request body's fields as the client checks them before sending and the command line
    offers them: ``{"fields": {wireName: {"python", "type", "required", "nullable",
    "description", "enum"?, "fields"?, "items"?, constraints?}}}``. ``spec`` is the shipped
    spec (decimal fields marked); None for an operation without a JSON body."""
    media = json_media(spec, op.get("requestBody"))
    schema = resolve(spec, media.get("schema")) if media else None
    if not isinstance(schema, dict):
        return None
    return {"fields": _fields(spec, schema, 1)}


def _shape(
    spec: dict[str, Any],
    node: Any,
    where: str,
    decimals: set[str],
    shown: dict[str, list[str]],
    depth: int = 0,
) -> dict[str, Any]:
    """What a success answer must hold, as a small tree the pipeline walks:
    ``r`` fields it must have, ``d`` fields that must be decimal numbers, ``p`` per field,
    ``i`` for array items, ``m`` for map values. Empty parts are left out."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        node, where = resolve(spec, node), node["$ref"][1:]
    if not isinstance(node, dict) or depth > 12:
        return {}
    shape: dict[str, Any] = {}
    props = node.get("properties") or {}
    if where in shown:
        shape["r"] = shown[where]
    fields = [n for n in props if f"{where}/properties/{n}" in decimals]
    if fields:
        shape["d"] = fields
    inner = {
        name: sub
        for name, prop in props.items()
        if (sub := _shape(spec, prop, f"{where}/properties/{name}", decimals, shown, depth + 1))
    }
    if inner:
        shape["p"] = inner
    items = node.get("items")
    if isinstance(items, dict):
        sub = _shape(spec, items, f"{where}/items", decimals, shown, depth + 1)
        if sub:
            shape["i"] = sub
    extra = node.get("additionalProperties")
    if isinstance(extra, dict):
        sub = _shape(spec, extra, f"{where}/additionalProperties", decimals, shown, depth + 1)
        if sub:
            shape["m"] = sub
    return shape


def build_index(
    spec: dict[str, Any], settings: Settings, names: dict[str, Names]
) -> dict[str, dict[str, Any]]:
    survey = survey_spec(spec)
    decimals = decimal_fields(survey, settings)
    shown = always_shown(survey, settings)
    # What a caller gives: the shipped spec, less what the client fills in itself.
    callers = shipped_spec(spec, settings)
    optional_generated_keys(callers, settings)
    index: dict[str, dict[str, Any]] = {}
    for path, method, op in operations(spec):
        op_id = str(op.get("operationId", ""))
        fields = request_fields(spec, op)
        entry: dict[str, Any] = {
            "operationId": op_id,
            "method": method.upper(),
            "tag": (op.get("tags") or [""])[0],
            "kind": operation_kind(op_id, fields, settings.kinds),
        }
        named = names.get(path)
        if named is not None:
            entry.update(module=named.module, body=named.body, success=named.success)
        successes = success_responses(op)
        if successes:
            status, response = successes[0]
            entry["status"] = int(status)
            media = json_media(spec, response)
            entry["content"] = media is not None
            if media is not None:
                where = pointer("paths", path, method, "responses", status)
                where += "/content/application~1json/schema"
                shape = _shape(spec, media.get("schema"), where, decimals, shown)
                if shape:
                    entry["answer"] = shape
        entry["errors"] = sorted(int(s) for s in op.get("responses") or {} if s[:1] in "345")
        key = next((f for f in settings.idempotency_fields if f in fields), None)
        if key:
            entry["idempotency"] = key
            if settings.idempotency_taken:
                entry["taken"] = settings.idempotency_taken
        bounds = page_bounds(spec, op)
        if bounds is not None:
            entry["pages"] = bounds
        servers = op.get("servers")
        if isinstance(servers, list) and servers and isinstance(servers[0], dict):
            entry["server"] = servers[0].get("url")
        check = settings.outcome_checks.get(op_id)
        if check and entry["kind"] != "read":
            entry["check"] = check
        lookup = settings.outcome_lookups.get(op_id)
        if lookup and entry["kind"] != "read":
            entry["lookup"] = lookup
        request_where = pointer("paths", path, method, "requestBody")
        request_where += "/content/application~1json/schema"
        schema = json_media(spec, op.get("requestBody"))
        target = (schema or {}).get("schema")
        if isinstance(target, dict) and "$ref" in target:
            request_where = target["$ref"][1:]
        request_decimals = sorted(
            n for n in fields if f"{request_where}/properties/{n}" in decimals
        )
        if request_decimals:
            entry["decimals"] = request_decimals
        request = request_entry(callers, callers["paths"][path][method])
        if request is not None:
            entry["request"] = request
        index[path] = entry
    return index

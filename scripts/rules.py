"""The generic rules over a spec: what each operation does, which fields hold decimal numbers,
which fields the spec's own examples always show. Pure: a spec and settings in, facts out.

Schemas are named by their JSON pointer in the vendored spec (a component's own pointer when
it is reached through ``$ref``), so a rule's result can be written back onto the spec.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from whitebit_auth.spec import AUTH_FIELDS, json_media, media_examples, operations, pointer, resolve

from .settings import Kinds, Settings

KINDS = ("read", "money", "state")
# A decimal number as WhiteBIT writes one: ASCII digits, an optional sign and fraction. The
# shipped spec gives every decimal field this ``pattern``; the models' decimal_from_json
# (openapi/templates/types.py.jinja) applies the same one, as JSON Schema does (a search).
DECIMAL_PATTERN = r"^[+-]?[0-9]+(\.[0-9]+)?$"
_DECIMAL = re.compile(DECIMAL_PATTERN)
_WORD = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


def words(operation_id: str) -> list[str]:
    """``createWithdrawPay`` -> ``["create", "withdraw", "pay"]``."""
    return [w.lower() for w in _WORD.findall(operation_id)]


def operation_kind(operation_id: str, request_fields: set[str], kinds: Kinds) -> str:
    if operation_id in kinds.exceptions:
        return kinds.exceptions[operation_id]
    if operation_id.startswith(kinds.read_prefixes):
        return "read"
    if set(words(operation_id)) & set(kinds.money_words) or request_fields & set(
        kinds.money_fields
    ):
        return "money"
    return "state"


@dataclass
class Survey:
    """What the spec's schemas and examples say, by schema pointer."""

    schemas: dict[str, dict[str, Any]] = field(default_factory=dict)
    values: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    instances: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    roles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def _node(spec: dict[str, Any], node: Any, where: str) -> tuple[Any, str]:
    """A schema and its pointer: a ``$ref`` is named by its target."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return resolve(spec, node), node["$ref"][1:]
    return node, where


def _walk(
    spec: dict[str, Any],
    survey: Survey,
    schema: Any,
    where: str,
    examples: list[Any],
    role: str,
    depth: int = 0,
) -> None:
    schema, where = _node(spec, schema, where)
    if not isinstance(schema, dict) or depth > 12:  # depth: a recursive schema stops here
        return
    survey.schemas[where] = schema
    survey.roles[where].add(role)
    if "example" in schema:
        survey.values[where].append(schema["example"])
    survey.values[where].extend(examples)
    objects = [e for e in examples if isinstance(e, dict)]
    survey.instances[where].extend(objects)
    for name, prop in (schema.get("properties") or {}).items():
        seen = [o[name] for o in objects if name in o]
        _walk(spec, survey, prop, f"{where}/properties/{name}", seen, role, depth + 1)
    items = schema.get("items")
    if isinstance(items, dict):
        inner = [v for e in examples if isinstance(e, list) for v in e]
        _walk(spec, survey, items, f"{where}/items", inner, role, depth + 1)
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):
        declared = set(schema.get("properties") or {})
        inner = [v for o in objects for k, v in o.items() if k not in declared]
        _walk(spec, survey, extra, f"{where}/additionalProperties", inner, role, depth + 1)


def success_responses(op: dict[str, Any]) -> list[tuple[str, Any]]:
    return [(s, r) for s, r in (op.get("responses") or {}).items() if str(s).startswith("2")]


def survey_spec(spec: dict[str, Any]) -> Survey:
    """Walk every request body and every success answer with the examples given for them."""
    survey = Survey()
    for path, method, op in operations(spec):
        base = pointer("paths", path, method)
        media = json_media(spec, op.get("requestBody"))
        if media is not None:
            where = f"{base}/requestBody/content/application~1json/schema"
            examples = list(media_examples(spec, media))
            _walk(spec, survey, media.get("schema"), where, examples, "request")
        for status, response in success_responses(op):
            media = json_media(spec, response)
            if media is not None:
                where = f"{base}/responses/{status}/content/application~1json/schema"
                examples = list(media_examples(spec, media))
                _walk(spec, survey, media.get("schema"), where, examples, "response")
    return survey


def _property_name(where: str) -> str | None:
    parts = where.split("/")
    return parts[-1] if len(parts) >= 2 and parts[-2] == "properties" else None


def decimal_fields(survey: Survey, settings: Settings) -> set[str]:
    """String fields that hold decimal numbers: every example is one, and one shows a fraction
    or a sign (so ids and codes made of digits stay strings), or the config names the field."""
    found = set()
    for where, schema in survey.schemas.items():
        name = _property_name(where)
        if name is None or schema.get("type") != "string" or "format" in schema:
            continue
        if "enum" in schema:
            continue
        values = survey.values.get(where, [])
        if not all(isinstance(v, str) and _DECIMAL.search(v) for v in values):
            continue
        shows_fraction = any("." in v or v[:1] in "+-" for v in values)
        if (values and shows_fraction) or name in settings.decimal_names:
            found.add(where)
    return found


def always_shown(survey: Survey, settings: Settings) -> dict[str, list[str]]:
    """For each object schema only answers use: the properties every example of it shows."""
    found: dict[str, list[str]] = {}
    for where, schema in survey.schemas.items():
        instances = survey.instances.get(where, [])
        if survey.roles[where] != {"response"} or not instances:
            continue
        shown = [
            name
            for name in (schema.get("properties") or {})
            if name not in settings.optional_names and all(name in i for i in instances)
        ]
        if shown:
            found[where] = shown
    return found


def request_fields(spec: dict[str, Any], op: dict[str, Any]) -> set[str]:
    media = json_media(spec, op.get("requestBody"))
    schema = resolve(spec, media.get("schema")) if media else None
    return set((schema or {}).get("properties") or {}) - set(AUTH_FIELDS)


def page_bounds(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, int] | None:
    """The request's limit default and maximum, for operations that page by limit/offset."""
    media = json_media(spec, op.get("requestBody"))
    schema = resolve(spec, media.get("schema")) if media else None
    props = (schema or {}).get("properties") or {}
    if "limit" not in props or "offset" not in props:
        return None
    limit = resolve(spec, props["limit"]) or {}
    return {k: limit[k] for k in ("default", "maximum") if isinstance(limit.get(k), int)}

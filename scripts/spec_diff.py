"""What changed between two versions of a spec, in terms a client user cares about."""

from __future__ import annotations

from typing import Any

from adjust_spec import json_request_media, operations, resolve

Fields = dict[str, str]  # dotted field path -> type description


def _type_of(spec: dict[str, Any], schema: Any) -> str:
    schema = resolve(spec, schema) or {}
    kind = schema.get("type", "any")
    if kind == "array":
        return f"array of {_type_of(spec, schema.get('items'))}"
    if schema.get("format"):
        kind = f"{kind} ({schema['format']})"
    if schema.get("enum"):
        kind = f"{kind} enum {sorted(schema['enum'], key=str)}"
    return str(kind)


def fields(spec: dict[str, Any], schema: Any, prefix: str = "", depth: int = 0) -> Fields:
    """Flatten a schema's properties into dotted paths (``data[].amount``)."""
    schema = resolve(spec, schema)
    out: Fields = {}
    if not isinstance(schema, dict) or depth > 8:  # depth guards recursive schemas
        return out
    if schema.get("type") == "array":
        return fields(spec, schema.get("items"), f"{prefix}[]", depth + 1)
    for name, prop in (schema.get("properties") or {}).items():
        path = f"{prefix}.{name}" if prefix else name
        out[path] = _type_of(spec, prop)
        out.update(fields(spec, prop, path, depth + 1))
    return out


def _operation_shapes(spec: dict[str, Any]) -> dict[str, dict[str, Fields]]:
    shapes: dict[str, dict[str, Fields]] = {}
    for path, method, op in operations(spec):
        name = f"{op.get('operationId') or '?'} ({method.upper()} {path})"
        parts: dict[str, Fields] = {}
        media = json_request_media(spec, op)
        parts["request"] = fields(spec, media.get("schema")) if media else {}
        for status, response in (op.get("responses") or {}).items():
            response = resolve(spec, response) or {}
            json_media = (response.get("content") or {}).get("application/json") or {}
            parts[f"response {status}"] = fields(spec, json_media.get("schema"))
        shapes[name] = parts
    return shapes


def _compare(before: Fields, after: Fields, label: str) -> list[str]:
    lines = [f"    + {label} field {f}: {after[f]}" for f in sorted(after.keys() - before.keys())]
    lines += [f"    - {label} field {f}" for f in sorted(before.keys() - after.keys())]
    lines += [
        f"    ~ {label} field {f}: {before[f]} -> {after[f]}"
        for f in sorted(before.keys() & after.keys())
        if before[f] != after[f]
    ]
    return lines


def describe_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Human-readable lines: operations added/removed, fields added/removed/retyped."""
    before, after = _operation_shapes(old), _operation_shapes(new)
    lines = [f"+ operation {name}" for name in sorted(after.keys() - before.keys())]
    lines += [f"- operation {name}" for name in sorted(before.keys() - after.keys())]
    for name in sorted(before.keys() & after.keys()):
        changes: list[str] = []
        for part in sorted(before[name].keys() | after[name].keys()):
            if part not in after[name]:
                changes.append(f"    - {part} (no longer documented)")
            elif part not in before[name]:
                changes.append(f"    + {part} (newly documented)")
            changes += _compare(before[name][part], after[name][part], part)
        if changes:
            lines.append(f"~ operation {name}")
            lines += changes
    return lines

"""Apply our adjustments to a vendored WhiteBIT spec, writing the spec the generator reads.

The vendored file stays exactly as WhiteBIT publishes it; everything we change is here, generic
over operations (nothing names an operation or a path), so a newer spec needs no edit.

Usage: python scripts/adjust_spec.py VENDORED_SPEC OUTPUT
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

# The auth plugin fills these into every body at send time; a user must never have to pass them,
# and the generated models must not carry them.
AUTH_BODY_FIELDS = ("request", "nonce", "nonceWindow")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load_spec(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    try:
        spec = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not YAML or JSON: {exc}") from None
    if not isinstance(spec, dict):
        raise ValueError(f"{path}: not an OpenAPI document (top level is not a mapping)")
    return spec


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, method, operation) for every operation in the spec."""
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict):
                yield path, method, op


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local $ref (``#/a/b``) to its target; anything else is returned as is."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local $ref is supported, got {ref!r}")
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def json_request_media(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    body = resolve(spec, op.get("requestBody"))
    if not isinstance(body, dict):
        return None
    media = (body.get("content") or {}).get("application/json")
    return media if isinstance(media, dict) else None


def strip_auth_fields(spec: dict[str, Any]) -> None:
    """Remove the auth plugin's body fields from every JSON request body schema and example."""
    for _path, _method, op in operations(spec):
        media = json_request_media(spec, op)
        if media is None:
            continue
        schema = resolve(spec, media.get("schema"))
        if isinstance(schema, dict):
            props = schema.get("properties") or {}
            for field in AUTH_BODY_FIELDS:
                props.pop(field, None)
            if "required" in schema:
                required = [f for f in schema["required"] if f not in AUTH_BODY_FIELDS]
                if required:
                    schema["required"] = required
                else:
                    del schema["required"]
        examples = [media.get("example")]
        examples += [resolve(spec, e).get("value") for e in (media.get("examples") or {}).values()]
        for example in examples:
            if isinstance(example, dict):
                for field in AUTH_BODY_FIELDS:
                    example.pop(field, None)


_ENUM_NAME = re.compile(r"(-?\d+)\s*=\s*([A-Za-z][A-Za-z0-9_]*)")


def walk_schemas(node: Any) -> Iterator[dict[str, Any]]:
    """Yield every mapping in the document that could be a schema (a superset is harmless)."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk_schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk_schemas(value)


def name_int_enums(spec: dict[str, Any]) -> None:
    """Give integer enums member names taken from their description.

    WhiteBIT documents integer codes as ``(1=ACTIVE, 0=CLOSED)``; without names the generator
    emits ``VALUE_0``/``VALUE_1``. A name is added only when every value is named, so an enum
    WhiteBIT documents differently keeps the generator's default.
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


def adjust(spec: dict[str, Any]) -> dict[str, Any]:
    strip_auth_fields(spec)
    name_int_enums(spec)
    return spec


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    source, target = Path(argv[0]), Path(argv[1])
    spec = adjust(load_spec(source))
    # JSON keeps the key order and is read by the generator as well as YAML is; sorted keys
    # would reorder operations and so the generated files.
    target.write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

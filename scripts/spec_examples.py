"""Find every example in an OpenAPI 3.0 document and check it against its schema."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from adjust_spec import HTTP_METHODS, resolve


@dataclass(frozen=True)
class Example:
    where: str  # a JSON-pointer-like location, for messages
    value: Any
    schema: Any  # the schema it must satisfy (may hold local $refs)
    operation_id: str | None = None
    kind: str = "schema"  # "request", "response" or "schema"
    status: str | None = None


def _media_examples(spec: dict[str, Any], media: dict[str, Any], where: str) -> Iterator[Any]:
    if "example" in media:
        yield f"{where}/example", media["example"]
    for name, example in (media.get("examples") or {}).items():
        example = resolve(spec, example)
        if isinstance(example, dict) and "value" in example:
            yield f"{where}/examples/{name}", example["value"]


def _schema_examples(node: Any, where: str) -> Iterator[Example]:
    """Examples written on schemas themselves (``example:`` on a schema or property)."""
    if isinstance(node, dict):
        if "example" in node and isinstance(node.get("type"), str):
            yield Example(f"{where}/example", node["example"], node)
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from _schema_examples(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _schema_examples(value, f"{where}/{i}")


def examples(spec: dict[str, Any]) -> Iterator[Example]:
    """Every request-body, response and schema example in the document."""
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            op_id = op.get("operationId")
            base = f"paths/{path}/{method}"
            body = resolve(spec, op.get("requestBody")) or {}
            for ctype, media in (body.get("content") or {}).items():
                where = f"{base}/requestBody/content/{ctype}"
                for loc, value in _media_examples(spec, media, where):
                    yield Example(loc, value, media.get("schema"), op_id, "request")
            for status, response in (op.get("responses") or {}).items():
                response = resolve(spec, response)
                for ctype, media in (response.get("content") or {}).items():
                    where = f"{base}/responses/{status}/content/{ctype}"
                    for loc, value in _media_examples(spec, media, where):
                        yield Example(loc, value, media.get("schema"), op_id, "response", status)
    yield from _schema_examples(spec.get("paths"), "paths")
    yield from _schema_examples(spec.get("components"), "components")


def example_errors(spec: dict[str, Any]) -> list[str]:
    """One line per example that does not validate against its schema."""
    from openapi_schema_validator import OAS30Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    root = Resource.from_contents(spec, default_specification=DRAFT4)
    registry: Registry[Any] = Registry().with_resource("urn:spec", root)
    problems = []
    for ex in examples(spec):
        if ex.schema is None:
            continue
        schema = {**ex.schema, "$id": "urn:example"} if isinstance(ex.schema, dict) else ex.schema
        schema = _absolute_refs(schema)
        validator = OAS30Validator(schema, registry=registry)
        for error in validator.iter_errors(ex.value):
            problems.append(f"{ex.where}: {error.message}")
    return problems


def _absolute_refs(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (
                f"urn:spec{v}"
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _absolute_refs(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_absolute_refs(v) for v in node]
    return node

"""Every example in an OpenAPI 3.0 document, and whether it satisfies its schema."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from whitebit_auth.spec import escape, operations, pointer, resolve


@dataclass(frozen=True)
class Example:
    where: str  # a JSON pointer to the example in the document
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
            yield f"{where}/examples/{escape(name)}/value", example["value"]


def _schema_examples(node: Any, where: str) -> Iterator[Example]:
    """Examples written on schemas themselves (``example:`` on a schema or property)."""
    if isinstance(node, dict):
        if "example" in node and isinstance(node.get("type"), str):
            yield Example(f"{where}/example", node["example"], node)
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from _schema_examples(value, f"{where}/{escape(str(key))}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _schema_examples(value, f"{where}/{i}")


def examples(spec: dict[str, Any]) -> Iterator[Example]:
    """Every request-body, response and schema example in the document."""
    for path, method, op in operations(spec):
        op_id = op.get("operationId")
        base = pointer("paths", path, method)
        body = resolve(spec, op.get("requestBody")) or {}
        for ctype, media in (body.get("content") or {}).items():
            where = f"{base}/requestBody/content/{escape(ctype)}"
            for loc, value in _media_examples(spec, media, where):
                yield Example(loc, value, media.get("schema"), op_id, "request")
        for status, response in (op.get("responses") or {}).items():
            response = resolve(spec, response)
            for ctype, media in (response.get("content") or {}).items():
                where = f"{base}/responses/{status}/content/{escape(ctype)}"
                for loc, value in _media_examples(spec, media, where):
                    yield Example(loc, value, media.get("schema"), op_id, "response", status)
    yield from _schema_examples(spec.get("paths"), "/paths")
    yield from _schema_examples(spec.get("components"), "/components")


def example_errors(spec: dict[str, Any]) -> list[str]:
    """One line per example that does not validate: where the example is, where in it the
    problem is, and the rule broken."""
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
        validator = OAS30Validator(_absolute_refs(schema), registry=registry)
        for error in validator.iter_errors(ex.value):
            inside = pointer(*error.absolute_path)
            message = " ".join(error.message.split())
            if len(message) > 160:
                message = f"fails the '{error.validator}' rule"
            problems.append(
                f"example at {ex.where}{' (at ' + inside + ')' if inside else ''}: {message}"
            )
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

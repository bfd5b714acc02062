"""Values built from the spec alone: its own examples where it gives them, else instances made
from the schema. The sandbox answers every operation it has no domain for with these, and
tests build request bodies from them.
"""

from __future__ import annotations

from typing import Any

from whitebit_auth.spec import json_media, media_examples, resolve

_FORMATS = {
    "date": "2024-01-01",
    "date-time": "2024-01-01T00:00:00Z",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def synthesize(
    spec: dict[str, Any], schema: Any, shape: dict[str, Any] | None = None, depth: int = 0
) -> Any:
    """An instance of ``schema``: every property, each from its own example, default or enum
    where it has one, else the simplest value its type and constraints allow.

    ``shape`` is the operation index's shape of an answer: the fields it names as decimal
    numbers get ``"0"`` rather than a word.
    """
    shape = shape or {}
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 12:
        return None
    if "example" in schema:
        return schema["example"]
    if schema.get("enum"):
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        decimals, inner = set(shape.get("d", ())), shape.get("p", {})
        value = {
            name: "0"
            if name in decimals and "example" not in (resolve(spec, prop) or {})
            else synthesize(spec, prop, inner.get(name), depth + 1)
            for name, prop in (schema.get("properties") or {}).items()
        }
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and not value:
            value["key"] = synthesize(spec, extra, shape.get("m"), depth + 1)
        return value
    if kind == "array":
        items = resolve(spec, schema.get("items"))
        if not isinstance(items, dict) or not items:
            return []
        count = max(1, int(schema.get("minItems", 1)))
        return [synthesize(spec, items, shape.get("i"), depth + 1) for _ in range(count)]
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    if kind == "string":
        text = _FORMATS.get(str(schema.get("format")), "string")
        low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
        text = text.ljust(low, "x")
        return text[: int(high)] if high is not None else text
    return None


def example_or_instance(
    spec: dict[str, Any], media: dict[str, Any] | None, shape: dict[str, Any] | None = None
) -> Any:
    """A media object's first example, else an instance of its schema."""
    if media is None:
        return None
    for example in media_examples(spec, media):
        return example
    return synthesize(spec, media.get("schema"), shape)


def success_answer(
    spec: dict[str, Any], operation: dict[str, Any], shape: dict[str, Any] | None = None
) -> tuple[int, Any]:
    """The operation's success status and an answer body for it (None: it has no body)."""
    responses = operation.get("responses") or {}
    status = next((s for s in sorted(responses, key=str) if str(s).startswith("2")), "200")
    return int(status), example_or_instance(spec, json_media(spec, responses.get(status)), shape)


def request_body(spec: dict[str, Any], operation: dict[str, Any]) -> Any:
    """A request body the spec offers: its example, else an instance of its schema."""
    return example_or_instance(spec, json_media(spec, operation.get("requestBody")))


def documented_answer(
    spec: dict[str, Any], operation: dict[str, Any], status: int, example: str | None = None
) -> Any:
    """The body the operation documents for ``status``: the named example, else its first
    example, else an instance of its schema; None when that status has no body.

    ValueError names what is documented when ``status`` or ``example`` is not.
    """
    responses = operation.get("responses") or {}
    response = responses.get(str(status), responses.get(status))
    if response is None:
        documented = ", ".join(sorted(str(s) for s in responses))
        raise ValueError(
            f"{operation.get('operationId')} documents no {status} answer (it has: {documented})"
        )
    media = json_media(spec, response)
    if media is None:
        return None
    named = {k: resolve(spec, v).get("value") for k, v in (media.get("examples") or {}).items()}
    if example is not None:
        if example not in named:
            known = ", ".join(sorted(named)) or "none"
            raise ValueError(
                f"{operation.get('operationId')} {status} has no example {example!r} "
                f"(it has: {known})"
            )
        return named[example]
    return example_or_instance(spec, media)

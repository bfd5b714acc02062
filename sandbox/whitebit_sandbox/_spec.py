"""Request and response validation taken from the vendored spec itself.

The spec shipped inside ``whitebit_main_api`` (the one the client was generated from) is the
only schema: nothing here restates a field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any

from whitebit_auth.spec import json_media, pointer, resolve

try:
    from openapi_schema_validator import OAS30Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4
except ImportError as exc:  # pragma: no cover - exercised by the base-install test
    raise ImportError(
        f"the sandbox and the contract checker need the 'sandbox' (or 'contract') extra "
        f"({exc.name} is missing): pip install 'whitebit-client[sandbox] @ <path or URL>' "
        "(README: Installing)"
    ) from exc

_SPEC_URI = "urn:whitebit-spec"


def load_bundled_spec() -> dict[str, Any]:
    text = resources.files("whitebit_main_api").joinpath("openapi.json").read_text("utf-8")
    spec = json.loads(text)
    assert isinstance(spec, dict)
    return spec


def _absolute(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: _SPEC_URI + v
            if k == "$ref" and isinstance(v, str) and v.startswith("#")
            else _absolute(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_absolute(v) for v in node]
    return node


def _words(name: str) -> str:
    """``investmentStatus`` -> ``investment status``, as WhiteBIT's messages name fields."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", name).replace("_", " ").lower()


_TYPE_MESSAGES = {
    "integer": "The {f} must be an integer.",
    "number": "The {f} must be a number.",
    "string": "The {f} must be a string.",
    "boolean": "The {f} field must be true or false.",
    "array": "The {f} must be an array.",
    "object": "The {f} must be an object.",
}


_FORMAT_MESSAGES = {
    "date": "The {f} is not a valid date.",
    "date-time": "The {f} is not a valid date.",
    "uuid": "The {f} must be a valid UUID.",
}


@dataclass(frozen=True)
class SchemaProblem:
    """One rule of the spec a body breaks: where (a JSON pointer into the body), which keyword
    (``required``, ``type: integer``, ``maximum: 100`` …) and the validator's words."""

    pointer: str
    rule: str
    message: str


def _error_path(error: Any) -> list[Any]:
    """Where a validation error is: for a missing field, the field itself, not its parent."""
    path = [*error.absolute_path]
    if error.validator == "required":
        path += re.findall(r"'([^']+)' is a required property", error.message)[:1]
    return path


def _rule(error: Any) -> str:
    value = error.validator_value
    if error.validator in ("required", "properties", "additionalProperties", "items"):
        return str(error.validator)
    if isinstance(value, str | int | float | bool) or value is None:
        return f"{error.validator}: {value}"
    if isinstance(value, list) and len(value) <= 8:
        return f"{error.validator}: {value}"
    return str(error.validator)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    path: str
    method: str
    raw: dict[str, Any]

    @property
    def is_read(self) -> bool:
        return self.operation_id.startswith(("get", "list"))

    @property
    def success_status(self) -> int:
        statuses = sorted(s for s in self.raw.get("responses", {}) if str(s).startswith("2"))
        return int(statuses[0]) if statuses else 200


class SpecIndex:
    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        self.spec = spec if spec is not None else load_bundled_spec()
        resource = Resource.from_contents(self.spec, default_specification=DRAFT4)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._validators: dict[tuple[str, str], OAS30Validator | None] = {}

    @cached_property
    def operations(self) -> dict[str, Operation]:
        """By path: every operation (WhiteBIT's private API is POST only)."""
        found: dict[str, Operation] = {}
        for path, item in self.spec.get("paths", {}).items():
            for method, op in item.items():
                if isinstance(op, dict) and "operationId" in op:
                    found[path] = Operation(op["operationId"], path, method.upper(), op)
        return found

    def _validator(self, op: Operation, key: str) -> OAS30Validator | None:
        cache_key = (op.path, key)
        if cache_key not in self._validators:
            holder = op.raw.get("requestBody") if key == "request" else op.raw["responses"].get(key)
            media = json_media(self.spec, holder)
            schema = media.get("schema") if media else None
            self._validators[cache_key] = (
                None
                if schema is None
                else OAS30Validator(
                    _absolute(schema),
                    registry=self._registry,
                    format_checker=OAS30Validator.FORMAT_CHECKER,
                )
            )
        return self._validators[cache_key]

    def request_errors(self, op: Operation, body: Any) -> dict[str, list[str]]:
        """Field errors, keyed by field name (``actionTypes.0`` for an array item)."""
        validator = self._validator(op, "request")
        errors: dict[str, list[str]] = {}
        if validator is None:
            return errors
        for error in validator.iter_errors(body):
            path = [str(p) for p in _error_path(error)]
            name = ".".join(path) or "body"
            label = _words(path[-1] if path else "body")
            if error.validator == "required":
                message = f"The {label} field is required."
            elif error.validator == "type":
                wanted = error.validator_value
                message = _TYPE_MESSAGES.get(str(wanted), "The {f} is invalid.").format(f=label)
            elif error.validator == "enum":
                message = f"The selected {label} is invalid."
            elif error.validator == "maximum":
                message = f"The {label} must not be greater than {error.validator_value}."
            elif error.validator == "minimum":
                message = f"The {label} must be at least {error.validator_value}."
            elif error.validator == "format":
                message = _FORMAT_MESSAGES.get(
                    str(error.validator_value), "The {f} format is invalid."
                ).format(f=label)
            else:
                message = f"The {label} is invalid."
            errors.setdefault(name, [])
            if message not in errors[name]:
                errors[name].append(message)
        return errors

    def page_defaults(self, op: Operation) -> tuple[int, int]:
        """(limit, offset) a list answers when the request names neither: the spec's
        defaults (100 and 0 where it gives none)."""
        media = json_media(self.spec, op.raw.get("requestBody"))
        schema = resolve(self.spec, media.get("schema")) if media else None
        props = (schema or {}).get("properties") or {}
        limit = resolve(self.spec, props.get("limit")) or {}
        offset = resolve(self.spec, props.get("offset")) or {}
        return int(limit.get("default", 100)), int(offset.get("default", 0))

    @cached_property
    def _index(self) -> dict[str, Any]:
        try:
            text = resources.files("whitebit_main_api").joinpath("operations.json").read_text()
        except FileNotFoundError:  # pragma: no cover - a package built without it
            return {}
        found = json.loads(text)
        return found if isinstance(found, dict) else {}

    def shape(self, op: Operation) -> dict[str, Any] | None:
        """The operation index's shape of the success answer (which fields are decimals),
        when the bundled index describes this very operation."""
        entry = self._index.get(op.path)
        if isinstance(entry, dict) and entry.get("operationId") == op.operation_id:
            answer = entry.get("answer")
            return answer if isinstance(answer, dict) else None
        return None

    def problems(self, op: Operation, key: str, body: Any) -> list[SchemaProblem]:
        """Every rule ``body`` breaks of the request schema (``key="request"``) or of the
        response schema for a status (``key="201"``); [] when there is no schema."""
        validator = self._validator(op, key)
        if validator is None:
            return []
        found = []
        for error in validator.iter_errors(body):
            where = pointer(*_error_path(error))
            message = " ".join(error.message.split("\n\n")[0].split())
            if len(message) > 200:
                message = message[:197] + "..."
            found.append(SchemaProblem(where, _rule(error), message))
        return sorted(found, key=lambda p: (p.pointer, p.rule))

    def documented_statuses(self, op: Operation) -> set[str]:
        return set(op.raw.get("responses", {}))

    def response_errors(
        self, op: Operation, status: int, body: Any, *, empty: bool = False
    ) -> list[str]:
        """Why a response does not match the spec for its status ([] when it does).

        ``empty``: the response had no body at all (right only where the spec documents none).
        """
        if str(status) not in self.documented_statuses(op):
            return [f"status {status} is not documented for {op.operation_id}"]
        validator = self._validator(op, str(status))
        if empty:
            media = json_media(self.spec, op.raw["responses"].get(str(status)))
            return [] if media is None else [f"{status} is documented with a body, got none"]
        if validator is None:
            return []
        return [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(body)
        ]

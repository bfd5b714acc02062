"""Holding one exchange (a request and its answer) to the spec the client was generated from."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whitebit_auth.spec import pointer

from .._spec import Operation, SchemaProblem, SpecIndex, load_bundled_spec
from ._secrets import masked

# Statuses WhiteBIT may answer for any operation (its edge: signature, nonce, permission, rate
# limit, outages) whether or not the operation documents them. Where one is documented, its
# body is checked; where not, it is not a violation.
COMMON_STATUSES = frozenset({401, 403, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Violation:
    """A way an exchange breaks the spec."""

    operation: str  # the operationId (the path, for a path the spec does not have)
    direction: str  # "request" or "response"
    pointer: str  # a JSON pointer into the body ("" is the body itself)
    rule: str  # the rule broken: "required", "type: integer", "status", "json" …
    message: str
    status: int | None = None  # the response's status

    def __str__(self) -> str:
        side = self.direction if self.status is None else f"{self.direction} {self.status}"
        return f"{self.operation} {side} at {self.pointer or '/'}: {self.message} [{self.rule}]"


class ContractViolation(AssertionError):
    """Raised in strict mode: the exchange broke the spec (each ``Violation`` says how)."""

    def __init__(self, violations: list[Violation]) -> None:
        self.violations = violations
        lines = "\n".join(f"  {v}" for v in violations)
        super().__init__(f"{len(violations)} violation(s) of the spec:\n{lines}")


def _load_spec(spec: SpecIndex | dict[str, Any] | str | Path | None) -> SpecIndex:
    if isinstance(spec, SpecIndex):
        return spec
    if spec is None:
        return SpecIndex(load_bundled_spec())
    if isinstance(spec, dict):
        return SpecIndex(spec)
    path = Path(spec)
    text = path.read_text("utf-8")
    if path.suffix in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError:
            raise ImportError(
                f"{path} is YAML: reading it needs PyYAML (pip install pyyaml), "
                "or give the spec as JSON"
            ) from None
        data = yaml.safe_load(text)
    else:
        data = json.loads(text)
    if not isinstance(data, dict) or "paths" not in data:
        raise ValueError(f"{path} is not an OpenAPI document")
    return SpecIndex(data)


def _non_finite(value: Any, where: tuple[Any, ...] = ()) -> Iterator[SchemaProblem]:
    """NaN and Infinity, which Python's json reads but which are no JSON numbers."""
    if isinstance(value, float) and not math.isfinite(value):
        yield SchemaProblem(pointer(*where), "finite", f"{value} is not a JSON number")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _non_finite(item, (*where, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _non_finite(item, (*where, i))


class Contract:
    """The spec's rules for requests and answers: by default the spec bundled with the client
    (``whitebit_main_api/openapi.json``), or any other (a dict, a JSON or YAML file)."""

    def __init__(
        self,
        spec: SpecIndex | dict[str, Any] | str | Path | None = None,
        *,
        common_statuses: frozenset[int] = COMMON_STATUSES,
    ) -> None:
        self.spec = _load_spec(spec)
        self.common_statuses = common_statuses

    def operation(self, path: str) -> Operation | None:
        return self.spec.operations.get(path)

    def check_request(self, method: str, path: str, body: Any) -> list[Violation]:
        """The request as sent (auth fields included, as the spec lists them)."""
        op = self.operation(path)
        if op is None:
            return [Violation(path, "request", "", "operation", f"the spec has no {path}")]
        if method.upper() != op.method:
            message = f"{op.operation_id} is {op.method}, not {method.upper()}"
            return [Violation(op.operation_id, "request", "", "method", message)]
        return [
            Violation(op.operation_id, "request", p.pointer, p.rule, masked(p.message, body))
            for p in self._problems(op, "request", body)
        ]

    def _problems(self, op: Operation, key: str, body: Any) -> list[SchemaProblem]:
        found = [*self.spec.problems(op, key, body), *_non_finite(body)]
        return sorted(found, key=lambda p: (p.pointer, p.rule))

    def check_response(self, path: str, status: int, content: bytes) -> list[Violation]:
        op = self.operation(path)
        if op is None:
            return []  # the request's violation says it already
        documented = self.spec.documented_statuses(op)
        name = op.operation_id
        if str(status) not in documented:
            if status in self.common_statuses:
                return []
            known = ", ".join(sorted(documented))
            message = f"status {status} is not documented (documented: {known})"
            return [Violation(name, "response", "", "status", message, status)]
        if not content:
            problems = self.spec.response_errors(op, status, None, empty=True)
            return [Violation(name, "response", "", "content", m, status) for m in problems]
        try:
            body = json.loads(content)
        except (UnicodeDecodeError, ValueError, RecursionError):
            return [Violation(name, "response", "", "json", "the body is not JSON", status)]
        return [
            Violation(name, "response", p.pointer, p.rule, masked(p.message, body), status)
            for p in self._problems(op, str(status), body)
        ]

    def check_recorded(self, exchange: dict[str, Any]) -> list[Violation]:
        """One line of a recording (auth fields were left out: they are put back as the
        client sends them before the request is checked)."""
        path = str(exchange.get("path", ""))
        body = exchange.get("request")
        op = self.operation(path)
        if isinstance(body, dict) and op is not None:
            body = {**body, "request": path, "nonce": 1}
        found = self.check_request(str(exchange.get("method", "POST")), path, body)
        status = exchange.get("status")
        if isinstance(status, int):
            response = exchange.get("response")
            content = b"" if response is None else json.dumps(response).encode()
            found += self.check_response(path, status, content)
        return found

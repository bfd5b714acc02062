"""What the client needs to know of each operation, derived from the spec it was generated from."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

READ_PREFIXES = ("get", "list")


@dataclass(frozen=True)
class OperationKinds:
    reads: frozenset[str]  # paths of operations that only read
    known: frozenset[str]  # every path in the spec
    # path -> (default, maximum) of the request's ``limit`` field, where the spec gives them
    limits: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)

    def is_read(self, path: str) -> bool:
        """Unknown paths count as money-moving: the safe side for retries."""
        return path in self.reads

    def page_limit(self, path: str) -> tuple[int | None, int | None]:
        return self.limits.get(path, (None, None))


@cache
def bundled_operation_kinds() -> OperationKinds:
    text = resources.files("whitebit_main_api").joinpath("openapi.json").read_text("utf-8")
    return operation_kinds(json.loads(text))


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {})
        node = target
    return node


def _limit_bounds(spec: dict[str, Any], op: dict[str, Any]) -> tuple[int | None, int | None]:
    body = _resolve(spec, op.get("requestBody")) or {}
    schema = _resolve(spec, (body.get("content") or {}).get("application/json", {}).get("schema"))
    limit = _resolve(spec, ((schema or {}).get("properties") or {}).get("limit")) or {}
    default, maximum = limit.get("default"), limit.get("maximum")
    return (
        default if isinstance(default, int) else None,
        maximum if isinstance(maximum, int) else None,
    )


def operation_kinds(spec: dict[str, Any]) -> OperationKinds:
    reads: set[str] = set()
    known: set[str] = set()
    limits: dict[str, tuple[int | None, int | None]] = {}
    paths = spec.get("paths")
    for path, item in (paths if isinstance(paths, dict) else {}).items():
        known.add(path)
        for op in (item or {}).values():
            if not isinstance(op, dict):
                continue
            op_id = op.get("operationId", "")
            if isinstance(op_id, str) and op_id.startswith(READ_PREFIXES):
                reads.add(path)
            limits[path] = _limit_bounds(spec, op)
    return OperationKinds(frozenset(reads), frozenset(known), limits)

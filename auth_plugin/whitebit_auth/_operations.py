"""Which operations are reads: derived from the spec the client was generated from."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

READ_PREFIXES = ("get", "list")


@dataclass(frozen=True)
class OperationKinds:
    reads: frozenset[str]  # paths of operations that only read
    known: frozenset[str]  # every path in the spec

    def is_read(self, path: str) -> bool:
        """Unknown paths count as money-moving: the safe side for retries."""
        return path in self.reads


@cache
def bundled_operation_kinds() -> OperationKinds:
    text = resources.files("whitebit_main_api").joinpath("openapi.json").read_text("utf-8")
    return operation_kinds(json.loads(text))


def operation_kinds(spec: dict[str, object]) -> OperationKinds:
    reads: set[str] = set()
    known: set[str] = set()
    paths = spec.get("paths")
    for path, item in (paths if isinstance(paths, dict) else {}).items():
        known.add(path)
        for op in (item or {}).values():
            op_id = op.get("operationId", "") if isinstance(op, dict) else ""
            if isinstance(op_id, str) and op_id.startswith(READ_PREFIXES):
                reads.add(path)
    return OperationKinds(frozenset(reads), frozenset(known))

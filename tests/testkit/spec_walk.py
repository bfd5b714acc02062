"""Test helpers that find operations and their generated modules by walking the spec."""

from __future__ import annotations

import importlib
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from whitebit_auth._operations import bundled_operation_kinds
from whitebit_auth.spec import operations
from whitebit_sandbox._answers import request_body, success_answer

from scripts.overlay import adjust
from scripts.settings import load_settings
from scripts.specfile import load_spec

ROOT = Path(__file__).resolve().parents[2]
VENDORED_SPEC = ROOT / "openapi" / "main_api_v4.yaml"


def vendored() -> dict[str, Any]:
    return load_spec(VENDORED_SPEC)


def adjusted() -> dict[str, Any]:
    return adjust(vendored(), load_settings())


@cache
def _vendored_once() -> dict[str, Any]:
    return vendored()


@dataclass(frozen=True)
class Operation:
    operation_id: str
    path: str
    method: str
    module: ModuleType
    spec: dict[str, Any]  # the operation in the adjusted spec (no auth fields)

    @property
    def body_class(self) -> Any:
        return typing.get_type_hints(self.module._get_kwargs)["body"]

    def request_example(self) -> dict[str, Any]:
        """A body the spec itself offers (its example, else one made from the schema)."""
        body = request_body(adjusted_once(), self.spec)
        assert isinstance(body, dict), self.operation_id
        return body

    def success_answer(self) -> tuple[int, Any]:
        """The success status and an answer body the vendored spec offers."""
        spec = _vendored_once()
        entry = bundled_operation_kinds().get(self.path)
        shape = entry.answer if entry is not None else None
        return success_answer(spec, spec["paths"][self.path][self.method], shape)


@cache
def adjusted_once() -> dict[str, Any]:
    return adjusted()


def spec_operations(spec: dict[str, Any] | None = None) -> Iterator[Operation]:
    index = bundled_operation_kinds()
    for path, method, op in operations(spec or adjusted_once()):
        entry = index.get(path)
        assert entry is not None, f"{path} is not in the generated index"
        module = importlib.import_module(entry.module)
        yield Operation(op["operationId"], path, method, module, op)

"""Test helpers that find operations and their generated modules by walking the spec."""

from __future__ import annotations

import importlib
import pkgutil
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import whitebit_main_api.api
from adjust_spec import adjust, load_spec, operations
from openapi_python_client.strings import snake_case

ROOT = Path(__file__).resolve().parent.parent
VENDORED_SPEC = ROOT / "openapi" / "main_api_v4.yaml"


def vendored() -> dict[str, Any]:
    return load_spec(VENDORED_SPEC)


def adjusted() -> dict[str, Any]:
    return adjust(vendored())


def _endpoint_modules() -> dict[str, ModuleType]:
    found: dict[str, ModuleType] = {}
    for info in pkgutil.walk_packages(whitebit_main_api.api.__path__, "whitebit_main_api.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_get_kwargs"):
            found[info.name.rsplit(".", 1)[1]] = module
    return found


@dataclass(frozen=True)
class Operation:
    operation_id: str
    path: str
    method: str
    module: ModuleType
    spec: dict[str, Any]

    @property
    def body_class(self) -> Any:
        return typing.get_type_hints(self.module._get_kwargs)["body"]

    def request_example(self) -> dict[str, Any]:
        """A body the spec itself offers (its request example), without auth fields."""
        media = self.spec["requestBody"]["content"]["application/json"]
        example = media.get("example")
        if example is None:
            example = next(iter(media.get("examples", {}).values()))["value"]
        assert isinstance(example, dict)
        return example


def spec_operations(spec: dict[str, Any] | None = None) -> Iterator[Operation]:
    modules = _endpoint_modules()
    for path, method, op in operations(spec or adjusted()):
        yield Operation(op["operationId"], path, method, modules[snake_case(op["operationId"])], op)

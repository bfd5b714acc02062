"""The operations the command line offers: the operation index and the spec the client shipped.

Read straight from the generated package's folder (``operations.json``, ``openapi.json``)
without importing it: importing ``whitebit_main_api`` or ``whitebit_auth`` brings httpx, which
alone costs more than ``whitebit --help`` may take. Names are made from the index by rule, so a
regenerated client brings its own commands.
"""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

PACKAGE = "whitebit_main_api"


@dataclass(frozen=True)
class Operation:
    """One entry of the operation index, as the command line uses it."""

    path: str
    operation_id: str
    tag: str
    kind: str  # read, money, state
    module: str
    body: str
    entry: dict[str, Any] = field(repr=False, compare=False)

    @property
    def command(self) -> str:
        return kebab(self.operation_id)

    @property
    def group(self) -> str:
        return tag_command(self.tag)

    @property
    def pages(self) -> dict[str, int]:
        pages = self.entry.get("pages")
        return pages if isinstance(pages, dict) else {}

    @property
    def spec_operation(self) -> dict[str, Any]:
        item = spec().get("paths", {}).get(self.path, {})
        op = item.get(str(self.entry.get("method", "POST")).lower())
        return op if isinstance(op, dict) else {}

    @property
    def summary(self) -> str:
        return str(self.spec_operation.get("summary") or self.operation_id)

    @property
    def description(self) -> str:
        return str(self.spec_operation.get("description") or "").strip()


def kebab(name: str) -> str:
    """``getMainBalance`` -> ``get-main-balance``; ``createSubAccountApiKeyIpAddress`` ->
    ``create-sub-account-api-key-ip-address``; snake_case and spaces the same way."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "-", name)
    return re.sub(r"[^a-z0-9]+", "-", spaced.lower()).strip("-")


def tag_command(tag: str) -> str:
    """``Crypto Lending - Flex`` -> ``crypto-lending-flex``; ``Sub-Account API Keys`` ->
    ``sub-account-api-keys``."""
    return re.sub(r"[^a-z0-9]+", "-", tag.lower()).strip("-") or "other"


def _package_file(name: str) -> Path:
    found = importlib.util.find_spec(PACKAGE)
    if found is None or not found.submodule_search_locations:
        raise RuntimeError(f"the generated client ({PACKAGE}) is not installed")
    for folder in found.submodule_search_locations:
        candidate = Path(folder) / name
        if candidate.is_file():
            return candidate
    raise RuntimeError(f"{PACKAGE} has no {name}: regenerate it (make generate)")


@cache
def operations() -> tuple[Operation, ...]:
    """Every operation of the index, in its order."""
    index = json.loads(_package_file("operations.json").read_text("utf-8"))
    return tuple(
        Operation(
            path=path,
            operation_id=str(entry["operationId"]),
            tag=str(entry.get("tag") or ""),
            kind=str(entry.get("kind", "money")),
            module=str(entry.get("module", "")),
            body=str(entry.get("body", "")),
            entry=entry,
        )
        for path, entry in index.items()
    )


@cache
def spec() -> dict[str, Any]:
    """The spec the client was generated from (the package ships it)."""
    loaded: dict[str, Any] = json.loads(_package_file("openapi.json").read_text("utf-8"))
    return loaded


def groups() -> dict[str, list[Operation]]:
    """Operations by tag command name, in the index's order."""
    found: dict[str, list[Operation]] = {}
    for op in operations():
        found.setdefault(op.group, []).append(op)
    return found


def find(name: str) -> Operation | None:
    """An operation by operationId (any case) or command name."""
    wanted = name.lower()
    for op in operations():
        if op.operation_id.lower() == wanted or op.command == wanted:
            return op
    return None

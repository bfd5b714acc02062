"""What the client knows of each operation: the index ``make generate`` wrote from the spec.

``whitebit_main_api/operations.json`` holds, by path: the operation's kind (read, money, state),
its page bounds, what its success answer must hold, its idempotency key and so on. Nothing
here restates an operation: a regenerated client brings its own index.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from importlib import resources
from typing import Any


class Kind(Enum):
    READ = "read"  # changes nothing: retried freely
    MONEY = "money"  # moves a balance: sent again only when it certainly did not run
    STATE = "state"  # creates or edits something: the same rule as money


@dataclass(frozen=True)
class Operation:
    path: str
    operation_id: str
    kind: Kind
    module: str = ""
    status: int = 200
    content: bool = True
    answer: dict[str, Any] = field(default_factory=dict)
    idempotency: str | None = None
    pages: dict[str, int] = field(default_factory=dict)
    server: str | None = None
    check: str | None = None
    lookup: dict[str, Any] | None = None  # how whitebit_auth.resolve finds out (config data)
    taken: str | None = None  # the answer to a repeat of the idempotency key
    request: dict[str, Any] | None = None  # the body's fields as the client checks them

    @property
    def is_read(self) -> bool:
        return self.kind is Kind.READ


@dataclass(frozen=True)
class OperationKinds:
    """The index, by path. A path it does not know counts as moving money: the safe side."""

    operations: dict[str, Operation]

    @property
    def known(self) -> frozenset[str]:
        return frozenset(self.operations)

    def get(self, path: str) -> Operation | None:
        return self.operations.get(path)

    def kind(self, path: str) -> Kind:
        op = self.operations.get(path)
        return op.kind if op is not None else Kind.MONEY

    def is_read(self, path: str) -> bool:
        return self.kind(path) is Kind.READ

    def page_limit(self, path: str) -> tuple[int | None, int | None]:
        pages = self.operations[path].pages if path in self.operations else {}
        return pages.get("default"), pages.get("maximum")


def operation_kinds(index: dict[str, dict[str, Any]]) -> OperationKinds:
    """The index as ``make generate`` writes it (``operations.json``), read into objects."""
    return OperationKinds(
        {
            path: Operation(
                path=path,
                operation_id=entry["operationId"],
                kind=Kind(entry["kind"]),
                module=entry.get("module", ""),
                status=entry.get("status", 200),
                content=entry.get("content", True),
                answer=entry.get("answer", {}),
                idempotency=entry.get("idempotency"),
                pages=entry.get("pages", {}),
                server=entry.get("server"),
                check=entry.get("check"),
                lookup=entry.get("lookup"),
                request=entry.get("request"),
                taken=entry.get("taken"),
            )
            for path, entry in index.items()
        }
    )


def operation_kind(path: str) -> Kind:
    """What the operation at ``path`` does: ``Kind.READ``, ``Kind.MONEY`` or ``Kind.STATE``
    (a path this client does not know counts as moving money)."""
    return bundled_operation_kinds().kind(path)


@cache
def bundled_operation_kinds() -> OperationKinds:
    text = resources.files("whitebit_main_api").joinpath("operations.json").read_text("utf-8")
    return operation_kinds(json.loads(text))


def _is_decimal(value: Any) -> bool:
    if isinstance(value, int) and not isinstance(value, bool):
        return True
    if not isinstance(value, str):
        return False
    try:
        return Decimal(value).is_finite()
    except InvalidOperation:
        return False


@dataclass(frozen=True)
class AnswerProblem:
    """What a success answer lacks: the text, and the field it is about (a JSON path such as
    ``data[0].invested``) when it is one field."""

    text: str
    field: str | None = None


def answer_problem(shape: dict[str, Any], value: Any, where: str = "") -> AnswerProblem | None:
    """Why a success answer lacks what the spec promises (None: it holds all of it).

    ``shape`` comes from the index: ``r`` fields every answer shows, ``d`` fields that hold
    decimal numbers, ``p`` per field, ``i`` array items, ``m`` map values.
    """
    if isinstance(value, dict):
        for name in shape.get("r", ()):
            if name not in value:
                return AnswerProblem(f"it lacks the field {where}{name!s}", f"{where}{name}")
        for name in shape.get("d", ()):
            if name in value and not _is_decimal(value[name]):
                return AnswerProblem(
                    f"its field {where}{name} is {value[name]!r}, not a decimal number",
                    f"{where}{name}",
                )
        for name, sub in shape.get("p", {}).items():
            if name in value and value[name] is not None:
                problem = answer_problem(sub, value[name], f"{where}{name}.")
                if problem:
                    return problem
        if "m" in shape:
            declared = set(shape.get("p", {}))
            for key, item in value.items():
                if key not in declared:
                    problem = answer_problem(shape["m"], item, f"{where}{key}.")
                    if problem:
                        return problem
    elif isinstance(value, list) and "i" in shape:
        for i, item in enumerate(value):
            problem = answer_problem(shape["i"], item, f"{where.rstrip('.')}[{i}].")
            if problem:
                return problem
    elif value is not None and ("r" in shape or "p" in shape):
        place = where.rstrip(".")
        return AnswerProblem(
            f"{place or 'the answer'} is a {type(value).__name__}, not an object", place or None
        )
    return None

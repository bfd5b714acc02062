"""What a handler gets: the world, the caller's account, the request's fields, and paging."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from ..domain.base import fmt, invalid
from ..domain.world import World

T = TypeVar("T")
MAX_WINDOW = 10_000  # offset + limit, for every paged list


@dataclass(frozen=True)
class Call:
    world: World
    account: str  # the caller's account (a sub-account's own key calls as the sub-account)
    body: dict[str, Any]  # the request's fields, the auth envelope removed
    page_defaults: tuple[int, int]  # (limit, offset) when the request names none

    def text(self, name: str) -> str | None:
        value = self.body.get(name)
        return value if isinstance(value, str) else None

    def page(self) -> tuple[int, int]:
        """(limit, offset): the request's, else the spec's defaults (the spec already checked
        their bounds)."""
        limit = self.body.get("limit", self.page_defaults[0])
        offset = self.body.get("offset", self.page_defaults[1])
        if limit + offset > MAX_WINDOW:
            raise invalid("offset", "Offset is too big. Please use offset + limit less than 10000.")
        return int(limit), int(offset)

    def window(self, items: Sequence[T], render: Callable[[T], Any]) -> list[Any]:
        limit, offset = self.page()
        return [render(item) for item in items[offset : offset + limit]]

    def paged(
        self, items: Sequence[T], render: Callable[[T], Any], key: str = "data"
    ) -> dict[str, Any]:
        """``{key: [...], "limit": ..., "offset": ...}``, the shape most lists answer."""
        limit, offset = self.page()
        return {key: self.window(items, render), "limit": limit, "offset": offset}


Handler = Callable[[Call], Any]


def amounts(values: Iterable[tuple[str, Decimal]]) -> dict[str, str]:
    return {name: fmt(value) for name, value in values}

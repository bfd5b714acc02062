"""Walk any limit/offset operation page by page, typed, without per-operation code.

    for investment in paginate(get_user_flex_investments, client=client,
                               body=GetUserFlexInvestmentsBody(ticker="USDT")):
        ...  # investment: FlexInvestment

An operation qualifies when its body model has ``limit`` and ``offset`` fields and its answer is
a list: bare, or a page model's ``page_items`` (its ``data`` or ``records``), the two ways
WhiteBIT pages. WhiteBIT gives no totals to go by, so a short page is the last.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any, Protocol, TypeVar, overload

import attrs

from ._errors import MalformedResponseError, UsageError
from ._operations import bundled_operation_kinds

DEFAULT_PAGE_SIZE = 100

_Body = TypeVar("_Body")
_BodyIn = TypeVar("_BodyIn", contravariant=True)
_Answer = TypeVar("_Answer", covariant=True)
_Item = TypeVar("_Item")


class Endpoint(Protocol[_BodyIn, _Answer]):
    """A generated endpoint module: its ``sync`` and ``asyncio`` return the success model."""

    def sync(self, *, client: Any, body: _BodyIn) -> _Answer: ...

    async def asyncio(self, *, client: Any, body: _BodyIn) -> _Answer: ...


class Page(Protocol[_Item]):
    """A page model: its items, as the generated ``page_items`` gives them."""

    @property
    def page_items(self) -> list[_Item]: ...


def unwrap(response: Any, path: str = "") -> Any:
    """The parsed success model of a generated ``Response``, or the typed error."""
    from ._errors import error_from_response

    status = int(response.status_code)
    if 200 <= status <= 299 and response.parsed is not None:
        return response.parsed
    raise error_from_response(status, response.content, path, response.headers)


def _check_pageable(body: Any) -> None:
    names = {a.name for a in attrs.fields(type(body))} if attrs.has(type(body)) else set()
    if not {"limit", "offset"} <= names:
        raise UsageError(
            f"{type(body).__name__} has no limit/offset fields: the operation is not paginated"
        )


def _items(page: Any, path: str) -> list[Any]:
    if isinstance(page, list):  # some operations answer a bare array
        return page
    items = getattr(page, "page_items", None)
    if isinstance(items, list):
        return items
    raise MalformedResponseError("the answer has no list of items", status=200, path=path)


def _path(endpoint: ModuleType) -> str:
    for path, op in bundled_operation_kinds().operations.items():
        if op.module == endpoint.__name__:
            return path
    raise UsageError(f"{endpoint.__name__} is not an operation of this client")


def _page_size(body: Any, path: str, page_size: int | None) -> int:
    """The caller's page size, else the body's ``limit``, else the spec's default; never more
    than the spec's maximum (the server would refuse it)."""
    default, maximum = bundled_operation_kinds().page_limit(path)
    if page_size is None:
        page_size = body.limit if isinstance(body.limit, int) else default or DEFAULT_PAGE_SIZE
    if page_size < 1:
        raise UsageError(f"page_size must be at least 1, got {page_size}")
    return min(page_size, maximum) if maximum is not None else page_size


class _Pager:
    """Where a walk stands: the next page's body, and whether a page was the last."""

    def __init__(self, endpoint: Any, body: Any, page_size: int | None) -> None:
        _check_pageable(body)
        self.body = body
        self.path = _path(endpoint)
        self.size = _page_size(body, self.path, page_size)
        self.offset: int = body.offset if isinstance(body.offset, int) else 0

    def page_body(self) -> Any:
        return attrs.evolve(self.body, limit=self.size, offset=self.offset)

    def more_after(self, got: int) -> bool:
        self.offset += got
        return got >= self.size


@overload
def paginate(
    endpoint: Endpoint[_Body, list[_Item]],
    *,
    client: Any,
    body: _Body,
    page_size: int | None = None,
) -> Iterator[_Item]: ...
@overload
def paginate(
    endpoint: Endpoint[_Body, Page[_Item]],
    *,
    client: Any,
    body: _Body,
    page_size: int | None = None,
) -> Iterator[_Item]: ...
def paginate(
    endpoint: Any, *, client: Any, body: Any, page_size: int | None = None
) -> Iterator[Any]:
    """Yield every item of a limit/offset operation, fetching page after page (sync).

    The page size is ``page_size``, else the body's own ``limit``, else the operation's
    default; it is capped at the maximum the spec gives.
    """
    pager = _Pager(endpoint, body, page_size)
    while True:
        items = _items(endpoint.sync(client=client, body=pager.page_body()), pager.path)
        yield from items
        if not pager.more_after(len(items)):
            return


@overload
def apaginate(
    endpoint: Endpoint[_Body, list[_Item]],
    *,
    client: Any,
    body: _Body,
    page_size: int | None = None,
) -> AsyncIterator[_Item]: ...
@overload
def apaginate(
    endpoint: Endpoint[_Body, Page[_Item]],
    *,
    client: Any,
    body: _Body,
    page_size: int | None = None,
) -> AsyncIterator[_Item]: ...
async def apaginate(
    endpoint: Any, *, client: Any, body: Any, page_size: int | None = None
) -> AsyncIterator[Any]:
    """Yield every item of a limit/offset operation, fetching page after page (async)."""
    pager = _Pager(endpoint, body, page_size)
    while True:
        page = await endpoint.asyncio(client=client, body=pager.page_body())
        items = _items(page, pager.path)
        for item in items:
            yield item
        if not pager.more_after(len(items)):
            return

"""Walk any limit/offset operation page by page, without per-operation code.

    for investment in paginate(get_user_flex_investments, client=client,
                               body=GetUserFlexInvestmentsBody(ticker="USDT")):
        ...

An operation qualifies when its body model has ``limit`` and ``offset`` fields and it answers a
list, bare or as ``data``: the two ways WhiteBIT pages.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

import attrs

from ._errors import ApiError, error_from_response

DEFAULT_PAGE_SIZE = 100


def _check_pageable(body: Any) -> None:
    names = {a.name for a in attrs.fields(type(body))} if attrs.has(type(body)) else set()
    if not {"limit", "offset"} <= names:
        raise TypeError(
            f"{type(body).__name__} has no limit/offset fields: the operation is not paginated"
        )


def unwrap(response: Any, path: str = "") -> Any:
    """The parsed success model of a generated ``Response``, or the typed error."""
    status = int(response.status_code)
    if 200 <= status <= 299 and response.parsed is not None:
        return response.parsed
    raise error_from_response(status, response.content, path, response.headers)


def _items(page: Any, path: str) -> list[Any]:
    if isinstance(page, list):  # some operations answer a bare array
        return page
    data = getattr(page, "data", None)
    if not isinstance(data, list):
        raise ApiError("page has no data list", status=200, path=path, body=None)
    return data


def _page_body(body: Any, page_size: int, offset: int) -> Any:
    return attrs.evolve(body, limit=page_size, offset=offset)


def paginate(
    endpoint: ModuleType, *, client: Any, body: Any, page_size: int = DEFAULT_PAGE_SIZE
) -> Iterator[Any]:
    """Yield every item of a limit/offset operation, fetching page after page (sync)."""
    _check_pageable(body)
    offset = body.offset if isinstance(body.offset, int) else 0
    while True:
        page_body = _page_body(body, page_size, offset)
        path = endpoint._get_kwargs(body=page_body)["url"]
        items = _items(unwrap(endpoint.sync_detailed(client=client, body=page_body), path), path)
        yield from items
        if len(items) < page_size:
            return
        offset += len(items)


async def apaginate(
    endpoint: ModuleType, *, client: Any, body: Any, page_size: int = DEFAULT_PAGE_SIZE
) -> AsyncIterator[Any]:
    """Yield every item of a limit/offset operation, fetching page after page (async)."""
    _check_pageable(body)
    offset = body.offset if isinstance(body.offset, int) else 0
    while True:
        page_body = _page_body(body, page_size, offset)
        path = endpoint._get_kwargs(body=page_body)["url"]
        response = await endpoint.asyncio_detailed(client=client, body=page_body)
        items = _items(unwrap(response, path), path)
        for item in items:
            yield item
        if len(items) < page_size:
            return
        offset += len(items)

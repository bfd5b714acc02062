from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fee_info import FeeInfo
from ...models.get_fees_body import GetFeesBody
from ...types import Response


def _get_kwargs(
    *,
    body: GetFeesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/fee",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[FeeInfo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FeeInfo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parsed(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[FeeInfo] | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[FeeInfo]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFeesBody,
) -> Response[list[FeeInfo]]:
    """Fees

     Deposit and withdrawal fees and limits of every currency. A zero amount means that
    setting is off.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetFeesBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[list[FeeInfo]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetFeesBody,
) -> list[FeeInfo]:
    """Fees

     Deposit and withdrawal fees and limits of every currency. A zero amount means that
    setting is off.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetFeesBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        list[FeeInfo]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 200:
        return cast(list[FeeInfo], _parsed(client=client, response=response))
    client.raise_for_answer(
        _build_response(client=client, response=response), "/api/v4/main-account/fee"
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFeesBody,
) -> Response[list[FeeInfo]]:
    """Fees

     Deposit and withdrawal fees and limits of every currency. A zero amount means that
    setting is off.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetFeesBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[list[FeeInfo]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetFeesBody,
) -> list[FeeInfo]:
    """Fees

     Deposit and withdrawal fees and limits of every currency. A zero amount means that
    setting is off.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetFeesBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        list[FeeInfo]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 200:
        return cast(list[FeeInfo], _parsed(client=client, response=response))
    client.raise_for_answer(
        _build_response(client=client, response=response), "/api/v4/main-account/fee"
    )

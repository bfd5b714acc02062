from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.error_inner import ErrorInner
from ...models.get_deposit_withdraw_history_body import GetDepositWithdrawHistoryBody
from ...models.get_deposit_withdraw_history_response_201 import (
    GetDepositWithdrawHistoryResponse201,
)
from ...types import Response


def _get_kwargs(
    *,
    body: GetDepositWithdrawHistoryBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/history",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ErrorInner | GetDepositWithdrawHistoryResponse201 | None:
    if response.status_code == 201:
        response_201 = GetDepositWithdrawHistoryResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = ErrorInner.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parsed(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ErrorInner | GetDepositWithdrawHistoryResponse201 | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ErrorInner | GetDepositWithdrawHistoryResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetDepositWithdrawHistoryBody,
) -> Response[Error | ErrorInner | GetDepositWithdrawHistoryResponse201]:
    """Deposit and withdrawal history

     The account's deposits and withdrawals, newest first, with filters. Status codes:
    deposits - 3, 7 successful; 4, 9 canceled; 5 unconfirmed by the user; 15 pending;
    21 AML frozen; 22 uncredited; 27 awaiting travel-rule data; 28 travel-rule check in
    progress. Withdrawals - 1, 2, 6, 10-17 pending; 3, 7 successful; 4 canceled;
    5 unconfirmed by the user; 18 partly successful; 21 AML frozen.
    offset + limit must not exceed 10000.

    Rate limit: 200 requests / 10 s. Not cached.

    Args:
        body (GetDepositWithdrawHistoryBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Error | ErrorInner | GetDepositWithdrawHistoryResponse201]
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
    body: GetDepositWithdrawHistoryBody,
) -> GetDepositWithdrawHistoryResponse201:
    """Deposit and withdrawal history

     The account's deposits and withdrawals, newest first, with filters. Status codes:
    deposits - 3, 7 successful; 4, 9 canceled; 5 unconfirmed by the user; 15 pending;
    21 AML frozen; 22 uncredited; 27 awaiting travel-rule data; 28 travel-rule check in
    progress. Withdrawals - 1, 2, 6, 10-17 pending; 3, 7 successful; 4 canceled;
    5 unconfirmed by the user; 18 partly successful; 21 AML frozen.
    offset + limit must not exceed 10000.

    Rate limit: 200 requests / 10 s. Not cached.

    Args:
        body (GetDepositWithdrawHistoryBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        GetDepositWithdrawHistoryResponse201
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 201:
        return cast(
            GetDepositWithdrawHistoryResponse201,
            _parsed(client=client, response=response),
        )
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/history",
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetDepositWithdrawHistoryBody,
) -> Response[Error | ErrorInner | GetDepositWithdrawHistoryResponse201]:
    """Deposit and withdrawal history

     The account's deposits and withdrawals, newest first, with filters. Status codes:
    deposits - 3, 7 successful; 4, 9 canceled; 5 unconfirmed by the user; 15 pending;
    21 AML frozen; 22 uncredited; 27 awaiting travel-rule data; 28 travel-rule check in
    progress. Withdrawals - 1, 2, 6, 10-17 pending; 3, 7 successful; 4 canceled;
    5 unconfirmed by the user; 18 partly successful; 21 AML frozen.
    offset + limit must not exceed 10000.

    Rate limit: 200 requests / 10 s. Not cached.

    Args:
        body (GetDepositWithdrawHistoryBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Error | ErrorInner | GetDepositWithdrawHistoryResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetDepositWithdrawHistoryBody,
) -> GetDepositWithdrawHistoryResponse201:
    """Deposit and withdrawal history

     The account's deposits and withdrawals, newest first, with filters. Status codes:
    deposits - 3, 7 successful; 4, 9 canceled; 5 unconfirmed by the user; 15 pending;
    21 AML frozen; 22 uncredited; 27 awaiting travel-rule data; 28 travel-rule check in
    progress. Withdrawals - 1, 2, 6, 10-17 pending; 3, 7 successful; 4 canceled;
    5 unconfirmed by the user; 18 partly successful; 21 AML frozen.
    offset + limit must not exceed 10000.

    Rate limit: 200 requests / 10 s. Not cached.

    Args:
        body (GetDepositWithdrawHistoryBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        GetDepositWithdrawHistoryResponse201
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 201:
        return cast(
            GetDepositWithdrawHistoryResponse201,
            _parsed(client=client, response=response),
        )
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/history",
    )

from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.refund_deposit_body import RefundDepositBody
from ...models.refund_deposit_response_200 import RefundDepositResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: RefundDepositBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/refund-deposit",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RefundDepositResponse200 | None:
    if response.status_code == 200:
        response_200 = RefundDepositResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parsed(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RefundDepositResponse200 | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RefundDepositResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefundDepositBody,
) -> Response[Error | RefundDepositResponse200]:
    """Refund a canceled deposit

     Sends a canceled deposit back on chain, to an address of the same network and asset
    outside WhiteBIT. The refund runs asynchronously.

    Rate limit: 1000 requests / 10 s. Not cached.

    Error bodies the reference shows in its description (the status is not always stated):
    - `{"code":0,"message":"Transaction not refundable"}`
    - `{"code":0,"message":"Validation failed","errors":{"transactionId":["The transaction id field is
    required."],"address":["The address field is required."]}}`

    Args:
        body (RefundDepositBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Error | RefundDepositResponse200]
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
    body: RefundDepositBody,
) -> RefundDepositResponse200:
    """Refund a canceled deposit

     Sends a canceled deposit back on chain, to an address of the same network and asset
    outside WhiteBIT. The refund runs asynchronously.

    Rate limit: 1000 requests / 10 s. Not cached.

    Error bodies the reference shows in its description (the status is not always stated):
    - `{"code":0,"message":"Transaction not refundable"}`
    - `{"code":0,"message":"Validation failed","errors":{"transactionId":["The transaction id field is
    required."],"address":["The address field is required."]}}`

    Args:
        body (RefundDepositBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        RefundDepositResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 200:
        return cast(RefundDepositResponse200, _parsed(client=client, response=response))
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/refund-deposit",
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefundDepositBody,
) -> Response[Error | RefundDepositResponse200]:
    """Refund a canceled deposit

     Sends a canceled deposit back on chain, to an address of the same network and asset
    outside WhiteBIT. The refund runs asynchronously.

    Rate limit: 1000 requests / 10 s. Not cached.

    Error bodies the reference shows in its description (the status is not always stated):
    - `{"code":0,"message":"Transaction not refundable"}`
    - `{"code":0,"message":"Validation failed","errors":{"transactionId":["The transaction id field is
    required."],"address":["The address field is required."]}}`

    Args:
        body (RefundDepositBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Error | RefundDepositResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RefundDepositBody,
) -> RefundDepositResponse200:
    """Refund a canceled deposit

     Sends a canceled deposit back on chain, to an address of the same network and asset
    outside WhiteBIT. The refund runs asynchronously.

    Rate limit: 1000 requests / 10 s. Not cached.

    Error bodies the reference shows in its description (the status is not always stated):
    - `{"code":0,"message":"Transaction not refundable"}`
    - `{"code":0,"message":"Validation failed","errors":{"transactionId":["The transaction id field is
    required."],"address":["The address field is required."]}}`

    Args:
        body (RefundDepositBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        RefundDepositResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 200:
        return cast(RefundDepositResponse200, _parsed(client=client, response=response))
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/refund-deposit",
    )

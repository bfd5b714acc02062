from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_deposit_address_body import GetDepositAddressBody
from ...models.get_deposit_address_response_200 import GetDepositAddressResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: GetDepositAddressBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/address",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | GetDepositAddressResponse200 | None:
    if response.status_code == 200:
        response_200 = GetDepositAddressResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 503:
        response_503 = cast(Any, None)
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parsed(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | GetDepositAddressResponse200 | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | GetDepositAddressResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetDepositAddressBody,
) -> Response[Any | Error | GetDepositAddressResponse200]:
    """Deposit address

     The account's deposit address for a crypto currency (and network, where the currency
    has several), with the deposit fees and limits that apply to it.

    Rate limit: 1000 requests / 10 s. Not cached.

    Error bodies the reference shows in its description (the status is not always stated):
    - `{"code":0,"message":"Validation failed","errors":{"ticker":["The selected ticker is invalid."]}}`
    - `{"code":0,"message":"Validation failed","errors":{"network":["The selected network is
    invalid."]}}`
    - `{"code":1,"message":"Inner validation failed","errors":{"ticker":["Currency is not
    depositable"]}}`

    Args:
        body (GetDepositAddressBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Any | Error | GetDepositAddressResponse200]
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
    body: GetDepositAddressBody,
) -> GetDepositAddressResponse200:
    """Deposit address

     The account's deposit address for a crypto currency (and network, where the currency
    has several), with the deposit fees and limits that apply to it.

    Rate limit: 1000 requests / 10 s. Not cached.

    Error bodies the reference shows in its description (the status is not always stated):
    - `{"code":0,"message":"Validation failed","errors":{"ticker":["The selected ticker is invalid."]}}`
    - `{"code":0,"message":"Validation failed","errors":{"network":["The selected network is
    invalid."]}}`
    - `{"code":1,"message":"Inner validation failed","errors":{"ticker":["Currency is not
    depositable"]}}`

    Args:
        body (GetDepositAddressBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        GetDepositAddressResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 200:
        return cast(
            GetDepositAddressResponse200, _parsed(client=client, response=response)
        )
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/address",
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetDepositAddressBody,
) -> Response[Any | Error | GetDepositAddressResponse200]:
    """Deposit address

     The account's deposit address for a crypto currency (and network, where the currency
    has several), with the deposit fees and limits that apply to it.

    Rate limit: 1000 requests / 10 s. Not cached.

    Error bodies the reference shows in its description (the status is not always stated):
    - `{"code":0,"message":"Validation failed","errors":{"ticker":["The selected ticker is invalid."]}}`
    - `{"code":0,"message":"Validation failed","errors":{"network":["The selected network is
    invalid."]}}`
    - `{"code":1,"message":"Inner validation failed","errors":{"ticker":["Currency is not
    depositable"]}}`

    Args:
        body (GetDepositAddressBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Any | Error | GetDepositAddressResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetDepositAddressBody,
) -> GetDepositAddressResponse200:
    """Deposit address

     The account's deposit address for a crypto currency (and network, where the currency
    has several), with the deposit fees and limits that apply to it.

    Rate limit: 1000 requests / 10 s. Not cached.

    Error bodies the reference shows in its description (the status is not always stated):
    - `{"code":0,"message":"Validation failed","errors":{"ticker":["The selected ticker is invalid."]}}`
    - `{"code":0,"message":"Validation failed","errors":{"network":["The selected network is
    invalid."]}}`
    - `{"code":1,"message":"Inner validation failed","errors":{"ticker":["Currency is not
    depositable"]}}`

    Args:
        body (GetDepositAddressBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        GetDepositAddressResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 200:
        return cast(
            GetDepositAddressResponse200, _parsed(client=client, response=response)
        )
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/address",
    )

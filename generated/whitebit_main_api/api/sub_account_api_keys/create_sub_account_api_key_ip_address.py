from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_sub_account_api_key_ip_address_body import (
    CreateSubAccountApiKeyIpAddressBody,
)
from ...models.create_sub_account_api_key_ip_address_response_201 import (
    CreateSubAccountApiKeyIpAddressResponse201,
)
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSubAccountApiKeyIpAddressBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/api-key/ip-address/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateSubAccountApiKeyIpAddressResponse201 | Error | None:
    if response.status_code == 201:
        response_201 = CreateSubAccountApiKeyIpAddressResponse201.from_dict(
            response.json()
        )

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parsed(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateSubAccountApiKeyIpAddressResponse201 | Error | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateSubAccountApiKeyIpAddressResponse201 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubAccountApiKeyIpAddressBody,
) -> Response[CreateSubAccountApiKeyIpAddressResponse201 | Error]:
    """Allow an IP address

     Adds an IP address to a key's allow-list (at most 50).

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (CreateSubAccountApiKeyIpAddressBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[CreateSubAccountApiKeyIpAddressResponse201 | Error]
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
    body: CreateSubAccountApiKeyIpAddressBody,
) -> CreateSubAccountApiKeyIpAddressResponse201:
    """Allow an IP address

     Adds an IP address to a key's allow-list (at most 50).

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (CreateSubAccountApiKeyIpAddressBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        CreateSubAccountApiKeyIpAddressResponse201
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 201:
        return cast(
            CreateSubAccountApiKeyIpAddressResponse201,
            _parsed(client=client, response=response),
        )
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/sub-account/api-key/ip-address/create",
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubAccountApiKeyIpAddressBody,
) -> Response[CreateSubAccountApiKeyIpAddressResponse201 | Error]:
    """Allow an IP address

     Adds an IP address to a key's allow-list (at most 50).

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (CreateSubAccountApiKeyIpAddressBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[CreateSubAccountApiKeyIpAddressResponse201 | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubAccountApiKeyIpAddressBody,
) -> CreateSubAccountApiKeyIpAddressResponse201:
    """Allow an IP address

     Adds an IP address to a key's allow-list (at most 50).

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (CreateSubAccountApiKeyIpAddressBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        CreateSubAccountApiKeyIpAddressResponse201
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 201:
        return cast(
            CreateSubAccountApiKeyIpAddressResponse201,
            _parsed(client=client, response=response),
        )
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/sub-account/api-key/ip-address/create",
    )

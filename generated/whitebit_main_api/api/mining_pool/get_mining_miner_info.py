from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_mining_miner_info_body import GetMiningMinerInfoBody
from ...models.get_mining_miner_info_response_200 import GetMiningMinerInfoResponse200
from ...models.get_mining_miner_info_response_400 import GetMiningMinerInfoResponse400
from ...types import Response


def _get_kwargs(
    *,
    body: GetMiningMinerInfoBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/mining/miners/info",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMiningMinerInfoResponse200 | GetMiningMinerInfoResponse400 | None:
    if response.status_code == 200:
        response_200 = GetMiningMinerInfoResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetMiningMinerInfoResponse400.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parsed(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMiningMinerInfoResponse200 | GetMiningMinerInfoResponse400 | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetMiningMinerInfoResponse200 | GetMiningMinerInfoResponse400]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMiningMinerInfoBody,
) -> Response[GetMiningMinerInfoResponse200 | GetMiningMinerInfoResponse400]:
    """Miner information

     A mining account's pool fee, worker counts and stratum endpoints.

    Rate limit: 1000 requests / 10 s.

    Args:
        body (GetMiningMinerInfoBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[GetMiningMinerInfoResponse200 | GetMiningMinerInfoResponse400]
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
    body: GetMiningMinerInfoBody,
) -> GetMiningMinerInfoResponse200:
    """Miner information

     A mining account's pool fee, worker counts and stratum endpoints.

    Rate limit: 1000 requests / 10 s.

    Args:
        body (GetMiningMinerInfoBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        GetMiningMinerInfoResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 200:
        return cast(
            GetMiningMinerInfoResponse200, _parsed(client=client, response=response)
        )
    client.raise_for_answer(
        _build_response(client=client, response=response), "/api/v4/mining/miners/info"
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMiningMinerInfoBody,
) -> Response[GetMiningMinerInfoResponse200 | GetMiningMinerInfoResponse400]:
    """Miner information

     A mining account's pool fee, worker counts and stratum endpoints.

    Rate limit: 1000 requests / 10 s.

    Args:
        body (GetMiningMinerInfoBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[GetMiningMinerInfoResponse200 | GetMiningMinerInfoResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetMiningMinerInfoBody,
) -> GetMiningMinerInfoResponse200:
    """Miner information

     A mining account's pool fee, worker counts and stratum endpoints.

    Rate limit: 1000 requests / 10 s.

    Args:
        body (GetMiningMinerInfoBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        GetMiningMinerInfoResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 200:
        return cast(
            GetMiningMinerInfoResponse200, _parsed(client=client, response=response)
        )
    client.raise_for_answer(
        _build_response(client=client, response=response), "/api/v4/mining/miners/info"
    )

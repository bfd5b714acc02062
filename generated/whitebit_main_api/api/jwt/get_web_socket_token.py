from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_web_socket_token_body import GetWebSocketTokenBody
from ...models.get_web_socket_token_response_200 import GetWebSocketTokenResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: GetWebSocketTokenBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/profile/websocket_token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetWebSocketTokenResponse200 | None:
    if response.status_code == 200:
        response_200 = GetWebSocketTokenResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parsed(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetWebSocketTokenResponse200 | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetWebSocketTokenResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetWebSocketTokenBody,
) -> Response[Any | GetWebSocketTokenResponse200]:
    """WebSocket token

     The token that authorises the private WebSocket API.

    Rate limit: 10 requests / 60 s. Not cached.

    Error bodies the reference shows in its description (the status is not always stated):
    - `{"code":30,"message":"Validation failed","errors":{"user":["user not found"]}}`

    Args:
        body (GetWebSocketTokenBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Any | GetWebSocketTokenResponse200]
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
    body: GetWebSocketTokenBody,
) -> GetWebSocketTokenResponse200:
    """WebSocket token

     The token that authorises the private WebSocket API.

    Rate limit: 10 requests / 60 s. Not cached.

    Error bodies the reference shows in its description (the status is not always stated):
    - `{"code":30,"message":"Validation failed","errors":{"user":["user not found"]}}`

    Args:
        body (GetWebSocketTokenBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        GetWebSocketTokenResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 200:
        return cast(
            GetWebSocketTokenResponse200, _parsed(client=client, response=response)
        )
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/profile/websocket_token",
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetWebSocketTokenBody,
) -> Response[Any | GetWebSocketTokenResponse200]:
    """WebSocket token

     The token that authorises the private WebSocket API.

    Rate limit: 10 requests / 60 s. Not cached.

    Error bodies the reference shows in its description (the status is not always stated):
    - `{"code":30,"message":"Validation failed","errors":{"user":["user not found"]}}`

    Args:
        body (GetWebSocketTokenBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Any | GetWebSocketTokenResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetWebSocketTokenBody,
) -> GetWebSocketTokenResponse200:
    """WebSocket token

     The token that authorises the private WebSocket API.

    Rate limit: 10 requests / 60 s. Not cached.

    Error bodies the reference shows in its description (the status is not always stated):
    - `{"code":30,"message":"Validation failed","errors":{"user":["user not found"]}}`

    Args:
        body (GetWebSocketTokenBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        GetWebSocketTokenResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 200:
        return cast(
            GetWebSocketTokenResponse200, _parsed(client=client, response=response)
        )
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/profile/websocket_token",
    )

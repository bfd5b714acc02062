from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apply_code_body import ApplyCodeBody
from ...models.apply_code_response_201 import ApplyCodeResponse201
from ...models.error import Error
from ...models.error_inner import ErrorInner
from ...types import Response


def _get_kwargs(
    *,
    body: ApplyCodeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/codes/apply",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplyCodeResponse201 | Error | ErrorInner | None:
    if response.status_code == 201:
        response_201 = ApplyCodeResponse201.from_dict(response.json())

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
) -> ApplyCodeResponse201 | Error | ErrorInner | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApplyCodeResponse201 | Error | ErrorInner]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplyCodeBody,
) -> Response[ApplyCodeResponse201 | Error | ErrorInner]:
    """Apply a code

     Credits a code's value to the main balance. A code applies once, and not to the
    account that created it.

    Rate limit: 60 requests / 1 s. Not cached.

    Args:
        body (ApplyCodeBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[ApplyCodeResponse201 | Error | ErrorInner]
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
    body: ApplyCodeBody,
) -> ApplyCodeResponse201:
    """Apply a code

     Credits a code's value to the main balance. A code applies once, and not to the
    account that created it.

    Rate limit: 60 requests / 1 s. Not cached.

    Args:
        body (ApplyCodeBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        ApplyCodeResponse201
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 201:
        return cast(ApplyCodeResponse201, _parsed(client=client, response=response))
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/codes/apply",
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplyCodeBody,
) -> Response[ApplyCodeResponse201 | Error | ErrorInner]:
    """Apply a code

     Credits a code's value to the main balance. A code applies once, and not to the
    account that created it.

    Rate limit: 60 requests / 1 s. Not cached.

    Args:
        body (ApplyCodeBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[ApplyCodeResponse201 | Error | ErrorInner]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ApplyCodeBody,
) -> ApplyCodeResponse201:
    """Apply a code

     Credits a code's value to the main balance. A code applies once, and not to the
    account that created it.

    Rate limit: 60 requests / 1 s. Not cached.

    Args:
        body (ApplyCodeBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        ApplyCodeResponse201
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 201:
        return cast(ApplyCodeResponse201, _parsed(client=client, response=response))
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/codes/apply",
    )

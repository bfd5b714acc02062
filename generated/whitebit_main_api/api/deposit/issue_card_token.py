from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_inner import ErrorInner
from ...models.issue_card_token_body import IssueCardTokenBody
from ...types import Response


def _get_kwargs(
    *,
    body: IssueCardTokenBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/card-token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorInner | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 422:
        response_422 = ErrorInner.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parsed(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorInner | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorInner]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IssueCardTokenBody,
) -> Response[Any | ErrorInner]:
    """Card token

     Turns a card number into a token that fiat withdrawals take instead of the number.
    Served by the Fiat Gateway (https://fgw.whitebit.com) and authorised by the JWT from
    issueJwtToken in the Authorization header.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (IssueCardTokenBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Any | ErrorInner]
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
    body: IssueCardTokenBody,
) -> Any:
    """Card token

     Turns a card number into a token that fiat withdrawals take instead of the number.
    Served by the Fiat Gateway (https://fgw.whitebit.com) and authorised by the JWT from
    issueJwtToken in the Authorization header.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (IssueCardTokenBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        Any
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 201:
        return cast(Any, _parsed(client=client, response=response))
    client.raise_for_answer(
        _build_response(client=client, response=response), "/api/card-token"
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IssueCardTokenBody,
) -> Response[Any | ErrorInner]:
    """Card token

     Turns a card number into a token that fiat withdrawals take instead of the number.
    Served by the Fiat Gateway (https://fgw.whitebit.com) and authorised by the JWT from
    issueJwtToken in the Authorization header.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (IssueCardTokenBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Any | ErrorInner]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IssueCardTokenBody,
) -> Any:
    """Card token

     Turns a card number into a token that fiat withdrawals take instead of the number.
    Served by the Fiat Gateway (https://fgw.whitebit.com) and authorised by the JWT from
    issueJwtToken in the Authorization header.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (IssueCardTokenBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        Any
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 201:
        return cast(Any, _parsed(client=client, response=response))
    client.raise_for_answer(
        _build_response(client=client, response=response), "/api/card-token"
    )

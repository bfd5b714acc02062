from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.issue_jwt_token_body import IssueJwtTokenBody
from ...models.issue_jwt_token_response_200 import IssueJwtTokenResponse200
from ...models.issue_jwt_token_response_400 import IssueJwtTokenResponse400
from ...models.issue_jwt_token_response_401 import IssueJwtTokenResponse401
from ...models.issue_jwt_token_response_500 import IssueJwtTokenResponse500
from ...types import Response


def _get_kwargs(
    *,
    body: IssueJwtTokenBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/jwt",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    IssueJwtTokenResponse200
    | IssueJwtTokenResponse400
    | IssueJwtTokenResponse401
    | IssueJwtTokenResponse500
    | None
):
    if response.status_code == 200:
        response_200 = IssueJwtTokenResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = IssueJwtTokenResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = IssueJwtTokenResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = IssueJwtTokenResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parsed(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    IssueJwtTokenResponse200
    | IssueJwtTokenResponse400
    | IssueJwtTokenResponse401
    | IssueJwtTokenResponse500
    | None
):
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    IssueJwtTokenResponse200
    | IssueJwtTokenResponse400
    | IssueJwtTokenResponse401
    | IssueJwtTokenResponse500
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IssueJwtTokenBody,
) -> Response[
    IssueJwtTokenResponse200
    | IssueJwtTokenResponse400
    | IssueJwtTokenResponse401
    | IssueJwtTokenResponse500
]:
    """JWT for the Fiat Gateway

     Issues a new JWT that authorises calls to the Fiat Gateway (issueCardToken). Not cached:
    every call issues another.

    Args:
        body (IssueJwtTokenBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[IssueJwtTokenResponse200 | IssueJwtTokenResponse400 | IssueJwtTokenResponse401 | IssueJwtTokenResponse500]
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
    body: IssueJwtTokenBody,
) -> IssueJwtTokenResponse200:
    """JWT for the Fiat Gateway

     Issues a new JWT that authorises calls to the Fiat Gateway (issueCardToken). Not cached:
    every call issues another.

    Args:
        body (IssueJwtTokenBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        IssueJwtTokenResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 200:
        return cast(IssueJwtTokenResponse200, _parsed(client=client, response=response))
    client.raise_for_answer(
        _build_response(client=client, response=response), "/api/v4/jwt"
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IssueJwtTokenBody,
) -> Response[
    IssueJwtTokenResponse200
    | IssueJwtTokenResponse400
    | IssueJwtTokenResponse401
    | IssueJwtTokenResponse500
]:
    """JWT for the Fiat Gateway

     Issues a new JWT that authorises calls to the Fiat Gateway (issueCardToken). Not cached:
    every call issues another.

    Args:
        body (IssueJwtTokenBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[IssueJwtTokenResponse200 | IssueJwtTokenResponse400 | IssueJwtTokenResponse401 | IssueJwtTokenResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IssueJwtTokenBody,
) -> IssueJwtTokenResponse200:
    """JWT for the Fiat Gateway

     Issues a new JWT that authorises calls to the Fiat Gateway (issueCardToken). Not cached:
    every call issues another.

    Args:
        body (IssueJwtTokenBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        IssueJwtTokenResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 200:
        return cast(IssueJwtTokenResponse200, _parsed(client=client, response=response))
    client.raise_for_answer(
        _build_response(client=client, response=response), "/api/v4/jwt"
    )

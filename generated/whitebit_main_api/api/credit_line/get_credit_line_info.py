from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_line import CreditLine
from ...models.get_credit_line_info_body import GetCreditLineInfoBody
from ...models.get_credit_line_info_response_400 import GetCreditLineInfoResponse400
from ...models.get_credit_line_info_response_404 import GetCreditLineInfoResponse404
from ...types import Response


def _get_kwargs(
    *,
    body: GetCreditLineInfoBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/credit-line/loans/info",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditLine | GetCreditLineInfoResponse400 | GetCreditLineInfoResponse404 | None:
    if response.status_code == 200:
        response_200 = CreditLine.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetCreditLineInfoResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = GetCreditLineInfoResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parsed(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditLine | GetCreditLineInfoResponse400 | GetCreditLineInfoResponse404 | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditLine | GetCreditLineInfoResponse400 | GetCreditLineInfoResponse404]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetCreditLineInfoBody,
) -> Response[CreditLine | GetCreditLineInfoResponse400 | GetCreditLineInfoResponse404]:
    """Credit line loan

     The account's active credit-line loan. Enabled by WhiteBIT support; without it, 404.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetCreditLineInfoBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[CreditLine | GetCreditLineInfoResponse400 | GetCreditLineInfoResponse404]
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
    body: GetCreditLineInfoBody,
) -> CreditLine:
    """Credit line loan

     The account's active credit-line loan. Enabled by WhiteBIT support; without it, 404.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetCreditLineInfoBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        CreditLine
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 200:
        return cast(CreditLine, _parsed(client=client, response=response))
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/credit-line/loans/info",
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetCreditLineInfoBody,
) -> Response[CreditLine | GetCreditLineInfoResponse400 | GetCreditLineInfoResponse404]:
    """Credit line loan

     The account's active credit-line loan. Enabled by WhiteBIT support; without it, 404.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetCreditLineInfoBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[CreditLine | GetCreditLineInfoResponse400 | GetCreditLineInfoResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetCreditLineInfoBody,
) -> CreditLine:
    """Credit line loan

     The account's active credit-line loan. Enabled by WhiteBIT support; without it, 404.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetCreditLineInfoBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        CreditLine
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 200:
        return cast(CreditLine, _parsed(client=client, response=response))
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/credit-line/loans/info",
    )

from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_express_withdraw_token_body import CreateExpressWithdrawTokenBody
from ...models.create_express_withdraw_token_response_201 import (
    CreateExpressWithdrawTokenResponse201,
)
from ...models.error_inner import ErrorInner
from ...types import Response


def _get_kwargs(
    *,
    body: CreateExpressWithdrawTokenBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/express-withdraw/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateExpressWithdrawTokenResponse201 | ErrorInner | None:
    if response.status_code == 201:
        response_201 = CreateExpressWithdrawTokenResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 422:
        response_422 = ErrorInner.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parsed(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateExpressWithdrawTokenResponse201 | ErrorInner | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CreateExpressWithdrawTokenResponse201 | ErrorInner]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExpressWithdrawTokenBody,
) -> Response[Any | CreateExpressWithdrawTokenResponse201 | ErrorInner]:
    """Express withdraw token

     Creates a single-use payment link: the paying WhiteBIT user confirms it on WhiteBIT's
    page, and the amount then moves at once, without a fee, from their main balance to
    yours. The token expires 90 s after creation. The externalId makes it idempotent:
    the same externalId, ticker and amount while the token is valid give the same token.
    Codes: 18 - a pending externalId sent with another ticker or amount; 19 - the
    externalId was already paid; 191 - above the cap of 10,000 USDT-equivalent.

    Args:
        body (CreateExpressWithdrawTokenBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Any | CreateExpressWithdrawTokenResponse201 | ErrorInner]
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
    body: CreateExpressWithdrawTokenBody,
) -> CreateExpressWithdrawTokenResponse201:
    """Express withdraw token

     Creates a single-use payment link: the paying WhiteBIT user confirms it on WhiteBIT's
    page, and the amount then moves at once, without a fee, from their main balance to
    yours. The token expires 90 s after creation. The externalId makes it idempotent:
    the same externalId, ticker and amount while the token is valid give the same token.
    Codes: 18 - a pending externalId sent with another ticker or amount; 19 - the
    externalId was already paid; 191 - above the cap of 10,000 USDT-equivalent.

    Args:
        body (CreateExpressWithdrawTokenBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        CreateExpressWithdrawTokenResponse201
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 201:
        return cast(
            CreateExpressWithdrawTokenResponse201,
            _parsed(client=client, response=response),
        )
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/express-withdraw/token",
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExpressWithdrawTokenBody,
) -> Response[Any | CreateExpressWithdrawTokenResponse201 | ErrorInner]:
    """Express withdraw token

     Creates a single-use payment link: the paying WhiteBIT user confirms it on WhiteBIT's
    page, and the amount then moves at once, without a fee, from their main balance to
    yours. The token expires 90 s after creation. The externalId makes it idempotent:
    the same externalId, ticker and amount while the token is valid give the same token.
    Codes: 18 - a pending externalId sent with another ticker or amount; 19 - the
    externalId was already paid; 191 - above the cap of 10,000 USDT-equivalent.

    Args:
        body (CreateExpressWithdrawTokenBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Any | CreateExpressWithdrawTokenResponse201 | ErrorInner]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExpressWithdrawTokenBody,
) -> CreateExpressWithdrawTokenResponse201:
    """Express withdraw token

     Creates a single-use payment link: the paying WhiteBIT user confirms it on WhiteBIT's
    page, and the amount then moves at once, without a fee, from their main balance to
    yours. The token expires 90 s after creation. The externalId makes it idempotent:
    the same externalId, ticker and amount while the token is valid give the same token.
    Codes: 18 - a pending externalId sent with another ticker or amount; 19 - the
    externalId was already paid; 191 - above the cap of 10,000 USDT-equivalent.

    Args:
        body (CreateExpressWithdrawTokenBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        CreateExpressWithdrawTokenResponse201
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 201:
        return cast(
            CreateExpressWithdrawTokenResponse201,
            _parsed(client=client, response=response),
        )
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/express-withdraw/token",
    )

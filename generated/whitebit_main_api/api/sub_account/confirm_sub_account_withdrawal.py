from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.confirm_sub_account_withdrawal_body import (
    ConfirmSubAccountWithdrawalBody,
)
from ...models.confirm_sub_account_withdrawal_response_200 import (
    ConfirmSubAccountWithdrawalResponse200,
)
from ...models.confirm_sub_account_withdrawal_response_400 import (
    ConfirmSubAccountWithdrawalResponse400,
)
from ...models.confirm_sub_account_withdrawal_response_401 import (
    ConfirmSubAccountWithdrawalResponse401,
)
from ...models.confirm_sub_account_withdrawal_response_422 import (
    ConfirmSubAccountWithdrawalResponse422,
)
from ...types import Response


def _get_kwargs(
    *,
    body: ConfirmSubAccountWithdrawalBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/withdraw/confirm",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ConfirmSubAccountWithdrawalResponse200
    | ConfirmSubAccountWithdrawalResponse400
    | ConfirmSubAccountWithdrawalResponse401
    | ConfirmSubAccountWithdrawalResponse422
    | None
):
    if response.status_code == 200:
        response_200 = ConfirmSubAccountWithdrawalResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ConfirmSubAccountWithdrawalResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ConfirmSubAccountWithdrawalResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = ConfirmSubAccountWithdrawalResponse422.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parsed(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ConfirmSubAccountWithdrawalResponse200
    | ConfirmSubAccountWithdrawalResponse400
    | ConfirmSubAccountWithdrawalResponse401
    | ConfirmSubAccountWithdrawalResponse422
    | None
):
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | ConfirmSubAccountWithdrawalResponse200
    | ConfirmSubAccountWithdrawalResponse400
    | ConfirmSubAccountWithdrawalResponse401
    | ConfirmSubAccountWithdrawalResponse422
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
    body: ConfirmSubAccountWithdrawalBody,
) -> Response[
    Any
    | ConfirmSubAccountWithdrawalResponse200
    | ConfirmSubAccountWithdrawalResponse400
    | ConfirmSubAccountWithdrawalResponse401
    | ConfirmSubAccountWithdrawalResponse422
]:
    """Confirm a sub-account withdrawal

     Confirms a withdrawal a sub-account created, which then goes on to be processed.
    Withdrawals nobody confirms expire.

    Args:
        body (ConfirmSubAccountWithdrawalBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Any | ConfirmSubAccountWithdrawalResponse200 | ConfirmSubAccountWithdrawalResponse400 | ConfirmSubAccountWithdrawalResponse401 | ConfirmSubAccountWithdrawalResponse422]
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
    body: ConfirmSubAccountWithdrawalBody,
) -> ConfirmSubAccountWithdrawalResponse200:
    """Confirm a sub-account withdrawal

     Confirms a withdrawal a sub-account created, which then goes on to be processed.
    Withdrawals nobody confirms expire.

    Args:
        body (ConfirmSubAccountWithdrawalBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        ConfirmSubAccountWithdrawalResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 200:
        return cast(
            ConfirmSubAccountWithdrawalResponse200,
            _parsed(client=client, response=response),
        )
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/sub-account/withdraw/confirm",
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmSubAccountWithdrawalBody,
) -> Response[
    Any
    | ConfirmSubAccountWithdrawalResponse200
    | ConfirmSubAccountWithdrawalResponse400
    | ConfirmSubAccountWithdrawalResponse401
    | ConfirmSubAccountWithdrawalResponse422
]:
    """Confirm a sub-account withdrawal

     Confirms a withdrawal a sub-account created, which then goes on to be processed.
    Withdrawals nobody confirms expire.

    Args:
        body (ConfirmSubAccountWithdrawalBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Any | ConfirmSubAccountWithdrawalResponse200 | ConfirmSubAccountWithdrawalResponse400 | ConfirmSubAccountWithdrawalResponse401 | ConfirmSubAccountWithdrawalResponse422]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmSubAccountWithdrawalBody,
) -> ConfirmSubAccountWithdrawalResponse200:
    """Confirm a sub-account withdrawal

     Confirms a withdrawal a sub-account created, which then goes on to be processed.
    Withdrawals nobody confirms expire.

    Args:
        body (ConfirmSubAccountWithdrawalBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        ConfirmSubAccountWithdrawalResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 200:
        return cast(
            ConfirmSubAccountWithdrawalResponse200,
            _parsed(client=client, response=response),
        )
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/sub-account/withdraw/confirm",
    )

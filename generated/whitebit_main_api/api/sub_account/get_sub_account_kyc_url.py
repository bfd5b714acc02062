from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_sub_account_kyc_url_body import GetSubAccountKycUrlBody
from ...models.get_sub_account_kyc_url_response_200 import (
    GetSubAccountKycUrlResponse200,
)
from ...models.get_sub_account_kyc_url_response_401 import (
    GetSubAccountKycUrlResponse401,
)
from ...models.get_sub_account_kyc_url_response_404 import (
    GetSubAccountKycUrlResponse404,
)
from ...types import Response


def _get_kwargs(
    *,
    body: GetSubAccountKycUrlBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/kyc-url",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Error
    | GetSubAccountKycUrlResponse200
    | GetSubAccountKycUrlResponse401
    | GetSubAccountKycUrlResponse404
    | None
):
    if response.status_code == 200:
        response_200 = GetSubAccountKycUrlResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetSubAccountKycUrlResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetSubAccountKycUrlResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parsed(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Error
    | GetSubAccountKycUrlResponse200
    | GetSubAccountKycUrlResponse401
    | GetSubAccountKycUrlResponse404
    | None
):
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Error
    | GetSubAccountKycUrlResponse200
    | GetSubAccountKycUrlResponse401
    | GetSubAccountKycUrlResponse404
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
    body: GetSubAccountKycUrlBody,
) -> Response[
    Error
    | GetSubAccountKycUrlResponse200
    | GetSubAccountKycUrlResponse401
    | GetSubAccountKycUrlResponse404
]:
    """Sub-account KYC link

     A temporary link where a sub-account's owner passes KYC. The sub-account must be
    activated, not blocked, and not share the main account's KYC.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetSubAccountKycUrlBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Error | GetSubAccountKycUrlResponse200 | GetSubAccountKycUrlResponse401 | GetSubAccountKycUrlResponse404]
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
    body: GetSubAccountKycUrlBody,
) -> GetSubAccountKycUrlResponse200:
    """Sub-account KYC link

     A temporary link where a sub-account's owner passes KYC. The sub-account must be
    activated, not blocked, and not share the main account's KYC.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetSubAccountKycUrlBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        GetSubAccountKycUrlResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 200:
        return cast(
            GetSubAccountKycUrlResponse200, _parsed(client=client, response=response)
        )
    client.raise_for_answer(
        _build_response(client=client, response=response), "/api/v4/sub-account/kyc-url"
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubAccountKycUrlBody,
) -> Response[
    Error
    | GetSubAccountKycUrlResponse200
    | GetSubAccountKycUrlResponse401
    | GetSubAccountKycUrlResponse404
]:
    """Sub-account KYC link

     A temporary link where a sub-account's owner passes KYC. The sub-account must be
    activated, not blocked, and not share the main account's KYC.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetSubAccountKycUrlBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Error | GetSubAccountKycUrlResponse200 | GetSubAccountKycUrlResponse401 | GetSubAccountKycUrlResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubAccountKycUrlBody,
) -> GetSubAccountKycUrlResponse200:
    """Sub-account KYC link

     A temporary link where a sub-account's owner passes KYC. The sub-account must be
    activated, not blocked, and not share the main account's KYC.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetSubAccountKycUrlBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        GetSubAccountKycUrlResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 200:
        return cast(
            GetSubAccountKycUrlResponse200, _parsed(client=client, response=response)
        )
    client.raise_for_answer(
        _build_response(client=client, response=response), "/api/v4/sub-account/kyc-url"
    )

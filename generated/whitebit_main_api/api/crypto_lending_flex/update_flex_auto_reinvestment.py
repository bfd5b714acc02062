from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.error_inner import ErrorInner
from ...models.flex_auto_reinvestment_updated import FlexAutoReinvestmentUpdated
from ...models.update_flex_auto_reinvestment_body import UpdateFlexAutoReinvestmentBody
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateFlexAutoReinvestmentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/smart-flex/investments/auto-invest",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ErrorInner | FlexAutoReinvestmentUpdated | None:
    if response.status_code == 200:
        response_200 = FlexAutoReinvestmentUpdated.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

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
) -> Error | ErrorInner | FlexAutoReinvestmentUpdated | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ErrorInner | FlexAutoReinvestmentUpdated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFlexAutoReinvestmentBody,
) -> Response[Error | ErrorInner | FlexAutoReinvestmentUpdated]:
    """Update Flex Auto Reinvestment

     Turn automatic reinvestment of daily earnings on or off for the account's
    investment in a Flex plan.

    <Warning>
    Rate limit: 1000 requests/10 sec.
    </Warning>

    <Note>
    The API does not cache the response.
    </Note>

    Args:
        body (UpdateFlexAutoReinvestmentBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Error | ErrorInner | FlexAutoReinvestmentUpdated]
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
    body: UpdateFlexAutoReinvestmentBody,
) -> FlexAutoReinvestmentUpdated:
    """Update Flex Auto Reinvestment

     Turn automatic reinvestment of daily earnings on or off for the account's
    investment in a Flex plan.

    <Warning>
    Rate limit: 1000 requests/10 sec.
    </Warning>

    <Note>
    The API does not cache the response.
    </Note>

    Args:
        body (UpdateFlexAutoReinvestmentBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        FlexAutoReinvestmentUpdated
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 200:
        return cast(
            FlexAutoReinvestmentUpdated, _parsed(client=client, response=response)
        )
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/smart-flex/investments/auto-invest",
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFlexAutoReinvestmentBody,
) -> Response[Error | ErrorInner | FlexAutoReinvestmentUpdated]:
    """Update Flex Auto Reinvestment

     Turn automatic reinvestment of daily earnings on or off for the account's
    investment in a Flex plan.

    <Warning>
    Rate limit: 1000 requests/10 sec.
    </Warning>

    <Note>
    The API does not cache the response.
    </Note>

    Args:
        body (UpdateFlexAutoReinvestmentBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Error | ErrorInner | FlexAutoReinvestmentUpdated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFlexAutoReinvestmentBody,
) -> FlexAutoReinvestmentUpdated:
    """Update Flex Auto Reinvestment

     Turn automatic reinvestment of daily earnings on or off for the account's
    investment in a Flex plan.

    <Warning>
    Rate limit: 1000 requests/10 sec.
    </Warning>

    <Note>
    The API does not cache the response.
    </Note>

    Args:
        body (UpdateFlexAutoReinvestmentBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        FlexAutoReinvestmentUpdated
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 200:
        return cast(
            FlexAutoReinvestmentUpdated, _parsed(client=client, response=response)
        )
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/smart-flex/investments/auto-invest",
    )

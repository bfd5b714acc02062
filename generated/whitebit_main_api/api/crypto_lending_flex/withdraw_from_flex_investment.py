from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.error_inner import ErrorInner
from ...models.flex_withdrawal import FlexWithdrawal
from ...models.withdraw_from_flex_investment_body import WithdrawFromFlexInvestmentBody
from ...types import Response


def _get_kwargs(
    *,
    body: WithdrawFromFlexInvestmentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/smart-flex/investments/withdraw",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ErrorInner | FlexWithdrawal | None:
    if response.status_code == 201:
        response_201 = FlexWithdrawal.from_dict(response.json())

        return response_201

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
) -> Error | ErrorInner | FlexWithdrawal | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ErrorInner | FlexWithdrawal]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WithdrawFromFlexInvestmentBody,
) -> Response[Error | ErrorInner | FlexWithdrawal]:
    """Withdraw From Flex Investment

     Withdraw part of the amount invested in a Flex plan back to the main balance. What
    remains invested must not fall below the plan's minimum investment; to take out
    everything, close the investment instead.

    <Warning>
    Rate limit: 1000 requests/10 sec.
    </Warning>

    <Note>
    The API does not cache the response.
    </Note>

    Args:
        body (WithdrawFromFlexInvestmentBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Error | ErrorInner | FlexWithdrawal]
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
    body: WithdrawFromFlexInvestmentBody,
) -> FlexWithdrawal:
    """Withdraw From Flex Investment

     Withdraw part of the amount invested in a Flex plan back to the main balance. What
    remains invested must not fall below the plan's minimum investment; to take out
    everything, close the investment instead.

    <Warning>
    Rate limit: 1000 requests/10 sec.
    </Warning>

    <Note>
    The API does not cache the response.
    </Note>

    Args:
        body (WithdrawFromFlexInvestmentBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        FlexWithdrawal
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 201:
        return cast(FlexWithdrawal, _parsed(client=client, response=response))
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/smart-flex/investments/withdraw",
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WithdrawFromFlexInvestmentBody,
) -> Response[Error | ErrorInner | FlexWithdrawal]:
    """Withdraw From Flex Investment

     Withdraw part of the amount invested in a Flex plan back to the main balance. What
    remains invested must not fall below the plan's minimum investment; to take out
    everything, close the investment instead.

    <Warning>
    Rate limit: 1000 requests/10 sec.
    </Warning>

    <Note>
    The API does not cache the response.
    </Note>

    Args:
        body (WithdrawFromFlexInvestmentBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Error | ErrorInner | FlexWithdrawal]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WithdrawFromFlexInvestmentBody,
) -> FlexWithdrawal:
    """Withdraw From Flex Investment

     Withdraw part of the amount invested in a Flex plan back to the main balance. What
    remains invested must not fall below the plan's minimum investment; to take out
    everything, close the investment instead.

    <Warning>
    Rate limit: 1000 requests/10 sec.
    </Warning>

    <Note>
    The API does not cache the response.
    </Note>

    Args:
        body (WithdrawFromFlexInvestmentBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        FlexWithdrawal
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 201:
        return cast(FlexWithdrawal, _parsed(client=client, response=response))
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/smart-flex/investments/withdraw",
    )

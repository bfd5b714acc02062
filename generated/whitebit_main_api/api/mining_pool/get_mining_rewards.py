from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_mining_rewards_body import GetMiningRewardsBody
from ...models.get_mining_rewards_response_200 import GetMiningRewardsResponse200
from ...models.get_mining_rewards_response_400 import GetMiningRewardsResponse400
from ...models.get_mining_rewards_response_422 import GetMiningRewardsResponse422
from ...types import Response


def _get_kwargs(
    *,
    body: GetMiningRewardsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/mining/rewards",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetMiningRewardsResponse200
    | GetMiningRewardsResponse400
    | GetMiningRewardsResponse422
    | None
):
    if response.status_code == 200:
        response_200 = GetMiningRewardsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetMiningRewardsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = GetMiningRewardsResponse422.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parsed(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetMiningRewardsResponse200
    | GetMiningRewardsResponse400
    | GetMiningRewardsResponse422
    | None
):
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetMiningRewardsResponse200
    | GetMiningRewardsResponse400
    | GetMiningRewardsResponse422
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
    body: GetMiningRewardsBody,
) -> Response[
    GetMiningRewardsResponse200
    | GetMiningRewardsResponse400
    | GetMiningRewardsResponse422
]:
    """Mining rewards

     Mining rewards, newest first. An unknown account matches nothing (an empty page). A page
    shorter than limit is the last; offset stops at 10000, so page further back by moving
    the from/to window.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetMiningRewardsBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[GetMiningRewardsResponse200 | GetMiningRewardsResponse400 | GetMiningRewardsResponse422]
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
    body: GetMiningRewardsBody,
) -> GetMiningRewardsResponse200:
    """Mining rewards

     Mining rewards, newest first. An unknown account matches nothing (an empty page). A page
    shorter than limit is the last; offset stops at 10000, so page further back by moving
    the from/to window.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetMiningRewardsBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        GetMiningRewardsResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 200:
        return cast(
            GetMiningRewardsResponse200, _parsed(client=client, response=response)
        )
    client.raise_for_answer(
        _build_response(client=client, response=response), "/api/v4/mining/rewards"
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMiningRewardsBody,
) -> Response[
    GetMiningRewardsResponse200
    | GetMiningRewardsResponse400
    | GetMiningRewardsResponse422
]:
    """Mining rewards

     Mining rewards, newest first. An unknown account matches nothing (an empty page). A page
    shorter than limit is the last; offset stops at 10000, so page further back by moving
    the from/to window.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetMiningRewardsBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[GetMiningRewardsResponse200 | GetMiningRewardsResponse400 | GetMiningRewardsResponse422]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetMiningRewardsBody,
) -> GetMiningRewardsResponse200:
    """Mining rewards

     Mining rewards, newest first. An unknown account matches nothing (an empty page). A page
    shorter than limit is the last; offset stops at 10000, so page further back by moving
    the from/to window.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetMiningRewardsBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        GetMiningRewardsResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 200:
        return cast(
            GetMiningRewardsResponse200, _parsed(client=client, response=response)
        )
    client.raise_for_answer(
        _build_response(client=client, response=response), "/api/v4/mining/rewards"
    )

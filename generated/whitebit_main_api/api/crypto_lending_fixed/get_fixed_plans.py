from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.fixed_plan import FixedPlan
from ...models.get_fixed_plans_body import GetFixedPlansBody
from ...types import Response


def _get_kwargs(
    *,
    body: GetFixedPlansBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/smart/plans",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[FixedPlan] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FixedPlan.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parsed(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[FixedPlan] | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[FixedPlan]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFixedPlansBody,
) -> Response[Error | list[FixedPlan]]:
    """Fixed plans

     The Fixed-term lending plans open to the account over the API: the public plans of its
    region and private plans assigned to it. For B2B partners; without lending access the
    answer is 403. When interestTicker differs from ticker, interest is paid in
    interestTicker at the source amount divided by interestRatio.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetFixedPlansBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Error | list[FixedPlan]]
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
    body: GetFixedPlansBody,
) -> list[FixedPlan]:
    """Fixed plans

     The Fixed-term lending plans open to the account over the API: the public plans of its
    region and private plans assigned to it. For B2B partners; without lending access the
    answer is 403. When interestTicker differs from ticker, interest is paid in
    interestTicker at the source amount divided by interestRatio.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetFixedPlansBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        list[FixedPlan]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 200:
        return cast(list[FixedPlan], _parsed(client=client, response=response))
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/smart/plans",
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFixedPlansBody,
) -> Response[Error | list[FixedPlan]]:
    """Fixed plans

     The Fixed-term lending plans open to the account over the API: the public plans of its
    region and private plans assigned to it. For B2B partners; without lending access the
    answer is 403. When interestTicker differs from ticker, interest is paid in
    interestTicker at the source amount divided by interestRatio.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetFixedPlansBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Error | list[FixedPlan]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetFixedPlansBody,
) -> list[FixedPlan]:
    """Fixed plans

     The Fixed-term lending plans open to the account over the API: the public plans of its
    region and private plans assigned to it. For B2B partners; without lending access the
    answer is 403. When interestTicker differs from ticker, interest is paid in
    interestTicker at the source amount divided by interestRatio.

    Rate limit: 1000 requests / 10 s. Not cached.

    Args:
        body (GetFixedPlansBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        list[FixedPlan]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 200:
        return cast(list[FixedPlan], _parsed(client=client, response=response))
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/smart/plans",
    )

from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_fiat_deposit_url_body import GetFiatDepositUrlBody
from ...models.get_fiat_deposit_url_response_200 import GetFiatDepositUrlResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: GetFiatDepositUrlBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/fiat-deposit-url",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | GetFiatDepositUrlResponse200 | None:
    if response.status_code == 200:
        response_200 = GetFiatDepositUrlResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 503:
        response_503 = cast(Any, None)
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parsed(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | GetFiatDepositUrlResponse200 | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unreadable_answer(response, error) from None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | GetFiatDepositUrlResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFiatDepositUrlBody,
) -> Response[Any | Error | GetFiatDepositUrlResponse200]:
    """Fiat deposit invoice

     Creates an invoice for a fiat deposit and answers the address where the payer pays it.
    Enabled per API key by WhiteBIT support. Customer data is needed for USD and EUR with
    the VISAMASTER provider.

    Rate limit: 1000 requests / 10 s. Not cached.

    Error bodies the reference shows in its description (the status is not always stated):
    - `{"code":0,"message":"Validation failed","errors":{"amount":["Amount is too little for
    deposit"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"provider":["Cannot find currency for specified
    provider"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"uniqueId":["The unique id has already been
    taken."]}}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["The amount must be a
    number."],"provider":["The selected provider is invalid."],"ticker":["The selected ticker is
    invalid."]}}`
    - `{"code":10,"message":"Failed to generate deposit url"}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["The amount field is
    required."],"provider":["The provider field is required."],"ticker":["The ticker field is
    required."],"uniqueId":["The unique id field is required."]}}`
    - `{"code":0,"message":"Validation failed","errors":{"successLink":["Your domain is incorrect.
    Please contact support for more details"],"failureLink":["Your domain is incorrect. Please contact
    support for more details"]}}`
    - `{"success":false,"message":"You don't have permission to use this endpoint. Please contact
    support for more details","code":0}`
    - `{"code":0,"message":"Validation failed","errors":{"successLink":["Your domain scheme incorrect.
    Use https only"],"failureLink":["Your domain scheme incorrect. Use https only"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"ticker":["Currency is not depositable via
    API"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"user":["User not verified"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["Amount is too big for deposit"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["Daily limit reached"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["Expiration date cannot be used for
    this provider"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"customer.birthDate":["You must be at least 18
    years old"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"address":["Invalid credit card number"]}}`

    Args:
        body (GetFiatDepositUrlBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Any | Error | GetFiatDepositUrlResponse200]
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
    body: GetFiatDepositUrlBody,
) -> GetFiatDepositUrlResponse200:
    """Fiat deposit invoice

     Creates an invoice for a fiat deposit and answers the address where the payer pays it.
    Enabled per API key by WhiteBIT support. Customer data is needed for USD and EUR with
    the VISAMASTER provider.

    Rate limit: 1000 requests / 10 s. Not cached.

    Error bodies the reference shows in its description (the status is not always stated):
    - `{"code":0,"message":"Validation failed","errors":{"amount":["Amount is too little for
    deposit"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"provider":["Cannot find currency for specified
    provider"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"uniqueId":["The unique id has already been
    taken."]}}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["The amount must be a
    number."],"provider":["The selected provider is invalid."],"ticker":["The selected ticker is
    invalid."]}}`
    - `{"code":10,"message":"Failed to generate deposit url"}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["The amount field is
    required."],"provider":["The provider field is required."],"ticker":["The ticker field is
    required."],"uniqueId":["The unique id field is required."]}}`
    - `{"code":0,"message":"Validation failed","errors":{"successLink":["Your domain is incorrect.
    Please contact support for more details"],"failureLink":["Your domain is incorrect. Please contact
    support for more details"]}}`
    - `{"success":false,"message":"You don't have permission to use this endpoint. Please contact
    support for more details","code":0}`
    - `{"code":0,"message":"Validation failed","errors":{"successLink":["Your domain scheme incorrect.
    Use https only"],"failureLink":["Your domain scheme incorrect. Use https only"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"ticker":["Currency is not depositable via
    API"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"user":["User not verified"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["Amount is too big for deposit"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["Daily limit reached"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["Expiration date cannot be used for
    this provider"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"customer.birthDate":["You must be at least 18
    years old"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"address":["Invalid credit card number"]}}`

    Args:
        body (GetFiatDepositUrlBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        GetFiatDepositUrlResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )
    if response.status_code == 200:
        return cast(
            GetFiatDepositUrlResponse200, _parsed(client=client, response=response)
        )
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/fiat-deposit-url",
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFiatDepositUrlBody,
) -> Response[Any | Error | GetFiatDepositUrlResponse200]:
    """Fiat deposit invoice

     Creates an invoice for a fiat deposit and answers the address where the payer pays it.
    Enabled per API key by WhiteBIT support. Customer data is needed for USD and EUR with
    the VISAMASTER provider.

    Rate limit: 1000 requests / 10 s. Not cached.

    Error bodies the reference shows in its description (the status is not always stated):
    - `{"code":0,"message":"Validation failed","errors":{"amount":["Amount is too little for
    deposit"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"provider":["Cannot find currency for specified
    provider"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"uniqueId":["The unique id has already been
    taken."]}}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["The amount must be a
    number."],"provider":["The selected provider is invalid."],"ticker":["The selected ticker is
    invalid."]}}`
    - `{"code":10,"message":"Failed to generate deposit url"}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["The amount field is
    required."],"provider":["The provider field is required."],"ticker":["The ticker field is
    required."],"uniqueId":["The unique id field is required."]}}`
    - `{"code":0,"message":"Validation failed","errors":{"successLink":["Your domain is incorrect.
    Please contact support for more details"],"failureLink":["Your domain is incorrect. Please contact
    support for more details"]}}`
    - `{"success":false,"message":"You don't have permission to use this endpoint. Please contact
    support for more details","code":0}`
    - `{"code":0,"message":"Validation failed","errors":{"successLink":["Your domain scheme incorrect.
    Use https only"],"failureLink":["Your domain scheme incorrect. Use https only"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"ticker":["Currency is not depositable via
    API"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"user":["User not verified"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["Amount is too big for deposit"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["Daily limit reached"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["Expiration date cannot be used for
    this provider"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"customer.birthDate":["You must be at least 18
    years old"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"address":["Invalid credit card number"]}}`

    Args:
        body (GetFiatDepositUrlBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).

    Returns:
        Response[Any | Error | GetFiatDepositUrlResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetFiatDepositUrlBody,
) -> GetFiatDepositUrlResponse200:
    """Fiat deposit invoice

     Creates an invoice for a fiat deposit and answers the address where the payer pays it.
    Enabled per API key by WhiteBIT support. Customer data is needed for USD and EUR with
    the VISAMASTER provider.

    Rate limit: 1000 requests / 10 s. Not cached.

    Error bodies the reference shows in its description (the status is not always stated):
    - `{"code":0,"message":"Validation failed","errors":{"amount":["Amount is too little for
    deposit"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"provider":["Cannot find currency for specified
    provider"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"uniqueId":["The unique id has already been
    taken."]}}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["The amount must be a
    number."],"provider":["The selected provider is invalid."],"ticker":["The selected ticker is
    invalid."]}}`
    - `{"code":10,"message":"Failed to generate deposit url"}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["The amount field is
    required."],"provider":["The provider field is required."],"ticker":["The ticker field is
    required."],"uniqueId":["The unique id field is required."]}}`
    - `{"code":0,"message":"Validation failed","errors":{"successLink":["Your domain is incorrect.
    Please contact support for more details"],"failureLink":["Your domain is incorrect. Please contact
    support for more details"]}}`
    - `{"success":false,"message":"You don't have permission to use this endpoint. Please contact
    support for more details","code":0}`
    - `{"code":0,"message":"Validation failed","errors":{"successLink":["Your domain scheme incorrect.
    Use https only"],"failureLink":["Your domain scheme incorrect. Use https only"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"ticker":["Currency is not depositable via
    API"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"user":["User not verified"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["Amount is too big for deposit"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["Daily limit reached"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"amount":["Expiration date cannot be used for
    this provider"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"customer.birthDate":["You must be at least 18
    years old"]}}`
    - `{"code":0,"message":"Validation failed","errors":{"address":["Invalid credit card number"]}}`

    Args:
        body (GetFiatDepositUrlBody):

    Raises:
        whitebit_auth.WhiteBitError: With a client from ``whitebit_auth.create_client``: a typed
            error saying what happened to the request (see the README's error table).
        errors.UnexpectedStatus: With a plain generated client, for an answer that is not a success.

    Returns:
        GetFiatDepositUrlResponse200
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)
    if response.status_code == 200:
        return cast(
            GetFiatDepositUrlResponse200, _parsed(client=client, response=response)
        )
    client.raise_for_answer(
        _build_response(client=client, response=response),
        "/api/v4/main-account/fiat-deposit-url",
    )

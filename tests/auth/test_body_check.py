"""A body whose fields break what the spec says of them is refused before anything is sent,
naming the field: Python does not enforce the models' types, so the client does."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from whitebit_auth import RequestBodyError, create_client
from whitebit_main_api.api.crypto_lending_flex import get_user_flex_investments
from whitebit_main_api.api.transfer import transfer_between_balances
from whitebit_main_api.api.withdraw import create_withdraw
from whitebit_main_api.models import (
    CreateWithdrawBody,
    GetUserFlexInvestmentsBody,
    TransferBetweenBalancesBody,
)

KEY, SECRET = "check-key", "check-secret-0123456789"


class Seen(httpx.MockTransport):
    def __init__(self, answer: Any = None) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.answer = [] if answer is None else answer
        super().__init__(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(json.loads(request.content))
        return httpx.Response(201, json=self.answer)


def _client(seen: Seen) -> Any:
    return create_client(KEY, SECRET, transport=seen, async_transport=seen, rate_limit=None)


def _withdraw(**fields: Any) -> CreateWithdrawBody:
    given: dict[str, Any] = {
        "ticker": "USDT", "amount": Decimal("5"), "address": "0xabc", "unique_id": "w-1",
    } | fields  # fmt: skip
    return CreateWithdrawBody(**given)


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"ticker": 5}, "ticker must be a string, got int 5"),
        ({"ticker": None}, "ticker must not be null"),
        ({"address": True}, "address must be a string, got bool True"),
        ({"amount": "abc"}, "amount must be a decimal number"),
        ({"amount": "1_0"}, "amount must be a decimal number"),
        ({"amount": True}, "amount must be a decimal number"),
        ({"network": ["ERC20"]}, "network must be a string, got list"),
    ],
)
def test_a_wrong_type_is_refused_naming_the_field(fields: dict[str, Any], named: str) -> None:
    seen = Seen()
    with pytest.raises(RequestBodyError, match=named):
        create_withdraw.sync(client=_client(seen), body=_withdraw(**fields))
    assert seen.bodies == []


def test_an_integer_field_takes_no_bool_nor_text() -> None:
    seen = Seen()
    for wrong in (True, "10", Decimal("1.5")):
        body = GetUserFlexInvestmentsBody(limit=wrong)  # type: ignore[arg-type]
        with pytest.raises(RequestBodyError, match="limit must be an integer"):
            get_user_flex_investments.sync(client=_client(seen), body=body)
    assert seen.bodies == []


def test_an_enum_given_as_its_value_is_sent_and_a_wrong_one_refused() -> None:
    seen = Seen()
    client = _client(seen)
    good = TransferBetweenBalancesBody(
        ticker="USDT",
        amount=Decimal("1"),
        from_="main",  # type: ignore[arg-type]
        to="spot",  # type: ignore[arg-type]
    )
    transfer_between_balances.sync_detailed(client=client, body=good)
    assert (seen.bodies[0]["from"], seen.bodies[0]["to"]) == ("main", "spot")
    bad = TransferBetweenBalancesBody(
        ticker="USDT",
        amount=Decimal("1"),
        from_="mian",  # type: ignore[arg-type]
    )
    with pytest.raises(RequestBodyError, match="from must be one of 'main', 'spot'"):
        transfer_between_balances.sync(client=client, body=bad)
    assert len(seen.bodies) == 1


def test_a_number_too_long_for_json_is_refused_naming_the_field() -> None:
    seen = Seen()
    body = GetUserFlexInvestmentsBody(offset=10**5000)
    with pytest.raises(RequestBodyError, match="offset"):
        get_user_flex_investments.sync(client=_client(seen), body=body)
    with pytest.raises(RequestBodyError, match="'offset'"):
        _client(seen).get_httpx_client().post("/api/v4/x", json={"offset": 10**5000})
    assert seen.bodies == []


def test_a_raw_post_to_an_operation_is_checked_too_and_unknown_fields_pass() -> None:
    seen = Seen({"data": [], "limit": 100, "offset": 0})
    http = _client(seen).get_httpx_client()
    with pytest.raises(RequestBodyError, match="limit must be an integer"):
        http.post("/api/v4/main-account/smart-flex/investments", json={"limit": "all"})
    http.post("/api/v4/main-account/smart-flex/investments", json={"newField": [1]})
    assert seen.bodies[0]["newField"] == [1]  # a field the index does not know: the server's

"""The vendored spec keeps what WhiteBIT publishes: named examples and their values, the
messages, and every condition a property description states (openapi/published.json and the
rules table of openapi/NOTES.md), down to the generated docstrings and docs/operations.md."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from testkit.spec_walk import vendored
from whitebit_auth.spec import operations
from whitebit_main_api.models import CreateWithdrawBodyBeneficiary

from scripts import generate
from scripts.published import NOTES, PUBLISHED, carried_rules, published_problems

SPEC = vendored()
WITHDRAW_FLEX = "/api/v4/main-account/smart-flex/investments/withdraw"
AUTO_INVEST = "/api/v4/main-account/smart-flex/investments/auto-invest"
PAYMENTS = "/api/v4/main-account/smart-flex/investments/payment-history"
PLANS = "/api/v4/main-account/smart-flex/plans"
WITHDRAW = "/api/v4/main-account/withdraw"


def _media(spec: dict[str, Any], path: str, status: str) -> dict[str, Any]:
    op = spec["paths"][path]["post"]
    holder = op["requestBody"] if status == "request" else op["responses"][status]
    media: dict[str, Any] = holder["content"]["application/json"]
    return media


def test_the_vendored_spec_keeps_what_whitebit_publishes() -> None:
    assert published_problems(SPEC) == []
    record = json.loads(PUBLISHED.read_text())["operations"]
    assert {op["operationId"] for _p, _m, op in operations(SPEC)} == set(record)  # all 65
    assert len(carried_rules(NOTES.read_text())) >= 100


def _renamed(spec: dict[str, Any]) -> None:
    examples = _media(spec, WITHDRAW_FLEX, "422")["examples"]
    examples["remainderTooLow"] = examples.pop("belowMinLeft")


def _merged(spec: dict[str, Any]) -> None:
    media = _media(spec, AUTO_INVEST, "400")
    media["example"] = media.pop("examples")["invalidPlan"]["value"]


def _lost_transaction(spec: dict[str, Any]) -> None:
    del _media(spec, PAYMENTS, "request")["example"]["transaction"]


def _must_not(spec: dict[str, Any]) -> None:
    limit = _media(spec, PLANS, "400")["example"]["errors"]["limit"]
    limit[:] = [m.replace("may not", "must not") for m in limit]


def _lost_condition(spec: dict[str, Any]) -> None:
    body = _media(spec, WITHDRAW, "request")["schema"]
    body["properties"]["beneficiary"]["properties"]["phone"]["description"] = "Phone number."


def _lost_description_message(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/api/v4/main-account/address"]["post"]
    op["description"] = op["description"].replace("Currency is not depositable", "")


BREAKS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "renamed": (_renamed, "withdrawFromFlexInvestment 422: examples"),
    "merged": (_merged, "updateFlexAutoReinvestment 400: examples ''"),
    "lost tx_456": (_lost_transaction, "getFlexPaymentHistory request: "),
    "must not": (_must_not, "'The limit may not be greater than 100.' is missing"),
    "condition": (_lost_condition, "beneficiary.phone: the description lost required"),
    "message": (_lost_description_message, "'Currency is not depositable' is missing"),
}


@pytest.mark.parametrize("name", BREAKS)
def test_each_way_the_spec_lost_a_fact_is_caught(name: str) -> None:
    spec = copy.deepcopy(SPEC)
    broken, expected = BREAKS[name]
    broken(spec)
    problems = published_problems(spec)
    assert any(expected in p for p in problems), problems


def test_the_conditions_reach_the_docstrings_and_the_reference() -> None:
    doc = CreateWithdrawBodyBeneficiary.__doc__ or ""
    assert "required for USD_VISAMASTER and EUR_VISAMASTER" in " ".join(doc.split())
    reference = generate.REFERENCE.read_text("utf-8").split("\n### `")
    sections = {part.split("`", 1)[0]: part for part in reference[1:]}
    for where, field, words in carried_rules(NOTES.read_text()):
        if field == "-":
            continue  # a schema's own description: in its model's docstring
        name = where.split(" ")[0]
        # An operation's fields are in its section; a component's wherever it is used.
        texts = [sections[name]] if name in sections else list(sections.values())
        last = field.rsplit(".", 1)[-1].replace("[]", "")
        rows = [row for text in texts for row in text.splitlines() if f"{last}` |" in row]
        found = any(all(w.casefold() in row.casefold() for w in words) for row in rows)
        assert found, (where, field)

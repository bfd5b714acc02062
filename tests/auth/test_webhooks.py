"""WebhookVerifier: a delivery is accepted only when its key, payload, signature and nonce all
check out; forged, tampered, replayed and reordered deliveries are each refused, saying which
check failed and never showing the secret."""

from __future__ import annotations

import json
import traceback
from decimal import Decimal
from typing import Any

import pytest
from testkit.deliveries import (
    DEPOSIT,
    WEBHOOK_KEY,
    WEBHOOK_SECRET,
    delivery_body,
    signed_headers,
)
from whitebit_auth import CredentialsError
from whitebit_auth._credentials import Hidden
from whitebit_auth.stores import MemoryStore
from whitebit_auth.webhooks import (
    WebhookError,
    WebhookEventError,
    WebhookKeyError,
    WebhookPayloadError,
    WebhookReplayError,
    WebhookSignatureError,
    WebhookVerifier,
)
from whitebit_webhooks.models import (
    CodeApplyEvent,
    DepositEvent,
    DepositStatus,
    WebhookEvent,
    WebhookMethod,
)


def _verifier(**kw: Any) -> WebhookVerifier:
    return WebhookVerifier(WEBHOOK_KEY, WEBHOOK_SECRET, **kw)


def _delivery(
    nonce: int, method: str = "deposit.processed", **params: Any
) -> tuple[dict[str, str], bytes]:
    body = delivery_body(method, {**DEPOSIT, **params}, nonce)
    return signed_headers(body), body


def _reported(exc: BaseException) -> str:
    report = traceback.TracebackException.from_exception(exc, capture_locals=True)
    return "".join(report.format())


def test_a_genuine_delivery_gives_its_typed_event() -> None:
    headers, body = _delivery(1700000000001)
    event = _verifier().verify(headers, body)
    assert isinstance(event, DepositEvent)
    assert event.method is WebhookMethod.DEPOSIT_PROCESSED
    assert event.params.amount == Decimal("250.000000")
    assert event.params.status is DepositStatus.SUCCESSFUL
    assert event.params.unique_id == DEPOSIT["uniqueId"]


def test_a_forged_delivery_is_refused() -> None:
    body = delivery_body("deposit.processed", DEPOSIT, 5)
    forged = signed_headers(body, secret="a-guess-at-the-secret")
    with pytest.raises(WebhookSignatureError) as refused:
        _verifier().verify(forged, body)
    assert (refused.value.check, refused.value.status) == ("signature", 401)


def test_a_tampered_body_is_refused() -> None:
    headers, body = _delivery(5)
    tampered = body.replace(b'"250.000000"', b'"2500.000000"')
    with pytest.raises(WebhookPayloadError) as refused:
        _verifier().verify(headers, tampered)
    assert refused.value.status == 400
    # The payload header changed to match the new body: the signature no longer does.
    headers["X-TXC-PAYLOAD"] = signed_headers(tampered)["X-TXC-PAYLOAD"]
    with pytest.raises(WebhookSignatureError):
        _verifier().verify(headers, tampered)


def test_a_replayed_delivery_is_refused() -> None:
    verifier = _verifier()
    headers, body = _delivery(7)
    verifier.verify(headers, body)
    with pytest.raises(WebhookReplayError) as refused:
        verifier.verify(headers, body)
    assert (refused.value.check, refused.value.status, refused.value.nonce) == ("nonce", 409, 7)


def test_a_reordered_delivery_is_refused() -> None:
    verifier = _verifier()
    early, late = _delivery(10, "deposit.updated", status=15), _delivery(11)
    verifier.verify(*late)
    with pytest.raises(WebhookReplayError, match="not above the last nonce"):
        verifier.verify(*early)


def test_another_key_is_refused() -> None:
    body = delivery_body("deposit.processed", DEPOSIT, 5)
    with pytest.raises(WebhookKeyError) as refused:
        _verifier().verify(signed_headers(body, key="someone-else"), body)
    assert refused.value.status == 401


@pytest.mark.parametrize("missing", ["X-TXC-APIKEY", "X-TXC-PAYLOAD", "X-TXC-SIGNATURE"])
def test_a_missing_header_is_named(missing: str) -> None:
    headers, body = _delivery(5)
    del headers[missing]
    with pytest.raises(WebhookError, match=f"no (ASCII )?{missing}"):
        _verifier().verify(headers, body)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"not json", "not JSON"),
        (b'{"a":1} {"b":2}', "more than one"),
        (b"[1]", "not a JSON object"),
        (b'{"params":{"nonce":1}}', "no event name"),
        (b'{"method":"deposit.processed","params":{}}', "params.nonce"),
        (b'{"method":"deposit.processed","params":{"nonce":true}}', "params.nonce"),
        (b'{"method":"deposit.processed","params":{"nonce":"5"}}', "params.nonce"),
        (b'{"method":"deposit.processed","params":{"nonce":5},"id":"x"}', "lacks the field"),
    ],
)
def test_a_signed_body_that_is_not_an_event_is_refused_and_spends_no_nonce(
    body: bytes, problem: str
) -> None:
    verifier = _verifier()
    with pytest.raises(WebhookEventError, match=problem) as refused:
        verifier.verify(signed_headers(body), body)
    assert refused.value.status == 400
    verifier.verify(*_delivery(5))  # the refused one did not take nonce 5


def test_an_unknown_event_is_a_generic_event_with_its_raw_data() -> None:
    body = delivery_body("invoice.paid", {"invoice": "inv-1", "sum": "1.5"}, 3)
    event = _verifier().verify(signed_headers(body), body)
    assert type(event) is WebhookEvent
    assert event.method == "invoice.paid"
    assert event.params["sum"] == "1.5"


def test_partial_withdrawals_and_codes_are_events_too() -> None:
    verifier = _verifier()
    partial = {"amount": "100", "createdAt": 1, "method": 2, "status": 18, "ticker": "EUR",
               "requestAmount": "100", "processedAmount": "60.5"}  # fmt: skip
    body = delivery_body("withdraw.partial_successful", partial, 1)
    event = verifier.verify(signed_headers(body), body)
    assert event.params.processed_amount == Decimal("60.5")  # type: ignore[union-attr]
    body = delivery_body("code.apply", {"code": "WB-code"}, 2)
    assert isinstance(verifier.verify(signed_headers(body), body), CodeApplyEvent)


def test_headers_are_found_whatever_their_case() -> None:
    headers, body = _delivery(5)
    lower = {k.lower(): v for k, v in headers.items()}
    assert _verifier().verify(lower, body).params.to_dict()["nonce"] == 5


def test_workers_sharing_a_store_refuse_each_others_replays() -> None:
    store = MemoryStore()
    first, second = _verifier(nonces=store), _verifier(nonces=store)
    headers, body = _delivery(20)
    first.verify(headers, body)
    with pytest.raises(WebhookReplayError):
        second.verify(headers, body)
    assert store.advance(f"webhook-nonce:{WEBHOOK_KEY}", 20) is False


def test_verify_delivery_gives_the_checked_body() -> None:
    headers, body = _delivery(5)
    assert _verifier().verify_delivery(headers, body) == json.loads(body)


def test_parsed_text_is_refused_as_the_wrong_thing_to_pass() -> None:
    headers, body = _delivery(5)
    with pytest.raises(TypeError, match="raw bytes"):
        _verifier().verify(headers, body.decode())  # type: ignore[arg-type]


# -- the secret ------------------------------------------------------------------------------


def test_the_secret_is_in_no_refusal_repr_or_frame() -> None:
    verifier = _verifier()
    assert WEBHOOK_SECRET not in repr(verifier)
    headers, body = _delivery(5)
    cases = [
        (signed_headers(body, secret="wrong-secret"), body),
        (headers, body + b" "),
        (signed_headers(b"[]"), b"[]"),
    ]
    verifier.verify(headers, body)
    cases.append((headers, body))  # a replay
    for case_headers, case_body in cases:
        with pytest.raises(WebhookError) as refused:
            verifier.verify(case_headers, case_body)
        assert WEBHOOK_SECRET not in _reported(refused.value)
        assert WEBHOOK_SECRET not in str(refused.value)


UNUSABLE = {"white space": WEBHOOK_SECRET + "\n", "must be a str": WEBHOOK_SECRET.encode()}


@pytest.mark.parametrize("problem", list(UNUSABLE))
def test_an_unusable_secret_is_refused_without_showing_it(problem: str) -> None:
    # The secret is looked up inside the call: no frame of the test holds it either.
    with pytest.raises(CredentialsError, match=problem) as refused:
        WebhookVerifier(WEBHOOK_KEY, UNUSABLE[problem])  # type: ignore[arg-type]
    assert WEBHOOK_SECRET not in _reported(refused.value)


def test_a_hidden_secret_is_taken_and_a_verifier_cannot_be_pickled() -> None:
    import pickle

    verifier = WebhookVerifier(WEBHOOK_KEY, Hidden(WEBHOOK_SECRET))
    verifier.verify(*_delivery(5))
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(verifier)

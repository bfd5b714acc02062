"""The pure signing core: known answers, properties over arbitrary bodies, bad input."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from testkit.verifier import is_compact
from whitebit_auth import RequestBodyError
from whitebit_auth._signing import KeyedMac, compact_json, sign, signed_body

KEY_SECRET = b"sandbox-secret-not-real"


def _expected(body: bytes, secret: bytes) -> tuple[str, str]:
    """Computed straight from the facts, sharing nothing with the plugin."""
    payload = base64.b64encode(body).decode()
    return payload, hmac.new(secret, payload.encode(), hashlib.sha512).hexdigest()


def test_known_answer_vector() -> None:
    body = signed_body(
        b'{"ticker":"USDT","limit":100}',
        "/api/v4/main-account/smart-flex/investments",
        1594297865000,
    )
    assert body == (
        b'{"ticker":"USDT","limit":100,"request":"/api/v4/main-account/smart-flex/investments",'
        b'"nonce":1594297865000}'
    )
    payload, signature = sign(body, KEY_SECRET)
    assert (payload, signature) == _expected(body, KEY_SECRET)
    # Pinned literally too, so a change in the reference computation cannot hide a regression.
    assert payload.startswith("eyJ0aWNrZXIiOiJVU0RUIiwibGltaXQiOjEwMCwicmVxdWVzdCI6")
    assert len(signature) == 128
    assert signature == signature.lower()


def test_known_answer_empty_body_and_window() -> None:
    body = signed_body(
        b"", "/api/v4/main-account/smart-flex/investments/history", 7, nonce_window=True
    )
    assert body == (
        b'{"request":"/api/v4/main-account/smart-flex/investments/history","nonce":7,'
        b'"nonceWindow":true}'
    )
    assert sign(body, b"k") == _expected(body, b"k")


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.text()
    | st.decimals(allow_nan=False, allow_infinity=False).map(str)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=20,
)
bodies = st.dictionaries(
    st.text().filter(lambda k: k not in ("request", "nonce", "nonceWindow")),
    json_values,
    max_size=6,
)


@given(body=bodies, nonce=st.integers(min_value=1, max_value=2**63 - 1), window=st.booleans())
def test_signed_bytes_keep_fields_and_verify(
    body: dict[str, Any], nonce: int, window: bool
) -> None:
    sent = signed_body(json.dumps(body).encode(), "/api/v4/x", nonce, nonce_window=window)
    payload, signature = sign(sent, KEY_SECRET)
    assert base64.b64decode(payload) == sent
    assert hmac.compare_digest(signature, _expected(sent, KEY_SECRET)[1])
    decoded = json.loads(sent)
    added = {"request": "/api/v4/x", "nonce": nonce} | ({"nonceWindow": True} if window else {})
    assert decoded == body | added
    assert sent.isascii()
    assert compact_json(decoded) == sent


@given(body=bodies, nonce=st.integers(min_value=1, max_value=2**63 - 1))
def test_bodies_as_httpx_writes_them_sign_the_same_fields(body: dict[str, Any], nonce: int) -> None:
    # httpx writes compact JSON without escaping non-ASCII; compact ASCII bytes are kept as they
    # are, anything else is re-serialised. Either way the result is compact ASCII JSON.
    content = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    sent = signed_body(content, "/api/v4/x", nonce)
    assert json.loads(sent) == body | {"request": "/api/v4/x", "nonce": nonce}
    assert sent.isascii()
    assert is_compact(sent)
    if body and content.isascii() and not any(ws in content for ws in b" \t\r\n"):
        assert sent.startswith(content[:-1] + b",")  # the caller's bytes, untouched


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"[1, 2]", "must be a JSON object, got a JSON list"),
        (b'"text"', "must be a JSON object"),
        (b"not json", "is not JSON"),
        (b"\xff\xfe", "is not JSON"),
        (b'{"amount": 10.5}', "'amount' is a fractional JSON number"),
        (b'{"a": {"b": [1, 2.0]}}', "'a.b[1]'"),
        (b'{"x": NaN}', "NaN"),
        (b'{"nonce": 1}', "already has 'nonce'"),
        (b'{"request": "/elsewhere"}', "already has 'request'"),
    ],
)
def test_bad_bodies_are_refused_clearly(content: bytes, message: str) -> None:
    with pytest.raises(RequestBodyError, match=None) as info:
        signed_body(content, "/api/v4/x", 1)
    assert message in str(info.value)


@given(
    secret=st.binary(min_size=1, max_size=300),  # shorter, as long as, longer than a block
    message=st.binary(max_size=400),
)
def test_the_keyed_mac_is_hmac_sha512(secret: bytes, message: bytes) -> None:
    expected = hmac.new(secret, message, hashlib.sha512).hexdigest()
    assert KeyedMac(secret).hexdigest(message) == expected.encode()


def test_the_keyed_mac_shows_and_pickles_no_secret() -> None:
    import pickle

    keyed = KeyedMac(KEY_SECRET)
    assert KEY_SECRET.decode() not in repr(keyed)
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(keyed)


@given(body=bodies)
def test_the_c_encoder_writes_what_the_json_module_does(body: dict[str, Any]) -> None:
    import whitebit_auth._signing as signing

    expected = json.dumps(body, separators=(",", ":"), ensure_ascii=True).encode()
    assert compact_json(body) == expected
    # And the pure-Python way, where the json module has no C speedups.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(signing, "_C_ENCODE", None)
        assert compact_json(body) == expected


@pytest.mark.parametrize("c_encoder", [True, False])
def test_amounts_and_refusals_are_the_same_either_way(c_encoder: bool) -> None:
    from decimal import Decimal

    import whitebit_auth._signing as signing

    with pytest.MonkeyPatch.context() as patch:
        if not c_encoder:
            patch.setattr(signing, "_C_ENCODE", None)
        assert compact_json({"amount": Decimal("1E-8")}) == b'{"amount":"0.00000001"}'
        with pytest.raises(RequestBodyError, match=r"'amount'.*not an amount"):
            compact_json({"amount": Decimal("NaN")})
        with pytest.raises(RequestBodyError, match=r"'when' cannot be sent as JSON"):
            compact_json({"when": object()})
        looped: dict[str, Any] = {}
        looped["self"] = looped
        with pytest.raises(RequestBodyError):
            compact_json(looped)


def test_a_body_that_holds_itself_is_refused_not_walked_forever() -> None:
    import threading

    from whitebit_auth._signing import prefix_of

    looped: dict[str, Any] = {"plan": "p"}
    looped["again"] = [looped]
    outcome: list[BaseException | bytes] = []

    def check() -> None:
        try:
            outcome.append(prefix_of(looped))
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=check, daemon=True)
    worker.start()
    worker.join(10)
    assert outcome, "prefix_of never returned"
    assert isinstance(outcome[0], RequestBodyError)
    assert "holds itself" in str(outcome[0])

"""Checking a webhook delivery: the API's signing with the roles reversed.

WhiteBIT signs a delivery as a client signs a request: ``X-TXC-PAYLOAD`` is the base64 of the
exact body, ``X-TXC-SIGNATURE`` the hex HMAC-SHA512 of that payload under the webhook secret,
``X-TXC-APIKEY`` the public webhook key, and the body's ``params.nonce`` grows with every
delivery. So the check is the signer's core (``KeyedMac``, ``signature_bytes``) run on what
arrived, then the nonce against the last one seen, kept in a store that several workers
behind one URL share.
"""

from __future__ import annotations

import hmac
import json
from json.scanner import make_scanner
from typing import Any, Protocol

from whitebit_webhooks.events import EVENTS, GENERIC, Event

from .._credentials import Hidden, _header_problem
from .._errors import (
    ConfigurationError,
    CredentialsError,
    WebhookEventError,
    WebhookKeyError,
    WebhookPayloadError,
    WebhookReplayError,
    WebhookSignatureError,
)
from .._signing import KeyedMac, signature_bytes
from ..stores import MemoryStore, Store

KEY_HEADER = "X-TXC-APIKEY"
PAYLOAD_HEADER = "X-TXC-PAYLOAD"
SIGNATURE_HEADER = "X-TXC-SIGNATURE"
NONCE_KEY_PREFIX = "webhook-nonce:"

# The C scanner behind json.loads, made once: json.loads spends as long again on its steps
# around it as the scan of a delivery's few hundred bytes takes.
_SCAN: Any = make_scanner(json.JSONDecoder())  # type: ignore[arg-type]  # typeshed errs
_LOWER: dict[str, str] = {}


class HeaderMap(Protocol):
    """The request's headers: a dict, or a framework's own (Starlette's ``request.headers``,
    Werkzeug's and Django's), looked up by name."""

    def get(self, key: str, /) -> str | None: ...


def _header(headers: HeaderMap, name: str) -> str | None:
    """A header by name whatever its case: framework mappings (Starlette's, Werkzeug's) are
    case-insensitive already; a plain dict is searched once more in lower case."""
    value = headers.get(name)
    if value is None:
        lower = _LOWER.get(name) or _LOWER.setdefault(name, name.lower())
        value = headers.get(lower)
        items = getattr(headers, "items", None)
        if value is None and items is not None and not hasattr(headers, "getlist"):
            value = next((v for k, v in items() if k.lower() == lower), None)
    return value


def _ascii(value: str | None) -> bytes | None:
    if value is None:
        return None
    try:
        return value.encode("ascii")
    except UnicodeEncodeError:
        return None


class WebhookVerifier:
    """Verifies WhiteBIT's webhook deliveries for one webhook key pair.

    ``verify(headers, body)`` checks, in this order, that ``X-TXC-APIKEY`` is
    ``public_key``, that ``X-TXC-PAYLOAD`` is the base64 of ``body`` (the raw bytes, before any
    JSON parsing), that ``X-TXC-SIGNATURE`` is its HMAC-SHA512 under ``secret`` (compared in
    constant time), and that the body is an event whose ``params.nonce`` is strictly greater
    than the last nonce seen for the key; then it records the nonce and returns the typed
    event. Each refusal is a ``WebhookError`` of its own naming the check (``.check``) and
    the answer to give (``.status``).

    ``nonces`` is where the last nonce lives (a ``whitebit_auth.stores.Store``): in memory by
    default; give every worker behind one URL the same file or Redis store.
    """

    __slots__ = ("_mac", "_nonce_key", "nonces", "public_key")

    def __init__(
        self, public_key: str, secret: str | Hidden, *, nonces: Store | None = None
    ) -> None:
        hidden = secret if isinstance(secret, Hidden) else Hidden(secret)
        del secret  # from here on only the Hidden wrapper sits in this frame
        _refuse_unusable("public webhook key", public_key)
        _refuse_unusable("webhook secret", hidden)
        if nonces is not None and not isinstance(nonces, Store):
            raise ConfigurationError("nonces must be a whitebit_auth.stores.Store")
        self.public_key = public_key
        self._mac = KeyedMac(str(hidden.reveal()).encode("ascii"))  # its repr shows no key
        self.nonces: Store = nonces if nonces is not None else MemoryStore()
        self._nonce_key = NONCE_KEY_PREFIX + public_key

    def verify(self, headers: HeaderMap, body: bytes) -> Event:
        """The typed event of a delivery that passes every check; a ``WebhookError`` else.

        The nonce is recorded last, once the event has been read: a delivery refused for any
        reason leaves the store as it was.
        """
        data = self._authentic(headers, body)
        # Every delivery has a method (checked); its model says what else it must hold.
        model = EVENTS.get(data["method"], GENERIC)
        try:
            event = model.from_dict(data)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise _unreadable(exc) from None
        self._advance(data["params"]["nonce"])
        return event

    def verify_delivery(self, headers: HeaderMap, body: bytes) -> dict[str, Any]:
        """The delivery's body as a dict, after every check but the typed event's (for a
        consumer that queues the raw delivery, or reads an event this package lacks)."""
        data = self._authentic(headers, body)
        self._advance(data["params"]["nonce"])
        return data

    def _advance(self, nonce: int) -> None:
        if not self.nonces.advance(self._nonce_key, nonce):
            raise WebhookReplayError(
                f"params.nonce {nonce} is not above the last nonce seen for this webhook key "
                "(a replayed, duplicated or reordered delivery)",
                nonce=nonce,
            )

    def _authentic(self, headers: HeaderMap, body: bytes) -> dict[str, Any]:
        """Key, payload and signature checked; the body read as an event with a nonce.

        Written for speed (a busy endpoint verifies every delivery): the three headers are
        looked up once, the common case (exact names, ASCII values) takes no detour.
        """
        if type(body) is not bytes:
            if not isinstance(body, bytearray | memoryview):
                raise TypeError("body must be the raw bytes received, not parsed or decoded text")
            body = bytes(body)
        get = headers.get
        key = get(KEY_HEADER) or _header(headers, KEY_HEADER)
        if key != self.public_key:
            what = "no" if key is None else "the wrong"
            raise WebhookKeyError(f"{what} {KEY_HEADER}: not this endpoint's public webhook key")
        payload = get(PAYLOAD_HEADER) or _header(headers, PAYLOAD_HEADER)
        sent = get(SIGNATURE_HEADER) or _header(headers, SIGNATURE_HEADER)
        expected, signature = signature_bytes(body, self._mac)
        try:
            payload_bytes = None if payload is None else payload.encode("ascii")
            sent_bytes = None if sent is None else sent.encode("ascii")
        except UnicodeEncodeError:
            payload_bytes = _ascii(payload)
            sent_bytes = _ascii(sent)
        if payload_bytes is None:
            raise WebhookPayloadError(f"no ASCII {PAYLOAD_HEADER} header")
        if payload_bytes != expected:
            raise WebhookPayloadError(f"{PAYLOAD_HEADER} is not the base64 of the body received")
        if sent_bytes is None:
            raise WebhookSignatureError(f"no ASCII {SIGNATURE_HEADER} header")
        if not hmac.compare_digest(sent_bytes, signature):
            raise WebhookSignatureError(
                f"{SIGNATURE_HEADER} is not the HMAC-SHA512 of the payload under the webhook "
                "secret (forged, or signed with another secret)"
            )
        return _event_data(body)

    def __repr__(self) -> str:
        # getattr: a reporter may call repr on an object whose __init__ failed half-way.
        key, nonces = getattr(self, "public_key", None), getattr(self, "nonces", None)
        return f"WebhookVerifier(public_key={key!r}, secret='***', nonces={nonces!r})"

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("a WebhookVerifier holds a secret and cannot be pickled")


def _refuse_unusable(name: str, value: str | Hidden) -> None:
    """CredentialsError if ``value`` cannot be a webhook key or secret (never showing it)."""
    shown = value.reveal() if isinstance(value, Hidden) else value
    kind = type(shown).__name__
    problem = _header_problem(shown) if isinstance(shown, str) else f"must be a str, got {kind}"
    del shown  # the frame a traceback keeps holds no revealed secret
    if problem:
        raise CredentialsError(f"the {name} {problem}")


def _event_data(body: bytes) -> dict[str, Any]:
    try:
        text = body.decode("utf-8")
        data, end = _SCAN(text, 0)
    except (UnicodeDecodeError, StopIteration, ValueError, RecursionError):
        raise WebhookEventError("the body is not JSON") from None
    if end != len(text) and text[end:].strip():
        raise WebhookEventError("the body holds more than one JSON value")
    if type(data) is not dict:
        raise WebhookEventError("the body is not a JSON object")
    if type(data.get("method")) is not str:
        raise WebhookEventError("the body has no event name (method)", field="method")
    params = data.get("params")
    nonce = params.get("nonce") if type(params) is dict else None
    if type(nonce) is not int or nonce <= 0:
        raise WebhookEventError(
            "the body has no positive integer params.nonce", field="params.nonce"
        )
    return data


def _unreadable(exc: BaseException) -> WebhookEventError:
    if isinstance(exc, KeyError):
        return WebhookEventError(
            f"the event lacks the field {exc.args[0]!r}", field=str(exc.args[0])
        )
    return WebhookEventError(f"the event cannot be read: {exc}")

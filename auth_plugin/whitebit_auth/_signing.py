"""The pure core of WhiteBIT authentication: body bytes and secret in, headers out."""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import hmac
import json
import re
from decimal import Decimal
from typing import Any, NamedTuple

from ._errors import RequestBodyError
from .spec import AUTH_FIELDS

_has_whitespace = re.compile(rb"[ \t\r\n]").search


class Signature(NamedTuple):
    payload: str  # X-TXC-PAYLOAD: base64 of the exact body bytes
    signature: str  # X-TXC-SIGNATURE: hex HMAC-SHA512 of the payload string


class _Fraction(Exception):
    """A fractional number was met; the slow path then finds where, for the message."""


def _refuse_fraction(text: str) -> Any:
    # No number may be rounded through a binary float on its way to the exchange.
    raise _Fraction(text)


def _refuse_constant(name: str) -> Any:
    raise RequestBodyError(f"request body holds {name}, which is not JSON")


def decimal_text(value: Decimal) -> str:
    """An amount as WhiteBIT takes it: exact, fixed-point ("0.00000001", never "1E-8")."""
    if not value.is_finite():
        raise RequestBodyError(f"{value} is not an amount: send a finite decimal")
    return format(value, "f")


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return decimal_text(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# Built once: json.loads/dumps with options build a new coder on every call.
_DECODER = json.JSONDecoder(parse_float=_refuse_fraction, parse_constant=_refuse_constant)
_ENCODER = json.JSONEncoder(
    separators=(",", ":"), ensure_ascii=True, allow_nan=False, default=_json_default
)


# The C encoder behind _ENCODER, made once: JSONEncoder.encode makes a new one on every call,
# which costs more than encoding a typical body. No circular check: a cycle ends in the
# RecursionError below. (None where the json module has no C speedups.)
_MAKE_ENCODER = getattr(json.encoder, "c_make_encoder", None)
_C_ENCODE: Any = None
if _MAKE_ENCODER is not None:
    # Arguments: markers, default, encoder, indent, separators, sort_keys, skipkeys, allow_nan.
    _C_ENCODE = _MAKE_ENCODER(
        None, _json_default, json.encoder.encode_basestring_ascii, None, ":", ",",
        False, False, False,
    )  # fmt: skip


_TOO_DEEP = "request body is nested too deeply (or holds itself) to be JSON"


def compact_json(value: Any) -> bytes:
    """Serialise the way WhiteBIT requires: no spaces after ``,`` and ``:``; a ``Decimal``
    becomes its exact decimal string. (A float passes here and is refused by the signer.)"""
    try:
        if _C_ENCODE is not None and isinstance(value, dict):
            return "".join(_C_ENCODE(value, 0)).encode()
        return _ENCODER.encode(value).encode()
    except RecursionError:
        raise RequestBodyError(_TOO_DEEP) from None
    except (TypeError, ValueError) as exc:
        try:
            where = _find(value, lambda v: not _encodable(v), "")
        except RecursionError:  # the pure-Python encoder's "Circular reference detected"
            raise RequestBodyError(_TOO_DEEP) from None
        raise RequestBodyError(
            f"request body field {where or '(body)'!r} cannot be sent as JSON: {exc}"
        ) from None


def _encodable(value: Any) -> bool:
    if isinstance(value, Decimal):
        return value.is_finite()
    if isinstance(value, float):
        return value == value and value not in (float("inf"), float("-inf"))
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            str(value)  # beyond Python's digit limit (10**5000) json cannot write it
        except ValueError:
            return False
        return True
    return value is None or isinstance(value, str | int | bool | dict | list | tuple)


def keyed_mac(secret: bytes) -> hmac.HMAC:
    """HMAC-SHA512 already keyed with ``secret``; copies of it sign faster than a new HMAC."""
    return hmac.new(secret, digestmod=hashlib.sha512)


_BLOCK = hashlib.sha512().block_size
_INNER_PAD = bytes(x ^ 0x36 for x in range(256))
_OUTER_PAD = bytes(x ^ 0x5C for x in range(256))


class KeyedMac:
    """HMAC-SHA512 (RFC 2104) keyed once, as two hash states: signing copies them.

    ``hmac.HMAC.copy`` gives the same result through three Python-level calls per signature,
    about as long as the hashing itself. Its repr shows no key.
    """

    __slots__ = ("_inner", "_outer")

    def __init__(self, secret: bytes) -> None:
        if len(secret) > _BLOCK:
            secret = hashlib.sha512(secret).digest()
        key = secret.ljust(_BLOCK, b"\0")
        self._inner = hashlib.sha512(key.translate(_INNER_PAD))
        self._outer = hashlib.sha512(key.translate(_OUTER_PAD))

    def hexdigest(self, message: bytes) -> bytes:
        """The HMAC of ``message`` as lowercase hex, in ASCII bytes."""
        inner = self._inner.copy()
        inner.update(message)
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest().encode("ascii")

    def __repr__(self) -> str:
        return "KeyedMac(sha512)"

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("a KeyedMac holds a secret and cannot be pickled")


def signature_bytes(body: bytes, mac: KeyedMac) -> tuple[bytes, bytes]:
    """The two header values for ``body`` as bytes: what the hook puts on the wire, without
    a detour through text."""
    payload = binascii.b2a_base64(body, newline=False)  # what base64.b64encode does, less a call
    return payload, mac.hexdigest(payload)


def sign(body: bytes, secret: bytes | hmac.HMAC) -> Signature:
    """Headers for ``body``; ``secret`` as bytes or as a ``keyed_mac`` of it."""
    payload = base64.b64encode(body)
    if isinstance(secret, hmac.HMAC):
        mac = secret.copy()
        mac.update(payload)
    else:
        mac = hmac.new(secret, payload, hashlib.sha512)
    return Signature(payload.decode("ascii"), mac.hexdigest())


def _find(value: Any, wanted: Any, path: str) -> str | None:
    """The dotted path of the first value ``wanted(value)`` holds for."""
    if wanted(value):
        return path or "(body)"
    if isinstance(value, dict):
        for key, item in value.items():
            found = _find(item, wanted, f"{path}.{key}" if path else str(key))
            if found:
                return found
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            found = _find(item, wanted, f"{path}[{i}]")
            if found:
                return found
    return None


def _fraction_error(text: str) -> RequestBodyError:
    where = _find(json.loads(text, parse_float=Decimal), lambda v: isinstance(v, Decimal), "")
    return RequestBodyError(
        f"request body field {where!r} is a fractional JSON number (a float?); WhiteBIT takes "
        'amounts as decimal strings (e.g. "10.5") or Decimal("10.5"), which keeps them exact'
    )


def parse_body(content: bytes) -> dict[str, Any]:
    """The caller's JSON object; an absent body counts as ``{}``."""
    if not content.strip():
        return {}
    try:
        text = content.decode("utf-8")
        body = _DECODER.decode(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RequestBodyError(f"request body is not JSON: {exc}") from None
    except RecursionError:
        raise RequestBodyError(_TOO_DEEP) from None
    except _Fraction:
        raise _fraction_error(text) from None
    if not isinstance(body, dict):
        raise RequestBodyError(
            f"request body must be a JSON object, got a JSON {type(body).__name__}"
        )
    for field in AUTH_FIELDS:
        if field in body:
            raise RequestBodyError(
                f"request body already has {field!r}; the signer sets it, leave it out"
            )
    return body


@functools.lru_cache(maxsize=256)  # a client calls the same few paths over and over
def _request_field(request_path: str) -> bytes:
    return b'"request":' + compact_json(request_path) + b',"nonce":'


# A body's prefix: the caller's fields, checked and compact, open for the signer's fields
# (``{`` for an empty body, else the object without its closing brace, then a comma). It is
# made once per request; each attempt appends a fresh nonce to it.


def body_prefix(content: bytes) -> bytes:
    """The prefix of a body given as bytes (parsed once, to check it)."""
    body = parse_body(content)
    if not body:
        return b"{"
    stripped = content.strip()
    if stripped.isascii() and not _has_whitespace(stripped):
        # Already compact and ASCII (no white space byte at all, not even inside a string),
        # as httpx writes most JSON: keep the caller's bytes exactly and append our fields.
        return stripped[:-1] + b","
    return compact_json(body)[:-1] + b","


def prefix_of(value: Any) -> bytes:
    """The prefix of a body given as a Python mapping, as the generated code hands it over:
    checked as ``parse_body`` checks bytes, without a round trip through JSON."""
    if not isinstance(value, dict):
        raise RequestBodyError(f"request body must be a JSON object, got {type(value).__name__}")
    for field in AUTH_FIELDS:
        if field in value:
            raise RequestBodyError(
                f"request body already has {field!r}; the signer sets it, leave it out"
            )
    if not value:
        return b"{"
    encoded = compact_json(value)  # first: it refuses a body that holds itself, for the walk
    if _holds_float(value):
        where = _find(value, lambda v: isinstance(v, float), "")
        raise RequestBodyError(
            f"request body field {where!r} is a float; WhiteBIT takes amounts as decimal "
            'strings (e.g. "10.5") or Decimal("10.5"), which keeps them exact'
        )
    return encoded[:-1] + b","


# What most fields hold: nothing below them, and no float (a subclass goes the long way).
_LEAVES = frozenset({str, int, bool, type(None), Decimal})


def _holds_float(value: Any) -> bool:
    # Without building paths: the one that is there is found afterwards, for the message.
    pending = [value]
    while pending:
        item = pending.pop()
        if type(item) in _LEAVES:
            continue
        if isinstance(item, float):  # numpy's float64 too: it is a float
            return True
        if isinstance(item, dict):
            pending.extend(item.values())
        elif isinstance(item, (list, tuple)):
            pending.extend(item)
    return False


def unsigned_body(prefix: bytes) -> bytes:
    """The caller's body again, from its prefix."""
    return b"{}" if prefix == b"{" else prefix[:-1] + b"}"


def finish(prefix: bytes, request_path: str, nonce: int, *, nonce_window: bool = False) -> bytes:
    """The exact bytes to send: the prefix plus ``request``, ``nonce`` (and the window)."""
    tail = _request_field(request_path) + b"%d" % nonce
    if nonce_window:
        tail += b',"nonceWindow":true'
    return prefix + tail + b"}"


def signed_body(
    content: bytes, request_path: str, nonce: int, *, nonce_window: bool = False
) -> bytes:
    """The exact bytes to send: the caller's fields plus ``request``, ``nonce`` (and window)."""
    return finish(body_prefix(content), request_path, nonce, nonce_window=nonce_window)

"""An API key pair whose secret never shows up in a repr, log line, traceback or its locals.

Error reporters that capture each frame's locals (``traceback.TracebackException(...,
capture_locals=True)``, as Sentry does) call ``repr`` on everything in the frames of a
traceback. So the raw secret is wrapped in ``Hidden`` by the first statement of every function
that receives it, and every ``repr`` here works even on a half-built object.
"""

from __future__ import annotations

import hmac
import os
from typing import Final

from ._errors import CredentialsError
from ._signing import KeyedMac, keyed_mac

API_KEY_ENV: Final = "WHITEBIT_API_KEY"
API_SECRET_ENV: Final = "WHITEBIT_API_SECRET"  # noqa: S105 (a variable name, not a secret)
BASE_URL_ENV: Final = "WHITEBIT_BASE_URL"


class Hidden:
    """A value that never prints: ``repr`` and ``str`` show ``'***'``."""

    __slots__ = ("_value",)

    def __init__(self, value: object) -> None:
        self._value = value

    def reveal(self) -> object:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("a hidden value cannot be pickled")


def _header_problem(value: str) -> str | None:
    """Why ``value`` cannot go into an HTTP header or be what WhiteBIT issued (None: fine)."""
    if not value.strip():
        return "is empty"
    if value != value.strip():
        # A pasted key with a trailing newline would otherwise fail on the server with an
        # opaque "Unauthorized request.".
        return "has leading or trailing white space"
    if not value.isascii():
        return "is not ASCII, as WhiteBIT issues keys"
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        return "holds a control character (CR, LF, NUL ...), which no HTTP header may carry"
    return None


def _problem_of(value: Hidden) -> str | None:
    """Why a value cannot be a key or secret (None: fine). It returns, never raises: the
    value is a local of this frame only while nothing can be raised through it."""
    raw = value.reveal()
    if not isinstance(raw, str):
        return f"must be a str, got {type(raw).__name__}"
    return _header_problem(raw)


def _check(name: str, variable: str, value: Hidden) -> str:
    # Only the Hidden wrapper sits in this frame: a rejected secret (a trailing newline, a
    # NUL...) must not reach a reporter that prints every frame's locals.
    problem = _problem_of(value)
    if problem:
        raise CredentialsError(f"the API {name} {problem}: pass api_{name}= or set {variable}")
    text = value.reveal()
    assert isinstance(text, str)
    return text


class Credentials:
    """The public API key and the secret it is signed with.

    The secret is held as bytes (what HMAC needs) and left out of every text form of the object.
    """

    __slots__ = ("_keyed", "_secret", "api_key")

    api_key: str
    _secret: bytes
    _keyed: KeyedMac

    def __init__(self, api_key: str, api_secret: str | Hidden) -> None:
        secret = api_secret if isinstance(api_secret, Hidden) else Hidden(api_secret)
        del api_secret  # from here on only the Hidden wrapper sits in this frame
        self.api_key = _check("key", API_KEY_ENV, Hidden(api_key))
        self._secret = _check("secret", API_SECRET_ENV, secret).encode("ascii")
        self._keyed = KeyedMac(self._secret)

    @classmethod
    def resolve(
        cls, api_key: str | None = None, api_secret: str | Hidden | None = None
    ) -> Credentials:
        """Take what is passed, falling back to WHITEBIT_API_KEY / WHITEBIT_API_SECRET."""
        secret = api_secret if isinstance(api_secret, Hidden) else Hidden(api_secret)
        del api_secret
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if secret.reveal() is None:
            secret = Hidden(os.environ.get(API_SECRET_ENV))
        if key is None or key == "":
            raise CredentialsError(f"no API key: pass api_key= or set {API_KEY_ENV}")
        if secret.reveal() is None or secret.reveal() == "":
            raise CredentialsError(f"no API secret: pass api_secret= or set {API_SECRET_ENV}")
        return cls(key, secret)

    @property
    def secret(self) -> bytes:
        return self._secret

    @property
    def mac(self) -> hmac.HMAC:
        """The secret as a keyed HMAC-SHA512, for ``sign``; its repr shows no key. (Made on
        each use: the hook signs with ``keyed``.)"""
        return keyed_mac(self._secret)

    @property
    def keyed(self) -> KeyedMac:
        """The secret keyed for ``signature_bytes``: what the hook signs every request with."""
        return self._keyed

    def __repr__(self) -> str:
        # getattr: a reporter may call repr on an object whose __init__ failed half-way.
        return f"Credentials(api_key={getattr(self, 'api_key', None)!r}, api_secret='***')"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        # Pickling would write the secret to wherever the pickle goes.
        raise TypeError("Credentials cannot be pickled")

"""An API key pair whose secret never shows up in a repr, str, log line or traceback."""

from __future__ import annotations

import hmac
import os
from typing import Final

from ._errors import CredentialsError
from ._signing import keyed_mac

API_KEY_ENV: Final = "WHITEBIT_API_KEY"
API_SECRET_ENV: Final = "WHITEBIT_API_SECRET"  # noqa: S105 (a variable name, not a secret)


class Credentials:
    """The public API key and the secret it is signed with.

    The secret is held as bytes (what HMAC needs) and left out of every text form of the object.
    """

    __slots__ = ("_mac", "_secret", "api_key")

    api_key: str
    _secret: bytes
    _mac: hmac.HMAC

    def __init__(self, api_key: str, api_secret: str) -> None:
        if not isinstance(api_key, str) or not api_key.strip():
            raise CredentialsError(f"the API key is empty: pass api_key= or set {API_KEY_ENV}")
        if not isinstance(api_secret, str) or not api_secret.strip():
            raise CredentialsError(
                f"the API secret is empty: pass api_secret= or set {API_SECRET_ENV}"
            )
        if api_key != api_key.strip() or api_secret != api_secret.strip():
            # A pasted key with a trailing newline signs fine and then fails on the server
            # with an opaque "Unauthorized request.": say so here instead.
            raise CredentialsError("the API key or secret has leading or trailing white space")
        if not api_key.isascii() or not api_secret.isascii():
            raise CredentialsError("the API key and secret must be ASCII, as WhiteBIT issues them")
        self.api_key = api_key
        self._secret = api_secret.encode("ascii")
        self._mac = keyed_mac(self._secret)

    @classmethod
    def resolve(cls, api_key: str | None = None, api_secret: str | None = None) -> Credentials:
        """Take what is passed, falling back to WHITEBIT_API_KEY / WHITEBIT_API_SECRET."""
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        secret = api_secret if api_secret is not None else os.environ.get(API_SECRET_ENV)
        if not key:
            raise CredentialsError(f"no API key: pass api_key= or set {API_KEY_ENV}")
        if not secret:
            raise CredentialsError(f"no API secret: pass api_secret= or set {API_SECRET_ENV}")
        return cls(key, secret)

    @property
    def secret(self) -> bytes:
        return self._secret

    @property
    def mac(self) -> hmac.HMAC:
        """The secret as a keyed HMAC-SHA512, for ``sign``; its repr shows no key."""
        return self._mac

    def __repr__(self) -> str:
        return f"Credentials(api_key={self.api_key!r}, api_secret='***')"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        # Pickling would write the secret to wherever the pickle goes.
        raise TypeError("Credentials cannot be pickled")

"""The signer step of every attempt: a nonce reserved, then the exact bytes and their signature.

Reserving and signing are two calls because between them the caller may have to wait (in
window mode a burst must not run more than a second ahead of the clock): a thread sleeps, an
async task awaits. What comes out, a ``SignedAttempt``, is everything the transport step sends
and the log line reads: no state travels anywhere else.
"""

from __future__ import annotations

from typing import NamedTuple

from ._call import Call
from ._credentials import Credentials
from ._httpx_private import Entry
from ._nonce import NonceSource, Reservation, reserver
from ._signing import finish, signature_bytes

API_KEY_HEADER = "X-TXC-APIKEY"
PAYLOAD_HEADER = "X-TXC-PAYLOAD"
SIGNATURE_HEADER = "X-TXC-SIGNATURE"
_API_KEY = (b"X-TXC-APIKEY", b"x-txc-apikey")
_PAYLOAD = (b"X-TXC-PAYLOAD", b"x-txc-payload")
_SIGNATURE = (b"X-TXC-SIGNATURE", b"x-txc-signature")
_CONTENT_TYPE: Entry = (b"Content-Type", b"content-type", b"application/json")


class SignedAttempt(NamedTuple):
    """One attempt of a call, signed: the bytes that go on the wire exactly as signed."""

    call: Call
    nonce: int
    body: bytes  # the caller's fields, then request, nonce (and nonceWindow): compact JSON
    headers: tuple[Entry, ...]  # Content-Length, Content-Type and the three X-TXC headers

    def header_entries(self) -> list[Entry]:
        """The call's headers, then the signed ones: the attempt's whole header list."""
        entries = list(self.call.headers)
        entries.extend(self.headers)
        return entries


class Signer:
    """Signs attempts for one API key. Holds the secret only as a keyed HMAC."""

    def __init__(
        self,
        credentials: Credentials,
        *,
        nonce_source: NonceSource,
        nonce_window: bool,
    ) -> None:
        self.credentials = credentials
        self.nonce_window = nonce_window
        self.nonce_source = nonce_source
        self._nonces = reserver(nonce_source)
        self._api_key = (*_API_KEY, credentials.api_key.encode("ascii"))

    def reserve(self) -> Reservation:
        """The next nonce, and how long to wait before it may be sent."""
        return self._nonces.reserve()

    @property
    def server_offset_ms(self) -> int:
        """The offset the nonces follow now (shared by every client of the nonce source)."""
        return self._nonces.offset_ms

    def follow_server_clock(self, offset_ms: int) -> None:
        """The server's clock minus ours, as its last answers showed it."""
        if self.nonce_window:
            self._nonces.follow_server_clock(offset_ms)

    def sign(self, call: Call, nonce: int) -> SignedAttempt:
        body = finish(call.prefix, call.path, nonce, nonce_window=self.nonce_window)
        payload, signature = signature_bytes(body, self.credentials.keyed)
        return SignedAttempt(
            call,
            nonce,
            body,
            (
                (b"Content-Length", b"content-length", b"%d" % len(body)),
                _CONTENT_TYPE,
                self._api_key,
                (*_PAYLOAD, payload),
                (*_SIGNATURE, signature),
            ),
        )

    def __repr__(self) -> str:
        return f"Signer(api_key={self.credentials.api_key!r}, nonce_window={self.nonce_window})"

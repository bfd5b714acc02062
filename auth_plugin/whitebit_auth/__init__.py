"""Signing for WhiteBIT's private HTTP API V4, plugged into the generated client.

from whitebit_auth import create_client
client = create_client()  # WHITEBIT_API_KEY / WHITEBIT_API_SECRET
"""

from ._auth import API_KEY_HEADER, PAYLOAD_HEADER, SIGNATURE_HEADER, WhiteBitAuth
from ._client import DEFAULT_TIMEOUT, create_client
from ._credentials import API_KEY_ENV, API_SECRET_ENV, Credentials
from ._errors import CredentialsError, InsecureTransportError, RequestBodyError, WhiteBitError
from ._nonce import MillisecondNonce, NonceSource, shared_nonce_source
from ._signing import Signature, compact_json, sign, signed_body
from ._urls import EU_SERVER, GLOBAL_SERVER

__all__ = [
    "API_KEY_ENV",
    "API_KEY_HEADER",
    "API_SECRET_ENV",
    "DEFAULT_TIMEOUT",
    "EU_SERVER",
    "GLOBAL_SERVER",
    "PAYLOAD_HEADER",
    "SIGNATURE_HEADER",
    "Credentials",
    "CredentialsError",
    "InsecureTransportError",
    "MillisecondNonce",
    "NonceSource",
    "RequestBodyError",
    "Signature",
    "WhiteBitAuth",
    "WhiteBitError",
    "compact_json",
    "create_client",
    "shared_nonce_source",
    "sign",
    "signed_body",
]

"""What a request would send, without sending it: for dry runs (``whitebit ... --dry-run``).

    unsigned_body("/api/v4/main-account/withdraw", body.to_dict())
    # b'{"ticker":"USDT","amount":"50",...,"request":"/api/v4/main-account/withdraw"}'

The bytes are the ones the signer would sign, less what each attempt adds afresh (``nonce``,
``nonceWindow``): the body checked and serialised exactly as the client does it (a float is
refused naming its field, a ``Decimal`` becomes its fixed-point string), then ``request``.
No key, secret or signature is involved.
"""

from __future__ import annotations

from typing import Any

from ._signing import compact_json, prefix_of


def unsigned_body(request_path: str, body: dict[str, Any]) -> bytes:
    """The body a call of ``request_path`` would sign, without its nonce.

    ``body`` is what a generated body model's ``to_dict()`` gives; ``request_path`` the
    operation's path as WhiteBIT sees it (no proxy prefix)."""
    return prefix_of(body) + b'"request":' + compact_json(request_path) + b"}"

"""Which values of a body are secrets, and how they are hidden: one list for the recorder and
for the checker's messages.

A secret is every text at or under a field whose name says so (API secrets and keys, tokens,
passphrases, passwords, WhiteBIT codes, which anyone holding one can redeem, a card's details),
and the value of such a parameter in a URL's query (a checkout link's ``?token=``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

REDACTED = "***"
# Matched against a field's name without "_" or "-", ignoring case.
SECRET_NAMES = re.compile(
    r"secret|token|passphrase|password|^(code|apikey|card|cardnumber|cvv|cvc)$", re.IGNORECASE
)


def is_secret_name(name: object) -> bool:
    return bool(SECRET_NAMES.search(re.sub(r"[_-]", "", str(name))))


def _url_parts(text: str) -> tuple[Any, list[tuple[str, str]]] | None:
    if not text.startswith(("http://", "https://")) or "?" not in text:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    return parts, parse_qsl(parts.query, keep_blank_values=True)


def _masked_url(text: str) -> str:
    found = _url_parts(text)
    if found is None:
        return text
    parts, query = found
    if not any(is_secret_name(k) for k, _ in query):
        return text
    hidden = [(k, REDACTED if is_secret_name(k) else v) for k, v in query]
    return str(urlunsplit(parts._replace(query=urlencode(hidden, safe="*"))))


def redacted(value: Any, *, hidden: bool = False) -> Any:
    """``value`` with every secret replaced by ``***`` (see the module's docstring), so that a
    recording can be shared."""
    if isinstance(value, dict):
        return {k: redacted(v, hidden=hidden or is_secret_name(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [redacted(v, hidden=hidden) for v in value]
    if isinstance(value, str):
        return REDACTED if hidden else _masked_url(value)
    return value


def secrets(value: Any, *, hidden: bool = False) -> Iterator[str]:
    """Every secret text in ``value``, and every URL that holds one."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from secrets(v, hidden=hidden or is_secret_name(k))
    elif isinstance(value, list):
        for v in value:
            yield from secrets(v, hidden=hidden)
    elif isinstance(value, str) and (hidden or _masked_url(value) != value):
        yield value


def masked(message: str, body: Any) -> str:
    """``message`` (a validator's words, which quote values with ``repr``) with the secrets of
    ``body`` hidden, even where the message was cut short with ``...``."""
    for secret in sorted({s for s in secrets(body) if s}, key=len, reverse=True):
        quoted = repr(secret)
        message = message.replace(quoted, repr(redacted(secret, hidden=_url_parts(secret) is None)))
        if message.endswith("..."):
            cut = message[:-3]
            for size in range(len(quoted) - 1, 1, -1):
                if cut.endswith(quoted[:size]):
                    message = f"{cut[:-size]}{REDACTED!r}..."
                    break
    return message

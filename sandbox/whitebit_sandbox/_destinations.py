"""Where an account's webhooks go: its URL (loopback only) or, in process, a Python callable,
and the webhook key pair they are signed with."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from whitebit_auth.spec import is_loopback

# In process: called with the delivery's headers and raw body; answers an HTTP status.
Receiver = Callable[[Mapping[str, str], bytes], int]


@dataclass(frozen=True)
class WebhookDestination:
    """A seed's ``webhooks`` entry (``{"url", "key", "secret"}``), or one set through
    ``POST /sandbox/webhooks`` or ``sandbox.webhooks.register``."""

    url: str | Receiver
    key: str
    secret: str = field(repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.key, str) or not self.key:
            raise ValueError("a webhook destination needs its public webhook key ('key')")
        if not isinstance(self.secret, str) or not self.secret:
            raise ValueError("a webhook destination needs its webhook secret ('secret')")
        if callable(self.url):
            return
        if not isinstance(self.url, str):
            raise ValueError("'url' must be a URL (or, in process, a callable)")
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"'url' must be an http(s) URL, got {self.url!r}")
        if not is_loopback(parts.hostname):
            raise ValueError(f"the sandbox delivers to loopback only, not to {parts.hostname!r}")

    @property
    def shown(self) -> str:
        """The URL, or what the callable is, for the deliveries' listing."""
        if callable(self.url):
            return f"<callable {getattr(self.url, '__qualname__', type(self.url).__name__)}>"
        return self.url

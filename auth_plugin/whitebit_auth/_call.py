"""A call, prepared once before its first attempt: where it goes, what it is, what it says.

``CallBuilder.build`` turns what the generated code (or a user) hands to ``request`` into a
``Call``: the absolute URL (merged with the base URL, routed to the operation's own server),
the path as WhiteBIT signs and counts it, the operation it is, the caller's body checked and
serialised once (a prefix each attempt appends its nonce to), the headers every attempt starts
from. Nothing here does I/O; each attempt then only signs and sends.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, NamedTuple

import httpx

from ._body_check import check_body
from ._errors import RequestBodyError, UsageError
from ._httpx_private import Entry, header_entries
from ._operations import Operation, OperationKinds
from ._signing import body_prefix, prefix_of, unsigned_body
from ._urls import EU_SERVER, GLOBAL_SERVER, check_secure, path_prefix

# Headers the signer sets on every attempt: the caller's are dropped.
SIGNED_HEADERS = frozenset(
    name.encode()
    for name in (
        "content-length",
        "transfer-encoding",
        "content-type",
        "x-txc-apikey",
        "x-txc-payload",
        "x-txc-signature",
    )
)
_WHITEBIT_HOSTS = frozenset({httpx.URL(GLOBAL_SERVER).host, httpx.URL(EU_SERVER).host})
# A client calls a few paths over and over; a caller inventing paths must not grow memory.
_MAX_CACHED = 1024


class Call(NamedTuple):
    """One call of an operation, as every attempt of it starts. (A tuple: made on every
    call, and a tuple is the cheapest immutable record Python makes.)"""

    method: str
    url: httpx.URL  # absolute; one object per path, reused (transports cache by identity)
    path: str  # as WhiteBIT signs and counts it: percent-encoded, no query, no proxy prefix
    operation: Operation | None  # None: a path the index does not know (counts as money)
    prefix: bytes  # the caller's body, checked and compact, open for the signer's fields
    headers: tuple[Entry, ...]  # the client's and the call's, less those the signer sets
    timeout: Mapping[str, float | None]  # as httpx hands it to a transport

    @property
    def is_read(self) -> bool:
        return self.operation is not None and self.operation.is_read

    def idempotency_key(self) -> tuple[str, Any] | None:
        """The call's own idempotency key (name, value), for an operation that has one."""
        op = self.operation
        if op is None or op.idempotency is None:
            return None
        body = json.loads(unsigned_body(self.prefix))
        if isinstance(body, dict) and op.idempotency in body:
            return op.idempotency, body[op.idempotency]
        return None


def request_path(url: httpx.URL, prefix: str = "") -> str:
    """The path as WhiteBIT sees it: as sent (percent-encoded), less a proxy's prefix."""
    path = url.raw_path.split(b"?", 1)[0].decode("ascii")
    prefix = prefix.rstrip("/")
    if prefix and (path == prefix or path.startswith(prefix + "/")):
        path = path[len(prefix) :] or "/"
    return path


def _header_problem(value: bytes) -> str | None:
    if any((byte < 0x20 and byte != 0x09) or byte == 0x7F for byte in value):
        return "holds a control character (CR, LF, NUL …), which no HTTP header may carry"
    return None


class CallBuilder:
    """Builds the calls of one client, remembering what it derives per path and per headers."""

    def __init__(self, operations: OperationKinds) -> None:
        self.operations = operations
        self._base: httpx.URL | None = None
        self._prefix = ""
        self._targets: dict[str, tuple[httpx.URL, str, Operation | None]] = {}
        self._client_headers: list[Entry] | None = None
        self._templates: dict[tuple[int, Any], tuple[httpx.URL, tuple[Entry, ...]]] = {}
        self._timeout: tuple[httpx.Timeout, dict[str, float | None]] | None = None

    # -- the parts of a call ---------------------------------------------------------------
    def target(
        self, base: httpx.URL, url: httpx.URL | str
    ) -> tuple[httpx.URL, str, Operation | None]:
        """The absolute URL, WhiteBIT's path and the operation of ``url`` (relative to
        ``base``, or absolute)."""
        self._rebase(base)
        key = url if isinstance(url, str) else str(url)
        found = self._targets.get(key)
        if found is None:
            merged = _merge(base, httpx.URL(url))
            path = self.path_of(merged)
            op = self.operations.get(path)
            found = (_route(merged, op), path, op)
            if len(self._targets) < _MAX_CACHED:
                self._targets[key] = found
        return found

    def _rebase(self, base: httpx.URL) -> None:
        if base is not self._base:  # a new base URL: what was merged with the old is stale
            self._base, self._prefix, self._targets = base, path_prefix(base), {}

    def path_of(self, url: httpx.URL) -> str:
        return request_path(url, self._prefix)

    def header_entries(
        self, client_headers: httpx.Headers, target: httpx.URL, headers: Any
    ) -> tuple[Entry, ...]:
        """The headers every attempt to ``target`` starts with: the client's, then the
        call's, and Host; made once per target and call headers while the client's stay."""
        mine = header_entries(client_headers)  # compared as it is: a copy costs more
        if mine != self._client_headers:  # changed client headers: the templates are stale
            self._client_headers, self._templates = list(mine), {}
        # The target by identity (it is kept in the value, so its id is not reused meanwhile).
        key = (id(target), tuple(headers.items()) if isinstance(headers, dict) else id(headers))
        known = self._templates.get(key)
        if known is not None and known[0] is target:
            return known[1]
        merged = httpx.Headers(client_headers)
        if headers:
            merged.update(headers)
        merged.setdefault("Host", target.netloc.decode("ascii"))
        entries = []
        for name, value in merged.raw:
            lower = name.lower()
            if lower in SIGNED_HEADERS:
                continue
            problem = _header_problem(value)
            if problem:
                raise UsageError(f"header {name.decode('latin-1')!r} {problem}")
            entries.append((name, lower, value))
        found = tuple(entries)
        if isinstance(headers, dict) and len(self._templates) < _MAX_CACHED:
            self._templates[key] = (target, found)
        return found

    def timeout(self, timeout: httpx.Timeout) -> dict[str, float | None]:
        known = self._timeout
        if known is None or known[0] is not timeout:
            known = self._timeout = (timeout, timeout.as_dict())
        return known[1]

    # -- the call --------------------------------------------------------------------------
    def build(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        base: httpx.URL,
        client_headers: httpx.Headers,
        timeout: httpx.Timeout,
        content: Any = None,
        json: Any = None,
        headers: Any = None,
        params: Any = None,
        request_timeout: Any = httpx.USE_CLIENT_DEFAULT,
    ) -> Call:
        target, path, op = self.target(base, url)
        if params:
            target = target.copy_merge_params(params)
        check_secure(target)  # before anything else is spent on a request that cannot go
        if content is None:
            prefix = prefix_of(json if json is not None else {})  # floats, NaN: named first
            if op is not None:
                check_body(op.request, json)
        elif json is not None:
            raise RequestBodyError("pass the body as json= or as content=, not both")
        else:
            prefix = body_prefix(content.encode() if isinstance(content, str) else content)
        if request_timeout is httpx.USE_CLIENT_DEFAULT:
            timeouts = self.timeout(timeout)
        else:
            timeouts = httpx.Timeout(request_timeout).as_dict()
        return Call(
            method=method.upper(),
            url=target,
            path=path,
            operation=op,
            prefix=prefix,
            headers=self.header_entries(client_headers, target, headers),
            timeout=timeouts,
        )

    def from_request(self, request: httpx.Request, *, base: httpx.URL) -> Call:
        """The call a request built elsewhere (``build_request``) stands for: its body is
        checked once, as any call's; its URL and headers are taken as they are."""
        self._rebase(base)
        check_secure(request.url)
        path = self.path_of(request.url)
        entries = tuple(
            (name, name.lower(), value)
            for name, value in request.headers.raw
            if name.lower() not in SIGNED_HEADERS
        )
        for name, _, value in entries:
            problem = _header_problem(value)
            if problem:
                raise UsageError(f"header {name.decode('latin-1')!r} {problem}")
        return Call(
            method=request.method,
            url=request.url,
            path=path,
            operation=self.operations.get(path),
            prefix=body_prefix(request.read()),
            headers=entries,
            timeout=request.extensions.get("timeout") or {},
        )


def _merge(base: httpx.URL, url: httpx.URL) -> httpx.URL:
    # As httpx merges a relative URL with its base URL: the base's path, then the URL's.
    if not url.is_relative_url:
        return url
    return base.copy_with(raw_path=base.raw_path + url.raw_path.lstrip(b"/"))


def _route(url: httpx.URL, op: Operation | None) -> httpx.URL:
    # An operation the spec serves elsewhere (issueCardToken: the Fiat Gateway) goes there
    # when this client talks to WhiteBIT itself; a sandbox or a proxy serves it as it is.
    if op is None or url.host not in _WHITEBIT_HOSTS:
        return url
    if op.server and op.server.startswith("https://"):
        server = httpx.URL(op.server)
        return url.copy_with(host=server.host, port=server.port)
    return url

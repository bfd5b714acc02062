"""httpx transports that hold traffic to the spec, or write it down, around any other one:
the sandbox's, httpx's own (for Prism or the live exchange), or a mock."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import httpx
from whitebit_auth.spec import AUTH_FIELDS

from ._checker import Contract, ContractViolation, Violation
from ._secrets import redacted


def _json(content: bytes) -> Any:
    try:
        return json.loads(content) if content else None
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None


class _Around(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport around another one (sync or async): the request read before it goes,
    the answer read when it comes, and ``_before``/``_after`` called with them."""

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self._lock = threading.Lock()

    def _before(self, request: httpx.Request) -> None:
        pass

    def _after(self, request: httpx.Request, response: httpx.Response) -> None:
        pass

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self.inner, httpx.BaseTransport):
            raise TypeError("the inner transport is async only: use the async client")
        request.read()
        self._before(request)
        response = self.inner.handle_request(request)
        response.read()
        self._after(request, response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self.inner, httpx.AsyncBaseTransport):
            raise TypeError("the inner transport is sync only: use the sync client")
        await request.aread()
        self._before(request)
        response = await self.inner.handle_async_request(request)
        await response.aread()
        self._after(request, response)
        return response

    def close(self) -> None:
        if isinstance(self.inner, httpx.BaseTransport):
            self.inner.close()

    async def aclose(self) -> None:
        if isinstance(self.inner, httpx.AsyncBaseTransport):
            await self.inner.aclose()


class ContractTransport(_Around):
    """Checks every request before it goes and every answer when it comes.

    ``strict=True`` raises ``ContractViolation`` (a request that breaks the spec is not sent);
    ``strict=False`` collects them in ``violations`` and lets the traffic through.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        contract: Contract | None = None,
        *,
        strict: bool = True,
    ) -> None:
        super().__init__(inner)
        self.contract = contract or Contract()
        self.strict = strict
        self.violations: list[Violation] = []

    def _keep(self, found: list[Violation]) -> None:
        if not found:
            return
        with self._lock:
            self.violations.extend(found)
        if self.strict:
            raise ContractViolation(found)

    def _before(self, request: httpx.Request) -> None:
        body = _json(request.content)
        if request.content and body is None:
            name = request.url.path
            self._keep([Violation(name, "request", "", "json", "the body is not JSON")])
            return
        self._keep(self.contract.check_request(request.method, request.url.path, body))

    def _after(self, request: httpx.Request, response: httpx.Response) -> None:
        self._keep(
            self.contract.check_response(request.url.path, response.status_code, response.content)
        )


class RecordingTransport(_Around):
    """Writes each exchange as one JSON line: method, path, the request body without the auth
    fields, status and response body. Never a header (no key, payload or signature), and
    secrets (API secrets and keys, tokens, passphrases, WhiteBIT codes, card numbers, a URL's
    token) are replaced by ``***``. Check a recording with
    ``python -m whitebit_sandbox.contract check FILE``."""

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport, path: str | Path):
        super().__init__(inner)
        self.path = Path(path)

    def _after(self, request: httpx.Request, response: httpx.Response) -> None:
        body = _json(request.content)
        if isinstance(body, dict):
            body = {k: v for k, v in body.items() if k not in AUTH_FIELDS}
        line = {
            "method": request.method,
            "path": request.url.path,
            "request": redacted(body),
            "status": response.status_code,
            "response": redacted(_json(response.content)),
        }
        text = json.dumps(line, separators=(",", ":"), default=str) + "\n"
        with self._lock, self.path.open("a", encoding="utf-8") as out:
            out.write(text)
